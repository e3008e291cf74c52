"""Quote integrity: matching quotes and raising ``altered_quote`` / ``misattributed_quote``.

Quotes are normalised (case, punctuation, curly vs straight quotes,
whitespace) and identical texts are merged first, so a quote syndicated to a
thousand outlets is one text. Candidate pairs of distinct texts come from
blocking on shared word trigrams (very common trigrams are skipped) and on
(article, speaker); each candidate pair is scored with rapidfuzz. A pair is an
*excerpt* when one text is contained in the other, a *variant* when they
match fuzzily with different words. Matched texts form components; within a
component, one speaker with variant texts is an ``altered_quote``, different
speakers for the same words a ``misattributed_quote``. :class:`QuoteMatches`
also tells :mod:`.unverified` which quotes another source carries.
"""

from __future__ import annotations

import difflib
import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from typing import Any

from rapidfuzz import fuzz

#: Trigrams shared by more distinct quote texts than this are not used to block.
MAX_POSTING = 200
#: Fuzzy thresholds (rapidfuzz scores 0–100).
RATIO_MATCH = 88.0
PARTIAL_MATCH = 85.0
TOKEN_SET_MATCH = 90.0
#: Partial matching only for texts of at least this many words.
PARTIAL_MIN_WORDS = 6

_TRANSLATE = str.maketrans(
    {"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'", "\u2014": " ", "\u2013": " "}
)
_DIGIT_SEP = re.compile(r"(?<=\d)[,.](?=\d)")
_APOS = re.compile(r"'")
_NON_WORD = re.compile(r"[^\w]+")
_TITLES = frozenset({"dr", "mr", "mrs", "ms", "prof", "professor", "sir", "dame", "rep", "sen"})


def normalise(text: str | None) -> str:
    """Lower-case words only: ``“This is a game-changer,”`` → ``this is a game changer``."""
    t = (text or "").translate(_TRANSLATE).lower()
    t = _DIGIT_SEP.sub("", t)
    t = _APOS.sub("", t)
    return _NON_WORD.sub(" ", t).strip()


def speaker_key(name: str | None) -> str | None:
    """A speaker's name without titles: ``Dr. Lena Brandt`` → ``lena brandt``."""
    if not name:
        return None
    words = [w for w in normalise(name).split() if w not in _TITLES]
    return " ".join(words) or None


def same_speaker(a: str, b: str) -> bool:
    """``ada okafor`` ~ ``okafor``: equal, or one name's words all in the other's."""
    if a == b:
        return True
    wa, wb = set(a.split()), set(b.split())
    return wa <= wb or wb <= wa


def relation(a: str, b: str) -> str | None:
    """``excerpt`` (one contains the other), ``variant`` (fuzzy match) or ``None``."""
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    if f" {short} " in f" {long} ":
        return "excerpt"
    if fuzz.ratio(a, b, score_cutoff=RATIO_MATCH):
        return "variant"
    if short.count(" ") + 1 >= PARTIAL_MIN_WORDS:
        if fuzz.partial_ratio(short, long, score_cutoff=PARTIAL_MATCH):
            return "variant"
        if fuzz.token_set_ratio(short, long, score_cutoff=TOKEN_SET_MATCH):
            return "variant"
    return None


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, x: int) -> int:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


class QuoteMatches:
    """Distinct quote texts, the fuzzy edges between them and their components."""

    def __init__(self, quotes: Sequence[Mapping[str, Any]]) -> None:
        self.quotes = quotes
        self.norm = [normalise(q.get("text")) for q in quotes]
        self.speaker = [speaker_key(q.get("speaker")) for q in quotes]
        self.uid: dict[str, int] = {}
        self.texts: list[str] = []
        self.carriers: list[list[int]] = []
        for i, text in enumerate(self.norm):
            if not text:
                continue
            u = self.uid.get(text)
            if u is None:
                u = self.uid[text] = len(self.texts)
                self.texts.append(text)
                self.carriers.append([])
            self.carriers[u].append(i)
        self.edges: dict[tuple[int, int], str] = {}
        for u, v in self._candidates():
            rel = relation(self.texts[u], self.texts[v])
            if rel:
                self.edges[(u, v)] = rel
        uf = _UnionFind(len(self.texts))
        for u, v in self.edges:
            uf.union(u, v)
        self.components: dict[int, list[int]] = defaultdict(list)
        for u in range(len(self.texts)):
            self.components[uf.find(u)].append(u)
        self.component_of = {u: root for root, us in self.components.items() for u in us}
        self._sources: dict[int, int] = {}

    def _candidates(self) -> set[tuple[int, int]]:
        postings: dict[tuple[str, ...], list[int]] = defaultdict(list)
        for u, text in enumerate(self.texts):
            words = text.split()
            grams = {tuple(words[k : k + 3]) for k in range(max(1, len(words) - 2))}
            for g in grams:
                postings[g].append(u)
        pairs: set[tuple[int, int]] = set()
        for us in postings.values():
            if 1 < len(us) <= MAX_POSTING:
                for x in range(len(us)):
                    for y in range(x + 1, len(us)):
                        pairs.add((us[x], us[y]))
        by_speaker: dict[tuple[Any, str], set[int]] = defaultdict(set)
        for i, q in enumerate(self.quotes):
            speaker = self.speaker[i]
            if speaker and self.norm[i]:
                by_speaker[(q.get("article_id"), speaker)].add(self.uid[self.norm[i]])
        for said in by_speaker.values():
            ordered = sorted(said)
            for x in range(len(ordered)):
                for y in range(x + 1, len(ordered)):
                    pairs.add((ordered[x], ordered[y]))
        return pairs

    def source(self, i: int) -> str:
        q = self.quotes[i]
        return str(q.get("source") or q.get("article_id") or i)

    def component_quotes(self, i: int) -> list[int]:
        """Every quote whose text matches quote ``i``'s (itself included)."""
        u = self.uid.get(self.norm[i])
        if u is None:
            return [i]
        return [j for v in self.components[self.component_of[u]] for j in self.carriers[v]]

    def corroborated(self, i: int) -> bool:
        """Does an independent source carry this quote (fuzzily)?"""
        u = self.uid.get(self.norm[i])
        if u is None:
            return False
        root = self.component_of[u]
        if root not in self._sources:
            found: set[str] = set()
            for j in self.component_quotes(i):
                found.add(self.source(j))
                if len(found) > 1:
                    break
            self._sources[root] = len(found)
        return self._sources[root] > 1


def word_diff(a: str, b: str) -> tuple[list[dict[str, str]], str]:
    """Word-level diff of two renderings: opcodes and a ``[-old-]{+new+}`` string."""
    wa, wb = a.split(), b.split()
    ops: list[dict[str, str]] = []
    marked: list[str] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, wa, wb, autojunk=False).get_opcodes():
        old, new = " ".join(wa[i1:i2]), " ".join(wb[j1:j2])
        if tag == "equal":
            marked.append(old)
            continue
        ops.append({"op": tag, "a": old, "b": new})
        if old:
            marked.append(f"[-{old}-]")
        if new:
            marked.append(f"{{+{new}+}}")
    return ops, " ".join(marked)
