"""Timeline speed with many entries: set_entries time and pan/zoom frame time.

Usage: python benchmarks/bench_timeline.py [--events 10000] [--steps 100] [--seed 1] [--groups 1 5]

Synthetic data (no external data set): events spread over five years, a mix
of days (60 %), months/spans (25 %) and vague references (15 %), in one lane
group per article (one article, and a five-article briefing by default) and
five colours; the widget is 1600x900, offscreen.  A frame is one zoom or pan
step followed by processing events, which repaints the plot's viewport once
(as after a wheel or drag event): axis, grid, shapes, fitted labels and
markers; the target is 16 ms per frame (60 Hz).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date, timedelta

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from lagebild.ui.timeline import Precision, TimelineEntry, TimelineWidget
from PySide6.QtWidgets import QApplication

START = date(2019, 1, 1)
DAYS = 5 * 365
ANCHOR = START + timedelta(days=DAYS)
WORDS = ("Angriff", "Gipfel", "Lieferung", "Erklärung", "Sanktionen", "Wahl", "Besuch", "Abkommen", "Streik")


def synthetic(n: int, rng: random.Random, groups: int = 4) -> list[TimelineEntry]:
    """``n`` plausible entries over five years, dealt round-robin to ``groups`` articles."""
    out = []
    for i in range(n):
        label = f"{rng.choice(WORDS)} {rng.choice(WORDS).lower()} Nr. {i}"
        day = START + timedelta(days=rng.randrange(DAYS))
        roll = rng.random()
        if roll < 0.60:
            first, last, precision = day, day, Precision.DAY
        elif roll < 0.75:
            first = day.replace(day=1)
            last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
            precision = Precision.MONTH
        elif roll < 0.85:
            first, last, precision = day, day + timedelta(days=rng.randrange(3, 90)), Precision.SPAN
        else:
            precision = rng.choice((Precision.PAST, Precision.FUTURE, Precision.PRESENT))
            first = last = None
        out.append(
            TimelineEntry(
                id=f"e{i}",
                label=label,
                date_text=str(day),
                earliest=first,
                latest=last,
                precision=precision,
                lane_key=f"Artikel {i % groups + 1}",
                colour_key=("PER", "ORG", "LOC", "MISC", "")[i % 5],
            )
        )
    return out


Frames = tuple[list[float], list[float]]


def frames(app: QApplication, widget: TimelineWidget, step: Callable[[int], None], n: int) -> Frames:
    """Wall-clock and CPU milliseconds per frame: one step plus the repaint it causes."""
    wall, cpu = [], []
    for k in range(n):
        t0, c0 = time.perf_counter(), time.process_time()
        step(k)
        app.processEvents()  # delivers the update request: one paint of the viewport
        wall.append((time.perf_counter() - t0) * 1000)
        cpu.append((time.process_time() - c0) * 1000)
    return wall, cpu


def _p95(ms: list[float]) -> float:
    ms = sorted(ms)
    return ms[min(len(ms) - 1, round(0.95 * (len(ms) - 1)))]


def report(name: str, result: Frames) -> None:
    """Median and p95 of wall-clock and CPU time (CPU is what a loaded machine cannot inflate)."""
    wall, cpu = result
    print(
        f"{name:<26} wall median {statistics.median(wall):6.1f} p95 {_p95(wall):6.1f} ms"
        f"   cpu median {statistics.median(cpu):6.1f} p95 {_p95(cpu):6.1f} ms"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--steps", type=int, default=100)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--rounds", type=int, default=3, help="repeat each phase, report the best round")
    parser.add_argument("--groups", type=int, nargs="+", default=[1, 5], help="lane groups (articles) to try")
    args = parser.parse_args(argv)

    app = QApplication.instance() or QApplication(sys.argv)
    for groups in args.groups:
        entries = synthetic(args.events, random.Random(args.seed), groups)
        widget = TimelineWidget()
        widget.resize(1600, 900)
        widget.show()
        app.processEvents()
        print(f"{args.events} entries in {groups} lane group(s), 1600x900, Qt platform {app.platformName()}, "
              f"best of {args.rounds} rounds")  # fmt: skip
        run(app, widget, entries, args.steps, args.rounds)
        widget.close()
    return 0


def run(app: QApplication, widget: TimelineWidget, entries: list[TimelineEntry], steps: int, rounds: int) -> None:
    """Time set_entries, the first paint and the four zoom/pan phases on ``widget``."""
    set_ms, first_ms = [], []
    for _ in range(rounds):
        t0 = time.perf_counter()
        widget.set_entries(entries, ANCHOR)
        set_ms.append((time.perf_counter() - t0) * 1000)
        t0 = time.perf_counter()
        app.processEvents()
        first_ms.append((time.perf_counter() - t0) * 1000)
    print(f"set_entries                {min(set_ms):7.1f} ms")
    print(f"first paint                {min(first_ms):7.1f} ms")

    view = widget._view  # the benchmark drives the ViewBox like the mouse does

    def zoom(k: int) -> None:
        factor = 0.9 if (k // 25) % 2 == 0 else 1 / 0.9
        view.scaleBy(x=factor, center=view.viewRect().center())

    def pan(k: int) -> None:
        lo, hi = view.viewRange()[0]
        view.translateBy(x=(hi - lo) * (0.05 if (k // 25) % 2 == 0 else -0.05))

    def zoom_in() -> None:
        widget.fit_all()
        for _ in range(12):
            view.scaleBy(x=0.8, center=view.viewRect().center())
        app.processEvents()

    phases = (
        ("zoom (fit all, in/out)", widget.fit_all, zoom),
        ("pan at fit all", widget.fit_all, pan),
        ("zoom (zoomed in, in/out)", zoom_in, zoom),
        ("pan (zoomed in)", zoom_in, pan),
    )
    for name, start, step in phases:
        results = []
        for _ in range(rounds):
            start()
            app.processEvents()
            results.append(frames(app, widget, step, steps))
        report(name, min(results, key=lambda r: statistics.median(r[1])))
    zoom_in()
    lo, hi = view.viewRange()[0]
    visible = sum(widget.label_shown(e.id) for e in entries)
    print(f"zoomed in: {hi - lo:.0f} days in view, {visible} labels drawn")


if __name__ == "__main__":
    sys.exit(main())
