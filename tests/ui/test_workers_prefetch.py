"""The runner's first file goes to the start-up helper process; what the window gets is unchanged."""

from __future__ import annotations

from pathlib import Path

import pytest
from lagebild.core import prefetch
from lagebild.core.pipeline import extract_file
from lagebild.ui.workers import ExtractionRunner

SEED = Path(__file__).resolve().parents[2] / "seeds" / "nordkorea-waffenlieferant.de.txt"


@pytest.fixture
def helper():
    started = prefetch.start("spawn")  # fork would copy the test process's Qt threads
    assert started is not None
    yield started
    leftover = prefetch.claim()
    if leftover is not None:
        leftover.close()


def test_first_file_is_extracted_by_the_helper(qtbot, helper) -> None:
    runner = ExtractionRunner()
    with qtbot.waitSignal(runner.finished, timeout=60_000) as blocker:
        runner.open_file(SEED)
    assert prefetch.claim() is None  # the runner took it
    assert blocker.args[0] == extract_file(SEED)
    runner.wait()


def test_an_unreadable_file_fails_as_without_the_helper(qtbot, helper, tmp_path) -> None:
    missing = tmp_path / "fehlt.txt"
    messages = []
    for _ in range(2):  # with the helper, then without
        runner = ExtractionRunner()
        with qtbot.waitSignal(runner.failed, timeout=60_000) as blocker:
            runner.open_file(missing)
        messages.append(blocker.args[0])
        runner.wait()
    assert prefetch.claim() is None
    assert messages[0] == messages[1] and "fehlt.txt" in messages[0]
