"""Grouping claims by (subject, attribute, unit) and joining parents to children.

This is the reconciler's blocking step: one pass over the claim dicts puts
each comparable claim's interval into its group (claims without a subject, of
attribute ``other``, or without a usable value are left out), then every group
is clustered (:mod:`.clusters`). A parent subject's clusters (Quorvex's, for
Quorvex-Q7 and Quorvex-Q8) then join the children's groups: a parent value
that fits one child's cluster supports that cluster only; a parent value that
fits no child joins every child group as a *parent-only* cluster, which can
raise a conflict at low severity at most.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from itertools import islice
from operator import itemgetter
from typing import Any

from ..model import Subject
from .clusters import Cluster, Item, cluster_dates, cluster_group, overlapping
from .context import UNDATED
from .intervals import Interval, date_interval, numeric_interval

GroupKey = tuple[str, str, str]  # subject, attribute, unit
_FIELD_NAMES = ("subject", "attribute", "kind", "value", "low", "high", "unit")
_FIELDS = itemgetter(*_FIELD_NAMES)
_MISSING = object()
#: Per-claim columns: source (interned), article id, publication date (sortable text).
Columns = tuple[list[Any], list[Any], list[str]]
#: Distinct field tuples remembered while grouping.
MEMO_LIMIT = 500_000


class GroupItems:
    """The intervals of one group, split by axis and width."""

    __slots__ = ("anchors", "md_anchors", "md_wides", "wides")

    def __init__(self) -> None:
        self.anchors: list[Item] = []
        self.wides: list[Item] = []
        self.md_anchors: list[Item] = []
        self.md_wides: list[Item] = []


def build_groups(claims: Sequence[Mapping[str, Any]]) -> dict[GroupKey, GroupItems]:
    """One pass: the interval of every comparable claim, in its group."""
    return scan(claims)[0]


def scan(claims: Sequence[Mapping[str, Any]]) -> tuple[dict[GroupKey, GroupItems], Columns]:
    """One pass over the rows: every comparable claim's interval in its group,
    plus the per-claim columns (source, article, publication date) the flags need.

    Each distinct field tuple (subject, attribute, kind, value, low, high,
    unit) is resolved once to its interval and an index list in its group:
    stated figures repeat, so most rows cost one C call, a dict lookup and an
    append, and clustering then works on distinct intervals, not claims. The
    columns are read by ``map`` over the rows (no Python code per row) and
    fixed up only when some value is missing.
    """
    groups: dict[GroupKey, GroupItems] = {}
    memo: dict[tuple[Any, ...], Callable[[int], None] | None] = {}
    memo_get = memo.get
    missing: Any = _MISSING
    i = 0
    n = len(claims)
    rows: Iterable[tuple[Any, ...]] = map(_FIELDS, claims)
    while i < n:
        try:
            for f in rows:  # the usual, complete row: one C call
                try:
                    target = memo_get(f, missing)
                except TypeError:  # an unhashable value
                    target = _target(groups, f)
                else:
                    if target is missing:
                        target = memo[f] = _target(groups, f)
                        if len(memo) > MEMO_LIMIT:
                            memo.clear()
                if target is not None:
                    target(i)
                i += 1
        except KeyError:  # a row without some field: read it field by field, then go on
            c = claims[i]
            f = tuple([c.get(k) for k in _FIELD_NAMES])
            try:
                target = memo_get(f, missing)
            except TypeError:
                target = _target(groups, f)
            else:
                if target is missing:
                    target = memo[f] = _target(groups, f)
            if target is not None:
                target(i)
            i += 1
            rows = map(_FIELDS, islice(claims, i, None))
    return groups, columns(claims)


def columns(claims: Sequence[Mapping[str, Any]]) -> Columns:
    """Source (else article, else the row number), article id and publication
    date (text, :data:`~.context.UNDATED` when missing) of every claim."""
    src, art, pub = _column(claims, "source"), _column(claims, "article_id"), _column(claims, "published")
    if not all(src):
        src = [s or a or i for i, (s, a) in enumerate(zip(src, art))]
    if set(map(type, pub)) != {str} or "" in pub:
        pub = [str(p) if p else UNDATED for p in pub]
    return src, art, pub


def _column(claims: Sequence[Mapping[str, Any]], name: str) -> list[Any]:
    try:
        return list(map(itemgetter(name), claims))
    except KeyError:
        return [c.get(name) for c in claims]


def _target(groups: dict[GroupKey, GroupItems], f: tuple[Any, ...]) -> Callable[[int], None] | None:
    """Where claims with fields ``f`` go: the append of a new (lo, hi, indices)
    item's index list in their group, or None when they are not comparable."""
    subject, attribute, kind, value, low, high, unit = f
    if not subject or not attribute or attribute == "other":
        return None
    is_date = kind == "date"
    iv = _interval(is_date, value, low, high)
    if iv is None:
        return None
    key = (subject, attribute, "date" if is_date else unit or kind or "")
    g = groups.get(key)
    if g is None:
        g = groups[key] = GroupItems()
    lo, hi, wide, axis = iv
    if axis == "md":
        items = g.md_wides if wide else g.md_anchors
    else:
        items = g.wides if wide else g.anchors
    indices: list[int] = []
    items.append((lo, hi, indices))
    return indices.append


def _interval(is_date: bool, value: Any, low: Any, high: Any) -> Interval | None:
    return date_interval(value, low, high) if is_date else numeric_interval(value, low, high)


def cluster_all(groups: dict[GroupKey, GroupItems]) -> dict[GroupKey, list[Cluster]]:
    """Cluster every group (the items lists are consumed)."""
    out: dict[GroupKey, list[Cluster]] = {}
    for key, g in groups.items():
        if key[2] == "date":
            out[key] = cluster_dates(g.anchors, g.wides, g.md_anchors, g.md_wides)
        else:
            out[key] = cluster_group(g.anchors, g.wides, "num")
    return out


def children_of(subjects: Mapping[str, Subject] | None, seen: Iterable[str]) -> dict[str, list[str]]:
    """Parent slug → child slugs, from the registry or, lacking it, slug prefixes.

    Without a registry, ``quorvex-q7`` is taken as a child of ``quorvex``
    when ``quorvex`` is itself a subject of some claim.
    """
    seen = set(seen)
    kids: dict[str, set[str]] = {}
    if subjects:
        for slug, subj in subjects.items():
            if subj.parent and subj.parent != slug:
                kids.setdefault(subj.parent, set()).add(slug)
    for slug in seen:
        if subjects and slug in subjects:
            continue
        head = slug.rsplit("-", 1)[0] if "-" in slug else None
        while head:
            if head in seen:
                kids.setdefault(head, set()).add(slug)
                break
            head = head.rsplit("-", 1)[0] if "-" in head else None
    return {p: sorted(c) for p, c in kids.items()}


def parent_of(children: Mapping[str, list[str]]) -> dict[str, str]:
    """Child slug → parent slug."""
    return {child: parent for parent, kids in children.items() for child in kids}


def join_parents(clustered: dict[GroupKey, list[Cluster]], children: Mapping[str, list[str]]) -> None:
    """Let each parent cluster support or join its children's groups (in place)."""
    for (subject, attribute, unit), parent_clusters in list(clustered.items()):
        kids = [k for k in children.get(subject, ()) if (k, attribute, unit) in clustered]
        if not kids:
            continue
        for p in list(parent_clusters):
            if p.parent_only:
                continue
            matched = False
            for kid in kids:
                for c in overlapping(clustered[(kid, attribute, unit)], p.lo, p.hi, p.axis):
                    if not c.parent_only:
                        c.parents.append(p)
                        matched = True
            if matched:
                continue
            for kid in kids:
                orphan = Cluster(p.lo, p.hi, p.axis)
                orphan.parents = [p]
                orphan.parent_only = True
                target = clustered[(kid, attribute, unit)]
                target.append(orphan)
                target.sort(key=lambda c: (c.axis, c.lo))
