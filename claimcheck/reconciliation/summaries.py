"""Sentences a journalist can read: how flags name subjects, values and sources.

Formatting only: money as ``$412,000`` / ``$6 million`` / ``$1.3 billion``,
chip counts as ``512 H800 chips``, dates at their precision, attributes in
words, and the one-sentence summaries of claim flags. Quote flag summaries
live with the quote rules in :mod:`.quotes` and :mod:`.unverified`.
"""

from __future__ import annotations

import calendar
from collections.abc import Mapping, Sequence
from typing import Any

from ..model import Subject
from .intervals import parse_date

ATTRIBUTE_WORDS = {
    "training_cost": "training cost",
    "total_spend": "total spending",
    "gpu_count": "number of training chips",
    "gpu_holdings": "chip holdings",
    "release_date": "release date",
    "publication_date": "publication date",
    "founding_date": "founding date",
    "announcement_date": "announcement date",
}
CURRENCY = {"USD": "$", "CNY": "RMB ", "EUR": "€", "GBP": "£"}


def subject_name(slug: str | None, subjects: Mapping[str, Subject] | None) -> str:
    """The display name of a subject slug (the slug itself when unknown)."""
    if not slug:
        return "an unnamed subject"
    if subjects and slug in subjects and subjects[slug].name:
        return subjects[slug].name
    return slug


def attribute_words(attribute: str | None) -> str:
    return ATTRIBUTE_WORDS.get(attribute or "", (attribute or "value").replace("_", " "))


def possessive(name: str) -> str:
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def _scaled(number: float) -> str:
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(number) >= size:
            scaled = number / size
            text = f"{scaled:.2f}".rstrip("0").rstrip(".")
            return f"{text} {word}"
    if float(number).is_integer():
        return f"{int(number):,}"
    return f"{number:,.2f}"


def format_value(value: Any, unit: str | None, kind: str | None = None, item: str | None = None) -> str:
    """A claim value as a reader would write it."""
    if kind == "date" or unit == "date":
        return format_date(value)
    try:
        number = float(value)
    except (TypeError, ValueError):
        return str(value)
    if kind == "chips" or unit == "chips":
        model = f" {item}" if item else ""
        return f"{_scaled(number)}{model} chips"
    if unit in CURRENCY:
        return f"{CURRENCY[unit]}{_scaled(number)}"
    return f"{_scaled(number)} {unit}" if unit else _scaled(number)


def format_date(value: Any) -> str:
    """``2024-12-26`` → ``26 December 2024``; ``--12-26`` → ``26 December (no year)``."""
    parsed = parse_date(value) if isinstance(value, str) else None
    if parsed is None:
        return str(value)
    year, month, day = parsed
    parts = []
    if day:
        parts.append(str(day))
    if month:
        parts.append(calendar.month_name[month])
    parts.append(str(year) if year is not None else "(no year)")
    return " ".join(parts)


def format_interval(low: Any, high: Any, unit: str | None, kind: str | None) -> str:
    """A bound or range (``more than $100 million``) when a cluster has no figure."""
    if low is not None and high is not None:
        return f"{format_value(low, unit, kind)} to {format_value(high, unit, kind)}"
    if low is not None:
        return f"more than {format_value(low, unit, kind)}"
    if high is not None:
        return f"less than {format_value(high, unit, kind)}"
    return "an unstated value"


def count_phrase(n: int, first: bool) -> str:
    return (f"{n} source" if n == 1 else f"{n} sources") if first else str(n)


def value_note(hedge: str, claimants: Sequence[str], parent_name: str | None) -> str:
    """``an estimate by Fennick Research`` / ``claimed by Quorvex`` / ``said of Quorvex``."""
    notes = []
    who = " and ".join(claimants[:2])
    if hedge == "estimated":
        notes.append(f"an estimate by {who}" if who else "an estimate")
    elif hedge == "claimed" and who:
        notes.append(f"claimed by {who}")
    elif hedge == "speculative":
        notes.append("speculative")
    elif hedge == "reported" and not who:
        notes.append("reportedly")
    elif who:
        notes.append(f"according to {who}")
    if parent_name:
        notes.append(f"said of {parent_name}")
    return ", ".join(notes)


def conflict_summary(
    subject: str, attribute: str, entries: Sequence[tuple[str, int, str]], gap: str, *, internal: bool = False
) -> str:
    """One sentence: who says what, and how far apart it is.

    ``entries`` are (formatted value, number of sources, note) in display order.
    """
    parts = []
    for k, (label, n, note) in enumerate(entries):
        inside = count_phrase(n, k == 0) if not internal else ""
        inside = ", ".join(x for x in (inside, note) if x)
        parts.append(f"{label} ({inside})" if inside else label)
    head = (
        f"One article disagrees with itself on {possessive(subject)} {attribute_words(attribute)}"
        if internal
        else f"Sources disagree on {possessive(subject)} {attribute_words(attribute)}"
    )
    tail = f"; {gap}" if gap else ""
    return f"{head}: {' vs '.join(parts)}{tail}."
