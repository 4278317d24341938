"""Speed of the temporal tagger: words per second of ``find_timexes`` on one core,
and the import cost of ``lagebild.core.timex``.

Usage::

    python benchmarks/bench_timex.py [FOLDER] [--rounds N]

FOLDER holds German texts (``*.txt``, or KRAUTS ``*.tml`` files, whose text
between the ``<TEXT>`` tags is used; KRAUTS, Strötgen et al., LREC 2018,
CC BY-NC 4.0, is not shipped with Lagebild).  Without FOLDER the bundled seed
article is used, repeated.  Sentences are split once beforehand: only the
tagger is timed, in CPU time, best of N rounds (the machine may be shared).  Target:
at least 50,000 words/s.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def _texts(folder: Path | None) -> list[str]:
    if folder is None:
        from lagebild.core.resources import seed_articles

        return [seed_articles()[0].read_text(encoding="utf-8")] * 200
    from score_krauts import parse_tml

    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    texts += [parse_tml(p).text for p in sorted(folder.glob("*.tml"))]
    if not texts:
        raise SystemExit(f"no .txt or .tml files in {folder}")
    return texts


_PATHOLOGICAL = {
    "date list without full stops": "1. " * 20000,
    "long whitespace": "Ende" + " " * 50000 + "März",
    "one long word": "x" * 100000,
}


def _import_ms(module: str) -> float:
    code = f"import time; t = time.perf_counter(); import {module}; print((time.perf_counter() - t) * 1000)"
    runs = [float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)
            for _ in range(3)]
    return min(runs)


def main(argv: list[str] | None = None) -> int:
    """Print words/s of the tagger and the import time of the core."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, nargs="?")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args(argv)

    from lagebild.core.sentences import segment
    from lagebild.core.timex import find_timexes

    texts = _texts(args.folder)
    prepared = [(text, *segment(text)) for text in texts]
    words = sum(len(text.split()) for text in texts)
    anchor = date(2024, 1, 21)
    find_timexes("", [], [], anchor)  # vocabulary and patterns are built on first use
    best = float("inf")
    found = 0
    for _ in range(args.rounds):
        began = time.process_time()  # CPU time: other processes on a shared machine do not count
        found = sum(len(find_timexes(text, sentences, tokens, anchor)) for text, sentences, tokens in prepared)
        best = min(best, time.process_time() - began)
    print(f"{len(texts)} texts, {words:,} words, {found} timexes")
    print(f"find_timexes: {words / best:,.0f} words/s (CPU time, best of {args.rounds})")
    for name, text in _PATHOLOGICAL.items():  # dense or degenerate input must stay roughly linear
        began = time.process_time()
        found = len(find_timexes(text, [], [], anchor))
        print(f"pathological {name}: {len(text):,} chars, {found} timexes, {time.process_time() - began:.2f} s")
    print(f"import lagebild.core: {_import_ms('lagebild.core'):.0f} ms, "
          f"import lagebild.core.timex: {_import_ms('lagebild.core.timex'):.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
