"""Model names: find the models an article names and the makers they belong to.

Part of the extract stage, called by ``subjects.discover``: "Maker-X3",
"Maker Q5", "GPT-4", "Llama 3", "its Q7 model", "its new model, Stratus"; a
model without a stated maker gets one from its family name, its sentence or
the article's one company (``guess_parents``).
"""

from __future__ import annotations

import re
from collections import Counter

from claimcheck.extraction import cre
from claimcheck.extraction.chips import CHIP_MODEL_RE
from claimcheck.extraction.names import (
    _APOS,
    Registry,
    SubjectIndex,
    SubjectMention,
    _add,
    _sentence_start,
    slugify,
)

_CODE = r"[A-Z]{1,2}\d{1,2}(?:\.\d)?[a-z]?"
_CODE_RE = re.compile(rf"\b{_CODE}\b")
_HYPHEN_MODEL = re.compile(r"(?<![\w-])([A-Z][A-Za-z]+(?:-[A-Z][A-Za-z]+)?)-((?:[A-Za-z]{1,2})?\d+(?:\.\d+)?(?:[a-z]|B(?![A-Za-z]))?)\b")
#: a variant or size after a model's version: "Claude 3.5 Sonnet", "Llama 3.1 405B", "GPT-4 Turbo"
_TIER_WORDS = (r"Sonnet|Haiku|Opus|Pro|Ultra|Flash|Nano|Mini|mini|Turbo|Max|Plus|Lite|Large|Medium|Small|"
               r"Thinking|Instruct|Coder|Vision|Reasoner|Preview|preview")
_TIER = re.compile(rf"[ -]({_TIER_WORDS}|\d{{1,4}}[Bb])\b")
#: variant words that end model names only (not "Pro", "Plus", "Max", "Vision": product and company names end so too)
_VARIANT_END = re.compile(r"[ -](?:sonnet|haiku|opus|ultra|flash|nano|turbo|large|medium|small|thinking|instruct|coder|reasoner|mini|preview)$")


#: what a maker does to its own model, right before the model's name: "released its Kirra K2.5"
_RELEASED_ITS = (r"\b(?:released|launched|unveiled|introduced|debuted|open-sourced|rolled\s+out)\s+(?:its|their)\s+"
                 r"(?:(?:new|latest|newest|flagship|upgraded)\s+)*")


def _pair_rx(fam: str, code: str) -> str:
    """A family name and its version or code as one name, written with a space: "Acme 2", "Kirra K2.5"."""
    return rf"(?<![\w-]){re.escape(fam)}[ \t]{re.escape(code)}(?![\w.-])"


def _with_tier(text: str, end: int) -> tuple[int, str]:
    """The end of a model name with its variant, and the variant's slug part ('' if none)."""
    t = _TIER.match(text, end)
    return (t.end(), "-" + t.group(1).lower()) if t else (end, "")


def guess_parents(index: SubjectIndex, text: str) -> None:
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
        family = cre.split(r"[- ]", first.text)[0].lower()
        same = [o for o in orgs if o.slug.split("-")[0] == family and o.slug != slug]
        if same:
            index.parents[slug] = same[0].slug
            continue
        s0 = _sentence_start(text, first.start)
        in_sent = [o for o in orgs if s0 <= o.start and o.end <= first.start]
        if in_sent:
            index.parents[slug] = in_sent[0].slug
            continue
        elif cre.search(r"\b(?:its|their|the\s+(?:company|firm|startup|lab))\b", text[s0:first.start], re.IGNORECASE):
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


#: a maker's corporate ending, which its models' names go without ("Calder Labs" → "calder-2")
_SLUG_ENDING = re.compile(r"(?<=.)-(?:labs?|technolog(?:y|ies)|group|holdings|properties)$")


def find_models(text: str, title: str | None, org_forms: dict[str, str], reg: Registry,
                 index: SubjectIndex, spans: list[SubjectMention]) -> None:
    """Model mentions: 'Maker-X3', 'Maker Q5', 'GPT-4', 'Llama 3', 'its Q7 model'."""
    def add(start: int, end: int, slug: str, name: str, parent: str | None) -> None:
        if any(s.start < end and start < s.end for s in spans):
            return
        spans.append(SubjectMention(start, end, text[start:end], slug, "model"))
        _add(index, slug, "model", name, parent)
        index.names[slug][name] += 1

    lower_words = set(cre.findall(r"\b[a-z]+\b", text))  # words the text uses in lower case
    lower_tokens = {w for w in text.split() if w.islower()}
    # 1. org name + code: "Acme-X3", "Acme Q5"
    for form, org in sorted(org_forms.items(), key=lambda kv: -len(kv[0])):
        for m in cre.finditer(rf"(?<![\w-]){re.escape(form)}[- ]({_CODE}|\d+(?:\.\d+)?(?:B(?![A-Za-z]))?)\b", text, re.IGNORECASE):
            code = m.group(1)
            if CHIP_MODEL_RE.fullmatch(code) or cre.fullmatch(r"(19|20)\d\d", code):
                continue
            end, tier = _with_tier(text, m.end())
            if cre.match(r"[ \t]+(?:Holdings?|Group|Inc|Corp|Ltd|LLC|PLC)\b", text[end:]):
                continue  # "Vantor 42 Holding Ltd.": a company's name with a number in it
            add(m.start(), end, f"{_SLUG_ENDING.sub('', org)}-{code.lower()}{tier}", text[m.start():end], org)
    # 2. hyphenated family names: "GPT-4", "Helix-2"; family + number: "Llama 3"
    fam_rx = "|".join(re.escape(f) for f in reg.families)
    patterns = [_HYPHEN_MODEL]
    if fam_rx:
        patterns.append(cre.compile(rf"\b({fam_rx})\s+(\d+(?:\.\d+)?[a-z]?)\b", re.IGNORECASE))
        # a known family's tier without a version: "Gemini Ultra", "Claude Opus"
        patterns.append(cre.compile(rf"\b((?i:{fam_rx}))[ -]({_TIER_WORDS})\b"))
    for rx in patterns:
        for m in rx.finditer(text):
            fam, code = m.group(1), m.group(2)
            if fam.lower() in org_forms or CHIP_MODEL_RE.fullmatch(m.group(0)) or fam.lower() in {"covid", "top", "no"}:
                continue
            if reg.is_excluded(fam) or fam.isupper() and len(fam) == 1:
                continue
            end, tier = _with_tier(text, m.end())
            slug = f"{slugify(fam)}-{code.lower()}{tier}"
            parent = reg.families.get(fam.lower()) or reg.parents.get(slug)
            before = text[max(0, m.start() - 40): m.start()]
            pm = cre.search(rf"([A-Z][\w-]+)[{_APOS}]s\s+$", before)
            if pm and pm.group(1).lower() in org_forms:
                parent = org_forms[pm.group(1).lower()]
            add(m.start(), end, slug, text[m.start():end], parent)
    # 2a. a name ending in a variant word is a model NER took for an organisation: "Acme-Large",
    # "Acme Ultra" (its maker: the possessor before it, "Maker's Acme-Large")
    for form in [f for f in org_forms if _VARIANT_END.search(f) and not cre.search(r"\s\S+\s", f)]:
        del org_forms[form]
        for m in cre.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text, re.IGNORECASE):
            pm = cre.search(rf"([A-Z][\w-]+)[{_APOS}]s\s+$", text[max(0, m.start() - 40):m.start()])
            parent = org_forms.get(pm.group(1).lower()) if pm else None
            add(m.start(), m.end(), slugify(m.group(0)), m.group(0), parent)
    # 2b. a capitalised name plus a version number used as a model: "its Acme 2 model",
    # "Acme 2, the model …" -- then every "Acme 2" is that model
    _months = {m.lower() for m in ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"]}
    _skip = _months | {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "version",
                       "phase", "stage", "page", "chapter", "section", "step", "round", "series", "part", "level",
                       "tier", "day", "week", "year", "season", "figure", "table", "the", "top", "no"}
    spaced: set[tuple[str, str]] = set()
    for m in cre.finditer(r"\b([A-Z][a-z]{2,})[ \t](\d{1,2}(?:\.\d)?)\b(?!\s*(?:%|per\s*cent|percent|million|billion|"
                         r"thousand|chips?|GPUs?|days?|weeks?|months?|years?|hours?))"
                         rf"(?=(?:[ \t](?:{_TIER_WORDS}))?(?:\s+and\s+(?:the\s+)?(?:[a-z][\w-]+\s+)?[A-Z][\w.-]*(?:[ \t][\w.-]+){{0,2}}?)?"
                         r",?\s+(?:(?:[\w-]+\s+){0,2}?(?:AI|language|reasoning|chat|foundation|base|vision|coding)\s+)?"
                         r"(?:model|LLM|chatbot)s?\b)", text):
        fam = m.group(1)
        if fam.lower() in _skip or fam.lower() in org_forms or reg.is_excluded(fam) or fam.lower() in reg.families:
            continue
        if fam.lower() in lower_words:
            continue  # a common word, not a name
        spaced.add((fam, m.group(2)))
    # "the Acme series of language models" … "Acme 4"
    for fm in cre.finditer(r"\b(?:the|its|their)\s+([A-Z][a-z]{2,})\s+(?:series|family|line)\s+of\s+(?:[\w-]+\s+){0,2}?(?:models|LLMs|chatbots)\b", text):
        fam = fm.group(1)
        if fam.lower() in _skip or reg.is_excluded(fam):
            continue
        for m in cre.finditer(rf"(?<![\w-]){re.escape(fam)}[ \t](\d{{1,2}}(?:\.\d)?)(?![\w.-])", text):
            spaced.add((fam, m.group(1)))
    # "Kirra K2.5", "TARVO X1": a name and a letter-number code, used twice or as a model
    coded: set[tuple[str, str]] = set()
    for m in cre.finditer(rf"\b([A-Z][a-z]{{2,}}|[A-Z]{{3,6}})[ \t]({_CODE})(?![\w.-])", text):
        fam, code = m.group(1), m.group(2)
        if fam.lower() in _skip or fam.lower() in org_forms or reg.is_excluded(fam) or fam.lower() in lower_words \
                or CHIP_MODEL_RE.fullmatch(code) or fam.lower() in reg.families:
            continue
        pair = _pair_rx(fam, code)
        if len(cre.findall(pair, text)) >= 2 or cre.search(_RELEASED_ITS + pair, text) or cre.search(
                pair + rf"(?:[ \t](?:{_TIER_WORDS}))?,?\s+(?:(?:[\w-]+\s+){{0,2}}?(?:AI|language|reasoning|chat|foundation|vision|coding)\s+)?"
                r"(?:model|LLM|chatbot)s?\b", text):
            coded.add((fam, code))
    for fam, code in coded:  # with a variant after the code: "Kirra K2 Thinking"
        for m in cre.finditer(_pair_rx(fam, code), text):
            end, tier = _with_tier(text, m.end())
            add(m.start(), end, f"{slugify(fam)}-{code.lower()}{tier}", text[m.start():end], reg.parents.get(slugify(fam)))
    for fam, code in spaced:  # with a variant after the version: "Acme 4.5 Turbo"
        for m in cre.finditer(_pair_rx(fam, code), text):
            end, tier = _with_tier(text, m.end())
            slug = f"{slugify(fam)}-{code.lower()}{tier}"
            add(m.start(), end, slug, text[m.start():end], reg.parents.get(slug))
    # 3. a model named in apposition: "its new model, Stratus", "a model called Stratus"
    named = list(cre.finditer(r"\bmodel,?\s+(?:called\s+|named\s+|dubbed\s+)?([A-Z][a-z]+(?:[- ][A-Z0-9][\w.]*)?)\b", text))
    named += list(cre.finditer(rf"\b(?:its|their|[A-Z][\w.-]+[{_APOS}]s)\s+(?:(?:new|latest|flagship|open-source|first)\s+)*"
                              r"([A-Z][a-z]+(?:-[A-Z][a-z]+)?\d*)\s+(?:(?:AI|language|reasoning|chat)\s+)?model\b", text))
    # what only a model is: trained ("the training of Stratus", "to train Stratus"), or named after a colon
    # ending a model's description ("its latest flagship model with a new architecture: Stratus")
    trained = list(cre.finditer(r"\b(?:the\s+training\s+of|to\s+train)\s+([A-Z][a-z]+(?:-[A-Z][a-z]+)?\d*)(?![\w-])"
                               rf"(?![{_APOS}]s\b|\s+(?:AI|Labs?|Inc|Corp)\b)", text))
    trained += list(cre.finditer(r"\bmodel\b[^.:;\n]{0,60}:\s+([A-Z][a-z]+(?:-[A-Z][a-z]+)?\d*)\s*[.\n]", text))
    named += trained
    # "Acme, an AI model it says …" / "Acme-1, a model for …": a name in apposition to "a … model"
    appositive = [m for m in cre.finditer(
        r"(?<![\w-])((?:[A-Z][a-z]{2,}|[A-Z]{3,6})(?:-\d+(?:\.\d+)?[a-z]?)?),\s+(?:an?|the|its|their)\s+(?:new\s+|latest\s+)?"
        r"(?:[\w-]+\s+){0,3}?(?:model|chatbot|LLM)\b(?!\s*(?:developer|maker|company|lab|startup|start-up|provider|builder))",
        text)]
    for m in appositive:
        if m.group(1).lower() in org_forms and not reg.is_excluded(m.group(1)):
            del org_forms[m.group(1).lower()]  # NER took the model for an organisation
    named += appositive
    for m in named:
        name = m.group(1)
        maker = reg.families.get(name.lower())
        if reg.is_excluded(name) or name.lower() in {"the", "this", "it", "which"} or maker == slugify(name):
            continue  # (a family named after its maker, "Mistral", is the maker)
        if maker:  # a known family named as a model on its own: "Gemini, a large language model"
            for om in cre.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
                add(om.start(), om.end(), slugify(name), name, maker)
            continue
        if name.lower() in org_forms:
            if m not in trained and \
                    not cre.search(r"\b(?:its|their)\s+(?:[\w-]+\s+){0,3}model,?\s*$", text[max(0, m.start() - 50):m.start(1)]):
                continue
            del org_forms[name.lower()]
        if name.lower() in lower_tokens:
            continue
        for om in cre.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
            end, tier = _with_tier(text, om.end())  # "Stratus X2 Thinking" is not "Stratus X2"
            add(om.start(), end, slugify(name) + tier, text[om.start():end], None)
    # 4. bare codes in model context: "its Q5 model", "model, Q7", "(Q7)"
    codes: dict[str, str | None] = {}
    for m in _CODE_RE.finditer(text):
        code = m.group(0)
        if code in codes or CHIP_MODEL_RE.fullmatch(code):
            continue
        before, after = text[max(0, m.start() - 60): m.start()], text[m.end(): m.end() + 30]
        in_context = (
            cre.match(r"\)?\s+(?:[\w-]+\s+){0,2}(?:model|language model|LLM|chatbot|system)\b", after)
            or cre.search(r"\bmodel,?\s*\(?$", before)
        )
        if not in_context:
            continue
        maker = None
        pm = cre.search(rf"([A-Z][\w-]+)[{_APOS}]s\s+(?:[\w-]+\s+){{0,3}}$", before)
        if pm and pm.group(1).lower() in org_forms:
            maker = org_forms[pm.group(1).lower()]
        if maker is None:
            prev = [s for s in spans if s.kind == "org" and s.end <= m.start()]
            for form, org in org_forms.items():
                for om in cre.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text[: m.start()], re.IGNORECASE):
                    prev.append(SubjectMention(om.start(), om.end(), om.group(0), org, "org"))
            prev = [p for p in prev if not any(w in p.text for w in reg.academic)]
            if prev:
                maker = max(prev, key=lambda s: s.end).slug
        codes[code] = maker
    for code, maker in codes.items():
        slug = f"{maker}-{code.lower()}" if maker else code.lower()
        for m in cre.finditer(rf"(?<![\w-]){re.escape(code)}(?![\w-])", text):
            add(m.start(), m.end(), slug, code, maker)
        index.bare_codes[slug] = code
        if title:
            index.title_counts[slug] += len(cre.findall(rf"\b{re.escape(code)}\b", title))
