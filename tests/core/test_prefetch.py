"""The start-up helper process: same extraction as in-process, one job, and a clean way out.

The in-process tests spawn the helper (the Windows and macOS way); the fork
used on Linux runs in a fresh interpreter, as at the app's start, where no
thread exists yet.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from briefing_samples import edited_briefing
from lagebild.core import prefetch
from lagebild.core.pipeline import ExtractionCancelled, extract_file
from lagebild.core.prefetch import PrefetchUnavailable
from lagebild.core.store import BriefingFile, BriefingFileError, save_briefing

SEED = Path(__file__).resolve().parents[2] / "seeds" / "nordkorea-waffenlieferant.de.txt"


@pytest.fixture(autouse=True)
def _no_leftover_helper():
    yield
    leftover = prefetch.claim()
    if leftover is not None:
        leftover.close()


def _spawned() -> prefetch.Prefetch:
    helper = prefetch.start("spawn")
    assert helper is not None
    return helper


def test_spawned_helper_extracts_what_this_process_would_and_serves_one_job():
    helper = _spawned()
    assert prefetch.claim() is helper and prefetch.claim() is None
    stages: list[str] = []
    extraction = helper.extract_file(SEED, None, lambda stage, _fraction: stages.append(stage))
    assert extraction == extract_file(SEED)
    assert stages == ["sentences", "dates", "entities", "events", "done"]
    with pytest.raises(PrefetchUnavailable):
        helper.extract_file(SEED)


def test_a_file_the_helper_cannot_read_is_left_to_this_process(tmp_path):
    helper = _spawned()
    with pytest.raises(PrefetchUnavailable, match="no such file"):
        helper.extract_file(tmp_path / "fehlt.txt")


def test_cancelling_stops_the_wait_and_the_helper():
    helper = _spawned()
    with pytest.raises(ExtractionCancelled):
        helper.extract_file(SEED, None, None, lambda: True)
    assert not helper._process.alive()


class _Silent:
    """A helper that never answers and never ends (stuck)."""

    def send(self, _obj: object) -> None:
        pass

    def recv(self) -> object:
        raise AssertionError("nothing to receive")

    def poll(self, _timeout: float = 0.0) -> bool:
        return False

    def close(self) -> None:
        pass

    def alive(self) -> bool:
        return True

    def stop(self) -> None:
        pass


def test_a_stuck_helper_is_given_up(monkeypatch):
    monkeypatch.setattr(prefetch, "_SILENCE_SECONDS", 0.2)
    silent = _Silent()
    with pytest.raises(PrefetchUnavailable, match="stopped answering"):
        prefetch.Prefetch(silent, silent).extract_file(SEED)


def test_switched_off_by_the_environment(monkeypatch):
    monkeypatch.setenv(prefetch.DISABLE_ENV, "1")
    assert prefetch.start() is None
    assert prefetch.claim() is None


FORKED = textwrap.dedent(
    """
    import sys, time
    from lagebild.core import prefetch
    from lagebild.core.pipeline import extract_file

    seed = sys.argv[1]
    helper = prefetch.start("fork")
    stages = []
    same = helper.extract_file(seed, None, lambda stage, _f: stages.append(stage)) == extract_file(seed)
    print("same" if same else "different", ",".join(stages))

    idle = prefetch.start("fork", idle_seconds=0.0)  # ends at once: no job comes
    while idle._process.alive():
        time.sleep(0.05)
    try:
        idle.extract_file(seed)
    except prefetch.PrefetchUnavailable:
        print("idle helper gone")
    """
)


def test_forked_helper_at_a_fresh_start():
    if not hasattr(os, "fork"):
        pytest.skip("no fork on this platform")
    done = subprocess.run(
        [sys.executable, "-c", FORKED, str(SEED)], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["same sentences,dates,entities,events,done", "idle helper gone"]


def _same_briefing(got, expected) -> None:
    """Both results of reading a briefing file hold the same briefing and snapshot."""
    (_file, briefing, snapshot), (_file2, briefing2, snapshot2) = got, expected
    assert briefing == briefing2
    assert snapshot.groups == snapshot2.groups and snapshot.merged == snapshot2.merged
    assert snapshot.orphans == snapshot2.orphans and snapshot.infos == snapshot2.infos


def test_a_helper_given_a_briefing_reads_it_for_the_window_and_nothing_else(tmp_path):
    path = tmp_path / "lage.lagebild"
    save_briefing(path, edited_briefing())
    helper = prefetch.start("spawn", briefing=path)
    assert helper is not None and helper.briefing == str(path.resolve())
    assert prefetch.claim() is None  # an article extraction must not wait for it
    assert prefetch.claim_briefing(tmp_path / "andere.lagebild") is None
    loaded = prefetch.open_briefing(tmp_path / "." / "lage.lagebild")  # another spelling of the same file
    assert not helper._process.alive() and prefetch.claim_briefing(path) is None  # served, handed out once
    _same_briefing(loaded, prefetch.read_briefing(path))

    file, briefing, _snapshot = loaded  # the file from the helper saves like one opened here
    briefing.title = "Neu"
    assert file.save(briefing)
    assert BriefingFile.open(path)[1].title == "Neu"


def test_a_waiting_helper_takes_a_briefing_as_its_job(tmp_path):
    path = tmp_path / "lage.lagebild"
    save_briefing(path, edited_briefing())
    helper = _spawned()
    assert prefetch.claim_briefing(path) is helper
    _same_briefing(helper.load_briefing(path), prefetch.read_briefing(path))
    with pytest.raises(PrefetchUnavailable):  # one job only
        helper.load_briefing(path)


def test_a_damaged_briefing_gets_the_message_reading_it_here_gives(tmp_path):
    path = tmp_path / "kaputt.lagebild"
    path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    before = path.read_bytes()
    prefetch.start("spawn", briefing=path)
    with pytest.raises(BriefingFileError) as here:
        prefetch.read_briefing(path)
    with pytest.raises(BriefingFileError) as through_helper:
        prefetch.open_briefing(path)
    assert str(through_helper.value) == str(here.value)
    assert path.read_bytes() == before


def test_without_a_helper_the_briefing_is_read_here(tmp_path):
    path = tmp_path / "lage.lagebild"
    save_briefing(path, edited_briefing())
    _same_briefing(prefetch.open_briefing(path), prefetch.read_briefing(path))
