"""Bring a store up to date: extract new articles, then reconcile.

Both steps are incremental and idempotent. Extraction runs only over articles
whose text or extractor version changed; reconciliation runs only when its
input (articles, claims, quotes) or the reconciler version changed. This is
what ``claimcheck extract``, ``claimcheck reconcile`` and ``claimcheck report``
call, and what ``claimcheck.analyze`` exposes to Python.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from .model import Extraction
from .store import Store

#: Called after each article with (done, total).
Progress = Callable[[int, int], None]


def update_extraction(
    store: Store,
    *,
    n_process: int = 1,
    batch_size: int = 16,
    progress: Progress | None = None,
    force: bool = False,
) -> dict[str, int]:
    """Extract claims and quotes from every article that needs it.

    Each article's results are written in their own transaction, so an
    interrupted run keeps what it finished and resumes where it stopped.
    """
    from .extraction.version import EXTRACTOR_VERSION

    version = EXTRACTOR_VERSION
    pending = store.pending_extraction("" if force else version)
    counts = {"articles": 0, "claims": 0, "quotes": 0}
    if not pending:
        return counts
    run = store.start_run("extract", version)
    total = len(pending)
    for done, (row, extraction) in enumerate(
        _extract_records(pending, n_process=n_process, batch_size=batch_size), start=1
    ):
        store.save_extraction(row["id"], extraction, version, row["text_hash"])
        counts["articles"] += 1
        counts["claims"] += len(extraction.claims)
        counts["quotes"] += len(extraction.quotes)
        if progress:
            progress(done, total)
    store.finish_run(run, counts)
    return counts


def _extract_records(
    rows: list[dict[str, Any]], *, n_process: int, batch_size: int
) -> Iterator[tuple[dict[str, Any], Extraction]]:
    """(article row, its Extraction) for each row, in order, through ``nlp.pipe``.

    Articles in another language than English get an empty extraction: the
    English model would only invent claims from them.
    """
    from .extraction import extract_doc, get_pipeline

    english = [row for row in rows if is_english(row.get("lang"))]
    nlp = get_pipeline() if english else None

    def docs() -> Iterator[Any]:
        for row in english:
            doc = nlp.make_doc(row["text"])  # type: ignore[union-attr]
            doc._.claimcheck_title = row.get("title")
            doc._.claimcheck_published = row.get("published")
            yield doc

    piped = nlp.pipe(docs(), n_process=n_process, batch_size=batch_size) if nlp else iter(())
    for row in rows:
        if not is_english(row.get("lang")):
            yield row, Extraction()
            continue
        yield row, extract_doc(next(piped)) or Extraction()


def is_english(lang: str | None) -> bool:
    """True for English or an unknown language (``None``)."""
    return not lang or lang.lower().split("-")[0].split("_")[0] == "en"


def update_reconciliation(store: Store, *, force: bool = False) -> dict[str, Any]:
    """Link stories, then re-run the reconciler if its input or version changed."""
    from .reconciliation import RECONCILER_VERSION, reconcile

    update_stories(store)
    fingerprint = f"{RECONCILER_VERSION}:{store.input_fingerprint()}"
    if not force and store.get_state("reconciled") == fingerprint:
        return {"skipped": True}
    run = store.start_run("reconcile", RECONCILER_VERSION)
    flags = reconcile(
        store.claim_records(),
        store.quote_records(),
        subjects=store.subjects(),
        mention_sources=store.mention_sources(),
    )
    counts: dict[str, Any] = {"flags": len(flags), **store.save_flags(flags, RECONCILER_VERSION)}
    store.set_state("reconciled", fingerprint)
    store.finish_run(run, counts)
    return counts


def update_stories(store: Store) -> int:
    """Link near-duplicate articles into stories; return how many changed story.

    Skipped when no article text was added or changed since the last linking.
    """
    from .stories import group_stories

    texts = store.text_fingerprint()
    if store.get_state("stories") == texts:
        return 0
    changed = store.set_stories(group_stories(store.story_signatures()))
    store.set_state("stories", texts)
    return changed


def analyze(store: Store, *, progress: Progress | None = None, n_process: int = 1) -> dict[str, Any]:
    """Extract what is new, then reconcile: the store is then ready to report."""
    extracted = update_extraction(store, progress=progress, n_process=n_process)
    reconciled = update_reconciliation(store)
    return {"extract": extracted, "reconcile": reconciled}
