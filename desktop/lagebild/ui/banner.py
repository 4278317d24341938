"""Small bars above the views: messages and the active entity filter."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QWidget,
)


class MessageBanner(QFrame):
    """A dismissible one-line message above the views (errors, notes)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.level = ""
        self.hide()

    def show_message(self, text: str, level: str = "error") -> None:
        """Show ``text``; ``level`` is "error" (red) or "info" (amber)."""
        self.level = level
        colour = "#c62828" if level == "error" else "#b7791f"
        self.setStyleSheet(
            f"QFrame#messageBanner {{ border: 1px solid {colour}; border-left: 5px solid {colour}; }}"
        )
        self.label.setText(text)
        self.close_button.setToolTip(self.tr("Dismiss"))
        self.show()

    def clear(self) -> None:
        self.level = ""
        self.label.clear()
        self.hide()


class FilterBar(QWidget):
    """Says which entity the views are emphasising, with a button to stop."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.button = QPushButton(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 2, 10, 2)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.hide()
