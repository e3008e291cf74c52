"""Quotes: find quotations and credit them to their speakers.

Part of the extract stage. Pairs straight and curly quote marks paragraph by
paragraph (a quote that runs over paragraphs reopens each paragraph without
closing the previous one), drops scare quotes around short noun phrases, and
finds the speaker from the reporting verb next to the quote (`"…," said X`,
`X said: "…"`, `according to X`), from the quote it continues (`"A," said X.
"B."`), from a pronoun (nearest person before) or from a person named just
before the quote. Titles such as "Dr." are stripped from speakers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from claimcheck.extract.subjects import TITLES_RE, SubjectIndex, clean_name, doc_sentences, token_span
from claimcheck.model import Quote

VERBS = (
    r"said|says|added|adds|told|tells|explained|explains|noted|notes|wrote|writes|argued|argues|"
    r"stated|states|claimed|claims|continued|asked|asks|warned|warns|insisted|insists|remarked|"
    r"observed|commented|recalled|acknowledged|admitted|admits|declared|announced|posted|tweeted|"
    r"emphasised|emphasized|stressed|cautioned|predicted|suggested|suggests|replied|answered"
)
_NAME = r"(?:(?:Dr|Mr|Mrs|Ms|Prof|Professor)\.?\s+)?[A-Z][\w'’-]+(?:\s+(?:[A-Z]\.|[A-Z][\w'’-]+)){0,3}"
_PRON = r"(?:he|she|He|She|they|They)"
_AFTER_RE = re.compile(
    rf"^\s*,?\s*(?:(?P<verb>{VERBS})\s+(?P<who>{_NAME}|{_PRON})|(?:[a-z-]+\s+){{0,3}}?(?P<who2>{_NAME}|{_PRON})\s+(?:(?:also|then|later)\s+)?(?P<verb2>{VERBS})\b|according\s+to\s+(?P<who3>{_NAME}))"
)
_BEFORE_RE = re.compile(
    rf"(?:(?P<who>{_NAME}|{_PRON})(?:,[^,\"“”]{{2,80}},)?\s+(?:(?:also|then|later)\s+)?(?P<verb>{VERBS})(?:\s+\w+){{0,4}}?(?:\s+that)?|[Aa]ccording\s+to\s+(?P<who2>{_NAME})|(?P<who3>{_NAME})[’']s\s+(?:words|view|statement)|(?P<who4>{_NAME})\s+[a-z]+(?:\s+[a-z]+){{0,2}}:)\s*[,:]?\s*$"
)
_ORG_SPEAKER_RE = re.compile(
    rf"^\s*,?\s*(?:(?:the|a)\s+(?:[\w-]+\s+)?(?:company|firm|startup|start-up|lab|group)\s+(?P<verb>{VERBS})"
    rf"|(?P<verb2>{VERBS})\s+(?:the|a)\s+(?:[\w-]+\s+)?(?:company|firm|startup|start-up|lab|group))\b"
)
_DESC_RE = re.compile(
    r"^,\s+(?P<desc>[^\"“”]+?)(?=,\s+(?:who|which|whose)\b|(?<!\b[A-Z])(?<!\bDr|\bMr|\bMs|\bSt)[.;]\s|[.;]?$|\s+[\"“])"
)
_ROLE_WORDS = re.compile(
    r"^(?:(?:Analyst|Economist|Researcher|Scientist|Spokesperson|Spokesman|Spokeswoman|Executive|Engineer|"
    r"Investor|Founder|Co-founder|CEO|CTO|Chairman|Chairwoman|President|Senator|Minister|Professor|Director|"
    r"Chief|Lawyer|Author|Partner|Developer)\s+)+"
)
_OPEN, _CLOSE = "“", "”"
_SINGLE_RE = re.compile(r"(?<!\w)‘((?:[^‘’\n]|’(?=\w))+)’(?!\w)")


@dataclass
class RawQuote:
    """A span between quote marks: ``start``/``end`` are the inner offsets."""

    start: int
    end: int
    open_mark: int
    close_mark: int
    parts: list[tuple[int, int]]  # inner spans (several for multi-paragraph quotes)


def pair_quote_marks(text: str) -> list[RawQuote]:
    """Pair quote marks into quotations, handling multi-paragraph quotes."""
    out: list[RawQuote] = []
    open_at: int | None = None
    parts: list[tuple[int, int]] = []
    first_open = 0
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c == "\n" and open_at is not None:
            # paragraph ends inside a quote: continue only if the next paragraph reopens
            j = i
            while j < n and text[j].isspace():
                j += 1
            if j < n and text[j] in "\"“":
                parts.append((open_at, i))
                open_at = j + 1
                i = j + 1
                continue
            open_at, parts = None, []
        elif c == _OPEN or (c == '"' and open_at is None):
            open_at, first_open, parts = i + 1, i, []
        elif (c == _CLOSE or c == '"') and open_at is not None:
            parts.append((open_at, i))
            out.append(RawQuote(parts[0][0], i, first_open, i, parts))
            open_at, parts = None, []
        i += 1
    # British style: ‘…’ (curly singles only; an apostrophe is a ’ followed by a letter)
    for m in _SINGLE_RE.finditer(text):
        if not any(q.open_mark <= m.start() <= q.close_mark for q in out):
            out.append(RawQuote(m.start() + 1, m.end() - 1, m.start(), m.end() - 1, [(m.start() + 1, m.end() - 1)]))
    out.sort(key=lambda q: q.open_mark)
    return out


def _is_scare(doc: Any, text: str, q: RawQuote) -> bool:
    inner = text[q.start:q.end].strip()
    words = inner.split()
    if len(words) > 4:
        return False
    if not re.search(r"[.,!?]$", inner):
        return True
    if not doc.has_annotation("POS"):
        return False  # no tagger: a short quote that ends in punctuation is a quote
    span = token_span(doc, q.start, q.end)
    return span is None or not any(t.pos_ in {"VERB", "AUX"} for t in span)


def _sentence_of(sents: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    for a, b in sents:
        if a <= pos < b:
            return a, b
    return pos, pos


def _person_before(index: SubjectIndex, pos: int) -> str | None:
    m = index.last_before(pos, kinds=("person",))
    return index.display(m.slug) if m else None


def _resolve(who: str, index: SubjectIndex, pos: int) -> str | None:
    if re.fullmatch(_PRON, who):
        if who.lower() == "they":
            return None
        return _person_before(index, pos)
    name = clean_name(_ROLE_WORDS.sub("", TITLES_RE.sub("", who)))
    if not name or name.lower() in {"it", "this", "that", "the", "i", "we", "you"}:
        return None
    # a surname alone: use the full name the article gave earlier
    for m in index.mentions:
        if m.kind == "person" and m.start <= pos + 200 and name.lower() in index.display(m.slug).lower().split():
            return index.display(m.slug)
    return name


def _strip(inner: str) -> str:
    inner = " ".join(inner.split())
    return inner.rstrip(",").strip()


def find_quotes(doc: Any, index: SubjectIndex) -> list[Quote]:
    """All quotations in ``doc`` with speaker, description and cue verb."""
    text = doc.text
    sents = doc_sentences(doc)
    quotes: list[Quote] = []
    prev: tuple[RawQuote, Quote] | None = None
    for q in pair_quote_marks(text):
        if _is_scare(doc, text, q):
            continue
        inner = " ".join(_strip(text[a:b]) for a, b in q.parts)
        s_start, s_end = _sentence_of(sents, q.open_mark)
        para_end = text.find("\n", q.close_mark)
        para_end = len(text) if para_end < 0 else para_end
        para_start = text.rfind("\n", 0, q.open_mark) + 1
        speaker = desc = cue = None
        after = text[q.close_mark + 1: para_end]
        nxt = re.search(r"[\"“‘]", after)
        after_window = after[: nxt.start()] if nxt else after
        m = _AFTER_RE.match(after_window)
        if m:
            who = m.group("who") or m.group("who2") or m.group("who3")
            cue = m.group("verb") or m.group("verb2") or "according to"
            speaker = _resolve(who, index, q.close_mark)
            dm = _DESC_RE.match(after_window[m.end():])
            if dm and speaker:
                desc = dm.group("desc").strip()
        if speaker is None:
            om = _ORG_SPEAKER_RE.match(after_window)
            if om:
                org = index.last_before(q.open_mark, kinds=("org",))
                if org is not None:
                    speaker, cue = index.display(org.slug), om.group("verb") or om.group("verb2")
        if speaker is None:
            before = text[max(para_start, s_start, q.open_mark - 200): q.open_mark]
            bm = _BEFORE_RE.search(before)
            if bm:
                who = bm.group("who") or bm.group("who2") or bm.group("who3") or bm.group("who4")
                cue = bm.group("verb") or ("according to" if bm.group("who2") else None)
                speaker = _resolve(who, index, q.open_mark)
        if speaker is None and prev is not None:
            pq, pquote = prev
            gap = text[pq.close_mark + 1: q.open_mark]
            if "\n\n" not in gap and len(gap) < 250 and pquote.speaker and \
                    (_AFTER_RE.match(gap) or not gap.strip() or re.fullmatch(r"[\s.,;:]*", gap)):
                speaker, desc, cue = pquote.speaker, pquote.speaker_desc, pquote.cue
        if speaker is None:
            # a person named in the preceding sentence(s) of the paragraph, or
            # in the paragraph just before a quote that opens a paragraph
            window_start = para_start if q.open_mark > para_start else max(0, text.rfind("\n", 0, para_start - 1))
            m2 = index.last_before(q.open_mark, kinds=("person",))
            if m2 and m2.start >= window_start:
                speaker = index.display(m2.slug)
        quote = Quote(text=inner, speaker=speaker, speaker_desc=desc, cue=cue,
                      start=q.start, end=q.end, sentence=text[s_start:s_end].strip())
        quotes.append(quote)
        prev = (q, quote)
    return quotes
