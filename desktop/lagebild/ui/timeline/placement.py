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


def _ordinals(days: list[date | None]) -> np.ndarray:
    """Day numbers (:func:`to_x`, inlined: this runs for every entry) of ``days``, NaN where there is none."""
    return np.array([day.toordinal() if day is not None else np.nan for day in days], dtype=float)


def _dated_extents(kind: np.ndarray, first: np.ndarray, last: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Day extents of non-vague entries (NaN without a date): a day's centre, else its days."""
    lo, hi = np.fmin(first, last), np.fmax(first, last)
    day = kind == Glyph.MARKER
    return np.where(day, lo + 0.5, lo), np.where(day, lo + 0.5, hi + 1.0)


def _vague_refs(kind: np.ndarray, first: np.ndarray, last: np.ndarray, anchor: date | None) -> np.ndarray:
    """Centre of the day each vague entry is relative to: the anchor, else its own open end (NaN without)."""
    if anchor is not None:
        return np.full(len(kind), to_x(anchor) + 0.5)
    return np.where(kind == Glyph.FUTURE, first, last) + 0.5


def place(entries: list[TimelineEntry], anchor: date | None) -> Placement:
    """Geometry for ``entries`` around ``anchor`` (the publication day)."""
    kind = np.array([_GLYPH[e.precision] for e in entries], dtype=np.int8)
    earliest = _ordinals([e.earliest for e in entries])
    latest = _ordinals([e.latest for e in entries])
    first = np.where(np.isnan(earliest), latest, earliest)  # earliest, else latest
    last = np.where(np.isnan(latest), earliest, latest)  # latest, else earliest
    vague = kind >= Glyph.PAST
    x0, x1 = _dated_extents(kind, first, last)
    centre = _vague_refs(kind, first, last, anchor)
    dated = ~vague & ~np.isnan(x0)
    banded = vague & ~np.isnan(centre)

    anchor_x = None if anchor is None else to_x(anchor) + 0.5
    points = np.concatenate([x0[dated], x1[dated], centre[banded]])
    span = float(points.max() - points.min()) if len(points) else 0.0
    band = max(BAND_SHARE * span, MIN_BAND_DAYS)

    keep = np.flatnonzero(dated | banded)
    placed = [entries[i] for i in keep.tolist()]
    glyph, x0, x1, centre, vague = kind[keep], x0[keep], x1[keep], centre[keep], vague[keep]
    ref = np.where(vague, centre, x0)
    past, future = glyph == Glyph.PAST, glyph == Glyph.FUTURE
    lo = np.where(past, centre - band, np.where(future, centre, centre - band / 2))
    hi = np.where(past, centre, np.where(future, centre + band, centre + band / 2))
    x0, x1 = np.where(vague, lo, x0), np.where(vague, hi, x1)
    side = np.where(past, -1, 1).astype(np.int8)

    groups = list(dict.fromkeys(e.lane_key for e in placed))
    colours = sorted({e.colour_key for e in placed})
    group_index = {key: k for k, key in enumerate(groups)}
    colour_index = {key: k for k, key in enumerate(colours)}
    unplaced = np.ones(len(entries), dtype=bool)
    unplaced[keep] = False
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
        unplaced=[entries[i].id for i in np.flatnonzero(unplaced).tolist()],
        anchor_x=anchor_x,
        band_days=band,
    )
