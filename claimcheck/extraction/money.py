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
    "b": 1e9, "B": 1e9, "bn": 1e9, "bln": 1e9, "billion": 1e9, "billions": 1e9,
    "tn": 1e12, "trillion": 1e12, "trillions": 1e12,
    # South Asian scales: "Rs 500 crore" is 5 billion rupees, "₹40 lakh" 4 million
    "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,
}

#: ISO codes written before an amount ("NOK 2.5 billion", "SEK500m"): the code is the unit
_ISO_PREFIXES = ("NOK", "SEK", "DKK", "AUD", "CAD", "SGD", "HKD", "TWD", "NZD", "BRL", "ZAR", "AED", "SAR", "IDR", "THB",
                 "PLN", "MXN", "RUB", "ILS")
_PREFIX_UNITS: list[tuple[str, str]] = [
    (r"USD?\s?\$", "USD"), (r"NT\$", "TWD"), (r"HK\$", "HKD"), (r"A\$", "AUD"),
    (r"C\$", "CAD"), (r"S\$", "SGD"), (r"R\$", "BRL"), (r"USD\s?", "USD"), (r"EUR\s?", "EUR"),
    # the rand's "R" only before a scaled amount ("R5,4-billion", "R20 billion"): "R1" alone names a model
    (r"(?<![\w$])R(?=\d{1,4}(?:[.,]\d{1,3})?(?:-|\s)?(?:[Mm]illion|[Bb]illion|[Tt]rillion|bn|m)\b)", "ZAR"),
    (r"GBP\s?", "GBP"), (r"CNY\s?", "CNY"), (r"RMB\s?", "CNY"), (r"JPY\s?", "JPY"),
    (r"KRW\s?", "KRW"), (r"INR\s?", "INR"), (r"CHF\s?", "CHF"), (r"Rs\.?\s?", "INR"), (r"MYR\s?", "MYR"), (r"(?<![A-Za-z])RM", "MYR"),
    *[(rf"{code}\s?", code) for code in _ISO_PREFIXES],
    (r"\$", "USD"), (r"£", "GBP"), (r"€", "EUR"), (r"¥", "CNY"), (r"₩", "KRW"), (r"₹", "INR"),
]
_SUFFIX_UNITS: dict[str, str] = {
    "dollars": "USD", "dollar": "USD", "us dollars": "USD", "usd": "USD",
    "euros": "EUR", "euro": "EUR", "eur": "EUR", "pounds": "GBP", "gbp": "GBP",
    "yuan": "CNY", "rmb": "CNY", "renminbi": "CNY", "cny": "CNY", "yen": "JPY",
    "won": "KRW", "krw": "KRW", "us dollar": "USD", "rupees": "INR", "inr": "INR", "swiss francs": "CHF", "francs": "CHF", "chf": "CHF",
    "kroner": "NOK", "norwegian kroner": "NOK", "danish kroner": "DKK", "kronor": "SEK", "swedish kronor": "SEK", "krona": "SEK",
    "nok": "NOK", "sek": "SEK", "dkk": "DKK",
    "australian dollars": "AUD", "canadian dollars": "CAD", "singapore dollars": "SGD", "hong kong dollars": "HKD",
    "new zealand dollars": "NZD", "taiwan dollars": "TWD", "new taiwan dollars": "TWD",
    "reais": "BRL", "brazilian reais": "BRL", "rand": "ZAR", "naira": "NGN", "ringgit": "MYR", "rupiah": "IDR",
    "dirhams": "AED", "riyals": "SAR", "pesos": "MXN", "mexican pesos": "MXN",
}

#: A scale word after a number ("million", "bn", "M"); a footnote mark may follow a spelled-out one ("million1").
#: Headline case ("$6 Billion") and South Asian scales ("Rs 500 crore") count too.
_SCALE = (r"(?:-(?:[Tt]housand|[Mm]illion|[Bb]illion|[Tt]rillion)\b"  # "a $2-billion plan"
          r"|\s?(?:(?:[Tt]housand|[Mm]illion|[Bb]illion|[Tt]rillion)(?:\b|(?=\d{1,2}\b))|(?:crores?|lakhs?|mln|bln|mn|bn|tn|M|B)\b)"
          r"|(?:k|K|m|b)\b)")
#: A number: "412,000", "412 000" (space, no-break or thin space between groups), "5.6", "6",
#: and European forms: "1.234,5", "1.234.567", "1,6" before a scale word ("$1,6 billion").
#: Every repeat is bounded and a number never starts inside another, so a long
#: run of digits costs linear time (unbounded ``\d+`` retried at every digit was quadratic).
_NUM = (r"(?<!\d)(?:\d{1,3}(?:\.\d{3}){1,4},\d{1,6}(?!\d)|\d{1,3}(?:\.\d{3}){2,4}(?![\d.,])|\d{1,12},\d{1,2}(?=" + _SCALE + r")"
        r"|\d{1,3}(?:,\d{3}){1,5}(?:\.\d{1,6})?|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3}){1,5}(?!\d)|\d{1,15}(?:\.\d{1,6})?)")
_SPACES = str.maketrans("", "", " \u00a0\u202f\u2009")
_PREFIX = "(?:" + "|".join(p for p, _ in _PREFIX_UNITS) + ")"
_SUFFIX = (r"(?:(?:\s+(?:of\s+)?|(?<=[a-z])-)(?:US\s+dollars?|(?:Australian|Canadian|Singapore|Hong\s+Kong|New\s+Zealand|(?:New\s+)?Taiwan)\s+dollars|"
           r"dollars?|euros?|pounds|yuan|RMB|renminbi|yen|won|rupees|Swiss\s+francs|francs|(?:Norwegian\s+|Danish\s+)?kroner|"
           r"(?:Swedish\s+)?kronor|krona|(?:Brazilian\s+)?reais|rand|naira|ringgit|rupiah|dirhams|riyals|(?:Mexican\s+)?pesos|"
           r"USD|EUR|GBP|CNY|KRW|INR|CHF|NOK|SEK|DKK)\b)")

_QUAL_APPROX = r"(?:around|about|roughly|approximately|approx\.|nearly|almost|close\s+to|closer\s+to|some|an\s+estimated|estimated|circa|~)"
_QUAL_MORE = r"(?:much\s+more\s+than|far\s+more\s+than|more\s+than|well\s+over|well\s+above|over|above|at\s+least|upwards\s+of|in\s+excess\s+of|north\s+of|exceeding|beyond)"
_QUAL_LESS = r"(?:as\s+much\s+as|as\s+many\s+as|much\s+less\s+than|far\s+less\s+than|less\s+than|fewer\s+than|under|below|up\s+to|at\s+most|no\s+more\s+than|just\s+under)"
_QUAL = rf"(?P<qual>{_QUAL_MORE}|{_QUAL_LESS}|{_QUAL_APPROX})\s+(?:just\s+|only\s+|a\s+mere\s+)?"

#: An explicit amount with a currency: "$6 million", "US$412,000", "£4.2m",
#: "RMB 2 million", "$5-6M", "between $5 million and $6 million" (a conversion may
#: follow the first bound: "between $350m (£268m) and $400m"),
#: "3 billion yuan".
MONEY_RE = re.compile(
    r"(?=[\d$€£¥₩₹A-Za-z~])"  # a cheap first-character check before the alternatives
    rf"(?:{_QUAL})?"
    rf"(?:between\s+(?P<bcur>{_PREFIX})(?P<bnum>{_NUM})(?P<bscale>{_SCALE})?(?:\s*\([^()]{{1,30}}\))?\s+and\s+(?P<bcur2>{_PREFIX})?(?P<bnum2>{_NUM})(?P<bscale2>{_SCALE})?"
    rf"|(?P<cur>{_PREFIX})(?![\d.,]*[’']?s\b)(?P<num>{_NUM})(?P<scale>{_SCALE})?(?:\s?(?:-|–|to)\s?(?:{_PREFIX})?(?P<num2>{_NUM})(?P<scale2>{_SCALE})?)?"
    rf"|(?P<snum>{_NUM})(?P<sscale>{_SCALE})?(?P<suffix>{_SUFFIX}))"
    r"(?P<plus>-plus\b|\+)?"
)

#: Vague amounts: "tens of millions (of dollars)", "hundreds of millions",
#: "in the millions", "tens or even hundreds of millions".
VAGUE_RE = re.compile(
    r"(?P<qual2>(?:much\s+more\s+than|more\s+than|well\s+over|over|less\s+than|under)\s+)?"
    r"(?:(?P<vcur>US\$|\$|€|£|¥)?(?<![\w.,])(?P<mult>tens|hundreds|10[’']?s|100[’']?s)(?:\s+(?:or|to)\s+(?:even\s+)?(?P<mult2>tens|hundreds|10[’']?s|100[’']?s))?"
    r"\s+of\s+(?P<vscale>thousands|millions|billions)"
    r"|in\s+the\s+(?P<inscale>millions|billions|thousands)"
    r"|(?P<several>several|a\s+few)\s+(?P<sevscale>million|billion)(?=\s+(?:dollars|euros|pounds|yuan)))"
    r"(?P<vsuffix>\s+of\s+(?:US\s+)?(?:dollars|euros|pounds|yuan))?"
    r"(?P<ormore>\s+or\s+(?:even\s+|much\s+)?more)?",
    re.IGNORECASE,
)


#: Numbers written as words before a scale: "a billion dollars", "half a trillion dollars".
_WORD_NUMBERS = {"a": 1.0, "one": 1.0, "two": 2.0, "three": 3.0, "four": 4.0, "five": 5.0, "six": 6.0, "seven": 7.0,
                 "eight": 8.0, "nine": 9.0, "ten": 10.0, "twelve": 12.0, "twenty": 20.0, "fifty": 50.0,
                 "a dozen": 12.0, "a hundred": 100.0, "half a": 0.5, "a half": 0.5}

#: An amount in words with a currency word: "a billion dollars", "about six million euros",
#: "half a trillion US dollars". Without a currency word ("six million") it is no amount.
WORDS_RE = re.compile(
    rf"(?:{_QUAL})?(?<![\w-])(?P<word>(?i:a\s+dozen|a\s+hundred|half\s+a|a\s+half|a|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|twelve|twenty|fifty))\s+(?P<wscale>thousand|million|billion|trillion)"
    r"(?P<wsuffix>\s+(?:of\s+)?(?:US\s+dollars|dollars|euros|pounds|yuan|renminbi|yen|rupees))\b"
)


#: Cheap gates (a superset of what the patterns need) that spare most sentences
#: the full patterns: an explicit amount needs a currency sign, code or word; a
#: vague or spelled-out amount needs a scale word.
_CURRENCY_HINT = re.compile(r"[$£€¥₩₹]|USD|EUR|GBP|CNY|RMB|JPY|KRW|INR|CHF|MYR|Rs|RM|dollar|euro|pound|yuan|renminbi|yen|won|rupee|franc|"
                            r"kron|reais|rand|naira|ringgit|rupiah|dirham|riyal|peso|R\d|" + "|".join(_ISO_PREFIXES))
_SCALE_HINT = re.compile(r"illion|thousand", re.IGNORECASE)


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


def _canon(s: str, dot_groups: bool = False) -> str:
    """The number as Python writes it: '412,000' -> '412000', '1,6' -> '1.6', '1.234,5' -> '1234.5'.

    A comma followed by one or two digits is a decimal comma (the pattern only
    lets that through before a scale word); dots between groups of three are
    thousands separators when there are two of them, or a decimal comma
    follows, or ``dot_groups`` says so ("10.000 euros").
    """
    s = s.translate(_SPACES)
    if "," in s and "." in s and s.rindex(",") > s.rindex("."):
        return s.replace(".", "").replace(",", ".")
    if cre.fullmatch(r"\d+,\d{1,2}", s):
        return s.replace(",", ".")
    if cre.fullmatch(r"\d{1,3}(?:\.\d{3}){2,}", s) or dot_groups and cre.fullmatch(r"\d{1,3}\.\d{3}", s):
        return s.replace(".", "")
    return s.replace(",", "")


def _num(s: str, dot_groups: bool = False) -> float:
    return float(_canon(s, dot_groups))


def _scale(s: str | None) -> float:
    if not s:
        return 1.0
    s = s.strip().lstrip("-")
    return SCALES.get(s, SCALES.get(s.lower(), 1.0))


def _slack(num_text: str, scale: float) -> float:
    """Half a unit of the last digit written: '$6 million' -> 0.5e6.

    A figure written out in full ('412,000') is taken as exact.
    """
    if scale == 1.0:
        return 0.0
    num_text = _canon(num_text)
    decimals = len(num_text.split(".")[1]) if "." in num_text else 0
    return 0.5 * scale * 10 ** (-decimals)


def unit_of(prefix: str | None = None, suffix: str | None = None) -> str | None:
    """Currency code for a prefix symbol ('US$', '£') or suffix word ('yuan')."""
    if prefix:
        for pat, code in _PREFIX_UNITS:
            if cre.fullmatch(pat, prefix) or cre.fullmatch(pat, prefix.strip()):
                return code
        if prefix.strip() == "R":
            return "ZAR"  # the rand's prefix, matched only before a scaled amount
    if suffix:
        word = " ".join(cre.sub(r"^[\s-]*(?:of\s+)?", "", suffix).lower().split())
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
    # "€10.000": a lone dot group in a euro amount with no scale is a thousands separator
    value = round(_num(num_text, dot_groups=unit == "EUR" and scale == 1.0) * scale, 6)  # 4.1 * 1e6 is 4099999.9999999995 in binary floating point
    slack = _slack(num_text, scale)
    low, high = _qualify(value, value - slack, value + slack, qual)
    if m.group("plus"):
        low, high, qual = value, None, "plus"
    if value == int(value):
        value = int(value)
    return Money(value, low, high, unit, qual and " ".join(qual.lower().split()), m.group(0),
                 m.start() + offset, m.end() + offset)


_MULT = {"tens": 10.0, "hundreds": 100.0, "10s": 10.0, "100s": 100.0}


def _mult(word: str) -> float:
    return _MULT[word.lower().replace("'", "").replace("’", "")]
_VSCALE = {"thousands": 1e3, "millions": 1e6, "billions": 1e9, "million": 1e6, "billion": 1e9}


def normalise_vague_match(m: re.Match[str], offset: int = 0, unit: str | None = None) -> Money:
    """Turn a :data:`VAGUE_RE` match into a :class:`Money` (value = low end)."""
    if m.group("mult"):
        base = _VSCALE[m.group("vscale").lower()]
        low = _mult(m.group("mult")) * base
        top = _mult(m.group("mult2") or m.group("mult")) * base
        high: float | None = top * 10
        qual = {10.0: "tens", 100.0: "hundreds"}[_mult(m.group("mult"))] + " of"
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
    elif m.group("vcur"):
        unit = unit_of(m.group("vcur"))
    return Money(low, low, high, unit, qual, m.group(0), m.start() + offset, m.end() + offset,
                 vague=True, explicit_unit=bool(m.group("vsuffix") or m.group("vcur")))


def normalise_words_match(m: re.Match[str]) -> Money:
    """Turn a :data:`WORDS_RE` match into a :class:`Money`: "a billion dollars" is
    read like "$1 billion", a fraction or dozen ("half a trillion") gets ±10 %."""
    n = _WORD_NUMBERS[" ".join(m.group("word").lower().split())]
    scale = SCALES[m.group("wscale")]
    value = round(n * scale, 6)
    slack = 0.5 * scale if n == int(n) and n <= 10 else 0.1 * value
    qual = m.group("qual")
    low, high = _qualify(value, value - slack, value + slack, qual)
    return Money(int(value) if value == int(value) else value, low, high, unit_of(suffix=m.group("wsuffix")),
                 qual and " ".join(qual.lower().split()), m.group(0), m.start(), m.end())


def parse_money(text: str) -> Money | None:
    """Parse the first money amount in ``text`` ("around $6 million" ...)."""
    found = find_money(text, allow_vague_without_unit=True)
    return found[0] if found else None


#: a bare amount before an alternative that names the scale: "$10 or even $100 billion"
_ALTERNATIVE_GAP = re.compile(r"\s+or\s+(?:even\s+|perhaps\s+|maybe\s+|possibly\s+)?")
_BARE_END = re.compile(r"\d$")
_SCALE_END = re.compile(r"(?i:thousand|million|billion|trillion|bn|mn|[kmb])$|[KMB]$")


def _share_scale(sentence: str, found: list[Money]) -> None:
    """'$10 or even $100 billion': the first amount takes the second one's scale ($10 billion)."""
    for first, second in zip(found, found[1:]):
        if _BARE_END.search(first.text) and _SCALE_END.search(second.text.rstrip(".")) and \
                _ALTERNATIVE_GAP.fullmatch(sentence[first.end:second.start]) and first.value < 1000:
            number = cre.search(r"(\d+(?:\.\d+)?)\s*\S*$", second.text.replace(",", ""))
            if not number or not float(number.group(1)):
                continue
            scale = second.value / float(number.group(1))
            first.value *= scale
            first.low = first.low * scale if first.low is not None else None
            first.high = first.high * scale if first.high is not None else None


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
    explicit = MONEY_RE.finditer(sentence) if _CURRENCY_HINT.search(sentence) else ()
    for m in explicit:
        if m.group("suffix") and m.group("suffix").split()[-1].lower() in {"won", "francs"} and not m.group("sscale") \
                and "," not in m.group("snum"):
            continue  # "the team of 5 won": a verb, not a currency
        out.append(normalise_money_match(m))
    scaled = bool(_SCALE_HINT.search(sentence))
    for m in WORDS_RE.finditer(sentence) if scaled and explicit else ():
        if not any(x.start < m.end() and m.start() < x.end for x in out):
            out.append(normalise_words_match(m))
    taken = [(x.start, x.end) for x in out]
    for m in VAGUE_RE.finditer(sentence) if scaled else ():
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        money = normalise_vague_match(m, unit=default_unit)
        if not money.explicit_unit and not allow_vague_without_unit:
            continue
        if money.unit is None:
            money.unit = default_unit
        out.append(money)
    out.sort(key=lambda x: x.start)
    _share_scale(sentence, out)
    for money in out:
        # trim leading whitespace left by a removed quote mark
        while original[money.start].isspace():
            money.start += 1
        money.text = original[money.start:money.end]
    return out
