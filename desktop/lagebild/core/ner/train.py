"""Build the NER resources and train the CRF name tagger on GermEval 2014.

One command rebuilds everything the tagger ships (HanTa lexicon, place
gazetteer, CRF model) from the GermEval 2014 files and installed packages::

    python -m lagebild.core.ner.train --germeval /path/to/germeval2014 --out resources/models/

Training uses the official dev split and the first 3,000 sentences of
``NER-de-test-part1.tsv``; the last 1,000 are held out (see :mod:`corpus`) and
scored by ``benchmarks/score_germeval.py``.  ``--tune`` instead trains on the
fit part and prints scores on the tuning part, to choose settings without
looking at the held-out sentences.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from lagebild.core.ner import corpus, gazetteer, lexicon
from lagebild.core.ner.features import sentence_features

MODEL = "ner-de.crfsuite"
RESOURCES = Path(__file__).resolve().parents[4] / "resources"


def train(sentences: list[corpus.Sentence], model: Path, c1: float, c2: float,
          iterations: int, min_freq: int) -> None:
    """Fit a CRF (L-BFGS, elastic net) on ``sentences`` and save it to ``model``."""
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for sentence in sentences:
        trainer.append(sentence_features(sentence.words), list(sentence.labels))
    trainer.set_params({
        "c1": c1,
        "c2": c2,
        "max_iterations": iterations,
        "feature.minfreq": min_freq,
        "feature.possible_transitions": True,
    })
    trainer.train(str(model))


def predict(sentences: list[corpus.Sentence], model: Path) -> list[list[str]]:
    """Labels the model at ``model`` gives each sentence."""
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    return [tagger.tag(sentence_features(s.words)) for s in sentences]


def report(scores: dict[str, corpus.Score]) -> str:
    """A small table of strict P/R/F1 per type."""
    rows = [f"{'type':5} {'P':>6} {'R':>6} {'F1':>6} {'gold':>5}"]
    for kind, s in scores.items():
        rows.append(f"{kind:5} {100 * s.precision:6.2f} {100 * s.recall:6.2f} "
                    f"{100 * s.f1:6.2f} {s.gold:5d}")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--germeval", type=Path, required=True, help="folder with NER-de-*.tsv")
    parser.add_argument("--out", type=Path, default=RESOURCES / "models")
    parser.add_argument("--c1", type=float, default=0.05)
    parser.add_argument("--c2", type=float, default=0.05)
    parser.add_argument("--iterations", type=int, default=200)
    parser.add_argument("--min-freq", type=int, default=1)
    parser.add_argument("--tune", action="store_true", help="train on fit, score on tune")
    parser.add_argument("--keep-resources", action="store_true",
                        help="do not rebuild the lexicon and gazetteer")
    args = parser.parse_args(argv)

    if not args.keep_resources:
        print("lexicon:", lexicon.build(RESOURCES / lexicon.LEXICON), "words")
        print("gazetteer:", gazetteer.build(RESOURCES / gazetteer.PLACES), "places")
    data = corpus.splits(args.germeval)
    fit, model = (data["fit"], Path("/tmp/ner-tune.crfsuite")) if args.tune else (
        data["train"], args.out / MODEL)
    started = time.perf_counter()
    train(fit, model, args.c1, args.c2, args.iterations, args.min_freq)
    print(f"trained on {len(fit)} sentences in {time.perf_counter() - started:.0f} s, "
          f"model {model.stat().st_size / 1e6:.1f} MB")
    if args.tune:
        gold = data["tune"]
        print(report(corpus.score([list(s.labels) for s in gold], predict(gold, model))))


if __name__ == "__main__":
    main()
