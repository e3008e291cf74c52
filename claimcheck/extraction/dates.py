"""Dates: find them in a sentence and normalise them to ISO 8601 at their precision.

Part of the extract stage. Pure functions over strings. Absolute dates
("December 26, 2024", "26 December 2024", "January 2025", "in 2019") become
``2024-12-26`` / ``2025-01`` / ``2019``; partial ones without a reference date
stay partial (``--12-26``, ``--01``); relative ones ("on Wednesday", "last
month", "in January", "Christmas Day") are resolved against the article's publication date
when it is known, never into the article's future.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

MONTHS: dict[str, int] = {}
for _i, _name in enumerate(calendar.month_name):
    if _i:
        MONTHS[_name.lower()] = _i
        MONTHS[calendar.month_abbr[_i].lower()] = _i
MONTHS["sept"] = 9
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}

_MONTH = r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_MONTH2 = _MONTH.replace("?P<month>", "?P<month2>")
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_DAY2 = r"(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"

DATE_RE = re.compile(
    r"(?P<iso>\b(?P<iy>(?:19|20)\d\d)-(?P<im>[01]\d)(?:-(?P<id>[0-3]\d))?\b)"
    rf"|\b{_MONTH}\s+{_DAY}\b(?:,?\s+{_YEAR})?"
    rf"|\b{_DAY2}\s+(?:of\s+)?{_MONTH2}(?:,?\s+(?P<year2>(?:19|20)\d\d))?"
    r"|\b(?P<month3>January|February|March|April|May|June|July|August|September|October|November|December)(?:,?\s+(?P<year3>(?:19|20)\d\d))?\b"
    r"|\b(?:in|since|by|of|from|during|early|late|mid-?|In|Since|By|From|During|Early|Late|Mid-?)\s+(?P<year4>(?:19|20)\d\d)\b"
    r"|\b(?:on|last|this|next|past)\s+(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"|\b(?P<holiday>Christmas\s+(?:Day|Eve)|(?<=on\s)Christmas|New\s+Year[’']s\s+(?:Day|Eve)|Boxing\s+Day|"
    r"Valentine[’']s\s+Day|Halloween|Singles[’']?\s+Day|(?:the\s+)?Fourth\s+of\s+July|July\s+Fourth)"
    r"(?:,?\s+(?P<year5>(?:19|20)\d\d))?\b"
    r"|\b(?P<rel>yesterday|today|last\s+(?:week|month|year)|this\s+(?:month|year)|earlier\s+this\s+(?:month|year))\b"
)


#: Holidays on a fixed calendar day (month, day).
HOLIDAYS = {"christmas day": (12, 25), "christmas": (12, 25), "christmas eve": (12, 24), "new year's day": (1, 1),
            "new year's eve": (12, 31), "boxing day": (12, 26), "valentine's day": (2, 14), "halloween": (10, 31),
            "singles day": (11, 11), "singles' day": (11, 11), "fourth of july": (7, 4), "july fourth": (7, 4)}


@dataclass
class DateValue:
    """A date found in a text: ISO value at a precision (day, month, year)."""

    value: str
    precision: str
    text: str
    start: int
    end: int
    resolved: bool = True  # False when a relative date had no reference


def _parse_ref(published: str | None) -> dt.date | None:
    if not published:
        return None
    try:
        return dt.date.fromisoformat(published[:10])
    except ValueError:
        try:
            return dt.date(int(published[:4]), int(published[5:7] or 1), 1)
        except (ValueError, IndexError):
            return None


def _iso(year: int | None, month: int | None = None, day: int | None = None) -> tuple[str, str]:
    if year is None:
        if day:
            return f"--{month:02d}-{day:02d}", "day"
        return f"--{month:02d}", "month"
    if month is None:
        return f"{year:04d}", "year"
    if day is None:
        return f"{year:04d}-{month:02d}", "month"
    return f"{year:04d}-{month:02d}-{day:02d}", "day"


def _year_for(month: int, day: int | None, ref: dt.date | None) -> int | None:
    """The year a yearless month(/day) most likely means: the latest not after ``ref``."""
    if ref is None:
        return None
    year = ref.year
    if (month, day or 1) > (ref.month, ref.day):
        year -= 1
    return year


def normalise_date_match(m: re.Match[str], published: str | None = None) -> DateValue | None:
    """Turn a :data:`DATE_RE` match into a :class:`DateValue` (None if invalid)."""
    ref = _parse_ref(published)
    text, start, end = m.group(0), m.start(), m.end()
    try:
        if m.group("iso"):
            y, mo = int(m.group("iy")), int(m.group("im"))
            d = int(m.group("id")) if m.group("id") else None
            dt.date(y, mo, d or 1)
            return DateValue(*_iso(y, mo, d), text, start, end)
        if m.group("month"):
            mo, d = MONTHS[m.group("month").lower().rstrip(".")], int(m.group("day"))
            y = int(m.group("year")) if m.group("year") else _year_for(mo, d, ref)
            dt.date(y or 2000, mo, d)
            return DateValue(*_iso(y, mo, d), text, start, end)
        if m.group("month2"):
            mo, d = MONTHS[m.group("month2").lower().rstrip(".")], int(m.group("day2"))
            y = int(m.group("year2")) if m.group("year2") else _year_for(mo, d, ref)
            dt.date(y or 2000, mo, d)
            return DateValue(*_iso(y, mo, d), text, start, end)
        if m.group("month3"):
            mo = MONTHS[m.group("month3").lower()]
            y = int(m.group("year3")) if m.group("year3") else _year_for(mo, None, ref)
            return DateValue(*_iso(y, mo), text, start, end)
        if m.group("holiday"):
            name = " ".join(m.group("holiday").lower().replace("’", "'").split()).removeprefix("the ")
            mo, d = HOLIDAYS[name]
            y = int(m.group("year5")) if m.group("year5") else _year_for(mo, d, ref)
            return DateValue(*_iso(y, mo, d), text, start, end)
        if m.group("year4"):
            y = int(m.group("year4"))
            return DateValue(*_iso(y), text, start, end)
    except ValueError:
        return None
    if m.group("weekday"):
        if ref is None:
            return DateValue("", "day", text, start, end, resolved=False)
        back = (ref.weekday() - WEEKDAYS[m.group("weekday").lower()]) % 7
        day = ref - dt.timedelta(days=back)
        return DateValue(day.isoformat(), "day", text, start, end)
    rel = " ".join((m.group("rel") or "").lower().split())
    if rel:
        if ref is None:
            return DateValue("", "day", text, start, end, resolved=False)
        if rel == "yesterday":
            return DateValue((ref - dt.timedelta(days=1)).isoformat(), "day", text, start, end)
        if rel == "today":
            return DateValue(ref.isoformat(), "day", text, start, end)
        if rel == "last week":
            return DateValue((ref - dt.timedelta(days=7)).isoformat()[:7], "month", text, start, end)
        if rel == "last month":
            y, mo = (ref.year, ref.month - 1) if ref.month > 1 else (ref.year - 1, 12)
            return DateValue(*_iso(y, mo), text, start, end)
        if rel == "last year":
            return DateValue(*_iso(ref.year - 1), text, start, end)
        if rel.endswith("month"):
            return DateValue(*_iso(ref.year, ref.month), text, start, end)
        return DateValue(*_iso(ref.year), text, start, end)
    return None


def find_dates(sentence: str, published: str | None = None) -> list[DateValue]:
    """All dates in ``sentence``; unresolvable relative ones are skipped."""
    out = []
    for m in DATE_RE.finditer(sentence):
        if m.group("month3") and m.group("month3") == "May" and not m.group("year3"):
            # "may" the modal verb is lower-case; a bare capitalised "May" at a
            # sentence start is too ambiguous without a year.
            before = sentence[: m.start()].rstrip()
            if not before or before.endswith((".", "!", "?")):
                continue
        d = normalise_date_match(m, published)
        if d is not None and d.resolved:
            out.append(d)
    return out


def parse_date(text: str, published: str | None = None) -> DateValue | None:
    """Parse the first date in ``text``: ``parse_date("December 26th")`` -> ``--12-26``."""
    found = find_dates(text, published)
    return found[0] if found else None
