"""``unverified_quote``: quotes no independent source carries, ranked by risk.

A quote is a candidate when it has a named speaker, at least
:data:`MIN_WORDS` words (shorter ones are scare quotes and fragments), no
fuzzy match in another source, and is not already cited by an altered or
misattributed quote flag. Its score mixes two things, each scaled to 0–1:

* **prominence** (weight 0.6): how many sources name the speaker, and how
  many name the organisation in the speaker's description, counted fully
  when the description carries a role word (CEO, founder, president,
  minister, chief…) and half otherwise: ``log2(1 + person sources) +
  w · log2(1 + organisation sources) + 0.5 if a role``, divided by 4;
* **warning signs** in the same article (weight 0.4): altered or
  misattributed quotes (1), quoted speakers no other source names (0.5 each
  for "experts", doctors, analysts, professors; 0.25 for others; at most
  1.5), the share of its other quotes that are unverified too (up to 0.5);
  divided by 3.

A flag is emitted only when the score reaches :data:`MIN_SCORE`: a quote by
an obscure speaker in an otherwise clean article stays below it, since most
quotes in the news appear in one outlet only. Severity is high from 0.7,
medium from 0.45, low below.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Mapping
from typing import Any

from ..model import Evidence, Flag, Subject
from .quotes import QuoteMatches, normalise

MIN_WORDS = 4
MIN_SCORE = 0.3
_ROLE = re.compile(
    r"\b(ceo|chief|founder|co-?founder|president|minister|chairman|chairwoman|chair|secretary|"
    r"director|head|governor|senator|premier|chancellor|cto|cfo|spokes(?:person|man|woman))\b",
    re.IGNORECASE,
)
_EXPERT = re.compile(
    r"\b(expert|analyst|professor|researcher|scientist|economist|scholar|dr)\b", re.IGNORECASE
)


class Prominence:
    """Looks up how many sources name a speaker or their organisation."""

    def __init__(
        self, mention_sources: Mapping[str, set[str]] | None, subjects: Mapping[str, Subject] | None
    ) -> None:
        self.index: dict[str, set[str]] = {}
        for name, sources in (mention_sources or {}).items():
            key = normalise(name)
            if key:
                self.index.setdefault(key, set()).update(sources)
        for slug, subj in (subjects or {}).items():
            found = self.index.get(normalise(slug))
            if found:
                for alias in [subj.name, *subj.aliases]:
                    if alias:
                        self.index.setdefault(normalise(alias), set()).update(found)

    def person(self, key: str | None) -> set[str]:
        return set(self.index.get(key or "", ()))

    def organisation(self, desc: str | None) -> tuple[str | None, int]:
        """The most-named name inside a speaker description, and its source count."""
        words = normalise(desc).split()
        best: tuple[str | None, int] = (None, 0)
        for n in range(1, 5):
            for k in range(len(words) - n + 1):
                gram = " ".join(words[k : k + n])
                count = len(self.index.get(gram, ()))
                if count > best[1]:
                    best = (gram, count)
        return best


def unverified_flags(
    m: QuoteMatches,
    cited: set[int],
    mention_sources: Mapping[str, set[str]] | None,
    subjects: Mapping[str, Subject] | None,
) -> list[Flag]:
    """Unverified quote flags whose score reaches :data:`MIN_SCORE`."""
    prom = Prominence(mention_sources, subjects)
    quoted_by: dict[str, set[str]] = defaultdict(set)
    by_article: dict[Any, list[int]] = defaultdict(list)
    for i, q in enumerate(m.quotes):
        speaker = m.speaker[i]
        if speaker:
            quoted_by[speaker].add(m.source(i))
        by_article[q.get("article_id")].append(i)
    lonely = [eligible(m, i) and not m.corroborated(i) for i in range(len(m.quotes))]
    scored: dict[str, list[tuple[float, int, dict[str, Any]]]] = defaultdict(list)
    for i, q in enumerate(m.quotes):
        if lonely[i] and i not in cited:
            scored[f"unverified_quote|{m.speaker[i]}|{m.norm[i][:120]}"].append(
                _score(m, i, by_article, cited, lonely, prom, quoted_by)
            )
    flags = []
    for key, carriers in scored.items():
        carriers.sort(key=lambda c: (-c[0], c[1]))
        score, i, details = carriers[0]
        if score < MIN_SCORE:
            continue
        q = m.quotes[i]
        flags.append(
            Flag(
                kind="unverified_quote",
                key=key,
                severity="high" if score >= 0.7 else "medium" if score >= 0.45 else "low",
                summary=summary(q, details["warnings"]),
                details=details,
                evidence=[
                    Evidence("quote", str(m.quotes[j].get("id")), "unverified") for _, j, _ in carriers
                ],
                score=score,
            )
        )
    return flags


def _score(
    m: QuoteMatches,
    i: int,
    by_article: Mapping[Any, list[int]],
    cited: set[int],
    lonely: list[bool],
    prom: Prominence,
    quoted_by: Mapping[str, set[str]],
) -> tuple[float, int, dict[str, Any]]:
    """Score of one unverified quote, with the details explaining it."""
    q = m.quotes[i]
    who = m.speaker[i]
    person = prom.person(who) | quoted_by.get(who or "", set())
    org, org_count = prom.organisation(q.get("speaker_desc"))
    role = bool(_ROLE.search(q.get("speaker_desc") or ""))
    raw = (
        math.log2(1 + len(person)) + (1.0 if role else 0.5) * math.log2(1 + org_count) + (0.5 if role else 0)
    )
    prominence = min(1.0, raw / 4)
    signs = warnings(m, i, by_article[q.get("article_id")], cited, lonely, prom, quoted_by)
    warn = min(1.0, (signs["altered"] + signs["unnamed_weight"] + signs["unverified_share"]) / 3)
    score = round(0.6 * prominence + 0.4 * warn, 4)
    details = {
        "speaker": q.get("speaker"),
        "speaker_desc": q.get("speaker_desc"),
        "text": q.get("text"),
        "article_id": q.get("article_id"),
        "outlet": q.get("outlet"),
        "url": q.get("url"),
        "prominence": {
            "person_sources": len(person),
            "organisation": org,
            "organisation_sources": org_count,
            "role": role,
            "score": round(prominence, 4),
        },
        "warnings": {k: v for k, v in signs.items() if k != "unnamed_weight"},
        "warning_score": round(warn, 4),
    }
    return score, i, details


def eligible(m: QuoteMatches, i: int) -> bool:
    """A quote with a speaker and enough words to be a statement."""
    return bool(m.speaker[i]) and len(m.norm[i].split()) >= MIN_WORDS


def warnings(
    m: QuoteMatches,
    i: int,
    article_quotes: list[int],
    cited: set[int],
    lonely: list[bool],
    prom: Prominence,
    quoted_by: Mapping[str, set[str]],
) -> dict[str, Any]:
    """The article's other warning signs, seen from quote ``i``."""
    own_source = m.source(i)
    others = [j for j in article_quotes if j != i]
    altered = [str(m.quotes[j].get("id")) for j in others if j in cited]
    unnamed: dict[str, float] = {}
    for j in others:
        who = m.speaker[j]
        if not who or who == m.speaker[i] or who in unnamed:
            continue
        elsewhere = (prom.person(who) | quoted_by.get(who, set())) - {own_source}
        if not elsewhere:
            expert = _EXPERT.search(
                f"{m.quotes[j].get('speaker_desc') or ''} {m.quotes[j].get('speaker') or ''}"
            )
            unnamed[who] = 0.5 if expert else 0.25
    statements = [j for j in others if eligible(m, j)]
    share = sum(1 for j in statements if lonely[j] or j in cited) / len(statements) if statements else 0.0
    return {
        "altered": 1.0 if altered else 0.0,
        "altered_quotes": altered,
        "unnamed_speakers": sorted(unnamed),
        "unnamed_weight": min(1.5, sum(unnamed.values())),
        "unverified_share": round(0.5 * share, 4),
    }


def summary(q: Mapping[str, Any], signs: Mapping[str, Any]) -> str:
    """``Unverified quote: "…", attributed to X (desc) appears in no other source; …``."""
    desc = f" ({q.get('speaker_desc')})" if q.get("speaker_desc") else ""
    head = f'Unverified quote: "{q.get("text")}", attributed to {q.get("speaker")}{desc}, appears in no other source'
    extra = []
    if signs["altered"]:
        extra.append("altered quotes")
    if signs["unnamed_speakers"]:
        extra.append("experts no other source names")
    elif signs["unverified_share"] >= 0.25:
        extra.append("other unverified quotes")
    if not extra:
        return head + "."
    return f"{head}; the same article carries {' and '.join(extra)}."
