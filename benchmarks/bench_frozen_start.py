"""Start-up of the frozen (PyInstaller) Lagebild next to the same app from the virtual environment.

Each run starts a fresh process with an empty, temporary settings folder (a
first start that opens the bundled sample article) and
``LAGEBILD_STARTUP_PROBE=1``, and reads the two timestamps the app prints:

* ``first-paint``: the main window has been painted once;
* ``ready``: the sample briefing is on every view and painted.

Runs alternate between the frozen app and ``python -m lagebild`` after one
discarded warm-up each (which fills the OS file cache: this is a first start
of the program, not a boot-cold disk).  ``--drop-caches`` (Linux, root) empties
the page cache before every run instead, for a disk-cold start.  Budget: the
frozen app's medians within 1.2× the virtual environment's.

    python packaging/build.py --skip-installer      # builds dist/lagebild/lagebild
    python benchmarks/bench_frozen_start.py [--frozen dist/lagebild/lagebild] [--runs 7]
        [--platform offscreen|xcb] [--drop-caches] [ARTICLE]

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
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PROBE = "lagebild-probe"
BUDGET = 1.2
MARKS = ("first-paint", "ready")


def drop_page_cache() -> None:
    """Empty Linux's page cache (needs root) so the next start reads from disk."""
    os.sync()
    Path("/proc/sys/vm/drop_caches").write_text("3\n")


def run_once(command: list[str], env: dict[str, str], timeout: float) -> dict[str, float]:
    """Start ``command``; seconds from launch to each probe line it printed."""
    start = time.monotonic()
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=timeout)
    marks: dict[str, float] = {}
    for line in done.stdout.splitlines():
        parts = line.split()
        if len(parts) >= 2 and parts[0] == PROBE and parts[1] == "failed":
            raise RuntimeError(f"{command[0]} reported a failure: {line}")
        if len(parts) == 3 and parts[0] == PROBE:
            marks[parts[1]] = float(parts[2]) - start
    if done.returncode != 0 or set(MARKS) - marks.keys():
        raise RuntimeError(f"{command[:3]} exited {done.returncode}:\n{done.stderr[-2000:]}")
    return marks


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("article", nargs="?", help="article to open (default: first start, the sample)")
    parser.add_argument("--frozen", type=Path, default=ROOT / "dist" / "lagebild" / "lagebild",
                        help="the frozen executable (default dist/lagebild/lagebild)")
    parser.add_argument("--runs", type=int, default=7, help="measured runs of each (default 7)")
    parser.add_argument("--platform", default="offscreen", help="QT_QPA_PLATFORM (default offscreen)")
    parser.add_argument("--drop-caches", action="store_true", help="disk-cold starts (Linux, root)")
    parser.add_argument("--timeout", type=float, default=180.0, help="seconds per run before giving up")
    args = parser.parse_args(argv)
    if not args.frozen.is_file():
        parser.error(f"no frozen app at {args.frozen}: run packaging/build.py --skip-installer first")

    article = [args.article] if args.article else []
    commands = {
        "venv": [sys.executable, "-m", "lagebild", *article],
        "frozen": [str(args.frozen), *article],
    }
    env = dict(os.environ, QT_QPA_PLATFORM=args.platform, LAGEBILD_STARTUP_PROBE="1")
    results: dict[str, dict[str, list[float]]] = {name: {m: [] for m in MARKS} for name in commands}
    with tempfile.TemporaryDirectory(prefix="lagebild-bench-") as folder:
        for run in range(args.runs + 1):
            for name, command in commands.items():
                run_env = dict(env, LAGEBILD_SETTINGS_DIR=os.path.join(folder, f"{name}{run}"))
                if args.drop_caches:
                    drop_page_cache()
                marks = run_once(command, run_env, args.timeout)
                if run == 0 and not args.drop_caches:
                    continue  # warm-up
                for mark in MARKS:
                    results[name][mark].append(marks[mark])

    mode = "disk-cold" if args.drop_caches else "first start, warm file cache"
    print(f"platform={args.platform} runs={args.runs} ({mode}) frozen={args.frozen}")
    print(f"{'':24} {'venv':>9} {'frozen':>9} {'ratio':>7} {'budget':>9}")
    failed = False
    for mark in MARKS:
        venv = statistics.median(results["venv"][mark])
        frozen = statistics.median(results["frozen"][mark])
        ratio = frozen / venv
        failed |= ratio > BUDGET
        verdict = f"≤{BUDGET}× {'ok' if ratio <= BUDGET else 'OVER'}"
        print(f"{mark + ' (median)':24} {venv * 1000:7.0f}ms {frozen * 1000:7.0f}ms {ratio:6.2f}× {verdict:>9}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
