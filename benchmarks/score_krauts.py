"""Score Lagebild's temporal tagger on KRAUTS (German TimeML gold), TempEval-3 style.

KRAUTS -- "A German Temporally Annotated News Corpus" by Jannik Strötgen,
Anne-Lyse Minard, Lukas Lange, Manuela Speranza and Bernardo Magnini (LREC 2018),
Fondazione Bruno Kessler and Max Planck Institute for Informatics, licensed
CC BY-NC 4.0.  It is *not* shipped with Lagebild; pass the folder that holds
the ``.tml`` files (e.g. ``Dolomiten-100``) on the command line.

Usage::

    python benchmarks/score_krauts.py KRAUTS_DIR [--split held-out|tune|all] [--heideltime]

Input per document: the text between the ``<TEXT>`` tags with all tags removed
and XML entities unescaped; anchor: the DCT value.  Matching follows TempEval-3:
a system expression matches a gold one if their character spans overlap
(relaxed; each gold expression is matched at most once), strict = identical
span; value P/R/F1 counts relaxed matches whose TIMEX3 value is identical.
``--heideltime`` scores the HeidelTime output folder next to KRAUTS_DIR
(``<KRAUTS_DIR>_HeidelTime-output``) the same way, on the same documents.
The tune / held-out split is in ``benchmarks/krauts_split.json`` (chosen with
a fixed random seed before tuning).
"""

from __future__ import annotations

import argparse
import html
import json
import re
import sys
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

_SPLIT_FILE = Path(__file__).with_name("krauts_split.json")
_TAG = re.compile(r"<(/?)([A-Za-z0-9]+)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


@dataclass(frozen=True)
class Span:
    """One temporal expression: character span, type and value."""

    start: int
    end: int
    type: str
    value: str


@dataclass(frozen=True)
class Document:
    """A TimeML document: plain text, anchor and the expressions tagged in it."""

    doc_id: str
    dct: date
    text: str
    spans: tuple[Span, ...]


def parse_tml(path: Path) -> Document:
    """Read an inline TimeML file into plain text plus TIMEX3 spans."""
    raw = path.read_text(encoding="utf-8")
    dct_match = re.search(r"<DCT>.*?value=\"(\d{4}-\d{2}-\d{2})", raw, re.S)
    if dct_match is None:
        raise ValueError(f"{path}: no DCT")
    body = raw.split("<TEXT>", 1)[1].split("</TEXT>", 1)[0]
    parts: list[str] = []
    length = 0
    spans: list[Span] = []
    open_tag: tuple[int, dict[str, str]] | None = None
    position = 0
    for match in _TAG.finditer(body):
        chunk = html.unescape(body[position : match.start()])
        parts.append(chunk)
        length += len(chunk)
        position = match.end()
        if match.group(2) != "TIMEX3":
            continue
        if match.group(1):  # closing tag
            if open_tag is not None:
                start, attrs = open_tag
                spans.append(Span(start, length, attrs.get("type", ""), attrs.get("value", "")))
            open_tag = None
        elif not match.group(3).rstrip().endswith("/"):
            open_tag = (length, dict(_ATTR.findall(match.group(3))))
    parts.append(html.unescape(body[position:]))
    doc_id = path.name.split("_", 1)[0]
    return Document(doc_id, date.fromisoformat(dct_match.group(1)), "".join(parts), tuple(spans))


@dataclass
class Counts:
    """Tallies for precision/recall over a set of documents."""

    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    value: int = 0

    def add(self, gold: tuple[Span, ...], system: tuple[Span, ...]) -> None:
        """Match ``system`` against ``gold`` for one document."""
        self.gold += len(gold)
        self.system += len(system)
        used: set[int] = set()
        for s in system:
            best = _best_overlap(s, gold, used)
            if best is None:
                continue
            used.add(best)
            g = gold[best]
            self.relaxed += 1
            self.strict += (g.start, g.end) == (s.start, s.end)
            self.value += g.value == s.value

    def prf(self, hits: int) -> tuple[float, float, float]:
        """Precision, recall and F1 for ``hits`` correct expressions."""
        p = hits / self.system if self.system else 0.0
        r = hits / self.gold if self.gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _best_overlap(s: Span, gold: tuple[Span, ...], used: set[int]) -> int | None:
    """Index of the unused gold span overlapping ``s`` most (identical spans first)."""
    best, best_overlap = None, 0
    for i, g in enumerate(gold):
        if i in used:
            continue
        overlap = min(s.end, g.end) - max(s.start, g.start)
        if (g.start, g.end) == (s.start, s.end):
            return i
        if overlap > best_overlap:
            best, best_overlap = i, overlap
    return best


def _print_counts(label: str, counts: Counts) -> None:
    print(f"{label}: gold {counts.gold}, system {counts.system}")
    for name, hits in (("strict", counts.strict), ("relaxed", counts.relaxed), ("value", counts.value)):
        p, r, f = counts.prf(hits)
        print(f"  {name:8} P {p:.3f}  R {r:.3f}  F1 {f:.3f}")


def _documents(folder: Path, split: str) -> list[Document]:
    ids: set[str] | None = None
    if split != "all":
        chosen = json.loads(_SPLIT_FILE.read_text(encoding="utf-8"))
        ids = set(chosen["held_out" if split == "held-out" else "tune"])
    paths = sorted(folder.glob("*.tml"))
    return [parse_tml(p) for p in paths if ids is None or p.name.split("_", 1)[0] in ids]


def run_tagger(documents: list[Document]) -> tuple[dict[str, tuple[Span, ...]], float]:
    """Tag every document with Lagebild; returns spans per document and words/s."""
    from lagebild.core.sentences import segment
    from lagebild.core.timex import find_timexes

    segmented = [(doc, *segment(doc.text)) for doc in documents]
    find_timexes("", [], [], None)  # load vocabulary and compile patterns outside the timing
    results: dict[str, tuple[Span, ...]] = {}
    words = sum(len(doc.text.split()) for doc in documents)
    best = float("inf")
    for _ in range(3):  # best of three, in CPU time: the machine may be shared
        began = time.process_time()
        for doc, sentences, tokens in segmented:
            found = find_timexes(doc.text, sentences, tokens, doc.dct)
            results[doc.doc_id] = tuple(Span(t.start, t.end, t.type.value, t.value) for t in found)
        best = min(best, time.process_time() - began)
    return results, words / best if best else float("inf")


def main(argv: list[str] | None = None) -> int:
    """Command-line entry: print strict/relaxed/value P/R/F1 and words/s."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("krauts_dir", type=Path, help="folder with KRAUTS .tml files (e.g. Dolomiten-100)")
    parser.add_argument("--split", choices=("held-out", "tune", "all"), default="held-out")
    parser.add_argument("--heideltime", action="store_true", help="also score HeidelTime's output")
    parser.add_argument("--errors", action="store_true", help="list mismatches (never on held-out while tuning)")
    args = parser.parse_args(argv)

    folder: Path = args.krauts_dir.resolve()
    documents = _documents(folder, args.split)
    print(f"KRAUTS {folder.name}, split {args.split}: {len(documents)} documents")

    tagged, speed = run_tagger(documents)
    counts = Counts()
    for doc in documents:
        counts.add(doc.spans, tagged[doc.doc_id])
        if args.errors:
            _print_errors(doc, tagged[doc.doc_id])
    _print_counts("Lagebild", counts)
    print(f"  speed    {speed:,.0f} words/s (find_timexes only, one core, CPU time)")

    if args.heideltime:
        other = folder.parent / f"{folder.name}_HeidelTime-output"
        theirs = Counts()
        for doc in documents:
            output = parse_tml(other / f"{doc.doc_id}_text.txt.tml")
            if output.text != doc.text:
                print(f"warning: {doc.doc_id}: HeidelTime text differs from gold text", file=sys.stderr)
            theirs.add(doc.spans, output.spans)
        _print_counts("HeidelTime", theirs)
    return 0


def _print_errors(doc: Document, system: tuple[Span, ...]) -> None:
    """Show gold and system expressions that do not agree (for tuning only)."""
    def show(s: Span) -> str:
        left = doc.text[max(0, s.start - 30) : s.start].replace("\n", " ")
        return f"{left:>30}[{doc.text[s.start:s.end]}]{doc.text[s.end:s.end + 20]!s:20} {s.type} {s.value}"

    gold_keys = {(g.start, g.end, g.value) for g in doc.spans}
    sys_keys = {(s.start, s.end, s.value) for s in system}
    for g in doc.spans:
        if (g.start, g.end, g.value) not in sys_keys:
            print(f"{doc.doc_id} {doc.dct} GOLD {show(g)}")
    for s in system:
        if (s.start, s.end, s.value) not in gold_keys:
            print(f"{doc.doc_id} {doc.dct} SYS  {show(s)}")


if __name__ == "__main__":
    sys.exit(main())
