"""How long Lagebild takes to start and show a briefing file of N articles (default 500).

The briefing is built as in ``bench_briefing_load.py`` (the bundled sample
article extracted once and replicated with its own text, IDs and dates, plus
one correction of three kinds per article; all but the three main actors
renamed per article, so the entity list holds ~5,000 merged entities as a
briefing of 500 different reports would), saved as a ``.lagebild`` file,
and then opened by a freshly started ``python -m lagebild FILE`` with
``LAGEBILD_STARTUP_PROBE=1`` (see ``bench_startup.py``), as a user does by
double-clicking the file.  Opening uses the stored extractions: no article
is extracted again.

Reported: seconds from launching the process to the first paint of the
window and to "ready" (every view filled with the briefing and painted).
Target: ready within 2 s for 500 articles.

    python benchmarks/bench_briefing_window.py [--articles 500] [--shared 3] [--runs 5] [--platform offscreen|xcb]

Nothing is downloaded.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_briefing_load import replicate  # noqa: E402 - sibling benchmark script
from bench_startup import run_once  # noqa: E402 - sibling benchmark script

from lagebild.core.briefing import Briefing  # noqa: E402
from lagebild.core.corrections import NoteEvent, RelabelEvent, RenameEntity, entity_anchor, event_anchor  # noqa: E402
from lagebild.core.pipeline import extract_file  # noqa: E402
from lagebild.core.resources import seed_articles  # noqa: E402
from lagebild.core.store import save_briefing  # noqa: E402

TARGET_SECONDS = 2.0
SHARED_NAMES = 3  # entities named alike in every article (the rest differ per article)


def build(articles: int, path: Path, shared: int = SHARED_NAMES) -> None:
    """Write a briefing of ``articles`` replicated sample articles with corrections to ``path``.

    The ``shared`` most mentioned entities keep their names in every copy
    (the actors a briefing is about, merged across all articles); the others
    are renamed per copy, as the people and places of 500 different reports
    would be, so the entity list holds thousands of merged entities.
    """
    from importlib.resources import as_file

    with as_file(seed_articles()[0]) as seed:
        base = extract_file(seed)
    by_mentions = sorted(base.entities, key=lambda e: -len(e.mentions))
    keep = {e.name for e in by_mentions[:shared]}
    briefing = Briefing(f"Benchmark: {articles} Artikel")
    for n in range(articles):
        copy = replicate(base, n)
        for entity in copy.entities:
            if entity.name not in keep:
                entity.name = f"{entity.name} ({n + 1})"
        item = briefing.add_article(copy, "ABCDEF"[n % 6] + "123456"[n % 5], extractor="bench")
        extraction = item.extraction
        event, entity = extraction.events[0], extraction.entities[0]
        briefing.corrections += [
            RelabelEvent(event_anchor(extraction, event), f"{event.label} (geprüft {n})"),
            NoteEvent(event_anchor(extraction, event), "Quelle prüfen"),
            RenameEntity(entity_anchor(extraction, entity), entity.name),
        ]
    save_briefing(path, briefing)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument(
        "--shared", type=int, default=SHARED_NAMES,
        help="entities named alike in every article; the others get a name per article (default %(default)s)",
    )
    parser.add_argument("--runs", type=int, default=5, help="measured runs after one warm-up")
    parser.add_argument("--platform", default="offscreen", help="QT_QPA_PLATFORM (default offscreen)")
    parser.add_argument("--timeout", type=float, default=120.0)
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="lagebild-bench-") as folder:
        path = Path(folder) / f"briefing-{args.articles}.lagebild"
        build(args.articles, path, args.shared)
        size = path.stat().st_size / 1e6
        env = dict(os.environ, QT_QPA_PLATFORM=args.platform, LAGEBILD_STARTUP_PROBE="1")
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = os.path.join(folder, "pycache")
        command = [sys.executable, "-m", "lagebild", str(path)]
        marks: dict[str, list[float]] = {"first-paint": [], "ready": [], "cpu": []}
        for run in range(args.runs + 1):
            run_env = dict(env, LAGEBILD_SETTINGS_DIR=os.path.join(folder, f"run{run}"))
            found = run_once(command, run_env, args.timeout)
            if "ready" not in found:
                raise RuntimeError("the app quit before the briefing was shown")
            if run:
                for name, values in marks.items():
                    values.append(found.get(name, float("nan")))
        print(f"{args.articles} articles ({size:.1f} MB file), {args.runs} runs after a warm-up, median:")
        for name, values in marks.items():
            print(f"  {name:12s} {statistics.median(values):6.2f} s   (min {min(values):.2f}, max {max(values):.2f})")
        ready = statistics.median(marks["ready"])
        verdict = "meets" if ready <= TARGET_SECONDS else "misses"
        print(f"ready {ready:.2f} s {verdict} the {TARGET_SECONDS:.0f} s target")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
