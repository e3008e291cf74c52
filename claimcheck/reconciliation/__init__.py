"""The reconciler: claims and quotes in, flags out (DESIGN.md §5).

Sits after extraction in the flow: ``reconcile`` takes the stored claim and
quote rows (plain dicts) and returns :class:`~claimcheck.model.Flag` objects
with their evidence, which the store keeps under ids derived from each flag's
stable ``key``. Claim flags (``value_conflict``, ``internal_conflict``,
``scope_conflation``) come from grouping by (subject, attribute, unit) and
clustering intervals by sort-and-sweep; quote flags (``altered_quote``,
``misattributed_quote``, ``unverified_quote``) from blocked fuzzy matching.
Flags come back ranked by ``score``, highest first.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

from ..model import Flag, Subject
from .claims import conflict_flag, find_conflict, internal_flags
from .context import Table
from .groups import children_of, cluster_all, join_parents, parent_of, scan
from .integrity import integrity_flags
from .quotes import QuoteMatches
from .scope import scope_flags
from .unverified import unverified_flags

RECONCILER_VERSION = "0.1.0"

__all__ = ["RECONCILER_VERSION", "reconcile", "reconcile_claims", "reconcile_quotes"]


def reconcile(
    claims: Iterable[dict],
    quotes: Iterable[dict],
    *,
    subjects: Mapping[str, Subject] | None = None,
    mention_sources: Mapping[str, set[str]] | None = None,
) -> list[Flag]:
    """Every flag over the given claims and quotes, highest score first.

    ``subjects`` (slug → :class:`Subject`) gives display names and parents;
    ``mention_sources`` (lower-cased name or slug → source keys naming it)
    measures how prominent a quoted speaker is.
    """
    flags = reconcile_claims(claims, subjects=subjects)
    flags += reconcile_quotes(quotes, subjects=subjects, mention_sources=mention_sources)
    flags.sort(key=lambda f: (-f.score, f.kind, f.key))
    return flags


def reconcile_claims(claims: Iterable[dict], *, subjects: Mapping[str, Subject] | None = None) -> list[Flag]:
    """``value_conflict``, ``internal_conflict`` and ``scope_conflation`` flags."""
    with _no_gc():
        return _reconcile_claims(claims, subjects)


@contextmanager
def _no_gc() -> Iterator[None]:
    """Pause the cyclic GC: the work allocates many small acyclic objects while
    millions of row dicts are alive, and each full collection walks them all.

    On the way out, the objects allocated meanwhile (the flags, their details
    and evidence: hundreds of thousands at scale) are moved to the oldest
    generation without a scan (``freeze`` + ``unfreeze``), so re-enabling the
    GC does not start with a young-generation collection walking every one of
    them; they stay collectable by a later full collection.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            if not gc.get_freeze_count():  # leave a caller's own frozen objects alone
                gc.freeze()
                gc.unfreeze()
            gc.enable()


def _reconcile_claims(claims: Iterable[dict], subjects: Mapping[str, Subject] | None) -> list[Flag]:
    rows: Sequence[Mapping[str, Any]] = claims if isinstance(claims, list) else list(claims)
    groups, columns = scan(rows)
    clustered = cluster_all(groups)
    del groups
    children = children_of(subjects, {key[0] for key in clustered})
    parents = parent_of(children)
    join_parents(clustered, children)
    table = Table(rows, columns)
    flags: list[Flag] = []
    try:
        for key in sorted(clustered):
            clusters = clustered[key]
            if len(clusters) < 2:
                continue
            conflict = find_conflict(key, clusters, table)
            if conflict is not None:
                flags.append(conflict_flag(conflict, rows, subjects, parents))
                flags += scope_flags(conflict, clustered, table, subjects, children, parents)
            flags += internal_flags(key, clusters, table, subjects)
    finally:
        table.release()
    return flags


def reconcile_quotes(
    quotes: Iterable[dict],
    *,
    subjects: Mapping[str, Subject] | None = None,
    mention_sources: Mapping[str, set[str]] | None = None,
) -> list[Flag]:
    """``altered_quote``, ``misattributed_quote`` and ``unverified_quote`` flags."""
    rows: Sequence[Mapping[str, Any]] = quotes if isinstance(quotes, list) else list(quotes)
    if not rows:
        return []
    with _no_gc():
        matches = QuoteMatches(rows)
        flags, cited = integrity_flags(matches)
        flags += unverified_flags(matches, cited, mention_sources, subjects)
    return flags
