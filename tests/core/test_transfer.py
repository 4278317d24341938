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


def test_a_snapshot_sent_after_its_briefing_shares_the_records_already_sent():
    from briefing_samples import agency_report, ft_report
    from lagebild.core.briefing import Briefing

    briefing = Briefing("Lage")
    for extraction in (ft_report(), agency_report()):
        briefing.add_article(extraction)
    snapshot = BriefingSnapshot(briefing)
    key = briefing.articles[0].key
    assert snapshot.extraction(key) is briefing.articles[0].extraction  # nothing corrected: not copied

    sender, receiver = transfer.Sender(), transfer.Receiver()
    first, second = sender.pack(briefing), sender.pack(snapshot)
    assert len(second) < len(transfer.dumps(snapshot)) / 2  # the records went with the briefing
    briefing2 = receiver.unpack(first)
    snapshot2 = receiver.unpack(second)
    assert briefing2 == briefing and snapshot2.groups == snapshot.groups
    assert snapshot2.extraction(key) is briefing2.articles[0].extraction
