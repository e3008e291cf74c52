"""The records that flow between claimcheck's stages.

Every stage speaks in these plain dataclasses: the crawler and ``ingest`` make
:class:`Article`; ``extract`` makes :class:`Claim`, :class:`Quote` and
:class:`Mention`; the reconciler makes :class:`Flag` with :class:`Evidence`.
The store turns them into rows and back. Nothing here imports spaCy, Scrapy
or SQLite, so any stage can be used (and tested) on its own.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any

#: Claim kinds (DESIGN.md §4). The set is extensible.
CLAIM_KINDS = ("cost", "chips", "date")

#: Attributes a claim can measure; anything else is ``other``.
ATTRIBUTES = (
    "training_cost",
    "total_spend",
    "gpu_count",
    "gpu_holdings",
    "release_date",
    "publication_date",
    "founding_date",
    "announcement_date",
    "other",
)

#: How firmly a claim is made.
HEDGES = ("asserted", "claimed", "estimated", "reported", "speculative")

#: Flag kinds the reconciler raises.
FLAG_KINDS = (
    "value_conflict",
    "internal_conflict",
    "scope_conflation",
    "unverified_quote",
    "altered_quote",
    "misattributed_quote",
)

SEVERITIES = ("low", "medium", "high")


def stable_id(*parts: object, length: int = 16) -> str:
    """A short hex id that depends only on ``parts`` (stable across runs)."""
    joined = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha1(joined.encode("utf-8")).hexdigest()[:length]


def text_hash(text: str) -> str:
    """Hash of an article text, used to notice edits between crawls."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


@dataclass
class Article:
    """One news article: where it came from and its plain text.

    ``status`` is ``ok`` for a real article; pages that are paywalled,
    JavaScript-only, empty or not articles carry another status and no text.
    """

    url: str
    text: str = ""
    title: str | None = None
    canonical_url: str | None = None
    outlet: str | None = None
    byline: str | None = None
    published: str | None = None
    modified: str | None = None
    site_name: str | None = None
    lang: str | None = None
    status: str = "ok"
    found_via: str = "url"
    fetched_at: str | None = None

    @property
    def id(self) -> str:
        return stable_id(self.canonical_url or self.url)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["id"] = self.id
        return data


@dataclass
class Claim:
    """A factual claim found in a text.

    ``value`` is the figure as stated (a number for money and chips, an ISO
    8601 string for dates); ``low``/``high`` is the interval the figure stands
    for (``None`` for an open bound). ``start``/``end`` are character offsets of
    ``text`` in the article text.
    """

    kind: str
    attribute: str
    value: Any
    subject: str | None = None
    subject_text: str | None = None
    subject_inferred: bool = False
    low: Any = None
    high: Any = None
    unit: str | None = None
    item: str | None = None
    precision: str | None = None
    qualifier: str | None = None
    hedge: str = "asserted"
    claimant: str | None = None
    text: str = ""
    sentence: str = ""
    start: int = 0
    end: int = 0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Quote:
    """A quotation with its speaker (``None`` when nobody is credited)."""

    text: str
    speaker: str | None = None
    speaker_desc: str | None = None
    cue: str | None = None
    start: int = 0
    end: int = 0
    sentence: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Mention:
    """A person, organisation or model an article names, with how often."""

    name: str
    kind: str  # person, org, model, other
    subject: str | None = None  # canonical slug when one is known
    count: int = 1

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Subject:
    """A canonical subject: an organisation, a model, a person."""

    id: str
    name: str
    kind: str = "other"
    parent: str | None = None
    aliases: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Extraction:
    """What ``claimcheck.extract`` finds in one text."""

    claims: list[Claim] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    subjects: list[Subject] = field(default_factory=list)
    main_subject: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "claims": [c.to_dict() for c in self.claims],
            "quotes": [q.to_dict() for q in self.quotes],
            "mentions": [m.to_dict() for m in self.mentions],
            "subjects": [s.to_dict() for s in self.subjects],
            "main_subject": self.main_subject,
        }


@dataclass(slots=True)
class Evidence:
    """One piece of a flag's evidence: a stored claim or quote."""

    type: str  # "claim" or "quote"
    ref: str  # the claim's or quote's id in the store
    role: str | None = None  # e.g. "disputed", "referent", "rendering"


@dataclass
class Flag:
    """A finding of the reconciler.

    ``key`` is what makes the finding the same finding on every run (the flag
    id is derived from it), so reviewer verdicts and first-seen dates survive
    re-runs while new evidence attaches to the same flag.
    """

    kind: str
    key: str
    severity: str
    summary: str
    subject: str | None = None
    attribute: str | None = None
    details: dict[str, Any] = field(default_factory=dict)
    evidence: list[Evidence] = field(default_factory=list)
    score: float = 0.0

    @property
    def id(self) -> str:
        return stable_id(self.kind, self.key, length=12)
