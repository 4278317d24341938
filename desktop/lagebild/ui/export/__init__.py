"""Exports of a briefing: PDF handout, PowerPoint, the timeline as PNG/SVG, events as CSV/Markdown, JSON.

``ExportKind`` and ``KINDS`` (menu texts, filters, suffixes) are cheap to
import; the writers (python-pptx, the PDF layout) load only when an export
runs.  Entry points take a :class:`~lagebild.core.snapshot.BriefingSnapshot`
(an ``Extraction`` counts as a one-article briefing):
:func:`export_with_dialog` asks for a file and reports errors in a message
box; :func:`export_to` writes without asking.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from lagebild.ui.export.kinds import KINDS, ExportKind, KindSpec

if TYPE_CHECKING:
    from lagebild.ui.export.dialog import ExportOptions, export_to, export_with_dialog

__all__ = ["KINDS", "ExportKind", "ExportOptions", "KindSpec", "export_to", "export_with_dialog"]


def __getattr__(name: str) -> Any:
    if name in ("ExportOptions", "export_to", "export_with_dialog"):
        from lagebild.ui.export import dialog

        return getattr(dialog, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
