"""The handout's look: colours, the text style sheet, and the one table layout every section uses."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

INK, ACCENT, MUTED, RULE, TINT = "#1b2430", "#1f3a5f", "#5b6573", "#cdd5df", "#eef2f7"
WARN, WARN_TINT, MARK = "#a4262c", "#fbeaea", "#f6e2b3"  # contradiction warning; date words in a quote

STYLESHEET = f"""
p {{ margin: 0; color: {INK}; }}
.kicker {{ font-size: 9pt; font-weight: bold; color: {MUTED}; letter-spacing: 1px; }}
.title {{ font-size: 24pt; font-weight: bold; color: {ACCENT}; }}
.long {{ font-size: 17pt; }}
.subtitle {{ font-size: 11pt; color: {MUTED}; }}
.h1 {{ font-size: 17pt; font-weight: bold; color: {ACCENT}; }}
.h2 {{ font-size: 12pt; font-weight: bold; color: {ACCENT}; }}
.intro {{ font-size: 9.5pt; color: {MUTED}; }}
.figure {{ font-size: 20pt; font-weight: bold; color: {ACCENT}; }}
.figlabel {{ font-size: 9pt; color: {MUTED}; }}
.num {{ font-size: 15pt; font-weight: bold; color: {ACCENT}; }}
.date {{ font-size: 9pt; font-weight: bold; color: {MUTED}; }}
.label {{ font-size: 12pt; font-weight: bold; color: {INK}; }}
.quote {{ font-size: 10pt; font-style: italic; color: {INK}; }}
.meta {{ font-size: 8.5pt; color: {MUTED}; }}
.note {{ font-size: 9pt; color: {INK}; }}
.warn {{ font-size: 9pt; font-weight: bold; color: {WARN}; }}
.conflict {{ font-size: 9pt; color: {INK}; }}
.flag {{ color: {WARN}; font-weight: bold; }}
.small {{ font-size: 8.5pt; color: {MUTED}; }}
th {{ font-size: 8.5pt; font-weight: bold; color: {MUTED}; text-align: left; }}
td {{ font-size: 9.5pt; color: {INK}; }}
"""


def table(headings: Sequence[str], widths: Sequence[int], rows: Sequence[Sequence[str]], pad: int = 4) -> str:
    """A full-width table with a rule above each row; cells are HTML, the last column may be right-aligned
    by a width given as a negative number."""

    def cell(tag: str, html: str, column: int, rule: bool) -> str:
        left = 0 if column == 0 else 8
        right = 0 if column == len(widths) - 1 else 8
        align = ' align="right"' if widths[column] < 0 else ""
        border = f" border-top: 1px solid {RULE};" if rule else ""
        style = f'style="padding:{pad}px {right}px {pad}px {left}px;{border}"'
        return f'<{tag} width="{abs(widths[column])}%"{align} {style}>{html}</{tag}>'

    head = "".join(cell("th", escape(text), n, False) for n, text in enumerate(headings))
    body = "".join("<tr>" + "".join(cell("td", html, n, True) for n, html in enumerate(row)) + "</tr>" for row in rows)
    return (
        '<table width="100%" cellspacing="0" cellpadding="0" style="border-collapse: collapse;">'
        f"{'<tr>' + head + '</tr>' if headings else ''}{body}</table>"
    )
