"""Linux step of the build: a ``.deb`` and a portable ``.tar.gz`` from the PyInstaller folder.

    python packaging/linux/make_packages.py --bundle dist/lagebild --icons build/icons \\
        --version 0.1.0 --work build/linux --out dist

Both archives hold the same tree.  The ``.deb`` installs it as::

    /opt/lagebild/                      the PyInstaller folder (lagebild, lagebild-cli, _internal/)
    /usr/bin/lagebild, lagebild-cli     relative symlinks into /opt/lagebild
    /usr/share/applications/org.lagebild.Lagebild.desktop
    /usr/share/metainfo/org.lagebild.Lagebild.metainfo.xml
    /usr/share/mime/packages/org.lagebild.Lagebild.xml     (application/x-lagebild, *.lagebild)
    /usr/share/icons/hicolor/<N>x<N>/apps/org.lagebild.Lagebild.png, scalable/.../.svg
    /usr/share/doc/lagebild/copyright

Desktop, MIME and icon caches are refreshed by the triggers of desktop-file-utils,
shared-mime-info and hicolor-icon-theme, so the package needs no maintainer scripts.
``Depends`` lists the Debian packages of the system libraries the bundle links to
(found with ``ldd`` and ``dpkg -S``), with ``libc6`` at least the build machine's glibc.
The ``.deb`` is zstd-compressed: dpkg reads that since 1.21.18 (Debian 12, Ubuntu 22.04),
older than any system with the glibc the bundle needs, and xz takes minutes for 200 MB.
The ``.tar.gz`` unpacks to ``lagebild-<version>/`` with the same ``share/`` next to the programs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = ROOT / "resources" / "desktop"
APP_ID = "org.lagebild.Lagebild"
PROGRAMS = ("lagebild", "lagebild-cli")
HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
DEB_ARCH = {"x86_64": "amd64", "aarch64": "arm64"}
SUMMARY = "briefing viewer for German-language news"
DESCRIPTION = """\
Lagebild opens a German news article and finds its dated events, people,
organisations and places. It shows them as a timeline, an entity list and
the article text, linked both ways: select an event and the sentence that
supports it is highlighted. Everything runs offline."""


def stage_tree(bundle: Path, icons: Path, version: str, root: Path) -> None:
    """Lay out the installed file tree under ``root`` (``opt/`` and ``usr/``)."""
    shutil.rmtree(root, ignore_errors=True)
    shutil.copytree(bundle, root / "opt" / "lagebild", symlinks=True)
    bin_dir = root / "usr" / "bin"
    bin_dir.mkdir(parents=True)
    for program in PROGRAMS:
        (bin_dir / program).symlink_to(Path("..", "..", "opt", "lagebild", program))
    share = root / "usr" / "share"
    copy(TEMPLATES / f"{APP_ID}.desktop", share / "applications" / f"{APP_ID}.desktop")
    copy(TEMPLATES / f"{APP_ID}.mime.xml", share / "mime" / "packages" / f"{APP_ID}.xml")
    metainfo = (TEMPLATES / f"{APP_ID}.metainfo.xml").read_text(encoding="utf-8")
    metainfo = metainfo.replace("@VERSION@", version).replace("@DATE@", release_date())
    write(share / "metainfo" / f"{APP_ID}.metainfo.xml", metainfo)
    for size in HICOLOR_SIZES:
        copy(icons / "png" / f"lagebild-{size}.png",
             share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png")
    copy(ROOT / "resources" / "icons" / "lagebild.svg",
         share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg")
    write(share / "doc" / "lagebild" / "copyright", copyright_text())
    normalise_permissions(root)


def release_date() -> str:
    """The release date for AppStream: SOURCE_DATE_EPOCH if set (reproducible), else today."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    day = dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc).date() if epoch else dt.date.today()
    return day.isoformat()


def copyright_text() -> str:
    return (
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
        "Upstream-Name: Lagebild\n\n"
        "Files: *\nCopyright: Lagebild developers\nLicense: GPL-3.0-or-later\n"
        " On Debian systems the full text is in /usr/share/common-licenses/GPL-3.\n\n"
        "Files: opt/lagebild/_internal/lagebild/resources/models/*\n"
        "Copyright: Lagebild developers\n"
        "License: GPL-3.0-or-later\n"
        " The NER model is trained on the GermEval 2014 NER data (CC BY 4.0).\n\n"
        "Files: opt/lagebild/_internal/lagebild/resources/fonts/*\n"
        "Copyright: 2003 Bitstream, Inc.; DejaVu changes are in the public domain\n"
        "License: bitstream-vera\n"
        " See opt/lagebild/_internal/lagebild/resources/fonts/LICENSE-DejaVu.txt.\n\n"
        "Files: opt/lagebild/_internal/*\n"
        "Comment: Python, Qt/PySide6 (LGPL-3.0), pyqtgraph, qtawesome and the other\n"
        " libraries bundled by PyInstaller keep their own licences, shipped next to them\n"
        " where their packages include them.\n"
    )


def copy(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)


def write(target: Path, text: str) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")


def normalise_permissions(root: Path) -> None:
    """0755 for folders and executables, 0644 for everything else (umask-independent)."""
    for path in [root, *root.rglob("*")]:
        if path.is_symlink():
            continue
        executable = path.is_dir() or os.access(path, os.X_OK)
        path.chmod(0o755 if executable else 0o644)


# --- dependencies ---------------------------------------------------------------------


def elf_files(folder: Path) -> list[Path]:
    found = []
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def direct_needs(path: Path) -> set[str]:
    """The libraries ``path`` links to itself (``DT_NEEDED``)."""
    dynamic = subprocess.run(["readelf", "-d", "-W", str(path)], capture_output=True, text=True).stdout
    return set(re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", dynamic))


def system_libraries(bundle: Path) -> tuple[set[str], set[str]]:
    """Paths of the system libraries the bundle links to directly, and names nothing provides.

    ``ldd`` resolves them as the bootloader would (bundled copies first); libraries
    that only those system libraries need are their packages' business.
    """
    env = dict(os.environ, LD_LIBRARY_PATH=str(bundle / "_internal"))  # as the bootloader sets it
    used, missing = set(), set()
    for path in elf_files(bundle):
        needs = direct_needs(path)
        out = subprocess.run(["ldd", str(path)], env=env, capture_output=True, text=True).stdout
        for line in out.splitlines():
            name = line.split()[0] if line.split() else ""
            if name not in needs:
                continue
            match = re.match(r"\s*(\S+) => (.+?) \(0x", line)
            if match and not Path(match.group(2)).is_relative_to(bundle):
                used.add(match.group(2))
            elif "not found" in line:
                missing.add(name)
    return used, missing


def debian_packages(paths: set[str]) -> set[str]:
    """Debian packages owning ``paths`` (merged /usr: tries the resolved path too)."""
    packages = set()
    for path in sorted(paths):
        for candidate in dict.fromkeys((path, os.path.realpath(path))):
            done = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True)
            if done.returncode == 0:
                packages.add(done.stdout.split(":")[0].strip())
                break
        else:
            print(f"warning: no Debian package owns {path}", file=sys.stderr)
    return packages


def glibc_version() -> str:
    return platform.libc_ver()[1] or "2.36"


# Libraries PyInstaller leaves to the system that a build machine may lack (only
# Qt's Wayland plugin needs them; without them Qt falls back to X11).
KNOWN_PACKAGES = {
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
}


def relations(bundle: Path) -> tuple[str, str]:
    """``Depends`` and ``Recommends`` for ``bundle``."""
    used, missing = system_libraries(bundle)
    unknown = missing - KNOWN_PACKAGES.keys()
    if unknown:
        print(f"warning: libraries not found on this machine: {sorted(unknown)}", file=sys.stderr)
    packages = debian_packages(used) - {"libc6"}
    recommends = sorted({KNOWN_PACKAGES[name] for name in missing & KNOWN_PACKAGES.keys()})
    return ", ".join([f"libc6 (>= {glibc_version()})", *sorted(packages)]), ", ".join(recommends)


# --- archives -------------------------------------------------------------------------


def installed_size_kib(root: Path) -> int:
    return sum(p.lstat().st_size for p in root.rglob("*") if not p.is_dir()) // 1024 + 1


def build_deb(root: Path, bundle: Path, version: str, arch: str, out: Path) -> Path:
    depends, recommends = relations(bundle)
    control = (
        f"Package: lagebild\nVersion: {version}\nArchitecture: {arch}\n"
        "Maintainer: Lagebild developers <lagebild@users.noreply.invalid>\n"
        f"Installed-Size: {installed_size_kib(root)}\nDepends: {depends}\n"
        + (f"Recommends: {recommends}\n" if recommends else "")
        + f"Section: misc\nPriority: optional\nDescription: {SUMMARY}\n"
        + "".join(f" {line}\n" if line else " .\n" for line in DESCRIPTION.splitlines())
    )
    write(root / "DEBIAN" / "control", control)
    (root / "DEBIAN").chmod(0o755)
    (root / "DEBIAN" / "control").chmod(0o644)
    target = out / f"lagebild_{version}_{arch}.deb"
    subprocess.run(["dpkg-deb", "--root-owner-group", "-Zzstd", "--build", str(root), str(target)],
                   check=True)
    shutil.rmtree(root / "DEBIAN")
    return target


def build_tarball(root: Path, version: str, machine: str, out: Path) -> Path:
    """``lagebild-<version>/`` = the programs plus ``share/`` (desktop file, icons, MIME)."""
    top = f"lagebild-{version}"
    target = out / f"lagebild-{version}-linux-{machine}.tar.gz"

    def owned_by_root(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = "root"
        return info

    with tarfile.open(target, "w:gz", compresslevel=6) as archive:
        archive.add(root / "opt" / "lagebild", arcname=top, filter=owned_by_root)
        archive.add(root / "usr" / "share", arcname=f"{top}/share", filter=owned_by_root)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, required=True, help="PyInstaller output folder")
    parser.add_argument("--icons", type=Path, required=True, help="render_icons.py output folder")
    parser.add_argument("--version", required=True)
    parser.add_argument("--work", type=Path, required=True, help="scratch folder")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)

    machine = platform.machine()
    root = args.work.resolve() / "root"
    stage_tree(args.bundle.resolve(), args.icons.resolve(), args.version, root)
    args.out.mkdir(parents=True, exist_ok=True)
    deb = build_deb(root, args.bundle.resolve(), args.version, DEB_ARCH.get(machine, machine), args.out)
    tarball = build_tarball(root, args.version, machine, args.out)
    for artifact in (deb, tarball):
        print(f"{artifact}  {artifact.stat().st_size / 2**20:.1f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
