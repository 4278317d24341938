"""The handout's events and index: each event with its evidence, sources and warnings; the entities.

With several articles an event names every source that reports it, and one
whose sources disagree on the date gets a red box with the date each gives.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from lagebild.core.handout import EventRow, Handout
from lagebild.core.model import EntityType
from lagebild.ui.export.pages import Planner, mm
from lagebild.ui.export.pdf_style import ACCENT, MARK, TINT, WARN, WARN_TINT, table
from lagebild.ui.export.words import count_sources, disagree, kind_name

INDEX_ROWS_PER_BLOCK = 18


# -- events ------------------------------------------------------------------


def event_pages(planner: Planner, content: Handout) -> int:
    planner.new_page()
    number = len(planner.pages)
    heading = QCoreApplication.translate("Export", "Events in date order")
    planner.block(f'<p class="h1">2&nbsp;&nbsp;{escape(heading)}</p>', keep_with_next=True)
    if content.several:
        intro = QCoreApplication.translate(
            "Export",
            "Each event with the sentence of its most reliable source, the other sources that report it, "
            "and a warning where they disagree on the date.",
        )
    else:
        intro = QCoreApplication.translate("Export", "Each event with the sentence of the article that supports it.")
    planner.block(f'<p class="intro">{escape(intro)}</p>', space_before=mm(2), keep_with_next=True)
    for n, row in enumerate(content.events, start=1):
        planner.block(_event_html(n, row), space_before=mm(6) if n > 1 else mm(7))
    if not content.events:
        nothing = QCoreApplication.translate("Export", "No dated events were found.")
        planner.block(f"<p>{escape(nothing)}</p>", space_before=mm(6))
    return number


def _quote_html(row: EventRow) -> str:
    """The sentence with its date words marked."""
    if row.date_span is None:
        return escape(row.sentence)
    start, end = row.date_span
    marked = f'<span style="font-weight:bold; font-style:normal; background-color:{MARK};">'
    return f"{escape(row.sentence[:start])}{marked}{escape(row.sentence[start:end])}</span>{escape(row.sentence[end:])}"


def _event_html(number: int, row: EventRow) -> str:
    source = QCoreApplication.translate("Export", "Source: {0}").format(row.source)
    grade = QCoreApplication.translate("Export", "Reliability: {0}").format(row.reliability)
    meta = [escape(source), escape(grade)]
    if row.participants:
        who = QCoreApplication.translate("Export", "Participants: {0}").format(", ".join(row.participants))
        meta.append(escape(who))
    lines = [f'<p class="meta" style="margin-top:5px">{" · ".join(meta)}</p>']
    if row.source_count > 1:
        others = ", ".join(f"{r.source} ({r.reliability})" for r in row.other_sources)
        also = QCoreApplication.translate("Export", "also reported by {0}").format(others)
        lines.append(f'<p class="meta"><b>{escape(count_sources(row.source_count))}</b> – {escape(also)}</p>')
    if row.contradiction:
        lines.append(_conflict_html(row))
    if row.note:
        note = QCoreApplication.translate("Export", "Note:")
        text = "<br>".join(escape(line) for line in row.note.splitlines())
        lines.append(f'<p class="note" style="margin-top:4px"><b>{escape(note)}</b> {text}</p>')
    flag = '<span class="flag">⚠&nbsp;&nbsp;</span>' if row.contradiction else ""
    return (
        '<table width="100%" cellspacing="0" cellpadding="0"><tr>'
        f'<td width="34" valign="top"><p class="num">{number}</p></td>'
        '<td valign="top">'
        f'<p class="date">{flag}{escape(row.date_text.upper())}</p>'
        f'<p class="label" style="margin-top:2px">{escape(row.label)}</p>'
        f'<table width="100%" cellspacing="0" cellpadding="0" style="margin-top:6px"><tr>'
        f'<td width="3" bgcolor="{ACCENT}"></td>'
        f'<td bgcolor="{TINT}" style="padding:6px 10px"><p class="quote">{_quote_html(row)}</p></td>'
        "</tr></table>" + "".join(lines) + "</td></tr></table>"
    )


def _conflict_html(row: EventRow) -> str:
    """A red box: the sources disagree, and the date each one gives."""
    dates = "<br>".join(
        f"{escape(r.source)} ({r.reliability}): <b>{escape(r.date_text)}</b>" for r in row.reports
    )
    return (
        f'<table width="100%" cellspacing="0" cellpadding="0" style="margin-top:6px"><tr>'
        f'<td width="3" bgcolor="{WARN}"></td>'
        f'<td bgcolor="{WARN_TINT}" style="padding:5px 10px">'
        f'<p class="warn">⚠ {escape(disagree())}:</p><p class="conflict">{dates}</p></td>'
        "</tr></table>"
    )


# -- index -------------------------------------------------------------------


def index_pages(planner: Planner, content: Handout) -> int:
    planner.new_page()
    number = len(planner.pages)
    heading = QCoreApplication.translate("Export", "Index of entities")
    planner.block(f'<p class="h1">3&nbsp;&nbsp;{escape(heading)}</p>', keep_with_next=True)
    if content.several:
        intro = QCoreApplication.translate(
            "Export", "Who and what the articles name, in how many articles, with the numbers of their events."
        )
    else:
        intro = QCoreApplication.translate(
            "Export", "Who and what the article names, with the numbers of the events they take part in."
        )
    planner.block(f'<p class="intro">{escape(intro)}</p>', space_before=mm(2))
    headings = [
        QCoreApplication.translate("Export", "Name"),
        QCoreApplication.translate("Export", "Mentions"),
        QCoreApplication.translate("Export", "Events"),
    ]
    widths = [55, -15, 30]
    if content.several:
        headings.insert(2, QCoreApplication.translate("Export", "Articles"))
        widths = [47, -13, -12, 28]
    for kind in EntityType:
        group = [entry for entry in content.index if entry.type is kind]
        if not group:
            continue
        planner.block(f'<p class="h2">{escape(kind_name(kind))}</p>', space_before=mm(8), keep_with_next=True)
        for start in range(0, len(group), INDEX_ROWS_PER_BLOCK):
            rows = []
            for e in group[start : start + INDEX_ROWS_PER_BLOCK]:
                row = [escape(e.name), str(e.mentions), escape(", ".join(map(str, e.events))) or "–"]
                if content.several:
                    row.insert(2, str(e.articles))
                rows.append(row)
            planner.block(table(headings, widths, rows), space_before=mm(2))
    return number
