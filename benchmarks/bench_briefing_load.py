"""How long a large briefing takes to save, open, autosave, correct, merge and search.

Builds a briefing of N articles (default 500) from the bundled sample article:
it is extracted once with the real pipeline, then replicated with a numbered
closing sentence (so every copy has its own text, key and IDs), a shifted
publication date and dates shifted to match.  Nothing is downloaded.

Usage::

    python benchmarks/bench_briefing_load.py [--articles 500] [--runs 5] [--keep FOLDER] [--no-gc]
    python benchmarks/bench_briefing_load.py --stages FILE [--runs 7] [--no-gc]

Opening reads the stored extractions; the line "re-extracting instead" says
what opening would cost if it ran the pipeline on every article.

The stage lines split what showing a briefing file costs: opening it
(``BriefingFile.open``: the integrity check, reading the tables, recording the
saved state) and building the window's :class:`BriefingSnapshot` (applying
the corrections, merging entities, grouping events, the lookup tables).  They
give the least CPU time of ``--runs`` runs (on a shared machine the least is
the steadiest figure); ``--stages FILE`` measures only these, for an existing
file.  ``--no-gc`` turns the garbage collector off while measuring (the app
may hold it back while it loads a briefing).
"""

from __future__ import annotations

import argparse
import gc
import statistics
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from lagebild.core import store
from lagebild.core.briefing import Briefing
from lagebild.core.briefing_json import export_json, import_json
from lagebild.core.corrections import (
    NoteEvent,
    RelabelEvent,
    RenameEntity,
    entity_anchor,
    event_anchor,
)
from lagebild.core.crossref import group_events, merge_entities
from lagebild.core.ids import span_id, text_key
from lagebild.core.model import Extraction, Sentence
from lagebild.core.pipeline import extract_file
from lagebild.core.resources import seed_articles
from lagebild.core.search import SearchIndex
from lagebild.core.snapshot import BriefingSnapshot
from lagebild.core.store import BriefingFile, load_briefing, save_briefing

_DAY = 10  # len("2024-01-21")


def replicate(base: Extraction, number: int) -> Extraction:
    """A copy of ``base`` with its own closing sentence, key, IDs and dates."""
    suffix = f"\n\nMeldung {number + 1} des Lagezentrums."
    text = base.article.text + suffix
    key = text_key(text)
    shift = timedelta(days=number % 90)

    def moved(day: date | None) -> date | None:
        return day + shift if day else None

    def value(v: str) -> str:
        if len(v) == _DAY and v[4] == "-" and v[7] == "-":
            return (date.fromisoformat(v) + shift).isoformat()
        return v

    timexes = [replace(t, value=value(t.value), earliest=moved(t.earliest), latest=moved(t.latest)) for t in base.timexes]
    ids = {}
    entities = []
    for entity in base.entities:
        first = entity.mentions[0]
        ids[entity.id] = span_id("e", key, first.start, first.end)
        entities.append(replace(entity, id=ids[entity.id], mentions=list(entity.mentions)))
    events = []
    for event in base.events:
        anchor = timexes[event.timex] if event.timex is not None else base.sentences[event.sentence]
        events.append(
            replace(
                event,
                id=span_id("ev", key, anchor.start, anchor.end),
                date=value(event.date),
                earliest=moved(event.earliest),
                latest=moved(event.latest),
                entities=[ids[i] for i in event.entities],
            )
        )
    article = replace(base.article, text=text, published=moved(base.article.published), warnings=list(base.article.warnings))
    start = len(base.article.text) + 2
    sentences = [*base.sentences, Sentence(start, len(text))]
    return Extraction(article, sentences, timexes, entities, events, list(base.warnings))


def timed(action: Callable[[], object], runs: int = 1) -> tuple[float, object]:
    """Median wall-clock seconds over ``runs`` and the last result (CPU seconds go to ``CPU``)."""
    times, cpu = [], []
    result = None
    for _ in range(runs):
        started, started_cpu = time.perf_counter(), time.process_time()
        result = action()
        times.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
    CPU.append(statistics.median(cpu))
    return statistics.median(times), result


#: CPU seconds of every timed() call, in order: on a busy machine wall time
#: includes waiting for a core, CPU time does not.
CPU: list[float] = []


def least_cpu(action: Callable[[], object], runs: int) -> tuple[float, object]:
    """The least CPU seconds of ``runs`` calls, and the last result."""
    best, result = float("inf"), None
    for _ in range(runs):
        result = None  # the previous result goes before the next is built
        started = time.process_time()
        result = action()
        best = min(best, time.process_time() - started)
    return best, result


def stages(path: Path, runs: int) -> list[tuple[str, str]]:
    """CPU milliseconds of each stage of opening ``path`` and building its snapshot."""
    rows: list[tuple[str, str]] = []

    def row(label: str, seconds: float) -> None:
        rows.append((label, f"{seconds * 1000:8.1f} ms CPU"))

    def check() -> None:
        db = store._connect(path, "ro")
        try:
            db.execute("PRAGMA quick_check").fetchall()
        finally:
            db.close()

    def read() -> tuple[Briefing, list[str]]:
        db = store._connect(path, "ro")
        try:
            return store._read(db)
        finally:
            db.close()

    seconds, (briefing, stored) = least_cpu(read, runs)
    row("open: read and check the tables (_read)", seconds)
    seconds, _ = least_cpu(check, runs)
    row("open: integrity check (PRAGMA quick_check)", seconds)
    seconds, _ = least_cpu(lambda: store._snapshot(briefing, dict(zip(briefing.corrections, stored)), stored), runs)
    row("open: record the saved state (_snapshot)", seconds)
    seconds, _ = least_cpu(lambda: BriefingFile.open(path), runs)
    row("open: BriefingFile.open, all of it", seconds)

    seconds, (view, _) = least_cpu(briefing.corrected, runs)
    row(f"snapshot: apply {len(briefing.corrections)} corrections", seconds)
    seconds, merged = least_cpu(lambda: merge_entities(view), runs)
    row(f"snapshot: merge entities (→ {len(merged)})", seconds)
    grades = {item.key: item.reliability for item in briefing.articles}
    seconds, groups = least_cpu(lambda: group_events(view, merged, grades), runs)
    row(f"snapshot: group events (→ {len(groups)})", seconds)
    seconds, _ = least_cpu(lambda: BriefingSnapshot(briefing), runs)
    row("snapshot: BriefingSnapshot, all of it (with the lookup tables)", seconds)
    return rows


def show(rows: list[tuple[str, str]]) -> None:
    width = max(len(label) for label, _ in rows)
    for label, figure in rows:
        print(f"  {label:<{width}}  {figure}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keep", type=Path, help="write the files into this folder instead of a temporary one")
    parser.add_argument("--stages", type=Path, metavar="FILE", help="only split opening FILE and its snapshot into stages")
    parser.add_argument("--no-gc", action="store_true", help="measure with the garbage collector off")
    options = parser.parse_args()
    if options.no_gc:
        gc.disable()
    if options.stages:
        print(f"{options.stages}: least CPU time of {options.runs} runs{', no GC' if options.no_gc else ''}")
        show(stages(options.stages, options.runs))
        return

    seed = Path(str(seed_articles()[0]))
    extract_seconds, base = timed(lambda: extract_file(seed))
    extract_seconds, base = timed(lambda: extract_file(seed), 3)  # warm: models loaded
    briefing = Briefing(f"Benchmark: {options.articles} Artikel")
    for n in range(options.articles):
        briefing.add_article(replicate(base, n), "ABCDEF"[n % 6] + "123456"[n % 5], extractor="bench")
    for item in briefing.articles:  # three edits per article
        x = item.extraction
        if x.events:
            briefing.corrections.append(RelabelEvent(event_anchor(x, x.events[0]), "Geprüft"))
            briefing.corrections.append(NoteEvent(event_anchor(x, x.events[-1]), "Notiz"))
        if x.entities:
            briefing.corrections.append(RenameEntity(entity_anchor(x, x.entities[0]), x.entities[0].name))

    with tempfile.TemporaryDirectory() as scratch:
        folder = options.keep or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "benchmark.lagebild"
        rows: list[tuple[str, str]] = []

        def row(label: str, seconds: float, unit: str = "ms") -> None:
            scale = 1000 if unit == "ms" else 1
            rows.append((label, f"{seconds * scale:8.1f} {unit}   (CPU {CPU[-1] * scale:8.1f} {unit})"))

        seconds, _ = timed(lambda: save_briefing(path, briefing))
        row("save as new file (temp file + fsync + rename)", seconds)
        rows.append(("file size", f"{path.stat().st_size / 1e6:8.1f} MB"))
        seconds, loaded = timed(lambda: load_briefing(path), options.runs)
        assert loaded == briefing
        row(f"open + load (checks included), median of {options.runs}", seconds)
        rows.append(("re-extracting instead (pipeline × articles, estimate)", f"{extract_seconds * options.articles:8.1f} s"))

        handle, opened = BriefingFile.open(path)
        x = opened.articles[-1].extraction

        def autosave() -> None:
            opened.corrections.append(NoteEvent(event_anchor(x, x.events[0]), f"Notiz {len(opened.corrections)}"))
            handle.save(opened)

        seconds, _ = timed(autosave, options.runs)
        row("autosave of one new correction (one transaction)", seconds)
        seconds, _ = timed(lambda: handle.save(opened), options.runs)
        row("autosave with nothing changed (no write)", seconds)
        handle.close()

        seconds, (view, orphans) = timed(briefing.corrected, options.runs)
        assert not orphans
        row(f"apply {len(briefing.corrections)} corrections", seconds)
        seconds, merged = timed(lambda: briefing.merged_entities(view), options.runs)
        row(f"merge entities ({sum(len(v.entities) for v in view.articles.values())} → {len(merged)})", seconds)
        seconds, groups = timed(lambda: briefing.event_groups(view), options.runs)
        row(f"group events ({sum(len(v.events) for v in view.articles.values())} → {len(groups)})", seconds)

        seconds, index = timed(lambda: SearchIndex.of(a.extraction for a in briefing.articles))
        row("build the search index (FTS5, in memory)", seconds)
        seconds, hits = timed(lambda: index.search("Budanov Waffen", limit=100), options.runs)
        row(f"search 'Budanov Waffen' ({len(hits)} hits, limit 100)", seconds)

        rows += stages(path, options.runs)

        json_path = folder / "benchmark.json"
        seconds, _ = timed(lambda: export_json(briefing, json_path))
        row(f"export JSON ({json_path.stat().st_size / 1e6:.1f} MB)", seconds)
        seconds, _ = timed(lambda: import_json(json_path))
        row("import JSON", seconds)

    print(f"{options.articles} articles, {len(base.events)} events and {len(base.entities)} entities each")
    show(rows)


if __name__ == "__main__":
    main()
