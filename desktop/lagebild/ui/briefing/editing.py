"""BriefingEditor: the analyst's corrections, from the selection to an undo command.

Each public method edits what the selection controller has selected.  It
asks for the new value in a small dialog unless the caller passes it (menus
ask, tests pass), builds the core correction anchored on stable IDs and text
offsets, and pushes it on the document's undo stack.  Invalid input (an
impossible date, an empty name) is said in a message box; nothing changes.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from lagebild.core.briefing import reliability_grade
from lagebild.core.corrections import (
    AddEvent,
    Correction,
    HideEvent,
    MergeEntities,
    NoteEvent,
    RelabelEvent,
    RenameEntity,
    RetypeEntity,
    SetEventDate,
    SplitEntity,
    entity_anchor,
    event_anchor,
    span_anchor,
)
from lagebild.core.date_input import parse_date_input
from lagebild.core.wording import clip
from lagebild.core.model import Entity, EntityType, Event, Extraction
from lagebild.ui.briefing.commands import (
    CorrectionCommand,
    RemoveArticleCommand,
    RenameBriefingCommand,
    SetReliabilityCommand,
    WithdrawCorrectionsCommand,
)
from lagebild.ui.briefing.document import BriefingDocument
from lagebild.ui.selection import SelectionController

# Admiralty code: source reliability and information credibility, as offered in the grade dialog.
SOURCE_GRADES = "ABCDEF"
INFORMATION_GRADES = "123456"


class BriefingEditor(QObject):
    """Turns edit commands into undoable corrections (see module docstring)."""

    def __init__(self, document: BriefingDocument, selection: SelectionController, parent: QWidget) -> None:
        super().__init__(parent)
        self._document = document
        self._selection = selection
        self._parent = parent

    # --- what is selected -------------------------------------------------------------

    def _event(self) -> tuple[Extraction, Event] | None:
        snapshot, event = self._selection.snapshot, self._selection.selected_event()
        if snapshot is None or event is None:
            return None
        extraction = snapshot.extraction(snapshot.article_of(event.id))
        return (extraction, event) if extraction is not None else None

    def _entity_members(self) -> list[tuple[Extraction, Entity]]:
        """Every article's member of the selected entity, lead first."""
        snapshot = self._selection.snapshot
        merged = snapshot.merged_entity(self._selection.entity_id) if snapshot else None
        if snapshot is None or merged is None:
            return []
        lead = self._selection.entity_id
        members = [(snapshot.articles[key], entity) for key, entity in merged.members]
        members.sort(key=lambda m: m[1].id != lead)
        return members

    def has_event(self) -> bool:
        return self._event() is not None

    def has_entity(self) -> bool:
        return bool(self._entity_members())

    # --- events ---------------------------------------------------------------------

    def change_event_date(self, value: str | None = None) -> bool:
        """Give the selected event another date (typed as 2024-03-12, 12.03.2024, März 2024, …)."""
        found = self._event()
        if found is None:
            return False
        extraction, event = found
        if value is None:
            value = self._ask_text(self.tr("Change Date"), self.tr("Date of „{0}“:").format(event.label), _typed(event))
            if value is None:
                return False
        try:
            parsed = parse_date_input(value)
        except ValueError as error:
            return self._refuse(str(error))
        correction = SetEventDate(event_anchor(extraction, event), parsed)
        return self._push(correction, self.tr("Change Date of „{0}“").format(clip(event.label, 40)))

    def relabel_event(self, label: str | None = None) -> bool:
        """Give the selected event another label."""
        found = self._event()
        if found is None:
            return False
        extraction, event = found
        if label is None:
            label = self._ask_text(self.tr("Rename Event"), self.tr("Label:"), event.label)
            if label is None:
                return False
        if not label.strip():
            return self._refuse(self.tr("An event needs a label."))
        return self._push(RelabelEvent(event_anchor(extraction, event), label.strip()), self.tr("Rename Event „{0}“").format(clip(label, 40)))

    def hide_event(self) -> bool:
        """Leave the selected event out of the briefing (undo brings it back)."""
        found = self._event()
        if found is None:
            return False
        extraction, event = found
        return self._push(HideEvent(event_anchor(extraction, event)), self.tr("Hide Event „{0}“").format(clip(event.label, 40)))

    def restore_hidden_event(self, event_id: str | None = None, *, every: bool = False) -> bool:
        """Show an event hidden earlier again (undoable), also one hidden in an earlier
        session: ``event_id``, ``every`` hidden event, or the one the analyst picks."""
        snapshot = self._selection.snapshot
        hidden = snapshot.view.hidden if snapshot is not None else {}
        if not hidden:
            return self._refuse(self.tr("No event is hidden."))
        refs = list(hidden)
        if every:
            chosen = refs
        elif event_id is not None:
            chosen = [ref for ref in refs if ref[1] == event_id]
        else:
            numbers = {key: info.number for key, info in snapshot.infos.items()}
            labels = [self.tr("All hidden events ({0})").format(len(refs))] + [
                f"{numbers.get(key, '?')}. {hidden[(key, id_)].date}: {clip(hidden[(key, id_)].label, 60)}" for key, id_ in refs
            ]
            picked, ok = QInputDialog.getItem(
                self._parent, self.tr("Show Hidden Event"), self.tr("Show again:"), labels, 1 if len(refs) == 1 else 0, False
            )
            if not ok:
                return False
            index = labels.index(picked)
            chosen = refs if index == 0 else [refs[index - 1]]
        wanted = set(chosen)
        corrections = [
            c for c in self._document.briefing.corrections
            if isinstance(c, HideEvent) and (c.event.article, c.event.id) in wanted
        ]
        if not corrections:
            return False
        if len(chosen) == 1:
            text = self.tr("Show Event „{0}“ Again").format(clip(hidden[chosen[0]].label, 40))
        else:
            text = self.tr("Show {0} Hidden Events Again").format(len(chosen))
        self._document.push(WithdrawCorrectionsCommand(self._document, corrections, text))
        return True

    def note_event(self, text: str | None = None) -> bool:
        """Write (or clear) the analyst's note on the selected event."""
        found = self._event()
        if found is None:
            return False
        extraction, event = found
        if text is None:
            current = self._selection.snapshot.note(event.id) if self._selection.snapshot else ""
            text, ok = QInputDialog.getMultiLineText(
                self._parent, self.tr("Note"), self.tr("Note on „{0}“:").format(event.label), current
            )
            if not ok:
                return False
        return self._push(NoteEvent(event_anchor(extraction, event), text.strip()), self.tr("Note on „{0}“").format(clip(event.label, 40)))

    def add_event(self, start: int, end: int, value: str | None = None, label: str | None = None) -> bool:
        """Add an event supported by ``[start, end)`` of the shown article (a sentence or selection)."""
        extraction = self._selection.extraction
        if extraction is None or not 0 <= start < end <= len(extraction.article.text):
            return False
        passage = " ".join(extraction.article.text[start:end].split())
        if label is None:
            label = self._ask_text(self.tr("Add Event"), self.tr("Label for the event in\n„{0}“:").format(clip(passage, 120)), clip(passage, 60))
            if label is None:
                return False
        if value is None:
            suggestion = _date_in(extraction, start, end)
            value = self._ask_text(self.tr("Add Event"), self.tr("Date of „{0}“:").format(label), suggestion)
            if value is None:
                return False
        if not label.strip():
            return self._refuse(self.tr("An event needs a label."))
        try:
            correction = AddEvent.create(extraction, start, end, parse_date_input(value), label.strip())
        except ValueError as error:
            return self._refuse(str(error))
        if any(e.id == correction.at.id for e in extraction.events):
            return self._refuse(self.tr("An event was already added on this passage."))
        if not self._push(correction, self.tr("Add Event „{0}“").format(clip(label, 40))):
            return False
        self._selection.select_event(correction.at.id)
        return True

    # --- entities -------------------------------------------------------------------

    def rename_entity(self, name: str | None = None) -> bool:
        """Rename the selected entity in every article it appears in."""
        members = self._entity_members()
        if not members:
            return False
        if name is None:
            name = self._ask_text(self.tr("Rename Entity"), self.tr("Name:"), members[0][1].name)
            if name is None:
                return False
        if not name.strip():
            return self._refuse(self.tr("An entity needs a name."))
        corrections = [RenameEntity(entity_anchor(x, e), name.strip()) for x, e in members]
        return self._push_all(corrections, self.tr("Rename „{0}“ to „{1}“").format(members[0][1].name, name.strip()))

    def retype_entity(self, kind: EntityType | None = None) -> bool:
        """Give the selected entity another type (person, organisation, place, other)."""
        members = self._entity_members()
        if not members:
            return False
        if kind is None:
            from lagebild.ui.entities.model import TYPE_NAMES

            types = list(TYPE_NAMES)
            names = [self._type_name(t) for t in types]
            current = types.index(members[0][1].type) if members[0][1].type in types else 0
            chosen, ok = QInputDialog.getItem(self._parent, self.tr("Change Type"), self.tr("Type of „{0}“:").format(members[0][1].name), names, current, False)
            if not ok:
                return False
            kind = types[names.index(chosen)]
        corrections = [RetypeEntity(entity_anchor(x, e), kind) for x, e in members]
        return self._push_all(corrections, self.tr("Change Type of „{0}“").format(members[0][1].name))

    def merge_entity(self, other_id: str | None = None) -> bool:
        """The selected entity and another are the same: merge them (across articles too)."""
        members = self._entity_members()
        snapshot = self._selection.snapshot
        if not members or snapshot is None:
            return False
        target_extraction, target = members[0]
        if other_id is None:
            from lagebild.core.snapshot import lead_entity

            candidates = [m for m in snapshot.merged if lead_entity(m) != target.id]
            candidates.sort(key=lambda m: (m.type is not target.type, m.name.casefold()))
            if not candidates:
                return self._refuse(self.tr("There is no other entity to merge with."))
            labels = [f"{m.name} ({self._type_name(m.type)})" for m in candidates]
            chosen, ok = QInputDialog.getItem(self._parent, self.tr("Merge Entities"), self.tr("„{0}“ is the same as:").format(target.name), labels, 0, False)
            if not ok:
                return False
            other_id = lead_entity(candidates[labels.index(chosen)])
        other = snapshot.entity(other_id)
        other_extraction = snapshot.extraction(snapshot.article_of(other_id))
        if other is None or other_extraction is None or snapshot.lead_entity(other_id) == target.id:
            return False
        correction = MergeEntities(entity_anchor(target_extraction, target), entity_anchor(other_extraction, other))
        return self._push(correction, self.tr("Merge „{0}“ into „{1}“").format(other.name, target.name))

    def split_entity(self, mention_starts: list[int] | None = None) -> bool:
        """Split mentions off the selected entity in the shown article (all of them: stand apart
        from the same name in other articles)."""
        snapshot = self._selection.snapshot
        entity = self._selection.entity_in_article()
        extraction = self._selection.extraction
        if snapshot is None or entity is None or extraction is None:
            return self._refuse(self.tr("The selected entity does not appear in the shown article."))
        if mention_starts is None:
            mention_starts = self._ask_mentions(extraction, entity)
            if mention_starts is None:
                return False
        chosen = [m for m in entity.mentions if m.start in set(mention_starts)]
        if not chosen:
            return self._refuse(self.tr("Choose at least one mention to split off."))
        merged = snapshot.merged_entity(entity.id)
        if len(chosen) == len(entity.mentions) and (merged is None or merged.article_count < 2):
            return self._refuse(self.tr("Keep at least one mention: the rest becomes a new entity."))
        anchors = tuple(span_anchor(extraction, m.start, m.end) for m in chosen)
        return self._push(SplitEntity(entity_anchor(extraction, entity), anchors), self.tr("Split „{0}“").format(entity.name))

    # --- articles and briefing -------------------------------------------------------

    def set_reliability(self, grade: str | None = None, key: str | None = None) -> bool:
        """Grade the shown (or given) article's source and information (NATO Admiralty code)."""
        snapshot = self._selection.snapshot
        key = key or self._selection.article_key
        if snapshot is None or key not in snapshot.infos:
            return False
        info = snapshot.infos[key]
        if grade is None:
            grades = [s + i for s in SOURCE_GRADES for i in INFORMATION_GRADES]
            chosen, ok = QInputDialog.getItem(
                self._parent, self.tr("Reliability"),
                self.tr("Grade of „{0}“\n(source A reliable … F cannot be judged; information 1 confirmed … 6 cannot be judged):").format(info.title),
                grades, grades.index(info.reliability) if info.reliability in grades else len(grades) - 1, False,
            )
            if not ok:
                return False
            grade = chosen
        try:
            grade = reliability_grade(grade)
        except ValueError as error:
            return self._refuse(str(error))
        if grade == info.reliability:
            return False
        self._document.push(SetReliabilityCommand(self._document, key, grade, self.tr("Grade „{0}“ {1}").format(clip(info.title, 40), grade)))
        return True

    def remove_article(self, key: str | None = None) -> bool:
        """Take the shown (or given) article out of the briefing (undoable)."""
        snapshot = self._selection.snapshot
        key = key or self._selection.article_key
        if snapshot is None or key not in snapshot.infos:
            return False
        title = snapshot.infos[key].title
        self._document.push(RemoveArticleCommand(self._document, key, self.tr("Remove „{0}“").format(clip(title, 40))))
        return True

    def rename_briefing(self, title: str | None = None) -> bool:
        """Give the briefing a title."""
        if title is None:
            title = self._ask_text(self.tr("Briefing Title"), self.tr("Title:"), self._document.briefing.title)
            if title is None:
                return False
        title = title.strip()
        if title == self._document.briefing.title:
            return False
        self._document.push(RenameBriefingCommand(self._document, title, self.tr("Rename Briefing")))
        return True

    # --- helpers --------------------------------------------------------------------

    def _push(self, correction: Correction, text: str) -> bool:
        self._document.push(CorrectionCommand(self._document, correction, text))
        return True

    def _push_all(self, corrections: list[Correction], text: str) -> bool:
        stack = self._document.undo_stack
        stack.beginMacro(text)
        try:
            for correction in corrections:
                self._document.push(CorrectionCommand(self._document, correction, text))
        finally:
            stack.endMacro()
        return True

    def _ask_text(self, title: str, label: str, value: str) -> str | None:
        text, ok = QInputDialog.getText(self._parent, title, label, QLineEdit.EchoMode.Normal, value)
        return text if ok else None

    def _refuse(self, message: str) -> bool:
        QMessageBox.warning(self._parent, self.tr("Cannot Apply"), message)
        return False

    def _type_name(self, kind: EntityType) -> str:
        from PySide6.QtCore import QCoreApplication

        from lagebild.ui.entities.model import TYPE_NAMES

        return QCoreApplication.translate("EntityTreeModel", TYPE_NAMES.get(kind, TYPE_NAMES[EntityType.MISC]))

    def _ask_mentions(self, extraction: Extraction, entity: Entity) -> list[int] | None:
        dialog = QDialog(self._parent)
        dialog.setWindowTitle(self.tr("Split Entity"))
        layout = QVBoxLayout(dialog)
        layout.addWidget(QLabel(self.tr("Which mentions of „{0}“ name someone or something else?").format(entity.name), dialog))
        listing = QListWidget(dialog)
        text = extraction.article.text
        for mention in entity.mentions:
            context = " ".join(text[max(0, mention.start - 40) : mention.end + 40].split())
            item = QListWidgetItem(f"{mention.text} — …{context}…", listing)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, mention.start)
        layout.addWidget(listing)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout.addWidget(buttons)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return [
            listing.item(n).data(Qt.ItemDataRole.UserRole)
            for n in range(listing.count())
            if listing.item(n).checkState() == Qt.CheckState.Checked
        ]


def _typed(event: Event) -> str:
    """The event's date as the analyst would type it ("" if it has no calendar date)."""
    try:
        parse_date_input(event.date)
    except ValueError:
        return ""
    return event.date


def _date_in(extraction: Extraction, start: int, end: int) -> str:
    """A calendar date expressed inside ``[start, end)``, as a suggestion."""
    for timex in extraction.timexes:
        if start <= timex.start and timex.end <= end:
            try:
                return parse_date_input(timex.value)
            except ValueError:
                continue
    return ""
