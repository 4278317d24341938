"""Briefings pickled for the trip from the start-up helper to the window come back whole."""

from __future__ import annotations

import pickle

from briefing_samples import edited_briefing
from lagebild.core import model, transfer
from lagebild.core.corrections import CORRECTION_TYPES
from lagebild.core.snapshot import BriefingSnapshot


def test_a_briefing_and_its_snapshot_come_back_equal_and_still_shared():
    briefing = edited_briefing()
    snapshot = BriefingSnapshot(briefing)
    briefing2, snapshot2 = pickle.loads(transfer.dumps((briefing, snapshot)))
    assert briefing2 == briefing and briefing2.corrections == briefing.corrections
    assert snapshot2.groups == snapshot.groups and snapshot2.merged == snapshot.merged
    assert snapshot2.orphans == snapshot.orphans and snapshot2.infos == snapshot.infos
    group = snapshot2.groups[0]
    key, event = group.members[0]
    assert snapshot2.event(event.id) is event  # one object, as in the snapshot that was sent
    assert snapshot2.extraction(key).events.count(event) == 1


def test_every_record_class_is_sent_as_a_constructor_call():
    """A field the constructor does not take would silently fall back to the slow way."""
    table = transfer._dispatch_table()
    for cls in (model.Sentence, model.Mention, model.Timex, model.Entity, model.Event, *CORRECTION_TYPES.values()):
        assert cls in table, cls.__name__
    mention = model.Mention(3, 9, "Budanov", 0, model.MentionKind.NAME)
    assert table[model.Mention](mention) == (model.Mention, (3, 9, "Budanov", 0, model.MentionKind.NAME))
