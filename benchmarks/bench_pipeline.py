"""Speed of the extraction core: words per second, whole pipeline and per stage.

Usage::

    python benchmarks/bench_pipeline.py KRAUTS_DIR [--repeat 3]

KRAUTS_DIR holds TimeML files (``*.tml``) such as the Dolomiten part of KRAUTS
(Strötgen et al., "KRAUTS: A German Temporally Annotated News Corpus",
LREC 2018, CC BY-NC 4.0; not shipped with Lagebild).  Any folder of ``.txt``
files works too.  The text between ``<TEXT>`` tags, with tags removed, is the
input; the anchor is the ``<DCT>`` value.

Reported: import time of the core (fresh interpreter), first-call warm-up
(models loading), then warm throughput on one core, best of ``--repeat``.
Targets: ≥ 10,000 words/s for the whole extraction, core import ≤ 300 ms.
"""

from __future__ import annotations

import argparse
import html
import re
import subprocess
import sys
import time
from datetime import date
from pathlib import Path


def read_corpus(folder: Path) -> list[tuple[str, date | None]]:
    """(text, anchor) pairs from TimeML or plain-text files."""
    documents = []
    for path in sorted(folder.glob("*.tml")) or sorted(folder.glob("*.txt")):
        raw = path.read_text(encoding="utf-8")
        if path.suffix == ".tml":
            dct = re.search(r'functionInDocument="CREATION_TIME"[^>]*>([\d-]{10})', raw) or re.search(
                r'value="(\d{4}-\d{2}-\d{2})"[^>]*functionInDocument="CREATION_TIME"', raw
            )
            body = re.search(r"<TEXT>(.*)</TEXT>", raw, re.S)
            text = html.unescape(re.sub(r"<[^>]+>", "", body.group(1) if body else raw))
            documents.append((text, date.fromisoformat(dct.group(1)) if dct else None))
        else:
            documents.append((raw, None))
    return documents


def import_time() -> float:
    """Seconds to import the core in a fresh interpreter (best of three)."""
    code = "import time; t = time.perf_counter(); import lagebild.core.pipeline; print(time.perf_counter() - t)"
    return min(float(subprocess.check_output([sys.executable, "-c", code], text=True)) for _ in range(3))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path, help="folder of KRAUTS .tml files (or .txt files)")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    print(f"core import: {import_time() * 1000:.0f} ms (target ≤ 300 ms)")

    from lagebild.core.events import find_events
    from lagebild.core.ids import text_key
    from lagebild.core.model import Article
    from lagebild.core.ner import find_entities
    from lagebild.core.pipeline import extract
    from lagebild.core.sentences import segment
    from lagebild.core.timex import find_timexes

    documents = read_corpus(args.corpus)
    words = sum(len(text.split()) for text, _ in documents)
    print(f"corpus: {len(documents)} documents, {words} words")

    start = time.perf_counter()
    extract(Article(text=documents[0][0], published=documents[0][1]))
    print(f"warm-up (first article, loads models): {time.perf_counter() - start:.2f} s")

    stages = {"sentences": 0.0, "dates": 0.0, "entities": 0.0, "events": 0.0}
    best_total = float("inf")
    for _ in range(args.repeat):
        totals = dict.fromkeys(stages, 0.0)
        run_start = time.perf_counter()
        for text, anchor in documents:
            t0 = time.perf_counter()
            sentences, tokens = segment(text)
            t1 = time.perf_counter()
            timexes = find_timexes(text, sentences, tokens, anchor)
            t2 = time.perf_counter()
            entities = find_entities(text, sentences, tokens, text_key(text))
            t3 = time.perf_counter()
            find_events(text, sentences, tokens, timexes, entities, text_key(text))
            t4 = time.perf_counter()
            for name, seconds in zip(stages, (t1 - t0, t2 - t1, t3 - t2, t4 - t3)):
                totals[name] += seconds
        total = time.perf_counter() - run_start
        if total < best_total:
            best_total, stages = total, totals
    print(f"whole pipeline: {words / best_total:,.0f} words/s ({best_total:.2f} s; target ≥ 10,000 words/s)")
    for name, seconds in stages.items():
        share = seconds / best_total * 100
        print(f"  {name:<10} {words / seconds:>10,.0f} words/s  {seconds:6.2f} s  {share:4.0f} %")


if __name__ == "__main__":
    main()
