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

#: Chip model names: H800, H100, H20, A100, B200, GB200, MI300X, TPU v5p, Ascend 910B.
CHIP_MODEL = (
    r"(?:TPU\s?v\d+[a-z]?|Ascend\s?\d{3}[A-Z]?|Gaudi\s?\d|MI\d{3}[A-Z]?|"
    r"(?:GB|[ABHLV])\d{2,3}[A-Z]?)"
)
CHIP_MODEL_RE = re.compile(rf"\b{CHIP_MODEL}\b")

_GROUP_SEPARATORS = str.maketrans("", "", ", \u00a0\u202f\u2009")

_COUNT = r"\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?!\d)|\d+(?:\.\d+)?(?:\s?(?:k|K|thousand|million)\b)?"
_QUAL = (
    r"(?P<qual>more\s+than|over|at\s+least|upwards\s+of|nearly|almost|around|about|roughly|"
    r"approximately|some|an\s+estimated|up\s+to|fewer\s+than|less\s+than|under)\s+(?:just\s+|only\s+)?"
)
_VENDOR = r"(?P<vendor>(?:[A-Z][A-Za-z]+(?:'s)?\s+){1,2})?"
_NOUN = r"(?P<noun>(?:graphics\s+)?(?:chips?|GPUs?|accelerators?|processors?|cards|semiconductors|TPUs))"

CHIPS_RE = re.compile(
    rf"(?<![\w.,$])(?:{_QUAL})?(?P<count>{_COUNT})\s+(?:of\s+)?(?:the\s+|those\s+|these\s+|its\s+|their\s+)?(?:(?:advanced|high-end|specialised|specialized|AI|older|newer|less\s+powerful|powerful|rented|leased|"
    r"used|second-hand|domestic|additional|more|extra|top-end|cutting-edge|same|such)\s+)*"
    rf"(?:(?:[a-z-]+\s+){{0,2}}(?={_VENDOR.replace('?P<vendor>', '?:')}{CHIP_MODEL}))?"
    rf"{_VENDOR}(?:(?P<model>{CHIP_MODEL})(?:s\b|\s+{_NOUN.replace('?P<noun>', '?P<noun2>')}|\b)"
    rf"|(?P<code>[A-Z][A-Za-z]{{0,3}}\d[\w-]*)\s+{_NOUN.replace('?P<noun>', '?P<noun3>')}\b|{_NOUN}\b)"
    rf"(?:\s+(?:from|made\s+by|supplied\s+by|by)\s+(?P<vendor2>[A-Z][A-Za-z]+))?"
    r"(?![\s-]*(?:hours?|days?|years?|seconds?)\b)"
)


#: a list item or fact box: "1,280: the number of Nvidia H800 GPUs used …", "12,000: the GPUs Acme owns"
LIST_RE = re.compile(
    rf"(?:^|(?<=[-•*]\s))(?P<count>{_COUNT}):\s+(?:the\s+)?(?:(?:total\s+)?number\s+of\s+)?"
    rf"{_VENDOR.replace('?P<vendor>', '?:')}(?:(?P<model>{CHIP_MODEL})(?:s\b|\s+{_NOUN}\b|\b)|{_NOUN.replace('?P<noun>', '?P<noun2>')}\b)"
)

#: "a 16,384-GPU cluster of H100s"
CLUSTER_RE = re.compile(
    rf"(?<![\w.,$])(?P<count>{_COUNT})-(?:GPU|chip|accelerator)\s+(?:cluster|supercomputer|system|machine)"
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
    rf"(?<![\w.,$])(?P<count>{_COUNT})\s+(?:[a-z-]+\s+)?(?P<per>{_PER})[- ](?:way|GPUs?|chips?|cards?|accelerators?)\s+"
    rf"{_VENDOR_NC}(?:(?P<model>{CHIP_MODEL})\s+)?(?:(?:GPU|HGX|DGX)\s+)?{_BOX}\b"
    rf"|(?<![\w.,$])(?P<count2>{_COUNT})\s+(?:[a-z-]+\s+)?{_BOX},?\s+(?:each\s+)?"
    rf"(?:of|with|containing|holding|housing|carrying|packing|equipped\s+with)\s+(?P<per2>{_PER})\s+{_VENDOR_NC}"
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
    """'2,000' -> 2000, '10k' -> 10000, '1.5 million' -> 1500000."""
    t = text.strip().translate(_GROUP_SEPARATORS)
    m = cre.fullmatch(r"(\d+(?:\.\d+)?)\s?(k|K|thousand|million)?", t)
    if not m:
        raise ValueError(f"not a count: {text!r}")
    n = float(m.group(1))
    mult = {"k": 1e3, "K": 1e3, "thousand": 1e3, "million": 1e6}.get(m.group(2) or "", 1)
    return round(n * mult)


def normalise_chip_model(text: str | None) -> str | None:
    """Canonical chip model: 'TPU v5p', 'Ascend 910B', 'H800'."""
    if not text:
        return None
    t = " ".join(text.split())
    m = cre.fullmatch(r"TPU\s?(v\d+[a-z]?)", t)
    if m:
        return f"TPU {m.group(1)}"
    m = cre.fullmatch(r"Ascend\s?(\d{3}[A-Z]?)", t)
    if m:
        return f"Ascend {m.group(1)}"
    return t


def _interval(value: int, qual: str | None) -> tuple[int | None, int | None]:
    if not qual:
        return value, value
    q = " ".join(qual.lower().split())
    if q in {"more than", "over", "at least", "upwards of"}:
        return value, None
    if q in {"up to", "fewer than", "less than", "under"}:
        return 0, value
    return int(value * 0.9), round(value * 1.1)


def find_chips(sentence: str) -> list[Chips]:
    """All chip counts in ``sentence``.

    A count needs a chip noun or a chip model after it; years ("2025 chips")
    and vendor-only phrases are not counts. Vendors are kept apart so that
    the caller never takes a supplier for the claim's subject.
    """
    servers = _server_counts(sentence)
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
        if cre.fullmatch(r"(19|20)\d\d", count_text) and not m.group("model"):
            continue
        vendor = (m.group("vendor") or "").strip() or m.group("vendor2")
        if vendor:
            vendor = cre.sub(r"'s$", "", vendor.split()[-1] if m.group("vendor") else vendor)
        qual = m.group("qual")
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
        out.append(Chips(value, low, high, normalise_chip_model(m.group("model") or m.group("code")), vendor or None,
                         q, sentence[start:m.end()], start, m.end()))
    for m in LIST_RE.finditer(sentence):
        if any(c.start < m.end() and m.start() < c.end for c in out):
            continue
        value = parse_count(m.group("count"))
        if value >= 2:
            out.append(Chips(value, value, value, normalise_chip_model(m.group("model")), None, None,
                             m.group("count"), m.start("count"), m.end("count")))
    for m in CLUSTER_RE.finditer(sentence):
        if any(c.start < m.end() and m.start() < c.end for c in out):
            continue
        value = parse_count(m.group("count"))
        out.append(Chips(value, value, value, normalise_chip_model(m.group("model")), None, None,
                         m.group(0), m.start(), m.end()))
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
