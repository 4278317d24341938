"""The presenter's own screen: what is shown now, what comes next, notes and a clock.

Shown on a second screen when there is one (the laptop in front of the
presenter, while the projector shows the slides).  It holds no state of its
own: the presentation window tells it what to show and receives the keys
pressed while it has focus.
"""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QEvent, QTime, QTimer, Qt
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QTextEdit, QVBoxLayout, QWidget

from lagebild.ui.present import style


class PresenterView(QWidget):
    """Current and next slide in words, the notes of the current event, the time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("presenterView")
        self.setAutoFillBackground(True)
        self.now_heading = QLabel(self)
        self.position = QLabel(self)
        self.current_date = QLabel(self)
        self.current_label = QLabel(self)
        self.current_label.setWordWrap(True)
        self.next_heading = QLabel(self)
        self.next_label = QLabel(self)
        self.next_label.setWordWrap(True)
        self.notes_heading = QLabel(self)
        self.notes = QTextEdit(self)
        self.notes.setReadOnly(True)
        self.notes.setFrameShape(QFrame.Shape.NoFrame)
        self.notes.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.clock = QLabel(self)
        self.elapsed = QLabel(self)
        for label in (self.clock, self.elapsed):
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        left = QVBoxLayout()
        head = QHBoxLayout()
        head.addWidget(self.now_heading, 1)
        head.addWidget(self.position)
        left.addLayout(head)
        left.addWidget(self.current_date)
        left.addWidget(self.current_label)
        left.addSpacing(12)
        left.addWidget(self.notes_heading)
        left.addWidget(self.notes, 1)
        right = QVBoxLayout()
        right.addWidget(self.clock)
        right.addWidget(self.elapsed)
        right.addSpacing(24)
        right.addWidget(self.next_heading)
        right.addWidget(self.next_label)
        right.addStretch(1)
        box = QHBoxLayout(self)
        box.addLayout(left, 3)
        box.addLayout(right, 2)
        self._box = box
        self._columns = (left, right)
        for label in (self.now_heading, self.next_heading, self.notes_heading, self.position, self.elapsed):
            label.setStyleSheet(f"color: {style.MUTED.name()};")
        self.current_date.setStyleSheet(f"color: {style.ACCENT.name()};")

        self._started = QElapsedTimer()
        self._started.start()
        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self.tick)
        self._ticker.start()
        style.adopt(self)
        self.retranslate()
        self.tick()
        self._apply_scale(style.TypeScale(800))

    def show_slide(self, position: str, date_text: str, label: str, next_label: str, notes: str) -> None:
        """What the audience sees now, what comes next, and the notes for it."""
        self.position.setText(position)
        self.current_date.setText(date_text)
        self.current_date.setVisible(bool(date_text))
        self.current_label.setText(label)
        self.next_label.setText(next_label or self.tr("End of the presentation"))
        self.notes.setPlainText(notes)
        self.notes.setPlaceholderText(self.tr("No notes for this slide."))

    def tick(self) -> None:
        """Show the time of day and how long the presentation has run."""
        self.clock.setText(QTime.currentTime().toString("HH:mm"))
        seconds = self._started.elapsed() // 1000
        self.elapsed.setText(
            self.tr("Running for {0}").format(f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}")
        )

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Presenter View – Lagebild"))
        self.now_heading.setText(self.tr("Now showing").upper())
        self.next_heading.setText(self.tr("Next").upper())
        self.notes_heading.setText(self.tr("Notes").upper())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._apply_scale(style.TypeScale(max(1, self.height())))

    def _apply_scale(self, scale: style.TypeScale) -> None:
        base = self.font()
        for label in (self.now_heading, self.next_heading, self.notes_heading, self.position):
            label.setFont(style.font(base, scale.px(1 / 45), QFont.Weight.DemiBold))
        self.current_date.setFont(style.font(base, scale.px(1 / 26), QFont.Weight.Bold))
        self.current_label.setFont(style.font(base, scale.px(1 / 22), QFont.Weight.Bold))
        self.next_label.setFont(style.font(base, scale.px(1 / 28)))
        self.notes.setFont(style.font(base, scale.px(1 / 32)))
        self.clock.setFont(style.font(base, scale.px(1 / 9), QFont.Weight.Bold))
        self.elapsed.setFont(style.font(base, scale.px(1 / 40)))
        margin = scale.px(1 / 30)
        self._box.setContentsMargins(margin, margin, margin, margin)
        self._box.setSpacing(margin * 2)
        for column in self._columns:  # nested layouts would take the outer spacing
            column.setSpacing(margin // 3)
