"""``scope_conflation``: a disputed value that belongs to something else.

When a value in a conflict (other than the best-supported one) matches what
other sources give for a sibling subject (another model of the same maker)
or for a related attribute of the same, a sibling or the parent subject
(``training_cost`` vs ``total_spend``, ``gpu_count`` vs ``gpu_holdings``), the
likely story is a figure carried over from its true referent. The flag names
that referent; the ``value_conflict`` on the subject stays as well.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from ..model import Evidence, Flag, Subject
from .claims import Conflict, evidence_indices, value_entry
from .clusters import Cluster, overlapping
from .context import ClusterInfo, Table
from .groups import GroupKey
from .summaries import attribute_words, possessive, subject_name

#: Attributes a figure is easily confused with.
RELATED = {
    "training_cost": ("total_spend",),
    "total_spend": ("training_cost",),
    "gpu_count": ("gpu_holdings",),
    "gpu_holdings": ("gpu_count",),
}


def related_groups(
    key: GroupKey, children: Mapping[str, list[str]], parents: Mapping[str, str]
) -> list[GroupKey]:
    """Groups whose values a figure of ``key`` may really belong to."""
    subject, attribute, unit = key
    alts = RELATED.get(attribute, ())
    out: list[GroupKey] = [(subject, alt, unit) for alt in alts]
    parent = parents.get(subject)
    if parent:
        for sibling in children.get(parent, ()):
            if sibling != subject:
                out.append((sibling, attribute, unit))
                out += [(sibling, alt, unit) for alt in alts]
        out += [(parent, alt, unit) for alt in alts]
    return out


def find_referent(
    info: ClusterInfo,
    candidates: list[GroupKey],
    clustered: Mapping[GroupKey, list[Cluster]],
    table: Table,
) -> tuple[GroupKey, ClusterInfo] | None:
    """The best-supported related cluster that other sources give this value for."""
    best: tuple[GroupKey, ClusterInfo] | None = None
    c = info.cluster
    for key in candidates:
        for other in overlapping(clustered.get(key, []), c.lo, c.hi, c.axis):
            if other.parent_only or not (other.members or other.supporters):
                continue
            ref = table.info(other)
            if not ref.sources - info.sources:
                continue
            if best is None or ref.n_sources > best[1].n_sources:
                best = (key, ref)
    return best


def scope_flags(
    conflict: Conflict,
    clustered: Mapping[GroupKey, list[Cluster]],
    table: Table,
    subjects: Mapping[str, Subject] | None,
    children: Mapping[str, list[str]],
    parents: Mapping[str, str],
) -> list[Flag]:
    """Scope conflations among the values of one value conflict."""
    infos = sorted(conflict.infos, key=lambda i: -i.n_sources)
    if len(infos) >= 2 and infos[0].n_sources > infos[1].n_sources:
        infos = infos[1:]  # the best-supported value is taken as the subject's own
    candidates = related_groups(conflict.key, children, parents)
    found: dict[GroupKey, tuple[ClusterInfo, ClusterInfo]] = {}
    for info in infos:
        if info.cluster.parent_only:
            continue
        hit = find_referent(info, candidates, clustered, table)
        if hit and (hit[0] not in found or hit[1].n_sources > found[hit[0]][1].n_sources):
            found[hit[0]] = (info, hit[1])
    return [
        _flag(conflict.key, ref_key, info, ref, table.claims, subjects)
        for ref_key, (info, ref) in sorted(found.items())
    ]


def _flag(
    key: GroupKey,
    ref_key: GroupKey,
    info: ClusterInfo,
    ref: ClusterInfo,
    claims: Sequence[Mapping[str, Any]],
    subjects: Mapping[str, Subject] | None,
) -> Flag:
    subject, attribute, unit = key
    ref_subject, ref_attribute, _ = ref_key
    kind = "date" if unit == "date" else claims[info.first_index].get("kind")
    disputed = value_entry(info, claims, kind, unit)
    referent = value_entry(ref, claims, kind, unit)
    name, ref_name = subject_name(subject, subjects), subject_name(ref_subject, subjects)
    if ref_subject != subject and ref_attribute == attribute:
        what = (
            "a different model's figure" if _is_model(ref_subject, subjects) else "a related subject's figure"
        )
    else:
        what = f"a figure for {attribute_words(ref_attribute)}, not {attribute_words(attribute)}"
    outlets = ", ".join(disputed["sources"][:3])
    summary = (
        f"The {disputed['label']} given for {possessive(name)} {attribute_words(attribute)}"
        f" ({outlets}) matches what {_other_sources(ref.n_sources)} for "
        f"{possessive(ref_name)} {attribute_words(ref_attribute)}: likely {what} carried over."
    )
    evidence = [
        Evidence("claim", str(claims[i].get("id")), "disputed") for i in evidence_indices(info, claims)
    ]
    evidence += [
        Evidence("claim", str(claims[i].get("id")), "referent") for i in evidence_indices(ref, claims)
    ]
    severity = "high" if ref.n_sources >= 2 and info.n_sources == 1 else "medium"
    return Flag(
        kind="scope_conflation",
        key=f"scope_conflation|{subject}|{attribute}|{ref_subject}|{ref_attribute}",
        severity=severity,
        summary=summary,
        subject=subject,
        attribute=attribute,
        details={
            "value": disputed["value"],
            "disputed": disputed,
            "referent": {"subject": ref_subject, "attribute": ref_attribute, **referent},
        },
        evidence=evidence,
        score=round(0.6 + 0.1 * min(1.0, ref.n_sources / 3), 4),
    )


def _is_model(slug: str, subjects: Mapping[str, Subject] | None) -> bool:
    if subjects and slug in subjects:
        return subjects[slug].kind == "model"
    return "-" in slug


def _other_sources(n: int) -> str:
    return "1 other source gives" if n == 1 else f"{n} other sources give"
