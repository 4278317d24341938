"""Start the real app in a subprocess under Xvfb, take a screenshot, check it shows something.

Skipped (with the reason) where Xvfb is not installed; .ci/run installs it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "nordkorea-waffenlieferant.de.txt"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("Xvfb") is None, reason="Xvfb is not installed (apt-get install xvfb)"),
]


@pytest.fixture(scope="module")
def display() -> Iterator[str]:
    """A private X server; its display number is chosen by Xvfb itself (-displayfd)."""
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    if not number:
        server.kill()
        pytest.skip("Xvfb did not start")
    yield f":{number}"
    server.terminate()
    server.wait(timeout=10)


def run_app(display: str, tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(
        os.environ,
        DISPLAY=display,
        QT_QPA_PLATFORM="xcb",
        LAGEBILD_SETTINGS_DIR=str(tmp_path / "settings"),
    )
    env.pop("WAYLAND_DISPLAY", None)
    return subprocess.run(
        [sys.executable, "-m", "lagebild", *args], env=env, capture_output=True, text=True, timeout=180
    )


def distinct_colours(path: Path) -> int:
    """How many different colours a coarse grid of the image samples has (0 if unreadable)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QImage

    image = QImage(str(path))
    if image.isNull():
        return 0
    step_x, step_y = max(1, image.width() // 80), max(1, image.height() // 60)
    return len(
        {image.pixel(x, y) for x in range(0, image.width(), step_x) for y in range(0, image.height(), step_y)}
    )


def test_screenshot_of_the_sample_briefing(display: str, tmp_path: Path) -> None:
    out = tmp_path / "lagebild.png"
    done = run_app(display, tmp_path, "--screenshot", str(out), str(SEED))
    assert done.returncode == 0, done.stderr[-3000:]
    assert "Traceback" not in done.stderr
    assert out.is_file() and out.stat().st_size > 10_000
    assert distinct_colours(out) > 20  # text, marks, highlight and timeline, not a blank window


def test_first_start_without_a_file_shows_the_sample(display: str, tmp_path: Path) -> None:
    out = tmp_path / "first.png"
    done = run_app(display, tmp_path, "--screenshot", str(out))
    assert done.returncode == 0, done.stderr[-3000:]
    assert distinct_colours(out) > 20


def test_unreadable_file_exits_with_an_error_but_no_traceback(display: str, tmp_path: Path) -> None:
    bad = tmp_path / "binary.txt"
    bad.write_bytes(bytes(range(256)) * 16)
    out = tmp_path / "bad.png"
    done = run_app(display, tmp_path, "--screenshot", str(out), str(bad))
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert out.is_file()  # the window, with its message, was still rendered


def test_a_briefing_file_is_read_by_the_start_up_helper(display: str, tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "tests" / "support"))
    from briefing_samples import edited_briefing
    from lagebild.core.store import save_briefing

    path = tmp_path / "lage.lagebild"
    save_briefing(path, edited_briefing())
    before = path.read_bytes()
    out = tmp_path / "briefing.png"
    done = run_app(display, tmp_path, "--screenshot", str(out), str(path))
    assert done.returncode == 0, done.stderr[-3000:]
    assert "lage.lagebild: read by the start-up helper process" in done.stderr, done.stderr[-3000:]
    assert distinct_colours(out) > 20
    assert path.read_bytes() == before  # opening writes nothing


def test_a_briefing_file_that_cannot_be_opened_ends_the_screenshot_with_an_error(display: str, tmp_path: Path) -> None:
    broken = tmp_path / "kaputt.lagebild"
    broken.write_bytes(b"SQLite format 3\x00" + b"\x13" * 500)
    out = tmp_path / "broken.png"
    done = run_app(display, tmp_path, "--screenshot", str(out), str(broken))
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert out.is_file()  # the window, with its message, was still rendered
