"""Qt-free exports: CSV, Markdown and JSON read back, file names from awkward titles."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pytest
from lagebild.core.export import extraction_to_dict, extraction_to_json
from lagebild.core.exports import (
    CSV_COLUMNS,
    CSV_ENCODING,
    MarkdownWords,
    events_to_csv,
    events_to_markdown,
    safe_file_name,
)
from lagebild.core.handout import handout
from lagebild.core.model import (
    Article,
    Entity,
    EntityType,
    Event,
    Extraction,
    Mention,
    Sentence,
)

SEED = Path(__file__).resolve().parents[2] / "seeds" / "nordkorea-waffenlieferant.de.txt"


def _small() -> Extraction:
    text = "Am 3. März 2023 sagte Jörg Müller | in Köln: „Größer geht’s nicht.“ Später kam *Anna* nach."
    first = text.index(" Später")
    sentences = [Sentence(0, first), Sentence(first + 1, len(text))]
    mueller = Entity("e-m", "Jörg Müller", EntityType.PER, [Mention(22, 33, "Jörg Müller", 0)])
    koeln = Entity("e-k", "Köln", EntityType.LOC, [Mention(39, 43, "Köln", 0)])
    events = [
        Event("ev-2", "FUTURE_REF", date(2023, 3, 3), None, "Anna kommt nach", 1, None, []),
        Event("ev-1", "2023-03-03", date(2023, 3, 3), date(2023, 3, 3), "Müller äußert sich", 0, None, ["e-m", "e-k"]),
    ]
    article = Article(
        text, path="/tmp/a.txt", title="Größer | geht’s nicht", published=date(2023, 3, 3), source="Testblatt"
    )
    return Extraction(article, sentences, [], [mueller, koeln], events)


def test_handout_orders_events_and_indexes_entities() -> None:
    content = handout(_small(), reliability="b2", sort_key=lambda e: e.sentence, date_text=lambda e: f"<{e.date}>")
    assert [row.id for row in content.events] == ["ev-1", "ev-2"]
    first = content.events[0]
    assert first.date_text == "<2023-03-03>"
    assert first.sentence.startswith("Am 3. März 2023 sagte Jörg Müller")
    assert first.participants == ("Jörg Müller", "Köln")
    assert first.reliability == "B2" and content.sources[0].reliability == "B2"
    assert [(e.name, e.events) for e in content.index] == [("Jörg Müller", (1,)), ("Köln", (1,))]
    assert content.title == "Größer | geht’s nicht"


def test_handout_rejects_a_bad_grade() -> None:
    with pytest.raises(ValueError):
        handout(_small(), reliability="Z9")


def test_csv_round_trip_keeps_umlauts_and_separators(tmp_path: Path) -> None:
    content = handout(_small())
    path = tmp_path / "events.csv"
    path.write_text(events_to_csv(content.events), encoding=CSV_ENCODING, newline="")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel needs the BOM to read UTF-8
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert len(rows) == 1 + len(content.events)
    by_label = {row[2]: row for row in rows[1:]}
    mueller = by_label["Müller äußert sich"]
    assert mueller[0] == "2023-03-03"
    assert "„Größer geht’s nicht.“" in mueller[3]
    assert mueller[4] == "Größer | geht’s nicht"
    assert mueller[5] == "Jörg Müller; Köln"


def test_markdown_escapes_and_keeps_umlauts() -> None:
    content = handout(_small())
    text = events_to_markdown(content, MarkdownWords(source="Quelle", participants="Beteiligte"))
    assert text.startswith("# Größer \\| geht’s nicht\n")
    assert "> Am 3. März 2023 sagte Jörg Müller \\| in Köln" in text
    assert "Später kam \\*Anna\\* nach." in text
    assert "- **Quelle:** Größer \\| geht’s nicht (F6)" in text
    assert "- **Beteiligte:** Jörg Müller, Köln" in text
    assert text.count("### ") == 2


def test_json_is_the_documented_extraction() -> None:
    extraction = _small()
    text = extraction_to_json(extraction)
    assert "Jörg Müller" in text  # not \u-escaped
    assert json.loads(text) == extraction_to_dict(extraction)


def test_seed_handout_has_every_event() -> None:
    from lagebild.core.pipeline import extract_file

    extraction = extract_file(SEED)
    content = handout(extraction)
    assert len(content.events) == len(extraction.events) > 0
    assert any("größter" in row.sentence or "Budanov" in row.sentence for row in content.events)
    assert any(entry.name == "Nordkorea" for entry in content.index)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Nordkorea ist Russlands größter Waffenlieferant", "Nordkorea ist Russlands größter Waffenlieferant"),
        ("Krieg/Frieden: Was nun?", "Krieg - Frieden - Was nun"),
        ("a\\b", "a - b"),
        ("  ...  ", "Lagebild"),
        ("", "Lagebild"),
        ("CON", "CON_"),
        ("Zeile\nzwei\tTab", "Zeile zwei Tab"),
    ],
)
def test_safe_file_name(title: str, expected: str) -> None:
    assert safe_file_name(title) == expected


def test_safe_file_name_cuts_long_titles_at_a_word() -> None:
    title = "Über die außergewöhnlich lange Überschrift " * 20
    name = safe_file_name(title)
    assert len(name) <= 80 and title.startswith(name) and not name.endswith(" ")
    assert len(safe_file_name("ü" * 500).encode()) <= 180
    assert len(safe_file_name("😀" * 500).encode()) <= 180
