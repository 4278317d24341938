"""Words the exports share: grades spelled out, entity kinds, source counts, the few Markdown labels."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from lagebild.core.exports import MarkdownWords
from lagebild.core.model import EntityType
from lagebild.core.wording import long_date

_CONTEXT = "Export"

_SOURCE = {
    "A": QT_TRANSLATE_NOOP("Export", "completely reliable"),
    "B": QT_TRANSLATE_NOOP("Export", "usually reliable"),
    "C": QT_TRANSLATE_NOOP("Export", "fairly reliable"),
    "D": QT_TRANSLATE_NOOP("Export", "not usually reliable"),
    "E": QT_TRANSLATE_NOOP("Export", "unreliable"),
    "F": QT_TRANSLATE_NOOP("Export", "reliability cannot be judged"),
}
_INFORMATION = {
    "1": QT_TRANSLATE_NOOP("Export", "confirmed by other sources"),
    "2": QT_TRANSLATE_NOOP("Export", "probably true"),
    "3": QT_TRANSLATE_NOOP("Export", "possibly true"),
    "4": QT_TRANSLATE_NOOP("Export", "doubtful"),
    "5": QT_TRANSLATE_NOOP("Export", "improbable"),
    "6": QT_TRANSLATE_NOOP("Export", "truth cannot be judged"),
}
_KINDS = {
    EntityType.PER: QT_TRANSLATE_NOOP("Export", "People"),
    EntityType.ORG: QT_TRANSLATE_NOOP("Export", "Organisations"),
    EntityType.LOC: QT_TRANSLATE_NOOP("Export", "Places"),
    EntityType.MISC: QT_TRANSLATE_NOOP("Export", "Other"),
}


def tr(text: str) -> str:
    """``text`` translated in the context "Export"."""
    return QCoreApplication.translate(_CONTEXT, text)


def grade_text(grade: str) -> str:
    """A NATO grade spelled out: "F6" → "reliability cannot be judged, truth cannot be judged"."""
    source, information = grade[:1], grade[1:2]
    parts = [tr(_SOURCE[source])] if source in _SOURCE else []
    parts += [tr(_INFORMATION[information])] if information in _INFORMATION else []
    return ", ".join(parts)


def kind_name(kind: EntityType) -> str:
    """The heading of an entity kind in the index."""
    return tr(_KINDS[kind])


def count_sources(count: int) -> str:
    """ "2 sources" in the UI language."""
    if count == 1:
        return QCoreApplication.translate("Export", "1 source")
    return QCoreApplication.translate("Export", "{0} sources").format(count)


def disagree() -> str:
    """The warning over an event whose sources give dates that cannot both be true."""
    return QCoreApplication.translate("Export", "The sources disagree on the date")


def markdown_words() -> MarkdownWords:
    """The Markdown export's labels in the UI language."""
    return MarkdownWords(
        published=QCoreApplication.translate("Export", "Published"),
        source=QCoreApplication.translate("Export", "Source"),
        participants=QCoreApplication.translate("Export", "Participants"),
        events=QCoreApplication.translate("Export", "Events"),
        note=QCoreApplication.translate("Export", "Note"),
        sources=QCoreApplication.translate("Export", "Sources"),
        conflict=disagree(),
        count_sources=count_sources,
    )


def long_day(day: date | None, language: str = "de") -> str:
    """A day as the event dates read ("21. Januar 2024"), "" for none."""
    return long_date(day, language) if day is not None else ""
