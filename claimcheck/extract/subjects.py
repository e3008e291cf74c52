"""Subjects: discover the organisations, models and people an article names.

Part of the extract stage. Runs on a parsed spaCy ``Doc`` and returns a
:class:`SubjectIndex`: every mention with its character span, canonical slug
and kind, plus the article's main organisation (most mentioned, title
weighted). Nothing here knows particular companies: names come from NER
(ORG/PRODUCT/GPE/PERSON, which are noisy), from proper-noun shapes
(CamelCase names, "X AI"/"X Labs" names) and from model-name patterns
("Maker-X3", "Maker Q5", "GPT-4", "its Q7 model"); the registry
(``registry.toml``) only adds aliases, parents and never-subject words.
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

from claimcheck.extract.chips import CHIP_MODEL_RE

REGISTRY_PATH = Path(__file__).with_name("registry.toml")

TITLES_RE = re.compile(r"^(?:(?:Dr|Mr|Mrs|Ms|Prof|Professor|Sir|Dame|Rev|Gen|Sen|Rep)\.?\s+)+")
_CORP_SUFFIX = re.compile(
    r"\s+(?:Inc\.?|Corp\.?|Corporation|Ltd\.?|LLC|Co\.?|PLC|AI|Labs?|Technologies|Technology|Group|Holdings)$", re.IGNORECASE
)
_ORG_SHAPE = re.compile(
    r"\b(?:[A-Z][\w&-]*[ \t]+){0,2}[A-Z][\w&-]*[ \t]+(?:AI|Labs?|Inc\.?|Corp\.?|Technologies|Systems|Ventures|Capital|Analytics|Robotics|Research|Partners|Semiconductor|Computing|Compute|Cloud|Intelligence|Dynamics|Networks|Software|Solutions|Industries)\b"
)
_ORG_NOUNS = r"(?:company|firm|startup|start-up|lab|laboratory|developer|maker|provider|chipmaker|group|unicorn)"
_APPOSITIVE_ORG = re.compile(
    rf"\b(?P<a>[A-Z][\w-]+(?:[ \t]+[A-Z][\w-]+){{0,2}}),\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,4}}?{_ORG_NOUNS}\b"
    rf"|\b{_ORG_NOUNS}[ \t]+(?P<b>[A-Z][\w-]+(?:[ \t]+[A-Z][\w-]+){{0,2}})"
)
_ROLES = (
    r"(?i:co-?founder|founder|chief\s+executive|chief\s+[a-z]+\s+officer|chief\s+scientist|CEO|CTO|CFO|COO|analyst|"
    r"researcher|professor|scientist|engineer|spokesperson|spokesman|spokeswoman|director|president|chairman|"
    r"chairwoman|partner|economist|investor|executive|founder\s+and\s+CEO|head\s+of\s+[a-z]+)"
)
_PNAME = r"[A-Z][a-z]+(?:[ \t]+(?:[A-Z]\.[ \t]+)?[A-Z][a-z'’-]+){1,2}"
_ROLE_PERSON = re.compile(
    rf"\b{_ROLES}[ \t]+(?P<p>{_PNAME})\b"
    rf"|\b(?P<q>{_PNAME}),[ \t]+(?:the[ \t]+|a[ \t]+|an[ \t]+|its[ \t]+|their[ \t]+)?(?:[a-z-]+[ \t]+){{0,2}}{_ROLES}\b"
)
_CORP_WORD = re.compile(r"\b(?:AI|Labs?|Inc|Corp|Systems|Capital|Ventures|Research|Partners|University|Institute)\b")
_REPORT_VERBS = r"(?:says|said|claims|claimed|announced|reported|revealed|estimates|disclosed|released|launched|unveiled|trained)"
_COMPANY_USE = re.compile(
    rf"\b(?P<n>[A-Z][a-z]+[a-z0-9]*)(?:,\s+which\s+[^,]{{3,60}},|\s+(?:also|has|had|now))?\s+{_REPORT_VERBS}\b"
    rf"|\b(?P<n2>[A-Z][a-z]+)[’']s\s+(?:[\w-]+\s+){{0,2}}model\b"
)
_CAMEL = re.compile(r"\b[A-Z][a-z]+[A-Z][A-Za-z]+\b|\b[A-Z][a-z]+AI\b")
_CODE = r"[A-Z]{1,2}\d{1,2}(?:\.\d)?[a-z]?"
_CODE_RE = re.compile(rf"\b{_CODE}\b")
_HYPHEN_MODEL = re.compile(r"\b([A-Z][A-Za-z]+)-((?:[A-Za-z]{1,2})?\d+(?:\.\d+)?[a-z]?)\b")
_APOS = "'’"


@dataclass
class Registry:
    """Aliases, model families, parents and never-subject words (from TOML)."""

    aliases: dict[str, str] = field(default_factory=dict)
    families: dict[str, str] = field(default_factory=dict)
    parents: dict[str, str] = field(default_factory=dict)
    never: set[str] = field(default_factory=set)
    places: set[str] = field(default_factory=set)
    academic: list[str] = field(default_factory=list)

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
    )


def token_span(doc: Any, start: int, end: int, *, strict: bool = False) -> Any:
    """``doc[i:j]`` covering characters [start, end) (like ``char_span(…, "expand")``).

    ``Doc.char_span`` rebuilds ``doc.text`` on every call; this uses a cached
    index of token offsets instead. With ``strict``, None unless the span's
    edges fall on token edges.
    """
    starts = doc.user_data.get("claimcheck_tok_starts")
    if starts is None:
        starts = [t.idx for t in doc]
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


def doc_sentences(doc: Any) -> list[tuple[int, int]]:
    """Sentence character spans: spaCy's when the pipeline sets boundaries
    (parser, senter, sentencizer), else a punctuation-and-newline splitter."""
    if doc.has_annotation("SENT_START"):
        return [(s.start_char, s.end_char) for s in doc.sents]
    text = doc.text
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
    s = re.sub(r"(?<!\d)\.|\.(?!\d)", " ", s)
    s = re.sub(r"[^a-z0-9.]+", "-", s)
    return s.strip("-.")


def clean_name(name: str) -> str:
    """Strip articles, possessives, titles and stray punctuation from a name."""
    n = " ".join(name.split())
    n = re.sub(r"^(?:the|The|a|A|an|An)\s+", "", n)
    n = re.sub(rf"[{_APOS}]s?$", "", n)
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
    bare_codes: dict[str, str] = field(default_factory=dict)  # model slug -> bare code
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


def _org_slug(name: str, reg: Registry) -> str:
    n = clean_name(name)
    alias = reg.aliases.get(n.lower())
    if alias:
        return alias
    head = _CORP_SUFFIX.sub("", n)
    return slugify(head or n)


def _looks_like_name(name: str, text_lower_words: set[str]) -> bool:
    if not name or not name[0].isupper() or len(name) < 2:
        return False
    if CHIP_MODEL_RE.fullmatch(name) or re.fullmatch(r"[\d,.$%]+", name):
        return False
    # a common word capitalised at a line start ("Background") is not a name
    return not (len(name.split()) == 1 and name.lower() in text_lower_words and not re.search(r"[A-Z].*[A-Z]", name))


def discover(doc: Any, title: str | None = None, registry: Registry | None = None) -> SubjectIndex:
    """Find the subjects of ``doc`` (a parsed spaCy Doc) and index their mentions."""
    reg = registry or load_registry()
    text = doc.text
    lower_words = set(re.findall(r"\b[a-z][a-z-]+\b", text))
    index = SubjectIndex()
    org_forms: dict[str, str] = {}  # surface form (lower) -> slug
    person_forms: dict[str, str] = {}

    headings = _heading_spans(text)

    def in_heading(pos: int) -> bool:
        return any(a <= pos < b for a, b in headings)

    for m in _ROLE_PERSON.finditer(text):
        name = m.group("p") or m.group("q")
        if name and not reg.is_excluded(name) and not in_heading(m.start()) and not _CORP_WORD.search(name):
            slug = slugify(name)
            _add(index, slug, "person", name)
            person_forms.setdefault(name.lower(), slug)
            person_forms.setdefault(name.split()[-1].lower(), slug)
    for ent in doc.ents:
        toks = list(ent)
        while len(toks) > 1 and toks[0].pos_ != "PROPN":
            toks = toks[1:]  # "Rival Acme Robotics" -> "Acme Robotics"
        if ent.label_ != "PERSON" and not any(t.pos_ == "PROPN" for t in toks):
            continue
        if len(toks) >= 3 and toks[0].is_sent_start and \
                _ORG_SHAPE.fullmatch(text[toks[1].idx:ent.end_char]):
            toks = toks[1:]  # a capitalised sentence opener glued to a name
        name = clean_name(text[toks[0].idx:ent.end_char].split("\n")[0])
        if ent.label_ == "PERSON" and _ORG_SHAPE.fullmatch(name):
            org_forms.setdefault(name.lower(), _org_slug(name, reg))  # NER took "Acme Labs" for a person
            continue
        if not name or reg.is_excluded(name) or in_heading(ent.start_char) or re.search(r"[()\[\]]", name):
            continue
        if name.lower() in reg.families:
            continue
        if ent.label_ == "PERSON":
            if len(name.split()) >= 2 and all(w[0].isupper() for w in name.split()) and \
                    not any(c.isdigit() for c in name) and not _CAMEL.search(name):
                slug = slugify(name)
                _add(index, slug, "person", name)
                person_forms[name.lower()] = slug
                # surname alone refers to the same person
                person_forms.setdefault(name.split()[-1].lower(), slug)
        elif ent.label_ in {"ORG", "PRODUCT", "GPE"}:
            if ent.label_ == "GPE" and not _CAMEL.search(name) and (len(name.split()) > 1 or _place_like(name, text)):
                continue
            if not _looks_like_name(name, lower_words) or _CODE_RE.fullmatch(name):
                continue
            if _HYPHEN_MODEL.fullmatch(name) or re.search(r"\s\d", name):
                continue
            if len(name.split()) > 5:
                continue
            if ent.label_ in {"GPE", "PRODUCT"} and len(name.split()) > 1 and not _ORG_SHAPE.fullmatch(name):
                continue
            org_forms.setdefault(name.lower(), _org_slug(name, reg))
    for m in _APPOSITIVE_ORG.finditer(text):
        name = clean_name(m.group("a") or m.group("b") or "")
        if name and not reg.is_excluded(name) and not in_heading(m.start()) and name.lower() not in person_forms:
            span = token_span(doc, m.start("a") if m.group("a") else m.start("b"),
                              m.end("a") if m.group("a") else m.end("b"))
            if span is not None and all(t.pos_ == "PROPN" for t in span):
                org_forms.setdefault(name.lower(), _org_slug(name, reg))
    for rx in (_CAMEL, _ORG_SHAPE):
        for m in rx.finditer(text):
            name = clean_name(m.group(0))
            if not name or reg.is_excluded(name) or name.lower() in person_forms or in_heading(m.start()):
                continue
            if name.lower() in reg.families:
                continue
            if rx is _ORG_SHAPE and not _proper_words(doc, m.start(), m.end(), lower_words):
                continue
            if len(name.split()) >= 3 and " ".join(name.split()[1:]).lower() in org_forms:
                continue  # "Rival Acme Robotics": NER already found "Acme Robotics"
            org_forms.setdefault(name.lower(), _org_slug(name, reg))
    # a single proper noun used the way companies are: "Acme claims …", "Acme, which …,
    # says", "Acme's Q7 model", or the family of a hyphenated model ("Acme" / "Acme-2")
    for m in _COMPANY_USE.finditer(text):
        name = m.group("n") or m.group("n2")
        if name.lower() in person_forms or reg.is_excluded(name) or name.lower() in lower_words \
                or name.lower() in reg.families or in_heading(m.start()):
            continue
        grp = "n" if m.group("n") else "n2"
        span = token_span(doc, m.start(grp), m.end(grp), strict=True)
        if span is not None and span[0].pos_ == "PROPN" and not span[0].is_sent_start or \
                span is not None and re.search(rf"(?<![\w-]){re.escape(name)}-\w", text):
            org_forms.setdefault(name.lower(), _org_slug(name, reg))
    for m in _HYPHEN_MODEL.finditer(text):
        fam = m.group(1)
        if fam.lower() in org_forms or fam.lower() in reg.families or fam.lower() in person_forms or reg.is_excluded(fam):
            continue
        if re.search(rf"(?<![\w-]){re.escape(fam)}(?![\w-])", text) and fam.lower() not in lower_words:
            org_forms[fam.lower()] = _org_slug(fam, reg)
    # the first word of a multi-word name used alone ("Ridgeway" for "Ridgeway Partners")
    for form, slug in list(org_forms.items()):
        words = form.split()
        if len(words) < 2 or words[0] in lower_words or words[0] in person_forms \
                or reg.is_excluded(words[0]) or any(w in form.title() for w in reg.academic):
            continue
        if re.search(rf"(?<![\w-]){re.escape(words[0])}(?![\w-])(?!\s+{re.escape(words[1])})", text, re.IGNORECASE):
            if _ORG_SHAPE.fullmatch(form.title()) and org_forms.get(words[0]) == slugify(words[0]):
                org_forms[words[0]] = slug  # "Tern" found alone is "Tern Robotics"
            org_forms.setdefault(words[0], slug)
    # a form with a corporate suffix ("Quorvex AI") also makes the bare head a form
    for form, slug in list(org_forms.items()):
        head = _CORP_SUFFIX.sub("", form.title()).lower()
        if head != form and head and re.search(rf"\b{re.escape(head)}\b", text, re.IGNORECASE):
            org_forms.setdefault(head, slug)
    for form in list(org_forms):
        if re.search(rf"(?<![\w-]){re.escape(form)}\s+\d{{2,4}}[A-Z]?\b", text, re.IGNORECASE):
            del org_forms[form]  # a chip family ("Ascend 910B"), not an organisation
            continue
        if form in person_forms or any(form in p.split() for p in person_forms if " " in p):
            del org_forms[form]

    spans: list[SubjectMention] = []
    _find_models(text, title, org_forms, reg, index, spans)
    for form, slug in sorted(org_forms.items(), key=lambda kv: -len(kv[0])):
        for m in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text, re.IGNORECASE):
            if not any(s.start < m.end() and m.start() < s.end for s in spans):
                spans.append(SubjectMention(m.start(), m.end(), m.group(0), slug, "org"))
                _add(index, slug, "org", m.group(0))
                index.names[slug][m.group(0)] += 1
        if title:
            index.title_counts[slug] += len(re.findall(rf"(?<![\w-]){re.escape(form)}(?![\w-])", title, re.IGNORECASE))
    for form, slug in sorted(person_forms.items(), key=lambda kv: -len(kv[0])):
        for m in re.finditer(rf"(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?\b{re.escape(form)}\b", text, re.IGNORECASE):
            if not any(s.start < m.end() and m.start() < s.end for s in spans) and m.group(0)[0].isupper():
                spans.append(SubjectMention(m.start(), m.end(), m.group(0), slug, "person"))
                if " " in form:
                    index.names[slug][clean_name(m.group(0))] += 1
    spans.sort(key=lambda s: s.start)
    index.mentions = spans
    for s in spans:
        index.counts[s.slug] += 1
    for slug in index.kinds:
        if any(w in index.display(slug) for w in reg.academic):
            index.academic.add(slug)
        if slug in reg.parents:
            index.parents.setdefault(slug, reg.parents[slug])
    _guess_parents(index, text)
    index.main_org = _main_org(index)
    for slug, code in index.bare_codes.items():
        parent = index.parents.get(slug)
        if parent and not any(parent in slugify(n) for n in index.names[slug] if index.names[slug][n]):
            index.names[slug] = Counter({f"{index.display(parent)}-{code}": 1})
    return index


def _guess_parents(index: SubjectIndex, text: str) -> None:
    """A model with no known maker: an organisation whose name starts with the model's
    family ("Helix Labs" / "Helix-2"), else the organisation (or the 'its'/'the
    company' antecedent) that opens the sentence of the model's first mention."""
    orgs = [m for m in index.mentions if m.kind == "org" and m.slug not in index.academic]
    for slug, kind in index.kinds.items():
        if kind != "model" or slug in index.parents:
            continue
        first = next((m for m in index.mentions if m.slug == slug), None)
        if first is None:
            continue
        family = re.split(r"[- ]", first.text)[0].lower()
        same = [o for o in orgs if o.slug.split("-")[0] == family and o.slug != slug]
        if same:
            index.parents[slug] = same[0].slug
            continue
        s0 = _sentence_start(text, first.start)
        in_sent = [o for o in orgs if s0 <= o.start and o.end <= first.start]
        if in_sent:
            index.parents[slug] = in_sent[0].slug
            continue
        elif re.search(r"\b(?:its|their|the\s+(?:company|firm|startup|lab))\b", text[s0:first.start], re.IGNORECASE):
            before = [o for o in orgs if o.end <= s0]
            if before:
                p0 = _sentence_start(text, before[-1].start)
                index.parents[slug] = next(o for o in before if o.start >= p0).slug
                continue
        # no maker in sight: an unattributed model in an article about one company
        # is that company's, if no other company is named near it
        counts = Counter(o.slug for o in orgs)
        near = {o.slug for o in orgs if abs(o.start - first.start) < 300}
        if counts and len(counts) >= 1:
            top, n = counts.most_common(1)[0]
            if n >= 2 and near <= {top}:
                index.parents[slug] = top


def _sentence_start(text: str, pos: int) -> int:
    dot = text.rfind(". ", 0, pos)
    return max(dot + 2 if dot >= 0 else 0, text.rfind("\n", 0, pos) + 1)


def _place_like(name: str, text: str) -> bool:
    """A GPE-tagged name used the way places are ('in X', 'the X company')."""
    n = re.escape(name)
    return bool(re.search(rf"\b(?:in|across|near|to|based\s+in)\s+{n}\b(?!\s*(?:[’']s|\w+\s+chips|chips|GPUs))"
                          rf"|\bthe\s+{n}\s+(?:company|firm|startup|lab|area|region|office|government)\b|\b{n}-based\b", text))


def _heading_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of heading-like lines (short, no final full stop)."""
    out = []
    pos = 0
    for line in text.split("\n"):
        words = line.split()
        stripped = line.strip()
        if words and len(words) <= 14 and not stripped.endswith((".", "!", "?", '"', "”")) \
                and sum(w[0].isupper() for w in words if w[0].isalpha()) >= 0.6 * len(words):
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _proper_words(doc: Any, start: int, end: int, lower_words: set[str]) -> bool:
    """Every word of a name-shaped match before its suffix is a proper noun."""
    span = token_span(doc, start, end)
    if span is None or len(span) < 2:
        return False
    if not doc.has_annotation("POS") and not doc.has_annotation("TAG"):
        return all(t.text[:1].isupper() and t.lower_ not in lower_words for t in span[:-1])
    for tok in span[:-1]:
        if tok.pos_ != "PROPN" or tok.ent_type_ == "NORP" or tok.lower_ in lower_words:
            return False
    return True


def _main_org(index: SubjectIndex) -> str | None:
    score: Counter[str] = Counter()
    for slug, kind in index.kinds.items():
        n = index.counts[slug] + 3 * index.title_counts[slug]
        if kind == "org" and slug not in index.academic:
            score[slug] += n
        elif kind == "model" and index.parents.get(slug):
            score[index.parents[slug]] += n
    if not score:
        return None
    return score.most_common(1)[0][0]


def _find_models(text: str, title: str | None, org_forms: dict[str, str], reg: Registry,
                 index: SubjectIndex, spans: list[SubjectMention]) -> None:
    """Model mentions: 'Maker-X3', 'Maker Q5', 'GPT-4', 'Llama 3', 'its Q7 model'."""
    def add(start: int, end: int, slug: str, name: str, parent: str | None) -> None:
        if any(s.start < end and start < s.end for s in spans):
            return
        spans.append(SubjectMention(start, end, text[start:end], slug, "model"))
        _add(index, slug, "model", name, parent)
        index.names[slug][name] += 1

    # 1. org name + code: "Acme-X3", "Acme Q5"
    for form, org in sorted(org_forms.items(), key=lambda kv: -len(kv[0])):
        for m in re.finditer(rf"(?<![\w-]){re.escape(form)}[- ]({_CODE}|\d+(?:\.\d+)?)\b", text, re.IGNORECASE):
            code = m.group(1)
            if CHIP_MODEL_RE.fullmatch(code) or re.fullmatch(r"(19|20)\d\d", code):
                continue
            add(m.start(), m.end(), f"{org}-{code.lower()}", m.group(0), org)
    # 2. hyphenated family names: "GPT-4", "Helix-2"; family + number: "Llama 3"
    fam_rx = "|".join(re.escape(f) for f in reg.families)
    patterns = [_HYPHEN_MODEL]
    if fam_rx:
        patterns.append(re.compile(rf"\b({fam_rx})\s+(\d+(?:\.\d+)?[a-z]?)\b", re.IGNORECASE))
    for rx in patterns:
        for m in rx.finditer(text):
            fam, code = m.group(1), m.group(2)
            if fam.lower() in org_forms or CHIP_MODEL_RE.fullmatch(m.group(0)) or fam.lower() in {"covid", "top", "no"}:
                continue
            if reg.is_excluded(fam) or fam.isupper() and len(fam) == 1:
                continue
            slug = f"{slugify(fam)}-{code.lower()}"
            parent = reg.families.get(fam.lower()) or reg.parents.get(slug)
            before = text[max(0, m.start() - 40): m.start()]
            pm = re.search(rf"([A-Z][\w-]+)[{_APOS}]s\s+$", before)
            if pm and pm.group(1).lower() in org_forms:
                parent = org_forms[pm.group(1).lower()]
            add(m.start(), m.end(), slug, m.group(0), parent)
    # 3. a model named in apposition: "its new model, Stratus", "a model called Stratus"
    named = list(re.finditer(r"\bmodel,?\s+(?:called\s+|named\s+|dubbed\s+)?([A-Z][a-z]+(?:[- ][A-Z0-9][\w.]*)?)\b", text))
    named += list(re.finditer(rf"\b(?:its|their|[A-Z][\w-]+[{_APOS}]s)\s+(?:(?:new|latest|flagship|open-source|first)\s+)*"
                              r"([A-Z][a-z]+\d*)\s+(?:(?:AI|language|reasoning|chat)\s+)?model\b", text))
    for m in named:
        name = m.group(1)
        if reg.is_excluded(name) or name.lower() in {"the", "this", "it", "which"} or name.lower() in reg.families:
            continue
        if name.lower() in org_forms:
            if not re.search(r"\b(?:its|their)\s+(?:[\w-]+\s+){0,3}model,?\s*$", text[max(0, m.start() - 50):m.start(1)]):
                continue
            del org_forms[name.lower()]
        if name.lower() in {w.lower() for w in text.split() if w.islower()}:
            continue
        slug = slugify(name)
        for om in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
            add(om.start(), om.end(), slug, name, None)
    # 4. bare codes in model context: "its Q5 model", "model, Q7", "(Q7)"
    codes: dict[str, str | None] = {}
    for m in _CODE_RE.finditer(text):
        code = m.group(0)
        if code in codes or CHIP_MODEL_RE.fullmatch(code):
            continue
        before, after = text[max(0, m.start() - 60): m.start()], text[m.end(): m.end() + 30]
        in_context = (
            re.match(r"\)?\s+(?:[\w-]+\s+){0,2}(?:model|language model|LLM|chatbot|system)\b", after)
            or re.search(r"\bmodel,?\s*\(?$", before)
        )
        if not in_context:
            continue
        maker = None
        pm = re.search(rf"([A-Z][\w-]+)[{_APOS}]s\s+(?:[\w-]+\s+){{0,3}}$", before)
        if pm and pm.group(1).lower() in org_forms:
            maker = org_forms[pm.group(1).lower()]
        if maker is None:
            prev = [s for s in spans if s.kind == "org" and s.end <= m.start()]
            for form, org in org_forms.items():
                for om in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text[: m.start()], re.IGNORECASE):
                    prev.append(SubjectMention(om.start(), om.end(), om.group(0), org, "org"))
            prev = [p for p in prev if not any(w in p.text for w in reg.academic)]
            if prev:
                maker = max(prev, key=lambda s: s.end).slug
        codes[code] = maker
    for code, maker in codes.items():
        slug = f"{maker}-{code.lower()}" if maker else code.lower()
        for m in re.finditer(rf"(?<![\w-]){re.escape(code)}(?![\w-])", text):
            add(m.start(), m.end(), slug, code, maker)
        index.bare_codes[slug] = code
        if title:
            index.title_counts[slug] += len(re.findall(rf"\b{re.escape(code)}\b", title))
