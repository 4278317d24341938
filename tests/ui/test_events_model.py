"""The event table: display dates (Qt-free), model and proxy (qtmodeltester), the table view."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, Qt

from lagebild.core.model import Event, Extraction
from lagebild.ui.events.dates import chronological_key, describe_date, sort_text
from lagebild.ui.events.model import Column, EventRole, EventSortProxy, EventTableModel
from lagebild.ui.events.view import EventTable
from lagebild.ui.timeline.entry import Precision

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

D = Precision


@pytest.mark.parametrize(
    ("value", "earliest", "latest", "precision", "text"),
    [
        ("2024-01-21", date(2024, 1, 21), date(2024, 1, 21), D.DAY, "21. Januar 2024"),
        ("2024-01-21T10:30", date(2024, 1, 21), date(2024, 1, 21), D.DAY, "21. Januar 2024"),
        ("2022-02", date(2022, 2, 1), date(2022, 2, 28), D.MONTH, "Februar 2022"),
        ("2022", date(2022, 1, 1), date(2022, 12, 31), D.YEAR, "2022"),
        ("2024-W03", date(2024, 1, 15), date(2024, 1, 21), D.SPAN, "15.–21. Jan. 2024"),
        ("PAST_REF", None, date(2024, 1, 21), D.PAST, "früher"),
        ("FUTURE_REF", date(2024, 1, 21), None, D.FUTURE, "künftig"),
        ("PRESENT_REF", date(2024, 1, 21), date(2024, 1, 21), D.PRESENT, "derzeit"),
        ("XXXX-01-15", None, None, None, "ohne Datum"),
    ],
)
def test_describe_date(value, earliest, latest, precision, text) -> None:
    view = describe_date(value, earliest, latest)
    assert view.precision is precision
    assert view.text == text


def test_english_month_names() -> None:
    assert describe_date("2022-02", date(2022, 2, 1), date(2022, 2, 28), "en").text == "February 2022"


def _event(event_id: str, value: str, earliest: date | None, latest: date | None, sentence: int = 0) -> Event:
    return Event(event_id, value, earliest, latest, event_id, sentence, None)


def test_chronological_order_puts_vague_references_at_the_open_ends() -> None:
    events = [
        _event("future", "FUTURE_REF", date(2024, 1, 21), None),
        _event("day", "2024-01-21", date(2024, 1, 21), date(2024, 1, 21)),
        _event("undated", "XXXX-01-15", None, None),
        _event("month", "2022-02", date(2022, 2, 1), date(2022, 2, 28)),
        _event("past", "PAST_REF", None, date(2024, 1, 21)),
    ]
    expected = ["past", "month", "day", "future", "undated"]
    assert [e.id for e in sorted(events, key=chronological_key)] == expected
    assert [e.id for e in sorted(events, key=sort_text)] == expected


@pytest.fixture
def model(emoji_extraction: Extraction) -> EventTableModel:
    model = EventTableModel()
    model.set_extraction(emoji_extraction)
    return model


def test_model_passes_qtmodeltester(qtmodeltester, model) -> None:
    qtmodeltester.check(model, force_py=True)


def test_proxy_passes_qtmodeltester(qtmodeltester, model) -> None:
    proxy = EventSortProxy()
    proxy.setSourceModel(model)
    proxy.sort(Column.DATE, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(proxy, force_py=True)


def test_empty_model_passes_qtmodeltester(qtmodeltester) -> None:
    model = EventTableModel()
    model.set_extraction(None)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 0


def test_columns_show_date_label_participants_and_sentence(model) -> None:
    def cell(row: int, column: Column) -> str:
        return model.data(model.index(row, column))

    assert cell(0, Column.DATE) == "3. März 2023"
    assert cell(1, Column.LABEL) == "Schmidt trifft ein"
    assert cell(1, Column.PARTICIPANTS) == "Anna Schmidt, Berlin"
    assert cell(1, Column.SENTENCE) == "Am 2. Januar 2024 traf Schmidt 🇩🇪 in Berlin ein."
    assert cell(2, Column.DATE) == "künftig"
    assert model.data(model.index(2, Column.DATE), EventRole.PRECISION) is Precision.FUTURE
    assert model.data(model.index(0, 0), EventRole.ID) == "ev-1"
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in Column] == [
        "Date", "Event", "Participants", "Source sentence", "Source",
    ]


def test_unserved_roles_are_none(model) -> None:
    index = model.index(0, Column.LABEL)
    assert model.data(index, Qt.ItemDataRole.DecorationRole) is None
    assert model.data(index, Qt.ItemDataRole.UserRole + 99) is None
    assert model.data(QModelIndex()) is None
    assert model.headerData(0, Qt.Orientation.Vertical) is None


def test_emphasis_dims_the_other_events_and_names_its_roles(model, qtbot) -> None:
    with qtbot.waitSignal(model.dataChanged) as blocker:
        model.set_emphasis({"ev-3"})
    assert EventRole.EMPHASISED in blocker.args[2]
    emphasised = [model.data(model.index(r, 0), EventRole.EMPHASISED) for r in range(3)]
    assert emphasised == [False, False, True]
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ForegroundRole) is not None
    assert model.data(model.index(2, 0), Qt.ItemDataRole.FontRole).bold()
    model.set_emphasis(None)
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ForegroundRole) is None


def test_table_sorts_by_time_and_reports_user_choice(qtbot, emoji_extraction) -> None:
    table = EventTable()
    qtbot.addWidget(table)
    emoji_extraction.events.reverse()  # reading order differs from time order
    table.set_extraction(emoji_extraction)
    ids = [table.proxy.index(r, 0).data(EventRole.ID) for r in range(3)]
    assert ids == ["ev-1", "ev-2", "ev-3"]
    table.show()
    qtbot.waitExposed(table)
    index = table.proxy.index(1, Column.LABEL)
    with qtbot.waitSignal(table.event_activated) as blocker:
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center())
    assert blocker.args == ["ev-2"]
    with qtbot.assertNotEmitted(table.event_activated):
        table.select("ev-3")
    assert table.currentIndex().data(EventRole.ID) == "ev-3"
    schmidt = emoji_extraction.entities[0].id
    table.set_emphasis({e.id for e in emoji_extraction.events if schmidt in e.entities})
    assert [table.proxy.index(r, 0).data(EventRole.EMPHASISED) for r in range(3)] == [True, True, False]
