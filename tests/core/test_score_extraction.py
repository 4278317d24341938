"""The extraction scorer (benchmarks/score_extraction.py) on small hand-made inputs.

These tests check the scorer's matching rules, not the extractor: every
Extraction here is built by hand.  The last tests check that the gold files
the scorer reads are self-consistent (every annotation can be anchored).
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from lagebild.core.model import (
    Article,
    Entity,
    EntityType,
    Event,
    Extraction,
    Mention,
    MentionKind,
    Sentence,
    Timex,
    TimexType,
)

REPO = Path(__file__).resolve().parents[2]
NEWS = REPO / "tests" / "data" / "news"
SEED_EXPECTED = REPO / "tests" / "data" / "nordkorea-waffenlieferant.de.expected.json"


def _load_scorer():
    spec = importlib.util.spec_from_file_location("score_extraction", REPO / "benchmarks" / "score_extraction.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses resolve their module while the class is created
    spec.loader.exec_module(module)
    return module


se = _load_scorer()

TEXT = (
    "Am Montag traf Olaf Scholz in Berlin ein.\n"
    "Am Nachmittag sprach Scholz mit Vertretern der EU.\n"
    "Am 3. Mai folgt ein Besuch in Paris."
)
SPANS = [(0, 41), (42, 92), (93, 129)]


def gold(**changes) -> se.Gold:
    data = {
        "document": "t.de.txt",
        "dct": "2024-05-01",
        "sentences": 3,
        "sentence_spans": [list(s) for s in SPANS],
        "timexes": [
            {"text": "Montag", "value": "2024-04-29", "sentence": 1, "type": "DATE"},
            {"text": "Nachmittag", "value": "2024-04-29TAF", "sentence": 2, "type": "TIME"},
            {"text": "3. Mai", "value": "2024-05-03", "sentence": 3, "type": "DATE"},
        ],
        "entities": [
            {"name": "Olaf Scholz", "type": "PER", "mentions": ["Olaf Scholz", "Scholz"]},
            {"name": "Berlin", "type": "LOC", "mentions": ["Berlin"]},
            {"name": "EU", "type": "ORG", "mentions": ["EU"]},
            {"name": "Paris", "type": "LOC", "mentions": ["Paris"]},
        ],
        "events": [
            {"date": "2024-04-29", "sentence": 1, "entities": ["Olaf Scholz", "Berlin"],
             "summary": "Scholz trifft in Berlin ein", "sentence_contains": "traf Olaf Scholz"},
            {"date": "2024-05-03", "sentence": 3, "entities": ["Paris"],
             "summary": "Besuch in Paris", "sentence_contains": "Besuch in Paris"},
        ],
    }
    data.update(changes)
    return se.parse_gold(data, TEXT)


def span_of(text: str, start_at: int = 0) -> tuple[int, int]:
    start = TEXT.index(text, start_at)
    return start, start + len(text)


def timex(text: str, value: str, sentence: int, kind: TimexType = TimexType.DATE, start_at: int = 0) -> Timex:
    start, end = span_of(text, start_at)
    return Timex(start, end, text, kind, value, None, None, sentence)


def entity(eid: str, name: str, kind: EntityType, *forms: str, derived: bool = False) -> Entity:
    mentions = []
    for form in forms:
        start, end = span_of(form)
        mentions.append(Mention(start, end, form, 0, MentionKind.DERIVED if derived else MentionKind.NAME))
    return Entity(eid, name, kind, mentions)


def extraction(timexes=(), entities=(), events=(), spans=SPANS, text=TEXT) -> Extraction:
    sentences = [Sentence(a, b) for a, b in spans]
    return Extraction(Article(text=text), sentences, list(timexes), list(entities), list(events))


# ------------------------------------------------------------- anchoring


def test_occurrences_are_word_bounded() -> None:
    assert se.occurrences("Am Nachmittag und am Mittag", "Mittag") == [(21, 27)]
    assert se.occurrences("vom 10. bis 13. Oktober", "10.") == [(4, 7)]
    assert se.occurrences("Lehre-Wendhausen und Lehre", "Lehre") == [(0, 5), (21, 26)]


def test_gold_timexes_anchor_inside_their_sentence() -> None:
    assert se.anchor_timexes(gold()) == [span_of("Montag"), span_of("Nachmittag"), span_of("3. Mai")]


def test_repeated_text_in_one_sentence_takes_successive_occurrences() -> None:
    text = "Januar 2021: 6,9 und Januar 2021: 2,8."
    g = se.parse_gold(
        {"document": "x", "dct": "2021-04-19", "sentences": 1, "sentence_spans": [[0, len(text)]],
         "timexes": [{"text": "Januar 2021", "value": "2021-01", "sentence": 1}] * 2,
         "entities": [], "events": []},
        text,
    )
    assert se.anchor_timexes(g) == [(0, 11), (21, 32)]


def test_a_shorter_gold_timex_is_not_placed_inside_a_longer_one() -> None:
    text = "vom 20. bis 24. Juni 2016 und am 24. Juni dort"
    g = se.parse_gold(
        {"document": "x", "dct": "2016-05-24", "sentences": 1, "sentence_spans": [[0, len(text)]],
         "timexes": [{"text": "24. Juni", "value": "2016-06-24", "sentence": 1},
                     {"text": "24. Juni 2016", "value": "2016-06-24", "sentence": 1}],
         "entities": [], "events": []},
        text,
    )
    second = text.rindex("24. Juni")
    assert se.anchor_timexes(g) == [(second, second + 8), (12, 25)]


def test_without_sentence_spans_timexes_anchor_in_reading_order() -> None:
    text = "Heute, am 21. Januar, sprach er. Dann kam nichts. Am 21. Januar meldete KCNA etwas."
    g = se.parse_gold(
        {"document": "x", "dct": "2024-01-21", "sentences": 3,
         "timexes": [{"text": "21. Januar", "value": "2024-01-21", "sentence": 3},
                     {"text": "Heute", "value": "2024-01-21", "sentence": 1},
                     {"text": "21. Januar", "value": "2024-01-21", "sentence": 1}],
         "entities": [], "events": []},
        text,
    )
    first, second = text.index("21. Januar"), text.rindex("21. Januar")
    assert se.anchor_timexes(g) == [(second, second + 10), (0, 5), (first, first + 10)]


def test_unfindable_gold_timex_is_a_miss() -> None:
    g = gold(timexes=[{"text": "Dienstag", "value": "2024-04-30", "sentence": 1}])
    score = se.score_document(g, extraction())
    assert score.timex_relaxed.as_dict()["r"] == 0.0
    assert score.misses["timex_unanchored"] == ["s1 'Dienstag'=2024-04-30"]


# --------------------------------------------------------------- timexes


def test_timex_strict_relaxed_and_value() -> None:
    system = [
        timex("Montag", "2024-04-29", 0),  # exact span, right value
        timex("Am Nachmittag", "2024-04-30TAF", 1, TimexType.TIME),  # overlapping span, wrong value
        timex("Paris", "XXXX", 2),  # spurious
    ]
    score = se.score_document(gold(), extraction(timexes=system))
    assert (score.timex_strict.tp, score.timex_relaxed.tp, score.timex_value.tp) == (1, 2, 1)
    assert score.timex_relaxed.as_dict() == pytest.approx({"tp": 2, "system": 3, "gold": 3, "p": 2 / 3, "r": 2 / 3, "f1": 2 / 3})
    assert (score.timex_type_right, score.timex_type_total) == (2, 2)
    assert score.misses["timex_missed"] == ["s3 '3. Mai'=2024-05-03"]
    assert score.misses["timex_wrong_value"] == ["s2 'Nachmittag'=2024-04-29TAF got 'Am Nachmittag'=2024-04-30TAF"]
    assert score.misses["timex_spurious"] == ["s3 'Paris'=XXXX"]


def test_one_system_timex_matches_one_gold_timex_only() -> None:
    text = "vom 10. bis 13. Oktober"
    g = se.parse_gold(
        {"document": "x", "dct": "2024-10-03", "sentences": 1, "sentence_spans": [[0, len(text)]],
         "timexes": [{"text": "10.", "value": "2024-10-10", "sentence": 1},
                     {"text": "13. Oktober", "value": "2024-10-13", "sentence": 1}],
         "entities": [], "events": []},
        text,
    )
    whole = Timex(4, len(text), text[4:], TimexType.DURATION, "P4D", None, None, 0)
    score = se.score_document(g, extraction([whole], spans=[(0, len(text))], text=text))
    assert score.timex_relaxed.tp == 1
    assert score.timex_strict.tp == 0


# -------------------------------------------------------------- entities


def test_entity_strict_needs_a_shared_surface_form_and_type() -> None:
    system = [
        entity("e1", "Olaf Scholz", EntityType.PER, "Olaf Scholz"),
        entity("e2", "Berlin", EntityType.ORG, "Berlin"),  # wrong type
        entity("e3", "EU", EntityType.ORG, "EU"),
    ]
    score = se.score_document(gold(), extraction(entities=system))
    assert score.entity_strict.as_dict() == pytest.approx({"tp": 2, "system": 3, "gold": 4, "p": 2 / 3, "r": 0.5, "f1": 4 / 7})
    assert "LOC Berlin" in score.misses["entity_missed"]
    assert score.misses["entity_spurious"] == ["ORG Berlin"]


def test_entity_relaxed_accepts_a_form_containing_the_gold_form() -> None:
    text = "Dr. Frank-Walter Steinmeier reist."
    g = se.parse_gold(
        {"document": "x", "dct": "2007-04-13", "sentences": 1,
         "timexes": [], "events": [],
         "entities": [{"name": "Frank-Walter Steinmeier", "type": "PER", "mentions": ["Frank-Walter Steinmeier"]}]},
        text,
    )
    person = Entity("p", "Dr. Frank-Walter Steinmeier", EntityType.PER, [Mention(0, 27, text[:27], 0)])
    score = se.score_document(g, extraction(entities=[person], spans=[(0, len(text))], text=text))
    assert (score.entity_strict.tp, score.entity_relaxed.tp) == (0, 1)


def test_a_split_entity_counts_once_and_the_rest_is_spurious() -> None:
    system = [
        entity("e1", "Olaf Scholz", EntityType.PER, "Olaf Scholz"),
        entity("e2", "Scholz", EntityType.PER, "Scholz"),
    ]
    score = se.score_document(gold(), extraction(entities=system))
    assert (score.entity_strict.tp, score.entity_strict.system) == (1, 2)
    assert score.misses["entity_unmerged"] == ["PER Scholz"]


def test_entities_with_only_derived_mentions_are_not_scored() -> None:
    system = [entity("e1", "Paris", EntityType.LOC, "Paris", derived=True)]
    score = se.score_document(gold(), extraction(entities=system))
    assert score.entity_strict.system == 0


# ---------------------------------------------------------------- events


def make_event(eid: str, date_value: str, sentence: int, label: str, *entity_ids: str) -> Event:
    return Event(eid, date_value, None, None, label, sentence, None, list(entity_ids))


def test_events_match_on_date_and_anchor_sentence() -> None:
    entities = [
        entity("scholz", "Olaf Scholz", EntityType.PER, "Olaf Scholz"),
        entity("berlin", "Berlin", EntityType.LOC, "Berlin"),
        entity("eu", "EU", EntityType.ORG, "EU"),
    ]
    events = [
        make_event("v1", "2024-04-29", 0, "Olaf Scholz traf in Berlin ein", "scholz", "eu"),
        make_event("v2", "2024-05-03", 1, "Besuch in Paris"),  # right date, wrong sentence
        make_event("v3", "2024-05-04", 2, "Besuch in Paris"),  # right sentence, wrong date
    ]
    score = se.score_document(gold(), extraction(entities=entities, events=events))
    assert score.events.as_dict()["tp"] == 1
    assert (score.events.system, score.events.gold) == (3, 2)
    # participants of the matched pair: gold {Scholz, Berlin}, system {Scholz, EU}
    assert (score.participants.tp, score.participants.system, score.participants.gold) == (1, 2, 2)
    # gold summary words (first five letters): schol, trifft→triff, berli; 'traf' differs
    assert score.label_recall_sum == pytest.approx(2 / 3)
    assert score.misses["event_missed"] == ["s3 2024-05-03 Besuch in Paris"]


def test_sentence_boundaries_ignore_surrounding_whitespace() -> None:
    system_spans = [(0, 42), (42, 93), (93, 110), (110, 129)]  # trailing newlines kept, last sentence split
    score = se.score_document(gold(), extraction(spans=system_spans))
    assert score.boundaries is not None
    assert (score.boundaries.tp, score.boundaries.system, score.boundaries.gold) == (2, 4, 3)
    assert (score.sentences_gold, score.sentences_system) == (3, 4)


def test_extraction_of_another_text_is_refused() -> None:
    with pytest.raises(ValueError, match="another text"):
        se.score_document(gold(), extraction(text=TEXT.replace("Montag", "Dienstag")))


def test_micro_average_sums_counts() -> None:
    a = se.score_document(gold(), extraction(timexes=[timex("Montag", "2024-04-29", 0)]))
    b = se.score_document(gold(), extraction())
    total = se.micro([a, b])
    assert (total.timex_value.tp, total.timex_value.system, total.timex_value.gold) == (1, 1, 6)
    assert total.sentences_gold == 6
    assert total.boundaries is not None and total.boundaries.tp == 6


# ------------------------------------------------------------ command line


def test_command_line_scores_a_folder_and_prints_json(tmp_path, monkeypatch, capsys) -> None:
    (tmp_path / "t.de.txt").write_text(TEXT, encoding="utf-8")
    expected = {
        "document": "t.de.txt", "dct": "2024-05-01", "sentences": 3,
        "timexes": [{"text": "Montag", "value": "2024-04-29", "sentence": 1}],
        "entities": [], "events": [],
    }
    (tmp_path / "t.de.expected.json").write_text(json.dumps(expected), encoding="utf-8")
    seen = {}

    def fake_extract_file(path, published=None):
        seen["args"] = (Path(path).name, published)
        return extraction(timexes=[timex("Montag", "2024-04-29", 0)])

    import lagebild.core.pipeline

    monkeypatch.setattr(lagebild.core.pipeline, "extract_file", fake_extract_file)
    assert se.main([str(tmp_path), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert seen["args"] == ("t.de.txt", se.date(2024, 5, 1))
    assert report["files"][0]["timexes"]["value"]["f1"] == 1.0
    assert report["micro"]["sentences"]["documents_matching"] == 1
    assert se.main([str(tmp_path)]) == 0
    assert "timex value" in capsys.readouterr().out


def test_missing_article_text_is_reported(tmp_path, capsys) -> None:
    (tmp_path / "x.de.expected.json").write_text(
        json.dumps({"document": "nowhere.de.txt", "dct": "2024-01-01", "sentences": 1,
                    "timexes": [], "entities": [], "events": []}),
        encoding="utf-8",
    )
    assert se.main([str(tmp_path)]) == 2
    assert "nowhere.de.txt" in capsys.readouterr().err


# ------------------------------------------------------ the gold files


GOLD_FILES = sorted(NEWS.glob("*.expected.json")) + [SEED_EXPECTED]


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.name)
def test_gold_files_are_self_consistent(path: Path) -> None:
    g, text_path = se.load_gold(path)
    assert g.document == text_path.name
    if g.sentence_spans is not None:
        assert len(g.sentence_spans) == g.sentences
        assert all(g.text[a:b].strip() == g.text[a:b] != "" for a, b in g.sentence_spans)
    assert None not in se.anchor_timexes(g)
    assert all(se.anchor_event(g, event) is not None for event in g.events)
    names = {e.name for e in g.entities}
    assert all(set(event.entities) <= names for event in g.events)
    for event in g.events:
        values = {t.value for t in g.timexes if t.sentence == event.sentence}
        assert event.date in values, f"{event.summary}: no timex {event.date} in sentence {event.sentence}"


def test_news_articles_have_sidecars_with_source_and_licence() -> None:
    for path in sorted(NEWS.glob("*.expected.json")):
        meta = json.loads(path.with_name(path.name.replace(".expected.json", ".meta.json")).read_text(encoding="utf-8"))
        data = json.loads(path.read_text(encoding="utf-8"))
        assert meta["published"] == data["dct"]
        assert meta["language"] == "de"
        assert meta["source"] and meta["url"] and meta["license"]
        assert data["annotator"] == "Lagebild developers (manual)"
