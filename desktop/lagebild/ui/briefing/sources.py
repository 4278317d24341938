"""SourcesBar: the sources of the selected event, one button each, above the article.

Shown when the selected occurrence is reported by several articles ("2
sources") or carries the analyst's note.  Each button names the article and
its grade; clicking it selects that article's version of the event, so the
article panel shows and highlights that source's sentence.  Sources that
disagree on the date are flagged.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lagebild.core.wording import clip, long_date

if TYPE_CHECKING:
    from lagebild.core.snapshot import BriefingSnapshot


class SourcesBar(QFrame):
    """Buttons for the sources of one event group, plus its note."""

    source_chosen = Signal(str)  # event ID of the chosen source's member

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sourcesBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(self)
        self.warning = QLabel(self)
        self.warning.setObjectName("contradiction")
        self.warning.setWordWrap(True)
        self.note = QLabel(self)
        self.note.setObjectName("eventNote")
        self.note.setWordWrap(True)
        self._buttons_row = QHBoxLayout()
        self._buttons_row.setContentsMargins(0, 0, 0, 0)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._group.idClicked.connect(self._on_clicked)
        self._members: list[str] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(2)
        row = QHBoxLayout()
        row.addWidget(self.title)
        row.addLayout(self._buttons_row, 1)
        layout.addLayout(row)
        layout.addWidget(self.warning)
        layout.addWidget(self.note)
        self.hide()

    def buttons(self) -> list[QPushButton]:
        return [b for b in self._group.buttons() if isinstance(b, QPushButton)]

    def show_event(self, snapshot: BriefingSnapshot | None, event_id: str | None) -> None:
        """Show the sources and note of ``event_id``'s group (hidden if there is nothing to say)."""
        for button in self._group.buttons():
            self._group.removeButton(button)
            button.deleteLater()
        self._members = []
        group = snapshot.group(event_id) if snapshot else None
        note = snapshot.note(event_id) if snapshot else ""
        several = group is not None and len(group.sources) > 1
        if group is None or (not several and not note):
            self.hide()
            return
        self.title.setVisible(several)
        if several:
            self.title.setText(self.tr("Reported by %n sources:", "", len(group.sources)))
            for number, (key, event) in enumerate(group.members):
                info = snapshot.infos[key]
                button = QPushButton(f"{info.number}. {clip(info.title, 32, at_word=True)} ({info.reliability})", self)
                button.setCheckable(True)
                button.setChecked(event.id == event_id)
                button.setToolTip(f"{info.title}\n{event.label}\n{_when(event.earliest, event.latest, event.date)}")
                self._group.addButton(button, number)
                self._buttons_row.addWidget(button)
                self._members.append(event.id)
        if several and group.contradiction:
            dates = " / ".join(
                f"{_when(e.earliest, e.latest, e.date)} ({snapshot.infos[k].number})" for k, e in group.members
            )
            self.warning.setText("⚠ " + self.tr("The sources disagree on the date: {0}").format(dates))
            self.warning.show()
        else:
            self.warning.hide()
        self.note.setText(self.tr("Note: {0}").format(note) if note else "")
        self.note.setVisible(bool(note))
        self.show()

    def _on_clicked(self, number: int) -> None:
        if 0 <= number < len(self._members):
            self.source_chosen.emit(self._members[number])


def _when(earliest, latest, value: str) -> str:
    if earliest is not None and earliest == latest:
        return long_date(earliest)
    return value
