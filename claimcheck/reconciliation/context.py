"""What a cluster of agreeing claims says, beyond its interval.

Once a group holds two or more clusters, the reconciler needs to know who
stands behind each value (independent sources, outlets, first publication),
how firmly (hedges, claimants), and whether time explains the difference
("now", "by 2025", "plans to", different years). :class:`ClusterInfo` gathers
that from the claim dicts, reading at most :data:`SAMPLE` claims per cluster
for the textual cues so a huge cluster costs no more than a small one.
"""

from __future__ import annotations

import heapq
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from itertools import chain
from operator import itemgetter
from typing import Any

from .clusters import Cluster

#: Claims per cluster read for textual cues (time markers, chip models).
SAMPLE = 32
#: Sort key standing for a missing publication date (after every real one).
UNDATED = "9999"
#: Earliest claims kept per cluster to list outlets by first publication.
EARLIEST = 64
#: How firm a hedge is: a speculative figure weighs less than an asserted one.
FIRMNESS = {"asserted": 1.0, "claimed": 0.9, "reported": 0.7, "estimated": 0.6, "speculative": 0.3}
#: Attributes whose values legitimately grow over time.
GROWING = frozenset({"gpu_holdings", "total_spend"})

_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")
_FUTURE = re.compile(
    r"\b(plans?|planning|planned|will|would|aims?|intends?|expects?|expected|projected|"
    r"forecasts?|by (?:the end of )?(?:19|20)\d\d|next year|goal|target)\b",
    re.IGNORECASE,
)
_COLUMNS = itemgetter("source", "article_id", "published")
_SAMPLE_NAMES = ("value", "hedge", "claimant", "item", "qualifier", "sentence", "text", "subject_inferred")
_SAMPLE_FIELDS = itemgetter(*_SAMPLE_NAMES)
_POSSESSIVE = re.compile(r"[\u2019']s?$")
_NOW = re.compile(r"\b(now|currently|as of|so far|to date|today|has grown|up from|since)\b", re.IGNORECASE)


class cached_property:  # noqa: N801 - a drop-in for functools.cached_property
    """Compute once per instance, then a plain attribute (no lock on first use,
    unlike :func:`functools.cached_property` before Python 3.12)."""

    def __init__(self, func: Callable[[Any], Any]) -> None:
        self.func = func
        self.name = func.__name__
        self.__doc__ = func.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, obj: Any, owner: type | None = None) -> Any:
        if obj is None:
            return self
        value = obj.__dict__[self.name] = self.func(obj)
        return value


class Table:
    """The claim rows plus per-claim columns (source, article, date) and cached cluster facts."""

    def __init__(
        self,
        claims: Sequence[Mapping[str, Any]],
        columns: tuple[list[Any], list[Any], list[str]] | None = None,
    ) -> None:
        self.claims = claims
        if columns is not None:  # already read while grouping
            self.src, self.art, self.pub = columns
        else:
            self.src, self.art, self.pub = [], [], []
            for i, c in enumerate(claims):
                try:
                    source, article, published = _COLUMNS(c)
                except KeyError:
                    source, article, published = c.get("source"), c.get("article_id"), c.get("published")
                self.src.append(source or article or i)
                self.art.append(article)
                self.pub.append(str(published) if published else UNDATED)
        # publication dates as ranks (few distinct, cheap to compare): the same order
        ranks = {p: r for r, p in enumerate(sorted(set(self.pub)))}
        self.rank: list[int] = list(map(ranks.__getitem__, self.pub))
        self._sources: dict[int, set[Any]] = {}
        self._earliest: dict[int, list[int]] = {}
        self._infos: dict[int, ClusterInfo] = {}

    def release(self) -> None:
        """Drop the cached cluster facts (they point back at the table: a cycle
        the paused GC would otherwise leave for a full collection to walk)."""
        self._sources.clear()
        self._earliest.clear()
        self._infos.clear()

    def earliest(self, cluster: Cluster) -> list[int]:
        """A cluster's own claims with the earliest publication dates (cached)."""
        found = self._earliest.get(id(cluster))
        if found is None:
            own = chain(cluster.members, cluster.supporters)
            found = self._earliest[id(cluster)] = first_published(own, self.rank)
        return found

    def own_sources(self, cluster: Cluster) -> set[Any]:
        """Sources of a cluster's own claims (cached: parents join many children)."""
        found = self._sources.get(id(cluster))
        if found is None:
            get = self.src.__getitem__
            found = self._sources[id(cluster)] = set(map(get, cluster.members))
            found.update(map(get, cluster.supporters))
        return found

    def info(self, cluster: Cluster) -> ClusterInfo:
        """The (cached) :class:`ClusterInfo` of a cluster."""
        found = self._infos.get(id(cluster))
        if found is None:
            found = self._infos[id(cluster)] = ClusterInfo(cluster, self)
        return found


class ClusterInfo:
    """Sources, firmness and time cues of one cluster (computed on first use)."""

    def __init__(self, cluster: Cluster, table: Table) -> None:
        self.cluster = cluster
        self.table = table
        self.evidence: list[int] | None = None  # cited claim indices (see claims.evidence_indices)
        self.entry: tuple[Any, dict[str, Any]] | None = None  # details of the value (claims.value_entry)

    @cached_property
    def sources(self) -> set[Any]:
        """Independent sources behind the value (parent claims included)."""
        own = self.table.own_sources(self.cluster)
        if not self.cluster.parents:
            return own
        return own.union(*(self.table.own_sources(p) for p in self.cluster.parents))

    def iter_indices(self) -> Iterator[int]:
        """Every claim in the cluster, own anchors first, parent claims last."""
        c = self.cluster
        return chain(c.members, c.supporters, *(chain(p.members, p.supporters) for p in c.parents))

    @property
    def first_index(self) -> int:
        return next(self.iter_indices())

    @property
    def n_claims(self) -> int:
        c = self.cluster
        return len(c.members) + len(c.supporters) + sum(len(p.members) + len(p.supporters) for p in c.parents)

    @cached_property
    def sample(self) -> list[Mapping[str, Any]]:
        c = self.cluster
        anchors = c.members or c.supporters or c.parent_indices()[:SAMPLE]
        return [self.table.claims[i] for i in anchors[:SAMPLE]]

    def _read_sample(self) -> None:
        """Read the sampled claims' fields once and derive every textual fact from
        them together (value, hedge and claimant counts, chip models, texts,
        inferred subject); the row tuples are not kept."""
        rows = []
        for c in self.sample:
            try:
                rows.append(_SAMPLE_FIELDS(c))
            except KeyError:
                rows.append(tuple([c.get(f) for f in _SAMPLE_NAMES]))
        d = self.__dict__
        d["values"] = Counter([_hashable(r[0]) for r in rows])
        d["hedges"] = Counter([str(r[1] or "asserted") for r in rows])
        d["claimants"] = claimant_counts([r[2] for r in rows])
        d["items"] = {str(r[3]).upper() for r in rows if r[3]}
        d["item_missing"] = any(not r[3] for r in rows)
        d["_texts"] = [f"{r[4] or ''} {r[5] or r[6] or ''}" for r in rows]
        d["inferred"] = bool(rows) and all(r[7] for r in rows)

    def _fact(self, name: str) -> Any:
        if name not in self.__dict__:
            self._read_sample()
        return self.__dict__[name]

    @property
    def values(self) -> Counter[Any]:
        return self._fact("values")

    @property
    def hedges(self) -> Counter[str]:
        return self._fact("hedges")

    @property
    def claimants(self) -> Counter[str]:
        """Who makes the claim, spelling variants merged (``Quorvex’s`` = ``Quorvex``)."""
        return self._fact("claimants")

    @property
    def items(self) -> set[str]:
        return self._fact("items")

    @property
    def item_missing(self) -> bool:
        return self._fact("item_missing")

    @property
    def _texts(self) -> list[str]:
        return self._fact("_texts")

    @cached_property
    def years(self) -> set[str]:
        return {y for t in self._texts for y in _YEAR.findall(t)}

    @cached_property
    def all_years(self) -> bool:
        return bool(self._texts) and all(_YEAR.search(t) for t in self._texts)

    @cached_property
    def future(self) -> bool:
        return bool(self._texts) and all(_FUTURE.search(t) for t in self._texts)

    @cached_property
    def now(self) -> bool:
        return any(_NOW.search(t) for t in self._texts)

    @property
    def inferred(self) -> bool:
        return self._fact("inferred")

    @cached_property
    def firmness(self) -> float:
        return max((FIRMNESS.get(h, 0.7) for h in self.hedges), default=0.7)

    @property
    def n_sources(self) -> int:
        return len(self.sources)

    @property
    def label_value(self) -> Any:
        """The figure most of the cluster's claims state."""
        if not self.values:
            return None
        return self.values.most_common(1)[0][0]

    @cached_property
    def _earliest(self) -> list[int]:
        t, c = self.table, self.cluster
        lists = [t.earliest(c)] + [t.earliest(p) for p in c.parents]
        return sorted(chain(*lists), key=t.rank.__getitem__)[:EARLIEST]

    @property
    def first_seen(self) -> str | None:
        """The earliest publication date among the cluster's claims."""
        first = self.table.pub[self._earliest[0]] if self._earliest else UNDATED
        return None if first == UNDATED else first

    def outlets_by_date(self, limit: int = 50) -> list[str]:
        """Outlets carrying the value, earliest first (undated last), at most ``limit``."""
        t = self.table
        seen: dict[Any, str] = {}
        for i in self._earliest:
            if t.src[i] not in seen:
                seen[t.src[i]] = str(t.claims[i].get("outlet") or t.src[i])
        return list(dict.fromkeys(seen.values()))[:limit]

    def main_hedge(self) -> str:
        return self.hedges.most_common(1)[0][0] if self.hedges else "asserted"


def first_published(indices: Iterable[int], rank: list[int]) -> list[int]:
    """The :data:`EARLIEST` claims with the earliest publication ranks, in a stable
    order (what ``sorted(...)[:EARLIEST]`` gives; a heap for large clusters)."""
    indices = list(indices)
    if len(indices) > 8 * 1024:
        return heapq.nsmallest(EARLIEST, indices, key=rank.__getitem__)
    return sorted(indices, key=rank.__getitem__)[:EARLIEST]


def claimant_counts(names: Iterable[Any]) -> Counter[str]:
    """Count claimants case-insensitively, without a possessive, in their commonest spelling."""
    forms: dict[str, Counter[str]] = {}
    for name in names:
        if not name:
            continue
        shown = _POSSESSIVE.sub("", str(name).strip())
        forms.setdefault(shown.lower(), Counter())[shown] += 1
    best = {
        k: max(f, key=lambda form: (f[form], not form.isupper(), sum(ch.isupper() for ch in form)))
        for k, f in forms.items()
    }
    return Counter({best[k]: sum(f.values()) for k, f in forms.items()})


def _hashable(value: Any) -> Any:
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, (list, dict, set)):
        return str(value)
    return value


def independent(a: ClusterInfo, b: ClusterInfo) -> bool:
    """Does some source give ``a``'s value without ``b``'s, and vice versa?"""
    return not a.sources.issubset(b.sources) and not b.sources.issubset(a.sources)


def time_explains(a: ClusterInfo, b: ClusterInfo, attribute: str) -> bool:
    """Would the articles' own time cues explain the two values?

    Plans vs facts, values tied to different years, or growing quantities
    (holdings, spending) stated "now" / "by 2025" are not contradictions.
    """
    if a.future != b.future:
        return True
    if a.all_years and b.all_years and a.years.isdisjoint(b.years):
        return True
    return attribute in GROWING and (a.now or b.now or a.future or b.future or a.years != b.years)


def items_explain(a: ClusterInfo, b: ClusterInfo) -> bool:
    """Counts of different chip models (H800 vs A100) are not one count."""
    return bool(
        a.items and b.items and not a.item_missing and not b.item_missing and a.items.isdisjoint(b.items)
    )


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
