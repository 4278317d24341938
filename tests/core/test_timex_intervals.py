"""interval_of: the days a TIMEX3 value covers."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lagebild.core.timex import interval_of

ANCHOR = date(2024, 1, 21)


@pytest.mark.parametrize(
    ("value", "earliest", "latest"),
    [
        ("2024-01-21", date(2024, 1, 21), date(2024, 1, 21)),
        ("2024-02", date(2024, 2, 1), date(2024, 2, 29)),
        ("2023-02", date(2023, 2, 1), date(2023, 2, 28)),
        ("2022", date(2022, 1, 1), date(2022, 12, 31)),
        ("2024-W03", date(2024, 1, 15), date(2024, 1, 21)),
        ("2020-W53", date(2020, 12, 28), date(2021, 1, 3)),
        ("2024-W03-WE", date(2024, 1, 20), date(2024, 1, 21)),
        ("2024-W03-2", date(2024, 1, 16), date(2024, 1, 16)),
        ("2024-SP", date(2024, 3, 1), date(2024, 5, 31)),
        ("2024-SU", date(2024, 6, 1), date(2024, 8, 31)),
        ("2024-FA", date(2024, 9, 1), date(2024, 11, 30)),
        ("2023-WI", date(2023, 12, 1), date(2024, 2, 29)),
        ("2024-Q3", date(2024, 7, 1), date(2024, 9, 30)),
        ("2024-H2", date(2024, 7, 1), date(2024, 12, 31)),
        ("199", date(1990, 1, 1), date(1999, 12, 31)),
        ("19", date(1900, 1, 1), date(1999, 12, 31)),
        ("2024-01-21T14:00", date(2024, 1, 21), date(2024, 1, 21)),
        ("2024-01-21TEV", date(2024, 1, 21), date(2024, 1, 21)),
        ("PRESENT_REF", ANCHOR, ANCHOR),
        ("PAST_REF", None, ANCHOR),
        ("FUTURE_REF", ANCHOR, None),
    ],
)
def test_intervals(value: str, earliest: date | None, latest: date | None):
    assert interval_of(value, ANCHOR) == (earliest, latest)


@pytest.mark.parametrize(
    "value",
    ["P2Y", "PXM", "PT30M", "XXXX-WXX-1", "XXXX-01-21", "XXXX-XX-XX", "XXXX-XX-XXT14:00", "2024-W54",
     "2023-02-30", "2024-13", "0000", "", "garbage", "2024-01-21Tfoo"],
)
def test_durations_sets_and_underspecified_values_have_no_interval(value: str):
    assert interval_of(value, ANCHOR) == (None, None)


def test_vague_references_without_anchor_are_open():
    for value in ("PRESENT_REF", "PAST_REF", "FUTURE_REF"):
        assert interval_of(value, None) == (None, None)


@given(value=st.text(max_size=30), anchor=st.one_of(st.none(), st.dates()))
def test_interval_of_never_raises(value: str, anchor: date | None):
    earliest, latest = interval_of(value, anchor)
    if earliest is not None and latest is not None:
        assert earliest <= latest


@given(day=st.dates(min_value=date(1, 1, 1), max_value=date(9998, 12, 31)))
def test_every_day_value_covers_itself(day: date):
    assert interval_of(day.isoformat(), None) == (day, day)
    year, week, _ = day.isocalendar()
    earliest, latest = interval_of(f"{year:04d}-W{week:02d}", None)
    assert earliest is not None and latest is not None
    assert earliest <= day <= latest and (latest - earliest).days == 6
