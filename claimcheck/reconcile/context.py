"""What a cluster of agreeing claims says, beyond its interval.

Once a group holds two or more clusters, the reconciler needs to know who
stands behind each value (independent sources, outlets, first publication),
how firmly (hedges, claimants), and whether time explains the difference
("now", "by 2025", "plans to", different years). :class:`ClusterInfo` gathers
that from the claim dicts, reading at most :data:`SAMPLE` claims per cluster
for the textual cues so a huge cluster costs no more than a small one.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any, Mapping, Sequence

from .clusters import Cluster

#: Claims per cluster read for textual cues (time markers, chip models).
SAMPLE = 64
#: How firm a hedge is: a speculative figure weighs less than an asserted one.
FIRMNESS = {"asserted": 1.0, "claimed": 0.9, "reported": 0.7, "estimated": 0.6, "speculative": 0.3}
#: Attributes whose values legitimately grow over time.
GROWING = frozenset({"gpu_holdings", "total_spend"})

_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")
_FUTURE = re.compile(
    r"\b(plans?|planning|planned|will|would|aims?|intends?|expects?|expected|projected|"
    r"forecasts?|by (?:the end of )?(?:19|20)\d\d|next year|goal|target)\b",
    re.I,
)
_NOW = re.compile(r"\b(now|currently|as of|so far|to date|today|has grown|up from|since)\b", re.I)


class ClusterInfo:
    """Sources, firmness and time cues of one cluster."""

    def __init__(self, cluster: Cluster, claims: Sequence[Mapping[str, Any]]) -> None:
        self.cluster = cluster
        indices = cluster.all_indices()
        self.indices = indices
        self.sources: set[str] = set()
        self.articles: set[str] = set()
        self.outlets: dict[str, str] = {}
        self.published: dict[str, str] = {}
        for i in indices:
            c = claims[i]
            src = str(c.get("source") or c.get("article_id") or c.get("url") or i)
            self.sources.add(src)
            self.articles.add(str(c.get("article_id")))
            if src not in self.outlets:
                self.outlets[src] = str(c.get("outlet") or src)
            pub = c.get("published")
            if pub and (src not in self.published or str(pub) < self.published[src]):
                self.published[src] = str(pub)
        anchors = cluster.members or cluster.supporters or cluster.parents
        sample = [claims[i] for i in anchors[:SAMPLE]]
        self.values = Counter(_hashable(c.get("value")) for c in sample)
        self.hedges = Counter(str(c.get("hedge") or "asserted") for c in sample)
        self.claimants = Counter(str(c["claimant"]) for c in sample if c.get("claimant"))
        self.items = {str(c["item"]).upper() for c in sample if c.get("item")}
        self.item_missing = any(not c.get("item") for c in sample)
        texts = [f"{c.get('qualifier') or ''} {c.get('sentence') or c.get('text') or ''}" for c in sample]
        self.years = {y for t in texts for y in _YEAR.findall(t)}
        self.all_years = bool(texts) and all(_YEAR.search(t) for t in texts)
        self.future = bool(texts) and all(_FUTURE.search(t) for t in texts)
        self.now = any(_NOW.search(t) for t in texts)
        self.inferred = bool(sample) and all(c.get("subject_inferred") for c in sample)
        self.firmness = max((FIRMNESS.get(h, 0.7) for h in self.hedges), default=0.7)
        self.sample = sample

    @property
    def n_sources(self) -> int:
        return len(self.sources)

    @property
    def label_value(self) -> Any:
        """The figure most of the cluster's claims state."""
        if not self.values:
            return None
        return self.values.most_common(1)[0][0]

    @property
    def first_seen(self) -> str | None:
        return min(self.published.values()) if self.published else None

    def outlets_by_date(self) -> list[str]:
        """Outlets carrying the value, earliest first (undated last)."""
        order = sorted(self.outlets, key=lambda s: (self.published.get(s) or "9999", self.outlets[s]))
        return [self.outlets[s] for s in order]

    def main_hedge(self) -> str:
        return self.hedges.most_common(1)[0][0] if self.hedges else "asserted"


def _hashable(value: Any) -> Any:
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, (list, dict, set)):
        return str(value)
    return value


def independent(a: ClusterInfo, b: ClusterInfo) -> bool:
    """Does some source give ``a``'s value without ``b``'s, and vice versa?"""
    return bool(a.sources - b.sources) and bool(b.sources - a.sources)


def time_explains(a: ClusterInfo, b: ClusterInfo, attribute: str) -> bool:
    """Would the articles' own time cues explain the two values?

    Plans vs facts, values tied to different years, or growing quantities
    (holdings, spending) stated "now" / "by 2025" are not contradictions.
    """
    if a.future != b.future:
        return True
    if a.all_years and b.all_years and a.years.isdisjoint(b.years):
        return True
    if attribute in GROWING and (a.now or b.now or a.future or b.future or a.years != b.years):
        return True
    return False


def items_explain(a: ClusterInfo, b: ClusterInfo) -> bool:
    """Counts of different chip models (H800 vs A100) are not one count."""
    return bool(a.items and b.items and not a.item_missing and not b.item_missing and a.items.isdisjoint(b.items))


def attribution_explains(a: ClusterInfo, b: ClusterInfo) -> bool:
    """Within one article: is it reporting a dispute rather than contradicting itself?

    Different claimants, or a claim against a third-party estimate, mean the
    article sets two accounts side by side.
    """
    ca, cb = set(a.claimants), set(b.claimants)
    if (ca or cb) and ca != cb:
        return True
    soft = {"estimated", "speculative", "reported"}
    ha, hb = set(a.hedges), set(b.hedges)
    return bool((ha ^ hb) & soft)
