"""Extraction: article text → claims, quotes, mentions and subjects.

The spaCy pipeline (:func:`load_pipeline`) and a one-call helper
(:func:`extract`); see ``pipeline.py`` for the components and the pure
normalisers in ``money.py``, ``chips.py`` and ``dates.py``.
"""

from __future__ import annotations

from typing import Any

from claimcheck.extraction.version import EXTRACTOR_VERSION

__all__ = ["EXTRACTOR_VERSION", "extract", "extract_doc", "get_pipeline", "load_pipeline"]


def __getattr__(name: str) -> Any:
    """Load the spaCy side on first use, so reading the version stays cheap."""
    if name in ("extract", "extract_doc", "get_pipeline", "load_pipeline"):
        from claimcheck.extraction import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module 'claimcheck.extraction' has no attribute {name!r}")
