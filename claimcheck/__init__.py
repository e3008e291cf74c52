"""claimcheck: find where news sources disagree.

The facade other tools use::

    import claimcheck
    result = claimcheck.extract(text, published="2025-09-18")
    result.claims, result.quotes
    article = claimcheck.parse_article(html, url=url)
    store = claimcheck.Store("db/claims.db")
    claimcheck.analyze(store)            # extract what is new, reconcile
    nlp = claimcheck.load_pipeline()     # docs carry doc._.claimcheck

Heavy parts (spaCy, Scrapy, trafilatura) load on first use, so importing
claimcheck is cheap.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

__version__ = "0.1.0"

_LAZY = {
    "extract": ("claimcheck.extraction", "extract"),
    "load_pipeline": ("claimcheck.extraction", "load_pipeline"),
    "EXTRACTOR_VERSION": ("claimcheck.extraction", "EXTRACTOR_VERSION"),
    "parse_article": ("claimcheck.articles", "parse_article"),
    "reconcile": ("claimcheck.reconciliation", "reconcile"),
    "Store": ("claimcheck.store", "Store"),
    "StoreError": ("claimcheck.store", "StoreError"),
    "analyze": ("claimcheck.analysis", "analyze"),
    "build_report": ("claimcheck.report", "build_report"),
    "Article": ("claimcheck.model", "Article"),
    "Claim": ("claimcheck.model", "Claim"),
    "Quote": ("claimcheck.model", "Quote"),
    "Extraction": ("claimcheck.model", "Extraction"),
    "Flag": ("claimcheck.model", "Flag"),
}

__all__ = ["__version__", *_LAZY]


def __getattr__(name: str) -> Any:
    try:
        module_name, attribute = _LAZY[name]
    except KeyError:
        raise AttributeError(f"module 'claimcheck' has no attribute {name!r}") from None
    value = getattr(import_module(module_name), attribute)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
