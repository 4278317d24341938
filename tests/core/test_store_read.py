"""Reading a briefing file the fast way gives what the plain way gives: the same objects for
good files, the same refusal for bad ones."""

from __future__ import annotations

import json
import pickle
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
from briefing_samples import agency_report, edited_briefing, ft_report
from lagebild.core import store
from lagebild.core.briefing import check_extraction
from lagebild.core.model import (
    Entity,
    Event,
    Extraction,
    Mention,
    MentionKind,
    Sentence,
    Timex,
    TimexType,
)
from lagebild.core.store import BriefingFile, BriefingFileError, save_briefing


def reference_check(extraction: Extraction) -> None:
    """check_extraction as first written: one span at a time."""
    size = len(extraction.article.text)
    count = len(extraction.sentences)

    def fits(start: object, end: object) -> bool:
        return type(start) is int and type(end) is int and 0 <= start <= end <= size  # type: ignore[operator]

    def within(sentence: object) -> bool:
        return type(sentence) is int and 0 <= sentence < count  # type: ignore[operator]

    for s in extraction.sentences:
        if not fits(s.start, s.end):
            raise ValueError(f"a sentence at {s.start}–{s.end} lies outside the text")
    spans = [(t.start, t.end, t.sentence, "a date") for t in extraction.timexes]
    spans += [(m.start, m.end, m.sentence, "a mention") for e in extraction.entities for m in e.mentions]
    for start, end, sentence, what in spans:
        if not (fits(start, end) and within(sentence)):
            raise ValueError(f"{what} at {start}–{end} (sentence {sentence}) lies outside the text")
    for event in extraction.events:
        if not within(event.sentence):
            raise ValueError(f"event {event.id} names sentence {event.sentence} of {count}")
        if event.timex is not None and not (type(event.timex) is int and 0 <= event.timex < len(extraction.timexes)):
            raise ValueError(f"event {event.id} names date {event.timex} of {len(extraction.timexes)}")


def outcome(check, extraction: Extraction) -> str | None:
    try:
        check(extraction)
    except ValueError as error:
        return str(error)
    return None


BAD_VALUES = [-1, 10**6, 1.0, True, None, "3"]


def damaged_variants(x: Extraction):
    """The extraction with one span, sentence or date index replaced by each bad value, and the edge values."""
    size, count = len(x.article.text), len(x.sentences)
    yield x
    for value in [*BAD_VALUES, 0, size, size - 1]:
        for n in (0, len(x.sentences) - 1):
            for name in ("start", "end"):
                sentences = list(x.sentences)
                sentences[n] = replace(sentences[n], **{name: value})
                yield replace(x, sentences=sentences)
        for n in (0, len(x.timexes) - 1):
            for name in ("start", "end", "sentence"):
                timexes = list(x.timexes)
                timexes[n] = replace(timexes[n], **{name: value})
                yield replace(x, timexes=timexes)
        for e in (0, len(x.entities) - 1):
            for name in ("start", "end", "sentence"):
                entities = list(x.entities)
                mentions = list(entities[e].mentions)
                mentions[-1] = replace(mentions[-1], **{name: value})
                entities[e] = replace(entities[e], mentions=mentions)
                yield replace(x, entities=entities)
        for n in (0, len(x.events) - 1):
            for name in ("sentence", "timex"):
                events = list(x.events)
                events[n] = replace(events[n], **{name: value})
                yield replace(x, events=events)
    for value in (count, len(x.timexes)):
        events = [replace(x.events[0], sentence=value, timex=value)]
        yield replace(x, events=events)
    yield replace(x, sentences=[], timexes=[], entities=[], events=[])
    yield replace(x, sentences=[Sentence(5, 4)])  # start after end
    yield replace(x, timexes=[replace(x.timexes[0], start=x.timexes[0].end + 1)])
    yield replace(x, events=[replace(x.events[0], timex=None)])


@pytest.mark.parametrize("make", [ft_report, agency_report])
def test_check_extraction_gives_the_verdict_and_message_of_the_span_by_span_check(make):
    checked = 0
    for variant in damaged_variants(make()):
        assert outcome(check_extraction, variant) == outcome(reference_check, variant)
        checked += 1
    assert checked > 150


@pytest.mark.parametrize(
    "text",
    ['["e-1", "e-2"]', "[]", ' ["e-1"]', '["e-1"] ', '["e-1"]\n', '"abc"', '{"a": 1}', "[1, 2.5, null, true]",
     '["\\u00fc", "ü"]', "\ufeff[]", "", "[", '["a"] ["b"]', '["a"],["b"]', "NaN", "[Infinity]", b'["e-1"]', 5],
)
def test_stored_json_reads_as_json_loads_reads_it(text):
    def result(load):
        try:
            return ("value", load(text))
        except (ValueError, TypeError) as error:
            return (type(error), str(error))

    assert result(store._json) == result(json.loads)


def test_objects_built_column_by_column_equal_those_built_by_their_constructor():
    rows = [(0, 9, "Nordkorea", 0, MentionKind.NAME), (31, 45, "Kyrylo Budanov", 0, MentionKind.DERIVED)]
    built = store._build(Mention, len(rows), *zip(*rows))
    assert built == [Mention(*row) for row in rows]
    assert all(type(m) is Mention for m in built)
    assert pickle.loads(pickle.dumps(built)) == built
    assert hash(built[0]) == hash(Mention(*rows[0]))
    timex = (3, 13, "21. Januar", TimexType.DATE, "2024-01-21", None, None, 1)
    assert store._build(Timex, 1, *([v] for v in timex)) == [Timex(*timex)]
    assert store._build(Sentence, 0, (), ()) == []
    # classes that are no frozen slots dataclass of exactly these fields go through __init__
    assert store._build(Mention, 1, [1], [2], ["x"], [0]) == [Mention(1, 2, "x", 0)]
    entity = ("e-1", "HUR", "ORG", [])
    assert store._build(Entity, 1, *([v] for v in entity)) == [Entity(*entity)]


def sql(path: Path, statement: str) -> None:
    db = sqlite3.connect(path, isolation_level=None)
    try:
        db.executescript(statement)
    finally:
        db.close()


def test_a_briefing_reads_back_equal_with_fresh_lists_and_one_object_per_row(tmp_path: Path):
    path = tmp_path / "lage.lagebild"
    briefing = edited_briefing()
    save_briefing(path, briefing)
    handle, loaded = BriefingFile.open(path)
    handle.close()
    assert loaded == briefing
    lists = [
        lst
        for item in loaded.articles
        for lst in (item.extraction.sentences, item.extraction.timexes, item.extraction.entities, item.extraction.events)
    ]
    lists += [e.mentions for item in loaded.articles for e in item.extraction.entities]
    lists += [ev.entities for item in loaded.articles for ev in item.extraction.events]
    assert len({id(lst) for lst in lists}) == len(lists)  # no list shared between objects
    assert pickle.loads(pickle.dumps(loaded)) == loaded


@pytest.mark.parametrize(
    "statement, message",
    [
        ("UPDATE sentence SET start = 1.5 WHERE idx = 1", r"a sentence at 1\.5–"),
        ("UPDATE sentence SET stop = 'x' WHERE idx = 0", "a sentence at 0–x lies outside the text"),
        ("UPDATE timex SET sentence = 99 WHERE idx = 0", r"a date at .* \(sentence 99\) lies outside the text"),
        ("UPDATE mention SET start = 2.5 WHERE idx = 0", r"a mention at 2\.5–"),
        ("UPDATE mention SET kind = 'adjective' WHERE idx = 0", r"unknown value 'adjective'"),
        ("UPDATE timex SET type = 'EPOCH' WHERE idx = 0", r"unknown value 'EPOCH'"),
        ("UPDATE entity SET type = 'GPE' WHERE idx = 0", r"unknown value 'GPE'"),
        ("UPDATE timex SET earliest = '2024-13-01' WHERE idx = 0", "month must be in 1..12"),
        ("UPDATE event SET latest = x'00' WHERE idx = 0", "argument must be str"),
        ("UPDATE event SET entities = '[\"e-1\"' WHERE idx = 0", "Expecting"),
        ("UPDATE event SET entities = '[\"e-1\"] x' WHERE idx = 0", "Extra data"),
        ("UPDATE event SET sentence = -1 WHERE idx = 0", "names sentence -1 of"),
        ("UPDATE article SET article_warnings = '' WHERE position = 0", "Expecting value"),
        ("UPDATE mention SET stop = 100000 WHERE idx = 1", r"a mention at \d+–100000"),
        ("UPDATE mention SET sentence = 7 WHERE idx = 0", r"a mention at .* \(sentence 7\)"),
        ("UPDATE timex SET stop = start - 1 WHERE idx = 0", "a date at .* lies outside the text"),
        ("UPDATE timex SET idx = 5 WHERE idx = 1; UPDATE event SET timex = 5 WHERE timex = 1", "names date 5 of 2"),
        ("UPDATE timex SET idx = 5 WHERE idx = 1", "dangling references"),
        ("DELETE FROM sentence WHERE idx = 3", r"a date at \d+–\d+ \(sentence 3\) lies outside the text"),
        ("UPDATE event SET timex = 7 WHERE idx = 0", "dangling references"),
        ("UPDATE mention SET entity = 40 WHERE idx = 0 AND entity = 0 AND article = (SELECT min(key) FROM article)",
         "dangling references"),
        ("INSERT INTO entity VALUES ('nowhere', 0, 'e-1', 'X', 'PER')", "dangling references"),
        ("INSERT INTO timex VALUES ('nowhere', 0, 0, 1, 'x', 'DATE', '2024', NULL, NULL, 0)", "dangling references"),
        ("INSERT INTO event VALUES ('nowhere', 0, 'ev', '2024', NULL, NULL, 'x', 0, NULL, '[]')", "dangling references"),
        ("DELETE FROM article WHERE position = 1", "dangling references"),
    ],
)
def test_bad_values_in_a_file_are_refused_and_the_file_stays_as_it_was(tmp_path: Path, statement, message):
    path = tmp_path / "lage.lagebild"
    save_briefing(path, edited_briefing())
    sql(path, statement)
    before = path.read_bytes()
    with pytest.raises(BriefingFileError, match=f"the file is damaged .*{message}"):
        BriefingFile.open(path)
    assert path.read_bytes() == before and sorted(p.name for p in tmp_path.iterdir()) == ["lage.lagebild"]


def test_json_with_spaces_around_it_still_reads(tmp_path: Path):
    path = tmp_path / "lage.lagebild"
    briefing = edited_briefing()
    save_briefing(path, briefing)
    sql(path, "UPDATE event SET entities = ' ' || entities || ' ' WHERE idx = 0")
    sql(path, "UPDATE article SET extraction_warnings = '[ \"Hinweis\" ]' WHERE position = 1")
    handle, loaded = BriefingFile.open(path)
    handle.close()
    assert [item.extraction.events for item in loaded.articles] == [item.extraction.events for item in briefing.articles]
    assert loaded.articles[1].extraction.warnings == ["Hinweis"]
    assert isinstance(loaded.articles[0].extraction.events[0], Event)


@pytest.mark.parametrize("repeated", [False, True])
def test_the_saved_state_matches_the_file_with_repeated_corrections_and_foreign_json_spacing(tmp_path: Path, repeated):
    path = tmp_path / "lage.lagebild"
    briefing = edited_briefing()
    if repeated:
        briefing.corrections.append(briefing.corrections[2])  # the same note twice
    save_briefing(path, briefing)
    sql(path, "UPDATE correction SET data = replace(data, '\": ', '\":') WHERE position = 1")  # another writer's spacing
    handle, loaded = BriefingFile.open(path)
    with handle:
        assert loaded == briefing
        assert handle.save(loaded) is False  # nothing changed: nothing written
        db = sqlite3.connect(path)
        stored = [data for (data,) in db.execute("SELECT data FROM correction ORDER BY position")]
        db.close()
        assert handle._saved.corrections == stored
        loaded.corrections.pop()
        assert handle.save(loaded) is True
    handle, again = BriefingFile.open(path)
    handle.close()
    assert again.corrections == loaded.corrections
