"""GermEval 2014 data: reading, the fixed train/held-out split, strict span scoring.

The shared data hold the official dev split (2,200 sentences) and the first
4,000 sentences of the official test split.  Lagebild trains on dev plus the
first 3,000 test sentences and never tunes on the last 1,000, which are kept
for :mod:`benchmarks.score_germeval`.  Labels use the outer column, ``OTH``
becomes ``MISC``, and ``*deriv``/``*part`` labels become ``O``: an adjective
like "deutschen" or a compound like "EU-Budget" is not a name of its own.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

HELD_OUT = 1000  # last sentences of test-part1, never used for training or tuning
TUNE = 1000  # the 1,000 test-part1 sentences before them, used to pick settings


@dataclass(frozen=True, slots=True)
class Sentence:
    """One annotated sentence: tokens, name labels (BIO) and raw outer labels."""

    words: tuple[str, ...]
    labels: tuple[str, ...]
    raw: tuple[str, ...]


def _name_label(outer: str) -> str:
    if outer == "O" or outer.endswith(("deriv", "part")):
        return "O"
    prefix, kind = outer.split("-", 1)
    return f"{prefix}-{'MISC' if kind == 'OTH' else kind}"


def read_tsv(path: Path) -> list[Sentence]:
    """Sentences of a GermEval file (``index TAB token TAB outer TAB embedded``)."""
    sentences: list[Sentence] = []
    words: list[str] = []
    raw: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        if line.startswith("#"):
            continue
        if not line.strip():
            if words:
                labels = tuple(_name_label(r) for r in raw)
                sentences.append(Sentence(tuple(words), labels, tuple(raw)))
                words, raw = [], []
            continue
        columns = line.split("\t")
        words.append(columns[1])
        raw.append(columns[2])
    return sentences


def splits(germeval: Path) -> dict[str, list[Sentence]]:
    """The fixed splits: ``train`` (all but held-out), ``fit``/``tune`` (for choosing
    settings inside ``train``) and ``held_out``."""
    dev = read_tsv(germeval / "NER-de-dev.tsv")
    test = read_tsv(germeval / "NER-de-test-part1.tsv")
    known, held_out = test[:-HELD_OUT], test[-HELD_OUT:]
    return {
        "train": dev + known,
        "fit": dev + known[:-TUNE],
        "tune": known[-TUNE:],
        "held_out": held_out,
    }


def spans(labels: list[str] | tuple[str, ...]) -> set[tuple[int, int, str]]:
    """``(start, end, type)`` token spans of a BIO sequence (CoNLL: a stray I- opens a span)."""
    found: set[tuple[int, int, str]] = set()
    start, kind = -1, ""
    for i, label in enumerate(list(labels) + ["O"]):
        prefix, _, label_kind = label.partition("-")
        if start >= 0 and (prefix != "I" or label_kind != kind):
            found.add((start, i, kind))
            start = -1
        if prefix == "B" or (prefix == "I" and start < 0):
            start, kind = i, label_kind
    return found


@dataclass(frozen=True, slots=True)
class Score:
    """Strict precision, recall and F1 of one entity type (or all)."""

    precision: float
    recall: float
    f1: float
    gold: int


def score(gold: list[list[str]], predicted: list[list[str]]) -> dict[str, Score]:
    """Strict span+type scores per type and ``ALL`` (CoNLL-style)."""
    tp: Counter[str] = Counter()
    n_gold: Counter[str] = Counter()
    n_pred: Counter[str] = Counter()
    for gold_labels, pred_labels in zip(gold, predicted):
        g, p = spans(gold_labels), spans(pred_labels)
        for s in g:
            n_gold[s[2]] += 1
        for s in p:
            n_pred[s[2]] += 1
        for s in g & p:
            tp[s[2]] += 1
    result = {}
    for kind in sorted(n_gold | n_pred) + ["ALL"]:
        t = sum(tp.values()) if kind == "ALL" else tp[kind]
        ng = sum(n_gold.values()) if kind == "ALL" else n_gold[kind]
        npred = sum(n_pred.values()) if kind == "ALL" else n_pred[kind]
        precision = t / npred if npred else 0.0
        recall = t / ng if ng else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        result[kind] = Score(precision, recall, f1, ng)
    return result
