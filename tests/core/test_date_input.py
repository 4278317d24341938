"""Dates typed by the analyst become correction values."""

from __future__ import annotations

import pytest

from lagebild.core.date_input import parse_date_input


@pytest.mark.parametrize(
    ("typed", "value"),
    [
        ("2024-03-12", "2024-03-12"),
        ("2024-03", "2024-03"),
        ("2024", "2024"),
        ("12.03.2024", "2024-03-12"),
        ("1.2.2022", "2022-02-01"),
        (" 03.2024 ", "2024-03"),
        ("3/2024", "2024-03"),
        ("März 2024", "2024-03"),
        ("12. März 2024", "2024-03-12"),
        ("märz 2024", "2024-03"),
        ("Jänner 2023", "2023-01"),
        ("March 2024", "2024-03"),
        ("Sept. 2021", "2021-09"),
    ],
)
def test_accepted_forms(typed: str, value: str) -> None:
    assert parse_date_input(typed) == value


@pytest.mark.parametrize("typed", ["", "morgen", "31.02.2024", "13.2024", "Brumaire 2024", "2024-3-1"])
def test_rejected_forms_say_what_works(typed: str) -> None:
    with pytest.raises(ValueError, match="is not a date: use e.g. 2024-03-12"):
        parse_date_input(typed)
