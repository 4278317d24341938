"""Start-up time of the Lagebild window, next to a bare PySide6 window started the same way.

Each run starts a fresh interpreter (``python -m lagebild`` with an empty,
temporary settings folder, so it is a first start that opens the bundled
sample article) and reads two timestamps the app prints when
``LAGEBILD_STARTUP_PROBE=1``:

* ``first-paint``: the main window has been painted once;
* ``ready``: the sample briefing is on every view (timeline, entities,
  article, events), painted, and the window takes clicks.

Two milestones in between are shown for diagnosis: the deferred views built
(pyqtgraph and the icon font imported) and the extraction finished (by the
start-up helper process, see ``lagebild.core.prefetch``; run with
``LAGEBILD_NO_PREFETCH=1`` in the environment to time the worker thread alone).

The bare window is a ``QMainWindow`` with a label, timed to its first paint
in the same way.  Runs alternate between the two after one discarded warm-up
each, and the medians are compared with the budget: first paint within 2×
the bare window, ready within 6×.

    python benchmarks/bench_startup.py [--runs 7] [--platform offscreen|xcb] [ARTICLE]

Like an installed app (pip compiles ``.pyc`` files, the frozen app ships
them), the runs use Python's bytecode cache: the warm-up run writes it to a
temporary folder even where ``PYTHONDONTWRITEBYTECODE`` is set (a setting
under which every module of the checkout would be compiled on every start).
The warm-up run also fills the app's cache of parsed name tables (in a
temporary ``LAGEBILD_CACHE_DIR``), as any start after the very first finds it.

No data is downloaded; the sample article ships in ``seeds/``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

try:
    import resource  # POSIX only: CPU time of the child processes
except ImportError:  # Windows
    resource = None  # type: ignore[assignment]

PROBE = "lagebild-probe"
FIRST_PAINT_BUDGET = 2.0
READY_BUDGET = 6.0

BARE_WINDOW = f"""
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

class Window(QMainWindow):
    painted = False

    def paintEvent(self, event):
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            QTimer.singleShot(0, report)

def report():
    print(f"{PROBE} first-paint {{time.monotonic():.6f}}", flush=True)
    app.quit()

app = QApplication(sys.argv[:1])
window = Window()
window.setCentralWidget(QLabel("bare"))
window.resize(1280, 860)
window.show()
app.exec()
"""


def run_once(command: list[str], env: dict[str, str], timeout: float) -> dict[str, float]:
    """Start ``command``; seconds from launch to each probe line it printed.

    ``cpu`` is the CPU time (user + system) the process used until it quit,
    which a busy machine inflates less than wall-clock time.
    """
    before = resource.getrusage(resource.RUSAGE_CHILDREN) if resource else None
    start = time.monotonic()
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=timeout, check=False)
    marks: dict[str, float] = {}
    if resource and before:
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        marks["cpu"] = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    for line in done.stdout.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[0] == PROBE:
            marks[parts[1]] = float(parts[2]) - start
        elif len(parts) >= 2 and parts[0] == PROBE and parts[1] == "failed":
            raise RuntimeError(f"the app reported a failure: {line}")
    if done.returncode != 0 or "first-paint" not in marks:
        raise RuntimeError(f"{command[:3]} exited {done.returncode}:\n{done.stderr[-2000:]}")
    return marks


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("article", nargs="?", help="article to open (default: first start, the sample)")
    parser.add_argument("--runs", type=int, default=7, help="measured runs of each (default 7)")
    parser.add_argument("--platform", default="offscreen", help="QT_QPA_PLATFORM (default offscreen)")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds per run before giving up")
    parser.add_argument(
        "--no-bytecode-cache", dest="bytecode_cache", action="store_false",
        help="leave PYTHONDONTWRITEBYTECODE as it is (default: write .pyc files to a temporary folder)",
    )
    args = parser.parse_args(argv)

    env = dict(os.environ, QT_QPA_PLATFORM=args.platform, LAGEBILD_STARTUP_PROBE="1")
    bare_cmd = [sys.executable, "-c", BARE_WINDOW]
    app_cmd = [sys.executable, "-m", "lagebild", *([args.article] if args.article else [])]
    bare: list[float] = []
    bare_cpu: list[float] = []
    marks: dict[str, list[float]] = {"first-paint": [], "views-built": [], "extracted": [], "ready": [], "cpu": []}
    with tempfile.TemporaryDirectory(prefix="lagebild-bench-") as folder:
        for run in range(args.runs + 1):
            run_env = dict(
                env,
                LAGEBILD_SETTINGS_DIR=os.path.join(folder, f"run{run}"),  # always a first start
                LAGEBILD_CACHE_DIR=os.path.join(folder, "cache"),  # the warm-up run fills it
            )
            if args.bytecode_cache:  # as an installed app has: the warm-up run writes it
                run_env.pop("PYTHONDONTWRITEBYTECODE", None)
                run_env["PYTHONPYCACHEPREFIX"] = os.path.join(folder, "pycache")
            bare_marks = run_once(bare_cmd, run_env, args.timeout)
            app_marks = run_once(app_cmd, run_env, args.timeout)
            if "ready" not in app_marks:
                raise RuntimeError("the app quit before the briefing was ready")
            if run == 0:
                continue  # warm-up: fills the OS file cache and Python's bytecode cache
            bare.append(bare_marks["first-paint"])
            bare_cpu.append(bare_marks.get("cpu", float("nan")))
            for name, values in marks.items():
                values.append(app_marks.get(name, float("nan")))

    base = statistics.median(bare)
    rows = [
        ("bare PySide6 window, first paint", bare, None),
        ("Lagebild, first paint", marks["first-paint"], FIRST_PAINT_BUDGET),
        ("  (timeline and entity list built)", marks["views-built"], None),
        ("  (extraction result in the window)", marks["extracted"], None),
        ("Lagebild, briefing ready", marks["ready"], READY_BUDGET),
    ]
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(
        f"platform={args.platform} runs={args.runs} python={sys.version.split()[0]} load={load:.2f}"
        f" bytecode-cache={'no' if not args.bytecode_cache and os.environ.get('PYTHONDONTWRITEBYTECODE') else 'yes'}"
    )
    print(f"{'':36} {'median':>8} {'min':>8} {'max':>8} {'× bare':>7} {'budget':>7}")
    failed = False
    for name, values, budget in rows:
        median = statistics.median(values)
        ratio = median / base
        verdict = ""
        if budget is not None:
            verdict = f"≤{budget:.0f}× {'ok' if ratio <= budget else 'OVER'}"
            failed |= ratio > budget
        print(
            f"{name:36} {median * 1000:7.0f}ms {min(values) * 1000:7.0f}ms {max(values) * 1000:7.0f}ms"
            f" {ratio:6.2f}× {verdict:>7}"
        )
    cpu_ratio = statistics.median(marks["cpu"]) / statistics.median(bare_cpu)
    print(
        f"CPU time until quit: bare {statistics.median(bare_cpu) * 1000:.0f}ms, "
        f"Lagebild {statistics.median(marks['cpu']) * 1000:.0f}ms ({cpu_ratio:.1f}×; both quit at their last mark)"
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
