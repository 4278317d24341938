"""Where each entry sits in day coordinates and what shape it takes (Qt-free).

A day is a marker on the day's centre, a month/year/span a bar over its days,
a vague reference a band that starts at the anchor (the publication day) and
fades out; the band has a length proportional to the whole timeline so it
never pretends to end on a particular day.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import IntEnum

import numpy as np

from lagebild.ui.timeline.dates import to_x
from lagebild.ui.timeline.entry import Precision, TimelineEntry

BAND_SHARE = 0.15  # a vague band is this share of the dated extent ...
MIN_BAND_DAYS = 21.0  # ... but at least three weeks long


class Glyph(IntEnum):
    """The shape an entry is drawn with."""

    MARKER = 0
    BAR = 1
    PAST = 2
    FUTURE = 3
    PRESENT = 4


_GLYPH = {
    Precision.DAY: Glyph.MARKER,
    Precision.MONTH: Glyph.BAR,
    Precision.YEAR: Glyph.BAR,
    Precision.SPAN: Glyph.BAR,
    Precision.PAST: Glyph.PAST,
    Precision.FUTURE: Glyph.FUTURE,
    Precision.PRESENT: Glyph.PRESENT,
}


@dataclass(slots=True)
class Placement:
    """Day-coordinate geometry of the placeable entries, one array row each.

    ``x0``/``x1`` bound the glyph (equal for a marker: its centre).  The label
    starts at ``ref`` and runs right (``side`` +1) or ends there and runs left
    (``side`` -1, for bands into the past).
    """

    entries: list[TimelineEntry]
    glyph: np.ndarray
    x0: np.ndarray
    x1: np.ndarray
    ref: np.ndarray
    side: np.ndarray
    group: np.ndarray
    colour: np.ndarray
    groups: list[str] = field(default_factory=list)  # lane keys in order of appearance
    colours: list[str] = field(default_factory=list)  # colour keys, sorted
    unplaced: list[str] = field(default_factory=list)  # ids without any date to show
    anchor_x: float | None = None  # centre of the anchor day
    band_days: float = MIN_BAND_DAYS

    def __len__(self) -> int:
        return len(self.entries)


def _dated_extent(entry: TimelineEntry) -> tuple[float, float] | None:
    """Day extent of a non-vague entry, or None if it has no date."""
    first = entry.earliest or entry.latest
    last = entry.latest or entry.earliest
    if first is None or last is None:
        return None
    first, last = min(first, last), max(first, last)
    if entry.precision is Precision.DAY:
        centre = to_x(first) + 0.5
        return centre, centre
    return to_x(first), to_x(last) + 1.0


def _vague_ref(entry: TimelineEntry, anchor: date | None) -> float | None:
    """Centre of the day a vague entry is relative to."""
    if anchor is None:
        if entry.precision is Precision.FUTURE:
            anchor = entry.earliest or entry.latest
        else:
            anchor = entry.latest or entry.earliest
    return None if anchor is None else to_x(anchor) + 0.5


def place(entries: list[TimelineEntry], anchor: date | None) -> Placement:
    """Geometry for ``entries`` around ``anchor`` (the publication day)."""
    dated: dict[int, tuple[float, float]] = {}
    vague: dict[int, float] = {}
    unplaced: list[str] = []
    for i, entry in enumerate(entries):
        if entry.precision.is_vague:
            ref = _vague_ref(entry, anchor)
            if ref is not None:
                vague[i] = ref
                continue
        else:
            extent = _dated_extent(entry)
            if extent is not None:
                dated[i] = extent
                continue
        unplaced.append(entry.id)

    anchor_x = None if anchor is None else to_x(anchor) + 0.5
    points = [x for extent in dated.values() for x in extent] + list(vague.values())
    span = (max(points) - min(points)) if points else 0.0
    band = max(BAND_SHARE * span, MIN_BAND_DAYS)

    keep = sorted([*dated, *vague])
    placed = [entries[i] for i in keep]
    n = len(placed)
    glyph = np.array([_GLYPH[e.precision] for e in placed], dtype=np.int8)
    x0, x1, ref = np.empty(n), np.empty(n), np.empty(n)
    side = np.ones(n, dtype=np.int8)
    for row, i in enumerate(keep):
        if i in dated:
            x0[row], x1[row] = dated[i]
            ref[row] = dated[i][0]
            continue
        ref[row] = centre = vague[i]
        kind = glyph[row]
        if kind == Glyph.PAST:
            x0[row], x1[row], side[row] = centre - band, centre, -1
        elif kind == Glyph.FUTURE:
            x0[row], x1[row] = centre, centre + band
        else:
            x0[row], x1[row] = centre - band / 2, centre + band / 2

    groups = list(dict.fromkeys(e.lane_key for e in placed))
    colours = sorted({e.colour_key for e in placed})
    group_index = {key: k for k, key in enumerate(groups)}
    colour_index = {key: k for k, key in enumerate(colours)}
    return Placement(
        entries=placed,
        glyph=glyph,
        x0=x0,
        x1=x1,
        ref=ref,
        side=side,
        group=np.array([group_index[e.lane_key] for e in placed], dtype=np.int32),
        colour=np.array([colour_index[e.colour_key] for e in placed], dtype=np.int32),
        groups=groups,
        colours=colours,
        unplaced=unplaced,
        anchor_x=anchor_x,
        band_days=band,
    )
