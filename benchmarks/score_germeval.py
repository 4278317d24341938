"""Score Lagebild's German name tagger on the held-out GermEval 2014 sentences,
and measure the speed of the NER stage.

Usage::

    python benchmarks/score_germeval.py --germeval DIR [--speed KRAUTS_DIR]

``DIR`` holds ``NER-de-dev.tsv`` and ``NER-de-test-part1.tsv`` from the
GermEval 2014 NER shared task (Benikova, Biemann, Reznicek, LREC 2014;
CC BY 4.0; https://sites.google.com/site/germeval2014ner/).  The shipped model
was trained on dev plus the first 3,000 test-part1 sentences; this scores the
last 1,000, which training and tuning never saw: strict (CoNLL) span+type
precision, recall and F1 per type and overall, on the outer names, OTH as MISC,
``*deriv``/``*part`` as no name.

``--speed`` times ``find_entities`` on German news text: the text between
``<TEXT>`` tags of every ``*.tml`` file in ``KRAUTS_DIR`` (e.g. KRAUTS'
Dolomiten-100, CC BY-NC: used to measure only).  Segmentation is done first
and not timed; model, lexicon and gazetteers are loaded before timing ("cold"
still fills the per-word feature caches, "warm" is a second pass).  CPU time is
reported beside wall time because the machine may be shared.
"""

from __future__ import annotations

import argparse
import re
import time
from pathlib import Path

from lagebild.core.ids import text_key
from lagebild.core.ner import corpus, find_entities, tagger
from lagebild.core.ner.train import report
from lagebild.core.sentences import segment


def held_out_scores(germeval: Path) -> str:
    held_out = corpus.splits(germeval)["held_out"]
    predicted = [tagger.tag_words(s.words) for s in held_out]
    scores = corpus.score([list(s.labels) for s in held_out], predicted)
    return f"GermEval 2014 held-out ({len(held_out)} sentences), strict:\n{report(scores)}"


def speed(folder: Path) -> str:
    texts = []
    for path in sorted(folder.glob("*.tml")):
        match = re.search(r"<TEXT>(.*)</TEXT>", path.read_text(encoding="utf-8"), re.S)
        if match:
            texts.append(re.sub(r"<[^>]+>", "", match.group(1)))
    segmented = [(text, *segment(text)) for text in texts]
    words = sum(len(tokens) for _, _, tokens in segmented)
    started = time.perf_counter()
    find_entities("Laut Budanov (HUR) liefert Nordkorea an Russland.", *segment("Laut Budanov."), "x")
    lines = [f"{len(texts)} texts, {words} tokens; loading model, lexicon and gazetteers: "
             f"{time.perf_counter() - started:.2f} s"]
    for label in ("cold", "warm"):
        started, cpu = time.perf_counter(), time.process_time()
        for text, sentences, tokens in segmented:
            find_entities(text, sentences, tokens, text_key(text))
        elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
        lines.append(f"find_entities {label}: {words / elapsed:,.0f} tokens/s wall, "
                     f"{words / cpu:,.0f} tokens/s CPU")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--germeval", type=Path, required=True)
    parser.add_argument("--speed", type=Path, help="folder of KRAUTS .tml files")
    args = parser.parse_args()
    if args.speed:  # first, so that the loading time is measured
        print(speed(args.speed))
    print(held_out_scores(args.germeval))


if __name__ == "__main__":
    main()
