"""A faster matcher for the model's ``attribute_ruler``, with the same results.

The attribute ruler of ``en_core_web_sm`` maps fine-grained tags to parts of
speech and morphology with ~180 one- and two-token patterns. spaCy runs them
through its general :class:`~spacy.matcher.Matcher`, which costs about a sixth
of the whole model's time on news text. These patterns use only equality,
``IN``, ``NOT_IN`` and ``REGEX`` on ``TAG``, ``LOWER``, ``DEP`` and
``IS_SPACE``, so a one-token pattern's verdict can be looked up once per
combination of those four and reused: the same matches at a fraction of the cost.

:func:`speed_up` swaps the ruler's ``match`` method for this one; the ruler
still sets the attributes itself (``set_annotations``), in its own order. A
ruler holding any pattern this module does not understand is left as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

_FIELDS = {"TAG": "tag_", "LOWER": "lower_", "DEP": "dep_", "IS_SPACE": "is_space"}
_OPS = {"IN", "NOT_IN", "REGEX"}

TokenTest = Callable[[Any], bool]


def _value_test(attr: str, spec: Any) -> TokenTest | None:
    """A test of one token attribute against one pattern value, or None if unsupported."""
    field = _FIELDS[attr]
    if not isinstance(spec, dict):
        return lambda t: getattr(t, field) == spec
    if len(spec) != 1 or next(iter(spec)) not in _OPS:
        return None
    op, arg = next(iter(spec.items()))
    if op == "IN":
        allowed = frozenset(arg)
        return lambda t: getattr(t, field) in allowed
    if op == "NOT_IN":
        banned = frozenset(arg)
        return lambda t: getattr(t, field) not in banned
    rx = re.compile(arg)
    return lambda t: bool(rx.search(str(getattr(t, field))))


def _index_key(spec: dict[str, Any]) -> tuple[str, tuple[str, ...]] | None:
    """The attribute and values to file a pattern's first token under: its first equality or IN test."""
    for attr in ("LOWER", "TAG", "DEP"):
        v = spec.get(attr)
        if isinstance(v, str):
            return attr, (v,)
        if isinstance(v, dict) and set(v) == {"IN"}:
            return attr, tuple(v["IN"])
    return None


def _token_test(spec: dict[str, Any]) -> TokenTest | None:
    if not spec or any(k not in _FIELDS for k in spec):
        return None
    tests = [_value_test(k, v) for k, v in spec.items()]
    if any(t is None for t in tests):
        return None
    checks = tuple(t for t in tests if t is not None)
    return lambda tok: all(c(tok) for c in checks)


class FastRulerMatch:
    """``match(doc)`` for an AttributeRuler: the matches its Matcher would return, sorted the same way.

    A one-token pattern's verdict depends only on the token's lower-case form,
    tag, dependency label and whether it is space, so verdicts are cached per
    such combination; the few longer patterns are tried where their first token fits.
    """

    _CACHE_LIMIT = 200_000

    def __init__(self, patterns: list[dict[str, Any]], match_ids: list[int]) -> None:
        self.longer: list[tuple[int, list[TokenTest]]] = []
        self.match_ids = match_ids
        # first-token tests filed by the value they require (LOWER, TAG or DEP), or unfiled;
        # each entry: (rule, index in self.longer or -1 for a one-token pattern, test)
        self.filed: dict[str, dict[str, list[tuple[int, int, TokenTest]]]] = {"LOWER": {}, "TAG": {}, "DEP": {}}
        self.unfiled: list[tuple[int, int, TokenTest]] = []
        for i, p in enumerate(patterns):
            for alternative in p["patterns"]:
                tests = [_token_test(spec) for spec in alternative]
                if not tests or any(t is None for t in tests):
                    raise ValueError(f"unsupported attribute ruler pattern: {alternative!r}")
                checks = [t for t in tests if t is not None]
                j = -1
                if len(checks) > 1:
                    j = len(self.longer)
                    self.longer.append((i, checks))
                entry = (i, j, checks[0])
                key = _index_key(alternative[0])
                if key is None:
                    self.unfiled.append(entry)
                else:
                    for value in key[1]:
                        self.filed[key[0]].setdefault(value, []).append(entry)
        self._verdicts: dict[tuple[str, str, str, bool], tuple[tuple[int, ...], tuple[int, ...]]] = {}

    def _verdict(self, tok: Any) -> tuple[tuple[int, ...], tuple[int, ...]]:
        """The one-token rules ``tok`` matches, and the longer patterns (by position in
        ``self.longer``) whose first token it fits."""
        key = (tok.lower_, tok.tag_, tok.dep_, tok.is_space)
        verdict = self._verdicts.get(key)
        if verdict is None:
            if len(self._verdicts) > self._CACHE_LIMIT:
                self._verdicts.clear()
            lower, tag, dep = key[:3]
            entries = self.filed["LOWER"].get(lower, []) + self.filed["TAG"].get(tag, []) + \
                self.filed["DEP"].get(dep, []) + self.unfiled
            fits = [(rule, j) for rule, j, test in entries if test(tok)]
            rules = tuple(sorted({rule for rule, j in fits if j < 0}))
            starts = tuple(sorted({j for _, j in fits if j >= 0}))
            verdict = self._verdicts[key] = (rules, starts)
        return verdict

    def __call__(self, doc: Any) -> list[tuple[int, int, int, int]]:
        found: set[tuple[int, int, int]] = set()
        n = len(doc)
        for tok in doc:
            i = tok.i
            rules, starts = self._verdict(tok)
            for rule in rules:
                found.add((rule, i, i + 1))
            for j in starts:
                rule, tests = self.longer[j]
                end = i + len(tests)
                if end <= n and all(test(doc[i + k]) for k, test in enumerate(tests[1:], 1)):
                    found.add((rule, i, end))
        return sorted((rule, self.match_ids[rule], s, e) for rule, s, e in found)


def speed_up(nlp: Any) -> bool:
    """Give ``nlp``'s attribute ruler the fast matcher; False (and no change) if it cannot take it."""
    if "attribute_ruler" not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe("attribute_ruler")
    try:
        patterns = ruler.patterns
        match_ids = [nlp.vocab.strings.add(str(i)) for i in range(len(patterns))]
        ruler.match = FastRulerMatch(patterns, match_ids)
    except (ValueError, AttributeError, KeyError):
        return False
    return True
