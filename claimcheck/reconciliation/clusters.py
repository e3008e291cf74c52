"""Clustering the values of one (subject, attribute) group by sort-and-sweep.

Values that agree form one cluster; a group with two or more clusters holds a
disagreement. Work is O(n log n) per group (one sort, one sweep, a bisect per
bound), never all pairs, so a subject with 300,000 claims costs what its sort
costs. Narrow intervals (figures) *anchor* clusters: overlapping anchors merge.
Wide intervals (bounds, vague ranges, coarse dates) only *support* the anchor
clusters they overlap; the ones that overlap none are swept into clusters of
their own. Dates without a year join any dated cluster they fit in some year.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from itertools import chain
from operator import itemgetter

from .intervals import md_compatible

Item = tuple[float, float, list[int]]  # lo, hi, indices of the claims (ascending) stating it
_LO = itemgetter(0)


class Cluster:
    """Claims whose intervals agree: anchors, supporting bounds, parent claims."""

    __slots__ = ("axis", "hi", "lo", "members", "parent_only", "parents", "supporters")

    def __init__(self, lo: float, hi: float, axis: str) -> None:
        self.lo = lo
        self.hi = hi
        self.axis = axis
        self.members: list[int] = []
        self.supporters: list[int] = []
        self.parents: list[Cluster] = []  # parent-subject clusters joined to this one
        self.parent_only = False

    def own_indices(self) -> list[int]:
        """The claims about this cluster's own subject, anchors first."""
        return self.members + self.supporters

    def parent_indices(self) -> list[int]:
        """The parent-subject claims joined to this cluster."""
        return [i for p in self.parents for i in p.own_indices()]

    def all_indices(self) -> list[int]:
        """Every claim index in the cluster, anchors first."""
        return self.members + self.supporters + self.parent_indices()

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return f"Cluster({self.lo}, {self.hi}, n={len(self.members)}+{len(self.supporters)})"


def _merged(lists: list[list[int]]) -> list[int]:
    """Claim indices of several ascending lists, in claim order (a new list)."""
    if len(lists) == 1:
        return list(lists[0])
    return sorted(chain.from_iterable(lists))


def _by_lo(entries: list[Item]) -> list[Item]:
    """Entries sorted by ``lo``; entries sharing a ``lo`` merged into one (widest ``hi``,
    indices in claim order): the order a stable sort of single claims by ``lo`` gives."""
    entries.sort(key=_LO)
    out: list[Item] = []
    run: list[list[int]] = []
    run_lo = run_hi = 0.0
    for lo, hi, idx in entries:
        if run and lo == run_lo:
            run.append(idx)
            if hi > run_hi:
                run_hi = hi
            continue
        if run:
            out.append((run_lo, run_hi, run[0] if len(run) == 1 else _merged(run)))
        run, run_lo, run_hi = [idx], lo, hi
    if run:
        out.append((run_lo, run_hi, run[0] if len(run) == 1 else _merged(run)))
    return out


def sweep(items: list[Item], axis: str) -> list[Cluster]:
    """Merge overlapping intervals into clusters (items get sorted in place)."""
    clusters: list[Cluster] = []
    current: Cluster | None = None
    for lo, hi, idx in _by_lo(items):
        if current is None or lo > current.hi:
            current = Cluster(lo, hi, axis)
            clusters.append(current)
        elif hi > current.hi:
            current.hi = hi
        current.members.extend(idx)
    return clusters


def attach(clusters: list[Cluster], wides: Iterable[Item]) -> list[Item]:
    """Attach each wide item to the sorted, disjoint clusters it overlaps.

    Returns the wide items that overlap no cluster.
    """
    his = [c.hi for c in clusters]
    los = [c.lo for c in clusters]
    left: list[Item] = []
    found: dict[int, list[list[int]]] = {}
    for item in wides:
        lo, hi, idx = item
        start = bisect_left(his, lo)
        stop = bisect_right(los, hi)
        if start >= stop:
            left.append(item)
            continue
        for k in range(start, stop):
            found.setdefault(k, []).append(idx)
    for k, lists in found.items():  # in claim order, as if attached one claim at a time
        clusters[k].supporters.extend(_merged(lists))
    return left


def cluster_group(anchors: list[Item], wides: list[Item], axis: str) -> list[Cluster]:
    """Clusters for one axis: anchors swept, wides attached or swept apart."""
    clusters = sweep(anchors, axis) if anchors else []
    left = attach(clusters, wides) if clusters else wides
    if left:
        extra = sweep(list(left), axis)
        for c in extra:  # wide-only clusters hold their items as supporters
            c.supporters, c.members = c.members, []
        clusters = sorted(clusters + extra, key=lambda c: c.lo)
    return clusters


def cluster_dates(
    day_anchors: list[Item], day_wides: list[Item], md_anchors: list[Item], md_wides: list[Item]
) -> list[Cluster]:
    """Clusters for a date group; year-less dates fit into dated clusters first."""
    clusters = cluster_group(day_anchors, day_wides, "day")
    leftover_anchors: list[Item] = []
    leftover_wides: list[Item] = []
    for items, leftover in ((md_anchors, leftover_anchors), (md_wides, leftover_wides)):
        found: dict[int, list[list[int]]] = {}
        for item in items:
            lo, hi, idx = item
            fits = [k for k, c in enumerate(clusters) if md_compatible(lo, hi, c.lo, c.hi)]
            if not fits:
                leftover.append(item)
            for k in fits:
                found.setdefault(k, []).append(idx)
        for k, lists in found.items():
            clusters[k].supporters.extend(_merged(lists))
    if leftover_anchors or leftover_wides:
        clusters = clusters + cluster_group(leftover_anchors, leftover_wides, "md")
    return clusters


def overlapping(clusters: list[Cluster], lo: float, hi: float, axis: str) -> list[Cluster]:
    """The clusters (sorted, disjoint, one axis) that ``[lo, hi]`` overlaps."""
    out: list[Cluster] = []
    for c in clusters:
        if c.axis == axis:
            fits = c.lo <= hi and lo <= c.hi
        elif c.axis == "day" and axis == "md":
            fits = md_compatible(lo, hi, c.lo, c.hi)
        else:
            fits = c.axis == "md" and axis == "day" and md_compatible(c.lo, c.hi, lo, hi)
        if fits:
            out.append(c)
    return out
