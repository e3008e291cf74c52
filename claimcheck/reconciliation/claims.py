"""Claim flags: ``value_conflict`` and ``internal_conflict``.

Given the clustered groups (:mod:`.groups`), a group whose clusters are
backed by different independent sources is a ``value_conflict``; one article
whose own claims fall into different clusters, without naming different
claimants or a third-party estimate, is an ``internal_conflict``. Severity
comes from the gap (a factor of 2 is medium, 10 or more high; for dates two
days is low, more than a week high), lowered one step when a side is only
speculative or its subject was inferred, and capped at low when one side is
only a claim about the parent company. Time cues ("now", "plans to",
different years) and different chip models explain a difference away.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from ..model import Evidence, Flag, Subject
from .clusters import Cluster
from .context import ClusterInfo, Table, attribution_explains, independent, items_explain, time_explains
from .groups import GroupKey
from .intervals import MD_YEAR
from .summaries import conflict_summary, format_interval, format_value, subject_name, value_note

#: Clusters per group examined pairwise (the best supported ones).
MAX_CLUSTERS = 24
#: Claims cited as evidence per value (one per source first).
EVIDENCE_PER_VALUE = 25
LEVELS = ("low", "medium", "high")


@dataclass
class Conflict:
    """A group's disagreement: the clusters taking part and the worst gap."""

    key: GroupKey
    infos: list[ClusterInfo]
    level: int  # 0 low, 1 medium, 2 high
    gap: float
    gap_text: str


def representative(info: ClusterInfo, kind: str | None) -> float:
    """A single number standing for the cluster (its figure, else its middle)."""
    c = info.cluster
    if kind != "date":
        try:
            return abs(float(info.label_value))
        except (TypeError, ValueError):
            pass
    lo, hi = c.lo, c.hi
    if math.isinf(lo):
        return hi
    if math.isinf(hi):
        return lo
    return (lo + hi) / 2


def gap_between(a: ClusterInfo, b: ClusterInfo, kind: str | None) -> tuple[float, int, str]:
    """The gap between two clusters, its base severity level and its words."""
    ra, rb = representative(a, kind), representative(b, kind)
    if kind == "date":
        ca, cb = a.cluster, b.cluster
        if ca.axis == cb.axis == "md" and (ca.hi > ca.lo or cb.hi > cb.lo):
            # A year-less month (``--01``) against another year-less date: without
            # years, a day distance means nothing; only the months differ.
            ra, rb = _day_of_year(ra, ca.axis), _day_of_year(rb, cb.axis)
            days = abs(ra - rb) % 366
            return min(days, 366 - days), 0, "different months, year not given"
        if a.cluster.axis != b.cluster.axis or a.cluster.axis == "md":
            ra, rb = _day_of_year(ra, a.cluster.axis), _day_of_year(rb, b.cluster.axis)
            days = abs(ra - rb) % 366
            days = min(days, 366 - days)
        else:
            days = abs(ra - rb)
        level = 0 if days <= 2 else 1 if days <= 7 else 2
        n = round(days)
        return days, level, f"{n} day{'' if n == 1 else 's'} apart"
    small, big = sorted((ra, rb))
    ratio = big / small if small > 0 else math.inf
    level = 2 if ratio >= 10 else 1 if ratio >= 2 else 0
    words = "many times" if math.isinf(ratio) else f"{ratio:,.0f}" if ratio >= 10 else f"{ratio:.1f}"
    return ratio, level, f"the figures differ by a factor of {words}"


def _day_of_year(value: float, axis: str) -> float:
    """Day of the year of a point on the ``day`` axis (``md`` points already are)."""
    if axis == "md":
        return value
    d = date.fromordinal(int(value))
    return float(date(MD_YEAR, d.month, d.day).toordinal() - date(MD_YEAR, 1, 1).toordinal() + 1)


def pair_level(a: ClusterInfo, b: ClusterInfo, kind: str | None) -> tuple[float, int, str]:
    """Base gap level, lowered for soft or inferred sides, capped for parent-only sides."""
    gap, level, words = gap_between(a, b, kind)
    if min(a.firmness, b.firmness) < 0.5 or a.inferred or b.inferred:
        level -= 1
    if a.cluster.parent_only or b.cluster.parent_only:
        level = 0
    return gap, max(level, 0), words


def find_conflict(key: GroupKey, clusters: list[Cluster], table: Table) -> Conflict | None:
    """The value conflict in one group, if independent sources disagree."""
    if len(clusters) < 2:
        return None
    kind = "date" if key[2] == "date" else table.claims[table.info(clusters[0]).first_index].get("kind")
    chosen = sorted(clusters, key=lambda c: -(len(c.members) + len(c.supporters) + len(c.parents)))
    infos = [table.info(c) for c in chosen[:MAX_CLUSTERS]]
    involved: set[int] = set()
    best = (-1, 0.0, "")
    for i in range(len(infos)):
        for j in range(i + 1, len(infos)):
            a, b = infos[i], infos[j]
            if not independent(a, b) or items_explain(a, b):
                continue
            if kind != "date" and time_explains(a, b, key[1]):
                continue
            gap, level, words = pair_level(a, b, kind)
            involved.update((i, j))
            if (level, gap) > (best[0], best[1]):
                best = (level, gap, words)
    if not involved:
        return None
    picked = [infos[k] for k in sorted(involved)]
    picked.sort(key=lambda x: (-x.n_sources, x.cluster.parent_only, representative(x, kind)))
    return Conflict(key, picked, best[0], best[1], best[2])


def value_entry(
    info: ClusterInfo,
    claims: Sequence[Mapping[str, Any]],
    kind: str | None,
    unit: str,
    evidence: list[int] | None = None,
) -> dict[str, Any]:
    """The details of one value: figure, sources, first seen, hedges, claimants.

    Built once per cluster (a value cited by a conflict and a scope flag is
    described once); a later call returns a copy, so no two flags share it.
    """
    cached = info.entry
    if cached is None or cached[0] != (kind, unit):
        entry = _value_entry(info, claims, kind, unit, evidence)
        info.entry = ((kind, unit), entry)
        return entry
    entry = cached[1]
    return {
        **entry,
        "sources": list(entry["sources"]),
        "repeated_by": list(entry["repeated_by"]),
        "hedges": dict(entry["hedges"]),
        "claimants": list(entry["claimants"]),
        "claims": list(entry["claims"]),
    }


def _value_entry(
    info: ClusterInfo,
    claims: Sequence[Mapping[str, Any]],
    kind: str | None,
    unit: str,
    evidence: list[int] | None,
) -> dict[str, Any]:
    evidence = evidence_indices(info, claims) if evidence is None else evidence
    first = claims[info.first_index]
    label = info.label_value
    if info.cluster.members or kind == "date":
        text = format_value(label, unit, kind, first.get("item"))
    else:
        text = format_interval(first.get("low"), first.get("high"), unit, kind)
    outlets = info.outlets_by_date()
    return {
        "value": label,
        "label": text,
        "low": _bound(info.cluster.lo, info.cluster.axis),
        "high": _bound(info.cluster.hi, info.cluster.axis),
        "n_sources": info.n_sources,
        "n_claims": info.n_claims,
        "sources": outlets[:50],
        "first_seen": info.first_seen,
        "first_outlet": outlets[0] if outlets else None,
        "repeated_by": outlets[1:50],
        "hedges": dict(info.hedges),
        "claimants": [name for name, _ in info.claimants.most_common(5)],
        "parent_only": info.cluster.parent_only,
        "claims": [str(claims[i].get("id")) for i in evidence],
    }


def _bound(x: float, axis: str) -> float | str | None:
    """A cluster bound for the details: a number, an ISO date (``--MM-DD`` without year) or None."""
    if math.isinf(x):
        return None
    if axis == "day":
        return date.fromordinal(int(x)).isoformat()
    if axis == "md":
        return date.fromordinal(int(x) + date(MD_YEAR, 1, 1).toordinal() - 1).strftime("--%m-%d")
    return x


def evidence_indices(info: ClusterInfo, claims: Sequence[Mapping[str, Any]]) -> list[int]:
    """Up to :data:`EVIDENCE_PER_VALUE` claims, one per source before repeats (cached per cluster)."""
    if info.evidence is None:
        info.evidence = _evidence_indices(info)
    return list(info.evidence)


def _evidence_indices(info: ClusterInfo) -> list[int]:
    picked: list[int] = []
    seen: set[Any] = set()
    src_of = info.table.src
    for i in info.iter_indices():
        src = src_of[i]
        if src not in seen:
            seen.add(src)
            picked.append(i)
            if len(picked) >= EVIDENCE_PER_VALUE:
                return picked
    chosen = set(picked)
    for i in info.iter_indices():
        if len(picked) >= EVIDENCE_PER_VALUE:
            break
        if i not in chosen:
            picked.append(i)
    return picked


def conflict_flag(
    conflict: Conflict,
    claims: Sequence[Mapping[str, Any]],
    subjects: Mapping[str, Subject] | None,
    parents: Mapping[str, str],
) -> Flag:
    """The ``value_conflict`` flag for a group's conflict."""
    subject, attribute, unit = conflict.key
    kind = "date" if unit == "date" else claims[conflict.infos[0].first_index].get("kind")
    parent_name = subject_name(parents.get(subject), subjects) if subject in parents else None
    values, entries, evidence = [], [], []
    for info in conflict.infos:
        cited = evidence_indices(info, claims)
        entry = value_entry(info, claims, kind, unit, cited)
        values.append(entry)
        note = value_note(
            info.main_hedge(), entry["claimants"], parent_name if info.cluster.parent_only else None
        )
        entries.append((entry["label"], info.n_sources, note))
        for i in cited:
            role = "value" if claims[i].get("subject") == subject else "parent"
            evidence.append(Evidence("claim", str(claims[i].get("id")), role))
    name = subject_name(subject, subjects)
    n_sources = len(set().union(*(i.sources for i in conflict.infos)))
    score = round(0.25 + 0.2 * conflict.level + 0.3 * min(1.0, n_sources / 5), 4)
    details = {
        "unit": unit,
        "kind": kind,
        "values": values,
        "gap": _finite(conflict.gap),
        "n_sources": n_sources,
    }
    return Flag(
        kind="value_conflict",
        key=f"value_conflict|{subject}|{attribute}|{unit}",
        severity=LEVELS[conflict.level],
        summary=conflict_summary(name, attribute, entries, conflict.gap_text),
        subject=subject,
        attribute=attribute,
        details=details,
        evidence=evidence,
        score=score,
    )


def _finite(x: float) -> float | None:
    return None if math.isinf(x) or math.isnan(x) else round(x, 4)


def internal_flags(
    key: GroupKey, clusters: list[Cluster], table: Table, subjects: Mapping[str, Subject] | None
) -> list[Flag]:
    """``internal_conflict`` flags: articles whose own claims fall in two clusters."""
    own = [c for c in clusters if not c.parent_only]
    if len(own) < 2:
        return []
    art = table.art
    counts: Counter[Any] = Counter()
    for c in own:
        counts.update(set(map(art.__getitem__, c.members)) | set(map(art.__getitem__, c.supporters)))
    shared = {a for a, n in counts.items() if n >= 2}
    if not shared:
        return []
    spans: Counter[int] = Counter()  # a bound overlapping two clusters sides with neither
    for c in own:
        spans.update(i for i in c.supporters if art[i] in shared)
    seen_in: dict[Any, dict[int, list[int]]] = {}
    for k, c in enumerate(own):
        for i in [i for i in c.members + c.supporters if art[i] in shared and spans[i] < 2]:
            seen_in.setdefault(art[i], {}).setdefault(k, []).append(i)
    flags = []
    for article, by_cluster in seen_in.items():
        if len(by_cluster) >= 2:
            flag = _internal_flag(key, article, by_cluster, own, table, subjects)
            if flag is not None:
                flags.append(flag)
    return flags


def _internal_flag(
    key: GroupKey,
    article: Any,
    by_cluster: dict[int, list[int]],
    own: list[Cluster],
    table: Table,
    subjects: Mapping[str, Subject] | None,
) -> Flag | None:
    subject, attribute, unit = key
    claims = table.claims
    kind = "date" if unit == "date" else claims[next(iter(by_cluster.values()))[0]].get("kind")
    infos = []
    for k, indices in sorted(by_cluster.items()):
        sub = Cluster(own[k].lo, own[k].hi, own[k].axis)
        sub.members = indices
        infos.append(ClusterInfo(sub, table))
    level, gap_text = -1, ""
    involved: set[int] = set()
    for i in range(len(infos)):
        for j in range(i + 1, len(infos)):
            a, b = infos[i], infos[j]
            if attribution_explains(a, b) or items_explain(a, b):
                continue
            if kind != "date" and time_explains(a, b, attribute):
                continue
            _, lv, words = pair_level(a, b, kind)
            involved.update((i, j))
            if lv > level:
                level, gap_text = lv, words
    if not involved:
        return None
    picked = [infos[k] for k in sorted(involved)]
    entries, evidence = [], []
    for info in picked:
        first = claims[info.first_index]
        entries.append((format_value(info.label_value, unit, kind, first.get("item")), 1, ""))
        evidence += [Evidence("claim", str(claims[i].get("id")), "value") for i in info.iter_indices()]
    first = claims[picked[0].first_index]
    name = subject_name(subject, subjects)
    return Flag(
        kind="internal_conflict",
        key=f"internal_conflict|{article}|{subject}|{attribute}|{unit}",
        severity=LEVELS[level],
        summary=conflict_summary(name, attribute, entries, gap_text, internal=True)[:-1]
        + f" ({first.get('outlet') or first.get('url') or article}).",
        subject=subject,
        attribute=attribute,
        details={
            "article_id": article,
            "url": first.get("url"),
            "outlet": first.get("outlet"),
            "values": [e[0] for e in entries],
        },
        evidence=evidence,
        score=round(0.3 + 0.2 * level, 4),
    )
