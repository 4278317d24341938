"""Score Lagebild's extraction against hand-annotated German articles.

Usage::

    python benchmarks/score_extraction.py PATH [PATH ...] [--json] [--verbose] [--text-dir DIR]

Each PATH is an ``*.expected.json`` file or a folder of them.  The gold data
in this repository: ``tests/data/news/`` (official German press releases,
sources and licences in the README there) and the seed
``tests/data/nordkorea-waffenlieferant.de.expected.json`` (its text is in
``seeds/``).  An expected file names its article (``document``); the text is
looked for beside the expected file, then in ``seeds/``, then in every
``--text-dir``.  The extractor runs as the app does:
``extract_file(text, published=dct)``.

Expected files count sentences from 1; :class:`~lagebild.core.model.Extraction`
counts from 0.  All matching is done on character offsets, so a different
sentence segmentation costs only the sentence figures:

* **Anchoring gold items.**  A gold timex is the k-th word-bounded occurrence
  of its ``text`` inside its gold sentence (``sentence_spans``, optional
  ``[start, end]`` offsets per sentence); without spans (the seed) gold
  timexes are anchored in reading order, each at the first occurrence after
  the previous sentence's ones.  A gold event is anchored at its
  ``sentence_contains`` piece.  Gold items that cannot be anchored are
  counted as misses and listed.
* **Sentences.**  Whether the counts agree; with gold spans also boundary
  P/R/F1 (a system sentence is right if its whitespace-trimmed span is a gold
  sentence span).
* **Timexes** (TempEval-3): *strict* = identical span, *relaxed* = overlapping
  spans (one-to-one, largest overlap first), *value* = relaxed match with the
  identical TIMEX3 value (P over system timexes, R over gold ones); type
  accuracy over relaxed matches when the gold gives types.
* **Entities.**  Only system entities with at least one NAME mention take
  part.  A gold entity and a system entity of the same type match *strictly*
  if one of the system entity's NAME mention texts (or its name) equals one
  of the gold mentions (or the gold name) after collapsing whitespace, and
  *relaxed* if one such form contains the other at word boundaries
  ("Dr. Frank-Walter Steinmeier" / "Frank-Walter Steinmeier").  Matching is
  one-to-one, pairs sharing the most forms first: an entity the system split
  in two counts once as found and once as a false positive.
* **Events.**  A gold event matches a system event with the identical date
  value whose sentence contains the gold anchor (one-to-one).  Secondary
  figures over matched pairs: participant P/R/F1 (gold participant names
  against the system event's entities, named through the strict entity
  matching) and label recall (share of the gold summary's content words, by
  their first five letters, found in the system label) -- a rough signal
  only.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from lagebild.core.model import Entity, Extraction, MentionKind

REPO = Path(__file__).resolve().parents[1]
SEED_DIR = REPO / "seeds"

Span = tuple[int, int]


# --------------------------------------------------------------------- gold


@dataclass(frozen=True)
class GoldTimex:
    """A gold temporal expression; ``sentence`` counts from 1."""

    text: str
    value: str
    sentence: int
    type: str | None = None


@dataclass(frozen=True)
class GoldEntity:
    """A gold entity with the surface forms that name it."""

    name: str
    type: str
    mentions: tuple[str, ...]


@dataclass(frozen=True)
class GoldEvent:
    """A gold event, anchored by a verbatim piece of its sentence."""

    date: str
    sentence: int
    entities: tuple[str, ...]
    summary: str
    sentence_contains: str


@dataclass
class Gold:
    """One expected file and the article text it annotates."""

    path: Path
    document: str
    dct: date
    text: str
    sentences: int
    sentence_spans: list[Span] | None
    timexes: list[GoldTimex]
    entities: list[GoldEntity]
    events: list[GoldEvent]


def find_text(expected: Path, document: str, text_dirs: Sequence[Path] = ()) -> Path:
    """The article file an expected file names: beside it, in ``seeds/``, or in ``text_dirs``."""
    for folder in (expected.parent, SEED_DIR, *text_dirs):
        candidate = folder / document
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(f"{expected}: article {document!r} not found beside it, in seeds/ or --text-dir")


def parse_gold(data: dict[str, Any], text: str, path: Path = Path("<memory>")) -> Gold:
    """Gold annotations from the JSON object of an expected file."""
    spans = data.get("sentence_spans")
    return Gold(
        path=path,
        document=str(data.get("document", path.name)),
        dct=date.fromisoformat(data["dct"]),
        text=text,
        sentences=int(data["sentences"]),
        sentence_spans=[(int(a), int(b)) for a, b in spans] if spans else None,
        timexes=[GoldTimex(t["text"], t["value"], int(t["sentence"]), t.get("type")) for t in data["timexes"]],
        entities=[GoldEntity(e["name"], e["type"], tuple(e["mentions"])) for e in data["entities"]],
        events=[
            GoldEvent(v["date"], int(v["sentence"]), tuple(v["entities"]), v["summary"], v["sentence_contains"])
            for v in data["events"]
        ],
    )


def load_gold(expected: Path, text_dirs: Sequence[Path] = ()) -> tuple[Gold, Path]:
    """Read an expected file and its article text; returns the gold and the text's path."""
    data = json.loads(expected.read_text(encoding="utf-8"))
    text_path = find_text(expected, data["document"], text_dirs)
    return parse_gold(data, text_path.read_text(encoding="utf-8"), expected), text_path


# ---------------------------------------------------------------- anchoring


def occurrences(haystack: str, needle: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Word-bounded occurrences of ``needle`` in ``haystack[start:end]`` as absolute spans."""
    end = len(haystack) if end is None else end
    pattern = re.compile(r"(?<!\w)" + re.escape(needle) + r"(?!\w)")
    return [(m.start(), m.end()) for m in pattern.finditer(haystack, start, end)]


def anchor_timexes(gold: Gold) -> list[Span | None]:
    """Character spans of the gold timexes (``None`` where the text is not found).

    Within a sentence longer texts are placed first and no two gold timexes
    overlap, so ``24. Juni`` does not land inside ``24. Juni 2016``.
    """
    anchored: list[Span | None] = [None] * len(gold.timexes)
    order = sorted(range(len(gold.timexes)), key=lambda i: (gold.timexes[i].sentence, -len(gold.timexes[i].text)))
    used: list[Span] = []
    cursor = 0
    current_sentence = 0
    group_start = 0
    for index in order:
        timex = gold.timexes[index]
        if gold.sentence_spans is not None:
            if not 1 <= timex.sentence <= len(gold.sentence_spans):
                continue
            lo, hi = gold.sentence_spans[timex.sentence - 1]
        else:  # reading order: search after the previous sentence's anchors
            if timex.sentence != current_sentence:
                current_sentence, group_start = timex.sentence, cursor
            lo, hi = group_start, len(gold.text)
        for span in occurrences(gold.text, timex.text, lo, hi):
            if not any(span[0] < b and a < span[1] for a, b in used):
                used.append(span)
                anchored[index] = span
                cursor = max(cursor, span[1])
                break
    return anchored


def anchor_event(gold: Gold, event: GoldEvent) -> int | None:
    """Offset of the gold event's ``sentence_contains`` piece in the text."""
    lo, hi = 0, len(gold.text)
    if gold.sentence_spans is not None and 1 <= event.sentence <= len(gold.sentence_spans):
        lo, hi = gold.sentence_spans[event.sentence - 1]
    found = gold.text.find(event.sentence_contains, lo, hi)
    return found if found >= 0 else None


def trimmed(text: str, span: Span) -> Span:
    """``span`` without surrounding whitespace."""
    start, end = span
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# ------------------------------------------------------------------ scoring


@dataclass
class Counts:
    """True positives against the sizes of the system and gold sets."""

    tp: int = 0
    system: int = 0
    gold: int = 0

    def add(self, other: Counts) -> None:
        """Accumulate ``other`` (micro-averaging)."""
        self.tp += other.tp
        self.system += other.system
        self.gold += other.gold

    def as_dict(self) -> dict[str, float | int]:
        """Counts with precision, recall and F1 (0 where undefined)."""
        p = self.tp / self.system if self.system else 0.0
        r = self.tp / self.gold if self.gold else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        return {"tp": self.tp, "system": self.system, "gold": self.gold, "p": p, "r": r, "f1": f1}


def one_to_one(pairs: Iterable[tuple[float, int, int]]) -> dict[int, int]:
    """Greedy one-to-one matching of (score, gold, system) pairs, best score first."""
    matched: dict[int, int] = {}
    taken: set[int] = set()
    for _score, g, s in sorted(pairs, key=lambda p: (-p[0], p[1], p[2])):
        if g not in matched and s not in taken:
            matched[g] = s
            taken.add(s)
    return matched


@dataclass
class DocumentScore:
    """All figures for one document, plus what was missed (for ``--verbose``)."""

    name: str
    sentences_gold: int
    sentences_system: int
    boundaries: Counts | None
    timex_strict: Counts
    timex_relaxed: Counts
    timex_value: Counts
    timex_type_right: int
    timex_type_total: int
    entity_strict: Counts
    entity_relaxed: Counts
    events: Counts
    participants: Counts
    label_recall_sum: float
    label_recall_n: int
    misses: dict[str, list[str]] = field(default_factory=dict)

    @classmethod
    def empty(cls, name: str) -> DocumentScore:
        """All counts zero (the start of a micro-average)."""
        return cls(name, 0, 0, None, Counts(), Counts(), Counts(), 0, 0, Counts(), Counts(), Counts(), Counts(), 0.0, 0)

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready figures."""
        return {
            "document": self.name,
            "sentences": {
                "gold": self.sentences_gold,
                "system": self.sentences_system,
                "match": self.sentences_gold == self.sentences_system,
                "boundaries": self.boundaries.as_dict() if self.boundaries else None,
            },
            "timexes": {
                "strict": self.timex_strict.as_dict(),
                "relaxed": self.timex_relaxed.as_dict(),
                "value": self.timex_value.as_dict(),
                "type_accuracy": self.timex_type_right / self.timex_type_total if self.timex_type_total else None,
            },
            "entities": {"strict": self.entity_strict.as_dict(), "relaxed": self.entity_relaxed.as_dict()},
            "events": {
                "match": self.events.as_dict(),
                "participants": self.participants.as_dict(),
                "label_recall": self.label_recall_sum / self.label_recall_n if self.label_recall_n else None,
            },
            "misses": self.misses,
        }


def score_sentences(gold: Gold, extraction: Extraction) -> Counts | None:
    """Boundary counts when the gold gives sentence spans."""
    if gold.sentence_spans is None:
        return None
    gold_set = {trimmed(gold.text, span) for span in gold.sentence_spans}
    system = [trimmed(gold.text, (s.start, s.end)) for s in extraction.sentences]
    system = [span for span in system if span[0] < span[1]]
    return Counts(sum(1 for span in system if span in gold_set), len(system), len(gold_set))


def score_timexes(
    gold: Gold, extraction: Extraction, misses: dict[str, list[str]]
) -> tuple[Counts, Counts, Counts, tuple[int, int]]:
    """Strict, relaxed and value counts, and the type tally (right, typed matches)."""
    anchored = anchor_timexes(gold)
    system = [(t.start, t.end) for t in extraction.timexes]
    n_sys, n_gold = len(system), len(gold.timexes)
    strict_pairs = [(1.0, g, s) for g, a in enumerate(anchored) if a for s, b in enumerate(system) if a == b]
    relaxed_pairs = [
        (min(a[1], b[1]) - max(a[0], b[0]), g, s)
        for g, a in enumerate(anchored)
        if a
        for s, b in enumerate(system)
        if a[0] < b[1] and b[0] < a[1]
    ]
    strict = one_to_one(strict_pairs)
    relaxed = one_to_one(relaxed_pairs)
    value_tp = sum(1 for g, s in relaxed.items() if extraction.timexes[s].value == gold.timexes[g].value)
    typed = [(g, s) for g, s in relaxed.items() if gold.timexes[g].type]
    type_right = sum(1 for g, s in typed if _kind(extraction.timexes[s].type) == gold.timexes[g].type)
    for g, timex in enumerate(gold.timexes):
        where = f"s{timex.sentence} {timex.text!r}={timex.value}"
        if anchored[g] is None:
            misses.setdefault("timex_unanchored", []).append(where)
        elif g not in relaxed:
            misses.setdefault("timex_missed", []).append(where)
        elif extraction.timexes[relaxed[g]].value != timex.value:
            got = extraction.timexes[relaxed[g]]
            misses.setdefault("timex_wrong_value", []).append(f"{where} got {got.text!r}={got.value}")
    matched_system = set(relaxed.values())
    for s, t in enumerate(extraction.timexes):
        if s not in matched_system:
            misses.setdefault("timex_spurious", []).append(f"s{t.sentence + 1} {t.text!r}={t.value}")
    return (
        Counts(len(strict), n_sys, n_gold),
        Counts(len(relaxed), n_sys, n_gold),
        Counts(value_tp, n_sys, n_gold),
        (type_right, len(typed)),
    )


def _kind(value: object) -> str:
    """An enum member's value, or the string itself."""
    return str(getattr(value, "value", value))


def _norm(form: str) -> str:
    return " ".join(form.split())


def system_forms(entity: Entity) -> set[str]:
    """The NAME surface forms of a system entity, plus its name."""
    forms = {_norm(m.text) for m in entity.mentions if m.kind is MentionKind.NAME}
    return (forms | {_norm(entity.name)}) if forms else set()


def gold_forms(entity: GoldEntity) -> set[str]:
    """The surface forms of a gold entity, plus its name."""
    return {_norm(m) for m in entity.mentions} | {_norm(entity.name)}


def contains_word(longer: str, shorter: str) -> bool:
    """Whether ``shorter`` occurs in ``longer`` at word boundaries."""
    return bool(shorter) and bool(occurrences(longer, shorter))


def match_entities(gold: Gold, extraction: Extraction, relaxed: bool) -> tuple[dict[int, int], list[int]]:
    """Gold index → system index, and the indices of the scored system entities."""
    scored = [i for i, e in enumerate(extraction.entities) if system_forms(e)]
    pairs: list[tuple[float, int, int]] = []
    for g, gold_entity in enumerate(gold.entities):
        forms = gold_forms(gold_entity)
        for s in scored:
            entity = extraction.entities[s]
            if _kind(entity.type) != gold_entity.type:
                continue
            theirs = system_forms(entity)
            shared = len(forms & theirs)
            if not shared and relaxed:
                shared = sum(1 for a in forms for b in theirs if contains_word(a, b) or contains_word(b, a))
            if shared:
                pairs.append((float(shared), g, s))
    return one_to_one(pairs), scored


def score_entities(gold: Gold, extraction: Extraction, misses: dict[str, list[str]]) -> tuple[Counts, Counts, dict[int, int]]:
    """Strict and relaxed counts, and the strict gold → system entity matching."""
    strict, scored = match_entities(gold, extraction, relaxed=False)
    relaxed, _ = match_entities(gold, extraction, relaxed=True)
    for g, entity in enumerate(gold.entities):
        if g not in relaxed:
            misses.setdefault("entity_missed", []).append(f"{entity.type} {entity.name}")
    taken = set(relaxed.values())
    for s in scored:
        if s not in taken:
            entity = extraction.entities[s]
            forms = system_forms(entity)
            duplicate = any(
                _kind(entity.type) == gold.entities[g].type and forms & gold_forms(gold.entities[g]) for g in relaxed
            )
            kind = "entity_unmerged" if duplicate else "entity_spurious"
            misses.setdefault(kind, []).append(f"{_kind(entity.type)} {entity.name}")
    n_gold = len(gold.entities)
    return Counts(len(strict), len(scored), n_gold), Counts(len(relaxed), len(scored), n_gold), strict


def content_words(text: str) -> set[str]:
    """Lower-cased first five letters of the words of four letters or more."""
    return {w.lower()[:5] for w in re.findall(r"\w+", text) if len(w) >= 4}


def score_events(
    gold: Gold, extraction: Extraction, entity_match: dict[int, int], misses: dict[str, list[str]]
) -> tuple[Counts, Counts, float, int]:
    """Event counts, participant counts over matched pairs, and label recall (sum, n)."""
    pairs: list[tuple[float, int, int]] = []
    for g, event in enumerate(gold.events):
        anchor = anchor_event(gold, event)
        if anchor is None:
            misses.setdefault("event_unanchored", []).append(f"s{event.sentence} {event.sentence_contains!r}")
            continue
        for s, candidate in enumerate(extraction.events):
            if candidate.date != event.date or not 0 <= candidate.sentence < len(extraction.sentences):
                continue
            sentence = extraction.sentences[candidate.sentence]
            if sentence.start <= anchor < sentence.end:
                pairs.append((1.0, g, s))
    matched = one_to_one(pairs)
    name_of_system = {s: gold.entities[g].name for g, s in entity_match.items()}
    index_of_id = {e.id: i for i, e in enumerate(extraction.entities)}
    participants = Counts()
    recall_sum, recall_n = 0.0, 0
    for g, s in matched.items():
        expected = set(gold.events[g].entities)
        found = set()
        for entity_id in extraction.events[s].entities:
            index = index_of_id.get(entity_id)
            if index is not None:
                found.add(name_of_system.get(index, f"<{extraction.entities[index].name}>"))
        participants.add(Counts(len(expected & found), len(found), len(expected)))
        words = content_words(gold.events[g].summary)
        if words:
            recall_sum += len(words & content_words(extraction.events[s].label)) / len(words)
            recall_n += 1
    for g, event in enumerate(gold.events):
        if g not in matched:
            misses.setdefault("event_missed", []).append(f"s{event.sentence} {event.date} {event.summary}")
    for s, event in enumerate(extraction.events):
        if s not in matched.values():
            misses.setdefault("event_spurious", []).append(f"s{event.sentence + 1} {event.date} {event.label}")
    return Counts(len(matched), len(extraction.events), len(gold.events)), participants, recall_sum, recall_n


def score_document(gold: Gold, extraction: Extraction, name: str | None = None) -> DocumentScore:
    """Score one extraction against its gold annotations."""
    if extraction.article.text.rstrip() != gold.text.rstrip():
        raise ValueError(f"{name or gold.document}: the extraction is of another text than the gold (offsets differ)")
    misses: dict[str, list[str]] = {}
    strict, relaxed, value, typed = score_timexes(gold, extraction, misses)
    ent_strict, ent_relaxed, entity_match = score_entities(gold, extraction, misses)
    events, participants, recall_sum, recall_n = score_events(gold, extraction, entity_match, misses)
    return DocumentScore(
        name=name or gold.document,
        sentences_gold=gold.sentences,
        sentences_system=len(extraction.sentences),
        boundaries=score_sentences(gold, extraction),
        timex_strict=strict,
        timex_relaxed=relaxed,
        timex_value=value,
        timex_type_right=typed[0],
        timex_type_total=typed[1],
        entity_strict=ent_strict,
        entity_relaxed=ent_relaxed,
        events=events,
        participants=participants,
        label_recall_sum=recall_sum,
        label_recall_n=recall_n,
        misses=misses,
    )


def micro(scores: Sequence[DocumentScore]) -> DocumentScore:
    """Micro-average: counts summed over documents."""
    total = DocumentScore.empty("MICRO")
    boundaries = Counts()
    has_boundaries = False
    for score in scores:
        total.sentences_gold += score.sentences_gold
        total.sentences_system += score.sentences_system
        if score.boundaries is not None:
            boundaries.add(score.boundaries)
            has_boundaries = True
        for name in ("timex_strict", "timex_relaxed", "timex_value", "entity_strict", "entity_relaxed", "events", "participants"):
            getattr(total, name).add(getattr(score, name))
        total.timex_type_right += score.timex_type_right
        total.timex_type_total += score.timex_type_total
        total.label_recall_sum += score.label_recall_sum
        total.label_recall_n += score.label_recall_n
    total.boundaries = boundaries if has_boundaries else None
    return total


# ------------------------------------------------------------------- report


def expected_files(paths: Iterable[Path]) -> list[Path]:
    """The expected files named or held (not recursively) by ``paths``."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(path.glob("*.expected.json")))
        elif path.is_file():
            found.append(path)
        else:
            raise FileNotFoundError(f"{path}: no such file or folder")
    return found


def table(scores: Sequence[DocumentScore], total: DocumentScore) -> str:
    """A plain-text table of F1 figures per document and the micro-averaged P/R/F1."""

    def f(counts: Counts) -> str:
        return f"{counts.as_dict()['f1']:.2f}"

    header = f"{'document':44} {'sent g/s':>9} {'tx-str':>6} {'tx-rel':>6} {'tx-val':>6} {'en-str':>6} {'en-rel':>6} {'events':>6} {'partic':>6}"
    lines = [header, "-" * len(header)]
    for s in [*scores, total]:
        sent = f"{s.sentences_gold}/{s.sentences_system}" + ("" if s.sentences_gold == s.sentences_system else "!")
        lines.append(
            f"{s.name[:44]:44} {sent:>9} {f(s.timex_strict):>6} {f(s.timex_relaxed):>6} {f(s.timex_value):>6} "
            f"{f(s.entity_strict):>6} {f(s.entity_relaxed):>6} {f(s.events):>6} {f(s.participants):>6}"
        )
    lines.append("")
    lines.append("micro-averaged      P      R     F1   (tp / system / gold)")
    rows = [
        ("timex strict", total.timex_strict),
        ("timex relaxed", total.timex_relaxed),
        ("timex value", total.timex_value),
        ("entities strict", total.entity_strict),
        ("entities relaxed", total.entity_relaxed),
        ("events", total.events),
        ("event participants", total.participants),
    ]
    if total.boundaries is not None:
        rows.insert(0, ("sentence boundaries", total.boundaries))
    for label, counts in rows:
        d = counts.as_dict()
        lines.append(f"{label:19} {d['p']:.3f}  {d['r']:.3f}  {d['f1']:.3f}   ({d['tp']} / {d['system']} / {d['gold']})")
    matching = sum(1 for s in scores if s.sentences_gold == s.sentences_system)
    lines.append(f"sentence counts agree in {matching} of {len(scores)} documents")
    if total.timex_type_total:
        lines.append(f"timex type accuracy {total.timex_type_right / total.timex_type_total:.3f} ({total.timex_type_total} typed matches)")
    if total.label_recall_n:
        lines.append(f"event label recall {total.label_recall_sum / total.label_recall_n:.3f} (over {total.label_recall_n} matched events)")
    return "\n".join(lines)


def run(paths: Sequence[Path], text_dirs: Sequence[Path] = ()) -> list[DocumentScore]:
    """Extract every article named by the expected files and score it."""
    from lagebild.core.pipeline import extract_file

    scores = []
    for expected in expected_files(paths):
        gold, text_path = load_gold(expected, text_dirs)
        extraction = extract_file(text_path, published=gold.dct)
        scores.append(score_document(gold, extraction, expected.name.removesuffix(".expected.json")))
    return scores


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="+", type=Path, help="*.expected.json files or folders holding them")
    parser.add_argument("--json", action="store_true", help="print machine-readable JSON instead of the table")
    parser.add_argument("--verbose", action="store_true", help="list missed and spurious items per document")
    parser.add_argument("--text-dir", action="append", type=Path, default=[], help="another folder to look for article texts in")
    args = parser.parse_args(argv)
    try:
        scores = run(args.paths, args.text_dir)
    except (FileNotFoundError, KeyError, ValueError, json.JSONDecodeError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    if not scores:
        print("error: no expected files found", file=sys.stderr)
        return 2
    total = micro(scores)
    if args.json:
        report = {"files": [s.as_dict() for s in scores], "micro": total.as_dict()}
        report["micro"]["sentences"]["documents_matching"] = sum(1 for s in scores if s.sentences_gold == s.sentences_system)
        del report["micro"]["misses"]
        print(json.dumps(report, ensure_ascii=False, indent=1))
        return 0
    print(table(scores, total))
    if args.verbose:
        for score in scores:
            if score.misses:
                print(f"\n== {score.name}")
                for kind, items in score.misses.items():
                    for item in items:
                        print(f"  {kind:18} {item}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
