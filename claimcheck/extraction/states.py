"""States: the governments an article names, as subjects of their own figures.

Part of the extract stage. Newsrooms write a government's money and chips in a
few ways: "the Dutch government will contribute €70 million", "the government
is setting aside $2.4 billion" (the country the story, headline included, names
most), "the Ministry of Science and ICT … It plans to pour in 1.5 trillion won",
"GPUs will be allocated to the Korean government" and "Japan passed an extra
budget of 2 trillion yen" (the country acts). Each becomes a mention of the
country, slugged as the registry's ``[countries]`` table says whatever name
the article writes, so the owner rules that read company mentions read these
too. A country named as a place ("invest $1bn in Sweden"), receiving ("will be
the first recipient") or inside a name ("Stargate Norway") is not a mention;
nor is a government told or helping ("told the government", "with the
government footing half"), or a state, city or foreign government.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import Any

from claimcheck.extraction import cre
from claimcheck.extraction.names import Country, Registry, SubjectMention, token_span

#: words that may stand between a country and "government": "the Liberal government",
#: "the new federal government", "the Modi-led government"
_GOVERNMENT_MODIFIER = (r"(?:federal|central|national|new|current|incoming|interim|caretaker|coalition|science|"
                        r"finance|industry|technology|digital|[A-Z][a-z]+(?:-led)?|[A-Z]{2,4})")
#: the roles in which a government or a country acts: the subject of its clause, or the one
#: whose budget it is ("the government's £2bn push")
_ACTING = {"nsubj", "nsubjpass", "poss"}
#: what is handed to a government becomes its own: "GPUs will be allocated to the Korean government"
_HANDED = {"allocated", "supplied", "delivered", "shipped", "given", "assigned", "distributed", "sold", "go", "going", "went"}
_FORMS_OF_BE = {"be", "is", "are", "was", "were", "been", "being", "'s", "’s"}
#: a government that is not the country's: "the state government", "foreign governments"
_NOT_NATIONAL = re.compile(r"\b(?:state|local|provincial|municipal|city|regional|county|prefectural|foreign|other|"
                           r"some|many|several|both|two|three)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)


@lru_cache(maxsize=8)
def _forms(countries: tuple[Country, ...]) -> tuple[dict[str, tuple[Country, bool]], str]:
    """Every name and demonym → (its country, whether it is a name), and a pattern finding them."""
    forms: dict[str, tuple[Country, bool]] = {}
    for c in countries:
        for d in c.demonyms:
            forms.setdefault(d, (c, False))
        for n in c.names:
            forms[n] = (c, True)
    alternatives = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return forms, rf"(?<![\w.-])(?:{alternatives})(?![\w-]|\.\w)"


def article_country(text: str, reg: Registry) -> Country | None:
    """The country the story is about: the one whose names and demonyms it writes most
    (the first written on a tie), or None when it writes none."""
    forms, pattern = _forms(tuple(reg.countries))
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    by_slug: dict[str, Country] = {}
    for m in cre.finditer(pattern, text):
        country = forms[m.group(0)][0]
        counts[country.slug] += 1
        first.setdefault(country.slug, m.start())
        by_slug[country.slug] = country
    if not counts:
        return None
    return by_slug[max(counts, key=lambda s: (counts[s], -first[s]))]


def written_name(country: Country, text: str) -> str:
    """The name the article writes for ``country`` most often ("UK", "Canada"); its first
    listed name when the article writes none."""
    return max(country.names, key=lambda n: len(cre.findall(rf"(?<![\w.-]){re.escape(n)}(?![\w-])", text)))


def find_governments(doc: Any, text: str, reg: Registry,
                     title: str | None = None) -> list[tuple[SubjectMention, Country]]:
    """Mentions of national governments (and their ministries) and of countries acting as
    one, in text order, each with its country. The headline counts toward which country
    the story is about."""
    if not reg.countries:
        return []
    forms, pattern = _forms(tuple(reg.countries))
    home = article_country(f"{title}\n{text}" if title else text, reg)
    found = [*_government_phrases(doc, text, forms, pattern, home), *_countries_acting(doc, text, forms, pattern)]
    found.sort(key=lambda mc: mc[0].start)
    kept = [(m, c) for i, (m, c) in enumerate(found) if not any(o.start < m.end and m.start < o.end for o, _ in found[:i])]
    return kept


def speaks_as_government(mention: SubjectMention) -> bool:
    """A mention naming a government or ministry ("the government", "the Ministry of
    Science"), not a bare country name ("the U.S."), which pronouns rarely refer to."""
    return bool(cre.search(r"\b(?:[Gg]overnment|[Mm]inistry|Centre)\b", mention.text))


def _government_phrases(doc: Any, text: str, forms: dict[str, tuple[Country, bool]], pattern: str,
                        home: Country | None) -> list[tuple[SubjectMention, Country]]:
    """"The Dutch government", "Mexico's government", "the government of Japan", "the
    Liberal government" (the story's country), "the Ministry of Science and ICT"; in
    Indian copy, "the Centre"."""
    out: list[tuple[SubjectMention, Country]] = []
    if not cre.search(r"[Gg]overnment|[Mm]inistry|Centre", text):
        return out  # most stories name no government: skip the walk over their tokens
    before = cre.compile(rf"(?:(?P<c>{pattern})(?:[’']s)?\s+)?(?:(?:{_GOVERNMENT_MODIFIER})\s+){{0,2}}$")
    for tok in doc:
        if tok.text == "Centre" and home is not None and home.slug == "india":
            if tok.i > 0 and doc[tok.i - 1].lower_ == "the" and not cre.match(r"\s+(?:for|of|on)\b", text[tok.idx + 5:]):
                out.append((SubjectMention(tok.idx, tok.idx + 6, tok.text, home.slug, "org"), home))
            continue
        end = tok.idx + len(tok.text)
        if tok.lower_ not in {"government", "ministry"} or text[end:end + 1] == "-" or tok.dep_ not in _ACTING and not (
                tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lower_ in _HANDED):
            continue  # "government funding", "government-backed", "told the government": not the one spending
        head = text[max(0, tok.idx - 60):tok.idx]
        if _NOT_NATIONAL.search(head):
            continue
        if tok.head.tag_ == "VBG" and cre.search(r"\bwith\s+(?:the\s+)?(?:\w+\s+)?$", head):
            continue  # "with the government footing half of the cost": a helper in someone else's sentence
        lead = before.search(head)
        start = tok.idx - len(lead.group(0)) if lead else tok.idx
        named = lead.group("c") if lead else None
        of = cre.match(rf"\s+of\s+(?:the\s+)?(?P<c>{pattern})", text[end:end + 50])
        country = forms[named][0] if named else forms[of.group("c")][0] if of else home
        if country is None:
            continue
        if tok.lower_ == "ministry":
            title = cre.match(r"\s+(?:of|for)(?:\s+(?:[A-Z][\w&-]*|and|&))+", text[end:end + 80])
            end += len(title.group(0)) if title else 0  # "the Ministry of Science and ICT"
        out.append((SubjectMention(start, end, text[start:end], country.slug, "org"), country))
    return out


def _countries_acting(doc: Any, text: str, forms: dict[str, tuple[Country, bool]],
                      pattern: str) -> list[tuple[SubjectMention, Country]]:
    """A country that is the grammatical subject of its clause: "Japan passed a budget"."""
    out: list[tuple[SubjectMention, Country]] = []
    for m in cre.finditer(pattern, text):
        country, is_name = forms[m.group(0)]
        if not is_name:
            continue
        span = token_span(doc, m.start(), m.end())
        if span is None:
            continue
        root = span[-1]
        if root.dep_ not in _ACTING or root.dep_ == "poss" or root.head.pos_ not in {"VERB", "AUX"} \
                or root.head.lower_ in _FORMS_OF_BE:
            continue  # "South Africa will be the first recipient": where things go, not who pays
        before = doc[span.start - 1] if span.start > 0 else None
        after = doc[span.end] if span.end < len(doc) else None
        if before is not None and before.pos_ == "PROPN" and (span[0].ent_iob_ == "I" or before.dep_ == "compound") \
                or after is not None and after.pos_ == "PROPN" and after.ent_iob_ == "I":
            continue  # part of a longer name ("Korea Telecom", "the Japan Foundation", "Stargate Norway")
        out.append((SubjectMention(m.start(), m.end(), m.group(0), country.slug, "org"), country))
    return out
