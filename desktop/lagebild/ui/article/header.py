"""The article header: title, source and the editable publication date.

The publication date anchors every relative date ("heute", "am Montag").
Editing it emits :attr:`ArticleHeader.published_changed` once the user has
settled (Enter, focus out, or a short pause after the last change); the
window then re-anchors the extraction.  A missing date is flagged in amber.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from lagebild.core.model import Article

NO_DATE = QDate(1900, 1, 1)  # the date edit's minimum stands for "no date"
_SETTLE_MS = 700
_WARNING_ON_LIGHT, _WARNING_ON_DARK = "#b45309", "#fbbf24"


def to_qdate(value: date | None) -> QDate:
    return QDate(value.year, value.month, value.day) if value else QDate(NO_DATE)


def from_qdate(value: QDate) -> date | None:
    if not value.isValid() or value <= NO_DATE:
        return None
    return date(value.year(), value.month(), value.day())


class ArticleHeader(QWidget):
    """Title, source line and publication date of the shown article."""

    published_changed = Signal(object)  # date | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self)
        self.title.setObjectName("articleTitle")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setWeight(QFont.Weight.Bold)
        self.title.setFont(font)

        self.source = QLabel(self)
        self.source.setObjectName("articleSource")
        self.source.setWordWrap(True)
        self.source.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self.place = QLabel(self)
        self.place.setObjectName("articlePlace")
        self.place.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.place.hide()

        self.date_label = QLabel(self)
        self.date_edit = QDateEdit(self)
        self.date_edit.setObjectName("publishedDate")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd.MM.yyyy")
        self.date_edit.setMinimumDate(NO_DATE)
        self.date_edit.setDate(NO_DATE)
        self.date_edit.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.date_label.setBuddy(self.date_edit)
        self.missing = QLabel(self)
        self.missing.setObjectName("missingDate")
        self.missing.setWordWrap(True)
        self.missing.hide()

        date_row = QHBoxLayout()
        date_row.setContentsMargins(0, 0, 0, 0)
        date_row.addWidget(self.date_label)
        date_row.addWidget(self.date_edit)
        date_row.addWidget(self.missing, 1)
        date_row.addStretch(0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 6)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.source)
        layout.addWidget(self.place)
        layout.addLayout(date_row)

        self._published: date | None = None
        self._settle = QTimer(self, singleShot=True, interval=_SETTLE_MS)
        self._settle.timeout.connect(self._commit)
        self.date_edit.dateChanged.connect(lambda _d: self._settle.start())
        self.date_edit.editingFinished.connect(self._commit)
        self.retranslate()

    @property
    def published(self) -> date | None:
        """The publication date the shown extraction is anchored to."""
        return self._published

    def set_article(self, article: Article | None) -> None:
        """Show ``article``'s metadata (no signal)."""
        self._settle.stop()
        self._published = article.published if article else None
        name = Path(article.path).name if article and article.path else ""
        self.title.setText((article.title if article else None) or name)
        self.source.setText((article.source if article else None) or "")
        self.source.setToolTip(article.path if article and article.path else "")
        self.source.setVisible(bool(self.source.text()))
        self.date_edit.blockSignals(True)
        self.date_edit.setDate(to_qdate(self._published))
        self.date_edit.blockSignals(False)
        self.date_edit.setEnabled(article is not None)
        self._show_missing(article is not None and self._published is None)
        self._describe_source(article)

    def set_place(self, text: str) -> None:
        """Where the article stands in the briefing ("Article 2 of 5 · Reliability B2"); "" hides it."""
        self.place.setText(text)
        self.place.setVisible(bool(text))

    def _commit(self) -> None:
        """The user settled on a date: announce it if it differs from the shown one."""
        self._settle.stop()
        chosen = from_qdate(self.date_edit.date())
        if chosen != self._published:
            self._published = chosen
            self._show_missing(chosen is None)
            self.published_changed.emit(chosen)

    def _show_missing(self, missing: bool) -> None:
        self.missing.setVisible(missing)
        dark = self.palette().color(QPalette.ColorRole.Window).lightness() < 128
        colour = _WARNING_ON_DARK if dark else _WARNING_ON_LIGHT
        self.missing.setStyleSheet(f"color: {colour}; font-weight: bold;")

    def _describe_source(self, article: Article | None) -> None:
        origin = article.published_source if article else None
        origins = {
            "option": self.tr("given on the command line or edited here"),
            "sidecar": self.tr("from the sidecar file (.meta.json)"),
            "page": self.tr("from the web page's metadata"),
            "dateline": self.tr("from the article's dateline"),
        }
        tip = self.tr("Publication date: relative dates are resolved against it.")
        if origin in origins:
            tip += "\n" + self.tr("Source: {0}").format(origins[origin])
        self.date_edit.setToolTip(tip)

    def retranslate(self) -> None:
        self.date_label.setText(self.tr("&Published:"))
        self.date_edit.setSpecialValueText(self.tr("unknown"))
        self.missing.setText(
            "⚠ " + self.tr("No publication date: relative dates such as “today” stay unplaced. Set it here.")
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.PaletteChange:
            self._show_missing(not self.missing.isHidden())
        super().changeEvent(event)
