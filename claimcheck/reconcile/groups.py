"""Grouping claims by (subject, attribute, unit) and joining parents to children.

This is the reconciler's blocking step: one pass over the claim dicts puts
each comparable claim's interval into its group (claims without a subject, of
attribute ``other``, or without a usable value are left out), then every group
is clustered (:mod:`.clusters`). A parent subject's clusters (DeepSeek's, for
DeepSeek-R1 and DeepSeek-V3) then join the children's groups: a parent value
that fits one child's cluster supports that cluster only; a parent value that
fits no child joins every child group as a *parent-only* cluster, which can
raise a conflict at low severity at most.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from operator import itemgetter
from typing import Any

from ..model import Subject
from .clusters import Cluster, Item, cluster_dates, cluster_group, overlapping
from .context import UNDATED
from .intervals import Interval, date_interval, numeric_interval

GroupKey = tuple[str, str, str]  # subject, attribute, unit
_FIELD_NAMES = ("subject", "attribute", "kind", "value", "low", "high", "unit")
_FIELDS = itemgetter(*_FIELD_NAMES)
_COLUMNS = itemgetter("source", "article_id", "published")
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
    unit) is resolved once to its target list and interval: stated figures
    repeat, so most rows cost two C calls, a dict lookup and an append.
    """
    groups: dict[GroupKey, GroupItems] = {}
    memo: dict[tuple[Any, ...], tuple[Any, float, float] | None] = {}
    src: list[Any] = []
    art: list[Any] = []
    pub: list[str] = []
    src_append, art_append, pub_append = src.append, art.append, pub.append
    fields, columns = _FIELDS, _COLUMNS
    undated = UNDATED
    for i, c in enumerate(claims):
        try:  # one C call each for the usual, complete row
            f = fields(c)
            source, article, published = columns(c)
        except KeyError:
            f = tuple([c.get(k) for k in _FIELD_NAMES])
            source, article, published = c.get("source"), c.get("article_id"), c.get("published")
        src_append(source or article or i)
        art_append(article)
        pub_append(str(published) if published else undated)
        try:
            target = memo[f]
        except KeyError:
            target = memo[f] = _target(groups, f)
            if len(memo) > MEMO_LIMIT:
                memo.clear()
        except TypeError:  # an unhashable value
            target = _target(groups, f)
        if target is not None:
            append, lo, hi = target
            append((lo, hi, i))
    return groups, (src, art, pub)


def _target(groups: dict[GroupKey, GroupItems], f: tuple[Any, ...]) -> tuple[Any, float, float] | None:
    """Where a claim with fields ``f`` goes: (the append of its items list, lo, hi), or None."""
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
    return items.append, lo, hi


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

    Without a registry, ``deepseek-r1`` is taken as a child of ``deepseek``
    when ``deepseek`` is itself a subject of some claim.
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
