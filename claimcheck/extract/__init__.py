"""Extraction: article text → claims, quotes, mentions and subjects.

The spaCy pipeline (:func:`load_pipeline`) and a one-call helper
(:func:`extract`); see ``pipeline.py`` for the components and the pure
normalisers in ``money.py``, ``chips.py`` and ``dates.py``.
"""

from __future__ import annotations

from claimcheck.extract.pipeline import EXTRACTOR_VERSION, extract, get_pipeline, load_pipeline

__all__ = ["EXTRACTOR_VERSION", "extract", "get_pipeline", "load_pipeline"]
