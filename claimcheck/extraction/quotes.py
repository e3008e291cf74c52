"""Quotes: find quotations and credit them to their speakers.

Part of the extract stage. Pairs straight and curly quote marks paragraph by
paragraph (a quote that runs over paragraphs reopens each paragraph without
closing the previous one), drops scare quotes around short noun phrases, and
finds the speaker from the reporting verb next to the quote (`"…," said X`,
`X said: "…"`, `according to X`), from the quote it continues (`"A," said X.
"B."`), from a pronoun (nearest person before) or from a person named just
before the quote. Titles such as "Dr." are stripped from speakers.

Conventions: a speaker is a person's full name without titles or job words
("Dr. Maija Lindqvist" → "Maija Lindqvist"; "Lindqvist said" → the full name
used earlier); an organisation speaking through a statement or filing is
credited by its name ("the company said" → the article's company, "the
department said" → the "Department for …" named earlier); an unnamed
spokesperson is ``"<Org> spokesperson"`` (a named one is the person); an
anonymous source ("one official, who asked not to be named") has no speaker,
and its description ("one official") is kept as the speaker description.
Titles, honorifics and affiliations are a description, not the name ("NASA
Administrator X" → X, desc "NASA Administrator"; "X of the Y Institute told"
→ X); a titled single surname ("Ms. Okafor-Bell") is a person with a gender.
Described speakers resolve: "the AI giant"/"the X newsroom" → the company,
"the statement read"/"the lawsuit said" → whoever issued it earlier in the
text, "the minister said" → the person introduced as minister; pronouns
prefer the previous sentence's subject. Labels attribute too: "Name (Team):
"…"", "Name (Team) on <topic>: "…"", Q&A blocks ("Opening statement:", "On
<topic>:" under a name heading). Quotes of 1-2 words, scare quotes (3-4
words with no verb and no reporting verb governing them), mentioned phrases
("the phrase "…"", "so-called"), figures, listed document titles and titles of
works ("titled …", Title Case names) are not quotes unless plainly speech
(`replied: "Not tonight."`); a 3-4-word partial quote a reporting verb
introduces is ("called it the "very worst case"").
``Quote.text == text[start:end]`` always: a quote that runs over paragraphs is
one quote per paragraph, each credited to the speaker of the whole (labellers
of real articles count it so).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Any

from claimcheck.extraction import cre
from claimcheck.extraction.subjects import (
    TITLES_RE,
    SubjectIndex,
    clean_name,
    doc_sentences,
    doc_text,
    load_registry,
    token_span,
)
from claimcheck.model import Quote

VERBS = (
    r"said|says|added|adds|told|tells|explained|explains|noted|notes|wrote|writes|argued|argues|"
    r"stated|states|claimed|claims|continued|asked|asks|warned|warns|insisted|insists|remarked|"
    r"observed|commented|recalled|acknowledged|admitted|admits|declared|announced|posted|tweeted|"
    r"emphasised|emphasized|stressed|cautioned|predicted|suggested|suggests|replied|answered|"
    r"conceded|concedes|maintained|maintains|recalls|responded|responds|countered|counters|agreed|agrees|"
    r"described|describes|called|calls|dubbed|termed|labelled|labeled|branded|put\s+it|puts\s+it|"
    r"mentioned|mentions|requested|instructed|pressed|reiterated|reiterates|confirmed|confirms|revealed|"
    r"recounted|recounts|alleged|alleges|asserted|asserts|contended|contends|quipped|joked|jokes|urged|urges|"
    r"vowed|pledged|promised|highlighted|boasted|lamented|complained|complains|opined|mused|reported|reports|clarified|clarifies|"
    r"concluded|concludes|inquired|inquires|enquired|queried|wondered|exclaimed|shouted|whispered|"
    # plural subjects ("the authors write", "analysts say") and "sighed"
    r"say|write|note|argue|explain|warn|insist|suggest|claim|predict|contend|caution|sighed|sighs"
)
# verbs that take the quote as a noun phrase ("called the plan "…"") - not after a quote
_PARTIAL_ONLY = {"described", "describes", "called", "calls", "dubbed", "termed", "labelled", "labeled", "branded"}
# surname particles: "Annelies van der Berg", "Mateo de la Fuente"
_PART = r"(?:(?:van|von|der|den|de|del|della|di|da|du|la|le|bin|ibn|al|el|ter|ten|dos|das|y)\s+){1,3}"
_TITLE = r"(?:Dr|Mr|Mrs|Ms|Mx|Prof|Professor|Sir|Dame|Rev|Gen|Sen|Rep|Lt|Sgt|Capt|Col|Cpl|Det|Insp|Supt|Cmdr|Adm|Gov|Hon|Cllr|Fr)"
_NAME = rf"(?:{_TITLE}\.?\s+)?[A-Z][\w'’-]+(?:\s+(?:[A-Z]\.|[A-Z](?=\s+[A-Z][\w'’-])|(?:{_PART})?[A-Z][\w'’-]+)){{0,5}}"
_PRON = r"(?:he|she|He|She|they|They)"
#: "says the European Commission": a named public body or institution after its article
_THE_INSTITUTION = (r"the\s+(?=(?:[A-Z][\w'’&.-]*\s+){1,4}?(?:Commission|Ministry|Council|Government|Agency|Authority|"
                    r"Department|Office|Board|Bank|Fund|Foundation|Institute|University|Union|Parliament|Court|Committee|"
                    r"Association)\b)")
_AFTER_RE = re.compile(
    rf"^\s*,?\s*(?:(?P<verb>{VERBS})\s+(?:{_THE_INSTITUTION})?(?P<who>{_NAME}|{_PRON})|(?:[a-z-]+\s+){{0,3}}?(?P<who2>{_NAME}(?:\s+[A-Z][\w'’-]+){{0,3}}|{_PRON})(?:\s+of\s+(?:the\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){{0,4}})?\s+(?:(?:also|then|later)\s+)?(?P<verb2>{VERBS})\b|(?:according\s+to|(?:[a-z]+\s+){{0,3}}as\s+per)\s+(?P<who3>{_NAME}))"
)
_BEFORE_RE = re.compile(
    rf"(?:(?P<who>{_NAME}|{_PRON})(?:,[^,\"“”]{{2,80}},)?\s+(?:(?:also|then|later)\s+)?(?P<verb>{VERBS})(?:\s+\w+){{0,4}}?(?:\s+that)?|[Aa]ccording\s+to\s+(?P<who2>{_NAME})|(?P<who3>{_NAME})[’']s\s+(?:words|view|statement)|(?P<who4>{_NAME})\s+[a-z]+(?:\s+[a-z]+){{0,2}}:)\s*[,:]?\s*$"
)
_ORG_NOUNS_ALL = (
    r"(?:company|firm|startup|start-up|lab|laboratory|group|agency|ministry|department|authority|bank|university|"
    r"council|union|regulator|organisation|organization|association|institute|commission|committee|government|"
    r"charity|board|office|foundation|court|police|school|hospital|club|party|campaign)"
)
# what a company is called when it is not named ("the AI giant", "the ChatGPT maker", "the OpenAI newsroom")
_CORP_DESC = (
    r"(?:giant|maker|chipmaker|carmaker|automaker|developer|retailer|airline|carrier|insurer|lender|operator|"
    r"provider|platform|manufacturer|conglomerate|broadcaster|publisher|outfit|titan|behemoth|supplier|"
    r"business|corporation|newsroom|team)"
)
# documents that speak for their author ("the statement read", "the lawsuit said")
_DOC_NOUN = (
    r"(?:statement|filing|press\s+release|release|announcement|lawsuit|suit|complaint|letter|memo|document|"
    r"blog\s+post|post|notice|email|e-mail|report|study|survey|index|paper|analysis)"
)
# documents whose findings are quoted ("the study found", "the index says"): they speak by their own name
_STUDY_NOUN = r"(?:report|study|survey|index|paper|analysis)"
# what a document does with its findings
_FINDS = r"found|finds|concluded|concludes|showed|shows|estimated|estimates"
_ORG_SPEAKER_RE = re.compile(
    rf"^\s*,?\s*(?:as\s+)?(?:(?:the|a|its)\s+(?:(?P<mod>[A-Z][\w&'’.-]*)\s+|[\w-]+\s+){{0,2}}?(?P<noun>{_ORG_NOUNS_ALL}|{_CORP_DESC}|{_DOC_NOUN})(?:[’']s\s+(?:authors|researchers|editors|writers))?"
    rf"\s+(?:(?:also|later)\s+)?(?P<verb>{VERBS}|read|reads|{_FINDS}|put\s+it)"
    rf"|(?P<verb2>{VERBS}|according\s+to)\s+(?:the|a|its)\s+(?:(?P<mod2>[A-Z][\w&'’.-]*)\s+|[\w-]+\s+){{0,2}}?"
    rf"(?P<noun2>{_ORG_NOUNS_ALL}|{_CORP_DESC}))\b"
)
# `"…," Acme's statement said`: a company's own document speaks for it
_OWN_DOC_AFTER_RE = re.compile(
    rf"^\s*,?\s*(?P<org>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){{0,2}})[’']s\s+(?:[\w-]+\s+)?{_DOC_NOUN}\s+"
    rf"(?:(?:also|later)\s+)?(?P<verb>{VERBS}|read|reads)\b"
)
# `"…," such as its new model, a spokesperson said`: a short aside between the quote and who said it
_ASIDE_AFTER_RE = re.compile(r"^\s*,?\s*(?:such\s+as|including|like|in|on|at|for|after|before|during)\b[^,\"“”.!?\n]{1,60},\s*")
# `"…," it said`: a document or organisation speaking again
_IT_AFTER_RE = re.compile(rf"^\s*,?\s*it\s+(?:(?:also|then|later|further)\s+)?(?P<verb>{VERBS}|{_FINDS})\b")
_DESC_RE = re.compile(
    r"^,\s+(?P<desc>[^\"“”]+?)(?=,\s+(?:who|which|whose)\b|(?<!\b[A-Z])(?<!\bDr|\bMr|\bMs|\bSt)[.;]\s|[.;]?$|\s+[\"“])"
)
_ROLE_WORDS = re.compile(
    r"^(?:(?:Analyst|Economist|Researcher|Scientist|Spokesperson|Spokesman|Spokeswoman|Executive|Engineer|"
    r"Investor|Founder|Co-founder|CEO|CTO|Chairman|Chairwoman|President|Senator|Minister|Professor|Director|"
    r"Chief|Lawyer|Author|Partner|Developer|CFO|COO|Chair|Head|Manager|Officer|Editor|Reporter|Governor|"
    r"Mayor|Judge|Councillor|Commissioner|Secretary|Representative|Spokesperson)\s+)+"
)
_OPEN, _CLOSE = "“", "”"
_STRAIGHT_SINGLE_RE = re.compile(
    r"(?:(?<=\s)|(?<=^)|(?<=[(\[]))'(?=[A-Za-z])((?:[^'\n\"“”]|'(?=\w)|(?<=s)'(?=\s+[a-z]))+?(?<=[\w.,!?]))(?:(?<!s)'|(?<=s)'(?!\s+[a-z]))(?=[\s.,;:)!?]|$)"
)
_SINGLE_RE = re.compile(r"(?<!\w)‘((?:[^‘’\n]|’(?=\w))+)’(?!\w)")


@dataclass
class RawQuote:
    """A span between quote marks: ``start``/``end`` are the inner offsets."""

    start: int
    end: int
    open_mark: int
    close_mark: int
    parts: list[tuple[int, int]]  # inner spans (several for multi-paragraph quotes)


_MARK_RE = re.compile(r'[“”"\n]')


def pair_quote_marks(text: str) -> list[RawQuote]:
    """Pair quote marks into quotations, handling multi-paragraph quotes.

    A curly quote nested in the same marks (“a “cheer team” welcomed…”) does not end the outer one, and an
    opening mark that ends a paragraph closes the open quote (a typo for the closing mark)."""
    out: list[RawQuote] = []
    open_at: int | None = None
    parts: list[tuple[int, int]] = []
    first_open = 0
    depth = 0  # curly quotes nested inside the open one
    n = len(text)
    skip_to = -1
    for mk in _MARK_RE.finditer(text):
        i = mk.start()
        if i < skip_to:
            continue
        c = text[i]
        if c == "\n" and open_at is not None:
            if not text[i:].strip():
                break  # the text ends inside the quote (see below)
            # paragraph ends inside a quote: continue only if the next paragraph reopens
            j = i
            while j < n and text[j].isspace():
                j += 1
            if j < n and text[j] in "\"“":
                parts.append((open_at, i))
                open_at = j + 1
                skip_to = j + 1
                depth = 0
                continue
            open_at, parts = None, []
        elif c == _OPEN and open_at is not None and i > open_at and cre.match(r"[ \t]*(?:\n|$)", text[i + 1:i + 3]) \
                and not text[i - 1].isspace():
            parts.append((open_at, i))  # “Will they? Absolutely.“⏎
            out.append(RawQuote(parts[0][0], i, first_open, i, parts))
            open_at, parts, depth = None, [], 0
        elif c == _OPEN and open_at is not None and _nests(text, i):
            depth += 1
        elif c == '"' and open_at is None and i > 0 and (text[i - 1].isalnum() or text[i - 1] in ".,;!?"):
            continue  # 'its “chain-of-thought” reasoning" and …': a stray closing mark opens nothing
        elif c == _OPEN or (c == '"' and open_at is None):
            open_at, first_open, parts, depth = i + 1, i, [], 0
        elif c == _CLOSE and depth:
            depth -= 1
        elif (c == _CLOSE or c == '"') and open_at is not None:
            parts.append((open_at, i))
            out.append(RawQuote(parts[0][0], i, first_open, i, parts))
            open_at, parts = None, []
    if open_at is not None and "\n" not in text[open_at:].rstrip() and (first_open == 0 or text[first_open - 1] == "\n") \
            and len(text[open_at:].split()) >= 6 and cre.search(r"[.!?]\s*$", text):
        # the story's last paragraph opens a quote the page cut off before its closing mark
        end = len(text.rstrip())
        parts.append((open_at, end))
        out.append(RawQuote(parts[0][0], end, first_open, end, parts))
    # British style: ‘…’ (curly singles only; an apostrophe is a ’ followed by a letter)
    for m in _SINGLE_RE.finditer(text):
        if not any(q.open_mark <= m.start() <= q.close_mark for q in out):
            out.append(RawQuote(m.start() + 1, m.end() - 1, m.start(), m.end() - 1, [(m.start() + 1, m.end() - 1)]))
    # straight singles: 'I don't need more,' he says (an apostrophe has letters on both sides)
    for m in _STRAIGHT_SINGLE_RE.finditer(text):
        if len(m.group(1).split()) >= 2 and not any(q.open_mark <= m.start() <= q.close_mark for q in out):
            out.append(RawQuote(m.start() + 1, m.end() - 1, m.start(), m.end() - 1, [(m.start() + 1, m.end() - 1)]))
    out.sort(key=lambda q: q.open_mark)
    return out


_GERUNDS = (
    r"saying|stating|writing|adding|noting|arguing|claiming|warning|explaining|insisting|calling|describing|"
    r"praising|hailing|terming|labelling|labeling|dubbing|branding"
)
# words that mention a phrase rather than quote a speaker ("the phrase "experts say"", "such rubrics as "…"")
_MENTION_RE = re.compile(
    r"(?:\b(?:the|a|an|this|that|these|those|such)\s+(?:[\w-]+\s+)?(?:phrase|phrases|term|terms|word|words|expression|"
    r"slogan|motto|mantra|catchphrase|label|headline|hashtag|rubric|rubrics|tagline|name)(?:\s+(?:as|of|like))?"
    r"|\bsuch\s+as|\bso-called|\bknown\s+as|\breferred\s+to\s+as|\b(?:packaged|billed|branded|touted|marketed|pitched|seen|regarded|dismissed)\s+as"
    r"(?:\s+(?:a|an|the))?)\s*[,:]?\s*$",
    re.IGNORECASE,
)
_LIST_ITEM_RE = re.compile(
    r"\b(?:first|second|third|fourth|last|other|latter|former)\s+(?:one\s+)?(?:is|was)\s+(?:a|an|the)?\s*$",
    re.IGNORECASE)
# a reporting verb a few words before a short partial quote ("called Huang "my friend X"", "calling it part
# of an "ongoing …"", "whom he praised as "…"", "explained that there was a "…"")
_SPEECH_BEFORE_RE = re.compile(
    rf"\b(?P<v>{VERBS}|{_GERUNDS}|praised|praises|hailed|slammed|criticised|criticized|blasted|found|finds|"
    rf"concluded|ruled|deemed)(?P<gap>(?:,?\s+[\w'’-]+){{0,6}}),?\s*$"
)


#: "in Dana Whit's words,", "in the CEO's own words": what follows is someone's words
_WORDS_OF_RE = re.compile(r"\b[Ii]n\s+(?:[\w'’.-]+\s+){1,4}?(?:own\s+)?words\b")
#: a reported clause: "X said (that) it will …", "saying that …", "told investors the …"
_REPORTED_CLAUSE_RE = re.compile(r"\b(?:said|says|saying|told|telling|added|adding|explained|noted|stated)\b(?!\s+(?:in|on)\s+a\b)")
#: a short quote credited to a named speaker right after it: "…", according to Jo Doe. / "…," said Jo Doe.
_CREDITED_AFTER_RE = re.compile(r"\s*,?\s*(?:according\s+to|(?:said|says|added|adds|noted|notes)(?=\s+[A-Z]))\s+(?:[A-Z][\w’'-]+)")


def _role_of_org_names(text: str) -> list[re.Match[str]]:
    """Matches of ``_ROLE_OF_ORG_NAME`` in ``text``, tried only where a role noun precedes an
    organisation-name ending (rare words), so that long texts are not scanned with it everywhere."""
    out: list[re.Match[str]] = []
    full = cre.compile(_ROLE_OF_ORG_NAME)
    for tail in cre.finditer(rf"\b{_ORG_TAIL}\s+[A-Z]", text):
        lo = max(0, tail.start() - 150)
        for role in cre.finditer(rf"\b{_ROLE_NOUN_ANY_CASE}\s+(?:of|at|for)\s", text[lo:tail.start()]):
            m = full.match(text, lo + role.start())
            if m and m.start("n") > tail.start() and all(m.start("n") != o.start("n") for o in out):
                out.append(m)
                break
    return out


def _clause_before(text: str, pos: int, width: int) -> str:
    """Up to ``width`` characters of ``pos``'s line before it, from the last sentence end, colon,
    semicolon or quote mark on."""
    line = text.rfind("\n", 0, pos) + 1
    window = text[max(line, pos - width):pos]
    return window[max((m.end() for m in cre.finditer(r"[.!?;:]\s|[\"“”]", window)), default=0):]


def _sentence_start_before(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` starts, by its line break or the sentence end before it."""
    return max(text.rfind("\n", 0, pos), *(text.rfind(p, 0, pos) + 1 for p in (". ", "? ", "! ")))


def _speech_partial(doc: Any, text: str, q: RawQuote) -> bool:
    """A 3-4-word quote introduced as someone's words ("an amazing job"), not a scare-quoted noun
    phrase, a figure ("well under $40 million") or a stock phrase ("more likely than not")."""
    inner = text[q.start:q.end].strip().rstrip(",")
    if not 3 <= len(inner.split()) <= 4 or _is_work_title(inner) or cre.search(r"\d", inner):
        return False
    if doc.has_annotation("POS"):
        span = token_span(doc, q.start, q.end)
        if span is None or not any(t.pos_ in {"NOUN", "PROPN", "VERB"} for t in span) or _is_term(span):
            return False
    before = _clause_before(text, q.open_mark, 100)
    if _MENTION_RE.search(before):
        return False
    if _CREDITED_AFTER_RE.match(text, q.close_mark + 1):
        return True  # 'a natural choice as they "are market leaders", according to Jo Doe'
    vm = _SPEECH_BEFORE_RE.search(before)
    if not vm and _WORDS_OF_RE.search(before):
        return True  # 'which has, in its CEO's words, become a "full-stack computing company"'
    if not vm:
        # 'the company said it will open a plant in 2026, creating "thousands of jobs."': a partial quote
        # at the end of a reported clause, the clause's speaker's words (a bare term was refused above)
        wide = _clause_before(text, q.open_mark, 220)
        return doc.has_annotation("POS") and bool(_REPORTED_CLAUSE_RE.search(wide)) and not _MENTION_RE.search(wide)
    if vm.group("v") in {"called", "calls", "dubbed", "termed", "labelled", "labeled", "branded"} and not vm.group("gap"):
        # "a service called "Rapid Return Plus"" names a thing; "what he called "…"" quotes him
        pw = cre.search(r"([\w'’-]+)\s+\S+\s*$", before)
        return bool(pw and (pw.group(1)[0].isupper() or pw.group(1).lower() in {"he", "she", "they", "it", "we", "who"}))
    return True


# parts of speech a bare term is made of ("foundational model training", "Acme's moonshot moment")
_TERM_POS = {"NOUN", "PROPN", "ADJ", "PART", "PUNCT", "SYM"}


def _is_term(span: Any) -> bool:
    """A quoted name for a thing - a whole noun phrase of only nouns, adjectives and possessives - is a
    term someone used, not their words ("what he called "foundational model training""); speech has a
    determiner, pronoun, adverb or verb ("the "very worst case"", ""my friend Dana""), or is the end of a
    noun phrase begun outside the marks ("part of a "coordinated smear campaign"")."""
    doc = span.doc
    k = span.start - 1
    while k >= 0 and doc[k].is_punct:
        k -= 1
    if k >= 0 and doc[k].pos_ in {"DET", "ADJ", "NUM"}:
        return False
    return all(t.pos_ in _TERM_POS for t in span)


def _is_clause(doc: Any, text: str, q: RawQuote) -> bool:
    """A short quote that is a whole clause, with its own subject and finite verb ("there are no
    wonders"): someone's words, even with no reporting verb next to it."""
    inner = text[q.start:q.end].strip()
    if not 3 <= len(inner.split()) <= 4 or not doc.has_annotation("DEP"):
        return False
    span = token_span(doc, q.start, q.end)
    if span is None:
        return False
    return any(t.dep_ in {"nsubj", "expl"} and t.head.i in range(span.start, span.end)
               and t.head.tag_ in {"VBP", "VBZ", "VBD", "MD"} and t.head.i > t.i for t in span)


def _nests(text: str, i: int) -> bool:
    """An opening curly mark inside an open quote nests when the paragraph closes it and the outer quote."""
    end = text.find("\n", i)
    rest = text[i + 1:end if end >= 0 else len(text)]
    return rest.count(_CLOSE) >= rest.count(_OPEN) + 2


def _is_scare(doc: Any, text: str, q: RawQuote) -> bool:
    inner = text[q.start:q.end].strip()
    words = [w for w in inner.split() if cre.search(r"\w", w)]  # "flagship / daily / fast" is three words
    if _LIST_ITEM_RE.search(text[max(0, q.open_mark - 40):q.open_mark]):
        return True  # "the first is a "notice of motion …"": a document's title
    if len(words) <= 8 and _MENTION_RE.search(text[max(0, q.open_mark - 40):q.open_mark]):
        return True  # "the phrase "experts say"": a phrase mentioned, not quoted
    if len(words) > 4:
        return False
    if len(words) <= 2:
        return True  # "drastically increase," (plain speech such as `replied: "Not tonight."` is let in later)
    if not cre.search(r"[.,!?]$", inner):
        return True
    if not doc.has_annotation("POS"):
        return False  # no tagger: a short quote that ends in punctuation is a quote
    span = token_span(doc, q.start, q.end)

    def hyphenated(t: Any) -> bool:  # "data-driven", "AI-first" are adjectives
        return (t.i > 0 and doc[t.i - 1].text == "-" and not doc[t.i - 1].whitespace_) or \
            (t.i + 1 < len(doc) and doc[t.i + 1].text == "-" and not t.whitespace_)

    return span is None or not any(t.pos_ in {"VERB", "AUX"} and not hyphenated(t) for t in span)


#: words a title leaves lower-case: "Synthesis with Latent Diffusion Models"
_TITLE_SMALL_WORDS = {"with", "from", "into", "onto", "over", "upon", "than", "that", "about", "under", "after",
                      "before", "between", "through", "without", "within", "across", "towards", "toward"}


def _is_work_title(inner: str) -> bool:
    """"Compute and the Cost of Progress": every content word capitalised, no sentence end."""
    inner = inner.strip().rstrip(",")
    words = cre.findall(r"[\w'’-]+", inner)
    content = [w for w in words if len(w) >= 4 and not w.isdigit() and w.lower() not in _TITLE_SMALL_WORDS]
    return len(words) >= 3 and len(content) >= 2 and not cre.search(r"[.!?]$", inner) and \
        all(w[0].isupper() for w in content) and words[0][0].isupper() and \
        not cre.search(r"\b(?:I|We|You|It|This|That|They|He|She)\b", inner)


def _introduced(text: str, q: RawQuote) -> bool:
    """A short quote that is plainly speech: `replied: "Not tonight."` or `"Not tonight," she said.`"""
    inner = text[q.start:q.end].strip()
    if not cre.search(r"[.,!?]$", inner):
        return False
    before = text[max(0, q.open_mark - 40): q.open_mark]
    if cre.search(rf"\b(?:{VERBS}|replied|answered|asked)\s*:\s*$", before):
        return True
    if cre.search(rf"\b(?:{VERBS}|replied|answered),\s*$", before) and cre.search(r"[.!?]$", inner):
        return True  # `Dana simply wrote, "Obviously!"`: a whole utterance
    if inner[:1].isupper() and cre.search(r"[.!?]$", inner) and cre.search(
            rf"[”\"]\s*(?:(?:{VERBS})\s+(?:{_NAME}|{_PRON})|(?:{_NAME}|{_PRON})\s+(?:{VERBS}))\s*\.\s*$", before):
        return True  # `"…," he said. "It's coming."`: the same speaker goes on
    after = text[q.close_mark + 1: q.close_mark + 80].split("\n", 1)[0]
    if _MENTION_RE.search(text[max(0, q.open_mark - 40):q.open_mark]):
        return False
    return bool(cre.match(rf"\s*(?:(?:{VERBS})\s+(?:{_NAME}|{_PRON})|(?:{_NAME}|{_PRON})\s+(?:{VERBS}))\b", after))


def _sentence_of(sents: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    for a, b in sents:
        if a <= pos < b:
            return a, b
    return pos, pos


_SPOX = r"(?:spokesperson|spokesman|spokeswoman|press\s+officer|representative)"
_ORG_NAME = r"[A-Z][\w&'’.-]*(?:\s+(?:of\s+|&\s+)?[A-Z][\w&'’.-]*){0,4}"
# people described, never named: a group ("People", "critics", "Quorvex researchers") or one person
# described with "a/an" ("an industry insider"). "one engineer" stays an anonymous source, and so, by the
# house convention, does a counted crowd ("many users said", "some argued")
_QUANT = r"(?:many|some|several|most|other|others|few|numerous|countless)"
_CROWD_NOUN = (
    r"(?:users|people|critics|fans|commentators|commenters|observers|netizens|developers|investors|analysts|experts|"
    r"readers|viewers|customers|residents|voters|supporters|opponents|researchers|scientists|economists|insiders|"
    r"engineers|executives|employees|workers|traders|bankers|parents|teachers|students|doctors|nurses|lawmakers|"
    r"legislators|activists|observers|strategists)"
)
_ONE_NOUN = (
    r"(?:insider|observer|analyst|user|developer|investor|critic|commentator|commenter|expert|researcher|engineer|"
    r"executive|employee|worker|official|resident|customer|fan|reader|viewer|voter|economist|scientist|trader|"
    r"banker|parent|teacher|student|doctor|nurse|lawmaker|activist|veteran|strategist)"
)
_CROWD = (
    rf"(?:(?:[A-Z][\w&'’.-]*\s+){{0,2}}(?i:{_CROWD_NOUN})"
    rf"|(?i:an?)\s+(?:[\w-]+\s+){{0,3}}?{_ONE_NOUN}(?:\s+(?:at|from|with|for)\s+(?:the\s+)?{_ORG_NAME})?)"
)
_CROWD_AFTER_RE = re.compile(
    rf"^\s*,?\s*(?:(?P<who>{_CROWD})\s+(?:(?:have|had|also|then|later)\s+)?(?P<verb>{VERBS})"
    rf"|(?P<verb2>{VERBS})\s+(?P<who2>{_CROWD}))\b"
)
_CROWD_BEFORE_RE = re.compile(rf"(?<![\w'’-])(?P<who>{_CROWD})\s+(?:(?:are|were|have|had|has|also|been|kept|keep)\s+)*$")
_CROWD_SPOKE_RE = re.compile(rf"(?<![\w'’-])(?P<who>{_CROWD})\s+(?:(?:have|had|also)\s+)?(?:{VERBS})\b")


def _spokesperson(sm: re.Match[str], text: str, q: RawQuote, index: SubjectIndex, people: _People,
                  by_noun: bool) -> tuple[str | None, str | None]:
    """Speaker and cue of a ``_SPOX_AFTER_RE`` match: "Acme spokesperson", for the organisation
    it names, else (``by_noun``) for the one "a company spokesperson" refers to."""
    named = sm.group("org2") or sm.group("org") or sm.group("org4") or sm.group("org3")
    if named:
        org = _org_name(index, named, q.close_mark, as_written=True)  # "a spokesperson for Acme"
    elif by_noun:
        org = _org_by_noun(text, sm.group("noun") or "company", q.open_mark, index, people.subjects)
    else:
        org = None
    return (f"{org} spokesperson", sm.group("verb") or sm.group("verb2")) if org else (None, None)


def _counted(text: str, m: re.Match[str], group: str) -> bool:
    """A crowd behind a quantifier ("many users", "Some critics"): no speaker, by the house convention."""
    who = m.group(group)
    return bool(cre.match(rf"(?i:{_QUANT})\s", who) or cre.search(rf"\b(?i:{_QUANT})\s+$", text[max(0, m.start(group) - 12):m.start(group)]))


def _crowd_name(who: str) -> str:
    """"Many users" → "many users"; "Quorvex researchers" keeps its name."""
    first, _, rest = who.partition(" ")
    if cre.fullmatch(rf"(?i:{_QUANT}|an?|{_CROWD_NOUN})", first):
        first = first.lower()
    return f"{first} {rest}".strip()


_ORG_NOUN = r"(?:company|firm|startup|start-up|lab|laboratory|group|agency|ministry|department|authority|bank|university|council|union|regulator|organisation|organization)"
_SPOX_AFTER_RE = re.compile(
    rf"^\s*,?\s*(?:(?P<verb>{VERBS})\s+(?:a|an|the)\s+(?:(?P<org>{_ORG_NAME})\s+)?{_SPOX}(?:\s+(?:for|of|at)\s+(?:the\s+)?(?P<org2>{_ORG_NAME}))?"
    rf"|(?:a|an|the)\s+(?:(?P<org3>{_ORG_NAME})\s+|(?P<noun>company|firm|group|bank|agency|ministry|department)\s+)?{_SPOX}(?:\s+(?:for|of|at)\s+(?:the\s+)?(?P<org4>{_ORG_NAME}))?(?:,[^,\"“”]{{2,80}},)?\s+(?P<verb2>{VERBS}))\b"
)
_SPOX_BEFORE_RE = re.compile(
    rf"(?:[Aa]|[Aa]n|[Tt]he)\s+(?:(?P<org>{_ORG_NAME})\s+)?{_SPOX}(?:\s+(?:for|of|at)\s+(?:the\s+)?(?P<org2>{_ORG_NAME}))?(?:,[^,\"“”]{{2,80}},)?\s*$"
)
_ORG_BEFORE_RE = re.compile(
    rf"(?:[Tt]he|[Ii]ts)\s+(?:(?P<mod>[A-Z][\w&'’.-]*)\s+|[\w-]+\s+){{0,2}}?(?:{_ORG_NOUN}|(?P<desc>{_CORP_DESC}))\b"
    rf"(?:,[^,\"“”]{{2,80}},)?\s*$|\b(?:[Ii]t)\s*$"
)
_APPOS_AFTER_RE = re.compile(
    rf"^\s*,?\s*(?P<verb>{VERBS})\s+(?P<desc>(?:the|a|an|its|his|her|their)\s+[^,\"“”]{{2,60}}?),\s+(?P<who>{_NAME})"
)
_ROLE_NOUN = (
    r"(?:delegate|envoy|leader|chair|chairman|chairwoman|chief|executive|analyst|spokesperson|spokesman|spokeswoman|"
    r"official|minister|secretary|director|manager|economist|researcher|professor|founder|co-founder|president|"
    r"governor|mayor|senator|councillor|lawyer|attorney|critic|chef|author|scientist|engineer|representative|"
    r"member|officer|adviser|advisor|head|partner|investor|strategist|consultant|editor|coach|captain|activist|"
    r"campaigner|owner|commissioner|ambassador|negotiator|auditor|trustee|organiser|organizer|administrator|"
    r"chancellor|vice-chancellor|provost|rector|dean|CEO|CTO|CFO|COO)"
)
_NAME2 = rf"[A-Z][\w'’-]+(?:\s+(?:[A-Z]\.?\s+)?(?:{_PART})?[A-Z][\w'’-]+){{1,2}}"
_TNAME2 = rf"(?:{_TITLE}\.?\s+)?{_NAME2}"
#: the last word of an organisation's or a ministry's name, after which a person's name may follow
_ORG_TAIL = (r"(?:Limited|Ltd|Inc|Corp|Corporation|Sons|Group|Holdings|Company|Bank|Fund|Authority|Agency|Ministry|"
             r"Information|Affairs|Technology|Technologies|Communications?|Finance|Commerce|Industry|Trade|Science|"
             r"Economy|Development|Planning|Energy|Defen[cs]e|Health|Telecom|Infocomm|Platforms|Water|Resources|"
             r"Infrastructure|Transport|Education|Justice|Interior|Agriculture|Environment|Labou?r|Tourism|Housing|"
             r"Innovation)")
#: "Chairman of Tarn Sons N Varadan", "Minister of Communication and Information Adi Bayu Santoso said":
#: a role of an organisation, then the person, after a word that plainly ends the organisation's name
_NAME_WORD = rf"(?!{_ORG_TAIL}\b)[A-Z][\w'’-]+"
#: the role nouns, capitalised or not ("Chairman of", "chairman of"); cheaper than a case-blind match
_ROLE_NOUN_ANY_CASE = "(?:" + "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" if w[0].islower() else w
                                       for w in _ROLE_NOUN[3:-1].split("|")) + ")"
_ROLE_OF_ORG_NAME = (
    rf"\b{_ROLE_NOUN_ANY_CASE}\s+(?:of|at|for)\s+(?:the\s+)?(?:(?:[A-Z][\w&'’.-]*|and|of|for|the|&)\s+){{0,6}}?{_ORG_TAIL}\s+"
    rf"(?P<n>(?:[A-Z]\.?\s+{_NAME_WORD}|{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}}))"
    rf"(?=\s*[,.;]|\s+(?:(?:also|then|later)\s+)?(?:{VERBS})\b)"
)
_ROLE_AFTER_RE = re.compile(
    rf"^\s*,?\s*(?P<verb>{VERBS})\s+(?P<desc>(?:(?:the|a|an)\s+)?(?:(?:[A-Z][\w'’&.-]*|of|for|and|on|the|&)\s+){{0,6}}?"
    rf"(?:[\w'’-]+\s+){{0,2}}?{_ROLE_NOUN})\s+(?P<who>{_TNAME2})\b"
)
_DESC_NAME_AFTER_RE = re.compile(
    rf"^\s*,?\s*(?P<desc>[^,\"“”]{{2,60}}?),\s+(?P<who>{_TNAME2}),\s+(?:(?:also|then|later)\s+)?(?P<verb>{VERBS})\b"
)
_ROLE_NAME_VERB_AFTER_RE = re.compile(
    rf"^\s*,?\s*(?P<desc>(?:[\w'’&-]+\s+){{0,4}}?{_ROLE_NOUN_ANY_CASE})\s+(?P<who>{_TNAME2})\s+(?:(?:also|then|later)\s+)?(?P<verb>{VERBS})\b"
)
_THE_ROLE_AFTER_RE = re.compile(
    rf"^\s*,?\s*(?:(?:the|our|their)\s+(?:[\w-]+\s+){{0,3}}?(?P<role>[a-z-]+)\s+(?:(?:also|later)\s+)?(?P<verb>{VERBS})"
    rf"|(?P<verb2>{VERBS})\s+the\s+(?:[\w-]+\s+)?(?P<role2>[a-z-]+|[A-Z][a-z]+(?=\s*[.,;]|\s*$)))\b"  # "said the Prime Minister."
)
_NAME_DESC_AFTER_RE = re.compile(
    rf"^\s*,?\s*(?P<who>{_NAME}),\s+(?P<desc>[^,\"“”]{{2,120}}?),\s+(?:(?:also|then|later|[a-z]+ly)\s+)?(?P<verb>{VERBS})\b"
    # "…," Dana Whit, CEO of Acme said (the closing comma left out)
    rf"|^\s*,?\s*(?P<who2>{_NAME}),\s+(?P<desc2>(?:the\s+)?(?:[\w'’&-]+\s+){{0,5}}?(?i:{_ROLE_NOUN})"
    rf"(?:\s+(?:of|at)\s+(?:the\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){{0,3}})?)\s+(?:(?:also|then|later)\s+)?(?P<verb2>{VERBS})\b"
)
_STATEMENT_FROM_RE = re.compile(
    r"\b(?:statement|release|letter|filing|note|report|study|survey|analysis|paper)\s+(?:from|by|issued\s+by)\s+(?:the\s+)?"
    r"(?P<org>[A-Z][\w&'’.-]*(?:\s+(?:of|for|and|&|on)?\s*[A-Z][\w&'’.-]*)*)"
)
_CORP_WORDS = re.compile(
    r"\b(?:Inc|Corp|Corporation|Ltd|LLC|PLC|Group|Holdings|Bank|Institute|University|College|Association|Chamber|"
    r"Council|Ministry|Agency|Authority|Union|Commission|Federation|Foundation|Society|Department|Office|Court|"
    r"Committee|Party|Board|Fund|Trust|Partners|Ventures|Capital|Labs?|Systems|Technologies|Research|Courier|"
    r"Times|News|Post|Journal|Press|Organisation|Organization|Company|Network|Services|Logistics)\b"
)
_ORG_TAIL_RE = re.compile(r"(?:\b[Tt]he\s+)?(?P<org>[A-Z][\w&'’.-]*(?:\s+(?:of|for|and|&|on)?\s*[A-Z][\w&'’.-]*)*)\s*$")
_ANON_RE = re.compile(
    r"\b(?:(?:[Oo]ne|[Aa]nother|[Aa]n?|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:source|sources|official|officials|person|people|colleague|executive|employee|insider|analyst|resident|"
    r"diplomat|aide|staffer|worker|member|investor|manager|engineer|observer)s?"
    r"|asked\s+not\s+to\s+be\s+(?:named|identified)|(?:on\s+)?condition\s+of\s+anonymity|declined\s+to\s+be\s+named"
    r"|spoke\s+anonymously)\b"
)
_WORK_TITLE_RE = re.compile(r"\b(?:titled|entitled|headlined|subtitled)\s*[,:]?\s*$", re.IGNORECASE)
_ADVERBS = (r"(?:also|then|later|once|previously|repeatedly|simply|only|has|had|have|would|will|had\s+long|has\s+long|quickly|flatly|"
            r"(?!early|family|rally|ally|reply|supply|apply)[a-z]{3,}ly)")  # "he humorously added"
_REPORT_RE = re.compile(rf"\b(?:{VERBS})\b")
_REPORT_BEFORE_RE = re.compile(
    rf"\b(?:{VERBS}|{_GERUNDS}|praised|praises|hailed|slammed|criticised|criticized|blasted)\b"
    r"|(?<!\ban\s)(?<!\bthe\s)\b(?:estimated|estimates|concluded|concludes)\b(?=\s+that\b)")
_GENDER = {"he": "m", "his": "m", "him": "m", "she": "f", "her": "f", "hers": "f"}
_NOT_FIRST = re.compile(
    r"^(?:The|A|An|In|On|At|For|But|And|As|When|While|After|Before|Union|City|Council|Board|Chief|Executive|"
    r"Analyst|Senator|Minister|Professor|President|Director|Dr|Mr|Mrs|Ms|Prof|Councillor|Judge|Governor|Mayor|"
    r"Representative|Chairman|Chairwoman|Founder|Partner|CEO|CTO|CFO|According|Asked|Said|Told|Critics|Colleagues|"
    r"Deputy|Auditor|Senior|Former|Acting|Interim|Vice|General|Speaking|Food|Critic|Consumer|Her|His|Their|Its|"
    r"If|So|Then|Now|Today|Yesterday|Looking|Why|What|How|Under|With|From|By|To|Of|Is|It|We|They|He|She|This|That)$"
)


_JOB_WORD = re.compile(
    rf"(?i:{_ROLE_NOUN}|striker|midfielder|defender|goalkeeper|forward|coach|manager|judge|justice|detective|"
    r"sergeant|inspector|constable|superintendent|commander|general|colonel|admiral|captain|pilot|nurse|doctor|"
    r"teacher|farmer|writer|novelist|poet|artist|singer|actor|actress|producer|architect|historian|designer|"
    r"provost|rector|pastor|rabbi|imam|chancellor|premier|deputy|prime|state|assistant|associate|"
    r"senior|junior|former|acting|interim|vice|lead|principal|veteran|rookie|entrepreneur|billionaire|"
    r"opposition|shadow|chief|officer|executive|technology|operating|financial|marketing|information|"
    r"administrator|sheriff|lieutenant|marshal|major|corporal|private|trooper|agent|warden|dean|bishop|"
    r"spokesman|spokeswoman|spokesperson|candidate|nominee|[a-z]*(?:ologist|onomer|icist|ician|ographer))"
)


# honorifics of many languages that precede a name ("Alhaji", "Sheikh", "Datuk", "Asiwaju")
_HONORIFIC = (
    r"Miss|Colonel|Major|Chief|Alhaji|Alhaja|Asiwaju|Otunba|Sheikh|Shaikh|Mallam|Malam|Sri|Shri|Smt|Datuk|Dato|"
    r"Pa|Papa|Baba|Madam|Emir|Prince|Princess|Lord|Lady|Baroness|Baron|Rabbi|Imam|Pastor|Bishop|Archbishop|"
    r"Cardinal|Elder|Ustaz|Hajia|Hajiya|Seri|Datin|Tun"
)


def _without_honorifics(name: str) -> str:
    """A name without the titles and honorifics before it ("Datuk Seri Anwar" → "Anwar")."""
    words = name.split()
    while len(words) > 1 and cre.fullmatch(rf"{_TITLE}\.?|{_HONORIFIC}", words[0]):
        words = words[1:]
    return " ".join(words)


def _split_title(name: str) -> tuple[str | None, str]:
    """"NASA Administrator Pieter Vosk" → ("NASA Administrator", "Pieter Vosk"): the words up to the
    last title or job word are a description, not part of the name."""
    words = name.split()
    roles = [i for i, w in enumerate(words[:-1]) if _ROLE_WORDS.match(w + " ") or _JOB_WORD.fullmatch(w)
             or cre.fullmatch(rf"{_TITLE}\.?|{_HONORIFIC}", w)]
    if not roles:
        return None, name
    k = roles[-1] + 1
    return " ".join(words[:k]), " ".join(words[k:])


def _strip_jobs(words: list[str]) -> list[str]:
    """Leading job and title words off a name ("Detective Sergeant Luke Amadi" → "Luke Amadi")."""
    while len(words) > 2 and (_NOT_FIRST.match(words[0]) or _ROLE_WORDS.match(words[0] + " ")
                              or _JOB_WORD.fullmatch(words[0])):
        words = words[1:]
    if len(words) == 2 and _NOT_FIRST.match(words[0]):
        words = words[1:]
    return words


_PARTICLE_FIRST = re.compile(
    r"(?i:van|von|der|den|de|del|della|di|da|du|la|le|bin|ibn|al|el|ter|ten|dos|das|n[ií]|nic|[oó]|mac|mc|ui)\s"
)


# words that open a question or a heading, never a first name there ("Will Kimi stay open?")
_OPENER = re.compile(
    r"(?:Will|Can|Could|Would|Should|Shall|May|Might|Must|Does|Do|Did|Is|Are|Was|Were|Has|Have|Had|Why|What|"
    r"How|When|Where|Which|Who|Whose|Whom)"
)


def _opener_name(text: str, pos: int, name: str) -> bool:
    """A "name" that is a capitalised question or heading opener plus a name ("Will Kimi" in "Will Kimi
    continue to be open source?"): not a person."""
    first = name.split()[0] if name.split() else ""
    if not _OPENER.fullmatch(first):
        return False
    at = text.find(first, pos, pos + len(first) + 40)
    at = pos if at < 0 else at
    lead = text[max(0, at - 3):at]
    if not (at == 0 or cre.search(r"(?:^|[.!?:;\n\-–—\"“”(])\s*$", lead)):
        return False  # mid-sentence: "the actor Will Arden"
    end = cre.search(r"[.!?\n]", text[at:at + 300])
    line_end = text.find("\n", at)
    line = text[at:len(text) if line_end < 0 else line_end]
    # a question ("Will Kimi stay open?") or a heading line ("How Kimi Won")
    return end is None or end.group(0) == "?" or (end.group(0) == "\n" and len(line.split()) <= 10)


def _without_ministry_word(text: str, start: int, name: str) -> tuple[int, str]:
    """A name NER ran into the organisation before it ("Minister of Energy and Water Ari Katzir" gives
    "Water Ari Katzir"): the name without that word, and where it starts."""
    first, _, rest = name.partition(" ")
    if " " in rest and cre.fullmatch(_ORG_TAIL, first) and text.startswith(first, start) and cre.search(
            r"\b(?:of|for)\s+(?:the\s+)?(?:(?:[A-Z][\w&'’.-]*,?|and|&)\s+){0,6}$", text[max(0, start - 80):start]):
        return start + len(first) + 1, rest
    return start, name


class _People:
    """People of one article: where each is named, and which pronoun follows them."""

    def __init__(self, text: str, index: SubjectIndex, quote_spans: list[tuple[int, int]], doc: Any = None,
                 sents: list[tuple[int, int]] | None = None):
        self.text = text
        self.sents = sents or []
        self._sent_starts = [a for a, _ in self.sents]
        self.subjects: set[int] = set()  # where a person named as a clause subject starts
        self.index = index
        self.quote_spans = quote_spans
        persons = [m for m in index.mentions if m.kind == "person" and not _opener_name(text, m.start, index.display(m.slug))]
        names = {m.slug: _split_title(index.display(m.slug))[1] for m in persons}
        for m in persons:  # "Minister of Energy and Water Ari Katzir" is Ari Katzir, in every mention
            at, name = _without_ministry_word(text, m.start, names[m.slug])
            if at != m.start:
                names[m.slug] = name
        self.mentions: list[tuple[int, str]] = [_without_ministry_word(text, m.start, names[m.slug]) for m in persons]
        self._gender: dict[str, str | None] = {}
        self._title_gender: dict[str, str] = {}
        self._added: set[str] = set()
        self._scan(doc)
        for who in {w for _, w in self.mentions}:
            self.add(who, 0)  # surnames and first names of the people the index found

    def _scan(self, doc: Any = None) -> None:
        """Register people the NER missed, from the shapes news prose names people in."""
        text = self.text
        orgs = [(m.start, m.end) for m in self.index.mentions if m.kind != "person"]
        subj_starts: list[int] = []
        if doc is not None and doc.has_annotation("DEP"):
            # a proper-name subject of a verb ("Rosalind Achterfeld ran the clinic")
            for t in doc:
                if t.pos_ == "PROPN" and t.dep_ in {"nsubj", "nsubjpass"} and t.head.pos_ in {"VERB", "AUX"}:
                    left = [c for c in t.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
                    subj_starts.append(left[0].idx if left else t.idx)
                    self.subjects.update([t.idx] + [c.idx for c in t.lefts if c.dep_ == "compound"])
        pats = [
            rf"[Aa]ccording\s+to\s+(?P<n>{_NAME2})",
            rf"\b(?P<t>Miss|{_TITLE})\.?\s+(?P<n>{_NAME2})",
            rf"\b{_ROLE_NOUN}\s+(?P<n>{_NAME2})",
            None,  # a role of an organisation, then the name: ``_role_of_org_names`` (costly as a plain scan)
            rf"(?P<n>{_NAME2}),\s+(?:a|an|the|who|whose|its|his|her|\d+)\b",
            rf"(?P<n>{_NAME2})\s+(?:(?:also|then|later)\s+)?(?:{VERBS})\b",
            rf"\b(?:{VERBS})\s+(?P<n>{_NAME2})",
        ]
        found = [(k, m) for k, pat in enumerate(pats) if pat for m in cre.finditer(pat, text)]
        found += [(pats.index(None), m) for m in _role_of_org_names(text)]
        for a in subj_starts:
            sm = cre.compile(rf"(?P<n>[A-Z][\w'’-]+(?:\s+(?:[A-Z]\.\s+)?(?:{_PART})?[A-Z][\w'’-]+){{1,4}})\b").match(text, a)
            if sm and not (a > 0 and text[a - 1] in "-'’"):
                found.append((len(pats), sm))
        for k, m in found:
            if True:
                if self._in_quote(m.start("n")) or _CORP_WORDS.search(m.group("n")):
                    continue
                # titles, job words and "according to" mark a person even where NER said org
                # "X announced his retirement": his/her right after the name marks a person
                gendered = bool(cre.match(r"\s+(?:[a-z]+\s+){0,2}(?:his|her|himself|herself)\b", text[m.end("n"):]))
                if k > 3 and not gendered:
                    last = m.start("n") + m.group("n").rfind(" ") + 1  # an NER "org" that is just the surname
                    if any(a < m.end("n") and m.start("n") < b and not (a >= last and " " not in text[a:b])
                           for a, b in orgs):
                        continue
                words = _strip_jobs(clean_name(m.group("n")).split())
                if len(words) < 2 or any(w.isupper() and len(w) > 1 for w in words):
                    continue
                name = " ".join(words)
                at, name = _without_ministry_word(text, m.start("n"), name)
                if _opener_name(text, at, name):
                    continue
                if _PARTICLE_FIRST.match(name):
                    name = self.full_name(name, at)
                    if _PARTICLE_FIRST.match(name):
                        continue
                if "t" in m.groupdict() and m.group("t"):
                    g = {"mr": "m", "sir": "m", "ms": "f", "mrs": "f", "miss": "f", "dame": "f"}.get(m.group("t").lower())
                    if g:
                        self._title_gender[name] = g
                self.add(name, at)
        single: dict[str, str] = {}
        for m in cre.finditer(r"\b(Mr|Ms|Mrs|Miss|Dr)\.?\s+([A-Z][\w'’-]+)\b(?!\s+[A-Z])", text):
            full = self.full_name(m.group(2), m.start())
            g = {"Mr": "m", "Dr": ""}.get(m.group(1), "f")
            if " " in full:
                if g:
                    self._title_gender.setdefault(full, g)
            elif not (_NOT_FIRST.match(full) or _JOB_WORD.fullmatch(full) or _CORP_WORDS.search(full)
                      or self._in_quote(m.start())):
                single[full] = g  # "Ms. Okonjo-Adeyemi", never named in full: the surname is the name
        for name, g in single.items():
            if g:
                self._title_gender[name] = g
            taken = {p for p, _ in self.mentions}
            for m in cre.finditer(rf"\b{re.escape(name)}\b", text):
                if m.start() not in taken and not self._in_quote(m.start()):
                    self.mentions.append((m.start(), name))
        if single:
            self.mentions.sort()

    def knows(self, name: str) -> bool:
        low = name.lower()
        # a surname, or a first name that heads a longer name ("Adi" for "Adi Bayu Santoso")
        return any(who.lower() == low or who.lower().endswith(" " + low) or " " not in low and
                   who.lower().startswith(low + " ") and len(who.split()) >= 3 for _, who in self.mentions)

    def _in_quote(self, pos: int) -> bool:
        return any(a <= pos < b for a, b in self.quote_spans)

    def add(self, name: str, upto: int) -> None:
        """Record every mention of ``name`` (full or surname) so pronouns can find it."""
        if " " not in name or name in self._added:
            return
        self._added.add(name)
        words = name.split()
        k = next((i for i, w in enumerate(words) if i > 0 and _PARTICLE_FIRST.match(w + " ")), len(words) - 1)
        last = " ".join(words[k:])  # the surname, with its particles ("van der Berg")
        taken = {p for p, _ in self.mentions}
        for m in cre.finditer(rf"\b(?:{re.escape(name)}|(?i:{re.escape(last)}))\b", self.text):
            if self._in_quote(m.start()) or m.start() in taken:
                continue
            prev_word = cre.search(r"([A-Z][\w'’-]*)\s+$", self.text[max(0, m.start() - 30):m.start()])
            if m.group(0) != name and prev_word and prev_word.group(1) != words[0] and \
                    not (_NOT_FIRST.match(prev_word.group(1)) or _JOB_WORD.fullmatch(prev_word.group(1))
                         or cre.fullmatch(_TITLE, prev_word.group(1))):
                continue  # the surname of someone else ("Judith Oyelaran-Price" is not Margaret)
            self.mentions.append((m.start(), name))
        # a first name on its own ("Judith said"), when no other person shares it
        first = words[0]
        if len(first) > 2 and not any(w != name and w.split()[0] == first for _, w in self.mentions):
            for m in cre.finditer(rf"\b{re.escape(first)}\b(?!\s+[A-Z])", self.text):
                if not self._in_quote(m.start()) and not any(p <= m.start() < p + len(w) for p, w in self.mentions):
                    self.mentions.append((m.start(), name))
        self.mentions.sort()
        self._gender.clear()

    def gender(self, name: str, upto: int | None = None) -> str | None:
        """"m", "f" or None: from a title (Mr, Ms) or the first he/she after each mention (before ``upto``:
        the pronoun being resolved does not vote)."""
        key = f"{name}\0{upto}"
        if key in self._gender:
            return self._gender[key]
        if name in self._title_gender:
            return self._title_gender[name]
        votes = {"m": 0, "f": 0}
        starts = sorted(p for p, _ in self.mentions)
        own = {q for q, w in self.mentions if w == name}
        limit = len(self.text) if upto is None else upto
        for pos, who in self.mentions:
            if who != name or pos >= limit:
                continue
            nxt = next((p for p in starts if p > pos and p not in own), len(self.text))
            end = min(nxt, pos + 400, limit)
            for m in cre.finditer(r"\b(?:he|his|him|she|her|hers)\b", self.text[pos:end], re.IGNORECASE):
                if not self._in_quote(pos + m.start()):
                    votes[_GENDER[m.group(0).lower()]] += 1
                    break
        g = None if votes["m"] == votes["f"] else ("m" if votes["m"] > votes["f"] else "f")
        self._gender[key] = g
        return g

    def before(self, pos: int, pronoun: str | None = None) -> str | None:
        """The person a pronoun at ``pos`` stands for: the nearest one named before whose gender fits
        (a he/she right after a name marks its gender)."""
        want = _GENDER.get((pronoun or "").lower())
        if want and self.sents:
            # the subject of the sentence before wins over people named after it only in passing, as
            # possessives or in a pair ("Borg found Lind and Aasen's paper flawed. "…," he wrote.")
            k = bisect.bisect_right(self._sent_starts, pos) - 1
            lo = self.sents[max(k - 1, 0)][0]
            near = [(p, w) for p, w in self.mentions if lo <= p < pos and not self._in_quote(p)]
            subj = [(p, w) for p, w in near if p in self.subjects and self.gender(w, pos) in (want, None)]
            if subj and (self.gender(subj[-1][1], pos) == want or all(
                    self._in_passing(p) for p, w in near if p > subj[-1][0] and w != subj[-1][1])):
                return subj[-1][1]
        fallback = best = None
        for p, who in reversed(self.mentions):
            if p >= pos or self._in_quote(p):
                continue
            g = self.gender(who) if want else None
            if not want or g == want:
                best = who
                break
            if g is None and fallback is None:
                fallback = who
        best = best or fallback
        if want and best and self.gender(best, pos) != want:
            # its only sign of gender is this very pronoun: a person whose title gives the gender wins
            # ("Ms. Okafor-Bell … the Vice President, Tobi Ade, … "…," she said")
            titled = next((w for p, w in reversed(self.mentions) if p < pos and not self._in_quote(p)
                           and self._title_gender.get(w) == want), None)
            if titled:
                return titled
        return best

    def _in_passing(self, p: int) -> bool:
        """A mention as a possessive ("Aasen's paper") or in a pair ("Lind and Aasen")."""
        m = cre.match(r"[\w'’-]+(?:\s+[A-Z][\w'’-]+)*", self.text[p:p + 80])
        end = p + (m.end() if m else 0)
        return bool(cre.search(r"[’']s?$", self.text[p:end]) or cre.search(r"\band\s+$", self.text[max(0, p - 6):p])
                    or cre.match(r"\s+and\s", self.text[end:end + 6]))

    def with_role(self, role: str, pos: int) -> str | None:
        """The person last introduced with ``role`` before ``pos`` ("Finance Minister X", "X, the minister")."""
        rx = re.compile(rf"\b{re.escape(role)}\b", re.IGNORECASE)
        # "Finance Minister X", "candidate of the Unity Party (UP) X": only names and "of the" in between
        lead_rx = re.compile(rf"\b(?i:{re.escape(role)})(?:\s+(?:of|for|at|the|and|&|[A-Z][\w'’&.-]*|\([^()]*\)))*\s*$")
        # the person introduced so before; else (a role named ahead of the person: "As Acme's CEO stated:
        # "…" … Acme CEO Dana Whit said") the first introduced so after
        order = [(p, w) for p, w in reversed(self.mentions) if p < pos] + [(p, w) for p, w in self.mentions if p >= pos]
        for p, who in order:
            if self._in_quote(p):
                continue
            lead = self.text[max(0, p - 80):p]
            lead = lead[max(lead.rfind("\n"), lead.rfind(". ")) + 1:]
            tail = self.text[p:p + len(who) + 80].split("\n", 1)[0]
            tail = cre.sub(rf"^{re.escape(who)}", "", tail)
            am = cre.match(r"^[\w'’-]*,\s+(?:the|a|an|its|his|her)?\s*(?P<d>[^,.;\"“”]{1,70})", tail)
            if lead_rx.search(lead) or am and rx.search(am.group("d")):
                return who
        return None

    def full_name(self, name: str, pos: int) -> str:
        """A surname alone → the full name the article used earlier ("Lindqvist" → "Maija Lindqvist")."""
        low = name.lower()
        if " " in name:
            # a surname with a particle ("Van der Berg", "Ní Bhriain") → the full name
            if not _PARTICLE_FIRST.match(name):
                return name
            longer = [who for p, who in self.mentions if who.lower().endswith(" " + low)]
            if longer:
                return longer[0]
            for m in cre.finditer(rf"\b([A-Z][\w'’-]+)\s+{re.escape(name)}\b", self.text, re.IGNORECASE):
                if m.group(1)[0].isupper() and not _NOT_FIRST.match(m.group(1)) and not _JOB_WORD.fullmatch(m.group(1)) \
                        and not self._in_quote(m.start()):
                    return f"{m.group(1)} {m.group(0)[len(m.group(1)):].strip()}"
            return name
        cands = [who for p, who in self.mentions if " " in who and who.lower().split()[-1] == low]
        if not cands:
            cands = [who for p, who in self.mentions if " " in who and low in who.lower().split()]
        if cands:
            return cands[0]
        for m in cre.finditer(rf"\b([A-Z][\w'’-]+)\s+(?:[A-Z]\.\s+)?{re.escape(name)}\b", self.text):
            if not _NOT_FIRST.match(m.group(1)) and not self._in_quote(m.start()):
                return f"{m.group(1)} {name}"
        return name


_CALENDAR = re.compile(
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
    r"August|September|October|November|December|Today|Yesterday|Tomorrow)"
)


def _resolve(who: str, people: _People, pos: int) -> str | None:
    if cre.fullmatch(_PRON, who):
        if who.lower() == "they":
            # singular "they": only a person named earlier in the same paragraph
            para = people.text.rfind("\n", 0, pos) + 1
            near = [(p, w) for p, w in people.mentions if para <= p < pos and not people._in_quote(p)]
            if near:
                return near[-1][1]
            # "…, Quorvex researchers said. … they said …": the group that spoke earlier in the paragraph
            crowd = [m for m in _CROWD_SPOKE_RE.finditer(people.text, para, pos)
                     if not people._in_quote(m.start()) and not _counted(people.text, m, "who")]
            return _crowd_name(crowd[-1].group("who")) if crowd else None
        if people.sents:
            # "Earlier, he met X, whom he praised as …": both pronouns are the same person
            k = bisect.bisect_right(people._sent_starts, pos) - 1
            lo = people.sents[k][0] if k >= 0 else 0
            first = cre.search(rf"\b{re.escape(who.lower())}\b", people.text[lo:pos], re.IGNORECASE)
            if first and not people._in_quote(lo + first.start()):
                pos = lo + first.start()
        return people.before(pos, who)
    name = clean_name(_ROLE_WORDS.sub("", TITLES_RE.sub("", who)))
    name = cre.sub(r"[’']s$", "", name)
    if not name or name.lower() in {"it", "this", "that", "the", "i", "we", "you", "he", "she", "they"} \
            or _CALENDAR.fullmatch(name):
        return None
    words = name.split()
    if words and all(_JOB_WORD.fullmatch(w) or _ROLE_WORDS.match(w + " ") for w in words):
        # "The CEO stated" → the person introduced with that role ("Acme CEO Dana Whit"), never the role
        return people.with_role(words[-1], pos)
    raw = TITLES_RE.sub("", " ".join(who.split())).split()
    poss = [i for i, w in enumerate(raw[:-1]) if cre.search(r"[’']s$", w)]
    if poss and (_JOB_WORD.fullmatch(raw[-1]) or _ROLE_WORDS.match(raw[-1] + " ")):
        # "Dana Whit's Acme CEO" (a garbled "Acme CEO Dana Whit"): the possessor, when a person
        owner = cre.sub(r"[’']s$", "", " ".join(raw[:poss[0] + 1]))
        if owner and not _known_org(people.index, owner) and not _CORP_WORDS.search(owner) and (
                " " in owner or people.knows(owner)):
            return _split_title(people.full_name(owner, pos))[1]
        return people.with_role(words[-1], pos)
    # "Oakfield CEO Dana Whitcombe" → the words after the last job word
    roles = [i for i, w in enumerate(words[:-1]) if _ROLE_WORDS.match(w + " ") or _NOT_FIRST.match(w)
             or _JOB_WORD.fullmatch(w)]
    if roles:
        words = words[roles[-1] + 1:]
    return _split_title(people.full_name(" ".join(words), pos))[1]


def _org_name(index: SubjectIndex, name: str | None, pos: int, as_written: bool = False) -> str | None:
    """An organisation named in the attribution, or the one the article is about. The name is
    its full one, or (``as_written``) the one the attribution uses when the article mostly does."""
    if name:
        n = clean_name(name)
        for m in index.mentions:
            if m.kind == "org" and (index.display(m.slug).lower().startswith(n.lower()) or m.text.lower() == n.lower()):
                forms = index.names[m.slug]
                return n if as_written and forms[n] * 2 > sum(forms.values()) else index.display(m.slug)
        return n
    if index.main_org:
        return index.display(index.main_org)
    org = index.last_before(pos, kinds=("org",))
    return index.display(org.slug) if org else None


def _org_by_noun(text: str, noun: str | None, pos: int, index: SubjectIndex,
                 subjects: set[int] | None = None) -> str | None:
    """"the department said" → the last "Department for Schools"-like name before ``pos``; else the article's company."""
    if noun:
        # "Quillbridge, a research firm, … The firm estimated …" → the organisation just described so
        near = None
        for m in cre.finditer(rf"(?<![\w&'’.-])(?P<org>{_ORG_NAME}),\s+(?:a|an)\s+[^,.;\"“”\n]{{0,60}}?\b{re.escape(noun)}\b",
                              text[max(0, pos - 600):pos]):
            near = m
        if near and not cre.match(r"(?:The|A|An|In|On|At|But|And|It|This|That)\b", near.group("org")):
            return _known_org(index, near.group("org")) or clean_name(near.group("org"))
        cap = noun[0].upper() + noun[1:]
        found = None
        for m in cre.finditer(rf"(?:[A-Z][\w&'’-]*\s+(?:(?:of|for|and|&|on)\s+)?)*{re.escape(cap)}\b(?:\s+(?:of|for|on)\s+(?:the\s+)?[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*)*)?", text[:pos]):
            name = cre.sub(r"^(?:The|A|An)\s+", "", m.group(0))
            if len(name.split()) >= 2:
                found = name
        if found:
            return found
        if noun not in {"company", "firm", "startup", "start-up", "lab", "laboratory", "group"}:
            return None
        # "the company": the article's company, unless that is a public body; when no company leads the
        # count, the one last the subject of a sentence ("Veltra Airlines said …"), not one named in passing
        cands = [m for m in index.mentions
                 if m.start < pos and m.kind == "org" and not _PUBLIC_BODY.search(index.display(m.slug))]
        s0 = _sentence_start_before(text, pos)
        own = {m.slug for m in cands if m.start > s0}
        if len(own) == 1:  # 'It is for Acme to "…," the company said': the company its own sentence names
            return index.display(own.pop())
        topical = [m for m in cands if subjects and m.start in subjects]
        main = index.main_org
        starts = [s0]  # the starts of this sentence and of the three before it
        for _ in range(3):
            starts.append(_sentence_start_before(text, starts[-1] - 1))
        lately = [m for m in topical if m.start >= starts[1]]
        if lately and all(m.slug == lately[-1].slug for m in lately) and \
                not any(m.slug == main for m in topical if m.start >= starts[3]):
            # "Acme had already bought 2,000 GPUs. "…," said a company statement": the company just the
            # subject, when the story's main company has not been one for a while
            return index.display(lately[-1].slug)
        if main and not _PUBLIC_BODY.search(index.display(main)) and (
                not topical or any(m.slug == main for m in topical)
                or all(index.counts[main] > index.counts[m.slug] for m in topical)):
            return index.display(main)
        if topical or cands:
            return index.display((topical or cands)[-1].slug)
    return _org_name(index, None, pos)


def _known_org(index: SubjectIndex, name: str | None) -> str | None:
    """``name`` when the article names an organisation so ("the OpenAI newsroom" → OpenAI)."""
    if not name:
        return None
    low = clean_name(name).lower()
    for m in index.mentions:
        if m.kind == "org" and (m.text.lower() == low or index.display(m.slug).lower() == low):
            return index.display(m.slug)
    return None


_ISSUED = r"(?:has\s+|had\s+|have\s+)?(?:also\s+)?(?:issued|released|filed|published|sent|put\s+out|posted|shared|brought)"


def _doc_author(text: str, noun: str, pos: int, index: SubjectIndex, people: _People) -> str | None:
    """Who issued the document a quote is read from, named before ``pos`` ("A Kell spokesman issued a
    statement", "Acme's lawsuit", "a letter from the Harbour Board"); never a name from later on."""
    stem = noun.split()[-1]
    if cre.fullmatch(_STUDY_NOUN, stem):
        titled = _titled_document(text[max(0, pos - 1500):pos])
        if titled:
            return titled
    stems = {"lawsuit": "(?:lawsuit|suit|complaint)", "suit": "(?:lawsuit|suit|complaint)",
             "complaint": "(?:lawsuit|suit|complaint)", "report": "(?:report|reporting)"}.get(stem, re.escape(stem))
    who_re = rf"(?P<who>(?:[Aa]|[Aa]n|[Tt]he)\s+{_ORG_NAME}\s+{_SPOX}|[A-Za-z][\w&-]*(?:\s+[A-Z][\w&-]*){{0,3}})"
    window = text[max(0, pos - 1500):pos]
    best = None
    for m in cre.finditer(
            rf"(?<![\w&.-]){who_re}(?:[’']s\s+(?:[\w-]+\s+)?{stems}\b|\s+{_ISSUED}\s+(?:a|an|its|the)\s+(?:[\w-]+\s+){{0,2}}?{stems}\b"
            rf"|(?:,?\s+said)?,?\s+in\s+(?:a|an|its)\s+(?:[\w-]+\s+)?{stems}\b)"
            rf"|\b{stems}\s+(?:from|by|issued\s+by)\s+(?:the\s+)?(?P<org>{_ORG_NAME})"
            # "In a blog post, the company stated …"
            rf"|\b[Ii]n\s+(?:a|an|its|the)\s+(?:[\w-]+\s+)?{stems},\s+(?:the\s+)?(?P<noun>{_ORG_NOUN}|{_CORP_DESC})\s+(?:{VERBS})\b",
            window):
        if not (m.group("who") and _CALENDAR.fullmatch(clean_name(m.group("who")))):
            best = m  # "Monday's statement" names no author: an earlier match may
    if best is not None and best.group("noun"):
        return _org_by_noun(text, best.group("noun"), pos - len(window) + best.start(), index, people.subjects)
    if best is None:
        if cre.fullmatch(_STUDY_NOUN, stem):
            return _research_org(window, index)
        return None
    if best.group("org"):
        return _org_name(index, cre.split(r"\.?\s*\n|\.\s+", best.group("org"))[0], pos)
    who = best.group("who")
    sm = cre.fullmatch(rf"(?:[Aa]|[Aa]n|[Tt]he)\s+(?P<org>{_ORG_NAME})\s+{_SPOX}", who)
    if sm:
        return f"{clean_name(sm.group('org'))} spokesperson"
    org = _known_org(index, who)
    if org:
        return org
    if people.knows(clean_name(who)):
        return _resolve(who, people, pos)
    if any(c.isupper() for c in who) and not cre.match(r"(?:The|A|An|It|This|That|He|She|They)$", who) \
            and not _CALENDAR.fullmatch(clean_name(who)):  # "Monday's statement" names no author
        return clean_name(who)  # "Zentrix's lawsuit"
    return None


_TITLED_DOC_RE = re.compile(
    r"(?<![\w&'’.-])(?P<t>(?:[A-Z][\w&'’.-]*|\d{4})(?:\s+(?:of|on|for|and|the|&|[A-Z][\w&'’.-]*|\d{4}|\d+(?:st|nd|rd|th))){0,6}?"
    r"\s+(?:Index|Report|Survey|Study|Outlook|Barometer|Tracker|Monitor))\b"
)
_RESEARCHERS_AT_RE = re.compile(
    rf"\b(?:[Rr]esearchers|[Aa]nalysts|[Ee]conomists|[Ee]xperts|[Aa]uthors|[Ss]trategists|[Ss]cientists)\s+(?:over\s+)?"
    rf"(?:at|from|with)\s+(?:the\s+)?(?P<org>{_ORG_NAME})"
)


def _titled_document(window: str) -> str | None:
    """The last study the text names by title ("The Frontier Compute Index 2025 Annual Report" →
    "Frontier Compute Index"): its name without the edition (year, "Annual Report")."""
    name = None
    for m in _TITLED_DOC_RE.finditer(window):
        t = cre.sub(r"^(?:The|A|An|This|That|Its|In|According)\s+", "", m.group("t"))
        t = cre.split(r"\s+(?:\d{4}|\d+(?:st|nd|rd|th)|Annual|Yearly|Quarterly|Monthly)\b", t)[0]
        if len(t.split()) >= 2:
            name = t
    return name


def _research_org(window: str, index: SubjectIndex) -> str | None:
    """Whose researchers the article last named ("Researchers at Quorvex estimated …"): the author of the
    study a later "the report says" quotes."""
    found = None
    for m in _RESEARCHERS_AT_RE.finditer(window):
        found = m
    if found is None:
        return None
    org = cre.split(r"\.?\s*\n|\.\s+", found.group("org"))[0]
    return _known_org(index, org) or clean_name(org)


_PUBLIC_BODY = re.compile(
    r"\b(?:Department|Ministry|Police|Fire|Council|Commission|Agency|Authority|Court|University|Institute|Union|"
    r"Parliament|Senate|Congress|Government|Office|Bureau|Service|Board|Committee|Federation|Association)\b"
)


def _named_org(head: str, index: SubjectIndex, people: _People) -> str | None:
    """An organisation named right before a reporting verb ("The Chamber of Shipping said")."""
    om = _ORG_TAIL_RE.search(head.rstrip())
    if not om:
        return None
    name = om.group("org")
    if people.knows(clean_name(name)):
        return None
    title, rest = _split_title(name)
    if title and len(rest.split()) >= 2 and not _CORP_WORDS.search(rest):
        return None  # "Calder Agency Administrator Pieter Vosk": a person with their title
    if _CORP_WORDS.search(name) or any(m.kind == "org" and m.text.lower() == name.lower() for m in index.mentions):
        return _org_name(index, name, 0)
    return None


def _clause_subject(doc: Any, at: int, people: _People, index: SubjectIndex) -> str | None:
    """The subject of the clause a participle hangs on: "OpenAI pushed back, calling it …" → OpenAI."""
    if doc is None or not doc.has_annotation("DEP"):
        return None
    span = token_span(doc, at, at + 1)
    if span is None:
        return None
    t = span[0]
    for _ in range(3):
        subj = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < t.i]
        if subj:
            s = subj[0]
            if s.pos_ == "PRON":
                return _resolve(s.text, people, s.idx) if cre.fullmatch(_PRON, s.text) else None
            lefts = [c for c in s.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
            start = lefts[0].idx if lefts else s.idx
            name = doc_text(doc)[start:s.idx + len(s.text)]
            if s.pos_ == "PROPN":
                return _known_org(index, name) or (_resolve(name, people, s.idx) if not _CORP_WORDS.search(name)
                                                    else clean_name(name))
            if s.pos_ == "NOUN" and cre.fullmatch(rf"{_ORG_NOUN}|{_CORP_DESC}", s.lower_):
                return _org_by_noun(people.text, "company", at, index, people.subjects)
            return None
        if t.head is t or t.dep_ not in {"advcl", "xcomp", "conj", "ccomp", "acl"}:
            break
        t = t.head
    return None


def _prev_subject_org(doc: Any, at: int, people: _People, index: SubjectIndex) -> str | None:
    """The proper-name subject of the sentence before the one at ``at``, when it is not a person
    ("Tom's Gadgets said that … However, it cautioned …" → "Tom's Gadgets")."""
    if doc is None or not doc.has_annotation("DEP"):
        return None
    span = token_span(doc, at, at + 1)
    if span is None:
        return None
    sent = span[0].sent
    if sent.start == 0:
        return None
    prev = doc[sent.start - 1].sent
    subj = [t for t in prev.root.children if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "PROPN"]
    if not subj:
        return None
    s = subj[0]
    text = doc_text(doc)
    name = cre.sub(r"^(?:[Tt]he|[Aa]n?)\s+", "", text[s.left_edge.idx:s.idx + len(s.text)]).strip()
    if not name or not name[0].isupper() or len(name.split()) > 6:
        return None
    if people.knows(name) and people.gender(people.full_name(name, at)):
        return None  # a person ("he"/"she" follow them): "it" is something else
    if s.ent_type_ == "PERSON" and " " not in name:
        return None
    return _known_org(index, name) or name


_POSSESSIVE_WORDS_RE = re.compile(
    rf"(?P<who>{_NAME})[’']s\s+(?:[a-z-]+\s+){{0,2}}(?:words|view|views|statement|response|reply|answer|retort|"
    rf"comment|comments|remark|remarks|message|verdict|assessment|explanation|take|advice|warning|promise|"
    rf"description|summary)\s*(?:[,:—–]|\s-)?\s*$"
)
_QUOTED_AS_BEFORE_RE = re.compile(rf"(?P<who>{_NAME})(?:,[^,\"“”]{{2,80}},)?\s+(?:was|is|has\s+been)\s+quoted\s+as\s+(?:saying|telling\s+[^\"“”]{{1,60}}?)\s*[,:]?\s*(?:that\s+)?$")
_QUOTED_AS_AFTER_RE = re.compile(rf"^\s*,?\s*[^\"“”.!?]{{0,80}}?\bquoted\s+(?P<who>{_NAME})\s+as\s+(?:saying|telling)\b"
                                  # "…," Acme’s Jo Doe was quoted as saying.
                                  rf"|^\s*,?\s*(?:[A-Z][\w&.-]*[’']s\s+)?(?P<who2>{_NAME})\s+(?:was|has\s+been)\s+quoted\s+as\s+saying\b")
_BOARD_RE = re.compile(
    rf"(?:\b(?:the|its)\s+(?P<org>company|firm)[’']s|(?:\b[Tt]he\s+)?(?P<org2>{_ORG_NAME})[’']s|\b(?P<its>[Ii]ts))\s+"
    rf"(?:[\w-]+\s+)?(?:board|committee|panel|inquiry|review|investigation|audit)(?:\s+of\s+[a-z]+)?"
    rf"\s+(?:that|which)\s+(?P<verb>found|concluded|ruled|determined|said|stated)\s*(?:that\s+)?$"
)


# a scare-quoted term between a reporting verb and the quote (`saying the figure covered only the
# "official training" and excluded "…"`) does not end the reporting clause
_SHORT_QUOTED_RE = re.compile(r"[\"“]([\w'’-]+(?:,?[ ]+[\w'’-]+){0,3},?)[\"”]")


#: an opener crediting what follows to someone: "As noted by Acme's CEO in May, …", "As Jo Doe put it, …"
_NOTED_BY_RE = re.compile(
    r"(?:^|[.!?]\s+|\n)\s*[Aa]s\s+(?:(?:was|has\s+been)\s+)?(?P<verb>noted|said|put\s+it|stated|observed|pointed\s+out|"
    r"explained|remarked|warned)\s+by\s+(?P<who>[A-Za-z][^,\"“”.]{1,60}?)"
    r"(?:\s+(?:in|on|at|last|earlier|this|during)\b[^,\"“”]{0,30})?,[^\"“”]*$")


def _before_speaker(before: str, people: _People, index: SubjectIndex, pos: int,
                    doc: Any = None) -> tuple[str | None, str | None]:
    """Speaker and cue from the words before a quote in its sentence (``X said that "…"``)."""
    nb = _NOTED_BY_RE.search(before)
    if nb:  # "As noted by Acme's CEO in May, the rival is "…"" → the one who noted it
        who = nb.group("who").strip()
        return _known_org(index, who) or _resolve(who, people, pos) or who, nb.group("verb")
    gm = cre.search(rf"(?:[Aa]ccording\s+to|[Aa]s\s+per)\s+(?:the\s+)?(?:[a-z-]+\s+)?(?:analysts|researchers|experts|economists|"
                    rf"strategists|scientists|staff|authors)\s+(?:at|from|with|of)\s+(?:the\s+)?(?P<org>{_ORG_NAME})\s*(?:,|$)", before)
    if gm and not _REPORT_BEFORE_RE.search(before[gm.end():]):  # "As per analysts at Cantor, …" → the firm
        return _known_org(index, gm.group("org")) or clean_name(gm.group("org")), "according to"
    am = cre.search(rf"(?:[Aa]ccording\s+to|[Aa]s\s+per)\s+(?P<who>{_NAME})\s*,?\s*$", before)
    if am:
        return _resolve(am.group("who"), people, pos), "according to"
    bm = _POSSESSIVE_WORDS_RE.search(before)
    if bm:  # "Amodei's blunt response—"…""
        who = _known_org(index, bm.group("who")) or _resolve(bm.group("who"), people, pos)
        if who:
            return who, None
    hm = cre.search(r"\b(?P<pron>[Hh]is|[Hh]er)\s+(?:own\s+)?words\s*[,:]?\s*$", before)
    if hm:  # "In her words, "…""
        who = people.before(pos - len(before) + hm.start(), "he" if hm.group("pron").lower() == "his" else "she")
        if who:
            return who, None
    qm = _QUOTED_AS_BEFORE_RE.search(before)
    if qm:  # "X was quoted as saying "…""
        return _resolve(qm.group("who"), people, pos), "quoted"
    bd = _BOARD_RE.search(before)
    if bd:  # "a review by the company's board that found "…""
        named = bd.group("org2")
        org = (_known_org(index, named) or (None if people.knows(clean_name(named)) else clean_name(named))) \
            if named else _org_by_noun(people.text, "company", pos, index, people.subjects)
        if org:
            return org, bd.group("verb")
    for vm in reversed(list(_REPORT_BEFORE_RE.finditer(before))):
        tail = _SHORT_QUOTED_RE.sub(lambda m: m.group(1), before[vm.end():])
        if cre.search(r"[.!?;]\s|[\"“”]", tail) or len(tail) > 140:
            break
        if cre.fullmatch(_GERUNDS, vm.group(0)) and cre.search(r",\s*$", before[:vm.start()]):
            # "X did Y, calling it "…"": the participle's subject is the main clause's
            who = _clause_subject(doc, pos - len(before) + vm.start(), people, index)
            if who:
                return who, vm.group(0)
        head = before[:vm.start()].rstrip()
        if cre.search(r"\b(?:and|but)(?:\s+(?:also|then|later|[a-z]+ly))?$", head) and not cre.fullmatch(_GERUNDS, vm.group(0)):
            # "he met the minister, Ren Hao, and reportedly stated …": the subject of the first verb,
            # not the name in its object
            who = _clause_subject(doc, pos - len(before) + vm.start(), people, index)
            if who:
                return who, vm.group(0)
        # "Renfield issued a statement saying" → "Renfield"
        head = cre.sub(rf"\s+{_ISSUED}\s+(?:a|an|its|the)\s+(?:[\w-]+\s+){{0,2}}?{_DOC_NOUN}(?:\s+[\w-]+){{0,3}}?,?$",
                       "", head)
        while True:
            h2 = cre.sub(rf"\s+{_ADVERBS}$", "", head)
            if h2 == head:
                break
            head = h2
        head += " "
        sm = _SPOX_BEFORE_RE.search(head)
        if sm:
            org = _org_name(index, sm.group("org2") or sm.group("org"), pos)
            if org:
                return f"{org} spokesperson", vm.group(0)
        ob = _ORG_BEFORE_RE.search(head)
        if ob:
            nm0 = cre.search(_ORG_NOUNS_ALL, ob.group(0))
            org = _known_org(index, ob.group("mod")) if ob.group("desc") else None
            if cre.fullmatch(r"[Ii]t\s*", ob.group(0)):
                # "Tom's Gadgets said … However, it cautioned "…"": the publication or firm last a subject
                org = _prev_subject_org(doc, pos - len(before) + ob.start(), people, index)
            org = org or _org_by_noun(people.text, "company" if ob.group("desc") else nm0.group(0) if nm0 else None,
                                      pos, index, people.subjects)
            if org:
                return org, vm.group(0)
        gov = cre.search(r"\b[Tt]he\s+(?:[A-Z][\w-]*\s+)?government\s*$", head)
        if gov:  # "The Tamsin government said …": a government the article never names is its description
            return "the " + gov.group(0).split(None, 1)[1].strip(), vm.group(0)
        dn = cre.search(rf"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|{_CALENDAR.pattern}[’']s)\s+(?:[\w-]+\s+)?(?P<noun>{_DOC_NOUN})\s*$", head)
        if dn:
            # "the report says "…"" → whoever the article said issued the report
            who = _doc_author(people.text, dn.group("noun"), pos, index, people)
            if who:
                return who, vm.group(0)
        st = _STATEMENT_FROM_RE.search(head)
        if st:
            return _org_name(index, st.group("org"), pos), vm.group(0)
        pm = cre.search(rf"(?P<who>{_NAME2})\s+(?:of|at|from)\s+(?:the\s+)?[A-Z][\w&'’.-]*"
                        rf"(?:\s+(?:(?:of|for|and|on|&)\s+)?[A-Z][\w&'’.-]*){{0,6}}\s*$", head)
        if pm and not _CORP_WORDS.search(pm.group("who")):
            who = _resolve(pm.group("who"), people, pos)  # "Ines Harrowgate of the Calder Institute told"
            if who:
                return who, vm.group(0)
        org = _named_org(head, index, people)
        if org:
            return org, vm.group(0)
        cm = _CROWD_BEFORE_RE.search(head)
        if cm and not _counted(head, cm, "who"):  # "People are calling it "…""
            return _crowd_name(cm.group("who")), vm.group(0)
        rm = cre.search(r"\b(?:[Tt]he|[Oo]ur|[Tt]heir)\s+(?:[\w-]+\s+){0,3}?(?P<role>[a-z-]+)\s*$", head)
        if rm and _JOB_WORD.fullmatch(rm.group("role")):
            # "the APC presidential candidate stated that" → the person introduced as the candidate;
            # "The leader also added," opening its sentence → else the person last named, as after a quote
            who = people.with_role(rm.group("role"), pos)
            if who is None and not head[:rm.start()].strip():
                who = people.before(pos - len(before) + rm.start())
            if who:
                return who, vm.group(0)
        nm = cre.search(rf"(?P<who>{_NAME}|\b{_PRON})(?:,\s+who|,[^,\"“”]{{2,80}},|,)?\s*$", head)
        if nm:
            at = pos - len(before) + nm.start("who") if cre.fullmatch(_PRON, nm.group("who")) else pos
            pair = cre.search(rf"(?P<first>{_TNAME2})\s+and\s+$", head[:nm.start("who")])
            # "Doug Ostrover and Marc Lipschultz, co-CEOs of Blue Owl, called it "…"": the first named
            who = _resolve(pair.group("first") if pair else nm.group("who"), people, at)
            if who:
                return who, vm.group(0)
        if _ANON_RE.search(head):
            return None, None  # "one official, who asked not to be named, said"
        wm = cre.search(r"\bwho\s*$", head)
        if wm:
            who = people.before(vm.start() + (pos - len(before)))
            if who:
                return who, vm.group(0)
    bm = cre.search(rf"(?P<who4>{_NAME})\s+[a-z]+(?:\s+[a-z]+){{0,2}}:\s*$", before)
    if bm and (people.knows(clean_name(bm.group("who4"))) or _known_org(index, bm.group("who4"))):
        # "Dana Whit wrote:" (not "the need for big AI spending:")
        return _resolve(bm.group("who4"), people, pos), None
    return _according_to_opener(before, people, index, pos)


_ACCORDING_OPENER_RE = re.compile(
    rf"^\s*(?:[Aa]ccording\s+to|[Aa]s\s+per)\s+(?:(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}?{_DOC_NOUN}\s+(?:from|by)\s+)?"
    rf"(?:the\s+)?(?:[a-z][\w-]*\s+){{0,3}}?(?P<who>{_NAME})\s*,"
)


def _according_to_opener(before: str, people: _People, index: SubjectIndex, pos: int) -> tuple[str | None, str | None]:
    """A sentence that opens "According to (a report from) X," is X's account to its end, quotes included
    ("According to a report from the blog Tern Weekly, the robot … and "there are no miracles" …")."""
    am = _ACCORDING_OPENER_RE.match(before)
    if not am or _REPORT_BEFORE_RE.search(before[am.end():]):
        return None, None
    who = am.group("who")
    if people.knows(clean_name(who)):
        return _resolve(who, people, pos), "according to"
    # the name as written: clean_name would cut "Tom's Gadgets" to its possessed part
    return _known_org(index, who) or cre.sub(r"^(?:[Tt]he|[Aa]n?)\s+", "", who).strip(" ,.;:"), "according to"


_TEAM_LABEL_RE = re.compile(
    rf"^\s*(?P<who>{_NAME})\s*\([^()\n]{{1,60}}\)(?:\s+on\s+[^\n]{{1,250}}?)?\s*:\s*$"
    rf"|^\s*(?P<who2>{_NAME2})\s+on\s+[^\n\"“”]{{1,250}}?:\s*$"
)
_LABEL_LINE_RE = re.compile(r"^[^\n.!?\"“”]{2,80}:[ \t]*$")
_HEADING_NAME_RE = re.compile(rf"(?P<who>{_NAME2})[ \t]*$")


def _label_speaker(text: str, para_start: int, pos: int, people: _People,
                   last: str | None, index: SubjectIndex | None = None) -> tuple[str | None, bool]:
    """Speaker given by a label rather than a verb: "Name (Team): "…"", "Name (Team) on <topic>: "…"", or
    a Q&A block ("Name" heading, then "Opening statement:" / "On <topic>:" lines each over a quote).
    Returns (speaker, whether the quote is labelled)."""
    line = text[para_start:pos]
    m = _TEAM_LABEL_RE.match(line)
    if m:
        who = m.group("who") or m.group("who2")
        if m.group("who2") and not people.knows(clean_name(who)):
            return None, False
        return _resolve(who, people, pos), True
    if line.strip():
        return None, False
    prev_end = para_start - 1
    prev_start = text.rfind("\n", 0, max(prev_end, 0)) + 1
    label = text[prev_start:prev_end] if prev_end > 0 else ""
    if not _LABEL_LINE_RE.match(label) or len(label.split()) > 10 or _REPORT_BEFORE_RE.search(label):
        return None, False  # "Jane Roe told reporters:" is an attribution, not a label
    # the interviewee: a heading line that is a name ("HEAD COACH Tom Penders") a few lines up ...
    end = prev_start - 1
    for _ in range(6):
        if end <= 0:
            break
        start = text.rfind("\n", 0, end) + 1
        heading = text[start:end].strip()
        hm = _HEADING_NAME_RE.search(heading)
        if heading and len(heading.split()) <= 7 and not cre.search(r"[.!?:\"“”]$", heading) and hm:
            who = _split_title(" ".join(w if not w.isupper() else w.title() for w in hm.group("who").split()))[1]
            who = _resolve(who, people, pos)
            if who and " " in who:
                return who, True
        end = start - 1
    if last:
        return last, True  # the block goes on
    dm = cre.search(rf"\b(?P<noun>{_DOC_NOUN})\b", label)
    if dm and index is not None:  # "The full statement:" → whoever issued it
        who = _doc_author(text, dm.group("noun"), prev_start, index, people)
        if who:
            return who, True
    if not cre.match(r"\s*On\s", label):
        return None, False  # the usual attribution rules
    # ... else, for "On <topic>:", the person the article is about: the one named most often before it
    counts: dict[str, int] = {}
    for p, w in people.mentions:
        if p < prev_start and not people._in_quote(p):
            counts[w] = counts.get(w, 0) + 1
    if counts:
        return max(counts, key=lambda w: counts[w]), True
    return None, False


_ANON_DESC_AFTER = re.compile(rf"\s*,?\s*(?:[^,.;:!?“”\"]{{1,40}},\s*)?(?:(?:{VERBS})\s+(?P<d>(?:one|a|an|two|three|several|some|"
                              rf"another)\s+[^,.;:!?“”\"]{{3,80}}?)\s*(?:[,.;:!?]|$)|(?P<d2>(?:one|a|an|two|three|several|some|"
                              rf"another)\s+[^,.;:!?“”\"]{{3,60}}?)\s+(?:(?:also|later)\s+)?(?:{VERBS})\b)")
_ANON_DESC_BEFORE = re.compile(rf"(?P<d>\b(?:[Oo]ne|[Aa]n?|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome|[Aa]nother)\s+[^,.;:!?“”\"]{{3,60}}?)"
                               rf"(?:,[^,]{{0,60}},)?\s+(?:{VERBS})\s*[:,]?\s*$")


def _anonymous_description(before: str, after: str) -> str | None:
    """How the article describes a source it does not name: "…," said one person familiar with
    the talks / one former colleague, who asked not to be named, said: "…"."""
    m = _ANON_DESC_AFTER.match(after)
    found = (m.group("d") or m.group("d2")) if m else None
    if found is None:
        b = _ANON_DESC_BEFORE.search(before)
        found = b.group("d") if b else None
    if found is None or not _ANON_RE.search(found):
        return None
    return " ".join(found.split())


def _fullest_name(speaker: str | None, people: _People) -> str | None:
    """The fuller way the article writes a person's name where NER cut it short.

    Only the cuts NER makes: at a hyphen ("Bu Tan" of "Lip-Bu Tan"), before a
    particle ("Von der Leyen" of "Ursula von der Leyen"), after an initial
    ("R. Gerald" of "R. Gerald Turner"), and a surname whose first name was never
    joined to it ("Trump" of "Donald Trump"). Titles, jobs, months, places and
    organisations never join a name."""
    if not speaker or speaker.endswith(" spokesperson") or _known_org(people.index, speaker) \
            or _CORP_WORDS.search(speaker):
        return speaker
    speaker = _without_honorifics(speaker)  # "Datuk Seri Anwar" → "Anwar"
    names = {_without_honorifics(n) for _, n in people.mentions}  # "Asiwaju Bola Tinubu" → "Bola Tinubu"
    longer = {n for n in names if n.startswith(speaker + " ") or " " not in speaker and n.endswith(" " + speaker) and cre.search(
        rf"[\w,’'] {re.escape(n)}(?![\w-])", people.text)}  # ("Resident Tomás Iglesias" opens a sentence: no name)
    if len(longer) == 1:
        return longer.pop()  # "Anwar" of "Anwar Ibrahim"
    joined = {f"{n} {speaker}" for n in names if n != speaker and len(n.split()) >= 2 and len(n.split()) + len(speaker.split()) <= 5
              and _split_title(n)[0] is None
              and cre.search(rf"(?<![\w-]){re.escape(n)}[ \t]+{re.escape(speaker)}(?![\w-])", people.text)}
    if len(joined) == 1:
        return joined.pop()  # NER's two halves of one name: "Tengku Zafrul" + "Abdul Aziz"
    words = speaker.split()
    if len(words) > 3 or any(not w[:1].isupper() and not _PARTICLE_FIRST.match(w + " ") for w in words) \
            or any(_NOT_FIRST.match(w) or _JOB_WORD.fullmatch(w) or _ROLE_WORDS.match(w + " ") for w in words):
        return speaker
    core = r"[ \t]+".join(re.escape(w) for w in words)
    if _PARTICLE_FIRST.match(speaker + " ") or len(words) == 1:
        shapes = [rf"(?P<pre>[A-Z][a-z][\w’'-]*)[ \t]+(?i:{core})(?![\w-])"]
    else:
        shapes = [rf"(?P<pre>[A-Z][a-z]+)-{core}(?![\w-])"]
    if cre.search(r"(?:^|\s)[A-Z]\.(?:\s|$)", speaker):
        shapes.append(rf"(?<![\w.-]){core}[ \t]+(?P<post>[A-Z][a-z][\w’'-]*)(?![\w-])")
    for shape in shapes:
        for m in cre.finditer(shape, people.text):
            added = m.group("pre") if "pre" in m.re.groupindex else m.group("post")
            if people._in_quote(m.start()) or cre.search(r"[’']s$", added) or _NOT_FIRST.match(added) \
                    or _JOB_WORD.fullmatch(added) or _ROLE_WORDS.match(added + " ") or _CALENDAR.fullmatch(added) \
                    or cre.fullmatch(rf"{_TITLE}\.?|{_HONORIFIC}", added) or _known_org(people.index, added) \
                    or load_registry().is_excluded(added):
                continue
            return " ".join(m.group(0).split())
    return speaker


def _expand_acronym(text: str, speaker: str | None, pos: int) -> str | None:
    """"HAI" → "Stanford Institute for Human-Centered AI" when the article defined it so earlier."""
    if not speaker or not cre.fullmatch(r"[A-Z][A-Z&]{1,7}", speaker):
        return speaker
    m = None
    for m2 in cre.finditer(rf"(?P<full>[A-Z][\w&'’.-]*(?:\s+(?:(?:of|for|and|on|the|&)\s+)*[A-Z][\w&'’.-]*)+)\s*\(\s*{re.escape(speaker)}\s*\)",
                           text[:pos]):
        m = m2
        break
    if m is None:
        return speaker
    full = cre.sub(r"^(?:The|A|An)\s+", "", m.group("full"))
    return full if full.split()[0][0] == speaker[0] or len(full.split()) >= len(speaker) else speaker


_SPEECH_ACT_RE = re.compile(
    rf"\b(?:{VERBS}|(?:made|makes|gave|gives|issued|delivered|offered)\s+(?:a|an|the|this|that|his|her|its|their)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:pledge|promise|vow|order|remark|remarks|comment|comments|statement|declaration|speech|"
    r"announcement|prediction|claim|point|case|argument|assurance|warning|commitment))\b"
)


def _next_subject(text: str, sents: list[tuple[int, int]], pos: int, people: _People) -> str | None:
    """The person the first sentence after ``pos`` names as its subject, when that sentence has them speak."""
    a = pos
    while a < len(text) and text[a] in " \t\n.,;:!?…\"”’":
        a += 1
    if a >= len(text):
        return None
    # the sentencizer may run the quote and the sentence after it together
    b = next((e for s0, e in sents if s0 <= a < e), None) or next((e for s0, e in sents if s0 >= a), len(text))
    if not _SPEECH_ACT_RE.search(text[a:b]):
        return None
    for p, who in people.mentions:
        if a <= p < b and not people._in_quote(p) and p in people.subjects:
            return who
    return None


def _it_speaker(doc: Any, q: RawQuote, prev: tuple[RawQuote, Quote] | None, people: _People,
                index: SubjectIndex) -> str | None:
    """Who "it" is in `"…," it said`: the report or organisation quoted just before (`"…," the report
    reads. "…," it explains.`), else the organisation the sentence before has as its subject."""
    if prev is not None:
        pq, pquote = prev
        if pquote.speaker and q.open_mark - pq.close_mark < 600 and not people.knows(pquote.speaker):
            return pquote.speaker
    return _prev_subject_org(doc, q.open_mark, people, index)


def _last_voice(q: RawQuote, prev: tuple[RawQuote, Quote] | None, people: _People) -> str | None:
    """A quote opening a paragraph with no attribution at all continues the last person quoted, when
    nobody else has been named since (an interview write-up: "…," he stated. … "…")."""
    if prev is None or not prev[1].speaker or q.open_mark - prev[0].close_mark > 1200:
        return None
    if any(prev[0].close_mark < p < q.open_mark and w != prev[1].speaker and not people._in_quote(p)
           for p, w in people.mentions):
        return None
    return prev[1].speaker


def _after_window(text: str, at: int, para_end: int) -> str:
    """The words after a quote up to the next quote mark in its paragraph; quotes in a list share the
    attribution after the last (`"A," "B," many commented` credits "A" too)."""
    for _ in range(4):
        if not cre.search(r",\s*$", text[max(0, at - 4):at - 1]):
            break  # only a list item ends in a comma
        after = text[at:para_end]
        nxt = cre.search(r"[\"“‘]", after)
        if not nxt or after[:nxt.start()].strip(" ,"):
            break
        close = cre.search(r"[\"”’]", after[nxt.end():])
        if not close or not cre.match(r"\s*,?\s*[\w]", after[nxt.end() + close.end():]):
            break
        at += nxt.end() + close.end()
    after = text[at:para_end]
    nxt = cre.search(r"[\"“‘]", after)
    return after[: nxt.start()] if nxt else after


def find_quotes(doc: Any, index: SubjectIndex) -> list[Quote]:
    """All quotations in ``doc`` with speaker, description and cue verb.

    Speakers, in order of trust: the attribution right after the quote
    (``"…," said X`` / ``X said`` / ``said the CEO, X`` / ``according to X``,
    a spokesperson → ``"<Org> spokesperson"``, ``the company said`` → the
    article's company); the reporting clause before it in its sentence
    (``X, the CEO of Y, said that "…"``, ``X called the plan "…"``, ``, who
    said "…"``); the quote it continues (``"A," she said. "B."``); a person
    named just before. Pronouns go to the nearest earlier person whose
    pronoun (he/she after their mentions) fits; a surname alone to the full
    name used earlier; titles and job words are stripped.
    """
    text = doc_text(doc)
    sents = doc_sentences(doc)
    raws = [q for q in pair_quote_marks(text)
            if not _is_scare(doc, text, q) or _introduced(text, q) or _speech_partial(doc, text, q)
            or _is_clause(doc, text, q)]
    people = _People(text, index, [(q.open_mark, q.close_mark + 1) for q in raws], doc, sents)
    quotes: list[Quote] = []
    prev: tuple[RawQuote, Quote] | None = None
    label_speaker: str | None = None  # the interviewee of "On <topic>:" blocks
    for q in raws:
        # the words inside the marks; a trailing comma before the closing mark is
        # dropped, so text == article[start:end] (a multi-paragraph quote becomes
        # one quote per paragraph below)
        q_start, q_end = q.start, q.end
        while q_start < q_end and text[q_start].isspace():
            q_start += 1
        while q_end > q_start and (text[q_end - 1].isspace() or text[q_end - 1] == ","):
            q_end -= 1
        parts = [(a, b) for a, b in q.parts if text[a:b].strip()] or q.parts
        if len(parts) == 1:
            q_start, q_end = parts[0]
            while q_start < q_end and text[q_start].isspace():
                q_start += 1
            while q_end > q_start and (text[q_end - 1].isspace() or text[q_end - 1] == ","):
                q_end -= 1
        s_start, _ = _sentence_of(sents, q.open_mark)
        para_end = text.find("\n", q.close_mark)
        para_end = len(text) if para_end < 0 else para_end
        para_start = text.rfind("\n", 0, q.open_mark) + 1
        before = text[max(para_start, s_start, q.open_mark - 250): q.open_mark]
        if _WORK_TITLE_RE.search(before) or _is_work_title(text[q.start:q.end]):
            continue  # the title of a paper, book or report
        speaker = desc = cue = None
        after_window = _after_window(text, q.close_mark + 1, para_end)
        if text[q_start:q_end].rstrip()[-1:] in (".", "!", "?") and _REPORT_BEFORE_RE.search(before) \
                and cre.match(r"\s*[A-Z]", after_window):
            # 'X said in a statement that he was "glad to see it." Bolt later announced …': the quote's
            # sentence ends with it, so the reporting clause before it speaks, not the next sentence
            speaker, cue = _before_speaker(before, people, index, q.open_mark, doc)
        sm = _SPOX_AFTER_RE.match(after_window) if speaker is None else None
        if sm:
            speaker, cue = _spokesperson(sm, text, q, index, people, by_noun=True)
        if speaker is None:
            qa = _QUOTED_AS_AFTER_RE.match(after_window)
            if qa:  # "…," the club's website quoted Bielsa as saying.
                speaker, cue = _resolve(qa.group("who") or qa.group("who2"), people, q.close_mark), "quoted"
        for pat in (_ROLE_AFTER_RE, _ROLE_NAME_VERB_AFTER_RE, _DESC_NAME_AFTER_RE, _NAME_DESC_AFTER_RE):
            if speaker is None:
                rm = pat.match(after_window)
                alt = "2" if rm and "who2" in rm.groupdict() and rm.group("who2") else ""
                if rm and rm.group("verb" + alt) not in _PARTIAL_ONLY and not _CORP_WORDS.search(rm.group("who" + alt)) \
                        and not cre.search(rf"\s{_ROLE_NOUN_ANY_CASE}$", rm.group("who" + alt)):  # "Kim Orr, Bolt CTO, said"
                    speaker = _resolve(rm.group("who" + alt), people, q.close_mark)
                    if speaker:
                        cue, desc = rm.group("verb" + alt), rm.group("desc" + alt).strip()
        if speaker is None:
            pm = _APPOS_AFTER_RE.match(after_window)
            if pm and pm.group("verb") not in _PARTIAL_ONLY:
                speaker = _resolve(pm.group("who"), people, q.close_mark)
                if speaker:
                    cue, desc = pm.group("verb"), pm.group("desc")
        if speaker is None:
            ro = cre.match(rf"\s*,?\s*(?P<verb>{VERBS})\s+(?P<desc>.{{0,120}}?){_ROLE_OF_ORG_NAME}", after_window) \
                if cre.search(rf"\b{_ORG_TAIL}\s+[A-Z]", after_window) else None
            if ro and not cre.search(r"[.;\"“”]", ro.group("desc")):  # said Chairman of Tarn Sons N Varadan
                speaker, cue = _resolve(ro.group("n"), people, q.close_mark), ro.group("verb")
        if speaker is None:
            m = _AFTER_RE.match(after_window)
            if m and (m.group("verb") or m.group("verb2") or "") not in _PARTIAL_ONLY:
                who = m.group("who") or m.group("who2") or m.group("who3")
                cue = m.group("verb") or m.group("verb2") or "according to"
                org = _named_org(after_window[: m.end("who2")], index, people) if m.group("verb2") else None
                if org is None and m.group("verb"):
                    tail = cre.match(rf"\s*(?:the\s+)?{_ORG_NAME}", after_window[m.start("who"):])
                    if tail and _CORP_WORDS.search(m.group("who")) and not _split_title(m.group("who"))[0]:
                        # (not "Kempner Institute Executive Director Elise Porter": a person, the job says so)
                        org = _org_name(index, tail.group(0).strip(), q.close_mark)
                speaker = org or _resolve(who, people, q.close_mark)
                if speaker and m.group("verb") and (_JOB_WORD.fullmatch(speaker) or _ROLE_WORDS.match(speaker + " ")):
                    # "said Acme Vice Chair and President Brad Smith": the name follows the second title
                    more = cre.match(rf"\s+and\s+(?:[A-Z][\w-]*\s+){{1,3}}?(?P<n>{_NAME})", after_window[m.end("who"):])
                    speaker = _resolve(more.group("n"), people, q.close_mark) if more else None
                dm = _DESC_RE.match(after_window[m.end():])
                if dm and speaker:
                    desc = dm.group("desc").strip()
                elif speaker and not org:
                    desc = _split_title(TITLES_RE.sub("", who))[0]  # "NASA Administrator"
        if speaker is None:
            tm = _THE_ROLE_AFTER_RE.match(after_window)
            role = (tm.group("role") or tm.group("role2")) if tm else None
            if tm and role and _JOB_WORD.fullmatch(role) and role not in {"company", "firm"}:
                # "the judge said" → the person introduced as the judge, else the person last named
                speaker = people.with_role(role, q.open_mark) or people.before(q.open_mark)
                cue = tm.group("verb") or tm.group("verb2")
        if speaker is None:
            om = _ORG_SPEAKER_RE.match(after_window)
            if om:
                noun = om.group("noun") or om.group("noun2")
                mod = om.group("mod") or om.group("mod2")
                org = None
                if cre.fullmatch(_DOC_NOUN, noun):
                    # "the statement read" → whoever issued the statement earlier in the article
                    org = _known_org(index, mod) or _doc_author(text, noun, q.open_mark, index, people)
                    noun = None  # else the article's company
                elif cre.fullmatch(_CORP_DESC, noun):
                    org = _known_org(index, mod)  # "the OpenAI newsroom wrote"
                    noun = "company"
                org = org or _org_by_noun(text, noun, q.open_mark, index, people.subjects)
                if org is not None:
                    speaker, cue = org, om.group("verb") or om.group("verb2")
                elif noun == "government":  # '"…," the government said': a government named only so
                    speaker, cue = "the government", om.group("verb") or om.group("verb2")
        if speaker is None:
            dm2 = _OWN_DOC_AFTER_RE.match(after_window)
            if dm2:  # "…," Acme's statement said.
                speaker = _known_org(index, dm2.group("org")) or dm2.group("org")
                cue = dm2.group("verb")
        if speaker is None:
            aside = _ASIDE_AFTER_RE.match(after_window)
            rest = after_window[aside.end():] if aside else ""
            sm = _SPOX_AFTER_RE.match(rest) if rest else None
            m = _AFTER_RE.match(rest) if rest and not sm else None
            if sm:  # "…," such as its new model, a spokesperson for Acme said.
                speaker, cue = _spokesperson(sm, text, q, index, people, by_noun=False)
            elif m and (m.group("who") or m.group("who2") or "")[:1].isupper() and \
                    (m.group("verb") or m.group("verb2") or "") not in _PARTIAL_ONLY:
                speaker = _resolve(m.group("who") or m.group("who2"), people, q.close_mark)
                cue = m.group("verb") or m.group("verb2")
        if speaker is None:
            im = _IT_AFTER_RE.match(after_window)
            if im:
                speaker, cue = _it_speaker(doc, q, prev, people, index), im.group("verb")
        if speaker is None:
            cm = _CROWD_AFTER_RE.match(after_window)
            if cm and not _counted(after_window, cm, "who" if cm.group("who") else "who2"):  # "…," many users said. / "…" An industry insider sighed.
                speaker, cue = _crowd_name(cm.group("who") or cm.group("who2")), cm.group("verb") or cm.group("verb2")
        anonymous = False
        labelled = False
        if speaker is None:
            speaker, labelled = _label_speaker(text, para_start, q.open_mark, people, label_speaker, index)
            if labelled:
                label_speaker = speaker
        if speaker is None and not labelled:
            speaker, cue = _before_speaker(before, people, index, q.open_mark, doc)
            # "one former colleague, who asked not to be named, said: "…"" → no named speaker
            anonymous = speaker is None and bool(_ANON_RE.search(before) or _ANON_RE.match(after_window.strip(" ,")))
        if anonymous:
            pass
        elif speaker is None and prev is not None:
            pq, pquote = prev
            gap = text[pq.close_mark + 1: q.open_mark]
            if ("\n" not in gap.rstrip() and len(gap) < 250 and pquote.speaker) and \
                    (any(p.match(gap) for p in (_AFTER_RE, _SPOX_AFTER_RE, _APPOS_AFTER_RE, _ROLE_AFTER_RE,
                                                _ROLE_NAME_VERB_AFTER_RE, _DESC_NAME_AFTER_RE, _NAME_DESC_AFTER_RE,
                                                _THE_ROLE_AFTER_RE, _ORG_SPEAKER_RE))
                     or not gap.strip() or cre.fullmatch(r"[\s.,;:]*", gap)
                     # two partial quotes in one sentence: `said it was "A" and that it would "B"`
                     or (len(gap) < 150 and not cre.search(rf"[.!?]\s|\n|\b(?:{VERBS})\b|according\s+to", gap))):
                speaker, desc, cue = pquote.speaker, pquote.speaker_desc, pquote.cue
        if speaker is None and not anonymous and not text[para_start:q.open_mark].strip() \
                and not after_window.strip(" \t.,;:!?…"):
            # a quote standing alone as a paragraph: the person the next sentence names as its subject
            # and has speaking ('"…" On Monday, Ada Kerr said …', '… Ada Kerr made the pledge')
            speaker = _next_subject(text, sents, q.close_mark + 1, people)
        if speaker is None and not anonymous:
            # a person named in the preceding sentence(s) of the paragraph, or
            # in the paragraph just before a quote that opens a paragraph
            window_start = para_start if q.open_mark > para_start else max(0, text.rfind("\n", 0, para_start - 1))
            m2 = next(((p, w) for p, w in reversed(people.mentions) if p < q.open_mark and not people._in_quote(p)),
                      None)
            pm2 = None  # "She is careful not to overstate it. "…"" → the person "she" is
            for pm in cre.finditer(r"(?:^|(?<=[.!?]\s)|(?<=\n))(He|She)\b", text[window_start:q.open_mark]):
                if not people._in_quote(window_start + pm.start(1)):
                    pm2 = pm
            if pm2 is not None and (m2 is None or window_start + pm2.start(1) > m2[0]):
                speaker = people.before(window_start + pm2.start(1), pm2.group(1))
            elif m2 and m2[0] >= window_start:
                speaker = m2[1]
        if speaker is None and not anonymous and not text[para_start:q.open_mark].strip():
            speaker = _last_voice(q, prev, people)
        if speaker and len(speaker.split()) <= 3 and all(_JOB_WORD.fullmatch(w) for w in speaker.split()):
            # "he said" after "said the Prime Minister": the person who holds the title
            speaker = people.with_role(speaker.split()[-1], q.open_mark) or speaker
        speaker = _fullest_name(_expand_acronym(text, speaker, q.open_mark), people)
        if speaker is None and desc is None:
            desc = _anonymous_description(before, after_window)  # "one person familiar with the talks"
        if speaker and " " in speaker and not speaker.endswith(" spokesperson"):
            people.add(speaker, q.open_mark)
        # a quote run over paragraphs is one quote per paragraph, each credited to the speaker;
        # marks with nothing between them quote nothing
        made = [Quote(text=text[a:b], speaker=speaker, speaker_desc=desc, cue=cue, start=a, end=b,
                      sentence=text[slice(*_sentence_of(sents, a))].strip())
                for a, b in (_trimmed(text, parts) if len(parts) > 1 else [(q_start, q_end)]) if text[a:b].strip()]
        quotes.extend(made)
        if made:
            prev = (q, made[-1])
    return quotes


def _trimmed(text: str, parts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Each paragraph of a multi-paragraph quote without its edge spaces and trailing comma."""
    out = []
    for a, b in parts:
        while a < b and text[a].isspace():
            a += 1
        while b > a and (text[b - 1].isspace() or text[b - 1] in ",“”\""):
            b -= 1
        if a < b:
            out.append((a, b))
    return out
