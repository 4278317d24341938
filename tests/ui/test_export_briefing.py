"""Exports of a briefing of two reports, read back: every source with its grade, one entry per
occurrence, "2 sources", the contradiction on Kim's visit (15 vs 14 January), the analyst's note."""

from __future__ import annotations

import csv
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from briefing_samples import agency_report, ft_report
from lagebild.core.briefing import Briefing
from lagebild.core.corrections import NoteEvent, event_anchor
from lagebild.core.snapshot import BriefingSnapshot
from lagebild.ui.export import ExportKind, ExportOptions, export_to, export_with_dialog
from PySide6.QtWidgets import QFileDialog, QMessageBox

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

FT = "Nordkorea ist Russlands größter Waffenlieferant"
AGENCY = "Budanov: Granaten aus Nordkorea"
NOTE = "Datum mit Satellitenbildern prüfen"


def _snapshot(title: str = "Lage Nordkorea – Russland") -> BriefingSnapshot:
    briefing = Briefing(title)
    ft = briefing.add_article(ft_report(), "B2").extraction
    briefing.add_article(agency_report(), "C3")
    briefing.corrections = [NoteEvent(event_anchor(ft, ft.events[1]), NOTE)]  # on Kim's visit
    return BriefingSnapshot(briefing)


def _words(text: str) -> str:
    return " ".join(text.split())


def test_pdf_names_every_source_and_shows_the_contradiction(qapp, tmp_path: Path) -> None:
    import pypdf

    path = tmp_path / "briefing.pdf"
    export_to(ExportKind.PDF, path, _snapshot())
    reader = pypdf.PdfReader(path)
    pages = [_words(page.extract_text()) for page in reader.pages]
    title, timeline, events, index = pages[0], pages[1], " ".join(pages[2:-1]), pages[-1]
    assert "Lage Nordkorea – Russland" in title and reader.metadata.title == "Lage Nordkorea – Russland"
    for name, grade in ((FT, "B2"), ("Financial Times", "B2"), (AGENCY, "C3"), ("Agentur", "C3")):
        assert name in title and grade in title
    assert "usually reliable, probably true" in title and "fairly reliable, possibly true" in title
    assert "1 event whose sources disagree on the date" in title
    assert "in the lane of its most reliable source" in timeline and "At a glance" in timeline
    assert timeline.count("2 sources") == 2
    # One entry per occurrence, in time: Kim's visit, Putin's meeting, the interview.
    visit, putin, interview = (events.find(label) for label in (
        "Kim Jong Un besuchte Rüstungsbetriebe", "Putin traf sich mit Beratern", "Budanov: Nordkorea liefert Millionen"
    ))
    assert -1 < visit < putin < interview
    assert "Rüstungsbetriebe in Pjöngjang" not in events  # the agency's wording of the visit is no second entry
    kim = events[visit:putin]
    assert "The sources disagree on the date" in kim
    assert "(B2): 15. Januar 2024" in kim and "(C3): 14. Januar 2024" in kim
    assert f"2 sources – also reported by {AGENCY} (C3)" in kim
    assert f"Note: {NOTE}" in kim
    assert "The sources disagree" not in events[interview:]
    assert "Articles" in index and "Kim Jong Un" in index


def test_pptx_has_a_title_slide_with_the_sources_and_the_contradiction_on_its_slide(qapp, tmp_path: Path) -> None:
    from pptx import Presentation

    path = tmp_path / "briefing.pptx"
    export_to(ExportKind.PPTX, path, _snapshot())
    slides = list(Presentation(str(path)).slides)

    def text(slide) -> str:
        return _words(" ".join(shape.text_frame.text for shape in slide.shapes if shape.has_text_frame))

    assert len(slides) == 2 + 3  # title with sources, timeline, one slide per occurrence
    opening = text(slides[0])
    assert slides[0].shapes.title.text == "Lage Nordkorea – Russland"
    for name, grade in ((FT, "B2"), (AGENCY, "C3")):
        assert name in opening and grade in opening
    assert any(shape.shape_type == 13 for shape in slides[1].shapes)  # the timeline picture
    titles = [slide.shapes.title.text for slide in slides[2:]]
    assert titles == [
        "Kim Jong Un besuchte Rüstungsbetriebe",
        "Putin traf sich mit Beratern",
        "Budanov: Nordkorea liefert Millionen Granaten",
    ]
    kim = text(slides[2])
    assert "The sources disagree on the date" in kim
    assert f"15. Januar 2024 {FT} (B2)" in kim and f"14. Januar 2024 {AGENCY} (C3)" in kim
    assert f"2 sources – also reported by {AGENCY} (C3)" in kim
    notes = slides[2].notes_slide.notes_text_frame.text
    assert notes.startswith(f"Note: {NOTE}") and "14. Januar 2024" in notes
    assert "sources disagree" not in text(slides[4]) and "2 sources" in text(slides[4])


def test_date_words_are_marked_in_the_slide_sentence(qapp, tmp_path: Path) -> None:
    from pptx import Presentation

    path = tmp_path / "briefing.pptx"
    export_to(ExportKind.PPTX, path, _snapshot())
    slide = list(Presentation(str(path)).slides)[2]
    runs = [run for shape in slide.shapes if shape.has_text_frame for p in shape.text_frame.paragraphs for run in p.runs]
    sentence = next(i for i, run in enumerate(runs) if run.text == "Am ")
    assert runs[sentence + 1].text == "15. Januar" and runs[sentence + 1].font.bold
    assert not runs[sentence].font.bold


def test_timeline_has_a_lane_per_article(qapp, tmp_path: Path) -> None:
    path = tmp_path / "timeline.svg"
    export_to(ExportKind.SVG, path, _snapshot())
    texts = [t.text or "" for t in ET.parse(path).getroot().iter() if t.tag.endswith("text")]
    assert any(t.startswith("1. Nordkorea") for t in texts) and any(t.startswith("2. Budanov") for t in texts)
    assert "Published 22. Januar 2024" in texts  # the latest publication day


def test_text_exports_have_one_row_per_occurrence_with_sources(qapp, tmp_path: Path) -> None:
    snapshot = _snapshot()
    for kind in (ExportKind.CSV, ExportKind.MARKDOWN, ExportKind.JSON):
        export_to(kind, tmp_path / f"e.{kind.value}", snapshot)
    rows = list(csv.DictReader((tmp_path / "e.csv").read_text(encoding="utf-8-sig").splitlines()))
    assert [row["date"] for row in rows] == ["2024-01-15", "2024-01-19", "2024-01-21"]
    assert rows[0]["sources"] == "2" and rows[0]["other sources"] == f"{AGENCY} (C3)"
    assert rows[0]["conflicting dates"] == f"{FT}: 2024-01-15; {AGENCY}: 2024-01-14" and rows[0]["note"] == NOTE
    markdown = (tmp_path / "e.md").read_text(encoding="utf-8")
    assert "## Sources" in markdown and "- **B2**" in markdown and "- **C3**" in markdown
    assert "21. Januar 2024" in markdown  # the sources' days in words
    assert "⚠ The sources disagree on the date:** " in markdown and "14. Januar 2024" in markdown
    document = json.loads((tmp_path / "e.json").read_text(encoding="utf-8"))
    assert document["title"] == "Lage Nordkorea – Russland" and len(document["events"]) == 3
    assert document["events"][0]["contradiction"] and document["events"][0]["note"] == NOTE


def test_one_article_snapshot_exports_like_its_extraction(qapp, tmp_path: Path) -> None:
    extraction = ft_report()
    briefing = Briefing()
    briefing.add_article(extraction, "B2")
    for kind in (ExportKind.CSV, ExportKind.MARKDOWN, ExportKind.JSON):
        export_to(kind, tmp_path / f"x.{kind.value}", extraction, ExportOptions(reliability="B2"))
        export_to(kind, tmp_path / f"s.{kind.value}", BriefingSnapshot(briefing))
        assert (tmp_path / f"x.{kind.value}").read_bytes() == (tmp_path / f"s.{kind.value}").read_bytes()
    assert "## Sources" not in (tmp_path / "s.md").read_text(encoding="utf-8")


def test_dialog_names_the_file_after_the_briefing(qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    starts: list[str] = []

    def save(parent, caption, start, filters, selected=""):
        starts.append(start)
        return str(tmp_path / Path(start).name), selected

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save)
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: pytest.fail(f"warning shown: {args[2]}"))
    written = export_with_dialog(None, ExportKind.MARKDOWN, _snapshot("Lage/Ost"), None, str(tmp_path))
    assert written == tmp_path / "Lage - Ost.md" and written.is_file()
    export_with_dialog(None, ExportKind.CSV, _snapshot(""), None, str(tmp_path))
    assert Path(starts[-1]).name == "Briefing of 2 articles.csv"
    assert (tmp_path / "Briefing of 2 articles.csv").is_file()


def _many(count: int) -> BriefingSnapshot:
    from datetime import date

    from briefing_samples import make_extraction

    briefing = Briefing("Viele Quellen")
    for n in range(1, count + 1):
        text = f"Am {n}. März sprach Minister Nummer{n} über die Lage im Land Nummer{n} heute."
        extraction = make_extraction(
            text, published=date(2024, 3, n), title=f"Bericht {n} zur Lage", source=f"Zeitung {n}",
            events=[(f"{n}. März", f"2024-03-{n:02d}", f"Minister {n} spricht")],
        )
        briefing.add_article(extraction, "ABCDEF"[n % 6] + "123456"[n % 6])
    return BriefingSnapshot(briefing)


def test_many_sources_flow_onto_further_pages_and_slides(qapp, tmp_path: Path) -> None:
    import pypdf
    from pptx import Presentation

    snapshot = _many(14)
    export_to(ExportKind.PDF, tmp_path / "many.pdf", snapshot)
    pages = [_words(page.extract_text()) for page in pypdf.PdfReader(tmp_path / "many.pdf").pages]
    title_pages = " ".join(pages[: next(i for i, text in enumerate(pages) if text.startswith("1 Timeline"))])
    assert all(f"Bericht {n} zur Lage" in title_pages for n in range(1, 15))
    assert "Check every statement against its source" in pages[0] and "Bericht 1 zur Lage" in pages[0]
    export_to(ExportKind.PPTX, tmp_path / "many.pptx", snapshot)
    slides = list(Presentation(str(tmp_path / "many.pptx")).slides)
    titles = [slide.shapes.title.text for slide in slides]
    assert titles[:4] == ["Viele Quellen", "Sources (continued)", "Sources (continued)", "Timeline"]
    listed = " ".join(shape.text_frame.text for slide in slides[:3] for shape in slide.shapes if shape.has_text_frame)
    assert all(f"Bericht {n} zur Lage" in listed for n in range(1, 15))
    assert len(slides) == 4 + 14
