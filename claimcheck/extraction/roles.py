"""Roles: whose figure it is, read from the grammar of its sentence.

Part of the extract stage, used by :mod:`claimcheck.extraction.claims`.
The nearest name to a figure is often the wrong owner: the investor in
"Acme's $100 billion bet on Quorvex", the supplier in "Acme will ship 18,000
GPUs to Tern", the maker in "Acme released Q7 in June". The dependency parse
says which verb or noun governs the figure, and that word's meaning says
which of its arguments owns it:

* money that comes in (raise, secure, land, seal) is the grammatical subject's,
  or the venture it is raised for ("raised $1bn in funding for her start-up,
  Acme"; "a $2bn round for Acme"); money that goes out (invest, pour, bet,
  lend) is the recipient's ("in/into/on/to X", "the startup, X"), while paying
  a supplier stays the payer's spending;
* chips someone gets (buy, order, install, deploy) are the subject's, or the
  agent's in the passive; chips someone gives (sell, ship, supply, allocate,
  "go to") are the recipient's;
* a release or founding date is the released or founded thing's (the object,
  or the passive subject, or "the launch of X").

Only these verb and noun families are read; anything else returns an empty
:class:`Roles` and the caller's proximity rules decide. Words are matched by
their inflected forms, because the pipeline runs without a lemmatizer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from claimcheck.extraction.names import token_span

#: getting something, money or chips
_GETS = r"receiv(?:e|es|ed|ing)|secur(?:e|es|ed|ing)|obtain(?:s|ed|ing)?"
#: money that comes in: the subject of the verb owns it
MONEY_IN = re.compile(_GETS + r"|rais(?:e|es|ed|ing)|land(?:s|ed|ing)?|"
                      r"win|wins|won|winning|attract(?:s|ed|ing)?|clos(?:e|es|ed|ing)|net(?:s|ted|ting)?|"
                      r"bag(?:s|ged|ging)?|garner(?:s|ed|ing)?|collect(?:s|ed|ing)?|"
                      r"haul(?:s|ed|ing)?|emerg(?:e|es|ed|ing)|nab(?:s|bed|bing)?|snag(?:s|ged|ging)?|"
                      r"seal(?:s|ed|ing)?|complet(?:e|es|ed|ing)|finali[sz](?:e|es|ed|ing)")
#: money that goes out: the recipient owns it, the subject (the investor) does not
MONEY_OUT = re.compile(r"invest(?:s|ed|ing)?|pour(?:s|ed|ing)?|commit(?:s|ted|ting)?|pledg(?:e|es|ed|ing)|stak(?:e|es|ed|ing)|"
                       r"inject(?:s|ed|ing)?|pump(?:s|ed|ing)?|plough(?:s|ed|ing)?|plow(?:s|ed|ing)?|"
                       r"bet(?:s|ting)?|lend(?:s|ing)?|lent|loan(?:s|ed|ing)?|contribut(?:e|es|ed|ing)|"
                       r"sank|sink(?:s|ing)?|funnel(?:s|l?ed|l?ing)?")
MONEY_OUT_NOUN = re.compile(r"investments?|bets?|stakes?|injections?|infusions?|commitments?|loans?|"
                            r"cheques?|checks?|backing|contributions?")
#: money raised, named as a thing: 'a $2bn round for X' belongs to X
FUNDING_NOUN = re.compile(r"rounds?|funding|financing|raises?|fundraises?|fundraising|tranches?")
#: chips someone gets: the subject owns them
CHIPS_IN = re.compile(_GETS + r"|b(?:uy|uys|uying|ought)|order(?:s|ed|ing)?|purchas(?:e|es|ed|ing)|acquir(?:e|es|ed|ing)|"
                      r"install(?:s|ed|ing)?|deploy(?:s|ed|ing)?|"
                      r"operat(?:e|es|ed|ing)|own(?:s|ed|ing)?|amass(?:es|ed|ing)?|stockpil(?:e|es|ed|ing)|"
                      r"empanel(?:s|l?ed|l?ing)?|hous(?:e|es|ed|ing)|field(?:s|ed|ing)?|rent(?:s|ed|ing)?|"
                      r"leas(?:e|es|ed|ing)|import(?:s|ed|ing)?|procur(?:e|es|ed|ing)|"
                      r"add(?:s|ed|ing)?|get|gets|got|getting")
#: chips someone gives: the recipient owns them, the subject (the seller) does not
CHIPS_OUT = re.compile(r"s(?:ell|ells|elling|old)|ship(?:s|ped|ping)?|suppl(?:y|ies|ied|ying)|"
                       r"provid(?:e|es|ed|ing)|deliver(?:s|ed|ing)?|br(?:ing|ings|inging|ought)|"
                       r"s(?:end|ends|ending|ent)|allocat(?:e|es|ed|ing)|g(?:ive|ives|ave|iving|iven)|"
                       r"export(?:s|ed|ing)?|go|goes|went|going|distribut(?:e|es|ed|ing)|assign(?:s|ed|ing)?")
RELEASE = re.compile(r"releas(?:e|es|ed|ing)|launch(?:es|ed|ing)?|unveil(?:s|ed|ing)?|introduc(?:e|es|ed|ing)|"
                     r"debut(?:s|ed|ing)?|roll(?:s|ed|ing)?|open-sourc(?:e|es|ed|ing)|publish(?:es|ed|ing)?|"
                     r"drop(?:s|ped|ping)?|showcas(?:e|es|ed|ing)|found(?:s|ed|ing)?|"
                     r"establish(?:es|ed|ing)?|incorporat(?:e|es|ed|ing)|form(?:s|ed|ing)?|creat(?:e|es|ed|ing)|"
                     r"spun|spin(?:s|ning)?|set|sets|setting")
#: verbs that start an organisation or a thing rather than release a product
BEGUN = re.compile(r"launched|found(?:s|ed|ing)?|establish(?:es|ed|ing)?|incorporat(?:e|es|ed|ing)|form(?:s|ed|ing)?|"
                   r"creat(?:e|es|ed|ing)|set|sets|setting")
RELEASE_NOUN = re.compile(r"launch(?:es)?|releases?|debuts?|unveilings?|introductions?|rollouts?|roll-outs?|"
                          r"publication|founding|creation|establishment|arrival")

_RECIPIENT_PREPS = {"in", "into", "on", "to", "for"}
_CHIP_RECIPIENT_PREPS = {"to", "for", "with"}
_SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
_RELATIVE = {"which", "who", "that", "whom"}
_PRONOUNS = {"it", "its", "they", "them", "he", "she", "we", "i", "you", "this", "that", "these", "those"}
_CLIMB_LIMIT = 6


@dataclass
class Roles:
    """Character spans of the words that own a figure, and of those that do not."""

    owners: list[tuple[int, int]] = field(default_factory=list)
    not_owners: list[tuple[int, int]] = field(default_factory=list)
    distributive: bool = False  # "A, B and C will each install 50,000 GPUs"
    received: bool = False  # given to the owner by someone else (an investment, a shipment)
    passive: bool = False  # "X was launched in May"
    common: list[bool] = field(default_factory=list)  # per owner: a common noun ("the facility"), not a name
    begun: bool = False  # the verb starts something (launched, founded, established), rather than releasing it
    spent: bool = False  # money put out with no one receiving it ("Acme will invest $3bn to expand"): spending
    named: bool = False  # the released thing is a product named by what it is ("its model called SparkDesk")


def read_roles(doc: Any, start: int, end: int, kind: str) -> Roles:
    """The :class:`Roles` of the figure at characters [start, end) of ``doc``.

    ``kind`` is ``"cost"``, ``"chips"`` or ``"date"``.
    """
    head = _figure_head(doc, start, end)
    if head is None:
        return Roles()
    gov = _governor(head)
    if gov is None:
        return Roles()
    word = gov.lower_
    if gov.pos_ in {"NOUN", "PROPN"}:
        return _noun_roles(gov, word, kind)
    if kind == "cost":
        if MONEY_IN.fullmatch(word):
            if any(c.dep_ == "dobj" and not c.left_edge.i <= head.i <= c.right_edge.i
                   and not (c.pos_ == "PROPN" and c.left_edge.i > 0 and c.doc[c.left_edge.i - 1].text == ",")
                   for c in gov.children):
                return Roles()  # "raised its forecast to $10bn": something else was raised (not ", Acme Labs,")
            roles = _given_to_subject(gov, head, recipient_preps={"for"})
            roles.received = bool(roles.owners)
            return roles
        if MONEY_OUT.fullmatch(word):
            roles = _given_away(gov, head, _RECIPIENT_PREPS)
            roles.spent = not roles.owners and bool(roles.not_owners)
            return roles
    elif kind == "chips":
        if CHIPS_OUT.fullmatch(word):
            return _given_away(gov, head, _CHIP_RECIPIENT_PREPS)
        if CHIPS_IN.fullmatch(word):
            return _given_to_subject(gov, head, recipient_preps=set())
    elif kind == "date" and RELEASE.fullmatch(word):
        if word in {"set", "sets", "setting", "roll", "rolls", "rolled", "rolling", "spun", "spin", "spins", "spinning"} \
                and not any(c.dep_ == "prt" for c in gov.children):
            return Roles()  # "set" alone is not "set up"
        return _released(gov)
    return Roles()


def _figure_head(doc: Any, start: int, end: int) -> Any:
    """The token of the figure whose head lies outside it (its syntactic root)."""
    span = token_span(doc, start, end)
    if span is None or not len(span):
        return None
    toks = list(span)
    inside = {t.i for t in toks}
    outside = [t for t in toks if t.head.i not in inside or t.head.i == t.i]
    return outside[-1] if outside else toks[-1]


def _governor(tok: Any) -> Any:
    """The verb, or the role noun, the figure hangs from."""
    t = tok
    for _ in range(_CLIMB_LIMIT):
        h = t.head
        if h.i == t.i:
            return t if t.pos_ in {"VERB", "AUX"} else None
        if h.pos_ in {"VERB", "AUX"}:
            return h
        if h.pos_ == "NOUN" and t.dep_ in {"nummod", "compound", "quantmod", "nmod", "amod", "prep"} and \
                (MONEY_OUT_NOUN.fullmatch(h.lower_) or RELEASE_NOUN.fullmatch(h.lower_) or _round_for(h)):
            return h
        t = h
    return None


def _round_for(noun: Any) -> bool:
    """'a $2bn funding round for Acme': a round (or raise) that names whom it is for."""
    return bool(FUNDING_NOUN.fullmatch(noun.lower_)) and any(
        p.dep_ == "prep" and p.lower_ == "for" for p in noun.children)


def _noun_roles(noun: Any, word: str, kind: str) -> Roles:
    """'a $5bn investment in X', "X's launch", 'the launch of X', 'a $2bn round for X'."""
    if kind == "cost" and _round_for(noun):
        owners = _prep_objects(noun, {"for"})
        return Roles(owners=owners, received=bool(owners))
    if kind == "cost" and MONEY_OUT_NOUN.fullmatch(word):
        owners = _prep_objects(noun, _RECIPIENT_PREPS)
        if owners:
            givers = [c for c in noun.children if c.dep_ == "poss" or c.dep_ == "compound" and c.pos_ == "PROPN"]
            return Roles(owners=owners, not_owners=[_span(g) for g in givers], received=True)
    if kind == "date" and RELEASE_NOUN.fullmatch(word):
        owners = _prep_objects(noun, {"of"}) or [_span(c) for c in noun.children if c.dep_ == "poss"
                                                  and c.lower_ not in _PRONOUNS]
        return Roles(owners=owners)
    return Roles()


def _given_to_subject(verb: Any, figure: Any, recipient_preps: set[str]) -> Roles:
    """Raised or bought: the subject owns it ('for X' names another owner)."""
    named = _prep_objects(verb, recipient_preps) + _prep_objects(figure, recipient_preps)
    for p in [*figure.children, *verb.children]:  # "$2bn in funding for her start-up"
        if p.dep_ == "prep" and p.lower_ == "in":
            named += [x for o in p.children if o.dep_ == "pobj" for x in _prep_objects(o, recipient_preps)]
    if named:
        return Roles(owners=named)
    if _is_passive(verb):
        agents = [_span(p) for a in verb.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
        return Roles(owners=agents)
    subjects = _subjects(verb)
    return Roles(owners=[_span(s) for s in subjects], distributive=bool(subjects) and _each(verb))


def _given_away(verb: Any, figure: Any, preps: set[str]) -> Roles:
    """Invested or supplied: the recipient owns it, never the giver."""
    owners = _prep_objects(verb, preps) + _prep_objects(figure, preps - {"for"})
    owners += [_span(c) for c in verb.children if c.dep_ == "dative" and (c.pos_ == "PROPN" or c.lower_ in {"it", "them"})]
    if not owners:  # "pay Acme $5m" parsed with Acme as the object
        owners = [_span(c) for c in verb.children if c.dep_ == "dobj" and c.pos_ == "PROPN" and c.i != figure.i]
    givers = [] if _is_passive(verb) else [_span(s) for s in _subjects(verb)]
    if _is_passive(verb):
        givers = [_span(p) for a in verb.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
    return Roles(owners=owners, not_owners=givers, received=bool(owners))


def _released(verb: Any) -> Roles:
    """Released or founded: the thing released or founded owns the date."""
    passive = _is_passive(verb)
    if verb.dep_ == "acl" and not any(c.dep_ == "dobj" for c in verb.children):
        # "the credit facility established in August", "Lumen 3, released in June"
        things = [verb.head]
    elif passive:
        things = [s for s in verb.children if s.dep_ == "nsubjpass"]
    else:
        things = [c for c in verb.children if c.dep_ == "dobj"]
    names = [_named_thing(t) for t in things]
    return Roles(owners=[_span(t) for t in names if t.lower_ not in _PRONOUNS], passive=passive,
                 common=[t.pos_ == "NOUN" for t in names if t.lower_ not in _PRONOUNS],
                 begun=bool(BEGUN.fullmatch(verb.lower_)), named=names != things)


def _named_thing(thing: Any) -> Any:
    """The name a common noun is given: "its language model called SparkDesk", "its latest
    chip, "Gaudi 3,"" (the named product is what was released, not "model" or "chip")."""
    if thing.pos_ != "NOUN":
        return thing
    for c in thing.children:
        if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > 0 and c.doc[c.i - 1].text in {'"', "“", "‘", "'"}:
            return c  # a name in quote marks, not any apposition ("its own drones (Sifted)")
        if c.dep_ == "acl" and c.lower_ in {"called", "named", "dubbed", "branded"}:  # (no lemmatiser here)
            named = [g for g in c.children if g.dep_ in {"oprd", "attr", "dobj", "xcomp"} and g.pos_ == "PROPN"]
            if named:
                return named[0]
    return thing


def _subjects(verb: Any) -> list[Any]:
    """The verb's subject and its conjuncts, through 'plans to buy' and relative clauses."""
    v = verb
    for _ in range(3):
        subj = [c for c in v.children if c.dep_ in _SUBJECT_DEPS and not any(k.dep_ == "case" for k in c.children)]
        if subj:
            s = min(subj, key=lambda c: abs(v.i - c.i))  # "Dana Lee's Acme has raised": Acme, not the possessor
            if s.lower_ in _RELATIVE and v.dep_ == "relcl":
                s = v.head
            if s.lower_ in {"it", "they"}:
                return [s]  # the caller finds what the pronoun stands for
            if s.lower_ in _PRONOUNS or s.pos_ == "PRON":
                return []
            return [s, *_coordinated(s)]
        if v.dep_ in {"xcomp", "conj"} and v.head.pos_ in {"VERB", "AUX"}:
            v = v.head
            continue
        if v.dep_ == "relcl":
            return [v.head]
        break
    return []


def _coordinated(tok: Any) -> list[Any]:
    """Names listed with ``tok``: 'A, B and C' (the parser links them as conj or appos)."""
    out = []
    for c in tok.children:
        if c.dep_ in {"conj", "appos"} and c.pos_ == "PROPN":
            out.append(c)
            out.extend(_coordinated(c))
    return out


def _each(verb: Any) -> bool:
    return any(c.lower_ in {"each", "apiece"} and verb.i in (c.head.i, c.head.head.i) for c in verb.subtree)


def _prep_objects(word: Any, preps: set[str]) -> list[tuple[int, int]]:
    out = []
    for p in word.children:
        if p.dep_ in {"prep", "dative"} and p.lower_ in preps:
            for o in p.children:
                if o.dep_ == "pobj" and (o.tag_ == "VBG" or o.lower_.endswith("ing") and o.pos_ in {"NOUN", "VERB"}
                                         and not any(c.dep_ in {"det", "poss"} for c in o.children)):
                    continue  # "invest $20 billion into building data centers": a purpose, no recipient
                if o.dep_ == "pobj" and (o.lower_ not in _PRONOUNS or o.lower_ in {"it", "them"}):
                    out.append(_span(_named(o)))
                    out.extend(_span(c) for c in _coordinated(o))
                elif o.dep_ == "pcomp":  # "to struggling chipmaker Acme", parsed as a gerund and its object
                    out.extend(_span(_named(d)) for d in o.children if d.dep_ == "dobj" and _named(d).pos_ == "PROPN")
    return out


def _named(tok: Any) -> Any:
    """The name a common noun is given beside it: "her start-up, Acme Labs", "the venture Acme"
    (the parser may hang the name on the verb instead of the noun); else the noun itself."""
    if tok.pos_ != "NOUN":
        return tok
    for c in tok.children:
        if c.dep_ == "appos" and c.pos_ == "PROPN":
            return c
    doc, i = tok.doc, tok.i + 1
    if i + 1 < len(doc) and doc[i].text == "," and doc[i + 1].pos_ == "PROPN":
        j = i + 1
        while j + 1 < len(doc) and doc[j + 1].pos_ == "PROPN":
            j += 1
        return doc[j]  # the name's last word: ``_span`` takes in the words before it
    return tok


def _is_passive(verb: Any) -> bool:
    return any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children)


def _span(tok: Any) -> tuple[int, int]:
    """The name a token heads: its compound words, itself and a version number after it ('Lumen 3.5')."""
    first = last = tok
    for c in tok.lefts:
        if c.dep_ in {"compound", "flat"} and c.i < first.i:
            first = c
    for c in tok.rights:
        if c.dep_ in {"nummod", "compound", "appos"} and c.i == last.i + 1 and c.like_num:
            last = c
    return first.idx, last.idx + len(last.text)


def dates_other_event(doc: Any, start: int, end: int, cue: int) -> bool:
    """The date at [start, end) hangs from a verb that is not the event cue at ``cue``.

    "the export rules took effect in October 2023, after Acme launched …":
    October dates the rules taking effect, not the launch. True only when the
    parse ties the date to a verb and that verb and the cue are in separate
    clauses (neither governs the other).
    """
    head = _figure_head(doc, start, end)
    if head is None:
        return False
    gov = _governor(head)
    cue_span = token_span(doc, cue, cue + 1)
    if gov is None or gov.pos_ != "VERB" or cue_span is None or not len(cue_span):
        return False
    if gov.dep_ not in {"ROOT", "advcl", "ccomp", "conj", "relcl", "csubj"}:
        return False  # "(to) paying customers on Monday": a modifier or gerund, not a clause with its own event
    cue_tok = cue_span[0]
    if cue_tok.i == gov.i or RELEASE.fullmatch(gov.lower_):
        return False
    return cue_tok.i not in {t.i for t in gov.subtree}  # the cue's clause does not contain the date's verb
