"""The order of the entity list: German collation by name, or a count with names A–Z on ties.

The entity model sorts its rows itself with keys made once per row: a
proxy comparing thousands of rows through ``data()`` calls took seconds.
Within a group, rows sort by name (German, case-insensitive, numbers by
value) or by a count; rows with equal counts keep names A–Z in either
direction, and rows that compare equal keep their text order.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCollator, QLocale, Qt


def german_collator() -> QCollator:
    """Compares names as a German reader expects ("Müller" next to "Muller", "Nr. 9" before "Nr. 10")."""
    collator = QCollator(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    collator.setNumericMode(True)
    return collator


def sorted_positions(
    names: Sequence[str], counts: Sequence[int] | None, descending: bool, collator: QCollator
) -> list[int]:
    """Positions of the rows in list order: by name, or by ``counts`` (names A–Z on ties).

    Sorting is stable, so rows that compare equal keep the order given.
    """
    keys = [collator.sortKey(name) for name in names]
    positions = list(range(len(names)))
    if counts is None:
        positions.sort(key=keys.__getitem__, reverse=descending)
        return positions
    positions.sort(key=keys.__getitem__)  # ties on a count: names A–Z whichever the direction
    positions.sort(key=counts.__getitem__, reverse=descending)
    return positions
