"""Names and the subject index: the shared vocabulary of subject discovery.

Part of the extract stage. Slugs, name cleaning, the registry loader, the
:class:`SubjectIndex` of mentions that ``subjects`` and ``models`` fill and
``claims``/``quotes`` read, and small helpers over a spaCy ``Doc``
(sentences, token spans) that avoid ``Doc.char_span``'s cost.
"""

from __future__ import annotations

import bisect
import re
import tomllib
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from spacy.attrs import IDX, LENGTH, SENT_START

from claimcheck.extraction import cre

REGISTRY_PATH = Path(__file__).with_name("registry.toml")

TITLES_RE = re.compile(
    r"^(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof|Professor|Sir|Dame|Rev|Gen|Sen|Rep|Lt|Sgt|Capt|Col|Cpl|Det|Insp|Supt|Cmdr|Adm|"
    r"Gov|Hon|Cllr|Fr|PM)\.?\s+)+"
)
_CORP_SUFFIX = re.compile(
    r"\s+(?:Inc\.?|Corp\.?|Corporation|Ltd\.?|LLC|Co\.?|PLC|AI|Labs?|Technologies|Technology|Group|Holdings|"
    r"Properties|Super-?computers?)$", re.IGNORECASE  # "PARAM Rudra Supercomputers" is the machine "PARAM Rudra"
)
#: endings that only say what legal form a company takes: a name's slug goes without them
#: ("Acme Holdings Ltd." → "acme-holdings"), whereas "Acme Labs" and "Acme AI" keep theirs (the
#: subject index folds them into "acme" when the article mostly writes "Acme" alone)
_LEGAL_SUFFIX = re.compile(r"\s+(?:Inc\.?|Corp\.?|Corporation|Ltd\.?|LLC|Co\.?|PLC|AI|Super-?computers?)$", re.IGNORECASE)
#: adjectives that open many public names ("National AI Program") and are no name alone
GENERIC_ADJECTIVE = re.compile(r"national|international|global|federal|central|royal|general|united|regional|public",
                               re.IGNORECASE)
_APOS = "'’‘"  # a left quote mark typed for an apostrophe too ("Trump‘s")


@dataclass(frozen=True)
class Country:
    """A country (or the EU) as the registry describes it: the names text gives it and
    the adjectives that describe its government."""

    slug: str
    names: tuple[str, ...]
    demonyms: tuple[str, ...] = ()
    dollar: str | None = None  # what a bare "$" means in its government's figures


@dataclass
class Registry:
    """Aliases, model families, parents, never-subject words and countries (from TOML)."""

    aliases: dict[str, str] = field(default_factory=dict)
    families: dict[str, str] = field(default_factory=dict)
    parents: dict[str, str] = field(default_factory=dict)
    never: set[str] = field(default_factory=set)
    places: set[str] = field(default_factory=set)
    academic: list[str] = field(default_factory=list)
    countries: list[Country] = field(default_factory=list)

    def is_excluded(self, name: str) -> bool:
        low = name.lower()
        return low in self.never or low in self.places


@lru_cache(maxsize=8)
def load_registry(path: str | None = None) -> Registry:
    """Load the registry TOML (default: the one shipped next to this module)."""
    data: dict[str, Any] = tomllib.loads(Path(path or REGISTRY_PATH).read_text("utf-8"))
    return Registry(
        aliases={k.lower(): v for k, v in data.get("aliases", {}).items()},
        families={k.lower(): v for k, v in data.get("families", {}).items()},
        parents=dict(data.get("parents", {})),
        never={w.lower() for w in data.get("never", {}).get("words", [])},
        places={w.lower() for w in data.get("places", {}).get("names", [])},
        academic=list(data.get("academic", {}).get("words", [])),
        countries=[Country(slug, tuple(c.get("names", [])), tuple(c.get("demonyms", [])), c.get("dollar"))
                   for slug, c in data.get("countries", {}).items()],
    )


def token_span(doc: Any, start: int, end: int, *, strict: bool = False) -> Any:
    """``doc[i:j]`` covering characters [start, end) (like ``char_span(…, "expand")``).

    ``Doc.char_span`` rebuilds ``doc.text`` on every call; this uses a cached
    index of token offsets instead. With ``strict``, None unless the span's
    edges fall on token edges.
    """
    starts = doc.user_data.get("claimcheck_tok_starts")
    if starts is None:
        starts = doc.to_array(IDX).tolist() if len(doc) else []
        doc.user_data["claimcheck_tok_starts"] = starts
    if not starts or start >= end:
        return None
    i = bisect.bisect_right(starts, start) - 1
    j = bisect.bisect_left(starts, end)
    i = max(i, 0)
    if strict and (starts[i] != start or (j < len(starts) and doc[j - 1].idx + len(doc[j - 1]) != end)
                   or j >= len(starts) and doc[-1].idx + len(doc[-1]) != end):
        return None
    return doc[i:j]


_SENT_END = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“A-Z0-9$£€])|\n+")


#: ``doc.user_data`` keys of the cached :func:`doc_sentences` / :func:`doc_text` (the components drop them).
SENTS_KEY = "claimcheck_sents"
TEXT_KEY = "claimcheck_text"


def doc_text(doc: Any) -> str:
    """``doc.text``, cached: spaCy rebuilds it from every token on each access."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.text
        doc.user_data[TEXT_KEY] = text
    return text


def _spacy_sentences(doc: Any) -> list[tuple[int, int]]:
    """``[(s.start_char, s.end_char) for s in doc.sents]``, read from token
    arrays instead of building a Span (and its Tokens) per sentence."""
    if "sents" in doc.user_hooks:
        return [(s.start_char, s.end_char) for s in doc.sents]
    if not len(doc):
        return []
    arr = doc.to_array([IDX, LENGTH, SENT_START]).tolist()
    out, start = [], 0
    for i in range(1, len(arr)):
        if arr[i][2] == 1:
            out.append((arr[start][0], arr[i - 1][0] + arr[i - 1][1]))
            start = i
    out.append((arr[start][0], arr[-1][0] + arr[-1][1]))
    return out


def doc_sentences(doc: Any) -> list[tuple[int, int]]:
    """Sentence character spans: spaCy's when the pipeline sets boundaries
    (parser, senter, sentencizer), else a punctuation-and-newline splitter."""
    sents = doc.user_data.get(SENTS_KEY)  # only ever set when the doc has SENT_START
    if sents is not None:
        return list(sents)
    if doc.has_annotation("SENT_START"):  # (this check walks the doc's tokens)
        sents = _spacy_sentences(doc)
        doc.user_data[SENTS_KEY] = sents
        return list(sents)
    text = doc_text(doc)
    out, a = [], 0
    for m in _SENT_END.finditer(text):
        if text[a:m.start()].strip():
            out.append((a, m.start()))
        a = m.end()
    if text[a:].strip():
        out.append((a, len(text)))
    return out


def slugify(name: str) -> str:
    """'DeepMind Labs' -> 'deepmind-labs'; 'GPT-4o' -> 'gpt-4o'."""
    s = name.lower().replace("’", "'").replace("'s", "")
    s = cre.sub(r"(?<!\d)\.|\.(?!\d)", " ", s)
    s = cre.sub(r"[^a-z0-9.]+", "-", s)
    return s.strip("-.")


def clean_name(name: str) -> str:
    """Strip articles, possessives, titles and stray punctuation from a name."""
    n = " ".join(name.split())
    n = cre.sub(r"^(?:the|The|a|A|an|An)\s+", "", n)
    n = cre.sub(rf"[{_APOS}]s?$", "", n)
    # "Acme's Widget Large": the possessor is someone else; the name is what follows
    n = cre.sub(rf"^[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)?[{_APOS}]s\s+(?=[A-Z0-9])", "", n)
    n = TITLES_RE.sub("", n)
    return n.strip(" ,.;:()\"“”")


@dataclass
class SubjectMention:
    """One mention of a subject in the text."""

    start: int
    end: int
    text: str
    slug: str
    kind: str  # org, model, person


@dataclass
class SubjectIndex:
    """Everything known about an article's subjects."""

    mentions: list[SubjectMention] = field(default_factory=list)
    names: dict[str, Counter[str]] = field(default_factory=dict)  # slug -> surface forms
    kinds: dict[str, str] = field(default_factory=dict)
    parents: dict[str, str] = field(default_factory=dict)
    counts: Counter[str] = field(default_factory=Counter)
    title_counts: Counter[str] = field(default_factory=Counter)
    academic: set[str] = field(default_factory=set)
    main_org: str | None = None
    systems: set[str] = field(default_factory=set)  # named computer systems (their figures are their owners')
    ventures: set[str] = field(default_factory=set)  # joint ventures and initiatives named as such
    bare_codes: dict[str, str] = field(default_factory=dict)  # model slug -> bare code
    states: dict[str, str | None] = field(default_factory=dict)  # countries the article names acting -> their "$"
    _starts: list[int] = field(default_factory=list, repr=False)

    def display(self, slug: str) -> str:
        """The name a subject goes by: its most frequent form, the longest on ties."""
        forms = self.names.get(slug)
        if not forms:
            return slug
        base = max(forms.items(), key=lambda kv: (kv[1], len(kv[0])))[0]
        # the full name when the usual one is its short form ("Acme" → "Acme Robotics")
        fuller = [f for f, n in forms.items() if n and f.lower().startswith(base.lower() + " ")]
        return max(fuller, key=lambda f: (forms[f], len(f))) if fuller else base

    def models_of(self, org: str) -> list[str]:
        """Models whose parent is ``org``, most mentioned first."""
        models = [s for s, p in self.parents.items() if p == org and self.kinds.get(s) == "model"]
        return sorted(models, key=lambda s: (-self.counts[s], s))

    def at(self, start: int, end: int) -> list[SubjectMention]:
        return [m for m in self.mentions if m.start < end and start < m.end]

    def between(self, start: int, end: int, kinds: tuple[str, ...] = ("org", "model")) -> list[SubjectMention]:
        """Mentions of ``kinds`` lying inside [start, end), in text order."""
        if len(self._starts) != len(self.mentions):
            self._starts = [m.start for m in self.mentions]
        i = bisect.bisect_left(self._starts, start)
        out = []
        for m in self.mentions[i:]:
            if m.start >= end:
                break
            if m.end <= end and m.kind in kinds:
                out.append(m)
        return out

    def last_before(self, pos: int, kinds: tuple[str, ...] = ("org", "model"),
                    skip: set[str] | None = None) -> SubjectMention | None:
        best = None
        for m in self.mentions:
            if m.end > pos:
                break
            if m.kind in kinds and m.slug not in (skip or set()) and m.slug not in self.academic:
                best = m
        return best


def _add(index: SubjectIndex, slug: str, kind: str, name: str, parent: str | None = None) -> None:
    index.kinds.setdefault(slug, kind)
    index.names.setdefault(slug, Counter())[name] += 0
    if parent and parent != slug:
        index.parents.setdefault(slug, parent)


def _org_slug(name: str, reg: Registry, common_words: set[str] | frozenset[str] = frozenset()) -> str:
    """The slug of an organisation's name, without its legal endings ("Acme Technology Co" →
    "acme-technology", "Acme AI" → "acme"). Labellers and readers keep "Labs", "Technology" or
    "Group" when that is how the article names the company; the subject index folds the name
    into its head when the article mostly writes the head alone.

    An ending stays when what is left is a word the article uses in lower case
    ("Horizon Labs" stays "horizon-labs" in a text that speaks of "the horizon").
    """
    n = clean_name(name)
    alias = reg.aliases.get(n.lower())
    if alias:
        return alias
    head = n
    while True:
        shorter = _LEGAL_SUFFIX.sub("", head)
        if shorter == head or not shorter:
            break
        head = shorter
    if " " not in head and head.lower() in common_words:
        return slugify(n)
    return slugify(head or n)


def _sentence_start(text: str, pos: int) -> int:
    dot = text.rfind(". ", 0, pos)
    return max(dot + 2 if dot >= 0 else 0, text.rfind("\n", 0, pos) + 1)
