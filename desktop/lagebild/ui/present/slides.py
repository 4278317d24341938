"""The slide widgets: an event in large type, and the title/overview header.

An event reported by several articles names the other sources at the foot;
one whose sources disagree on the date shows a red warning with the date
each source gives.  The opening header of a briefing lists every source
with its grade.

Every size comes from a :class:`~lagebild.ui.present.style.TypeScale`, so
the same slide is readable on a 1080p projector and a 4K screen.  The
supporting sentence is shown word for word with its date words marked; its
offsets are Python code points and are converted to Qt's UTF-16 positions
here, at the Qt boundary.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QResizeEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QTextEdit, QVBoxLayout, QWidget

from lagebild.ui.article.offsets import Utf16Offsets, qt_safe_text
from lagebild.ui.present import style
from lagebild.ui.present.content import EventCard, Participant, SourceDate

MAX_PARTICIPANTS = 6
MAX_SOURCES = 6  # source lines on the opening slide; more are counted
TITLE_LINES = 2  # the label shrinks (down to TypeScale.label_min) to fit in this many lines
LINE_HEIGHT = 125  # percent of the font height, for the sentence


class ElidedLabel(QLabel):
    """A one-line label that ends in "…" when its text is wider than the label."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setMinimumWidth(1)

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self._elide()

    def full_text(self) -> str:
        return self._full

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._elide()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._elide()

    def minimumSizeHint(self) -> QSize:
        return QSize(1, super().minimumSizeHint().height())

    def _elide(self) -> None:
        metrics = QFontMetrics(self.font())
        self.setText(metrics.elidedText(self._full, Qt.TextElideMode.ElideRight, max(1, self.width())))


class SentenceView(QTextEdit):
    """The supporting sentence, as large as fits, with the date words marked."""

    fitted = Signal(int)  # the height the text takes at the chosen size

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.viewport().setAutoFillBackground(False)
        self.setStyleSheet("background: transparent;")
        self.document().setDocumentMargin(0)
        self._sizes = (36, 24)
        self._span_qt: tuple[int, int] | None = None

    def set_sentence(self, text: str, date_span: tuple[int, int] | None) -> None:
        """Show ``text``; ``date_span`` (Python offsets into it) is marked."""
        text = qt_safe_text(text)
        self.setPlainText(text)
        cursor = QTextCursor(self.document())
        cursor.select(QTextCursor.SelectionType.Document)
        block = QTextBlockFormat()
        block.setLineHeight(LINE_HEIGHT, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        cursor.mergeBlockFormat(block)
        self._span_qt = Utf16Offsets(text).span_to_qt(*date_span) if date_span else None
        if self._span_qt is not None:
            mark = QTextCharFormat()
            mark.setForeground(style.ACCENT)
            mark.setBackground(style.DATE_MARK_BACKGROUND)
            mark.setFontWeight(QFont.Weight.Bold)
            cursor.setPosition(self._span_qt[0])
            cursor.setPosition(self._span_qt[1], QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(mark)
        self._fit()

    def date_span(self) -> tuple[int, int] | None:
        """The marked date words in Qt (UTF-16) positions."""
        return self._span_qt

    def set_sizes(self, largest: int, smallest: int) -> None:
        """The font pixel sizes to try, largest first."""
        self._sizes = (largest, smallest)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """The largest size at which the sentence fits without scrolling."""
        largest, smallest = self._sizes
        document = self.document()
        width = max(1, self.viewport().width())
        height = max(1, self.viewport().height())
        document.setTextWidth(width)
        size = largest
        while True:
            document.setDefaultFont(style.font(self.font(), size))
            if size <= smallest or document.size().height() <= height:
                break
            size = max(smallest, size - max(1, size // 12))
        self.verticalScrollBar().setValue(0)
        self.fitted.emit(min(height, math.ceil(document.size().height())))


class ParticipantList(QWidget):
    """Who takes part: an icon per kind and the name, one per line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(self)
        self.more = QLabel(self)
        self._box = QVBoxLayout(self)
        self._box.setContentsMargins(0, 0, 0, 0)
        self._rows: list[QWidget] = []
        self._names: list[str] = []
        self._participants: tuple[Participant, ...] = ()
        self._scale = style.TypeScale(1080)
        for label in (self.heading, self.more):
            label.setStyleSheet(f"color: {style.MUTED.name()};")

    def set_participants(self, participants: tuple[Participant, ...]) -> None:
        self._participants = participants
        self._rebuild()

    def names(self) -> list[str]:
        """The names shown, top to bottom."""
        return list(self._names)

    def apply_scale(self, scale: style.TypeScale) -> None:
        self._scale = scale
        self._rebuild()

    def _rebuild(self) -> None:
        from lagebild.ui.icons import icon

        while self._box.count():
            item = self._box.takeAt(0)
            widget = item.widget()
            if widget is not None and widget not in (self.heading, self.more):
                widget.hide()
                widget.deleteLater()
        scale = self._scale
        self.heading.setText(self.tr("Participants").upper())
        self.heading.setFont(style.font(self.font(), scale.small, QFont.Weight.DemiBold))
        self._box.setSpacing(round(scale.gap * 0.9))
        self._box.addWidget(self.heading)
        shown = self._participants[:MAX_PARTICIPANTS]
        self._names = [p.name for p in shown]
        for participant in shown:
            row = QWidget(self)
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            line.setSpacing(scale.gap)
            picture = QLabel(row)
            picture.setPixmap(style.tinted(icon(participant.icon), scale.body, style.MUTED))
            name = QLabel(participant.name, row)
            name.setFont(style.font(self.font(), scale.body))
            line.addWidget(picture, 0, Qt.AlignmentFlag.AlignVCenter)
            line.addWidget(name, 1, Qt.AlignmentFlag.AlignVCenter)
            style.adopt(row)
            self._box.addWidget(row)
        hidden = len(self._participants) - len(shown)
        self.more.setVisible(hidden > 0)
        self.more.setText(self.tr("and %n more", "", hidden) if hidden > 0 else "")
        self.more.setFont(style.font(self.font(), scale.small))
        self._box.addWidget(self.more)
        self._box.addStretch(1)


class EventSlide(QWidget):
    """One event: date, label, the sentence that supports it, participants and source."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.flag = QLabel("⚠", self)
        self.flag.hide()
        self.date_label = QLabel(self)
        self.counter = QLabel(self)
        self.counter.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.title_label = QLabel(self)
        self.title_label.setWordWrap(True)
        self.bar = QFrame(self)
        self.bar.setStyleSheet(f"background: {style.ACCENT.name()};")
        self.sentence = SentenceView(self)
        self.sentence.fitted.connect(lambda height: self.bar.setFixedHeight(max(1, height)))
        self.participants = ParticipantList(self)
        self.conflict = QLabel(self)
        self.conflict.setWordWrap(True)
        self.conflict.setTextFormat(Qt.TextFormat.RichText)
        self.conflict.hide()
        self.source = ElidedLabel(self)
        self.grade = QLabel(self)
        self.grade.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.card: EventCard | None = None
        self._scale = style.TypeScale(1080)

        top = QHBoxLayout()
        top.addWidget(self.flag)
        top.addWidget(self.date_label, 1)
        top.addWidget(self.counter)
        evidence = QHBoxLayout()
        evidence.addWidget(self.bar, 0, Qt.AlignmentFlag.AlignTop)
        evidence.addWidget(self.sentence, 1)
        body = QHBoxLayout()
        body.addLayout(evidence, 5)
        body.addWidget(self.participants, 2)
        foot = QHBoxLayout()
        foot.addWidget(self.source, 1)
        foot.addWidget(self.grade)
        self._body = body
        self._evidence = evidence
        self._box = QVBoxLayout(self)
        self._box.setContentsMargins(0, 0, 0, 0)
        self._box.addLayout(top)
        self._box.addWidget(self.title_label)
        self._box.addLayout(body, 1)
        self._box.addWidget(self.conflict)
        self._box.addLayout(foot)
        self.counter.setStyleSheet(f"color: {style.MUTED.name()};")
        self.source.setStyleSheet(f"color: {style.MUTED.name()};")
        self.date_label.setStyleSheet(f"color: {style.ACCENT.name()};")
        self.flag.setStyleSheet(f"color: {style.WARN.name()};")
        self.conflict.setStyleSheet(f"color: {style.TEXT.name()};")
        self.apply_scale(style.TypeScale(1080))

    def show_card(self, card: EventCard, total: int) -> None:
        """Show ``card``, the ``card.number``-th of ``total`` events."""
        self.card = card
        self.flag.setVisible(card.contradiction)
        self.flag.setToolTip(self.tr("The sources disagree on the date") if card.contradiction else "")
        self.date_label.setText(card.date_text)
        self.counter.setText(self.tr("Event {0} of {1}").format(card.number, total))
        self.title_label.setText(card.label)
        self._fit_title()
        self.sentence.set_sentence(card.sentence, card.date_span)
        self.participants.set_participants(card.participants)
        self.participants.setVisible(bool(card.participants))
        self.conflict.setVisible(card.contradiction)
        self.conflict.setText(self._conflict_html(card.reports) if card.contradiction else "")
        self.source.set_full_text(self._source_text(card))
        self.grade.setText(card.grade)
        self.grade.setToolTip(self.tr("Reliability of the source and credibility of the information"))
        self.grade.setVisible(bool(card.grade))

    def _source_text(self, card: EventCard) -> str:
        """"Source: …", and with several sources how many and which others."""
        if not card.source:
            return ""
        text = self.tr("Source: {0}").format(card.source)
        if card.others:
            others = ", ".join(f"{other.source} ({other.grade})" for other in card.others)
            count = self.tr("%n sources", "", card.source_count)
            text += " · " + count + " – " + self.tr("also reported by {0}").format(others)
        return text

    def _conflict_html(self, reports: Sequence[SourceDate]) -> str:
        """The warning and the date each source gives, one after the other."""
        heading = self.tr("The sources disagree on the date:")
        dates = " &nbsp;·&nbsp; ".join(
            f"<b>{escape(r.date_text)}</b> <span style='color:{style.MUTED.name()}'>{escape(r.source)} ({r.grade})</span>"
            for r in reports
        )
        return f"<span style='color:{style.WARN.name()}'><b>⚠ {escape(heading)}</b></span> {dates}"

    def apply_scale(self, scale: style.TypeScale) -> None:
        """Set every font and spacing for a screen ``scale.height`` pixels high."""
        self._scale = scale
        base = self.font()
        self.date_label.setFont(style.font(base, scale.date, QFont.Weight.Bold))
        self.flag.setFont(style.font(base, scale.date, QFont.Weight.Bold))
        self.counter.setFont(style.font(base, scale.small))
        self.conflict.setFont(style.font(base, scale.body))
        self._fit_title()
        self.sentence.set_sizes(scale.sentence, scale.sentence_min)
        self.participants.apply_scale(scale)
        self.source.setFont(style.font(base, scale.small))
        self.grade.setFont(style.font(base, scale.small, QFont.Weight.Bold))
        pad = max(2, scale.gap // 3)
        self.grade.setStyleSheet(
            f"color: {style.TEXT.name()}; border: 2px solid {style.MUTED.name()};"
            f" border-radius: {pad}px; padding: {pad // 2}px {pad * 2}px;"
        )
        self.bar.setFixedWidth(max(3, scale.height // 180))
        self._evidence.setSpacing(scale.gap * 2)
        self._body.setSpacing(scale.margin)
        self._box.setSpacing(scale.gap)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit_title()

    def _fit_title(self) -> None:
        """The label as large as fits in :data:`TITLE_LINES` lines."""
        width = max(1, self.width())
        size = self._scale.label
        while True:
            font = style.font(self.font(), size, QFont.Weight.Bold)
            metrics = QFontMetrics(font)
            needed = metrics.boundingRect(0, 0, width, 10 * metrics.height(), Qt.TextFlag.TextWordWrap, self.title_label.text())
            if size <= self._scale.label_min or needed.height() <= TITLE_LINES * metrics.lineSpacing():
                break
            size = max(self._scale.label_min, size - max(1, size // 16))
        self.title_label.setFont(font)


class OverviewHeader(QWidget):
    """The title block of the opening and closing overview."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kicker = QLabel(self)
        self.title_label = QLabel(self)
        self.title_label.setWordWrap(True)
        self.subtitle = QLabel(self)
        self.subtitle.setWordWrap(True)
        self.meta = ElidedLabel(self)
        self.sources = QLabel(self)
        self.sources.setTextFormat(Qt.TextFormat.RichText)
        self.sources.hide()
        self.rule = QFrame(self)
        self.rule.setStyleSheet(f"background: {style.ACCENT.name()};")
        self._box = QVBoxLayout(self)
        self._box.setContentsMargins(0, 0, 0, 0)
        self._box.addWidget(self.kicker)
        self._box.addWidget(self.title_label)
        self._box.addWidget(self.rule)
        self._box.addWidget(self.subtitle)
        self._box.addWidget(self.meta)
        self._box.addWidget(self.sources)
        self.kicker.setStyleSheet(f"color: {style.ACCENT.name()};")
        self.meta.setStyleSheet(f"color: {style.MUTED.name()};")
        self.apply_scale(style.TypeScale(1080))

    def show_header(
        self, kicker: str, title: str, subtitle: str, meta: str, sources: Sequence[tuple[str, str]] = ()
    ) -> None:
        """The header texts; ``sources`` are (grade, name) lines, shown when given."""
        self.kicker.setText(kicker.upper())
        self.title_label.setText(title)
        self.subtitle.setText(subtitle)
        self.meta.set_full_text(meta)
        self.sources.setVisible(bool(sources))
        self.sources.setText(self._sources_html(sources))

    def source_lines(self) -> list[str]:
        """The source lines as plain text ("B2 Title — Outlet")."""
        document = QTextDocument()
        document.setHtml(self.sources.text())
        return [line for line in document.toPlainText().splitlines() if line.strip()]

    def _sources_html(self, sources: Sequence[tuple[str, str]]) -> str:
        lines = [
            f"<b style='color:{style.ACCENT.name()}'>{escape(grade)}</b>&nbsp;&nbsp;{escape(name)}"
            for grade, name in sources[:MAX_SOURCES]
        ]
        if len(sources) > MAX_SOURCES:
            more = self.tr("and %n more", "", len(sources) - MAX_SOURCES)
            lines.append(f"<span style='color:{style.MUTED.name()}'>{escape(more)}</span>")
        return "<br>".join(lines)

    def apply_scale(self, scale: style.TypeScale) -> None:
        base = self.font()
        self.kicker.setFont(style.font(base, scale.small, QFont.Weight.Bold))
        self.title_label.setFont(style.font(base, scale.title, QFont.Weight.Bold))
        self.subtitle.setFont(style.font(base, scale.date))
        self.meta.setFont(style.font(base, scale.small))
        self.sources.setFont(style.font(base, scale.body))
        self.rule.setFixedSize(scale.margin * 2, max(3, scale.height // 200))
        self._box.setSpacing(scale.gap)
