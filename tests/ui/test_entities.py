"""The entity list: model (qtmodeltester), its filter and sort, panel signals."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import QHeaderView, QLabel

from lagebild.core.model import (
    Article,
    Entity,
    EntityType,
    Event,
    Extraction,
    Mention,
    MentionKind,
    Sentence,
)
from lagebild.ui.entities.folding import matches, search_key
from lagebild.ui.entities.model import GROUPS, Column, EntityRole, EntityTreeModel
from lagebild.ui.entities.ordering import german_collator, sorted_positions
from lagebild.ui.entities.panel import EntityPanel

# Qt's offscreen platform warns when a top-level widget is shown.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

TEXT = (
    "Kim Jong Un empfing in Pjöngjang Vertreter Russlands. "
    "Die nordkoreanische Führung und Kim Jong Un lobten die Zusammenarbeit. "
    "Nordkorea liefert Granaten, sagte Hans Müller. "
    "Großbritannien und die Vereinten Nationen protestierten; die nordkoreanischen Stellen schwiegen. "
    "In Pjöngjang und Nordkorea blieb es ruhig, Kim Jong Un schwieg."
)


def _mention(surface: str, nth: int = 0, kind: MentionKind = MentionKind.NAME) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(surface, start + 1)
    return Mention(start, start + len(surface), surface, sentence=0, kind=kind)


def make_extraction(with_events: bool = True) -> Extraction:
    """Seven entities of three types (no MISC); Nordkorea has two derived mentions."""
    entities = [
        Entity("per-kim", "Kim Jong Un", EntityType.PER,
               [_mention("Kim Jong Un", n) for n in range(3)]),
        Entity("per-mueller", "Hans Müller", EntityType.PER, [_mention("Hans Müller")]),
        Entity("loc-pjongjang", "Pjöngjang", EntityType.LOC,
               [_mention("Pjöngjang", n) for n in range(2)]),
        Entity("loc-nordkorea", "Nordkorea", EntityType.LOC, [
            _mention("nordkoreanische", 0, MentionKind.DERIVED),
            _mention("Nordkorea", 0),
            _mention("nordkoreanischen", 0, MentionKind.DERIVED),
            _mention("Nordkorea", 1),
        ]),
        Entity("loc-gb", "Großbritannien", EntityType.LOC, [_mention("Großbritannien")]),
        Entity("org-un", "Vereinte Nationen", EntityType.ORG, [_mention("Vereinten Nationen")]),
        Entity("loc-russland", "Russland", EntityType.LOC, [_mention("Russlands")]),
    ]
    events = []
    if with_events:
        events = [
            Event("ev-1", "2024-01-20", date(2024, 1, 20), date(2024, 1, 20), "empfing",
                  0, None, ["per-kim", "loc-pjongjang", "loc-russland"]),
            Event("ev-2", "2024-01-21", date(2024, 1, 21), date(2024, 1, 21), "lobten",
                  1, None, ["per-kim", "loc-nordkorea"]),
        ]
    return Extraction(
        article=Article(TEXT, title="Test"),
        sentences=[Sentence(0, len(TEXT))],
        timexes=[],
        entities=entities,
        events=events,
    )


# --- Helpers --------------------------------------------------------------------------


@pytest.fixture
def extraction() -> Extraction:
    return make_extraction()


@pytest.fixture
def model(qapp, extraction: Extraction) -> EntityTreeModel:
    model = EntityTreeModel()
    model.set_extraction(extraction)
    return model


@pytest.fixture
def sorted_model(model: EntityTreeModel) -> EntityTreeModel:
    model.sort(Column.NAME, Qt.SortOrder.AscendingOrder)
    return model


@pytest.fixture
def panel(qtbot, extraction: Extraction) -> EntityPanel:
    panel = EntityPanel()
    qtbot.addWidget(panel)
    panel.set_extraction(extraction)
    panel.resize(400, 600)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def visible_ids(model: EntityTreeModel) -> list[str]:
    """Entity IDs in view order."""
    ids = []
    for group in range(model.rowCount()):
        parent = model.index(group, 0)
        ids += [model.index(row, 0, parent).data(EntityRole.ID) for row in range(model.rowCount(parent))]
    return ids


def group_names(model: EntityTreeModel) -> list[str]:
    """Groups with entities passing the filter (the panel hides the others)."""
    return [
        model.index(row, 0).data(EntityRole.NAME)
        for row in range(model.rowCount())
        if model.rowCount(model.index(row, 0))
    ]


def shown_groups(panel: EntityPanel) -> list[str]:
    """Group rows the panel's view does not hide."""
    model, view = panel.model(), panel.view()
    return [
        model.index(row, 0).data(EntityRole.NAME)
        for row in range(model.rowCount())
        if not view.isRowHidden(row, QModelIndex())
    ]


# --- Model ----------------------------------------------------------------------------


def test_model_passes_qt_model_tester(qtmodeltester, model: EntityTreeModel) -> None:
    qtmodeltester.check(model, force_py=True)


def test_empty_model_passes_qt_model_tester(qtmodeltester, qapp) -> None:
    model = EntityTreeModel()
    qtmodeltester.check(model, force_py=True)
    model.set_extraction(None)
    qtmodeltester.check(model, force_py=True)


def test_filtered_model_passes_qt_model_tester(qtmodeltester, model: EntityTreeModel) -> None:
    model.set_filter_text("kor")
    qtmodeltester.check(model, force_py=True)
    model.set_filter_text("kim")  # checked while the rows change, too
    model.sort(Column.MENTIONS, Qt.SortOrder.DescendingOrder)
    model.set_filter_text("")


def test_groups_in_fixed_order_with_entities(model: EntityTreeModel) -> None:
    assert model.rowCount() == len(GROUPS) == 4
    types = [model.index(row, 0).data(EntityRole.TYPE) for row in range(4)]
    assert types == [EntityType.PER, EntityType.ORG, EntityType.LOC, EntityType.MISC]
    assert [model.index(row, 0).data(EntityRole.NAME) for row in range(4)] == [
        "Persons", "Organisations", "Places", "Other"
    ]
    assert model.index(0, 0).data() == "Persons (2)"
    assert [model.rowCount(model.index(row, 0)) for row in range(4)] == [2, 1, 4, 0]
    assert model.index(0, 0).data(EntityRole.IS_GROUP) is True
    assert model.index(0, 0).data(Qt.ItemDataRole.DecorationRole) is not None


def test_mention_count_excludes_derived_mentions(model: EntityTreeModel) -> None:
    nordkorea = model.index_of("loc-nordkorea")
    assert nordkorea.data() == "Nordkorea"
    assert nordkorea.data(EntityRole.MENTIONS) == 2
    assert nordkorea.data(EntityRole.DERIVED) == 2
    assert nordkorea.siblingAtColumn(Column.MENTIONS).data() == 2
    tooltip = nordkorea.data(Qt.ItemDataRole.ToolTipRole)
    assert "nordkoreanische, nordkoreanischen" in tooltip
    assert "Mentions: 2" in tooltip
    assert model.index_of("per-kim").data(EntityRole.MENTIONS) == 3
    assert model.index_of("per-kim").data(EntityRole.DERIVED) == 0


def test_event_counts_from_extraction_events(model: EntityTreeModel) -> None:
    events = {eid: model.index_of(eid).siblingAtColumn(Column.EVENTS).data()
              for eid in ("per-kim", "loc-pjongjang", "loc-nordkorea", "org-un")}
    assert events == {"per-kim": 2, "loc-pjongjang": 1, "loc-nordkorea": 1, "org-un": 0}
    assert model.has_events()


def test_without_events_the_event_column_is_empty(qapp) -> None:
    model = EntityTreeModel()
    model.set_extraction(make_extraction(with_events=False))
    assert not model.has_events()
    assert model.index_of("per-kim").siblingAtColumn(Column.EVENTS).data() is None


def test_unserved_roles_return_none(model: EntityTreeModel) -> None:
    kim = model.index_of("per-kim")
    assert kim.data(Qt.ItemDataRole.UserRole + 500) is None
    assert kim.data(Qt.ItemDataRole.CheckStateRole) is None
    assert kim.siblingAtColumn(Column.MENTIONS).data(EntityRole.ID) is None
    assert model.index(0, 0).data(EntityRole.ID) is None
    assert model.headerData(Column.NAME, Qt.Orientation.Vertical) is None
    assert model.headerData(Column.NAME, Qt.Orientation.Horizontal) == "Name"
    assert model.headerData(Column.MENTIONS, Qt.Orientation.Horizontal) is None  # an icon
    assert model.headerData(
        Column.MENTIONS, Qt.Orientation.Horizontal, Qt.ItemDataRole.AccessibleTextRole
    ) == "Mentions"
    assert "derived" in model.headerData(
        Column.MENTIONS, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
    )
    assert model.headerData(
        Column.EVENTS, Qt.Orientation.Horizontal, Qt.ItemDataRole.DecorationRole
    ) is not None


def test_groups_are_not_selectable_entities_are(model: EntityTreeModel) -> None:
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsSelectable
    assert model.flags(model.index_of("per-kim")) & Qt.ItemFlag.ItemIsSelectable


def test_set_highlighted_marks_rows_and_names_roles(qtbot, model: EntityTreeModel) -> None:
    with qtbot.waitSignal(model.dataChanged) as blocker:
        model.set_highlighted({"per-kim", "unknown-id"})
    assert EntityRole.HIGHLIGHTED in blocker.args[2]
    kim = model.index_of("per-kim")
    assert kim.data(EntityRole.HIGHLIGHTED) is True
    assert isinstance(kim.data(Qt.ItemDataRole.FontRole), QFont)
    assert kim.data(Qt.ItemDataRole.FontRole).bold()
    assert kim.data(Qt.ItemDataRole.BackgroundRole) is not None
    other = model.index_of("loc-nordkorea")
    assert other.data(EntityRole.HIGHLIGHTED) is False
    assert other.data(Qt.ItemDataRole.BackgroundRole) is None
    assert model.highlighted() == {"per-kim"}
    model.set_highlighted(set())
    assert kim.data(EntityRole.HIGHLIGHTED) is False


# --- Filter and sort -----------------------------------------------------------------


def test_empty_groups_are_hidden(panel: EntityPanel) -> None:
    assert shown_groups(panel) == ["Persons", "Organisations", "Places"]
    panel.filter_field().setText("kim")
    assert shown_groups(panel) == ["Persons"]
    assert panel.model().index(0, 0).data() == "Persons (2)"  # group titles count all, not the matches
    panel.clear_filter()
    assert shown_groups(panel) == ["Persons", "Organisations", "Places"]


@pytest.mark.parametrize("query", ["pjö", "PJÖ", "Pjo", "pjoe", "Pjöngjang", "  pjöng  "])
def test_filter_is_case_and_umlaut_insensitive(sorted_model: EntityTreeModel, query: str) -> None:
    sorted_model.set_filter_text(query)
    assert visible_ids(sorted_model) == ["loc-pjongjang"]
    assert group_names(sorted_model) == ["Places"]
    assert sorted_model.filter_text() == query.strip()


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("gross", ["loc-gb"]),  # ß = ss
        ("GROSSBRIT", ["loc-gb"]),
        ("mueller", ["per-mueller"]),  # ü = ue
        ("muller", ["per-mueller"]),
        ("nordkoreanisch", ["loc-nordkorea"]),  # derived mention forms are searched
        ("russlands", ["loc-russland"]),  # so are inflected names
        ("kim un", ["per-kim"]),  # every word must match
        ("kim müller", []),
        ("xyz", []),
    ],
)
def test_filter_matches(sorted_model: EntityTreeModel, query: str, expected: list[str]) -> None:
    sorted_model.set_filter_text(query)
    assert visible_ids(sorted_model) == expected
    assert sorted_model.shown_count() == len(expected)
    if not expected:
        assert group_names(sorted_model) == []


def test_clearing_the_filter_shows_everything(sorted_model: EntityTreeModel) -> None:
    everything = visible_ids(sorted_model)
    sorted_model.set_filter_text("kim")
    sorted_model.set_filter_text("")
    assert visible_ids(sorted_model) == everything
    assert len(everything) == 7


def test_filtering_moves_persistent_indexes_and_drops_hidden_ones(sorted_model: EntityTreeModel) -> None:
    model = sorted_model
    kim = QPersistentModelIndex(model.index_of("per-kim"))
    gb = QPersistentModelIndex(model.index_of("loc-gb"))
    places = QPersistentModelIndex(model.group_index(EntityType.LOC))
    model.set_filter_text("kim")
    assert kim.data(EntityRole.ID) == "per-kim" and kim.row() == 0
    assert not gb.isValid()
    assert places.isValid() and places.data(EntityRole.TYPE) == EntityType.LOC
    assert not model.index_of("loc-gb").isValid()


def test_highlight_of_a_filtered_out_entity_shows_when_it_comes_back(sorted_model: EntityTreeModel) -> None:
    model = sorted_model
    model.set_filter_text("kim")
    model.set_highlighted({"loc-gb"})
    assert model.highlighted() == {"loc-gb"}
    model.set_filter_text("")
    assert model.index_of("loc-gb").data(EntityRole.HIGHLIGHTED) is True


def test_folding_helpers() -> None:
    key = search_key(["Straße", "Pjöngjang"])
    assert matches("strasse", key)
    assert matches("STRAẞE", key)
    assert matches("pjö pjoeng", key)
    assert not matches("strasse pjang", key)  # words must each match somewhere, not across keys
    assert matches("", key)


def test_sort_by_name_uses_german_collation(sorted_model: EntityTreeModel) -> None:
    sorted_model.sort(Column.NAME, Qt.SortOrder.AscendingOrder)
    assert visible_ids(sorted_model) == [
        "per-mueller", "per-kim",
        "org-un",
        "loc-gb", "loc-nordkorea", "loc-pjongjang", "loc-russland",
    ]


def test_sort_by_mentions_descending_keeps_group_order(sorted_model: EntityTreeModel) -> None:
    sorted_model.sort(Column.MENTIONS, Qt.SortOrder.DescendingOrder)
    assert group_names(sorted_model) == ["Persons", "Organisations", "Places"]
    # Nordkorea 2 and Pjöngjang 2 tie: names A-Z; then the ones with 1 mention A-Z.
    assert visible_ids(sorted_model) == [
        "per-kim", "per-mueller",
        "org-un",
        "loc-nordkorea", "loc-pjongjang", "loc-gb", "loc-russland",
    ]


def test_sort_by_events(sorted_model: EntityTreeModel) -> None:
    sorted_model.sort(Column.EVENTS, Qt.SortOrder.DescendingOrder)
    assert visible_ids(sorted_model)[3:] == ["loc-nordkorea", "loc-pjongjang", "loc-russland", "loc-gb"]


def test_sorted_positions_break_count_ties_by_name_and_keep_equal_rows_in_order(qapp) -> None:
    collator = german_collator()
    names = ["Zoe", "Ärger", "apfel", "Apfel", "Nr. 10", "Nr. 9"]
    counts = [2, 1, 2, 1, 2, 2]
    assert sorted_positions(names, None, False, collator) == [2, 3, 1, 5, 4, 0]  # ä with a, 9 before 10
    assert sorted_positions(names, None, True, collator) == [0, 4, 5, 1, 2, 3]  # equal names keep their order
    assert sorted_positions(names, counts, True, collator) == [2, 5, 4, 0, 3, 1]  # most first, names A-Z
    assert sorted_positions(names, counts, False, collator) == [3, 1, 2, 5, 4, 0]  # fewest first, names A-Z


def test_sorting_moves_persistent_indexes_with_their_entities(qapp, model: EntityTreeModel) -> None:
    held = QPersistentModelIndex(model.index_of("loc-russland"))
    model.sort(Column.NAME, Qt.SortOrder.DescendingOrder)
    assert held.data(EntityRole.ID) == "loc-russland"
    assert model.index_of("loc-russland").row() == held.row() == 0


# --- Panel ----------------------------------------------------------------------------


def _index(panel: EntityPanel, entity_id: str) -> QModelIndex:
    return panel.model().index_of(entity_id)


def test_clicking_an_entity_emits_its_id(qtbot, panel: EntityPanel) -> None:
    view = panel.view()
    rect = view.visualRect(_index(panel, "loc-pjongjang"))
    assert rect.isValid()
    with qtbot.waitSignal(panel.entity_activated) as blocker:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == ["loc-pjongjang"]


def test_clicking_a_group_emits_nothing(qtbot, panel: EntityPanel) -> None:
    view = panel.view()
    rect = view.visualRect(panel.model().index(0, 0))
    with qtbot.assertNotEmitted(panel.entity_activated):
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_enter_activates_the_current_entity(qtbot, panel: EntityPanel) -> None:
    view = panel.view()
    view.setFocus()
    view.setCurrentIndex(_index(panel, "org-un"))
    with qtbot.waitSignal(panel.entity_activated) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert blocker.args == ["org-un"]


def test_keyboard_moves_through_entities(qtbot, panel: EntityPanel) -> None:
    view = panel.view()
    view.setFocus()
    view.setCurrentIndex(_index(panel, "per-kim"))
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.currentIndex().data(EntityRole.ID) == "per-mueller"


def test_filter_field_drives_the_view(qtbot, panel: EntityPanel) -> None:
    field = panel.filter_field()
    assert field.isClearButtonEnabled()
    qtbot.keyClicks(field, "pj")
    field.insert("ö")  # QTest can only type ASCII
    assert visible_ids(panel.model()) == ["loc-pjongjang"]
    with qtbot.waitSignal(panel.entity_activated) as blocker:
        qtbot.keyClick(field, Qt.Key.Key_Return)  # Enter in the field takes the first match
    assert blocker.args == ["loc-pjongjang"]
    qtbot.keyClick(field, Qt.Key.Key_Down)
    assert panel.view().currentIndex().data(EntityRole.ID) == "loc-pjongjang"
    panel.clear_filter()
    assert field.text() == ""
    assert len(visible_ids(panel.model())) == 7


def test_escape_in_the_filter_field_clears_it(qtbot, panel: EntityPanel) -> None:
    qtbot.keyClicks(panel.filter_field(), "kim")
    qtbot.keyClick(panel.filter_field(), Qt.Key.Key_Escape)
    assert panel.filter_field().text() == ""


def test_escape_clears_the_filter_before_a_window_shortcut(qtbot, panel: EntityPanel) -> None:
    escape = QAction(panel)
    escape.setShortcut(QKeySequence(Qt.Key.Key_Escape))
    escape.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    panel.addAction(escape)
    panel.activateWindow()
    panel.filter_field().setFocus()
    qtbot.keyClicks(panel.filter_field(), "kim")
    with qtbot.assertNotEmitted(escape.triggered):
        qtbot.keyClick(panel.filter_field(), Qt.Key.Key_Escape)
    assert panel.filter_field().text() == ""
    with qtbot.waitSignal(escape.triggered):  # an empty filter leaves Escape to the window
        qtbot.keyClick(panel.filter_field(), Qt.Key.Key_Escape)


def test_select_marks_without_signal(qtbot, panel: EntityPanel) -> None:
    with qtbot.assertNotEmitted(panel.entity_activated):
        panel.select("loc-nordkorea")
    selected = panel.view().selectionModel().selectedRows()
    assert [index.data(EntityRole.ID) for index in selected] == ["loc-nordkorea"]
    panel.select(None)
    assert not panel.view().selectionModel().hasSelection()
    panel.select("no-such-entity")
    assert not panel.view().selectionModel().hasSelection()


def test_selection_survives_filtering(qtbot, panel: EntityPanel) -> None:
    panel.select("per-kim")
    qtbot.keyClicks(panel.filter_field(), "pjo")
    assert not panel.view().selectionModel().hasSelection()
    panel.clear_filter()
    selected = panel.view().selectionModel().selectedRows()
    assert [index.data(EntityRole.ID) for index in selected] == ["per-kim"]


def test_set_highlighted_reaches_the_view(panel: EntityPanel) -> None:
    panel.set_highlighted({"per-kim", "loc-pjongjang"})
    assert _index(panel, "per-kim").data(EntityRole.HIGHLIGHTED) is True
    assert _index(panel, "org-un").data(EntityRole.HIGHLIGHTED) is False
    assert not panel.view().selectionModel().hasSelection()  # highlight is not selection


def test_groups_are_expanded_and_empty_state_follows(qtbot, panel: EntityPanel) -> None:
    model = panel.model()
    assert all(panel.view().isExpanded(model.index(row, 0)) for row in range(3))
    empty = panel.findChild(QLabel, "emptyState")
    assert empty is not None and empty.isHidden()
    qtbot.keyClicks(panel.filter_field(), "xyz")
    assert not empty.isHidden()
    assert "filter" in empty.text()
    panel.set_extraction(None)
    panel.clear_filter()
    assert shown_groups(panel) == []
    assert not empty.isHidden()


def test_event_column_hidden_without_events(panel: EntityPanel) -> None:
    assert not panel.view().isColumnHidden(Column.EVENTS)
    panel.set_extraction(make_extraction(with_events=False))
    assert panel.view().isColumnHidden(Column.EVENTS)


def test_count_columns_fit_their_widest_figure_also_in_bold(qtbot, panel: EntityPanel) -> None:
    header = panel.view().header()
    assert header.sectionSize(Column.MENTIONS) == header.sectionSizeHint(Column.MENTIONS)  # small figures
    extraction = make_extraction()
    extraction.entities[0].mentions = [_mention("Kim Jong Un")] * 123456
    panel.set_extraction(extraction)
    fitted = header.sectionSize(Column.MENTIONS)
    header.setSectionResizeMode(Column.MENTIONS, QHeaderView.ResizeMode.ResizeToContents)
    panel.set_highlighted({"per-kim"})  # drawn bold
    qtbot.wait(1)
    assert fitted == header.sectionSize(Column.MENTIONS) > header.sectionSizeHint(Column.MENTIONS)


def test_reload_keeps_selection_of_a_surviving_entity(panel: EntityPanel) -> None:
    panel.select("org-un")
    panel.set_extraction(make_extraction())
    selected = panel.view().selectionModel().selectedRows()
    assert [index.data(EntityRole.ID) for index in selected] == ["org-un"]
