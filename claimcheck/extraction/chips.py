"""Chip counts: "512 Nvidia H800 chips", "2,000 chips from Nvidia", "1,024 H100s".

Part of the extract stage. Pure functions over strings: :func:`find_chips`
returns each count with its chip model (``None`` for generic "chips",
"GPUs", "accelerators"), the vendor named with it (a supplier, never the
claim's subject) and an interval for qualified counts ("more than 10,000").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimcheck.extraction import cre

#: Chip model names: H800, H100, H20, A100, B200, GB200, MI300X, TPU v5p, Ascend 910B;
#: an architecture family (Hopper, Blackwell, Ampere) counts when a chip noun follows it.
_FAMILY = r"(?:Hopper|Blackwell|Ampere|Volta)"
CHIP_MODEL = (
    r"(?:TPU\s?v\d+[a-z]?|Ascend\s?\d{3}[A-Z]?|\d{3}[A-Z]\s+Ascend|Gaudi\s?\d|MI\d{3}[A-Z]?|Trainium\s?\d?|Inferentia\s?\d?|Maia\s?\d{3}|"
    r"(?:GB|GH|[ABHLV])\d{2,3}[A-Z]?|"
    rf"{_FAMILY}(?=[”\"’']?\s+(?:AI\s+|data[- ]cent(?:er|re)\s+)?(?:GPUs?|chips?|accelerators?|processors?|graphics)\b))"
)
CHIP_MODEL_RE = re.compile(rf"\b{CHIP_MODEL}\b")

_SPACES = str.maketrans("", "", " \u00a0\u202f\u2009")
_QUOTES_TO_SPACE = str.maketrans({c: " " for c in "\"“”‘’"})

#: Counts in words: "a million", "one million", "half a million".
_WORD_COUNTS = {"a": 1.0, "one": 1.0, "two": 2.0, "three": 3.0, "four": 4.0, "five": 5.0, "six": 6.0, "seven": 7.0,
                "eight": 8.0, "nine": 9.0, "ten": 10.0, "half a": 0.5}
_WORD_COUNT = r"(?:(?:[Aa]|[Oo]ne|two|three|four|five|six|seven|eight|nine|ten|[Hh]alf\s+a)\s+(?:thousand|million)\b)"

#: A count: "2,048", "2 048", "2.048" (a dot before exactly three digits groups
#: thousands: a chip count is whole), "2.5 million", "10k", "1.3M", "a million".
#: Repeats are bounded and a count never starts inside another (linear time on digit runs).
_COUNT = (
    r"(?<!\d)(?:\d{1,3}(?:,\d{3}){1,4}(?!,?\d)|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3}){1,4}(?!\d)"
    r"|\d{1,3}(?:\.\d{3}){1,3}(?![\d.,]|\s?(?:k|K|M|thousand|million)\b)"
    r"|\d{1,9}(?:\.\d{1,3})?(?:\s?(?:k|K|M|thousand|million)\b)?(?!\d))|" + _WORD_COUNT
)
_QUAL = (
    r"(?P<qual>(?:more\s+than|over|at\s+least|upwards\s+of|in\s+excess\s+of|nearly|almost|around|about|roughly|"
    r"approximately|close\s+to|some|an\s+estimated|up\s+to|as\s+many\s+as|fewer\s+than|less\s+than|under)\s+(?:just\s+|only\s+)?"
    r"|~\s?)"
)
_VENDOR = rf"(?P<vendor>(?:(?!(?:{_FAMILY}|Trainium|Inferentia|Maia)\b)\[?[A-Z][A-Za-z]+\]?(?:'s)?\s+){{1,2}})?"
_NOUN = (r"(?P<noun>(?:AI\s+)?(?:(?i:(?:graphics?|tensor|language|neural)\s+processing\s+units?)|[LN]PUs|(?:graphics\s+)?(?:chips?|[Ss]uperchips?|GPUs?|accelerators?|"
         r"processors?|cards|semiconductors|TPUs)))")
#: units of time: "2,788,000 H800 GPU hours" and "2788K hours of H800 GPU" are compute, not chips
_TIME = r"(?:hours?|hrs?|days?|weeks?|months?|years?|minutes?|seconds?)"
#: what may stand between a count and a model: a couple of words, specs ("700W", "80GB", "SXM5")
_FILLER = rf"(?:(?!{_TIME}\b)[a-z-]+\s+|\d{{2,4}}\s?W\s+|\d{{1,3}}\s?GB\s+|TDP\s+|SXM\d?\s+|PCIe\s+)"
#: one adjective by its ending: "undisclosed", "expensive", "additional", "dangerous"
_ADJ = r"(?:(?!percent\b)[a-z]{3,}(?:ed|ive|al|ful|ous|ible|able|ent|ant)\s+)"

CHIPS_RE = re.compile(
    rf"(?<![\w.,$])(?:{_QUAL})?(?P<count>(?>{_COUNT}))(?P<plus>\+|-plus\b)?\s+"
    # "18,000 of the chips", "18,000 of Acme’s latest AI chips" (the maker named as a possessive)
    r"(?:(?:units\s+)?of\s+(?:the\s+|those\s+|these\s+|its\s+|their\s+|(?P<vendor3>(?:[A-Z][A-Za-z]+\s+)?[A-Z][A-Za-z]+)(?:['’ ]s|(?<=s)['’])\s+)?"
    r"|the\s+|those\s+|these\s+|its\s+|their\s+)?"
    r"(?:(?:advanced|high-end|specialised|specialized|AI|older|newer|latest|newest|most\s+advanced|less\s+powerful|powerful|rented|leased|"
    r"used|second-hand|domestic|additional|more|extra|top-end|cutting-edge|same|such|new|own|custom|in-house|home-grown|homegrown|"
    r"(?!per-)[a-z]{3,}-(?:generation|designed|developed|built|performance|end|made|grade|class|edge|scale|purpose))\s+)*"
    rf"{_ADJ}?"
    rf"(?:{_FILLER}{{0,2}}(?={_VENDOR.replace('?P<vendor>', '?:')}{CHIP_MODEL}))?"
    rf"{_VENDOR}(?:(?P<model>{CHIP_MODEL})(?:s\b|\s+(?:{_NOUN.replace('?P<noun>', '?P<noun2>')}|units?\b)|\b)"
    rf"|(?P<code>[A-Z][A-Za-z]{{0,3}}\d[\w-]*)\s+{_NOUN.replace('?P<noun>', '?P<noun3>')}\b|{_NOUN}\b)"
    rf"(?:\s+(?:from|made\s+by|supplied\s+by|by)\s+(?P<vendor2>[A-Z][A-Za-z]+))?"
    rf"(?![\s-]*(?:(?:GPU|chip|TPU|accelerator|card|node)s?[\s-]*)?{_TIME}\b)"
    # a chip word naming a kind of box counts the boxes: "2,000 GPU servers", "1,000 H100 nodes"
    r"(?![\s-]+(?:servers?|nodes?|racks?|boxes|trays?|instances?|machines?|pods?)\b)"
)


#: a list item or fact box: "1,280: the number of Nvidia H800 GPUs used …", "12,000: the GPUs Acme owns"
LIST_RE = re.compile(
    rf"(?:^|(?<=[-•*]\s))(?P<count>(?>{_COUNT})):\s+(?:the\s+)?(?:(?:total\s+)?number\s+of\s+)?"
    rf"{_VENDOR.replace('?P<vendor>', '?:')}(?:(?P<model>{CHIP_MODEL})(?:s\b|\s+{_NOUN}\b|\b)|{_NOUN.replace('?P<noun>', '?P<noun2>')}\b)"
)

#: what a fact row's label may add after its chip noun: "Chips owned:", "GPUs used for training:"
_FACT_TAIL = (r"(?:\s+(?:owned|used|deployed|installed|ordered|bought|purchased|acquired|held|available|planned|"
              r"in\s+(?:use|service|operation)|on\s+order|(?:for|in)\s+training|\(?(?:total|est\.?|estimated)\)?|count)){0,2}")
#: a fact row: "Chips owned: ~18,000", "Nvidia H100 GPUs: 24,576", "- GPUs used for training: 2,048"; the
#: label's words before the count say what the count measures
FACT_RE = re.compile(
    rf"^(?:[-•*]\s*)?(?:(?:(?!(?i:price|cost|per|rent\w*|hourly|memory|power|watts?)\b)[A-Za-z][\w-]*|of)\s+){{0,3}}?{_VENDOR.replace('?P<vendor>', '?:')}"
    rf"(?:(?P<model>{CHIP_MODEL})s?(?:\s+(?i:GPUs?|chips?|accelerators?|processors?))?"
    r"|(?i:(?:AI\s+)?(?:graphics\s+processing\s+units|GPUs?|chips?|accelerators?|processors?|TPUs)))"
    rf"{_FACT_TAIL}\s*:\s*(?P<qual>~\s?|(?:about|around|approximately|roughly|some|over|more\s+than|nearly|almost)\s+)?"
    rf"(?P<count>(?>{_COUNT}))(?P<plus>\+)?\s*(?:[.;]\s*)?$"
)

#: the first of two counts sharing one noun, each after its owner: "Acme’s 90,000 and Bolt’s 70,000 GPUs"
#: (the apostrophe may be a space here: quote marks are blanked before matching)
_SHARED_NOUN_BEFORE = re.compile(
    rf"[A-Za-z][ ’']s\s+(?P<count>{_COUNT})\s*(?:,\s*and|,|and|or|versus|vs\.?)\s+(?:[A-Z][\w-]*\s+){{0,2}}[A-Z][\w-]*[ ’']s\s+$"
)

#: "a 16,384-GPU cluster of H100s"
CLUSTER_RE = re.compile(
    rf"(?<![\w.,$])(?P<count>(?>{_COUNT}))-(?:GPU|chip|accelerator)\s+(?:cluster|supercomputer|system|machine)"
    rf"(?:\s+(?:of|made\s+up\s+of)\s+(?:{_VENDOR.replace('?P<vendor>', '?:')})?(?P<model>{CHIP_MODEL})s?\b)?"
)

#: Chips per server: "eight-way", "8-GPU", "each with eight".
_PER_WORDS = {"two": 2, "four": 4, "eight": 8, "sixteen": 16, "thirty-two": 32, "seventy-two": 72}
_PER = r"(?:\d{1,2}|two|four|eight|sixteen|thirty-two|seventy-two)"
_BOX = r"(?:servers?|boxes|box|nodes?|machines?|systems?|racks?|trays?)"
_VENDOR_NC = _VENDOR.replace("?P<vendor>", "?:")

#: Servers times chips per server, where the text states both: "64 eight-way
#: H800 boxes", "256 nodes of eight H100 GPUs each", "128 8-GPU servers".
SERVERS_RE = re.compile(
    rf"(?<![\w.,$])(?P<count>(?>{_COUNT}))\s+(?:[a-z-]+\s+)?(?P<per>{_PER})[- ](?:way|GPUs?|chips?|cards?|accelerators?)\s+"
    rf"{_VENDOR_NC}(?:(?P<model>{CHIP_MODEL})\s+)?(?:(?:GPU|HGX|DGX)\s+)?{_BOX}\b"
    rf"|(?<![\w.,$])(?P<count2>(?>{_COUNT}))\s+(?:[a-z-]+\s+)?{_BOX},?\s+(?:each\s+)?"
    rf"(?:of|with|containing|holding|housing|carrying|packing|having|hosting|(?:equipped|fitted|outfitted|loaded|packed|kitted\s+out)\s+with)\s+"
    rf"(?P<per2>{_PER})\s+{_VENDOR_NC}"
    rf"(?:(?P<model2>{CHIP_MODEL})(?:s\b|\s+{_NOUN.replace('?P<noun>', '?:')}\b|\b)|{_NOUN.replace('?P<noun>', '?:')}\b)"
    r"(?:\s+(?:each|apiece))?"
)


def _per_server(text: str) -> int:
    return int(text) if text.isdigit() else _PER_WORDS[text.lower()]


def _server_counts(sentence: str) -> list[Chips]:
    """Chip counts stated as servers × chips per server (value = the product)."""
    out = []
    for m in SERVERS_RE.finditer(sentence):
        count_text, per_text = (m.group("count"), m.group("per")) if m.group("count") else (m.group("count2"), m.group("per2"))
        try:
            servers = parse_count(count_text)
        except ValueError:
            continue
        per = _per_server(per_text)
        if servers < 1 or per < 2:
            continue
        value = servers * per
        model = normalise_chip_model(m.group("model") or m.group("model2"))
        out.append(Chips(value, value, value, model, None, None, m.group(0), m.start(), m.end()))
    return out

#: the first half of a range before a count: "between 10,000 and 20,000 GPUs", "8,000-10,000 H100s"
_RANGE_BEFORE = re.compile(r"(?:\bbetween\s+)?(?<![\w.,$])(?P<first>\d{1,3}(?:,\d{3})+|\d+)\s*(?:and|to|-|–)\s*$", re.IGNORECASE)


@dataclass
class Chips:
    """A chip count found in a text (offsets relative to that text)."""

    value: int
    low: int | None
    high: int | None
    item: str | None
    vendor: str | None
    qualifier: str | None
    text: str
    start: int
    end: int


def parse_count(text: str) -> int:
    """'2,000' -> 2000, '10k' -> 10000, '1.5 million' -> 1500000, '2.048' -> 2048, 'a million' -> 1000000."""
    t = " ".join(text.split())
    w = cre.fullmatch(r"(?i)(a|one|two|three|four|five|six|seven|eight|nine|ten|half a) (thousand|million)", t)
    if w:
        return round(_WORD_COUNTS[w.group(1).lower()] * (1e3 if w.group(2) == "thousand" else 1e6))
    t = t.translate(_SPACES)
    m = cre.fullmatch(r"(\d{1,3}(?:,\d{3})+|\d{1,3}(?:\.\d{3})+|\d+(?:\.\d+)?)(k|K|M|thousand|million)?", t)
    if not m:
        raise ValueError(f"not a count: {text!r}")
    num, mult = m.group(1), m.group(2)
    if not mult and cre.fullmatch(r"\d{1,3}(?:\.\d{3})+", num):
        num = num.replace(".", "")  # a chip count is whole: the dot groups thousands
    n = float(num.replace(",", ""))
    return round(n * {"k": 1e3, "K": 1e3, "M": 1e6, "thousand": 1e3, "million": 1e6}.get(mult or "", 1))


def normalise_chip_model(text: str | None) -> str | None:
    """Canonical chip model: 'TPU v5p', 'Ascend 910B', 'H800', 'Trainium2'."""
    if not text:
        return None
    t = " ".join(text.split())
    m = cre.fullmatch(r"TPU\s?(v\d+[a-z]?)", t)
    if m:
        return f"TPU {m.group(1)}"
    m = cre.fullmatch(r"Ascend\s?(\d{3}[A-Z]?)|(\d{3}[A-Z])\s+Ascend", t)
    if m:
        return f"Ascend {m.group(1) or m.group(2)}"
    m = cre.fullmatch(r"(Trainium|Inferentia) ?(\d*)", t)
    if m:
        return m.group(1) + m.group(2)
    return t


def _interval(value: int, qual: str | None) -> tuple[int | None, int | None]:
    if not qual:
        return value, value
    q = " ".join(qual.lower().split())
    if q in {"more than", "over", "at least", "upwards of", "in excess of", "plus"}:
        return value, None
    if q in {"up to", "as many as", "fewer than", "less than", "under"}:
        return 0, value
    return int(value * 0.9), round(value * 1.1)


#: words after which a year-like number ("in 2025 chips") is a year, not a count
_YEAR_LEAD = re.compile(
    r"(?:^|\b(?:in|by|since|from|until|till|during|for|early|late|mid|the|its|their|this|that|these|those|between|and|"
    r"to|through|before|after|In|By|Since|From|For|The|January|February|March|April|May|June|July|August|September|"
    r"October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?|[^\w\s])\s*$"
)


def _looks_like_year(before: str) -> bool:
    """Whether a year-like count ("2025 chips") reads as a year: after "in", "the",
    a month, punctuation or at the start; "used 2000 GPUs" is a count."""
    return bool(_YEAR_LEAD.search(before[-20:]))


_COUNT_HINT = re.compile(r"\d|[Tt]housand|[Mm]illion")


def find_chips(sentence: str) -> list[Chips]:
    """All chip counts in ``sentence``.

    A count needs a chip noun or a chip model after it; years ("2025 chips")
    and vendor-only phrases are not counts. Vendors are kept apart so that
    the caller never takes a supplier for the claim's subject.
    """
    if not _COUNT_HINT.search(sentence):
        return []  # no digit and no counted word: no count
    original = sentence
    # quote marks become spaces (same length, so offsets hold): 'Nvidia "Hopper" chips'
    sentence = sentence.translate(_QUOTES_TO_SPACE)
    servers = _server_counts(sentence)
    for c in servers:
        c.text = original[c.start:c.end]
    out: list[Chips] = []
    for m in CHIPS_RE.finditer(sentence):
        if any(c.start < m.end() and m.start() < c.end for c in servers):
            continue
        count_text = m.group("count")
        try:
            value = parse_count(count_text)
        except ValueError:
            continue
        if value < 2:
            continue
        if not m.group("model") and cre.fullmatch(r"\d{1,2}", count_text) and cre.search(r"\bchip$", m.group(0)) \
                and cre.search(r"(?<![\w-])[A-Z][\w-]*\s+$", sentence[:m.start()]):
            continue  # "the Gaudi 2 chip": a product's name and number, not two chips
        if cre.fullmatch(r"(19|20)\d\d", count_text) and not m.group("model") and not m.group("qual") \
                and _looks_like_year(sentence[:m.start()]):
            continue
        vendor = (m.group("vendor") or "").strip() or m.group("vendor2") or m.group("vendor3")
        if vendor:
            vendor = cre.sub(r"'s$", "", (vendor.split()[-1] if m.group("vendor") else vendor).strip("[]"))
        qual = "plus" if m.group("plus") else m.group("qual")
        low, high = _interval(value, qual)
        start = m.start()
        q = " ".join(qual.lower().split()) if qual else None
        rng = _RANGE_BEFORE.search(sentence[:m.start()]) if not qual else None
        if rng:
            try:
                first = parse_count(rng.group("first"))
            except ValueError:
                first = None
            if first is not None and 2 <= first < value:
                low, high, start, q = first, value, rng.start(), "between" if rng.group(0).lower().startswith("between") else "range"
                value = (first + value) // 2
        item = normalise_chip_model(m.group("model") or m.group("code"))
        if item is None and cre.fullmatch(r"TPUs|(?i:(?:AI\s+)?tensor\s+processing\s+units?)", m.group("noun") or ""):
            item = "TPU"  # the TPU family, its generation unnamed
        out.append(Chips(value, low, high, item, vendor or None,
                         q, original[start:m.end()], start, m.end()))
        shared = _SHARED_NOUN_BEFORE.search(sentence, max(0, start - 80), start) if not rng else None
        if shared:
            first = parse_count(shared.group("count"))
            if first >= 2:
                a, b = shared.start("count"), shared.end("count")
                out.append(Chips(first, first, first, out[-1].item, out[-1].vendor, None, original[a:b], a, b))
    for m in LIST_RE.finditer(sentence):
        if any(c.start < m.end() and m.start() < c.end for c in out):
            continue
        value = parse_count(m.group("count"))
        if value >= 2:
            out.append(Chips(value, value, value, normalise_chip_model(m.group("model")), None, None,
                             original[m.start("count"):m.end("count")], m.start("count"), m.end("count")))
    fact = FACT_RE.match(sentence) if ":" in sentence else None
    if fact and not out:
        value = parse_count(fact.group("count"))
        qual = "plus" if fact.group("plus") else fact.group("qual")
        q = " ".join(qual.lower().split()) if qual else None
        low, high = _interval(value, q)
        if value >= 2:
            out.append(Chips(value, low, high, normalise_chip_model(fact.group("model")), None, q,
                             original[fact.start("count"):fact.end("count")], fact.start("count"), fact.end("count")))
    for m in CLUSTER_RE.finditer(sentence):
        if any(c.start < m.end() and m.start() < c.end for c in out):
            continue
        value = parse_count(m.group("count"))
        out.append(Chips(value, value, value, normalise_chip_model(m.group("model")), None, None,
                         original[m.start():m.end()], m.start(), m.end()))
    for c in servers:
        # "64 eight-way H800 boxes, 512 GPUs in all": the stated total is the claim
        stated = [o for o in out if o.value == c.value]
        for o in stated:
            o.item = o.item or c.item
        if not stated:
            out.append(c)
    out.sort(key=lambda c: c.start)
    return out


def parse_chips(text: str) -> Chips | None:
    """Parse the first chip count in ``text``."""
    found = find_chips(text)
    return found[0] if found else None
