"""Subjects: discover the organisations, models and people an article names.

Part of the extract stage. Runs on a parsed spaCy ``Doc`` and returns a
:class:`SubjectIndex`: every mention with its character span, canonical slug
and kind, plus the article's main organisation (most mentioned, title
weighted). Nothing here knows particular companies: names come from NER
(ORG/PRODUCT/GPE/PERSON, which are noisy), from proper-noun shapes
(CamelCase names, "X AI"/"X Labs" names) and from model-name patterns
("Maker-X3", "Maker Q5", "GPT-4", "its Q7 model"), and governments
(``states``: "the Dutch government", "Japan passed a budget"); the registry
(``registry.toml``) only adds aliases, parents, never-subject words and the
countries' names.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from claimcheck.extraction import cre
from claimcheck.extraction.chips import CHIP_MODEL, CHIP_MODEL_RE
from claimcheck.extraction.models import _CODE_RE, _HYPHEN_MODEL, _TIER, find_models, guess_parents
from claimcheck.extraction.names import (  # noqa: F401  (re-exported for quotes/claims)
    _CORP_SUFFIX,
    GENERIC_ADJECTIVE,
    REGISTRY_PATH,
    TITLES_RE,
    Registry,
    SubjectIndex,
    SubjectMention,
    _add,
    _org_slug,
    clean_name,
    doc_sentences,
    doc_text,
    load_registry,
    slugify,
    token_span,
)
from claimcheck.extraction.states import find_governments, written_name

_ORG_SHAPE = re.compile(
    r"\b(?:[A-Z][\w&-]*[ \t]+){0,2}[A-Z][\w&-]*[ \t]+(?:AI|Labs?|Inc\.?|Corp\.?|Technolog(?:y|ies)|Systems|Ventures|Capital|Analytics|Robotics|Research|Partners|Semiconductor|Computing|Compute|Cloud|Intelligence|Dynamics|Networks|Software|Solutions|Industries)\b"
)
_ORG_NOUNS = (r"(?:company|firm|startup|start-up|lab|laboratory|developer|maker|provider|chipmaker|group|unicorn|"
              r"organi[sz]ation|non-?profit|"
              r"fund|hedge\s+fund|investor|conglomerate|operator|venture|competitor|rival|challenger)")
_APPOSITIVE_ORG = re.compile(
    rf"\b(?P<a>[A-Z][\w-]+(?:[ \t]+[A-Z][\w-]+){{0,2}}),\s+(?:(?:a|an|the)\s+(?:[\w-]+\s+){{0,4}}?{_ORG_NOUNS}"
    r"|(?:a|an|the|its|their)\s+(?:[\w’'-]+\s+){0,4}?(?:super-?computer|super-?cluster))\b"
    rf"|\b{_ORG_NOUNS}[ \t]+(?:(?:called|named|dubbed)[ \t]+)?(?P<b>[A-Z][\w-]+(?:[ \t]+[A-Z][\w-]+){{0,2}})"
)
#: "a startup called Acme" (found on its own: "Utrecht, a startup called Acme" overlaps the first form);
#: a machine is named the same way: "a supercomputer, which has been named Halcyon-AI", "a cluster known as Dawn"
_NAMED_ORG = re.compile(
    rf"\b(?:{_ORG_NOUNS}|super-?computer|super-?cluster|cluster)(?:,?[ \t]+which[ \t]+(?:has[ \t]+been|was|is|will[ \t]+be))?"
    r"[ \t]+(?:[a-z]+ly[ \t]+)?(?:called|named|dubbed|known[ \t]+as)[ \t]+[“\"']?(?P<a>(?!x)x)?(?P<b>[A-Z][\w-]+(?:[ \t]+[A-Z][\w-]+){0,2})")
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
#: what companies (not people) do with money and machines: "Acme has raised $6 billion", "Acme bought 5,000 GPUs"
_MONEY_VERBS = (r"(?:raised|raises|secured|secures|closed|spent|spends|invested|invests|bought|buys|acquired|acquires|"
                r"ordered|orders|purchased|earmarked|committed|pledged|plans|planned|expects|operates|built|builds|deployed)")
#: a name that starts lower-case with a capital inside ("xAI", "eBay" shapes); not a unit ("kWh", "mAh")
_INNER_CAP = r"\b(?!(?:kWh|mAh|kHz|kW|mW|dB|pH|mL)\b)[a-z]{1,2}[A-Z][A-Za-z]+\b"
_COMPANY_USE = re.compile(
    rf"\b(?P<n>[A-Z][a-z]+[a-z0-9]*)(?:,\s+which\s+[^,]{{3,60}},|\s+(?:also|has|had|now))?\s+{_REPORT_VERBS}\b"
    rf"|\b(?P<n3>[A-Z][a-z]+[a-z0-9]*)\s+(?:(?:has|had|have|also|now|reportedly|recently|just)\s+){{0,2}}{_MONEY_VERBS}\s+"
    rf"(?:(?:about|around|roughly|nearly|some|more\s+than|over|an?\s+(?:additional|further|extra)|another)\s+)?(?:[A-Z]{1,3}\s?)?[$€£¥\d]"
    rf"|\b(?P<n2>[A-Z][a-z]+)[’']s\s+(?:[\w-]+\s+){{0,2}}model\b"
)
#: a named computer system's noun after its name: "the Halcyon supercomputer", "the Riverside supercluster"
SYSTEM_NOUN = re.compile(r"\s+(?:AI\s+)?(?:super-?computers?|super-?clusters?|clusters?|data\s+cent(?:er|re)s?|campus|facility|"
                         r"(?:compute\s+)?sites?|machines?)\b", re.IGNORECASE)
#: a system's noun before its name: "the supercomputer, Halcyon", "a cluster (newly) dubbed Halcyon"
SYSTEM_BEFORE = re.compile(r"\b(?:super-?computer|super-?cluster|cluster|data\s+cent(?:er|re)|facility)"
                           r"(?:,?[ \t]+(?:[a-z]+ly[ \t]+)?(?:called|named|dubbed|known[ \t]+as)[ \t]+|,[ \t]*)$",
                           re.IGNORECASE)
#: a system's noun in apposition after its name: "Halcyon, the world's largest AI supercomputer"
_SYSTEM_APPOSITIVE = re.compile(r",\s+(?:the|a|an|its|their)\s+(?:[\w’'-]+\s+){0,4}?(?:super-?computer|super-?cluster|"
                                r"(?:GPU\s+)?cluster|data\s+cent(?:er|re))\b", re.IGNORECASE)
#: what machines do with chips: "Halcyon will soon be powered by 200,000 GPUs", "Halcyon, featuring 100,000 GPUs"
_MACHINE_VERB = re.compile(r"(?:[’']s?)?,?\s+(?:(?:is|was|will|be|been|has|soon|currently|initially|now|also|already|which)\s+){0,4}"
                           r"(?:powered\s+by|equipped\s+with|fitted\s+with|featur\w+|houses|housed|packs|packed\s+with|"
                           r"consist\w*\s+of|compris\w+|integrates|runs\s+on)\s+(?:[\w-]+\s+){0,3}?\d")
#: a company making or switching on a system: "Acme built Halcyon", "Acme activated Halcyon"
_BUILT_BEFORE = re.compile(r"\b(?:built|builds|activated|activates|switched\s+on|brought\s+online|constructed)\s+(?:its\s+)?$")
#: a name used as an organisation: "Acme said", "Acme aims to", "Acme’s CEO", "an Acme engineer"
_ORG_USE_AFTER = re.compile(r"(?:[’']s)?\s+(?:(?:has|had|is|was|also|now)\s+)?(?:said|says|announced|raised|raises|aims|plans|"
                            r"is\s+seeking|was\s+seeking|hired|told|confirmed|declined|CEO|chief|founder|co-founder|investors|"
                            r"engineers?|employees|staff|board|shares|stock|valuation|market\s+value)\b")


#: a chip maker's name before its chips: "Acme H100s", "Acme's GPUs", "Acme graphics processors"
_SUPPLIER_AFTER = re.compile(rf"(?:[’']s)?\s+(?:{CHIP_MODEL}|(?:graphics\s+)?(?:chips?|GPUs?|processors|accelerators|hardware)\b)")
#: what a joint undertaking is called, and how one is named: "a joint venture named Halo",
#: "Halo, a new joint venture", "the Halo initiative"
VENTURE_NOUN = r"(?:joint\s+venture|venture|initiative|partnership|project)"
_VENTURE_BEFORE = re.compile(rf"\b{VENTURE_NOUN}\s+(?:[a-z]+ly\s+)?(?:named|called|dubbed|known\s+as)\s+[“\"']?$", re.IGNORECASE)
_VENTURE_AFTER = re.compile(rf"[”\"']?(?:,\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}?|\s+){VENTURE_NOUN}\b", re.IGNORECASE)

#: "invested $340 million in Acme", "put $2bn into Acme Labs"
_INVESTED_IN_NAME = re.compile(r"\b(?:invest\w*|put|pour\w*|inject\w*)\s+(?:(?:about|around|roughly|nearly|some|over|more\s+than|an?\s+"
                               r"(?:additional|further))\s+)?(?:[A-Z]{1,3}\s?)?[$€£¥]?\d[\d,.]*\s*(?:million|billion|bn|m|[mb]n?)?\s+"
                               r"(?:(?:euros|dollars|yuan|pounds)\s+)?(?:in|into)\s+(?P<n>[A-Z][\w-]+(?:[ \t]+[A-Z][\w-]+){0,2})")

#: a company named by its web domain: "01.ai", "Acme.io" (not inside a URL or an e-mail address)
_DOMAIN_NAME = re.compile(r"(?<![\w./@:-])[A-Za-z0-9][\w-]{0,30}\.(?:ai|io)(?![\w/@-])(?!\.\w)")

#: titles only people bear, before a bare surname
_PERSON_TITLE = (r"(?-i:President|Vice\s+President|Senator|Sen\.|Governor|Gov\.|Mayor|Prime\s+Minister|Chancellor|"
                 r"Minister|Secretary|Premier|King|Queen|Prince|Princess|Pope|Judge|Justice|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)")
_PARTICLES = {"de", "van", "von", "der", "den", "da", "di", "du", "del", "della", "le", "la", "bin", "al", "ter", "ten", "dos", "das"}
_PARTICLE_NAME = re.compile(r"[A-Z][a-z]+(?:\s+(?:" + "|".join(sorted(_PARTICLES)) + r")){1,2}\s+[A-Z][a-z'’-]+")
_CAMEL = re.compile(r"\b[A-Z][a-z]+[A-Z][A-Za-z]+\b|\b[A-Z][a-z]+AI\b|" + _INNER_CAP)
#: surnames written with an inner capital ("DeWine", "McKinsey", "LeCun"): a person's, not a brand's
_CAMEL_SURNAME = re.compile(r"(?:Mc|Mac|De|Di|Da|Du|Le|La|Van|Von|Fitz)[A-Z][a-z]+")


def _looks_like_name(name: str, text_lower_words: set[str]) -> bool:
    if not name or len(name) < 2 or not (name[0].isupper() or cre.match(_INNER_CAP, name)):
        return False
    if CHIP_MODEL_RE.fullmatch(name) or cre.fullmatch(r"[\d,.$%]+", name):
        return False
    # a common word capitalised at a line start ("Background") is not a name
    return not (len(name.split()) == 1 and name.lower() in text_lower_words and not cre.search(r"[A-Z].*[A-Z]", name))


#: words that end the name of a plan, an event or a law, never of an organisation that owns things
_NOT_AN_ORG_END = re.compile(r"\s(?:strategy|summit|plan|programme|program|act|policy|conference|forum|expo|roadmap|"
                             r"framework|gpus|chips|accelerators|tpus|processing\s+units?)$")
#: a last word no person's name has: "Ridgeway Fund", "Kestrel Energy" (NER sometimes calls them people)
_NOT_A_PERSON_END = re.compile(r"\s(?:Fund|Energy|Holdings|Group|Bank|Foundation|Telecom|Motors|Networks|Robotics)$")
#: what names a company's arm rather than the company: "Acme Capital", "Acme Cloud", "Acme Web Services"
_DIVISION_TAIL = re.compile(r"capital|ventures|cloud|research|foundation|web\s+services|cloud\s+infrastructure", re.IGNORECASE)
#: the trade word of a company's full name ("Kestrel Energy"), dropped when the article mostly says "Kestrel"
_TRADE_WORD = re.compile(r"energy|power|computing|semiconductor|systems|robotics|networks|telecom|motors|communications|"
                         r"electronics|group|holdings|properties|technolog(?:y|ies)|labs?|ai", re.IGNORECASE)
#: words that end only a company's name ("Horizon Labs"; not "AI": "Embodied AI" is a field)
_FIRM_ENDING = re.compile(r"Labs?|Inc\.?|Corp\.?|Ltd\.?|LLC|PLC|Technologies|Holdings")


def _surname_somewhere(name: str, text: str, lower_words: set[str]) -> bool:
    """``name`` follows a first name somewhere in ``text`` ("Elon Mosk"): a capitalised word no
    lower-case use shows to be an ordinary word ("Rival Acme", "The Acme" do not count)."""
    for m in cre.finditer(rf"\b([A-Z][a-z]+)\s+{re.escape(name)}\b(?!\s+[A-Z])", text):
        if m.group(1).lower() not in lower_words and m.group(1) not in {"The", "A", "An", "In", "On", "At", "By",
                                                                      "For", "And", "But", "As", "With", "From"}:
            return True
    return False


def _company_not_person(name: str, text: str, title: str | None, person_forms: dict[str, str],
                        lower_words: set[str]) -> bool:
    """A one-word name NER calls a person that news prose treats as a company ("Kelvaro is building
    a cluster"): named at least twice, never with a first name or a title, followed by he/she/his/her
    less than half the time, and no part of any person's name. (The caller also wants it a clause's subject.)"""
    low = name.lower()
    if not name.isalpha() or not name[:1].isupper() or low in lower_words or low in person_forms or \
            any(low in form.split() for form in person_forms):
        return False
    uses = list(cre.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w-])", text))
    if len(uses) + (1 if title and cre.search(rf"\b{re.escape(name)}\b", title) else 0) < 2:
        return False
    gendered = 0
    for m in uses:
        before, after = text[max(0, m.start() - 30):m.start()], text[m.end():m.end() + 80]
        if cre.search(r"[A-Z][\w'’-]*\s+$", before) and not cre.search(r"(?:^|[.!?:\n]\s*)[A-Z][\w'’-]*\s+$", before) \
                or cre.match(r"\s+[A-Z][a-z]", after) and not cre.match(r"\s+(?:AI|Inc|Corp|Group|Ltd)\b", after):
            return False  # part of a longer name ("Lei Kelvaro", "Kelvaro Chen")
        if cre.search(r"\b(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+$", before):
            return False
        gendered += bool(cre.search(r"\b(?:he|she|his|her|him)\b", after, re.IGNORECASE))
    return gendered * 2 < len(uses)  # a he/she after most mentions: a person (one after a few is someone else)


def _only_a_place(form: str, text: str) -> bool:
    """Every mention of ``form`` is a place: "Bristol-based", "The Bristol, U.K.-based startup",
    "headquartered in Bristol"."""
    uses = list(cre.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text, re.IGNORECASE))
    return bool(uses) and all(
        cre.match(r"(?:,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?-based\b", text[m.end():m.end() + 30])
        or cre.search(r"\b(?:based|headquartered|located)\s+in\s+$", text[max(0, m.start() - 25):m.start()])
        for m in uses)


def _org_before_role(name: str) -> str | None:
    """"Acme CFO", a PERSON to NER (the person's name follows it): the company it names."""
    m = cre.fullmatch(r"(?P<org>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,2})\s+(?:CEO|CFO|CTO|COO|CIO|Chairman|Chairwoman|"
                      r"President|Founder|Co-founder|Cofounder)", name)
    return m.group("org") if m else None


def _capitalised_mid_sentence(name: str, text: str, lower_words: set[str]) -> bool:
    """An ORG whose words the tagger reads as common nouns ("Perplexity", "Lightning") is a name
    when the article never writes them in lower case and capitalises them inside a sentence."""
    words = name.split()
    if not words or len(words) > 3 or any(not w[:1].isupper() or w.isupper() or w.lower() in lower_words for w in words):
        return False
    return bool(cre.search(rf"[a-z,]\s+{re.escape(name)}\b", text))


def _has_company_parts(form: str, text: str) -> bool:
    """ "Kestrel’s CEO", "Kestrel’s Indonesian division": what only a company has."""
    return bool(cre.search(rf"(?<![\w-]){re.escape(form)}[’']s\s+(?:[A-Z][a-z]+\s+)?(?:CEO|chief\s+executive|founder|co-founder|"
                           r"division|subsidiary|unit|shares|data\s+cent(?:er|re)s)\b", text, re.IGNORECASE))


def discover(doc: Any, title: str | None = None, registry: Registry | None = None) -> SubjectIndex:
    """Find the subjects of ``doc`` (a parsed spaCy Doc) and index their mentions."""
    reg = registry or load_registry()
    text = doc_text(doc)
    lower_words = set(cre.findall(r"\b[a-z][a-z-]+\b", text))
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
    lone_persons: list[str] = []  # one-word PERSON entities: a company NER took for a person, or a surname
    for ent in doc.ents:
        toks = list(ent)
        while len(toks) > 1 and toks[0].pos_ != "PROPN" and not (
                len(toks) == 2 and toks[0].text[:1].isupper() and toks[0].lower_ not in lower_words
                and _ORG_SHAPE.fullmatch(text[toks[0].idx:ent.end_char])) and not (
                len(toks) == 2 and toks[0].text[:1].isupper() and _FIRM_ENDING.fullmatch(toks[1].text)):
            toks = toks[1:]  # "Rival Acme Robotics" -> "Acme Robotics" (but "Acme AI" stays whole, whatever its tag)
        if ent.label_ != "PERSON" and not any(t.pos_ == "PROPN" for t in toks) and not (
                ent.label_ == "ORG" and _capitalised_mid_sentence(text[toks[0].idx:ent.end_char], text, lower_words)):
            continue
        if len(toks) >= 3 and toks[0].is_sent_start and \
                _ORG_SHAPE.fullmatch(text[toks[1].idx:ent.end_char]):
            toks = toks[1:]  # a capitalised sentence opener glued to a name
        name = clean_name(text[toks[0].idx:ent.end_char].split("\n")[0])
        if ent.label_ == "PERSON" and name and name.split()[-1] in _PARTICLES:
            rest = cre.match(r"[ \t]+(?:(?:" + "|".join(sorted(_PARTICLES)) + r")[ \t]+)*[A-Z][\w'’-]+", text[ent.end_char:])
            if rest:
                name += rest.group(0)  # "Ursula von der" + "Leyen": NER cut the name at its particle
        role_org = _org_before_role(name) if ent.label_ == "PERSON" else None
        if role_org:
            if not reg.is_excluded(role_org) and role_org.lower() not in lower_words:
                org_forms.setdefault(role_org.lower(), _org_slug(role_org, reg, lower_words))
            continue
        if ent.label_ == "PERSON" and (_ORG_SHAPE.fullmatch(name) or _NOT_A_PERSON_END.search(name)):
            org_forms.setdefault(name.lower(), _org_slug(name, reg, lower_words))  # NER took "Acme Labs" for a person
            continue
        if not name or reg.is_excluded(name) or in_heading(ent.start_char) or cre.search(r"[()\[\],;]|\s[-–—]\s", name) \
                or cre.fullmatch(r"(?:[A-Z]\.){1,3}[A-Z]\.?", name):  # a list ("A, B", "A – B") or "U.K."-style place
            continue
        if ent.label_ != "PERSON" and len(name.split()) > 1 and cre.search(rf"\b{CHIP_MODEL}s?\b", name):
            continue  # "Nvidia A100s": a chip, not a subject
        if name.lower() in reg.families or _family_tier(name, reg):
            continue  # a model ("Gemini", "Gemini Ultra"): found by ``find_models``
        if ent.label_ != "PERSON" and _PARTICLE_NAME.fullmatch(name):
            ent_label = "PERSON"  # "Anna de Wit": a person whatever NER says
        else:
            ent_label = ent.label_
        if ent_label == "PERSON":
            if len(name.split()) == 1:
                lone_persons.append(name)
            if len(name.split()) >= 2 and all(w[0].isupper() or w in _PARTICLES for w in name.split()) and \
                    not any(c.isdigit() for c in name) and not _CAMEL.search(" ".join(
                        w for w in name.split() if not _CAMEL_SURNAME.fullmatch(w))):
                slug = slugify(name)
                _add(index, slug, "person", name)
                person_forms[name.lower()] = slug
                # surname alone refers to the same person
                person_forms.setdefault(name.split()[-1].lower(), slug)
        elif ent_label in {"ORG", "PRODUCT", "GPE"}:
            if ent.label_ == "GPE" and not _CAMEL.search(name) and (len(name.split()) > 1 or _place_like(name, text)):
                continue
            if not _looks_like_name(name, lower_words) or _CODE_RE.fullmatch(name):
                continue
            if _HYPHEN_MODEL.fullmatch(name) or cre.search(r"\s\d", name) and not _LEGAL_WORD.fullmatch(name.split()[-1]):
                continue  # "Acme 3" is a model; "Group 42 Holding Ltd." a company
            if len(name.split()) > 5:
                continue
            if ent.label_ in {"GPE", "PRODUCT"} and len(name.split()) > 1 and not _ORG_SHAPE.fullmatch(name):
                continue
            org_forms.setdefault(name.lower(), _org_slug(name, reg, lower_words))
    acting = {t.text for t in doc if t.dep_ in {"nsubj", "nsubjpass"} and t.head.pos_ in {"VERB", "AUX"}} \
        if lone_persons else set()
    for name in dict.fromkeys(lone_persons):
        if name in acting and _company_not_person(name, text, title, person_forms, lower_words) \
                and not reg.is_excluded(name):
            org_forms.setdefault(name.lower(), _org_slug(name, reg, lower_words))
    for m in [*_APPOSITIVE_ORG.finditer(text), *_NAMED_ORG.finditer(text)]:
        name = clean_name(m.group("a") or m.group("b") or "")
        if name and not reg.is_excluded(name) and not in_heading(m.start()) and name.lower() not in person_forms:
            span = token_span(doc, m.start("a") if m.group("a") else m.start("b"),
                              m.end("a") if m.group("a") else m.end("b"))
            if span is not None and all(t.pos_ == "PROPN" or t.text in "-–" or t.text[:1].isupper() and not t.is_sent_start
                                        and t.lower_ not in lower_words for t in span):
                org_forms.setdefault(name.lower(), _org_slug(name, reg, lower_words))
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
            org_forms.setdefault(name.lower(), _org_slug(name, reg, lower_words))
    # the company money is put into: "invest $340 million in Acme" (not a place: "in Memphis")
    for m in _INVESTED_IN_NAME.finditer(text):
        span = token_span(doc, m.start("n"), m.end("n"), strict=True)
        name = clean_name(m.group("n"))
        if span is None or reg.is_excluded(name) or name.lower() in person_forms or in_heading(m.start()) \
                or any(t.pos_ != "PROPN" or t.ent_type_ in ("GPE", "LOC", "FAC", "NORP") for t in span):
            continue
        org_forms.setdefault(name.lower(), _org_slug(name, reg, lower_words))
    for m in _DOMAIN_NAME.finditer(text):
        name = m.group(0)
        if not reg.is_excluded(name) and not in_heading(m.start()):
            org_forms.setdefault(name.lower(), _org_slug(name, reg, lower_words))
    # a single proper noun used the way companies are: "Acme claims …", "Acme, which …,
    # says", "Acme's Q7 model", or the family of a hyphenated model ("Acme" / "Acme-2")
    for m in _COMPANY_USE.finditer(text):
        name = m.group("n") or m.group("n2") or m.group("n3")
        if name.lower() in person_forms or reg.is_excluded(name) or name.lower() in lower_words \
                or name.lower() in reg.families or in_heading(m.start()):
            continue
        if name in lone_persons and _surname_somewhere(name, text, lower_words):
            continue  # "Mosk noted …" after "Elon Mosk": a person NER named by the surname alone
        grp = "n" if m.group("n") else "n2" if m.group("n2") else "n3"
        if _CORP_SUFFIX.fullmatch(" " + name):
            # "Horizon Labs has raised …": the whole name, when the words before the ending are a name
            whole = cre.search(r"(?:(?<=\s)|^)(?:[A-Z][\w&-]*[ \t]+){1,2}$", text[max(0, m.start(grp) - 40):m.start(grp)])
            whole_name = clean_name((whole.group(0) if whole else "") + name)
            if whole and _ORG_SHAPE.fullmatch(whole_name) and not reg.is_excluded(whole_name) and \
                    not cre.search(r"\b(?:The|A|An|In|On|At|But|And|It|This|That|Why|How|What|When)\b", whole_name):
                org_forms.setdefault(whole_name.lower(), _org_slug(whole_name, reg, lower_words))
            continue
        span = token_span(doc, m.start(grp), m.end(grp), strict=True)
        # a sentence opener is a name only when it does what companies do with money ("Acme has raised $6bn")
        # (or an opener "Acme announced …" the article also capitalises inside a sentence)
        if span is not None and span[0].pos_ == "PROPN" and (
                not span[0].is_sent_start or grp == "n3" or _capitalised_mid_sentence(name, text, lower_words)
                and not any(f.startswith(name.lower() + " ") for f in org_forms)) or \
                span is not None and cre.search(rf"(?<![\w-]){re.escape(name)}-\w", text):
            org_forms.setdefault(name.lower(), _org_slug(name, reg, lower_words))
    for m in _HYPHEN_MODEL.finditer(text):
        fam = m.group(1)
        if fam.lower() in org_forms or fam.lower() in reg.families or fam.lower() in person_forms or reg.is_excluded(fam):
            continue
        if cre.search(rf"(?<![\w-]){re.escape(fam)}(?![\w-])", text) and fam.lower() not in lower_words:
            org_forms[fam.lower()] = _org_slug(fam, reg, lower_words)
    # the first word of a multi-word name used alone ("Ridgeway" for "Ridgeway Partners")
    for form, slug in list(org_forms.items()):
        words = form.split()
        if len(words) < 2 or words[0] in lower_words or words[0] in person_forms \
                or reg.is_excluded(words[0]) or any(w in form.title() for w in reg.academic):
            continue
        if _DIVISION_TAIL.fullmatch(" ".join(words[1:])) and org_forms.get(words[0]) == slugify(words[0]):
            continue  # "Acme Capital", "Acme Cloud": an arm of Acme, which the article names on its own
        if cre.search(rf"(?<![\w-]){re.escape(words[0])}(?![\w-])(?!\s+{re.escape(words[1])})", text, re.IGNORECASE):
            if _ORG_SHAPE.fullmatch(form.title()) and org_forms.get(words[0]) == slugify(words[0]):
                org_forms[words[0]] = slug  # "Tern" found alone is "Tern Robotics"
            org_forms.setdefault(words[0], slug)
    # an organisation goes by the name the article uses most: "Yunhe Intelligence" once and
    # "Yunhe" six times is ``yunhe``
    for form, slug in list(org_forms.items()):
        words = form.split()
        if len(words) < 2 or reg.aliases.get(form):
            continue
        short = _short_form(form, slug, org_forms, text, lower_words)
        if short:
            for f, sl in list(org_forms.items()):
                if sl == slug:
                    org_forms[f] = short
    _acronym_forms(text, org_forms)
    _initialism_forms(text, org_forms)
    # a form with a corporate suffix ("Quorvex AI") also makes the bare head a form
    for form, slug in list(org_forms.items()):
        head = _CORP_SUFFIX.sub("", form.title()).lower()
        if head != form and head and cre.search(rf"\b{re.escape(head)}\b", text, re.IGNORECASE):
            org_forms.setdefault(head, slug)
    nationalities = {e.text.lower() for e in doc.ents if e.label_ == "NORP"
                     and cre.fullmatch(r"[A-Z][a-z]+(?:ish|ian|ean|ese|i)", e.text)}  # "Danish", not a NORP "Nexmoor"
    for form in list(org_forms):
        if form not in org_forms:
            continue
        if reg.is_excluded(form) or cre.fullmatch(r".+\s+ai", form) and reg.is_excluded(form[:-3].strip()) \
                or GENERIC_ADJECTIVE.fullmatch(cre.sub(r"\s+ai$", "", form)):
            del org_forms[form]  # "the Singapore AI developer": a place used as a modifier; "National AI" of a programme
            continue
        if form in nationalities and not [f for f, sl in org_forms.items() if sl == org_forms[form] and f != form]:
            del org_forms[form]  # "Danish" alone (but "Caspian" of "Caspian Technologies" is the company)
            continue
        if _NOT_AN_ORG_END.search(form) or cre.search(rf"\b{CHIP_MODEL}s?\b", form, re.IGNORECASE):
            # "the National AI Strategy", "the AI Action Summit", "B200 Acme GPUs" (and their short forms)
            gone = org_forms[form]
            for f in [f for f, sl in org_forms.items() if sl == gone or f == form]:
                del org_forms[f]
            continue
        if cre.search(rf"(?<![\w-]){re.escape(form)}\s+\d{{2,4}}[A-Z]?\b", text, re.IGNORECASE):
            del org_forms[form]  # a chip family ("Ascend 910B"), not an organisation
            continue
        if _only_a_place(form, text):
            del org_forms[form]  # "The Bristol, U.K.-based startup", "based in Bristol"
            continue
        if form in person_forms or (any(form in p.split() for p in person_forms if " " in p)
                                    and not _has_company_parts(form, text)):
            del org_forms[form]
            continue
        if cre.search(rf"\b{_PERSON_TITLE}\s+{re.escape(form)}(?![\w-])", text, re.IGNORECASE):
            del org_forms[form]  # "President Doe": a person NER took for an organisation
            continue
        if cre.search(r"\b(?:news|times|journal|post|herald|gazette|tribune|commission|department|ministry|agency|"
                      r"administration|bureau|authority|regulator|parliament|congress|senate|chamber|council|cabinet|"
                      r"stock\s+exchange|exchange\s+commission)$", form) \
                or cre.match(r"(?:the\s+)?(?:ministry|department|office|bureau)\s+(?:of|for)\s", form) \
                or cre.search(rf"\b(?:Ministry|Department|Office|Bureau)\s+(?:of|for)\s+(?:(?-i:[A-Z])[\w-]*\s+(?:and\s+|&\s+)?){{1,4}}"
                              rf"{re.escape(form)}\b", text, re.IGNORECASE):
            # (and NER's tail of one: "Communications Technology" of "Department of Information and …")
            # outlets and public bodies report on, or rule over, the story's subjects
            gone = org_forms[form]
            for f in [f for f, sl in org_forms.items() if sl == gone]:
                del org_forms[f]
            continue
        if cre.fullmatch(r"[a-z]{2,5}", form) and cre.search(rf"\b[a-z][\w-]*\s+\({re.escape(form.upper())}\)", text) \
                and not cre.search(rf"(?<![(\w-]){re.escape(form.upper())}[’']s\b", text):
            del org_forms[form]  # "reinforcement-learning (RL)": an abbreviated common noun

    spans: list[SubjectMention] = []
    find_models(text, title, org_forms, reg, index, spans)
    country_names: dict[str, str] = {}  # the name each country's subject goes by, as the article writes it
    for gov, country in find_governments(doc, text, reg, title):
        if not any(s.start < gov.end and gov.start < s.end for s in spans):
            spans.append(gov)
            if gov.slug not in country_names:
                country_names[gov.slug] = written_name(country, text)
                _add(index, gov.slug, "org", country_names[gov.slug])
                index.states[gov.slug] = country.dollar
            index.names[gov.slug][country_names[gov.slug]] += 1
    for form, slug in sorted(org_forms.items(), key=lambda kv: -len(kv[0])):
        for m in cre.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text, re.IGNORECASE):
            if not any(s.start < m.end() and m.start() < s.end for s in spans):
                spans.append(SubjectMention(m.start(), m.end(), m.group(0), slug, "org"))
                _add(index, slug, "org", m.group(0))
                index.names[slug][m.group(0)] += 1
        if title:
            index.title_counts[slug] += len(cre.findall(rf"(?<![\w-]){re.escape(form)}(?![\w-])", title, re.IGNORECASE))
    for form, slug in sorted(person_forms.items(), key=lambda kv: -len(kv[0])):
        for m in cre.finditer(rf"(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?\b{re.escape(form)}\b", text, re.IGNORECASE):
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
    guess_parents(index, text)
    index.systems = _find_systems(text, spans)
    index.ventures = {m.slug for m in spans if m.kind == "org" and (
        _VENTURE_BEFORE.search(text, max(0, m.start - 50), m.start) or _VENTURE_AFTER.match(text, m.end, m.end + 60))}
    index.main_org = _main_org(index, text)
    for slug, code in index.bare_codes.items():
        parent = index.parents.get(slug)
        if parent and not any(parent in slugify(n) for n in index.names[slug] if index.names[slug][n]):
            index.names[slug] = Counter({f"{index.display(parent)}-{code}": 1})
    return index


def _short_form(form: str, slug: str, org_forms: dict[str, str], text: str, lower_words: set[str]) -> str | None:
    """The slug of the shorter name an organisation mostly goes by, if it does: "Yunhe
    Intelligence" once and "Yunhe" six times is ``yunhe``; "Moore Threads Technology" once and
    "Moore Threads" twice is ``moore-threads``. ``None`` when the full name is used as much."""
    words = form.split()
    splits = [(words[0], " ".join(words[1:]))]
    head = _CORP_SUFFIX.sub("", form.title()).lower()
    if head != form and " " in head:
        splits.append((head, form[len(head):].strip()))
    for short, rest in splits:
        if slug == slugify(short):
            return None
        own = org_forms.get(short)
        ending = _CORP_SUFFIX.fullmatch(" " + rest.title()) is not None
        if own != slug and not (own == slugify(short) and (ending or len(words) == 2 and _TRADE_WORD.fullmatch(rest))) \
                and not (own is None and ending and short not in lower_words):
            continue  # "Thinking Machines": "thinking" is no name of its own
        full = len(cre.findall(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text, re.IGNORECASE))
        alone = len(cre.findall(rf"(?<![\w-]){re.escape(short)}(?![\w-])(?!\s+{re.escape(rest.split()[0])})", text, re.IGNORECASE))
        if alone > full or alone == full and ending:
            return slugify(short)  # "Ostara Labs" once and "Ostara" once: the ending is a formality
    return None


def _family_tier(name: str, reg: Registry) -> bool:
    """A model family and a tier without a version ("Maker Ultra", "Maker Pro")."""
    words = name.split()
    return len(words) == 2 and words[0].lower() in reg.families and bool(_TIER.fullmatch(" " + words[1]))


_NAME_THEN_ACRONYM = re.compile(r"(?P<name>[A-Z][\w&.-]*(?:[ \t]+(?:of[ \t]+)?(?:[A-Z][\w&.-]*|\d+)){1,5})[ \t]*"
                                r"\((?P<acr>[A-Z][A-Z\d]{1,5})\b")
#: words that end a company's full name without being part of what its initials abbreviate
_LEGAL_WORD = re.compile(r"(?:Inc|Corp|Co|Ltd|LLC|PLC|AG|SA|SE|GmbH|Holdings?|Group)\.?")


def _acronym_forms(text: str, org_forms: dict[str, str]) -> None:
    """"Halden Semiconductor Manufacturing Co (HSMC)": the acronym is the same organisation,
    and when the article uses it more than the long name, the organisation goes by it."""
    for m in _NAME_THEN_ACRONYM.finditer(text):
        acr, words = m.group("acr"), m.group("name").split()
        if not _abbreviates(acr, words):
            continue
        names = [" ".join(words[i:]).lower() for i in range(len(words))]
        if len(words) > 1 and cre.fullmatch(r"(?:Inc|Corp|Co|Ltd|LLC|PLC|AG|SA|SE|GmbH)\.?", words[-1]):
            # "Acme Labs Inc. (ALI)": NER's form may keep the suffix, without its dot, or drop it
            names = [f for n in names for f in (n, n.rstrip("."), n.rsplit(" ", 1)[0]) if " " in n]
        form = next((n for n in names if n in org_forms), None)
        own = org_forms.get(acr.lower())
        if form is None or own not in (None, slugify(acr), org_forms[form]):
            continue
        long_name = form
        slug = org_forms[form]
        uses = len(cre.findall(rf"(?<![\w(-]){re.escape(acr)}(?![\w-])", text))
        # once introduced, the acronym is the name: "Group 42 Holding Ltd. (G42)", then "G42 said"
        target = slugify(acr) if uses >= len(cre.findall(rf"(?<![\w-]){re.escape(m.group('name'))}", text)) else slug
        for f, sl in list(org_forms.items()):
            # the long name, the acronym, and NER's cut-short pieces of the long name ("Halden Semiconductor")
            if sl in (slug, own) or long_name.startswith(f + " "):
                org_forms[f] = target
        org_forms[acr.lower()] = target
        org_forms[cre.sub(r"[ \t]+", " ", m.group("name")).lower()] = target


def _initialism_forms(text: str, org_forms: dict[str, str]) -> None:
    """"Amazon Web Services" and "AWS" in one article, with no "(AWS)" to join them: an
    acronym that spells the initials of exactly one longer name is that organisation, and
    it goes by whichever of the two the article uses more."""
    for acr, own in list(org_forms.items()):
        if not cre.fullmatch(r"[a-z]{2,6}", acr) or not cre.search(rf"(?<![\w-]){acr.upper()}(?![\w-])", text):
            continue
        longs = {sl for f, sl in org_forms.items() if sl != own and " " in f
                 and "".join(w[0] for w in f.split() if w not in ("of", "and", "the", "for", "&")) == acr}
        if len(longs) != 1:
            continue
        long_slug = longs.pop()
        long_forms = [f for f, sl in org_forms.items() if sl == long_slug and " " in f]
        long_uses = sum(len(cre.findall(rf"(?<![\w-]){re.escape(f)}(?![\w-])", text, re.IGNORECASE)) for f in long_forms)
        uses = len(cre.findall(rf"(?<![\w-]){acr.upper()}(?![\w-])", text))
        target = slugify(acr) if uses > long_uses else long_slug
        for f, sl in list(org_forms.items()):
            if sl in (own, long_slug):
                org_forms[f] = target


def _is_subsequence(short: str, long: str) -> bool:
    rest = iter(long)
    return all(ch in rest for ch in short)


def _initials(words: list[str]) -> str:
    """The initials of a name's capitalised words, numbers kept whole ("Group 42 Holding" → "G42H")."""
    return "".join(w if w.isdigit() else w[0] for w in words if w[0].isupper() or w.isdigit())


def _abbreviates(acr: str, words: list[str]) -> bool:
    """Whether ``acr`` abbreviates the name ``words``: its letters start the name's words
    ("HSMC" for "Halden Semiconductor Manufacturing Co"), or the name's initials come in
    order within it and its other letters come from inside the words ("QMI" for "Quorvex
    Metaintelligence", "TAI" for "TernAI Inc")."""
    initials = _initials(words)
    if cre.fullmatch(".*".join(acr), initials):
        return True
    while len(words) > 1 and _LEGAL_WORD.fullmatch(words[-1]):
        words = words[:-1]  # "G42" for "Group 42 Holding Ltd."
        if _initials(words) == acr:
            return True
    return bool(initials) and acr[0] == initials[0] and _is_subsequence(initials, acr) \
        and _is_subsequence(acr.lower(), "".join(words).lower())


def _place_like(name: str, text: str) -> bool:
    """A GPE-tagged name used the way places are ('in X', 'the X company')."""
    n = re.escape(name)
    return bool(cre.search(rf"\b(?:in|across|near|to|based\s+in|(?:island|province|state|city|region|county|prefecture)\s+of)\s+"
                          rf"{n}\b(?!\s*(?:[’']s|\w+\s+chips|chips|GPUs))"
                          rf"|\bthe\s+{n}\s+(?:company|firm|startup|start-up|lab|area|region|office|government|developer|group)\b|\b{n}-based\b", text))


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


def _find_systems(text: str, mentions: list[SubjectMention]) -> set[str]:
    """Names of computer systems: named with a system noun ("the Halcyon supercluster",
    "the supercomputer, Halcyon"), powered by or featuring chips, or built/activated by
    someone; never a name the text also uses as an organisation ("Acme said", "Acme's
    CEO"), nor an owner before the noun of a place-named system ("the Riverside Acme
    supercluster")."""
    named = [m for m in mentions if m.kind in ("org", "model")]
    org_use = {m.slug for m in named if _ORG_USE_AFTER.match(text, m.end, m.end + 40)}
    systems = set()
    for m in named:
        noun_after = SYSTEM_NOUN.match(text, m.end) and not cre.match(r"\s+(?:AI\s+)?(?:machines?|sites?)\b", text[m.end:m.end + 20])
        if noun_after and _place_modifier_before(text, m.start) and \
                not [o for o in named if o.slug in org_use and o.end <= m.start and m.start - o.end <= 2]:
            org_use.add(m.slug)  # "the Riverside Acme supercluster": Acme owns it
            continue
        named_after = SYSTEM_BEFORE.search(text, max(0, m.start - 50), m.start) and \
            cre.match(r"\s*(?:[.,;:)]|$)", text[m.end:m.end + 3])
        # a model is built too ("built its Acme-2 model"): only a named organisation-like thing is a system
        built = m.kind == "org" and _BUILT_BEFORE.search(text, max(0, m.start - 30), m.start) and \
            not cre.match(r"\s+(?:[\w-]+\s+)?(?:model|chatbot|app|product|business|brand|team)s?\b", text[m.end:m.end + 30])
        if noun_after or named_after or built or _SYSTEM_APPOSITIVE.match(text, m.end, m.end + 80) \
                or m.kind == "org" and _MACHINE_VERB.match(text, m.end, m.end + 90):
            systems.add(m.slug)
    return systems - org_use


def _place_modifier_before(text: str, pos: int) -> bool:
    """A capitalised word (not a sentence opener or determiner) right before ``pos``:
    "the Riverside Acme supercluster"."""
    m = cre.search(r"(?P<pre>[.!?]\s+|^|\s)(?P<w>[A-Z][\w-]*)\s+$", text[max(0, pos - 40):pos])
    return m is not None and not m.group("pre").strip() and m.group("w") not in {"The", "A", "An", "This", "That", "Its", "Their"}


def _supplier_only(index: SubjectIndex, text: str) -> set[str]:
    """Slugs every mention of which names the maker of chips ("100,000 Acme GPUs")."""
    named: set[str] = set()
    other: set[str] = set()
    for m in index.mentions:
        (named if _SUPPLIER_AFTER.match(text, m.end, m.end + 40) else other).add(m.slug)
    return named - other


def _main_org(index: SubjectIndex, text: str) -> str | None:
    score: Counter[str] = Counter()
    suppliers = _supplier_only(index, text)
    for slug, kind in index.kinds.items():
        n = index.counts[slug] + 3 * index.title_counts[slug]
        if slug in index.systems or slug in suppliers or slug in index.states and index.counts[slug] < 3:
            continue  # a government named once or twice is where the story happens, not what it is about
        if kind == "org" and slug not in index.academic:
            score[slug] += n
        elif kind == "model" and index.parents.get(slug):
            score[index.parents[slug]] += n
    if not score:
        return None
    # on a tie, the one the story names first (the lede names its subject)
    first: dict[str, int] = {}
    for m in index.mentions:
        first.setdefault(index.parents.get(m.slug, m.slug) if m.kind == "model" else m.slug, m.start)
    return max(score, key=lambda slug: (score[slug], -first.get(slug, 10**9)))
