"""Lanes and labels of the timeline (Qt-free, numpy).

Everything here works in pixels along x at one zoom level (``scale`` px per
day, measured from a day ``origin``):

* :func:`fit_view` finds the x range that shows every glyph and label;
* :func:`assign_lanes` stacks entries into lanes per group so that glyph and
  label of one entry never overlap another's at that zoom (greedy first-fit in
  order of start, which uses the fewest lanes; past a lane cap an entry keeps
  only its glyph clear, or overlaps the lane that frees first);
* :func:`fit_labels` decides, per zoom level, which labels have room before
  the next glyph in their lane and elides the ones that only partly fit.

Lanes are assigned once at the "fit all" zoom and kept while zooming: zooming
in only widens the gaps, so every label shown at "fit all" stays shown.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass

import numpy as np

from lagebild.ui.timeline.placement import Glyph, Placement

LABEL_SHARE = 0.35  # a label is elided beyond this share of the view width
BAND_SHARE = 0.4  # a vague band fades out within this share of the view width


@dataclass(frozen=True, slots=True)
class Metrics:
    """Pixel sizes that do not scale with zoom (they follow the font)."""

    marker_radius: float = 6.0
    gap: float = 6.0  # between a glyph and its label, and between neighbours
    min_bar: float = 4.0  # a bar is never drawn narrower
    min_label: float = 48.0  # an elided label narrower than this is hidden


@dataclass(slots=True)
class Extents:
    """Pixel extents of every entry at one zoom level (origin-relative)."""

    glyph_lo: np.ndarray
    glyph_hi: np.ndarray
    label_lo: np.ndarray  # the full, unelided label
    label_hi: np.ndarray
    side: np.ndarray


@dataclass(slots=True)
class LabelFit:
    """Which labels are drawn at one zoom level, where and how wide."""

    shown: np.ndarray
    lo: np.ndarray
    width: np.ndarray


def extents(
    placement: Placement,
    label_width: np.ndarray,
    origin: float,
    scale: float,
    metrics: Metrics,
    band_cap: float = np.inf,
) -> Extents:
    """Glyph and label extents in px for ``scale`` px per day (see :class:`Scaler`)."""
    return Scaler(placement, label_width, origin, metrics).at(scale, band_cap)


class Scaler:
    """Extents of the entries at any zoom; what does not depend on the zoom is worked out once."""

    def __init__(self, placement: Placement, label_width: np.ndarray, origin: float, metrics: Metrics) -> None:
        glyph = placement.glyph
        self._x0, self._x1, self._ref = placement.x0 - origin, placement.x1 - origin, placement.ref - origin
        self._radius = np.where(glyph == Glyph.MARKER, metrics.marker_radius, 0.0)
        self._min_bar = np.where(glyph == Glyph.BAR, metrics.min_bar, -np.inf)
        self._offset = self._radius + metrics.gap
        self._right = placement.side > 0
        self._side = placement.side
        self._width = label_width
        self._band = np.flatnonzero(glyph >= Glyph.PAST)
        self._kind = glyph[self._band]

    def at(self, scale: float, band_cap: float = np.inf) -> Extents:
        """Glyph and label extents in px for ``scale`` px per day.

        A vague band is drawn at most ``band_cap`` px long: zoomed far in it
        fades out within part of the view instead of covering all of it.
        """
        x0, x1, ref = self._x0 * scale, self._x1 * scale, self._ref * scale
        band, kind = self._band, self._kind
        if len(band) and np.isfinite(band_cap):
            b0, b1 = x0[band], x1[band]
            excess = np.maximum(b1 - b0 - band_cap, 0.0)
            x0[band] = b0 + np.where(kind == Glyph.PAST, excess, np.where(kind == Glyph.FUTURE, 0.0, excess / 2))
            x1[band] = b1 - np.where(kind == Glyph.FUTURE, excess, np.where(kind == Glyph.PAST, 0.0, excess / 2))
        glyph_lo = x0 - self._radius
        glyph_hi = np.maximum(x1 + self._radius, x0 + self._min_bar)
        label_lo = np.where(self._right, ref + self._offset, ref - self._offset - self._width)
        return Extents(glyph_lo, glyph_hi, label_lo, label_lo + self._width, self._side)


def fit_view(
    placement: Placement,
    label_width: np.ndarray,
    width: float,
    metrics: Metrics,
    label_cap: float,
    margin: float = 12.0,
    min_days: float = 14.0,
) -> tuple[float, float]:
    """The x range (days) at which every glyph and label fits ``width`` px.

    Labels count with at most ``label_cap`` px (longer ones are elided).

    Each entry constrains the view from the left (glyph start, labels running
    left) and from the right (glyph end, labels running right); the widest
    scale that satisfies all constraints is found by bisection.
    """
    room = max(width - 2 * margin, 1.0)
    if len(placement) == 0:
        return 0.0, 1.0
    marker = placement.glyph == Glyph.MARKER
    r = np.where(marker, metrics.marker_radius, 0.0)
    offset = np.where(marker, metrics.marker_radius + metrics.gap, metrics.gap)
    label = np.minimum(label_width, label_cap) + offset
    right = placement.side > 0
    # px = x * s - p  (lower bounds) and  px = x * s + q  (upper bounds)
    low_x = np.concatenate([placement.x0, placement.ref[~right]])
    low_p = np.concatenate([r, label[~right]])
    high_x = np.concatenate([placement.x1, placement.ref[right]])
    high_q = np.concatenate([r, label[right]])

    def needed(s: float) -> float:
        return float(np.max(high_x * s + high_q) - np.min(low_x * s - low_p))

    span = float(high_x.max() - low_x.min())
    s_hi = room / max(span, min_days)
    if needed(s_hi) > room:
        s_lo = s_hi * 1e-6
        for _ in range(60):
            mid = (s_lo * s_hi) ** 0.5
            s_lo, s_hi = (mid, s_hi) if needed(mid) <= room else (s_lo, mid)
        s_hi = s_lo
    scale = s_hi
    left_px = float(np.min(low_x * scale - low_p))
    spare = room - needed(scale)
    start = (left_px - margin - spare / 2) / scale
    return start, start + width / scale


def lane_demand(lo: np.ndarray, hi: np.ndarray, group: np.ndarray, n_groups: int, gap: float) -> list[int]:
    """Lanes each group needs so that no two extents share a lane (max overlap)."""
    demand = [0] * n_groups
    for g in range(n_groups):
        mask = group == g
        if not mask.any():
            continue
        starts = np.sort(lo[mask])
        ends = np.sort(hi[mask] + gap)
        active = np.arange(1, len(starts) + 1) - np.searchsorted(ends, starts, side="right")
        demand[g] = int(active.max())
    return demand


def share_lanes(demand: list[int], budget: int) -> list[int]:
    """Caps per group: everybody's demand if it fits ``budget``, else water-filled."""
    if sum(demand) <= budget:
        return list(demand)
    budget = max(budget, len(demand))
    cap = max(1, budget // max(len(demand), 1))
    while sum(min(d, cap + 1) for d in demand) <= budget:
        cap += 1
    caps = [max(1, min(d, cap)) for d in demand]
    spare = budget - sum(caps)
    for g, d in enumerate(demand):
        if spare <= 0:
            break
        if d > caps[g]:
            caps[g] += 1
            spare -= 1
    return caps


def assign_lanes(
    full: tuple[np.ndarray, np.ndarray],
    glyph: tuple[np.ndarray, np.ndarray],
    group: np.ndarray,
    caps: list[int],
    gap: float,
) -> tuple[np.ndarray, list[int]]:
    """Lane of each entry within its group, and the lanes each group uses.

    ``full`` bounds glyph plus label, ``glyph`` the glyph alone (both px at the
    layout zoom).  Entries are placed in order of their start into the lowest
    free lane; once a group has ``caps[g]`` lanes, an entry goes to a lane where
    its glyph is clear (its label then waits for a closer zoom) or, failing
    that, to the lane that frees first.
    """
    lo, hi = full
    glyph_lo, glyph_hi = glyph
    lane = np.zeros(len(lo), dtype=np.int32)
    used = [0] * len(caps)
    for g, cap in enumerate(caps):
        rows = np.flatnonzero(group == g)
        rows = rows[np.argsort(lo[rows], kind="stable")]
        busy: list[tuple[float, int]] = []  # (free from, lane)
        free: list[int] = []
        opened = 0
        for row, start, end, g_lo, g_hi in zip(
            rows.tolist(), lo[rows].tolist(), hi[rows].tolist(), glyph_lo[rows].tolist(), glyph_hi[rows].tolist()
        ):
            while busy and busy[0][0] <= start:
                heapq.heappush(free, heapq.heappop(busy)[1])
            if free:
                k = heapq.heappop(free)
            elif opened < max(cap, 1):
                k, opened = opened, opened + 1
            else:
                freed, k = heapq.heappop(busy)
                end = g_hi if freed <= g_lo else max(g_hi, freed - gap)
            lane[row] = k
            heapq.heappush(busy, (end + gap, k))
        used[g] = opened
    return lane, used


def _exclusive_cummax(values: np.ndarray, lane: np.ndarray, same: np.ndarray | None = None) -> np.ndarray:
    """Max of ``values`` over the earlier rows of the same lane (rows sorted by lane).

    ``-inf`` values take no part; rows with nothing before them get ``-inf``.
    The result is exact (labels that just touch a glyph still fit).
    ``same`` may give ``lane[1:] == lane[:-1]``.
    """
    out = np.full(len(values), -np.inf)
    if len(values) < 2:
        return out
    finite = np.isfinite(values)
    all_finite = bool(finite.all())
    real = values if all_finite else values[finite]
    if len(real) == 0:
        return out
    floor = float(real.min()) - 1.0  # below every real value
    filled = values if all_finite else np.where(finite, values, floor)
    # Lift each lane above the previous one, so one running max serves all
    # lanes; the lifted sums are inexact, so take the value from the row
    # that attains each maximum.
    lifted = filled + lane * (float(real.max()) - floor + 1.0)
    running = np.maximum.accumulate(lifted)
    best = filled[np.maximum.accumulate(np.where(lifted == running, np.arange(len(values)), 0))]
    keep = lane[1:] == lane[:-1] if same is None else same
    if not all_finite:
        keep = keep & (best[:-1] > floor)
    out[1:] = np.where(keep, best[:-1], -np.inf)
    return out


def lane_order(lane: np.ndarray, glyph_lo: np.ndarray, hint: np.ndarray | None = None) -> np.ndarray:
    """Rows sorted by lane, then glyph start (ties in row order).

    ``hint`` is the order at a nearby zoom: the rows then need few moves,
    which a stable sort of the nearly sorted keys finds in linear time.
    Ties keep the hint's order, which is row order if the hint kept it.
    """
    if hint is None or len(hint) != len(lane) or len(lane) == 0:
        return np.lexsort((glyph_lo, lane))
    base = float(glyph_lo.min())
    key = lane * (float(glyph_lo.max()) - base + 1.0) + (glyph_lo - base)
    return hint[np.argsort(key[hint], kind="stable")]


def fit_labels(
    lane: np.ndarray, ext: Extents, gap: float, min_label: float, order: np.ndarray | None = None
) -> LabelFit:
    """Labels with room before the next glyph (or after the previous) in their lane.

    ``order`` is :func:`lane_order` of the rows if the caller has it.
    """
    if order is None:
        order = np.lexsort((ext.glyph_lo, lane))
    sorted_ext = Extents(*(values[order] for values in (ext.glyph_lo, ext.glyph_hi, ext.label_lo, ext.label_hi)),
                         ext.side[order])  # fmt: skip
    fit = fit_sorted_labels(lane[order], sorted_ext, gap, min_label)
    out = LabelFit(np.empty(len(lane), dtype=bool), np.empty(len(lane)), np.empty(len(lane)))
    out.shown[order] = fit.shown
    out.lo[order] = fit.lo
    out.width[order] = fit.width
    return out


def fit_sorted_labels(lane: np.ndarray, ext: Extents, gap: float, min_label: float) -> LabelFit:
    """:func:`fit_labels` for rows already sorted by lane, then glyph start (results in that order)."""
    n = len(lane)
    g_lo, g_hi, l_lo, l_hi = ext.glyph_lo, ext.glyph_hi, ext.label_lo, ext.label_hi
    full = l_hi - l_lo
    right = ext.side > 0
    same = lane[1:] == lane[:-1]

    next_lo = np.full(n, np.inf)
    next_lo[:-1] = np.where(same, g_lo[1:], np.inf)
    prev_hi = _exclusive_cummax(g_hi, lane, same)
    need = np.minimum(full, min_label)

    # Labels running right need room before the next glyph ...
    avail_r = next_lo - gap - l_lo
    shown = right & (avail_r >= need) & (l_lo >= prev_hi + gap)
    width = np.minimum(full, avail_r)
    lo = l_lo
    left = ~right
    if left.any():  # ... labels running left (past bands) after the previous glyph and label
        taken = _taken(shown, l_lo + width, left, lane)
        avail_l = l_hi - (np.maximum(prev_hi, taken) + gap)
        width_l = np.minimum(full, avail_l)
        shown = shown | (left & (avail_l >= need) & (l_hi <= next_lo - gap))
        width = np.where(right, width, width_l)
        lo = np.where(right, l_lo, l_hi - width_l)
    return LabelFit(shown, lo, np.where(shown, width, 0.0))


def _taken(shown: np.ndarray, end: np.ndarray, left: np.ndarray, lane: np.ndarray) -> np.ndarray:
    """For each ``left`` row, the right end of the shown labels before it in its lane (rows sorted by lane).

    Few labels are shown and few run left, so this works on those rows only.
    """
    taken = np.full(len(shown), -np.inf)
    rows = np.flatnonzero(shown)
    if len(rows) == 0:
        return taken
    ends = np.maximum(_exclusive_cummax(end[rows], lane[rows]), end[rows])  # running max, this row included
    lefts = np.flatnonzero(left)
    before = np.searchsorted(rows, lefts) - 1  # the last shown row before each left row
    ok = before >= 0
    ok[ok] = lane[rows[before[ok]]] == lane[lefts[ok]]
    taken[lefts[ok]] = ends[before[ok]]
    return taken


def merge_intervals(
    group: np.ndarray, lo: np.ndarray, hi: np.ndarray, slack: float = 0.5, presorted: bool = False
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Union of overlapping intervals within each group (for drawing without overdraw).

    Returns group, start and end of every merged interval, and for each one
    the index of the first input interval it contains.  ``presorted``: the
    input is already sorted by group, then start.
    """
    if len(lo) == 0:
        empty = np.zeros(0)
        return group[:0], empty, empty, np.zeros(0, dtype=np.intp)
    order = np.arange(len(lo)) if presorted else np.lexsort((lo, group))
    g, a, b = group[order], lo[order], hi[order]
    reach = _exclusive_cummax(b, g)
    new = np.ones(len(a), dtype=bool)
    new[1:] = (g[1:] != g[:-1]) | (a[1:] > reach[1:] + slack)
    starts = np.flatnonzero(new)
    return g[starts], a[starts], np.maximum.reduceat(b, starts), order[starts]
