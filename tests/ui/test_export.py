"""Exports read back: the PDF with pypdf, the deck with python-pptx, SVG with ElementTree, PNG with Qt."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from lagebild.core.model import Extraction
from lagebild.ui.export import KINDS, ExportKind, ExportOptions, export_to
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

SEED = Path(__file__).resolve().parents[2] / "seeds" / "nordkorea-waffenlieferant.de.txt"
POINTS = {"A4": (595, 842), "Letter": (612, 792)}


@pytest.fixture(scope="module")
def seed() -> Extraction:
    from lagebild.core.pipeline import extract_file

    return extract_file(SEED)


def _words(text: str) -> str:
    return " ".join(text.split())


def test_every_kind_has_a_menu_text_and_suffix() -> None:
    assert set(KINDS) == set(ExportKind)
    assert len({spec.suffix for spec in KINDS.values()}) == len(KINDS)
    assert all(spec.text.endswith("…") and spec.suffix in spec.filter for spec in KINDS.values())


@pytest.mark.parametrize("page_size", ["A4", "Letter"])
def test_pdf_handout_reads_back(qapp, seed: Extraction, tmp_path: Path, page_size: str) -> None:
    import pypdf

    path = tmp_path / "handout.pdf"
    notes = {seed.events[0].id: "Mit Satellitenbildern abgleichen"}
    export_to(ExportKind.PDF, path, seed, ExportOptions(page_size=page_size, reliability="B2", notes=notes))
    reader = pypdf.PdfReader(path)
    assert len(reader.pages) >= 4  # title, timeline, events, index
    text = _words(" ".join(page.extract_text() for page in reader.pages))
    for word in ("Nordkorea", "Budanov", "größter", "Waffenlieferant", "Pjöngjang", "B2", "Satellitenbildern"):
        assert word in text
    for event in seed.events:
        assert _words(event.label) in text
    width, height = POINTS[page_size]
    first = reader.pages[0].mediabox
    assert (round(first.width), round(first.height)) == (width, height)
    timeline = reader.pages[1].mediabox  # the timeline has a landscape page
    assert (round(timeline.width), round(timeline.height)) == (height, width)
    assert reader.metadata.title == seed.article.title


def test_pdf_lists_events_in_date_order(qapp, seed: Extraction, tmp_path: Path) -> None:
    import pypdf

    path = tmp_path / "handout.pdf"
    export_to(ExportKind.PDF, path, seed)
    events_page = _words(pypdf.PdfReader(path).pages[2].extract_text())
    positions = [
        events_page.find(label)
        for label in ("Beginn der russischen Invasion", "HUR: Nordkorea", "Interview von Budanov")
    ]
    assert -1 not in positions and positions == sorted(positions)


def test_pptx_has_an_overview_and_a_slide_per_event(qapp, seed: Extraction, tmp_path: Path) -> None:
    from pptx import Presentation

    path = tmp_path / "deck.pptx"
    notes = {seed.events[1].id: "Zweite Quelle fehlt"}
    export_to(ExportKind.PPTX, path, seed, ExportOptions(notes=notes))
    deck = Presentation(str(path))
    slides = list(deck.slides)
    assert len(slides) == 1 + len(seed.events)
    assert slides[0].shapes.title.text == seed.article.title
    assert any(shape.shape_type == 13 for shape in slides[0].shapes)  # the timeline picture
    texts = ["\n".join(s.text_frame.text for s in slide.shapes if s.has_text_frame) for slide in slides[1:]]
    all_notes = [slide.notes_slide.notes_text_frame.text for slide in slides]
    for event in seed.events:
        sentence = _words(seed.article.text[seed.sentences[event.sentence].start : seed.sentences[event.sentence].end])
        assert any(sentence in _words(text) for text in texts)
        assert any(event.label == slide.shapes.title.text for slide in slides[1:])
    assert all(note.strip() for note in all_notes)
    assert any("Zweite Quelle fehlt" in note for note in all_notes)


def test_svg_parses(qapp, seed: Extraction, tmp_path: Path) -> None:
    path = tmp_path / "timeline.svg"
    export_to(ExportKind.SVG, path, seed)
    root = ET.parse(path).getroot()
    assert root.tag.endswith("svg")
    texts = [t.text or "" for t in root.iter() if t.tag.endswith("text")]
    assert any("2024" in t for t in texts)  # the axis is real text


@pytest.mark.parametrize("size", [QSize(640, 200), QSize(3200, 900)])
def test_png_has_the_requested_size(qapp, seed: Extraction, tmp_path: Path, size: QSize) -> None:
    path = tmp_path / "timeline.png"
    export_to(ExportKind.PNG, path, seed, ExportOptions(png_size=size))
    image = QImage(str(path))
    assert image.size() == size
    assert image.pixelColor(0, 0).lightness() > 200  # paper white, whatever the theme


def test_text_exports_keep_umlauts(qapp, seed: Extraction, tmp_path: Path) -> None:
    import csv
    import json

    export_to(ExportKind.CSV, tmp_path / "e.csv", seed)
    export_to(ExportKind.MARKDOWN, tmp_path / "e.md", seed)
    export_to(ExportKind.JSON, tmp_path / "e.json", seed)
    rows = list(csv.reader((tmp_path / "e.csv").read_text(encoding="utf-8-sig").splitlines()))
    assert len(rows) == 1 + len(seed.events)
    assert re.search(r"\d+\. Januar 2024", (tmp_path / "e.csv").read_text(encoding="utf-8-sig"))
    assert "Nordkorea ist Russlands größter Waffenlieferant" in (tmp_path / "e.md").read_text(encoding="utf-8")
    assert json.loads((tmp_path / "e.json").read_text(encoding="utf-8"))["title"] == seed.article.title


def test_failed_export_keeps_the_old_file(qapp, seed: Extraction, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    path = folder / "handout.pdf"
    path.write_text("old")
    with pytest.raises(KeyError):
        export_to(ExportKind.PDF, path, seed, ExportOptions(page_size="A5"))
    assert path.read_text() == "old"
    assert [p.name for p in folder.iterdir()] == ["handout.pdf"]  # no half-written file left


@pytest.mark.parametrize("kind", list(ExportKind))
def test_exports_cope_with_no_events_and_a_long_title(qapp, emoji_extraction: Extraction, tmp_path: Path, kind) -> None:
    emoji_extraction.events.clear()
    title = "Lage/Übersicht: " + "sehr lange Überschrift " * 20
    path = tmp_path / f"out{KINDS[kind].suffix}"
    export_to(kind, path, emoji_extraction, ExportOptions(title=title, png_size=QSize(400, 150)))
    assert path.stat().st_size > 0
