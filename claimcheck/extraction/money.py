"""Money amounts: find them in a sentence and normalise them into intervals.

Part of the extract stage. Pure functions over strings (no spaCy): the
claims builder calls :func:`find_money` on each sentence, because spaCy's
MONEY entities drop currencies, swallow neighbouring words ("Just $412,000")
and miss vague amounts ("tens of millions").

Every amount becomes a :class:`Money` with a value (the figure as stated, in
its own currency) and an interval ``[low, high]`` (``None`` = open bound):
exact figures get rounding slack from the digits written, ``around`` gives
±10 %, ``more than`` leaves the top open, ``tens of millions`` is [1e7, 1e8).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimcheck.extraction import cre

SCALES: dict[str, float] = {
    "k": 1e3, "K": 1e3, "thousand": 1e3,
    "m": 1e6, "M": 1e6, "mn": 1e6, "mln": 1e6, "million": 1e6, "millions": 1e6,
    "b": 1e9, "B": 1e9, "bn": 1e9, "billion": 1e9, "billions": 1e9,
    "tn": 1e12, "trillion": 1e12, "trillions": 1e12,
}

_PREFIX_UNITS: list[tuple[str, str]] = [
    (r"US\$", "USD"), (r"NT\$", "TWD"), (r"HK\$", "HKD"), (r"A\$", "AUD"),
    (r"C\$", "CAD"), (r"S\$", "SGD"), (r"USD\s?", "USD"), (r"EUR\s?", "EUR"),
    (r"GBP\s?", "GBP"), (r"CNY\s?", "CNY"), (r"RMB\s?", "CNY"), (r"JPY\s?", "JPY"),
    (r"KRW\s?", "KRW"), (r"INR\s?", "INR"), (r"CHF\s?", "CHF"), (r"Rs\.?\s?", "INR"),
    (r"\$", "USD"), (r"£", "GBP"), (r"€", "EUR"), (r"¥", "CNY"), (r"₩", "KRW"), (r"₹", "INR"),
]
_SUFFIX_UNITS: dict[str, str] = {
    "dollars": "USD", "dollar": "USD", "us dollars": "USD", "usd": "USD",
    "euros": "EUR", "euro": "EUR", "eur": "EUR", "pounds": "GBP", "gbp": "GBP",
    "yuan": "CNY", "rmb": "CNY", "renminbi": "CNY", "cny": "CNY", "yen": "JPY",
    "won": "KRW", "krw": "KRW", "rupees": "INR", "inr": "INR", "swiss francs": "CHF", "francs": "CHF", "chf": "CHF",
}

#: A number: "294,000", "294 000" (space, no-break or thin space between groups), "5.6", "6".
_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?!\d)|\d+(?:\.\d+)?"
_GROUP_SEPARATORS = str.maketrans("", "", ", \u00a0\u202f\u2009")
_SCALE = r"(?:\s?(?:thousand|million|billion|trillion|mln|mn|bn|tn|M|B)\b|(?:k|K|m|b)\b)"
_PREFIX = "(?:" + "|".join(p for p, _ in _PREFIX_UNITS) + ")"
_SUFFIX = r"(?:\s+(?:of\s+)?(?:US\s+dollars|dollars|euros|pounds|yuan|RMB|renminbi|yen|won|rupees|Swiss\s+francs|francs|USD|EUR|GBP|CNY|KRW|INR|CHF)\b)"

_QUAL_APPROX = r"(?:around|about|roughly|approximately|approx\.|nearly|almost|close\s+to|closer\s+to|some|an\s+estimated|estimated|circa|~)"
_QUAL_MORE = r"(?:much\s+more\s+than|far\s+more\s+than|more\s+than|well\s+over|well\s+above|over|above|at\s+least|upwards\s+of|in\s+excess\s+of|north\s+of|exceeding|beyond)"
_QUAL_LESS = r"(?:much\s+less\s+than|far\s+less\s+than|less\s+than|fewer\s+than|under|below|up\s+to|at\s+most|no\s+more\s+than|just\s+under)"
_QUAL = rf"(?P<qual>{_QUAL_MORE}|{_QUAL_LESS}|{_QUAL_APPROX})\s+(?:just\s+|only\s+|a\s+mere\s+)?"

#: An explicit amount with a currency: "$6 million", "US$412,000", "£4.2m",
#: "RMB 2 million", "$5-6M", "between $5 million and $6 million",
#: "3 billion yuan".
MONEY_RE = re.compile(
    rf"(?:{_QUAL})?"
    rf"(?:between\s+(?P<bcur>{_PREFIX})(?P<bnum>{_NUM})(?P<bscale>{_SCALE})?\s+and\s+(?P<bcur2>{_PREFIX})?(?P<bnum2>{_NUM})(?P<bscale2>{_SCALE})?"
    rf"|(?P<cur>{_PREFIX})(?P<num>{_NUM})(?P<scale>{_SCALE})?(?:\s?(?:-|–|to)\s?(?:{_PREFIX})?(?P<num2>{_NUM})(?P<scale2>{_SCALE})?)?"
    rf"|(?P<snum>{_NUM})(?P<sscale>{_SCALE})?(?P<suffix>{_SUFFIX}))"
    r"(?P<plus>-plus\b|\+)?"
)

#: Vague amounts: "tens of millions (of dollars)", "hundreds of millions",
#: "in the millions", "tens or even hundreds of millions".
VAGUE_RE = re.compile(
    r"(?P<qual2>(?:much\s+more\s+than|more\s+than|well\s+over|over|less\s+than|under)\s+)?"
    r"(?:(?P<mult>tens|hundreds)(?:\s+(?:or|to)\s+(?:even\s+)?(?P<mult2>tens|hundreds))?\s+of\s+(?P<vscale>thousands|millions|billions)"
    r"|in\s+the\s+(?P<inscale>millions|billions|thousands)"
    r"|(?P<several>several|a\s+few)\s+(?P<sevscale>million|billion)(?=\s+(?:dollars|euros|pounds|yuan)))"
    r"(?P<vsuffix>\s+of\s+(?:US\s+)?(?:dollars|euros|pounds|yuan))?"
    r"(?P<ormore>\s+or\s+(?:even\s+|much\s+)?more)?",
    re.IGNORECASE,
)


@dataclass
class Money:
    """A money amount as found in a text (offsets relative to that text)."""

    value: float
    low: float | None
    high: float | None
    unit: str | None
    qualifier: str | None
    text: str
    start: int
    end: int
    vague: bool = False
    explicit_unit: bool = True


_QUOTES_TO_SPACE = str.maketrans({c: " " for c in "\"“”‘’"})


def _num(s: str) -> float:
    return float(s.translate(_GROUP_SEPARATORS))


def _scale(s: str | None) -> float:
    if not s:
        return 1.0
    return SCALES.get(s.strip(), SCALES.get(s.strip().lower(), 1.0))


def _slack(num_text: str, scale: float) -> float:
    """Half a unit of the last digit written: '$6 million' -> 0.5e6.

    A figure written out in full ('412,000') is taken as exact.
    """
    if scale == 1.0:
        return 0.0
    decimals = len(num_text.split(".")[1]) if "." in num_text else 0
    return 0.5 * scale * 10 ** (-decimals)


def unit_of(prefix: str | None = None, suffix: str | None = None) -> str | None:
    """Currency code for a prefix symbol ('US$', '£') or suffix word ('yuan')."""
    if prefix:
        for pat, code in _PREFIX_UNITS:
            if cre.fullmatch(pat, prefix) or cre.fullmatch(pat, prefix.strip()):
                return code
    if suffix:
        word = cre.sub(r"^\s*(?:of\s+)?", "", suffix).strip().lower()
        return _SUFFIX_UNITS.get(word)
    return None


def _qualify(value: float, low: float, high: float | None, qual: str | None) -> tuple[float | None, float | None]:
    if not qual:
        return low, high
    q = " ".join(qual.lower().split())
    if cre.fullmatch(_QUAL_MORE, q):
        return value, None
    if cre.fullmatch(_QUAL_LESS, q):
        return 0.0, value
    # approximate: ±10 % (instead of the rounding slack)
    return value * 0.9, value * 1.1


def normalise_money_match(m: re.Match[str], offset: int = 0) -> Money:
    """Turn a :data:`MONEY_RE` match into a :class:`Money`."""
    qual = m.group("qual")
    if m.group("bnum"):
        s1 = m.group("bscale") or m.group("bscale2")
        s2 = m.group("bscale2") or s1
        lo, hi = _num(m.group("bnum")) * _scale(s1), _num(m.group("bnum2")) * _scale(s2)
        unit = unit_of(m.group("bcur"))
        return Money((lo + hi) / 2, lo, hi, unit, "between", m.group(0), m.start() + offset, m.end() + offset)
    if m.group("num"):
        num_text, scale_text, unit = m.group("num"), m.group("scale"), unit_of(m.group("cur"))
        if m.group("num2"):
            s2 = m.group("scale2") or scale_text
            s1 = scale_text or s2
            lo, hi = _num(num_text) * _scale(s1), _num(m.group("num2")) * _scale(s2)
            if hi < lo and _scale(s1) == 1.0:  # "$5-6M" where the first has no scale
                lo = _num(num_text) * _scale(s2)
            return Money((lo + hi) / 2, lo, hi, unit, qual and " ".join(qual.split()) or "range",
                         m.group(0), m.start() + offset, m.end() + offset)
    else:
        num_text, scale_text = m.group("snum"), m.group("sscale")
        unit = unit_of(suffix=m.group("suffix"))
    scale = _scale(scale_text)
    value = round(_num(num_text) * scale, 6)  # 4.1 * 1e6 is 4099999.9999999995 in binary floating point
    slack = _slack(num_text, scale)
    low, high = _qualify(value, value - slack, value + slack, qual)
    if m.group("plus"):
        low, high, qual = value, None, "plus"
    if value == int(value):
        value = int(value)
    return Money(value, low, high, unit, qual and " ".join(qual.lower().split()), m.group(0),
                 m.start() + offset, m.end() + offset)


_MULT = {"tens": 10.0, "hundreds": 100.0}
_VSCALE = {"thousands": 1e3, "millions": 1e6, "billions": 1e9, "million": 1e6, "billion": 1e9}


def normalise_vague_match(m: re.Match[str], offset: int = 0, unit: str | None = None) -> Money:
    """Turn a :data:`VAGUE_RE` match into a :class:`Money` (value = low end)."""
    if m.group("mult"):
        base = _VSCALE[m.group("vscale").lower()]
        low = _MULT[m.group("mult").lower()] * base
        top = _MULT[(m.group("mult2") or m.group("mult")).lower()] * base
        high: float | None = top * 10
        qual = m.group("mult").lower() + " of"
    elif m.group("inscale"):
        low = _VSCALE[m.group("inscale").lower()]
        high = low * 10
        qual = "in the"
    else:
        low = _VSCALE[m.group("sevscale").lower()] * 2
        high = low * 5
        qual = m.group("several").lower()
    q2 = m.group("qual2")
    if q2 and cre.match(r"(much\s+)?more|well|over", q2.strip(), re.IGNORECASE):
        high = None
        qual = q2.strip().lower() + " " + qual
    elif q2:
        low, qual = 0.0, q2.strip().lower() + " " + qual
    if m.group("ormore"):
        high = None
    if m.group("vsuffix"):
        unit = unit_of(suffix=m.group("vsuffix").split()[-1])
    return Money(low, low, high, unit, qual, m.group(0), m.start() + offset, m.end() + offset,
                 vague=True, explicit_unit=bool(m.group("vsuffix")))


def parse_money(text: str) -> Money | None:
    """Parse the first money amount in ``text`` ("around $6 million" ...)."""
    found = find_money(text, allow_vague_without_unit=True)
    return found[0] if found else None


def find_money(sentence: str, *, allow_vague_without_unit: bool = False,
               default_unit: str | None = None) -> list[Money]:
    """All money amounts in ``sentence``, in order, without overlaps.

    Vague amounts with no currency ("tens of millions") are kept only when
    ``allow_vague_without_unit`` is set (the caller decides from context) and
    then take ``default_unit``.
    """
    original = sentence
    # quote marks become spaces (same length, so offsets hold): a qualifier in
    # scare quotes ('cost "much more" than $100 million') still qualifies.
    sentence = sentence.translate(_QUOTES_TO_SPACE)
    out: list[Money] = []
    for m in MONEY_RE.finditer(sentence):
        if m.group("suffix") and m.group("suffix").split()[-1].lower() in {"won", "francs"} and not m.group("sscale") \
                and "," not in m.group("snum"):
            continue  # "the team of 5 won": a verb, not a currency
        out.append(normalise_money_match(m))
    taken = [(x.start, x.end) for x in out]
    for m in VAGUE_RE.finditer(sentence):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        money = normalise_vague_match(m, unit=default_unit)
        if not money.explicit_unit and not allow_vague_without_unit:
            continue
        if money.unit is None:
            money.unit = default_unit
        out.append(money)
    out.sort(key=lambda x: x.start)
    for money in out:
        # trim leading whitespace left by a removed quote mark
        while original[money.start].isspace():
            money.start += 1
        money.text = original[money.start:money.end]
    return out
