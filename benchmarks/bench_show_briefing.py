"""GUI-thread cost of filling the views with a briefing snapshot of N articles (default 500).

When a briefing file has been read, the main window fills every view from
its :class:`~lagebild.core.snapshot.BriefingSnapshot` on the GUI thread
(``SelectionController.set_snapshot`` → ``MainWindow._show_snapshot`` and the
selection signals).  This script measures that fill in CPU time of the main
thread (``time.thread_time``), so other processes on the machine disturb it
little.  The briefing is built as in ``bench_briefing_window.py``: the bundled
sample article replicated N times with its own text, IDs and dates, all but
three actors renamed per copy (~5,000 merged entities for 500 articles), plus
three corrections per article.  Nothing is downloaded.

Each run fills a freshly built window (offscreen) with the snapshot, with the
process-wide caches it fills emptied, so every run costs what the first show
after opening the file costs; process-wide warm-up (imports, the locale data,
the font's glyphs) is done by one unmeasured fill first.  Reported per view
(each filled on its own) and for the whole path: min and median ms.

The copies still share most event labels (505 distinct of 3,000) and three
actors.  ``--distinct`` gives every article its own labels and names, as
unrelated articles would have (3,000 labels to measure, no shared actor).

    python benchmarks/bench_show_briefing.py [--articles 500] [--runs 7] [--file F.lagebild]
                                             [--distinct] [--profile [ORDER]]
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_briefing_window import build  # sibling benchmark script
from lagebild.core.snapshot import BriefingSnapshot
from lagebild.core.store import BriefingFile
from lagebild.core.wording import long_date
from lagebild.ui.entities.folding import variants
from lagebild.ui.events import timeline_entries as entries_module
from lagebild.ui.events.dates import describe_date
from lagebild.ui.events.timeline_entries import timeline_entries
from lagebild.ui.mainwindow import MainWindow
from lagebild.ui.settings import Settings, use_settings_dir
from PySide6.QtWidgets import QApplication

Fill = Callable[[MainWindow, BriefingSnapshot], object]
# Process-wide caches the fill fills (dates in words, folded names, date precisions):
# emptied before each measured fill, as they are when a file is first shown.
CACHES = (describe_date, long_date, variants, entries_module._precision)


def _anchor(snapshot: BriefingSnapshot) -> date | None:
    """The day the timeline marks, as the main window chooses it (the latest publication)."""
    days = [info.published for info in snapshot.infos.values() if info.published is not None]
    return max(days) if days else None


def _timeline(window: MainWindow, snapshot: BriefingSnapshot) -> None:
    window.timeline.set_entries(timeline_entries(snapshot), _anchor(snapshot))


def _articles(window: MainWindow, snapshot: BriefingSnapshot) -> None:
    window.articles.set_snapshot(snapshot)
    window.articles.select(snapshot.keys[0])  # what showing the first article does


# The views the window fills, each on its own (the order of _show_snapshot).
VIEWS: dict[str, Fill] = {
    "event table": lambda w, s: w.table.set_snapshot(s),
    "articles": _articles,
    "search": lambda w, s: w.search.set_snapshot(s),
    "entities": lambda w, s: w.entities.set_snapshot(s),
    "timeline entries": lambda _w, s: timeline_entries(s),
    "timeline (+entries)": _timeline,
}
WHOLE = "whole set_snapshot"


def load(path: Path, distinct: bool = False) -> BriefingSnapshot:
    """The snapshot the window is given after opening ``path`` (see ``--distinct``)."""
    _file, briefing = BriefingFile.open(path)
    if distinct:
        for number, item in enumerate(briefing.articles, start=1):
            for entity in item.extraction.entities:
                entity.name = f"{entity.name} {number}"
            for event in item.extraction.events:
                event.label = f"{event.label} ({number})"
    return BriefingSnapshot(briefing)


def new_window(app: QApplication) -> MainWindow:
    """A shown main window with its deferred views (timeline, entities) built."""
    window = MainWindow(Settings())
    window.show()
    app.processEvents()
    window.ensure_views()
    app.processEvents()
    return window


def close(app: QApplication, window: MainWindow) -> None:
    window.runner.cancel()
    window.runner.wait(30_000)
    window.close()
    window.deleteLater()
    app.processEvents()


def clear_caches() -> None:
    for cache in CACHES:
        cache.cache_clear()


def cpu_ms(fill: Callable[[], object]) -> float:
    """Main-thread CPU milliseconds of one call, the caches it fills emptied first."""
    clear_caches()
    start = time.thread_time()
    fill()
    return (time.thread_time() - start) * 1000


def run_once(app: QApplication, snapshot: BriefingSnapshot) -> dict[str, float]:
    """Each view filled in a fresh window, then the whole path in another one."""
    found: dict[str, float] = {}
    window = new_window(app)
    for name, fill in VIEWS.items():
        found[name] = cpu_ms(lambda fill=fill: fill(window, snapshot))
    close(app, window)
    window = new_window(app)
    found[WHOLE] = cpu_ms(lambda: window.selection.set_snapshot(snapshot))
    close(app, window)
    return found


def profile(app: QApplication, snapshot: BriefingSnapshot, order: str, lines: int = 40) -> None:
    """cProfile of one whole fill in a fresh window, sorted by ``order`` (a pstats key)."""
    window = new_window(app)
    clear_caches()
    profiler = cProfile.Profile()
    profiler.enable()
    window.selection.set_snapshot(snapshot)
    profiler.disable()
    close(app, window)
    pstats.Stats(profiler).sort_stats(order).print_stats(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--runs", type=int, default=7, help="measured runs after one warm-up")
    parser.add_argument("--file", type=Path, help="use this briefing file instead of building one")
    parser.add_argument("--distinct", action="store_true", help="every article with its own names and labels")
    parser.add_argument("--profile", nargs="?", const="cumulative", metavar="ORDER",
                        help="also print a cProfile of one whole fill (by cumulative time, or e.g. tottime)")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="lagebild-bench-") as folder:
        use_settings_dir(Path(folder) / "settings")
        path = args.file
        if path is None:
            path = Path(folder) / f"briefing-{args.articles}.lagebild"
            build(args.articles, path)
        snapshot = load(path, args.distinct)
        app = QApplication.instance() or QApplication([])
        run_once(app, snapshot)  # warm-up: imports, locale data, glyphs
        runs = [run_once(app, snapshot) for _ in range(args.runs)]
        events = sum(len(x.events) for x in snapshot.articles.values())
        entities = sum(len(x.entities) for x in snapshot.articles.values())
        print(f"{len(snapshot)} articles, {events} events in {len(snapshot.groups)} groups, "
              f"{entities} entities in {len(snapshot.merged)} merged; {args.runs} runs, main-thread CPU ms:")
        for name in [*VIEWS, WHOLE]:
            values = [run[name] for run in runs]
            print(f"  {name:22s} min {min(values):7.1f}   median {statistics.median(values):7.1f}")
        if args.profile:
            profile(app, snapshot, args.profile)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
