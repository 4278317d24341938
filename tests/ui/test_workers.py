"""The extraction runner's batch and load jobs (off the GUI thread, one-line failures)."""

from __future__ import annotations

from pathlib import Path

from lagebild.core.errors import InputError
from lagebild.ui.workers import BatchResult, ExtractionRunner

SEED = Path(__file__).resolve().parents[2] / "seeds" / "nordkorea-waffenlieferant.de.txt"


def test_a_batch_keeps_going_past_a_bad_file(qtbot, tmp_path) -> None:
    broken = tmp_path / "leer.txt"
    broken.write_text("", encoding="utf-8")
    runner = ExtractionRunner()
    with qtbot.waitSignal(runner.batch_finished, timeout=60_000) as blocker:
        runner.extract_files([broken, SEED])
    result = blocker.args[0]
    assert isinstance(result, BatchResult)
    assert [e.article.path for e in result.extractions] == [str(SEED)]
    assert [path for path, _ in result.failures] == [broken]
    assert "\n" not in result.failures[0][1]
    runner.wait()


def test_a_load_job_reports_its_result_or_a_one_line_message(qtbot) -> None:
    runner = ExtractionRunner()
    with qtbot.waitSignal(runner.loaded, timeout=10_000) as blocker:
        runner.load(lambda: 42, "answer")
    assert blocker.args == [42]

    def refuse() -> None:
        raise InputError("kaputte Datei.lagebild: not a Lagebild briefing")

    with qtbot.waitSignal(runner.failed, timeout=10_000) as blocker:
        runner.load(refuse, "refuse")
    assert blocker.args == ["kaputte Datei.lagebild: not a Lagebild briefing"]
    runner.wait()
