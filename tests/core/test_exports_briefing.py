"""The handout of a briefing of two reports: one row per occurrence, sources, contradictions, notes."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

from briefing_samples import agency_report, ft_report
from lagebild.core.briefing import Briefing
from lagebild.core.chronology import chronological_key
from lagebild.core.corrections import HideEvent, NoteEvent, event_anchor
from lagebild.core.export import to_json
from lagebild.core.exports import (
    BRIEFING_CSV_COLUMNS,
    CSV_COLUMNS,
    MarkdownWords,
    events_to_csv,
    events_to_markdown,
    handout_to_dict,
)
from lagebild.core.handout import FALLBACK_NAME, briefing_handout, supporting_sentence, timeline_anchor
from lagebild.core.model import Article, Event, Extraction, Sentence, Timex, TimexType
from lagebild.core.snapshot import BriefingSnapshot

FT = "Nordkorea ist Russlands größter Waffenlieferant"
AGENCY = "Budanov: Granaten aus Nordkorea"


def _briefing(title: str = "Lage Nordkorea") -> tuple[Briefing, Extraction, Extraction]:
    briefing = Briefing(title)
    ft = briefing.add_article(ft_report(), "B2").extraction
    agency = briefing.add_article(agency_report(), "C3").extraction
    return briefing, ft, agency


def _content(briefing: Briefing, **options):
    return briefing_handout(BriefingSnapshot(briefing), sort_key=chronological_key, **options)


def test_one_row_per_occurrence_in_time_with_every_source() -> None:
    briefing, _ft, agency = _briefing()
    briefing.corrections = [NoteEvent(event_anchor(agency, agency.events[1]), "Datum prüfen")]
    content = _content(briefing)
    assert content.title == "Lage Nordkorea" and content.published is None and content.several
    assert [(s.name, s.origin, s.reliability) for s in content.sources] == [
        (FT, "Financial Times", "B2"),
        (AGENCY, "Agentur", "C3"),
    ]
    visit, putin, interview = content.events
    assert [row.date for row in content.events] == ["2024-01-15", "2024-01-19", "2024-01-21"]

    # Kim's visit: the FT (B2) leads, the agency (C3) gives another day.
    assert visit.source == FT and visit.reliability == "B2" and visit.source_count == 2
    assert visit.contradiction
    assert [(r.source, r.reliability, r.date) for r in visit.reports] == [
        (FT, "B2", "2024-01-15"),
        (AGENCY, "C3", "2024-01-14"),
    ]
    assert [r.source for r in visit.other_sources] == [AGENCY]
    assert visit.sentence == "Am 15. Januar hatte Kim Jong Un die Rüstungsbetriebe besucht."
    start, end = visit.date_span
    assert visit.sentence[start:end] == "15. Januar"
    assert visit.note == "Datum prüfen"  # noted on the agency's member, shown on the group
    assert visit.participants[0] == "Kim Jong Un" and "Pjöngjang" in visit.participants

    # The interview: both report the same day, no contradiction.
    assert interview.source_count == 2 and not interview.contradiction
    assert {r.date for r in interview.reports} == {"2024-01-21"}
    assert "Kyrylo Budanov" in interview.participants and "Budanov" not in interview.participants

    # Putin's meeting: only the agency.
    assert putin.source == AGENCY and putin.source_count == 1 and putin.other_sources == ()


def test_index_counts_articles_and_numbers_the_groups() -> None:
    briefing, _ft, _agency = _briefing()
    index = {entry.name: entry for entry in _content(briefing).index}
    assert index["Kim Jong Un"].articles == 2 and index["Kim Jong Un"].events == (1,)
    assert index["Kyrylo Budanov"].articles == 2 and index["Kyrylo Budanov"].events == (3,)
    assert index["Putin"].articles == 1 and index["Putin"].events == (2,)
    assert index["Nordkorea"].mentions == 3  # two in the FT, one in the agency report
    assert "Budanov" not in index  # merged into the full name


def test_titles_hidden_events_and_notes_given() -> None:
    briefing, ft, agency = _briefing(title="")
    assert _content(briefing).title == FALLBACK_NAME  # the UI passes a translated one
    assert _content(briefing, title="  Lage  Ost ").title == "Lage Ost"
    briefing.corrections = [HideEvent(event_anchor(agency, agency.events[2]))]
    content = _content(briefing, notes={ft.events[0].id: "Quelle ist Partei"})
    assert [row.label for row in content.events][-1].startswith("Budanov")
    assert len(content.events) == 2 and content.events[-1].note == "Quelle ist Partei"
    lead = content.events[0].id
    assert [row.id for row in _content(briefing, hidden={lead}).events] == [content.events[1].id]

    alone = Briefing()
    alone.add_article(ft_report(), "A1")
    single = _content(alone)
    assert single.title == FT and single.published == date(2024, 1, 21) and not single.several


def test_timeline_anchor_is_the_latest_publication_day() -> None:
    briefing, _ft, _agency = _briefing()
    assert timeline_anchor(BriefingSnapshot(briefing)) == date(2024, 1, 22)


def test_csv_of_a_briefing_has_source_columns() -> None:
    briefing, _ft, _agency = _briefing()
    content = _content(briefing)
    rows = list(csv.reader(io.StringIO(events_to_csv(content.events, briefing=True), newline="")))
    assert tuple(rows[0]) == BRIEFING_CSV_COLUMNS and BRIEFING_CSV_COLUMNS[: len(CSV_COLUMNS)] == CSV_COLUMNS
    visit = dict(zip(rows[0], rows[1], strict=True))
    assert visit["source"] == FT and visit["reliability"] == "B2" and visit["sources"] == "2"
    assert visit["other sources"] == f"{AGENCY} (C3)"
    assert visit["conflicting dates"] == f"{FT}: 2024-01-15; {AGENCY}: 2024-01-14"
    putin = dict(zip(rows[0], rows[2], strict=True))
    assert putin["sources"] == "1" and putin["other sources"] == "" and putin["conflicting dates"] == ""


def test_markdown_of_a_briefing_lists_sources_and_the_disagreement() -> None:
    briefing, _ft, _agency = _briefing()
    words = MarkdownWords(sources="Quellen", conflict="Die Quellen nennen verschiedene Daten",
                          count_sources=lambda n: f"{n} Quellen")
    text = events_to_markdown(_content(briefing), words, day_text=lambda day: day.strftime("%d.%m.%Y"))
    assert "## Quellen" in text
    assert f"- **B2** {FT} – Financial Times, 21.01.2024" in text
    assert f"- **C3** {AGENCY} – Agentur, 22.01.2024" in text
    assert f"- **2 Quellen:** {FT} (B2), {AGENCY} (C3)" in text
    assert f"- **⚠ Die Quellen nennen verschiedene Daten:** {FT}: 2024-01-15; {AGENCY}: 2024-01-14" in text
    assert text.count("⚠") == 1 and text.count("### ") == 3
    assert f"- **Source:** {AGENCY} (C3)" in text  # Putin's meeting: one source


def test_view_json_round_trips() -> None:
    briefing, _ft, _agency = _briefing()
    document = json.loads(to_json(handout_to_dict(_content(briefing))))
    assert [s["reliability"] for s in document["sources"]] == ["B2", "C3"]
    visit = document["events"][0]
    assert visit["contradiction"] and visit["sources"] == 2
    assert [r["date"] for r in visit["reports"]] == ["2024-01-15", "2024-01-14"]
    assert visit["sentence"][slice(*visit["date_span"])] == "15. Januar"
    assert any(e["name"] == "Kim Jong Un" and e["articles"] == 2 for e in document["entities"])


def test_supporting_sentence_keeps_the_date_span_through_white_space() -> None:
    text = "Vorher.  \n Am\n  3. März   2023 kam   er 😀 an.  Danach."
    first = text.index("Am")
    sentences = [Sentence(0, 7), Sentence(first - 3, text.index("Danach") - 1)]
    start = text.index("3. März")
    timex = Timex(start, start + len("3. März   2023"), "3. März   2023", TimexType.DATE, "2023-03-03",
                  date(2023, 3, 3), date(2023, 3, 3), 1)
    event = Event("ev", "2023-03-03", date(2023, 3, 3), date(2023, 3, 3), "kam an", 1, 0, [])
    extraction = Extraction(Article(text), sentences, [timex], [], [event])
    collapsed, (a, b) = supporting_sentence(extraction, event)
    assert collapsed == "Am 3. März 2023 kam er 😀 an."
    assert collapsed[a:b] == "3. März 2023"
    kept, (a, b) = supporting_sentence(extraction, event, collapse=False)
    assert kept == "Am\n  3. März   2023 kam   er 😀 an."
    assert kept[a:b] == "3. März   2023"
