"""Intervals for claim values: the reconciler's unit of comparison.

The extractor hands over each claim's value with a ``low``/``high`` interval;
this module turns a claim dict into the numeric interval the reconciler sweeps
over, adding rounding slack to exact figures (``$6 million`` stands for
anything that rounds to it, so it agrees with ``$6.2 million``) and placing
dates of any precision on a day axis (``2025-01`` covers every day of January,
so it agrees with ``2025-01-20``). Dates without a year (``--12-26``) live on a
separate month-day axis and are matched against dated values by
:func:`md_compatible`.

An interval is *wide* when it is a bound (an open end), a range spanning more
than a factor of :data:`WIDE_RATIO`, or a date coarser than a day: wide
intervals support the clusters they overlap but never merge two clusters, so
"more than $100,000" cannot paper over a $412,000 vs $1.3 billion dispute.
"""

from __future__ import annotations

import math
from datetime import date
from functools import lru_cache
from typing import Any, NamedTuple

INF = math.inf
#: A numeric range wider than this factor is a bound, not a figure.
WIDE_RATIO = 3.0
#: Relative slack every numeric figure gets (float noise, unit conversions).
MIN_REL_SLACK = 0.005
#: Day-of-year axis for dates without a year (a leap year so 29 Feb exists).
MD_YEAR = 2000


class Interval(NamedTuple):
    """A closed interval on one axis, and whether it is a wide bound."""

    lo: float
    hi: float
    wide: bool
    axis: str  # "num", "day" (ordinal days) or "md" (day of year, year unknown)


def rounding_slack(value: float) -> float:
    """Half a unit of the last significant digit of ``value``.

    ``412000`` → 500, ``6000000`` → 500000, ``6200000`` → 50000, ``512`` → 0.5.
    """
    v = abs(value)
    if v == 0 or not math.isfinite(v):
        return 0.0
    if v != int(v):  # fractional figure: slack from its decimals
        text = repr(v).rstrip("0")
        decimals = len(text.split(".")[1]) if "." in text else 0
        return 0.5 * 10.0 ** (-decimals)
    digits = str(int(v))
    zeros = len(digits) - len(digits.rstrip("0"))
    return 0.5 * 10.0**zeros


def _num(x: Any) -> float | None:
    if x is None or x == "":
        return None
    try:
        return float(x)
    except (TypeError, ValueError):
        return None


def numeric_interval(value: Any, low: Any, high: Any) -> Interval | None:
    """The interval a money or count figure stands for, with rounding slack."""
    v, lo, hi = _num(value), _num(low), _num(high)
    if lo is None and hi is None:
        if v is None:
            return None
        lo = hi = v
    elif lo is not None and hi is not None and lo > hi:
        lo, hi = hi, lo
    if lo is not None and hi is not None and lo == hi:
        slack = max(rounding_slack(lo), abs(lo) * MIN_REL_SLACK)
        return Interval(lo - slack, hi + slack, False, "num")
    lo_f = -INF if lo is None else lo * (1 - MIN_REL_SLACK)
    hi_f = INF if hi is None else hi * (1 + MIN_REL_SLACK)
    wide = lo is None or hi is None or lo <= 0 or hi / lo > WIDE_RATIO
    return Interval(lo_f, hi_f, wide, "num")


_MONTH_END = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _month_end(year: int, month: int) -> int:
    if month == 2:
        leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
        return 29 if leap else 28
    return _MONTH_END[month - 1]


@lru_cache(maxsize=65536)
def parse_date(text: str) -> tuple[int | None, int | None, int | None] | None:
    """``"2024-12-26"`` → (2024, 12, 26); ``"--01"`` → (None, 1, None)."""
    if not isinstance(text, str) or not text:
        return None
    t = text.strip()[:10]
    try:
        if t.startswith("--"):
            parts = t[2:].split("-")
            only_month = int(parts[0])
            day = int(parts[1]) if len(parts) > 1 and parts[1] else None
            return (None, only_month, day) if 1 <= only_month <= 12 else None
        parts = t.split("-")
        year = int(parts[0])
        month = int(parts[1]) if len(parts) > 1 and parts[1] else None
        day = int(parts[2]) if len(parts) > 2 and parts[2] else None
    except ValueError:
        return None
    if month is not None and not 1 <= month <= 12:
        return None
    return year, month, day


@lru_cache(maxsize=65536)
def _date_span(text: str) -> tuple[float, float, bool, str] | None:
    parsed = parse_date(text)
    if parsed is None:
        return None
    year, month, day = parsed
    base = year if year is not None else MD_YEAR
    axis = "day" if year is not None else "md"
    try:
        if month is None:
            lo, hi = date(base, 1, 1), date(base, 12, 31)
        elif day is None:
            lo, hi = date(base, month, 1), date(base, month, _month_end(base, month))
        else:
            lo = hi = date(base, month, day)
    except ValueError:
        return None
    offset = date(MD_YEAR, 1, 1).toordinal() - 1 if axis == "md" else 0
    return (lo.toordinal() - offset, hi.toordinal() - offset, day is None, axis)


def date_interval(value: Any, low: Any, high: Any) -> Interval | None:
    """The day span a date claim covers (its precision decides the width)."""
    lo_span = _date_span(low) if isinstance(low, str) else None
    hi_span = _date_span(high) if isinstance(high, str) else None
    if lo_span and hi_span and lo_span[3] == hi_span[3]:
        wide = lo_span[2] or hi_span[2] or lo_span[0] != hi_span[1]
        return Interval(lo_span[0], hi_span[1], wide, lo_span[3])
    span = _date_span(value) if isinstance(value, str) else None
    if span is None:
        span = lo_span or hi_span
    if span is None:
        return None
    return Interval(span[0], span[1], span[2], span[3])


def claim_interval(claim: dict[str, Any]) -> Interval | None:
    """The interval of one claim dict, or ``None`` when it has no usable value."""
    if claim.get("kind") == "date":
        return date_interval(claim.get("value"), claim.get("low"), claim.get("high"))
    return numeric_interval(claim.get("value"), claim.get("low"), claim.get("high"))


def year_of(ordinal: float) -> int:
    """The calendar year of an ordinal day on the ``day`` axis."""
    return date.fromordinal(int(ordinal)).year


def md_to_day(md_lo: float, md_hi: float, year: int) -> tuple[float, float]:
    """Place a month-day span (``md`` axis) in ``year`` on the ``day`` axis."""
    lo = date.fromordinal(int(md_lo) + date(MD_YEAR, 1, 1).toordinal() - 1)
    hi = date.fromordinal(int(md_hi) + date(MD_YEAR, 1, 1).toordinal() - 1)
    try:
        lo_d = date(year, lo.month, lo.day)
    except ValueError:  # 29 Feb in a common year
        lo_d = date(year, 2, 28)
    try:
        hi_d = date(year, hi.month, hi.day)
    except ValueError:
        hi_d = date(year, 3, 1)
    return float(lo_d.toordinal()), float(hi_d.toordinal())


def md_compatible(md_lo: float, md_hi: float, lo: float, hi: float) -> bool:
    """Does a year-less span overlap the dated span ``[lo, hi]`` in some year?"""
    first, last = year_of(lo), year_of(hi)
    if last - first > 1:
        return True
    for year in range(first, last + 1):
        a, b = md_to_day(md_lo, md_hi, year)
        if a <= hi and b >= lo:
            return True
    return False


def overlaps(a_lo: float, a_hi: float, b_lo: float, b_hi: float) -> bool:
    """Closed-interval overlap."""
    return a_lo <= b_hi and b_lo <= a_hi
