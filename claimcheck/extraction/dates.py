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
    r"|\b(?P<month3>January|February|March|April|May|June|July|August|September|October|November|December)"
    r"(?:,?\s+(?P<year3>(?:19|20)\d\d)|\s+(?:of\s+)?(?P<relyear3>last|this)\s+year)?\b"
    r"|\b(?:in|since|by|of|from|during|early|late|mid-?|In|Since|By|From|During|Early|Late|Mid-?)\s+(?P<year4>(?:19|20)\d\d)\b"
    # an event's year before its noun: "the 2022 release of ChatGPT", "its 2019 launch"
    r"|(?:(?<=\bthe\s)|(?<=\bits\s)|(?<=\btheir\s)|(?<=[’']s\s))(?P<year7>(?:19|20)\d\d)"
    r"(?=\s+(?:release|launch|debut|unveiling|introduction|roll-?out|founding)\b)"
    # a fact row's year: "Founded: 2019"
    r"|(?:(?<=[A-Za-z)]:)|(?<=[A-Za-z)]:\s))(?P<year6>(?:19|20)\d\d)\b(?![-/.,:]?\d)"
    r"|(?<![\w./])(?P<nd1>[0-3]?\d)(?P<nsep>[/.])(?P<nd2>[0-3]?\d)(?P=nsep)(?P<ny>(?:19|20)\d\d)\b(?![/.]\d)"
    r"|(?<![\w./])(?P<ny2>(?:19|20)\d\d)/(?P<nm2>[01]?\d)/(?P<nd3>[0-3]?\d)\b(?!/)"
    r"|\b(?:on|last|this|next|past|late|early|[Ll]ate\s+on|[Ee]arly\s+on)\s+(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"|(?:(?<=[a-z]ed\s)|(?<=said\s)|(?<=told\s)|(?<=wrote\s))(?P<weekday2>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"|\b(?P<holiday>Christmas\s+(?:Day|Eve)|(?<=on\s)Christmas|New\s+Year[’']s\s+(?:Day|Eve)|Boxing\s+Day|"
    r"Valentine[’']s\s+Day|Halloween|Singles[’']?\s+Day|(?:the\s+)?Fourth\s+of\s+July|July\s+Fourth)"
    r"(?:,?\s+(?P<year5>(?:19|20)\d\d))?\b"
    r"|\b(?P<rel>yesterday|today|last\s+(?:week|month|year)|this\s+(?:week|month|year)|earlier\s+this\s+(?:week|month|year))\b"
    r"|\b(?P<agon>[Aa]n?|[Oo]ne|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+"
    r"(?P<agounit>days?|weeks?|months?|years?)\s+ago\b"
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


_SMALL_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                  "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}


def _numeric(a: int, b: int, y: int, dotted: bool) -> tuple[int, int, int] | None:
    """(year, month, day) of '26/12/2024' / '12/26/2024' when only one reading is
    possible; dotted dates ('26.12.2024') are day first."""
    if dotted or a > 12 >= b:
        return y, b, a
    if b > 12 >= a:
        return y, a, b
    if a == b:
        return y, a, a
    return None


def _ago(n_text: str, unit: str, ref: dt.date) -> tuple[str, str]:
    """'three months ago' -> the month three before ``ref``; days keep the day, weeks the month."""
    n = int(n_text) if n_text.isdigit() else _SMALL_NUMBERS[n_text.lower()]
    unit = unit.lower().rstrip("s")
    if unit == "day":
        return (ref - dt.timedelta(days=n)).isoformat(), "day"
    if unit == "week":
        return (ref - dt.timedelta(weeks=n)).isoformat()[:7], "month"
    if unit == "month":
        months = ref.year * 12 + ref.month - 1 - n
        return _iso(months // 12, months % 12 + 1)
    return _iso(ref.year - n)


def normalise_date_match(m: re.Match[str], published: str | None = None, year: int | None = None) -> DateValue | None:
    """Turn a :data:`DATE_RE` match into a :class:`DateValue` (None if invalid).

    ``year`` is a year the text gives for a yearless date elsewhere ("in July and
    September 2025": July is 2025 too).
    """
    ref = _parse_ref(published)
    if year is not None:
        ref = dt.date(year, 12, 31)
    text, start, end = m.group(0), m.start(), m.end()
    y: int | None
    try:
        if m.group("iso"):
            iy, mo = int(m.group("iy")), int(m.group("im"))
            d = int(m.group("id")) if m.group("id") else None
            dt.date(iy, mo, d or 1)
            return DateValue(*_iso(iy, mo, d), text, start, end)
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
            if m.group("relyear3"):
                # "in March last year": the year counts back from the reference, there is no guessing it without one
                if ref is None:
                    return DateValue("", "month", text, start, end, resolved=False)
                return DateValue(*_iso(ref.year - (m.group("relyear3") == "last"), mo), text, start, end)
            y = int(m.group("year3")) if m.group("year3") else _year_for(mo, None, ref)
            return DateValue(*_iso(y, mo), text, start, end)
        if m.group("holiday"):
            name = " ".join(m.group("holiday").lower().replace("’", "'").split()).removeprefix("the ")
            mo, d = HOLIDAYS[name]
            y = int(m.group("year5")) if m.group("year5") else _year_for(mo, d, ref)
            return DateValue(*_iso(y, mo, d), text, start, end)
        if m.group("ny") or m.group("ny2"):
            if m.group("ny"):
                ymd = _numeric(int(m.group("nd1")), int(m.group("nd2")), int(m.group("ny")), m.group("nsep") == ".")
            else:
                ymd = int(m.group("ny2")), int(m.group("nm2")), int(m.group("nd3"))
            if ymd is None:
                return None
            dt.date(*ymd)
            return DateValue(*_iso(*ymd), text, start, end)
        if m.group("year4") or m.group("year6") or m.group("year7"):
            y = int(m.group("year4") or m.group("year6") or m.group("year7"))
            return DateValue(*_iso(y), text, start, end)
    except ValueError:
        return None
    weekday = m.group("weekday") or m.group("weekday2")
    if weekday:
        if ref is None:
            return DateValue("", "day", text, start, end, resolved=False)
        back = (ref.weekday() - WEEKDAYS[weekday.lower()]) % 7
        day = ref - dt.timedelta(days=back)
        return DateValue(day.isoformat(), "day", text, start, end)
    if m.group("agon"):
        if ref is None:
            return DateValue("", "day", text, start, end, resolved=False)
        return DateValue(*_ago(m.group("agon"), m.group("agounit"), ref), text, start, end)
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
        if rel.endswith("week"):
            return DateValue(ref.isoformat()[:7], "month", text, start, end)
        if rel == "last month":
            y, mo = (ref.year, ref.month - 1) if ref.month > 1 else (ref.year - 1, 12)
            return DateValue(*_iso(y, mo), text, start, end)
        if rel == "last year":
            return DateValue(*_iso(ref.year - 1), text, start, end)
        if rel.endswith("month"):
            return DateValue(*_iso(ref.year, ref.month), text, start, end)
        return DateValue(*_iso(ref.year), text, start, end)
    return None


#: the year a coordinated later date gives: "in July and September 2025", "May 3 and 4, 2024"
_SHARED_YEAR = re.compile(
    r"\s*(?:and|or|to|through|until|-|–)\s+(?:(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?\s*)?(?:[0-3]?\d(?:st|nd|rd|th)?)?,?\s+"
    r"(?P<y>(?:19|20)\d\d)\b"
)


#: every form ``DATE_RE`` knows holds one of these (a digit, a month, a day's name, a relative word):
#: most sentences have none and skip the big pattern
_DATE_HINT = re.compile(r"\d|Jan|Feb|Ma[ry]|Apr|Ju[nl]|Aug|Sep|Oct|Nov|Dec|[Dd]ay|Christmas|Halloween|Fourth|week|month|year|ago")


def find_dates(sentence: str, published: str | None = None) -> list[DateValue]:
    """All dates in ``sentence``; unresolvable relative ones are skipped."""
    out: list[DateValue] = []
    if not _DATE_HINT.search(sentence):
        return out
    for m in DATE_RE.finditer(sentence):
        if m.group("month3") and m.group("month3") == "May" and not m.group("year3"):
            # "may" the modal verb is lower-case; a bare capitalised "May" at a
            # sentence start is too ambiguous without a year.
            before = sentence[: m.start()].rstrip()
            if not before or before.endswith((".", "!", "?")):
                continue
        shared = None
        if (m.group("month") and not m.group("year") or m.group("month2") and not m.group("year2")
                or m.group("month3") and not m.group("year3")):
            later = _SHARED_YEAR.match(sentence, m.end())
            shared = int(later.group("y")) if later else None
        d = normalise_date_match(m, published, shared)
        if d is not None and d.resolved:
            out.append(d)
    return out


def parse_date(text: str, published: str | None = None) -> DateValue | None:
    """Parse the first date in ``text``: ``parse_date("December 26th")`` -> ``--12-26``."""
    found = find_dates(text, published)
    return found[0] if found else None
