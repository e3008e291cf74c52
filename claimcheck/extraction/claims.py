"""Claims: turn the figures in each sentence into :class:`~claimcheck.model.Claim`.

Part of the extract stage, run by the ``claimcheck_claims`` component after
subject discovery. For each sentence it finds money, chip counts and event
dates (``money``, ``chips``, ``dates``), decides what each measures
(``attributes``), whose figure it is (the subject: a relative clause naming
one, else the nearest organisation/model or pronoun before the figure, else
the article's main subject, marked ``subject_inferred``), and how firmly and
by whom it is stated (hedge, claimant).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, replace
from typing import Any

from claimcheck.extraction import attributes as A
from claimcheck.extraction import cre
from claimcheck.extraction.chips import CHIP_MODEL, CHIP_MODEL_RE, find_chips, normalise_chip_model
from claimcheck.extraction.chips import _interval as chip_interval
from claimcheck.extraction.dates import find_dates
from claimcheck.extraction.money import find_money
from claimcheck.extraction.names import GENERIC_ADJECTIVE, _add, clean_name, load_registry, slugify, token_span
from claimcheck.extraction.roles import Roles, dates_other_event, read_roles
from claimcheck.extraction.states import speaks_as_government
from claimcheck.extraction.subjects import VENTURE_NOUN, SubjectIndex, SubjectMention, doc_sentences, doc_text
from claimcheck.model import Claim

#: the nouns a description of an organisation ends in: "the company", "this startup"
_ORG_ANAPHOR_NOUN = r"(?:company|firm|startup|lab|developer|maker|group)"
#: "the Israeli firm", "this startup": a description standing for an organisation named before
_DESCRIBED_ANAPHOR = re.compile(rf"(?:the|this)\s+(?P<adj>(?:[\w-]+\s+){{0,2}}?)(?P<noun>{_ORG_ANAPHOR_NOUN}|start-up|chipmaker)\b",
                                re.IGNORECASE)
#: adjectives that describe any company, so name none
_PLAIN_ADJECTIVES = {"new", "same", "latest", "two", "three", "other", "young", "small", "big", "large", "whole", "entire",
                     "combined", "merged", "parent", "ai", "tech", "technology", "private", "public", "listed"}
#: a person introduced as heading a company, and the words between: "X, CEO of ", " founder and CEO "
_HEAD_ROLE = r"(?:CEO|chief\s+executive|founder|co-?founder|chair(?:man|woman)?|president|owner|boss|head)"
_HEADS_AFTER = re.compile(rf",\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){{0,2}}?{_HEAD_ROLE}(?:\s+and\s+[\w-]+)?\s+(?:of|at)\s+(?:the\s+)?",
                          re.IGNORECASE)
_HEADS_BEFORE = re.compile(rf"(?:[’']s)?\s+(?:[\w-]+\s+){{0,2}}?{_HEAD_ROLE}(?:\s+and\s+[\w-]+)?\s+", re.IGNORECASE)
ANAPHOR = re.compile(
    r"\b(?:it|its|their|they|itself)\b|\b(?:the|this)\s+(?:[A-Z][\w.]*,\s+[\w.-]+-based\s+|(?:[\w-]+\s+){0,2}?)"
    rf"{_ORG_ANAPHOR_NOUN}\b|"
    r"\b(?:the|this)\s+model\b",
    re.IGNORECASE,
)
_SUPPLIER_AFTER = re.compile(rf"^(?:[’']s)?\s+[“\"]?(?:(?:custom|[a-z]{{3,}}-(?:designed|developed|built|made|generation))\s+){{0,2}}"
                             rf"(?:{CHIP_MODEL}|(?:graphics\s+)?(?:(?:super)?chips?|GPUs?|processors|(?i:(?:tensor\s+)?processing\s+units)|TPUs|"
                             rf"accelerators|hardware)\b)")
#: a maker's name on its chips ("Acme H20 chips", "Acme GPUs"); not "Acme's GPUs", which Acme may merely
#: own, nor "the Acme GPU fleet"
_MAKER_AFTER = re.compile(rf"^\s+[“\"]?(?:{CHIP_MODEL}|(?:graphics\s+)?(?:(?:super)?chips|GPUs|processors|processing\s+units|accelerators)\b)")
#: a maker named after its chips: "chips manufactured by Acme", "designed by the chip giant Acme"
_MAKER_BEFORE = re.compile(r"\b(?:manufactured|made|designed|produced|supplied|built)\s+by\s+(?:the\s+)?(?:(?:(?:[A-Z]\.){2,}|[\w-]+)\s+){0,4}$")
_SUPPLIER_BEFORE = re.compile(r"\b(?:from|such as|like|supplied by|made by)\s+$|"
                              r"\b(?:chips?|GPUs?|processors|accelerators|hardware|semiconductors)\s+(?:made\s+)?(?:by|of)\s+$",
                              re.IGNORECASE)
_REL_VERB = re.compile(r"^\s*(?:(?:had|has|have|also|reportedly|allegedly|reported(?:ly)?|once|previously)\s+)*[a-z]+ed\b")
_PRICE_PER = re.compile(r"\s*(?:a|an|per|/|each)\s*(?:month|year|user|seat|token|million\s+tokens|query|(?:GPU|chip)?[- ]?hour|"
                        r"GPU|chip|card|unit|licen[cs]e|subscriber|request|image|call|device|piece|share)\b", re.IGNORECASE)
_GP = A.GENERIC_PLURAL.pattern
_GENERIC_BEFORE = re.compile(rf"{_GP}\s+(?:that|which)\s+(?:\w+\s+){{0,3}}$|\bcosts?\s+{_GP}\s+(?:\w+\s+)?$|"
                             r"\ba\s+fraction\s+of\s+(?:the\s+)?$")
_GENERIC_AFTER = re.compile(rf"^\s+(?:that\s+)?(?:some|many|most|other|rival|larger|bigger|big|major|the\s+largest|the\s+biggest)\s+"
                            rf"(?:[\w-]+\s+){{0,2}}?{_GP}")
_BACK_REF = re.compile(r"\b(?:the|that|this|its|their)\s+$", re.IGNORECASE)
_REF_NOUN = re.compile(r"^\s*(?:number|figure|estimate|claim|price\s+tag|tally|sum|amount)\b", re.IGNORECASE)
_REFERS_BACK = re.compile(r"\bthe\s+(?:(?:correct|corrected|actual|real|true|right|final)\s+)?(?:figure|number|amount|cost|bill|total)\s+"
                          r"(?:was|is|came\s+to|stood\s+at|should\s+have\s+been)\s+(?:actually\s+)?$", re.IGNORECASE)
#: money a government takes in or charges, which it does not spend
_NOT_SPENT_BY_STATE = re.compile(r"\b(?:raised|raising|revenues?|sales|tax(?:es)?|profits?|fined|fines?)\b")
#: the price of one thing: "$40,000 apiece", "each of which can cost as much as $40,000"
_UNIT_PRICE = re.compile(r"\b(?:apiece|a\s+piece|each|per\s+(?:unit|chip|GPU))\b|\bcan\s+cost\b", re.IGNORECASE)
_AUTHORITY = re.compile(r"\s*(?:The|A|Its|Their)\s+(?:\w+\s+)?(?:ministry|government|regulator|agency|commission|court|"
                        r"council|department|parliament|authorit(?:y|ies)|state|city|province|central\s+bank|"
                        r"university|institute|college|academy|school)(?:[’']s)?\b")
#: between a sum and its conversion: "€1 billion ($1.1 billion)", "¥180 billion (≈ US$25 billion)"
_CONVERSION_GAP = re.compile(r"\s*\(\s*(?:about|around|approximately|approx\.|roughly|some|nearly|≈|~|or)?\s*")
#: money coming into the story's company: a round, a raise, revenue
_FUNDRAISING = re.compile(r"\b(?:raised|raising|raises|funding|financing|fundraising|round|tranche|investors|backers|"
                          r"series\s+[A-F]|revenues?|sales)\b", re.IGNORECASE)
#: "a funding round that sources say was worth $200m": what the deal is worth, not a valuation
_DEAL_WORTH = re.compile(r"\b(?:round|deal|contract|order|package|investment|agreement|financing|tranche)\s+(?:that|which)\b"
                         r"[^,;.]{0,60}\b(?:was|is|were|are|be)\s+(?:reportedly\s+|said\s+to\s+be\s+)?worth\s+(?:about\s+|around\s+|roughly\s+)?$")
#: the round a sum is, named right after it: "a $155 million extended Series C funding round", "an $80 million
#: Series B", "a $21 million deal led by …": the amount raised, whatever valuation the sentence also gives
_ROUND_AFTER = re.compile(r"\s+(?:(?!(?:in|at|after|before|during|following|from|for|of|on|with|since)\b)[\w-]+\s+){0,2}?(?:(?:seed|series\s+[A-H]\d?|funding|financing|investment)\s+round|"
                          r"series\s+[A-H]\d?\b|round\b|deal\s+led\s+by\b|raise\b)", re.IGNORECASE)
#: "The acquisition is understood to be valued at about $600 million": what a deal costs, not a valuation
_DEAL_VALUE_BEFORE = re.compile(r"\b(?:acquisition|takeover|purchase|buyout|merger|deal|transaction)\b[^,;.]{0,60}?\b"
                                r"(?:valued|priced)\s+at\s+(?:about|around|roughly|some|nearly|approximately|more\s+than|"
                                r"over|up\s+to)?\s*$", re.IGNORECASE)
#: the words before a company being bought: "agreed to acquire the British AI start-up ", "the takeover of "
_BOUGHT_BEFORE = re.compile(r"\b(?:acquir(?:e|es|ed|ing)|bu(?:y|ys|ying)|bought|purchas(?:e|es|ed|ing)|"
                            r"(?:takeover|acquisition|purchase|buyout)\s+of)\s+(?:(?:the|a|an|its)\s+)?"
                            r"(?:[\w’'()-]+\s+){0,5}?$", re.IGNORECASE)  # "acquired artificial intelligence (AI) start-up "
#: "agreed to pay Acme approximately ": the one paid (a name, then at most a qualifier)
_PAID_TO = re.compile(r"\bpa(?:y|ys|id|ying)\s+(?P<who>[A-Z][^,;]{0,50})$")
#: a price paid for a company named by description: "will pay $400m for the firm"
_PAID_BEFORE = re.compile(r"\bpa(?:y|ys|id|ying)\s+(?:(?:about|around|roughly|some|nearly|approximately|more\s+than|over|up\s+to|"
                          r"between)\s+)?$", re.IGNORECASE)
_FOR_THE_COMPANY_AFTER = re.compile(r"^\s+(?:for|to\s+(?:buy|acquire))\s+(?:the|this)\s+(?:[\w-]+\s+)?"
                                    r"(?:firm|company|startup|start-up|business|chipmaker|lab|group)\b", re.IGNORECASE)
#: a price named with a passive purchase: "DeepMind, which was acquired by Google in 2014 for around "
_ACQUIRED_BY_FOR = re.compile(r"(?P<verb>\b(?:was|were|is|are|being|been|had\s+been)\s+(?:later\s+|eventually\s+|subsequently\s+|then\s+)?"
                              r"(?:acquired|bought|purchased|snapped\s+up|taken\s+over)\s+by\s+[^;.]{1,80}?\bfor\s+"
                              r"(?:(?:about|around|roughly|some|nearly|approximately|almost|more\s+than|over|up\s+to|a\s+reported|"
                              r"an\s+estimated|a\s+rumou?red)\s+)?)$", re.IGNORECASE)
#: a sum paid for part of a company: "will invest $1.5 billion for a minority stake in "
_STAKE_IN_AFTER = re.compile(r"\s+(?:for|in\s+exchange\s+for)\s+(?:a|an|the|its)\s+(?:[\w%.-]+\s+){0,3}?stakes?\s+in\s+(?:the\s+)?")
#: a company named as someone's backer: "led by ", "backed by ", "from "
_BACKER_BEFORE = re.compile(r"\b(?:led|backed|funded|financed|arranged|underwritten)\s+by\s+(?:the\s+)?$|\bfrom\s+(?:the\s+)?$")


def _is_pronoun(word: str) -> bool:
    """Whether an anaphor is a pronoun ("it", "they") rather than a description ("the company")."""
    return word in {"it", "its", "itself", "their", "they", "model"}


_QUALIFIER_GAP = re.compile(r"\s*(?:(?:about|around|roughly|some|nearly|approximately|almost|more\s+than|over|up\s+to)\s+)?",
                            re.IGNORECASE)
#: a share of the sum the sentence before stated: "The bulk of that — ", "Of this, ", "Half of the money, "
_PART_OF_THAT = re.compile(r"^\s*(?:(?:The|the)\s+)?(?:[Bb]ulk|[Mm]ost|[Hh]alf|[Pp]art|[Mm]uch|[Mm]ajority|[Rr]est|[Rr]emainder|"
                           r"[Ss]hare|[Oo]f)\s+(?:of\s+)?(?:that|this|it|the\s+(?:money|sum|amount|funding|total|investment|"
                           r"package|budget))\b[\s,—–-]*$")
_COST_NOUN = re.compile(r"\b(?:bill|tab|price\s+tag|cost|costs|costing|budget|outlay|expense)\b", re.IGNORECASE)
_VAGUE_CONTEXT = re.compile(r"\b(?:cost|costs|spend|spent|spending|invest\w*|budget|price|paid|funding|raised|dollars)\b", re.IGNORECASE)


_COUNTERPARTY_PREP = re.compile(r"\b(?:from|to|with|by)\s+(?:(?:the|its|their|cloud|GPU-centric|[\w-]+\s+(?:operator|provider))\s+|[\w-]+\s+){0,4}$"
                                r"|\b(?:from|to|with|by)\s+$|,\s+(?:and\s+)?(?:[\w-]+\s+){0,3}$")
_DEAL_WORDS = re.compile(r"\b(?:rent\w*|leas\w*|bought|buy\w*|purchas\w*|pa(?:y|id|ying)|owe[sd]?|owing|bills?|debts?|invoices?|"
                         r"contract\w*|signed|orders?|ordered|supplied|provided|rais\w+|funding|financing|round|backing|backed|"
                         r"led|invest\w*|committed|pledged)\b", re.IGNORECASE)


#: what a story calls its company once named ("the startup", "the infrastructure provider")
_DESCRIPTION_NOUNS = {"company", "firm", "startup", "start-up", "lab", "developer", "maker", "provider", "group",
                      "business", "unicorn", "venture", "chipmaker", "operator"}


def _founds_a_thing(roles: Roles, text: str, index: SubjectIndex, s0: int, s1: int) -> bool:
    """The grammar dates the start of common things (a facility, rules, a fund) and no named subject."""
    if not roles.owners or not roles.begun or not all(roles.common):
        return False
    for x, y in roles.owners:
        words = text[x:y].lower().split()
        if not words or words[-1] in _DESCRIPTION_NOUNS or words[-1] in {"model", "models", "chatbot", "product", "system"}:
            return False
        if _overlapping(index, x, y, s0, s1):
            return False
    return True


def _overlapping(index: SubjectIndex, x: int, y: int, s0: int, s1: int) -> list[SubjectMention]:
    """Mentions in the sentence [s0, s1) that overlap the span [x, y)."""
    return [m for m in index.between(s0, s1) if m.start < y and x < m.end]


def _is_money_attribute(attribute: str) -> bool:
    """Attributes of money figures (a counterparty matters only for money)."""
    return attribute in ("training_cost", "total_spend", "other")


#: a name being compared with: "challenges Bolt", "rivals such as Bolt", "than Bolt"
_COMPARED_WITH = re.compile(r"\b(?:challeng\w*|rival(?:s|led|ling)?|beat(?:s|ing)?|outperform\w*|outpac\w*|surpass\w*|"
                            r"compet\w+\s+with|tak(?:es|ing)\s+on|against|than|like|such\s+as|versus|vs\.?|unlike|"
                            r"compared\s+(?:with|to)|in\s+contrast\s+to)\s+(?:(?:[\w-]+|[\w-]+,)\s+){0,4}?$", re.IGNORECASE)

_SAYS = r"(?:said|says|announced|announces|added|noted|stated|confirmed|told\s+\w+)"
#: a name that goes on to act: "rival Bolt said it would invest …" is Bolt's own figure, not a comparison
_ACTS_AFTER = re.compile(rf"\s+(?:(?:also|has|had|have|now|then|recently)\s+)?(?:{_SAYS}|will|would|plans|"
                         r"planned|invested|invests|is\s+investing|pledged|committed|raised|spent|spends)\b")
#: a relative clause on a name, or on its system: "Bolt, which …", "the Bolt supercluster, which …"
_RELATIVE_AFTER = re.compile(r"(?:[’']s)?(?:\s+[a-z][\w-]*){0,2}?\s*,?\s*(?:whose|which|who)\b")

#: a venture spoken of without its name: "the new joint venture", "The initiative"
_VENTURE_REF = re.compile(rf"\b(?:the|this|that|its|their|new)\s+(?:[\w-]+\s+){{0,2}}?{VENTURE_NOUN}\b", re.IGNORECASE)
#: a venture right after a sum: "a $500 billion joint venture (named Halo)"
_VENTURE_AFTER_SUM = re.compile(rf"\s+(?:[\w-]+\s+){{0,2}}?{VENTURE_NOUN}\b(?:\s+(?:[a-z]+ly\s+)?(?:named|called|dubbed|known\s+as)\s+[“\"']?)?",
                                re.IGNORECASE)

#: a sentence about a round of funding
_ROUND_WORDS = re.compile(r"\b(?:round|tranche|funding|fundraising|financing|raise[sd]?|raising|invest(?:s|ed|ing|ment|ors?)?)\b", re.IGNORECASE)
#: after a sum, unnamed investors who give it: " from an investor syndicate", " from existing backers"
_FROM_INVESTOR = re.compile(r"\s+from\s+(?:an?|the|other|its|existing|new)\s+(?:[\w-]+\s+)?(?:investors?|syndicate|backers?|"
                            r"shareholders|group\s+of\s+investors)\b")
#: after a chip count, whom they go to: " will be supplied to ", " were shipped to the "
_GIVEN_TO_AFTER = re.compile(r"\s+(?:each\s+)?(?:(?:will|would|are|were|was|is|have|has|had|to)\s+)?(?:(?:be|been|being)\s+)?"
                             r"(?:supplied|allocated|delivered|shipped|sent|given|assigned|distributed|sold|leased|rented|"
                             r"go|going|went)\s+to\s+(?:the\s+)?")
#: after a sum, the round it is and whom it is for: " funding round this week for "
_ROUND_FOR = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:round|raise|financing)\s+(?:[\w-]+\s+){0,3}?(?:for|at|in(?:to)?)\s+(?=[A-Z]|the\s)")
#: after an invested sum: "… into the company", "… in Acme"
_INVESTED_IN = re.compile(r"\s+(?:(?:of\s+)?(?:new\s+)?(?:funding|capital|equity|cash|investment|stake)\s+)?(?:in|into|to)\s+")
#: the sum an investor puts in: "Bolt, which invested $100m", "Bolt committed $4bn", "Bolt has put in $500m"
_INVESTOR_VERB_AFTER = re.compile(r"(?:[’']s)?\s*(?:,\s*(?:which|who)\s+|\s+)(?:(?:has|have|had|also|then|reportedly|later|each|"
                                  r"separately|itself)\s+)*(?:invest(?:s|ed|ing)?|put|puts|putting|pour\w*|inject\w*|"
                                  r"commit(?:s|ted)?|contribut\w*|pledg\w*|chipped\s+in|pump\w*)\b")
#: a name among the investors: "led by Bolt", "investors including Bolt and Tern", "… from Bolt"
_INVESTOR_CUE_BEFORE = re.compile(r"\b(?:led\s+by|co-led\s+by|backed\s+by|from|(?:investors|backers)\s+(?:including|such\s+as|like|were|are|"
                                  r"included))\s+(?:(?:the\s+)?[A-Z][\w&.’'-]*\s*|,\s*|and\s+|&\s*){0,8}$")

#: a source's description or citation before its name: "research firm X", "according to X"
_SOURCE_BEFORE = re.compile(r"(?:\b(?:research|analyst|analysis|analytics|consulting|consultancy|advisory|intelligence|data|brokerage|"
                            r"investment\s+bank|market[- ]research)\s+(?:firm|group|house|company|provider|outfit|shop)|"
                            r"\bresearchers?\s+(?:at|from)|\banalysts?\s+(?:at|from)|\b(?:report|estimates?|analysis|research|note)\s+(?:from|by)|"
                            r"\baccording\s+to)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?$", re.IGNORECASE)
#: a name followed by an estimating verb is a source: "X estimates", "X, a research firm, calculated"
_ESTIMATES_AFTER = re.compile(r"(?:[’']s)?\s*(?:,[^,]{1,80},\s*)?(?:also\s+)?(?:estimat\w+|calculat\w+|reckons?|disputes?|disputed)\b")

#: "Founded in 2019 by three researchers, " opening a sentence
_PARTICIPLE_OPENER = re.compile(r"\s*(?:Founded|Established|Set\s+up|Started|Formed|Created|Launched|Incorporated)\b[^,;–—]{0,120}"
                                r"(?:,|[–—][^–—\n]{1,160}[–—])\s*")  # "Founded in 2019 by Jo Bloggs – a former … – Acme is …"

#: a finite verb right after a name: the name heads the main clause ("Acme has quickly grown")
_MAIN_VERB_AFTER = re.compile(r"(?:[’']s)?\s+(?:[a-z]+ly\s+)?(?:has|have|had|is|was|will|would|became|raised|launched|released|"
                              r"said|says|employs|operates|builds|built|develops|makes|sells|offers|now)\b")
#: a name followed by a reporting verb is the source of what follows, not its topic
_REPORTS_ON = re.compile(r"(?:[’']s)?\s*(?:,[^,]{1,60},\s*)?(?:also\s+)?(?:estimat\w+|reports?|reported|says|said|found|believes|"
                         r"calculat\w+|wrote|writes|notes|noted|argues|argued|concluded|suggests|suggested|thinks)\b")


def _in_leading_clause(text: str, s0: int, start: int, pos: int) -> bool:
    """Whether ``start`` lies in a subordinate clause that opens the sentence and ends
    before ``pos`` ("While Acme spent $5bn, Bolt …", "Unlike Acme, …", "Unlike Acme, which …, Bolt")."""
    m = cre.match(r"\s*(?:While|Whereas|Although|Though|Unlike|As|After|Before|Since|Compared\s+with|Compared\s+to|"
                  r"In\s+contrast\s+to|Contrary\s+to)\b[^,;]*,(?:\s*(?:which|who)\b[^,;]*,)?",
                  text[s0:pos])
    return m is not None and start < s0 + m.end() <= pos


#: what may stand between "according to" and the source's name
_SOURCE_LEAD = re.compile(r"(?:(?:a|an|the)\s+)?(?:(?:new|recent|latest)\s+)?(?:(?:analysts?|researchers?|estimates?|data|figures|"
                          r"calculations?|report|study|analysis|research|filings?|documents?)\s+(?:at|from|by|of)\s+)?"
                          r"(?:(?:the\s+)?(?:research|consulting|consultancy|analyst|analysis|market[- ]research|investment|data)\s+"
                          r"(?:firm|group|house|company|bank|provider)\s+)?")
_PROPER_NAME = re.compile(r"[A-Z][\w&.’'-]*[A-Za-z](?:\s+(?:[A-Z][\w&.’'-]*[A-Za-z]|of|&))*")
_NOT_NAMES = {"The", "A", "An", "It", "Its", "This", "That", "These", "Those", "He", "She", "They", "We", "I",
              "In", "On", "At", "But", "And", "Research", "Analysts", "According", "Data", "Figures"}


def _proper_name_before(text: str) -> str | None:
    """A capitalised name right before a reporting verb ('… firm Acme Analytics reported',
    'The Information reported'); ``None`` for pronouns and sentence openers."""
    m = cre.search(r"(?P<name>[A-Z][\w&.’'-]*[A-Za-z](?:\s+[A-Z][\w&.’'-]*[A-Za-z]){0,3})\s*$", text)
    if not m:
        return None
    words = m.group("name").split()
    if words[0] == "The" and len(words) > 1:
        return " ".join(words)  # a publication: "The Information"
    while words and words[0] in _NOT_NAMES:
        words = words[1:]
    return " ".join(words) or None


@dataclass
class Figure:
    kind: str
    start: int  # sentence-relative
    end: int
    value: Any
    low: Any
    high: Any
    unit: str | None
    item: str | None = None
    precision: str | None = None
    qualifier: str | None = None
    vendor: str | None = None


def sentence_spans(doc: Any) -> list[tuple[int, int]]:
    """spaCy sentences, further split at line breaks (headings, list items)."""
    out = []
    text = doc_text(doc)
    for s_start, s_end in doc_sentences(doc):
        a = s_start
        for part in cre.split(r"(\n+)", text[s_start:s_end]):
            if part and not part.startswith("\n") and part.strip():
                lead = len(part) - len(part.lstrip())
                out.append((a + lead, a + len(part.rstrip())))
            a += len(part)
    return out


#: chips named without a count: "Acme H100 GPUs", "graphics processing units"
_CHIPS_NAMED = re.compile(rf"\b(?:{CHIP_MODEL}\s+)?(?:GPUs|chips|accelerators|(?i:graphics\s+processing\s+units))\b")


def _figures(sentence: str, published: str | None, chips_before: Figure | None = None) -> list[Figure]:
    """Money, chip counts and dates of one sentence; ``chips_before`` is a chip count of the
    sentences before it in its paragraph, which "10,000 such units" / "12,000 of them" count on."""
    figs: list[Figure] = []
    vague_ok = bool(_VAGUE_CONTEXT.search(sentence)) and bool(cre.search(r"\$|€|£|¥|\bdollars\b|\bcost", sentence))
    for m in find_money(sentence, allow_vague_without_unit=vague_ok, default_unit="USD"):
        figs.append(Figure("cost", m.start, m.end, m.value, m.low, m.high, m.unit, qualifier=m.qualifier))
    for c in find_chips(sentence):
        if any(f.start < c.end and c.start < f.end for f in figs):
            continue
        figs.append(Figure("chips", c.start, c.end, c.value, c.low, c.high, "chips", item=c.item,
                           qualifier=c.qualifier, vendor=c.vendor))
    chip_figs = [f for f in figs if f.kind == "chips"]
    named = _CHIPS_NAMED.search(sentence)
    if named and not chip_figs and chips_before is None:
        # "a cluster of Acme H100 GPUs comprising 22,000 units": the chips named, counted in units
        model = CHIP_MODEL_RE.search(sentence, 0, named.end())
        chips_before = Figure("chips", named.start(), named.end(), 0, 0, 0, "chips",
                              item=normalise_chip_model(model.group(0)) if model else None)
    if chip_figs or chips_before is not None:
        # "owns 2,000 H20 chips … the run used about 1,100 of them"; "… will start with 10,000 such units"
        for pm in cre.finditer(r"(?<![\w.,$])(?:(?P<q>about|around|roughly|nearly|almost|some|more\s+than|over|at\s+least|"
                             r"up\s+to|fewer\s+than|less\s+than|under)\s+)?(?P<n>\d{1,3}(?:[,.\u00a0 ]\d{3})+(?![\d.,]\d)|\d+)\s+"
                             r"(?:of\s+(?:them|these|those)\b|(?:such\s+|more\s+|additional\s+|of\s+these\s+)?units\b(?!\s+of\b))",
                             sentence):
            prior = [f for f in chip_figs if f.end <= pm.start()] or \
                ([chips_before] if chips_before is not None and chips_before.end <= pm.start() else [])
            n = int(cre.sub(r"[,.\u00a0 ]", "", pm.group("n")))
            if not prior or n < 2 or any(f.start < pm.end() and pm.start() < f.end for f in figs):
                continue
            q = " ".join(pm.group("q").lower().split()) if pm.group("q") else None
            lo, hi = chip_interval(n, q)
            figs.append(Figure("chips", pm.start(), pm.end(), n, lo, hi, "chips", item=prior[-1].item, qualifier=q))
    for d in find_dates(sentence, published):
        if any(f.start < d.end and d.start < f.end for f in figs):
            continue
        figs.append(Figure("date", d.start, d.end, d.value, d.value, d.value, None, precision=d.precision))
    return figs


class ClaimBuilder:
    """Builds the claims of one document."""

    def __init__(self, doc: Any, index: SubjectIndex, published: str | None = None,
                 quote_spans: list[tuple[int, int]] | None = None,
                 quote_speakers: list[tuple[str | None, str | None]] | None = None) -> None:
        self.doc = doc
        self.text: str = doc_text(doc)
        self.index = index
        self.published = published
        self.quote_spans = quote_spans or []
        self.quote_speakers = quote_speakers or [(None, None)] * len(self.quote_spans)
        self._sents: list[tuple[int, int]] | None = None
        self._stated: list[Claim] = []
        self._also_owned_by: list[tuple[str, str]] = []  # "A, B and C will each buy …": B and C, for the claim on A
        self._source_slugs: set[str] | None = None
        self._chip_makers: set[str] | None = None
        self._systems: dict[str, str | None] | None = None
        self._descriptions: dict[int, set[str]] = {}  # mention start -> the words that describe it

    # -- subjects -------------------------------------------------------
    def sources(self) -> set[str]:
        """Organisations the article cites as sources ("research firm X", "X estimates",
        "a report from X"): they report on the story's subjects and are not its subject."""
        if self._source_slugs is None:
            found = set()
            for m in self.index.mentions:
                if m.kind != "org" or m.slug == self.index.main_org:
                    continue
                if _SOURCE_BEFORE.search(self.text, max(0, m.start - 45), m.start) or \
                        _ESTIMATES_AFTER.match(self.text, m.end, m.end + 90):
                    found.add(m.slug)
            self._source_slugs = found
        return self._source_slugs

    def chip_makers(self) -> set[str]:
        """Organisations the article names as the maker of chips ("Acme H20 chips", "Acme's GPUs")."""
        if self._chip_makers is None:
            self._chip_makers = {m.slug for m in self.index.mentions
                                 if m.kind == "org" and (_MAKER_AFTER.match(self.text[m.end:m.end + 40]) or
                                                         _MAKER_BEFORE.search(self.text, max(0, m.start - 60), m.start))}
        return self._chip_makers

    def _usable(self, m: SubjectMention) -> bool:
        if m.kind not in ("org", "model") or m.slug in self.index.academic:
            return False
        after = self.text[m.end:m.end + 40]
        before = self.text[max(0, m.start - 25):m.start]
        if _SUPPLIER_AFTER.match(after):
            return False
        # "chips from Acme": a supplier
        return not (_SUPPLIER_BEFORE.search(before) and cre.search(r"chips?|GPUs?|processors", before + after))

    def _antecedent(self, pos: int, word: str) -> SubjectMention | None:
        """What a pronoun at ``pos`` refers to: the first fitting mention of its own
        sentence before it (the sentence's subject, usually), else of the nearest
        earlier sentence that has one."""
        w = word.lower()
        kinds = ("model",) if w == "model" else ("org", "model") if w in {"it", "itself"} else ("org",)
        spans = self._sentences()
        here = next((i for i, (a, b) in enumerate(spans) if a <= pos < b), None)
        if here is None:
            return None
        if w in {"it", "its", "they", "their"}:
            # "after rival Bolt said it would invest …": the one who says it about itself
            for m in reversed(self.index.between(spans[here][0], pos, kinds=kinds)):
                if self._usable(m) and cre.fullmatch(rf"(?:[’']s)?\s+{_SAYS}\s+(?:that\s+)?", self.text[m.end:pos]):
                    return m
        described = self._described_as(pos) if not _is_pronoun(w) else None
        if described is not None:
            return described
        if not _is_pronoun(w) and self.index.main_org:
            # "the company" in a new sentence is, by newsroom habit, the story's main company
            # when that company was named lately (not a supplier named in passing)
            a0 = spans[max(0, here - 3)][0]
            own = [m for m in self.index.between(a0, pos, kinds=("org",)) if m.slug == self.index.main_org]
            if own and not [m for m in self.index.between(spans[here][0], pos, kinds=kinds) if self._usable(m)]:
                return own[-1]
        for i in range(here, max(-1, here - 4), -1):
            a, b = spans[i]
            end = pos if i == here else b
            cands = [m for m in self.index.between(a, end, kinds=kinds) if self._usable(m) and (
                m.slug not in self.index.states or speaks_as_government(m))]  # "the U.S. restricted exports. It …": not the U.S.
            if i != here and not _is_pronoun(w):
                # "The round led by Absa … In 2023, the company raised": a backer named in passing is not "the company"
                cands = [m for m in cands if not _BACKER_BEFORE.search(self.text, max(a, m.start - 25), m.start)]
            if i == here:
                # "Quillbridge estimates the company's spend": the source is not the company;
                # "While Acme spent …, Bolt says they": the subordinate clause is someone else
                pronoun = w in {"it", "its", "itself", "their", "they"}
                cands = [m for m in cands if not _in_leading_clause(self.text, a, m.start, pos)]
                cands = [m for m in cands if pronoun or not _REPORTS_ON.match(self.text, m.end, m.end + 80)
                         and m.slug not in self.sources()] or ([] if not pronoun and self.index.main_org else cands)
            if cands:
                return cands[0]
        return None

    def _named_at(self, pos: int, s1: int) -> SubjectMention | None:
        """The usable subject mention that starts exactly at ``pos`` (before ``s1``), if any."""
        return next((m for m in self.index.between(pos, min(s1, pos + 40)) if m.start == pos and self._usable(m)), None)

    def _chips_recipient(self, b: int, s1: int) -> tuple[str, str, bool] | None:
        """Who chips counted at ``b`` are given to, named right after: "60,000 units will be
        supplied to Acme Cloud" (read from the words: the parse often joins such a clause to the one before)."""
        rm = _GIVEN_TO_AFTER.match(self.text, b, s1)
        if rm is None:
            return None
        here = self._named_at(rm.end(), s1)
        if here is None:
            return None
        self.last_explicit = True
        return here.slug, here.text, False

    def _given_by_investor(self, s0: int, a: int, b: int, s1: int) -> tuple[str, str, bool] | None:
        """"$2.5 billion from an investor syndicate" in a sentence about a round: money investors
        give is the raising company's funding. (A named giver, "$2bn from Bolt", is left to the
        grammar: it lowered the invented holdout set.)"""
        fm = _FROM_INVESTOR.match(self.text, b, s1)
        if fm is None or not _ROUND_WORDS.search(self.text, s0, s1):
            return None
        return self._funding_recipient(s0, a, set())

    def _round_recipient(self, b: int, s1: int) -> tuple[str, str, bool] | None:
        """The company a round after the sum at ``b`` is for: "a $100 million funding round this
        week for Acme", "a $75 million series B round for the startup" (whoever took part)."""
        rf = _ROUND_FOR.match(self.text, b, s1)
        if rf is None:
            return None
        here = self._named_at(rf.end(), s1)
        if here is not None:
            self.last_explicit = True
            return here.slug, here.text, False
        ana = ANAPHOR.match(self.text, rf.end(), s1)
        ante = self._antecedent(rf.end(), ana.group(0).split()[-1]) if ana else None
        if ante is None or ana is None:
            return None
        self.last_explicit = True
        return ante.slug, ana.group(0), False

    def _stake_holder(self, b: int, s1: int) -> SubjectMention | None:
        """The company a sum at ``b`` buys part of: "$1.5 billion for a minority stake in G42"
        (adopted as a company when discovery missed it)."""
        stake = _STAKE_IN_AFTER.match(self.text, b, s1)
        if stake is None:
            return None
        here = self._named_at(stake.end(), s1)
        bare = cre.match(r"[A-Z][\w&-]*(?:[ \t]+[A-Z][\w&-]*){0,3}", self.text[stake.end():s1])
        if here is None and bare:
            here = self._adopt(stake.end(), stake.end() + bare.end(), "cost", "other")
        return here

    def _acquired_before(self, pos: int) -> SubjectMention | None:
        """The company the article last says is being bought, before ``pos``: what "the
        acquisition" or "the deal" is the price of."""
        for m in reversed(self.index.between(0, pos)):
            lead = self.text[max(0, m.start - 60):m.start]
            if self._usable(m) and _BOUGHT_BEFORE.search(lead) and not cre.search(r"[.;!?]\s", lead[-40:]):
                return m
        return None

    def _deal_price_owner(self, f: Figure, s0: int, a: int, s1: int, sent: str) -> tuple[str, str, bool] | None:
        """Whose price a sum is, read from the words: "agreed to pay Acme $650 million" (Acme),
        "the acquisition is valued at $600 million" (the company being bought)."""
        paid = _PAID_TO.search(sent[:f.start])
        if paid:
            here = self._named_at(s0 + paid.start("who"), s1)
            if here is not None and _QUALIFIER_GAP.fullmatch(self.text[here.end:a]):
                return here.slug, here.text, False
        bought = _ACQUIRED_BY_FOR.search(sent[:f.start])
        if bought:  # "DeepMind, which was acquired by Google for around $500 million": DeepMind's price
            lead = s0 + bought.start("verb")
            which = cre.search(r",?\s*(?:which|that|who)\s*$", self.text[s0:lead])
            end = s0 + which.start() if which else lead
            named = [m for m in self.index.between(s0, end) if self._usable(m)]
            if named and cre.fullmatch(r"[\s,]*(?:\w+[\s,]*){0,3}", self.text[named[-1].end:end]):
                return named[-1].slug, named[-1].text, False
        if _PAID_BEFORE.search(sent[:f.start]) and _FOR_THE_COMPANY_AFTER.match(sent[f.end:]):
            target = self._acquired_before(s0 + f.start)  # "Intel will pay $400m for the firm": the firm being bought
            if target is not None:
                return target.slug, target.text, False
        if _DEAL_VALUE_BEFORE.search(sent[:f.start]) and not [m for m in self.index.between(s0, a) if self._usable(m)]:
            target = self._acquired_before(s0)
            if target is not None:
                return target.slug, target.text, False
        return None

    def _described_as(self, pos: int) -> SubjectMention | None:
        """The one organisation earlier described the way the phrase at ``pos`` describes its
        referent: "The Israeli firm" after "acquired Israeli startup Halvani Labs", "the startup"
        after "Halvani Labs, a Caesarea-based startup". ``None`` unless exactly one fits."""
        m = _DESCRIBED_ANAPHOR.match(self.text, pos)
        if m is None:
            return None
        keys = {w.lower() for w in cre.findall(r"[A-Za-z][\w-]*", m.group("adj") or "")} - _PLAIN_ADJECTIVES
        if not keys:
            if m.group("noun").lower() not in ("startup", "start-up", "lab", "chipmaker"):
                return None
            keys = {m.group("noun").lower()}
        before = [o for o in self.index.between(0, pos, kinds=("org",)) if self._usable(o)]
        fits = {o.slug for o in before if keys & self._description_words(o)}
        noun = m.group("noun").lower()
        if not fits and noun in ("startup", "start-up", "lab", "chipmaker"):
            # "The London-based startup" where no company was called London-based: the one called a startup
            fits = {o.slug for o in before if noun in self._description_words(o)}
        if len(fits) != 1:
            return None
        return [o for o in before if o.slug in fits][-1]  # its latest mention, described or not

    def _description_words(self, o: SubjectMention) -> set[str]:
        """Words that describe a mention: up to four words right before it ("Israeli startup
        Halvani"), and an appositive after it ("Halvani, a Caesarea-based chip maker,")."""
        if o.start in self._descriptions:
            return self._descriptions[o.start]
        before = cre.search(r"(?:^|[.;:!?]\s|\n)?((?:[\w-]+\s+){1,4})$", self.text[max(0, o.start - 60):o.start])
        after = cre.match(r",\s+(?:a|an|the)\s+([^,.;]{1,60})", self.text[o.end:o.end + 70])
        words = " ".join(x.group(1) for x in (before, after) if x)
        found = self._descriptions[o.start] = {w.lower() for w in cre.findall(r"[A-Za-z][\w-]*", words)}
        return found

    def _sentence_starts(self) -> list[int]:
        if getattr(self, "_starts", None) is None:
            self._starts = [a for a, _ in self._sentences()]
        return self._starts

    def _sentences(self) -> list[tuple[int, int]]:
        if self._sents is None:
            self._sents = sentence_spans(self.doc)
        return self._sents

    def _first_conjunct(self, m: SubjectMention, cands: list[SubjectMention]) -> SubjectMention:
        for other in reversed([c for c in cands if c.end <= m.start]):
            if cre.fullmatch(r"\s*(?:and|or|&|, and|, or)\s*", self.text[other.end:m.start]):
                m = other
            else:
                break
        return m

    def resolve(self, s0: int, s1: int, a: int, b: int, attribute: str) -> tuple[str, str, bool] | None:
        """Subject slug, subject text and inferred flag for a figure at [a, b) (absolute);
        a named computer system's figures are its owner's, when the article names one."""
        res = self._resolve(s0, s1, a, b, attribute)
        owner = self.systems().get(res[0]) if res is not None else None
        if res is not None and owner:
            return owner, res[1], res[2]
        return res

    def systems(self) -> dict[str, str | None]:
        """Named computer systems (``index.systems``) and their owners: the organisation
        that possesses one of their mentions ("Acme's Halcyon"), else the one named
        before a mention in its sentence ("Acme built Halcyon"; not a partner: "the lab
        worked with Acme to build Halcyon"); ``None`` when the system is its own subject
        (a national lab's machine is "Halcyon", not the story's vendor's)."""
        if self._systems is None:
            found: dict[str, str | None] = {}
            for slug in self.index.systems:
                ms = [m for m in self.index.mentions if m.slug == slug]
                owners = [self._system_owner(m, possessor=True) for m in ms]
                owners += [self._system_owner(m, possessor=False) for m in ms]
                owner = next((o for o in owners if o), None)
                found[slug] = owner if owner != slug else None
            self._systems = found
        return self._systems

    def _resolve(self, s0: int, s1: int, a: int, b: int, attribute: str) -> tuple[str, str, bool] | None:
        idx = self.index
        self.last_explicit = True
        # 1. a relative clause right after the figure: "the $100 million Acme reportedly invested"
        for m in idx.between(b, min(s1, b + 12)):
            if self._usable(m) and cre.fullmatch(r"\s*(?:that\s+|which\s+)?", self.text[b:m.start]) \
                    and _REL_VERB.match(self.text[m.end:m.end + 40]):
                return self._promote(m.slug, m.text, False, attribute, a, s0, s1)
        # 1b. "a $500bn joint venture named Halo", "the new joint venture will deploy $100bn"
        if _is_money_attribute(attribute):
            venture = self._venture(s0, a, b, s1)
            if venture is not None:
                return venture
        # 2a. "released Acme-2 on …" / "Acme-2, the model the company launched …"
        if attribute == "release_date":
            for m in reversed(idx.between(s0, a, kinds=("model",))):
                if cre.fullmatch(r",?\s+(?:the|a|its|their)\s+(?:[\w-]+\s+){0,3}?(?:model|system|chatbot|product)\s+"
                                r"(?:that\s+|which\s+)?(?:[\w-]+\s+){0,3}", self.text[m.end:a]):
                    return m.slug, m.text, False
            for m in idx.between(b, min(s1, b + 40), kinds=("model",)):
                return m.slug, m.text, False
        # 2a-p. "Founded in 2019 (by …), Acme is …": the participle describes the main clause's subject
        if attribute == "founding_date":
            lead = _PARTICIPLE_OPENER.match(self.text, s0, s1)
            if lead and a < lead.end():
                # "Founded in 2023 by Jo Bloggs, a former Bolt researcher, …, Acme has …": the name that
                # goes on to act is the main clause's subject, not one inside the founder's description
                acting = [m for m in idx.between(lead.end(), min(s1, lead.end() + 200))
                          if self._usable(m) and _MAIN_VERB_AFTER.match(self.text, m.end, m.end + 40)]
                if acting:
                    return acting[0].slug, acting[0].text, False
                after = [m for m in idx.between(lead.end(), min(s1, lead.end() + 60)) if self._usable(m)]
                if after and cre.fullmatch(r"\s*(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,3}?", self.text[lead.end():after[0].start]):
                    return after[0].slug, after[0].text, False
                ana = ANAPHOR.match(self.text, lead.end(), s1)
                if ana and self.index.main_org:
                    return self.index.main_org, ana.group(0), False
        # 2a''. "founded Acme in 2020": the cue verb's object is the subject
        if a == b and attribute in ("founding_date", "release_date", "announcement_date"):
            w = cre.match(r"\w+\s+", self.text[a:s1])
            if w:
                # "founded Acme", "co-founded the quantitative hedge fund Acme", "spin off “Acme”"
                p = a + w.end()
                objs = [m for m in idx.between(p, min(s1, p + 60)) if self._usable(m) and cre.fullmatch(
                    r"(?:(?:the|a|an|its|their)\s+)?(?:[\w-]+\s+){0,4}?[“\"']?", self.text[p:m.start])
                    and not cre.search(r"\b(?:in|on|by|with|from|for|at)\s", self.text[p:m.start])]
                if objs:
                    return objs[0].slug, objs[0].text, False
        # 2a'. "announced the model on …" / "announced Acme-2 on …": the object is the subject
        if attribute == "announcement_date" and a == b:
            m_obj = cre.match(r"\w+\s+(?:(?:the|its|their)\s+)?(?:(?:new|latest|next)\s+)?", self.text[a:s1])
            if m_obj:
                p = a + m_obj.end()
                objs = [m for m in idx.between(p, min(s1, p + 40), kinds=("model",)) if m.start == p]
                if objs:
                    return objs[0].slug, objs[0].text, False
                if cre.match(r"model\b", self.text[p:s1]):
                    ante = self._antecedent(p, "model")
                    if ante is not None:
                        return ante.slug, self.text[p:p + 5], False
        # 2b. "training cost for its Q7 model"
        if attribute in ("training_cost", "gpu_count", "other"):
            for m in idx.between(b, min(s1, b + 45), kinds=("model", "org")):
                if m.kind == "org" and not cre.search(r"\b(?:to\s+train|training|trained)\s+$", self.text[b:m.start]):
                    continue  # a company is only trained as a name NER took for one ("to train Stratus")
                if cre.search(r"\b(?:for|of|behind|on|training|train|to\s+train|developing|building)\s+"
                             r"(?:(?:its|their|the|[\w-]+[’']s)\s+)?(?:[\w-]+\s+){0,2}$",
                             self.text[b:m.start]) and not cre.search(r"[;:]|\d", self.text[b:m.start]):
                    return m.slug, m.text, False
        # 3. nearest mention or pronoun before the figure in the sentence; a name inside an
        # appositive ("Acme, founded by former Google researcher Jo Bloggs, has raised $X")
        # is not the one doing the verb
        app = cre.search(r"(?P<h>\S)\s*,[^,;]{1,120},\s*(?!(?:which|who|whose|that)\b)(?:(?:has|have|had|also|now|itself|reportedly|then)\s+)*(?:\w+\s+){0,5}$",
                        self.text[s0:a])
        if app:
            h = s0 + app.end("h")
            heads = [m for m in idx.between(s0, h + 1) if m.end >= h and self._usable(m)]
            if heads:
                return self._promote(heads[-1].slug, heads[-1].text, False, attribute, a, s0, s1)
            head_anas = [x for x in ANAPHOR.finditer(self.text, s0, h + 1) if x.end() >= h]
            if head_anas:
                ante = self._antecedent(head_anas[-1].start(), head_anas[-1].group(0).split()[-1])
                if ante is not None:
                    self.last_explicit = ante.start >= s0
                    return self._promote(ante.slug, head_anas[-1].group(0), False, attribute, a, s0, s1)
        # 3-inv. "Larkspur, which put $1.25 billion into the company", "invest $750 million in Acme":
        # invested money is the recipient's (funding raised)
        if attribute == "other":
            inv = _INVESTED_IN.match(self.text, b, s1)
            if inv and cre.search(r"\b(?:invest\w*|put|pour\w*|inject\w*|commit\w*|contribut\w*|pump\w*|back\w*|stake)\b",
                                  self.text[max(s0, a - 60):a] + self.text[b:inv.end()], re.IGNORECASE):
                named = self._named_at(inv.end(), s1)
                if named is not None:
                    return named.slug, named.text, False
                ana = ANAPHOR.match(self.text, inv.end(), s1)
                if ana:  # "… into the company": not the investor named before it in the sentence
                    ante = self._antecedent(s0, ana.group(0).split()[-1])
                    if ante is not None:
                        return ante.slug, ana.group(0), False
        cands = self._drop_makers([m for m in idx.between(s0, a) if self._usable(m)])
        if attribute == "other" and cands and any(self._investor(m, s0) for m in cands):
            # "Bolt, which invested $100m", "Bolt committed $4bn to it, followed by another $2bn from
            # Tern": money put in is the raising company's, not the investor's
            recipient = self._funding_recipient(s0, a, {m.slug for m in cands if self._investor(m, s0)})
            cands = [m for m in cands if not self._investor(m, s0)]
            if not cands:
                return recipient
        if _is_money_attribute(attribute) and cands:
            # "rented servers from Cloudco at a cost of $99m", "bills to Cloudco of $7m": a supplier
            # or creditor is paid, it is not the one spending
            paying = [m for m in cands if not self._counterparty(m, s0)]
            if not paying and idx.main_org and not ANAPHOR.search(self.text, max(s0, a - 300), a):
                return self._promote(idx.main_org, idx.display(idx.main_org), True, attribute, a, s0, s1)
            cands = paying
        if len(cands) > 1 or cands and ANAPHOR.search(self.text, s0, cands[0].start):
            # "a model that challenges Bolt-5 and Clio, costing $5m", "unlike rivals such as Bolt":
            # what something is compared with is not its subject
            compared = [m for m in cands if _COMPARED_WITH.search(self.text, max(s0, m.start - 50), m.start)
                        and not _RELATIVE_AFTER.match(self.text, m.end, m.end + 40)
                        and not _ACTS_AFTER.match(self.text, m.end, m.end + 40)]
            if compared and len(compared) < len(cands):
                cands = [m for m in cands if m not in compared]
        if any(m.slug in self.sources() for m in cands):
            # a cited source is not the subject of the figures it reports
            topical = [m for m in cands if m.slug not in self.sources()]
            if not topical and not ANAPHOR.search(self.text, max(s0, a - 300), a) and idx.main_org:
                return self._promote(idx.main_org, idx.display(idx.main_org), True, attribute, a, s0, s1)
            cands = topical
        if app and cre.search(r"(?:^|\s)[A-Z][\w&-]*[a-z][\w&-]*$", self.text[s0:s0 + app.end("h")]) \
                and not ANAPHOR.search(self.text[max(s0, s0 + app.end("h") - 20):s0 + app.end("h")]):
            # "Bramble, the parent of Acme, is setting aside …": a name NER missed heads the
            # appositive, and the name inside it is not the one doing the verb
            inside = (s0 + app.end("h"), s0 + app.end())
            outside = [m for m in cands if not inside[0] <= m.start < inside[1]]
            if cands and not outside:
                return None  # whose figure it is stays unclear: better no claim than a wrong one
            cands = outside
        if cands and cre.match(r"[’']s\s+(?:predecessor|successor|forerunner|rival|competitor|parent|sibling)s?\b",
                              self.text[cands[-1].end:cands[-1].end + 30]):
            return None  # "Acme-2's predecessor launched …": not Acme-2
        anaphors = list(ANAPHOR.finditer(self.text, max(s0, a - 300), a))
        best_m = cands[-1] if cands else None
        best_a = anaphors[-1] if anaphors else None
        if best_a is not None and (best_m is None or best_a.start() > best_m.end):
            # the nearest pronoun that has an antecedent ("The model …, according to its
            # developers, was trained …": "its" has no company, "The model" has a model)
            for ana in reversed([x for x in anaphors if best_m is None or x.start() > best_m.end]):
                word = ana.group(0).split()[-1]
                ante = None
                if attribute in ("release_date", "training_cost", "gpu_count", "other") and word.lower() == "it":
                    here = [m for m in idx.between(s0, ana.start(), kinds=("model",)) if self._usable(m)
                            and not _in_leading_clause(self.text, s0, m.start, ana.start())]
                    ante = here[-1] if here else None  # "Acme says its X2 model …, and that it was released"
                ante = ante or self._antecedent(ana.start(), word)
                if ante is not None:
                    self.last_explicit = ante.start >= s0
                    return self._promote(ante.slug, ana.group(0), False, attribute, a, s0, s1)
        if best_m is not None:
            best_m = self._first_conjunct(best_m, cands)
            return self._promote(best_m.slug, best_m.text, False, attribute, a, s0, s1)
        # 4. nothing named: generic statements are not claims; otherwise the main subject
        if A.GENERIC_PLURAL.search(self.text[s0:s1]):
            return None
        # 3b. nothing before the figure, a name after it: "€45 million: the round Acme closed"
        after = [m for m in idx.between(b, min(s1, b + 60)) if self._usable(m)]
        if after and not ANAPHOR.search(self.text, s0, a) and not self._in_quote(a) \
                and not cre.search(r"\b(?:would|could|might|should|if)\b", self.text[s0:a], re.IGNORECASE) \
                and not cre.search(r"\b(?:than|like|unlike|versus|vs|said|says|and|but|while|from|by)\b|[,;\"“”]",
                                   self.text[b:after[0].start]):  # "$2bn from Vexa": Vexa gives it
            return self._promote(after[0].slug, after[0].text, False, attribute, a, s0, s1)
        # a fragment continuing the previous sentence of its paragraph ("The bill? Around $4m.")
        prev, ctx = self._previous_sentence(s0), self.text[s0:s1]
        if prev is not None and len(self.text[prev[0]:prev[1]].split()) <= 5 \
                and not idx.between(*prev, kinds=("org", "model", "person")):
            ctx = self.text[prev[0]:s1]  # a fragment before it: "The bill? Around $4m."
            prev = self._previous_sentence(prev[0])
        if prev is not None and not A.GENERIC_PLURAL.search(self.text[prev[0]:prev[1]]) \
                and not cre.search(r"\b(?:I|me|my|we|our|us)\b", ctx) and (attribute != "other" or _COST_NOUN.search(ctx)):
            cands = self._drop_makers([m for m in idx.between(*prev) if self._usable(m)])
            if cands:
                self.last_explicit = False
                return self._promote(cands[-1].slug, cands[-1].text, True, attribute, a, s0, s1)
        if idx.main_org is None:
            return None
        return self._promote(idx.main_org, idx.display(idx.main_org), True, attribute, a, s0, s1)

    def _venture(self, s0: int, a: int, b: int, s1: int) -> tuple[str, str, bool] | None:
        """A sum that a joint venture or initiative will spend: "a $500bn joint venture named
        Halo" (the venture named), "the new joint venture will deploy $100bn" (the article's one
        named venture), not the partners launching it."""
        after = _VENTURE_AFTER_SUM.match(self.text, b, s1)
        if after:
            named = [m for m in self.index.between(after.end(), min(s1, after.end() + 40)) if m.start <= after.end() + 1]
            if named and after.group(0).rstrip(" “\"'").endswith(("named", "called", "dubbed", "as")):
                return named[0].slug, named[0].text, False
        ventures = self.index.ventures
        if len(ventures) != 1:
            return None
        (slug,) = ventures
        if after:
            return slug, after.group(0).strip(), False
        refs = list(_VENTURE_REF.finditer(self.text, s0, a))
        if refs and not [m for m in self.index.between(refs[-1].end(), a) if self._usable(m) and m.slug != slug]:
            return slug, refs[-1].group(0), False
        return None

    def _investor(self, m: SubjectMention, s0: int) -> bool:
        """Whether ``m`` puts money in rather than raising it: the subject of an investing
        verb, or a name listed after 'led by', 'investors including', 'from'."""
        return bool(_INVESTOR_VERB_AFTER.match(self.text, m.end, m.end + 60)
                    or _INVESTOR_CUE_BEFORE.search(self.text, max(s0, m.start - 120), m.start))

    def _funding_recipient(self, s0: int, a: int, investors: set[str]) -> tuple[str, str, bool] | None:
        """Who raised money that investors put in: the company of the sentence's earlier
        funding figure ("… committed $4bn to it, followed by another $2bn from Tern"), else
        the story's main company when it is not one of the investors."""
        for c in reversed(self._stated):
            if c.start < s0:
                break  # (claims are stated in text order: only this sentence's are wanted)
            if c.start < a and c.attribute == "other" and c.subject and c.subject not in investors:
                return c.subject, c.subject_text or c.subject, False
        main = self.index.main_org
        if main and main not in investors:
            return main, self.index.display(main), False
        return None

    def _counterparty(self, m: SubjectMention, s0: int) -> bool:
        """Whether ``m`` is the other side of a deal in its sentence: 'rented … from X',
        'bills to X', 'debts to X', 'a contract with X'."""
        before = self.text[max(s0, m.start - 60):m.start]
        if cre.search(r"\b(?:pa(?:y|ys|id)|owe[sd]?|owing|billed|charged)\s+$", before, re.IGNORECASE):
            return True  # "paid Cloudco $5 million"
        if not _COUNTERPARTY_PREP.search(before):
            return False
        return bool(_DEAL_WORDS.search(self.text, s0, m.start))

    def _system_owner(self, m: SubjectMention, *, possessor: bool) -> str | None:
        """The organisation that possesses the system mention ``m`` ("Acme's Halcyon",
        "Acme’s AI facility and supercomputer, Halcyon") or, without ``possessor``, the
        one named before it in its sentence; the maker of its chips does not own it."""
        starts = self._sentence_starts()
        i = bisect.bisect_right(starts, m.start) - 1
        s0 = starts[i] if i >= 0 else max(0, m.start - 120)
        orgs = [o for o in self.index.between(max(s0, m.start - 120), m.start, kinds=("org",))
                if o.slug != m.slug and o.slug not in self.index.systems and self._usable(o)
                and o.slug not in self.chip_makers()]
        if possessor:
            orgs = [o for o in orgs if cre.match(r"[’']s?\b", self.text[o.end:o.end + 2])]
        else:  # "the lab collaborated with Acme and Bolt to develop Halcyon": partners build it, they do not own it
            orgs = [o for o in orgs if not cre.search(r"\b(?:with|and|by|from|including)\s+$", self.text[max(0, o.start - 15):o.start])]
        return orgs[-1].slug if orgs else None

    def _drop_makers(self, cands: list[SubjectMention]) -> list[SubjectMention]:
        """'the Acme-4 model from Maker', 'Acme-3 (Maker Labs):': the model, not its maker."""
        if len(cands) >= 2 and self.index.kinds.get(cands[-2].slug) == "model" and \
                cre.fullmatch(r"\s+(?:model\s+|system\s+)?(?:from|by)\s+|\s*\(", self.text[cands[-2].end:cands[-1].start]):
            return cands[:-1]
        return cands

    def _previous_sentence(self, s0: int) -> tuple[int, int] | None:
        """The sentence before the one starting at ``s0``, when both are in one paragraph."""
        spans = self._sentences()
        i = next((k for k, (a, _) in enumerate(spans) if a == s0), None)
        if not i:
            return None
        p0, p1 = spans[i - 1]
        return (p0, p1) if "\n" not in self.text[p1:s0] else None

    def _promote(self, slug: str, text: str, inferred: bool, attribute: str, a: int,
                 s0: int, s1: int) -> tuple[str, str, bool]:
        """An organisation's training cost / chip count / release is its model's, when the
        article names that model (and the sentence is not about several systems)."""
        if attribute not in ("training_cost", "gpu_count", "release_date") or self.index.kinds.get(slug) != "org":
            return slug, text, inferred
        models = self.index.models_of(slug)
        if not models:
            return slug, text, inferred
        if attribute == "release_date":
            window = cre.split(r"[,;—–]", self.text[a:s1])[0]
            if cre.match(r"\w+\s+(?:in|on|at|last|this|earlier|since)\b", window):
                return slug, text, inferred  # "Acme, which launched in 2022": the company itself
        else:
            window = cre.split(r"[,;—–]", self.text[s0:a])[-1]
        if cre.search(r"\b(?:systems|models|products|tools|chatbots|apps)\b", window):
            return slug, text, inferred
        before = [m for m in self.index.mentions if m.slug in models and m.end <= a]
        if not before and attribute == "release_date" and \
                [m for m in self.index.between(a, s1, kinds=("model",)) if m.slug in models]:
            return slug, text, inferred  # "Acme released a model on …, then Acme-3": not Acme-3's date
        chosen = before[-1].slug if before else models[0]
        return chosen, text, inferred

    # -- claimant and hedge ------------------------------------------------
    def _who_before(self, pos: int, s0: int) -> SubjectMention | None:
        # "The company, set up in 2022 by Jo Bloggs, says …": the head of the appositive speaks
        app = cre.search(r"(?P<head>\S)\s*,[^,]{1,90},\s*(?:(?:has|have|had|also|now|itself)\s+)*$", self.text[s0:pos])
        if app:
            h = s0 + app.end("head")
            heads = [m for m in self.index.between(s0, h, kinds=("org", "model", "person")) if m.end == h]
            if heads:
                return heads[-1]
            ana = [x for x in ANAPHOR.finditer(self.text, s0, h) if x.end() == h]
            if ana:
                return self._antecedent(ana[-1].start(), ana[-1].group(0).split()[-1])
        cands = self.index.between(s0, pos, kinds=("org", "model", "person"))
        for m in reversed(cands):
            gap = self.text[m.end:pos]
            if cre.fullmatch(r"(?:[’']s)?(?:\s*,[^,]{0,90},)?,?\s*(?:who\s+|which\s+)?(?:(?:has|have|had|also|previously|now|"
                            r"recently|itself|publicly|first)\s+)*", gap):
                return m
            if cre.fullmatch(r"\s*", gap):
                return m
        anas = [x for x in ANAPHOR.finditer(self.text, s0, pos)
                if cre.fullmatch(r"\s*(?:(?:has|have|had|also)\s+)*", self.text[x.end():pos])]
        if anas:
            return self._antecedent(anas[-1].start(), anas[-1].group(0).split()[-1])
        return None

    def claimant(self, s0: int, s1: int, a: int, subject: str) -> tuple[str | None, str | None]:
        """(claimant display name, verb class) for a figure at [a, b)."""
        # only the neighbourhood of the figure matters (and keeps run-on sentences linear)
        w0, w1 = max(s0, a - 300), min(s1, a + 200)
        sent = self.text[w0:w1]
        found: list[tuple[int, str, str]] = []
        for rx, cls in ((A.CLAIM_VERBS, "claim"), (A.ESTIMATE_VERBS, "estimate"), (A.REPORT_VERBS, "report")):
            for v in rx.finditer(sent):
                vpos = w0 + v.start()
                who = self._who_before(vpos, max(s0, vpos - 150))
                if who is None and v.group(0)[0].isupper() and v.group(0).lower().endswith("ing"):
                    # participial opener: "Claiming to have …, Acme has …" → main clause subject
                    after = [m for m in self.index.between(a, w1, kinds=("org", "person"))
                             if self._usable(m) or m.kind == "person"]
                    who = after[0] if after else None
                if who is None:
                    srcs = [m for m in self.index.between(w0, vpos, kinds=("org", "person"))
                            if A.SOURCE_NOUNS.search(self.text[max(s0, m.start - 30):m.start])]
                    who = srcs[-1] if srcs else None
                name = self.index.display(who.slug) if who is not None and who.slug else \
                    (who.text if who is not None else _proper_name_before(self.text[max(s0, vpos - 80):vpos]))
                if name:
                    found.append((abs(vpos - a), name, cls))
        for m in cre.finditer(r"\baccording\s+to\s+", sent, re.IGNORECASE):
            name = self._source_after(w0 + m.end(), s1)
            if name:
                found.append((abs(w0 + m.start() - a), name, "according"))
        for m in cre.finditer(r"\bits\s+claims?\b", sent, re.IGNORECASE):
            ante = self._antecedent(w0 + m.start(), "its")
            if ante:
                found.append((abs(w0 + m.start() - a), self.index.display(ante.slug), "claim"))
        if not found:
            return None, None
        _, name, cls = min(found, key=lambda x: x[0])
        return name, cls

    def _source_after(self, pos: int, s1: int) -> str | None:
        """Who 'according to' names at ``pos``: 'according to Acme', '… to analysts at Acme',
        '… to a report by research firm Acme', or a proper name NER did not tag."""
        lead = _SOURCE_LEAD.match(self.text, pos, s1)
        p = lead.end() if lead else pos
        here = [m for m in self.index.between(p, min(s1, p + 60), kinds=("org", "person")) if m.start == p]
        if here:
            return self.index.display(here[0].slug) if here[0].slug else here[0].text
        name = _PROPER_NAME.match(self.text, p, s1)
        return name.group(0) if name and name.group(0).split()[0] not in _NOT_NAMES else None

    def _same_family(self, name: str | None, subject: str) -> bool:
        if not name:
            return False
        idx = self.index
        slugs = {s for s in idx.kinds if idx.display(s) == name}
        fam = {subject, idx.parents.get(subject, subject)}
        return any(s in fam or idx.parents.get(s) in fam for s in slugs)

    # -- building ----------------------------------------------------------
    def build(self) -> list[Claim]:
        claims: list[Claim] = []
        chips_before: Figure | None = None
        for s0, s1 in self._sentences():
            sent = self.text[s0:s1]
            if A.CORRECTED_OUT.search(sent):
                continue  # what an earlier version of the article wrongly said
            figs = _figures(sent, self.published, replace(chips_before, start=0, end=0) if chips_before else None)
            chips_before = next((f for f in reversed(figs) if f.kind == "chips"), chips_before)
            if "\n" in self.text[s1:s1 + 3]:
                chips_before = None  # a paragraph's counts are what its own "such units" refer to
            for f in figs:
                if f.kind == "cost" and f.unit == "CNY" and "¥" in sent[f.start:f.end] and self._yen_context():
                    f.unit = "JPY"  # "¥" is also the yen sign: a Japanese story means yen
            previous: tuple[Figure, Claim | None] | None = None
            for f in figs:
                self._also_owned_by = []
                if previous is not None and _CONVERSION_GAP.fullmatch(sent[previous[0].end:f.start]) \
                        and f.kind == previous[0].kind == "cost":
                    # "€1 billion ($1.1 billion)": the same sum in another currency, with the same owner
                    claim = replace(previous[1], value=f.value, low=f.low, high=f.high, unit=f.unit,
                                    precision=f.precision, qualifier=f.qualifier, text=sent[f.start:f.end],
                                    start=s0 + f.start, end=s0 + f.end) if previous[1] is not None else None
                else:
                    claim = self._claim(f, s0, s1, sent, figs)
                previous = (f, claim)
                if claim is not None:
                    claims.append(claim)
                    self._stated.append(claim)
                    for slug, text in self._also_owned_by:
                        claims.append(replace(claim, subject=slug, subject_text=text))
        self._inherit(claims)
        self._inherit_chip_model(claims)
        for c in claims:
            c.claimant = self.canonical_claimant(c.claimant)
        return self._one_date_per_event(claims)

    def _claim(self, f: Figure, s0: int, s1: int, sent: str, figs: list[Figure] | None = None) -> Claim | None:
        a, b = s0 + f.start, s0 + f.end
        if cre.search(r"(?:,|\(|;|—)\s*(?:and\s+)?not\s+(?:the\s+)?$|\b(?:rather\s+than|instead\s+of)\s+(?:the\s+)?$", sent[:f.start]):
            return None  # "$6.3 million, not $63 million": the figure being corrected away
        if f.kind in ("cost", "chips") and (_GENERIC_BEFORE.search(sent[:f.start]) or _GENERIC_AFTER.match(sent[f.end:])):
            return None  # "systems that cost competitors $X", "the 100,000 chips some larger companies have"
        back_ref = None
        if f.kind == "cost" and _BACK_REF.search(sent[:f.start]) and _REF_NOUN.match(sent[f.end:]):
            # "that $6 million claim", "the $10 million figure": the figure stated before,
            # with its subject and attribute
            back_ref = next((c for c in reversed(self._stated) if c.value == f.value and c.unit == f.unit), None)
        if f.kind == "cost" and _PART_OF_THAT.search(sent[:f.start]):
            # "The bulk of that — $2 billion — will go into a fund": a share of the sum just stated, its owner's
            before = [span for span in self._sentences() if span[1] <= s0]  # across a paragraph break too
            back_ref = next((c for c in reversed(self._stated) if c.kind == "cost" and before
                             and before[-1][0] <= c.start < s0 and c.value > f.value), None)
        whose = cre.search(r"(?P<h>\S)\s*,?\s+whose\s+[^,;]*$", sent[:f.start])
        if whose and f.kind in ("cost", "chips"):
            h = s0 + whose.end("h")
            if not [m for m in self.index.between(s0, h + 1) if m.end >= h and self._usable(m)]:
                return None  # "the fund X, whose own assets exceed $40 billion": someone else's money
        if f.kind in ("cost", "chips") and _AUTHORITY.match(sent) and not [
                m for m in self.index.between(s0, a) if self._usable(m)]:
            return None  # "The ministry said it planned to invest …": a public body's figure
        if f.kind == "cost":
            if A.is_hypothetical(sent, f.start) or A.is_generic_owner(sent, f.end):
                return None
            attribute = A.cost_attribute(sent, f.start, f.end, self._places(s0, s1))
            res = self._round_recipient(b, s1) if attribute == "other" else None
            given = self._given_by_investor(s0, a, b, s1) if res is None else None
            if given is not None:
                attribute, res = "other", given
            held = self._stake_holder(b, s1) if res is None else None
            if held is not None:  # "Microsoft will invest $1.5 billion for a minority stake in G42": G42's funding
                attribute, res = "other", (held.slug, held.text, False)
                self.last_explicit = True
            deal = self._deal_price_owner(f, s0, a, s1, sent) if res is None and attribute == "other" else None
            if deal is not None:
                res = deal
                self.last_explicit = True
            if res is None:
                attribute, res = self._grammar_owner(f, a, b, attribute, s0, s1)
            res = res or self.resolve(s0, s1, a, b, attribute)
        elif f.kind == "chips":
            attribute = A.chips_attribute(sent, f.start, f.end)
            res = self._chips_recipient(b, s1)
            if res is not None:
                attribute = "gpu_holdings"
            else:
                attribute, res = self._grammar_owner(f, a, b, attribute, s0, s1)
            if res is None:
                res = self.resolve(s0, s1, a, b, attribute)
                if res is not None and res[0] in self.chip_makers():
                    return None  # the chips' maker, found by proximity, is a supplier, never their holder
                if res is not None and f.vendor and any(m.slug == res[0] for m in self.index.between(a, b)):
                    # "gives the AI company access to a million of Acme's chips": not Acme's own chips
                    others = [m for m in self.index.between(s0, a) if self._usable(m) and m.slug != res[0]]
                    res = (others[0].slug, others[0].text, False) if others else None
        else:
            found = A.date_attribute(sent, f.start, f.end)
            if found is None:
                return self._answer_date(f, s0, s1, sent)
            attribute, cue = found
            if A.DATELINE_BEFORE.match(sent[:f.start]) and A.DATELINE_AFTER.match(sent[f.end:]):
                return None  # the dateline dates the story, not an event
            if not (f.start >= cue and cre.fullmatch(r"\w+\s*(?:in|on|since|during|as\s+early\s+as)?\s*", sent[cue:f.start])):
                # "March 14 - Acme, founded in 2021, said on Thursday": the cue's own date follows it
                cue_word = cre.match(r"\w+", sent[cue:])
                cue_end = cue + (len(cue_word.group(0)) if cue_word else 0)
                if any(o.kind == "date" and o is not f and 0 <= o.start - cue_end <= 12
                       and cre.fullmatch(r"\s*(?:in|on|since|during|as\s+early\s+as)?\s*", sent[cue_end:o.start])
                       for o in figs or []):
                    return None
            if self._in_future(f.value) or cre.search(
                    r"\b(?:plans?|planned|planning|expects?|expected|aims?|intends?|hopes?|wants?|wanted|wishes|wished|is\s+set|are\s+set|is\s+due|are\s+due)\s+to\s+"
                    r"(?:\w+\s+)?$|\b(?:will|would|could|might|may)\s+(?:\w+\s+)?$", sent[max(0, cue - 40):cue], re.IGNORECASE):
                return None  # a plan ("will open in 2027", "plans to release … in June"), not a dated event
            doc_m = cre.search(r"\b(?:report|paper|study|statement|survey|filing|document|white\s+paper|letter|ruling)\b(?P<rest>[^,;]{0,60})$",
                            sent[:cue])
            if attribute in ("release_date", "publication_date") and doc_m and \
                    not [m for m in self.index.between(s0 + doc_m.start("rest"), s0 + cue) if self._usable(m)] and \
                    not ANAPHOR.search(sent, doc_m.start("rest"), cue) and \
                    not cre.search(r"\b(?:describing|on|about|of|for)\s+[A-Z]", sent[doc_m.start():cue]):
                return None  # "a report by the ministry released on Friday": a document's date, no subject's
            if dates_other_event(self.doc, a, b, s0 + cue):
                return None  # the date belongs to another verb's event ("took effect in October")
            date_roles = read_roles(self.doc, a, b, "date")
            if _founds_a_thing(date_roles, self.text, self.index, s0, s1):
                return None  # "a credit facility established in August": a thing's start, no subject's
            attribute, res = self._grammar_owner(f, a, b, attribute, s0, s1, date_roles)
            res = res or self.resolve(s0, s1, s0 + cue, s0 + cue, attribute)
        if back_ref is not None and back_ref.subject:
            attribute = back_ref.attribute
            res = (back_ref.subject, back_ref.subject_text or back_ref.subject, back_ref.subject_inferred)
        if res is None:
            return None
        subject, subject_text, inferred = res
        if f.kind == "date" and attribute == "release_date" and self.index.kinds.get(subject) == "org":
            # "Gravel-2 (Stonebrook): trained on …; Stonebrook has not said. Released March 18.": what is
            # released is the model its paragraph is about, not the company named last
            para = self.text.rfind("\n", 0, a) + 1
            its_models = [m for m in self.index.between(para, a, kinds=("model",))
                          if self._usable(m) and self.index.parents.get(m.slug) in (subject, None)]
            if its_models and not [m for m in self.index.between(s0, a, kinds=("model",)) if m.slug != its_models[-1].slug] \
                    and not cre.search(r"\b(?:models|systems|products|chatbots|tools|versions)\b", sent):
                subject, subject_text = its_models[-1].slug, its_models[-1].text
        if f.kind == "chips" and attribute == "other" and self.index.kinds.get(subject) == "model":
            attribute = "gpu_count"  # the chips a model is credited with are the ones it was trained on
        if f.kind == "date" and inferred and [m for m in self.index.between(s0, s1) if self._usable(m)]:
            return None  # the sentence names others; whose event this is stays unclear
        if attribute == "publication_date" and self.index.kinds.get(subject) == "org":
            own_models = [m for m in self.index.between(s0, s1, kinds=("model",)) if self.index.parents.get(m.slug) == subject]
            if own_models:
                subject = own_models[0].slug  # "a paper the company published on …" about its model
        if attribute in ("gpu_holdings", "total_spend", "founding_date") and self.index.kinds.get(subject) == "model" \
                and self.index.parents.get(subject):
            subject = self.index.parents[subject]  # a model holds no chips and spends nothing: its maker does
        if f.kind == "cost" and subject in self.index.states:
            if attribute == "training_cost" or (attribute == "other" and not _NOT_SPENT_BY_STATE.search(sent)
                                                and not _UNIT_PRICE.search(sent, max(0, f.start - 30), f.end + 30)):
                # a government's budget, fund or contribution is money it spends (on training too: it runs none)
                attribute = "total_spend"
            dollar = self.index.states[subject]
            if dollar and f.unit == "USD" and sent[f.start:f.start + 1] == "$" and not cre.search(r"U\.?S\.?\s*$", sent[:f.start]):
                f = replace(f, unit=dollar)  # "$2.4 billion" in Ottawa's budget is Canadian dollars
        if f.kind == "cost" and attribute == "other" and _REFERS_BACK.search(sent[:f.start]):
            ref = self._referred(s0, f)  # "the company has since clarified that the figure was $12 million"
            if ref is not None:
                attribute, (subject, subject_text, inferred) = ref
                self.last_explicit = True
        if f.kind == "cost" and attribute == "other" and self.index.kinds.get(subject) == "model" \
                and not _PRICE_PER.match(sent[f.end:]) and not (f.value < 1000 and not f.qualifier) \
                and not cre.search(r"\b(?:I|me|my)\b", sent):
            attribute = "training_cost"  # what a model costs is what it cost to make
        if attribute == "other" and (inferred or not self.last_explicit) and not (
                f.kind == "cost" and A.FUNDING_CUES.search(sent) and not inferred
                or f.kind == "cost" and subject == self.index.main_org and _FUNDRAISING.search(sent)):
            return None  # whose money this is stays unclear (but a round in a story about one company is its)
        if f.kind in ("chips", "date") and A.QUESTION.match(sent):
            return None  # "Did Acme really use 2,000 GPUs?": asked, not stated
        if f.kind == "cost" and attribute == "total_spend" and (
                (A._nearest(sent, f.start, f.end, A.STOCK_MOVE) or 99.0) <= 30 or A._nearest(sent, f.start, f.end, A.VALUATION) == 0):
            return None  # a market move or valuation that happens to sit near a spending cue
        if f.kind == "cost" and attribute == "other":
            v = A._nearest(sent, f.start, f.end, A.VALUATION)
            o = A._nearest(sent, f.start, f.end, A.FUNDING_CUES)
            if v is not None and (o is None or v <= o) and not _DEAL_WORTH.search(sent[:f.start]) \
                    and not _DEAL_VALUE_BEFORE.search(sent[:f.start]) and not _ROUND_AFTER.match(sent[f.end:]):
                return None  # a valuation or market value
        if f.kind == "cost" and attribute == "other" and (
                _PRICE_PER.match(sent[f.end:]) or A.STOCK_MOVE.search(sent)
                or cre.search(r"\b(?:could|would|might|may)\s+(?:\w+\s+){0,4}$", sent[max(0, f.start - 50):f.start])
                or isinstance(f.value, (int, float)) and f.value < 1000):
            return None  # unit prices, share prices, small sums: not claims about a subject
        if inferred and A.MODAL_COST.search(sent):
            return None
        if inferred and f.kind == "cost" and f.qualifier and cre.search(r"\b(?:tens|hundreds)\s+of\b|^(?:in\s+the|several|a\s+few)$|\s(?:in\s+the|several|a\s+few)$",
                                                                     f.qualifier):
            return None  # "a run of a few million dollars tells you little": vague and about no one named
        if f.kind in ("cost", "chips") and A.MARKET_LEVEL.search(sent[:f.start]):
            return None
        if f.kind == "chips" and A.held_by_no_one(sent, f.start, f.end):
            return None  # a supplier's output or a product's limit, not anyone's chips
        if not self._in_quote(a) and (cre.match(r"\s*(?:Subscribe|Join|Sign\s+up|Register|Download|Click|Follow)\b", sent)
                                      or attribute == "other" and cre.search(r"\b(?:[Oo]ur|[Uu]s)\b", sent)):  # not "US$"
            return None
        claimant, cls = self.claimant(s0, s1, a, subject)
        hedge = A.frame_hedge(sent, f.start, f.end)
        if A.AN_ESTIMATED.search(sent[max(0, f.start - 30):f.end]):
            claimant, cls = None, None
        if cls is not None:
            own = self._same_family(claimant, subject)
            if own and cls in ("claim", "according", "estimate"):
                hedge = "claimed"
            elif cls == "estimate":
                hedge = "estimated"
            elif hedge == "asserted":
                hedge = "reported"
        if claimant is None:
            speaker = self._speaker_at(a)
            if speaker is not None:
                # a figure inside a quotation is the speaker's claim; the speaker
                # speaks for the subject when their description names it
                name, desc = speaker
                claimant = name
                forms = {self.index.display(subject).lower(), self.index.display(
                    self.index.parents.get(subject, subject)).lower()}
                own = bool(desc) and any(f and f in (desc or "").lower() for f in forms)
                hedge = "claimed" if own else ("reported" if hedge == "asserted" else hedge)
        return Claim(
            kind=f.kind, attribute=attribute, value=f.value, subject=subject, subject_text=subject_text,
            subject_inferred=inferred, low=f.low, high=f.high, unit=f.unit, item=f.item,
            precision=f.precision, qualifier=f.qualifier, hedge=hedge, claimant=claimant,
            text=self.text[a:b], sentence=sent, start=a, end=b,
        )

    def _grammar_owner(self, f: Figure, a: int, b: int, attribute: str, s0: int, s1: int,
                       roles: Roles | None = None) -> tuple[str, tuple[str, str, bool] | None]:
        """The attribute and the owner the sentence's grammar gives the figure, if it names one.

        Money invested in a named company is that company's funding ("other"),
        chips shipped or allocated to it are its holdings; a release date goes to
        what was released. See :mod:`claimcheck.extraction.roles`.
        """
        roles = roles or read_roles(self.doc, a, b, f.kind)
        owners = [m for x, y in roles.owners if "\n" not in self.text[min(x, a):max(y, b)]
                  and (m := self._owner_at(x, y, s0, s1, f.kind, attribute, roles))]  # a heading above is no owner
        if f.kind == "cost" and roles.received and roles.owners and all(m.slug in self.index.systems for m in owners):
            spender = self._spent_on_a_thing(roles, s0, s1)
            if spender is not None:  # "Acme invested $250m in Vietnam", "a $500m Acme investment in a supercomputer"
                self.last_explicit = True
                return "total_spend", (spender.slug, spender.text, False)
        if f.kind == "cost" and roles.spent and attribute in ("other", "total_spend") \
                and not A.FUNDING_CUES.search(self.text, s0, s1) \
                and not _FUNDRAISING.search(self.text, s0, s1):
            # "Acme will invest $3bn to expand its cloud": money put out that no one receives is the giver's
            # spending, when the giver is a company and the sentence names no other
            givers = [m for gx, gy in roles.not_owners for m in _overlapping(self.index, gx, gy, s0, s1)
                      if self.index.kinds.get(m.slug) == "org" and self._usable(m)]
            named = {m.slug for m in self.index.between(s0, s1) if self._usable(m)}
            if not givers:  # "Hussain Sajwani, CEO of DAMAC, will invest $20 billion": the company he heads
                heads = [(p, e) for gx, gy in roles.not_owners for p in self.index.between(gx, gy, kinds=("person",))
                         if (e := self._employer(p, s0, s1)) is not None]
                if heads:  # whoever announced it before the person does not count ("Trump said that X, CEO of …")
                    person, employer = heads[0]
                    givers = [employer]
                    named = {m.slug for m in self.index.between(person.start, s1) if self._usable(m)} | {employer.slug}
            if givers and named == {givers[0].slug}:
                self.last_explicit = True
                return "total_spend", (givers[0].slug, givers[0].text, False)
        if roles.distributive and len({m.slug for m in owners}) > 1:
            self._also_owned_by = list(dict.fromkeys((m.slug, m.text) for m in owners[1:] if m.slug != owners[0].slug))
        for m in owners[:1]:
            if roles.received:
                attribute = "other" if f.kind == "cost" else "gpu_holdings"
            elif f.kind == "chips" and attribute == "other":
                attribute = "gpu_holdings"
            self.last_explicit = True
            if f.kind == "date" and self.index.kinds.get(m.slug) == "org" and attribute == "release_date" and not roles.named:
                if roles.passive and roles.begun:
                    return "founding_date", (m.slug, m.text, False)  # "Acme was launched in May": Acme began
                return attribute, None  # a company "released" is a founding or a listing: leave it to the cues
            return attribute, self._promote(m.slug, m.text, False, attribute, a, s0, s1)
        return attribute, None

    def _employer(self, person: SubjectMention, s0: int, s1: int) -> SubjectMention | None:
        """The company a person is introduced as heading: "X, CEO of Acme", "Acme founder X"."""
        after = _HEADS_AFTER.match(self.text, person.end, s1)
        if after is not None:
            return self._named_at(after.end(), s1)
        before = [m for m in self.index.between(s0, person.start) if self._usable(m)
                  and _HEADS_BEFORE.fullmatch(self.text[m.end:person.start])]
        return before[-1] if before else None

    def _spent_on_a_thing(self, roles: Roles, s0: int, s1: int) -> SubjectMention | None:
        """The giver of money put into something that is no company (a country, a machine, "AI
        infrastructure"): the giver is spending it. None when the recipient may be a company."""
        for x, y in roles.owners:
            span = token_span(self.doc, x, y)
            named = _overlapping(self.index, x, y, s0, s1)
            if span is None or any(m.slug not in self.index.systems for m in named):
                return None
            if not named and (span[-1].lower_ in _DESCRIPTION_NOUNS or not all(
                    t.ent_type_ in {"GPE", "LOC", "NORP"} or t.pos_ in {"NOUN", "ADJ", "DET"} for t in span)):
                return None
        givers = [m for gx, gy in roles.not_owners for m in _overlapping(self.index, gx, gy, s0, s1)
                  if self.index.kinds.get(m.slug) == "org" and self._usable(m)]
        for gx, gy in roles.not_owners if not givers else []:
            # "the company's planned $15bn investment in technology", "its investment in Vietnam"
            word = cre.sub(r"[’']s$", "", self.text[gx:gy].split()[-1].lower()) if self.text[gx:gy].split() else ""
            if word in _DESCRIPTION_NOUNS - {"venture"} or word in {"it", "its"}:  # a venture: see ``_venture``
                ante = self._antecedent(gx, "it" if word in {"it", "its"} else "company")
                if ante is not None and self.index.kinds.get(ante.slug) == "org":
                    givers.append(ante)
        return givers[-1] if givers else None

    def _owner_at(self, x: int, y: int, s0: int, s1: int, kind: str, attribute: str,
                  roles: Roles) -> SubjectMention | None:
        """The subject the grammar's owner span [x, y) names: a mention, a name discovery
        missed, or for "it" / "the startup" the story's main company (unless it is the giver)."""
        named = [m for m in _overlapping(self.index, x, y, s0, s1) if self._usable(m)]
        if named:
            return named[-1]
        adopted = self._adopt(x, y, kind, attribute)
        if adopted is not None:
            return adopted
        head = self.text[x:y].split()[-1].lower() if self.text[x:y].split() else ""
        if head in {"it", "them", "they"} or head in _DESCRIPTION_NOUNS and cre.search(
                r"\b(?:the|this|that)\s+(?:[\w-]+\s+){0,4}$", self.text[max(s0, x - 60):x]):
            givers = {m.slug for gx, gy in roles.not_owners for m in _overlapping(self.index, gx, gy, s0, s1)}
            ante = self._antecedent(x, "it" if head in {"it", "them", "they"} else "company")
            if ante is not None and ante.slug not in givers:
                return SubjectMention(x, y, self.text[x:y], ante.slug, ante.kind)
            main = self.index.main_org
            if main and main not in givers:
                return SubjectMention(x, y, self.text[x:y], main, "org")
        return None

    def _adopt(self, x: int, y: int, kind: str, attribute: str) -> SubjectMention | None:
        """A proper name the grammar makes an owner, though discovery missed it.

        "Acme released Lumen 3.5 in June" makes Lumen 3.5 a product and "Tern
        has raised $6bn" makes Tern a company, whatever NER thought of them.
        People, places, outlets and words that are never subjects stay out.
        """
        span = token_span(self.doc, x, y)
        if span is None or not span[0].text[:1].isupper() or cre.search(r"[\n;:]", self.text[x:y]):
            return None
        if any(t.pos_ != "PROPN" and not (t.like_num and t.i > span[0].i)
               and not (t.text[:1].isupper() and not t.is_sent_start) for t in span):
            return None
        if any(t.ent_type_ in {"PERSON", "GPE", "LOC", "NORP", "FAC", "DATE", "MONEY"} for t in span):
            return None
        name = clean_name(self.text[x:y])
        if cre.search(rf"\b{CHIP_MODEL}s?\b|\b(?:GPUs?|chips?|accelerators?)$", name):
            return None  # "another 8,000 B200 Acme GPUs": the chips, not who gets them
        if not name or load_registry().is_excluded(name) or self.index.kinds.get(slugify(name)) == "person" \
                or any(kind == "person" and slug.endswith("-" + slugify(name)) for slug, kind in self.index.kinds.items()):
            return None  # a person, or a person's surname ("Doe noted the $500 million …")
        if cre.match(r"\s*:", self.text[y:y + 3]) or all(
                not cre.search(r"[A-Z].*[A-Z]|\d", w) and cre.search(rf"(?<![\w-]){re.escape(w.lower())}(?![\w-])", self.text)
                for w in name.split()):
            return None  # a label ("Chip deal: …") or a common word capitalised ("The Company", "Down Under")
        if GENERIC_ADJECTIVE.fullmatch(name) and name[0].isupper():
            return None  # the first word of "National AI Program", cut off by the parse
        lead = cre.search(r"(?<![\w-])[a-z]{1,2}-$", self.text[max(0, x - 3):x])
        if lead:  # "d-Matrix": the parse splits off a lower-case prefix that belongs to the name
            x, name = x - len(lead.group(0)), lead.group(0) + name
        made = kind == "date" and attribute in ("release_date", "publication_date")
        slug = slugify(name)
        _add(self.index, slug, "model" if made else "org", name)
        return SubjectMention(x, y, self.text[x:y], slug, "model" if made else "org")

    def _places(self, s0: int, s1: int) -> frozenset[str]:
        """The places NER names in the sentence at [s0, s1), lower-cased ("ohio", "new zealand")."""
        return frozenset(e.text.lower() for e in self.doc.ents if e.label_ in ("GPE", "LOC") and s0 <= e.start_char < s1
                         and not [m for m in self.index.between(e.start_char, e.end_char) if m.kind == "org"
                                  and m.slug not in self.index.states])  # "OpenAI" tagged GPE is still a company

    def _referred(self, s0: int, f: Figure) -> tuple[str, tuple[str, str, bool]] | None:
        """The attribute and subject of the money figure of the previous sentence."""
        prev = self._previous_line_sentence(s0)
        if prev is None:
            return None
        p = self.text[prev[0]:prev[1]]
        found = find_money(p)
        if not found:
            return None
        m = found[0]
        attribute = A.cost_attribute(p, m.start, m.end)
        res = self.resolve(prev[0], prev[1], prev[0] + m.start, prev[0] + m.end, attribute)
        if res is None or attribute == "other":
            return None
        return attribute, res

    def _answer_date(self, f: Figure, s0: int, s1: int, sent: str) -> Claim | None:
        """'When was Acme founded?' / 'In 2019, by three engineers.': the answer's date
        dates the question's event, for the question's subject."""
        if f.start > 4 or not cre.match(r"\s*(?:[A-Z]\w*\s+)?(?:in|on|since)?\s*$", sent[:f.start], re.IGNORECASE):
            return None
        prev = self._previous_sentence(s0) or self._previous_line_sentence(s0)
        if prev is None:
            return None
        q = self.text[prev[0]:prev[1]]
        if not q.rstrip().endswith("?") or not cre.match(r"\s*(?:Q:\s*)?(?:When|What\s+(?:year|date|day|month))\b", q):
            return None
        found = A.date_attribute(q, len(q), len(q), window=200)
        if found is None:
            return None
        attribute, cue = found
        res = self.resolve(prev[0], prev[1], prev[0] + cue, prev[0] + cue, attribute)
        if res is None or self._in_future(f.value):
            return None
        subject, subject_text, inferred = res
        a, b = s0 + f.start, s0 + f.end
        return Claim(kind="date", attribute=attribute, value=f.value, subject=subject, subject_text=subject_text,
                     subject_inferred=inferred, low=f.low, high=f.high, precision=f.precision,
                     text=self.text[a:b], sentence=sent, start=a, end=b)

    def _previous_line_sentence(self, s0: int) -> tuple[int, int] | None:
        spans = self._sentences()
        i = next((k for k, (a, _) in enumerate(spans) if a == s0), None)
        return spans[i - 1] if i else None

    def _yen_context(self) -> bool:
        if not hasattr(self, "_yen"):
            t = self.text
            jp = len(cre.findall(r"\b(?:yen|Japan|Japanese|Tokyo|Osaka|Kyoto|Nikkei)\b", t))
            cn = len(cre.findall(r"\b(?:yuan|renminbi|RMB|China|Chinese|Beijing|Shanghai|Shenzhen|Hangzhou)\b", t))
            self._yen = jp > cn
        return self._yen

    def _in_future(self, value: str) -> bool:
        """A date after the article's publication date (compared at the date's precision)."""
        if not self.published or not value or value.startswith("--"):
            return False
        pub = self.published[:len(value)]
        return len(pub) == len(value) and value > pub

    def canonical_claimant(self, name: str | None) -> str | None:
        """A claimant that names a subject goes by that subject's canonical name:
        possessives stripped ("Acme’s" → "Acme"), case variants unified ("ACME")."""
        if not name:
            return name
        n = cre.sub(r"[’']s?$", "", " ".join(name.split())).strip(" ,.;:")
        low = n.lower()
        for slug, forms in self.index.names.items():
            if self.index.kinds.get(slug) not in ("org", "model", "person"):
                continue
            if any(f.lower() == low for f in forms) or slug == low:
                return self._best_cased(slug)
        return n

    def _best_cased(self, slug: str) -> str:
        """The subject's display name, in its usual casing (not a shouted or lower-case variant)."""
        forms: Counter[str] = self.index.names.get(slug) or Counter()
        base = self.index.display(slug)
        variants = [f for f in forms if f.lower() == base.lower()]
        if len(variants) <= 1:
            return base

        def score(f: str) -> tuple[int, int, int]:
            shouted = f.isupper() and len(f) > 3
            return (0 if shouted else 1, forms[f], sum(ch.isupper() for ch in f))
        return max(variants, key=score)

    def _inherit_chip_model(self, claims: list[Claim]) -> None:
        """A chip count repeated later without its chip model ("the 1,536 chips") keeps the
        model (and the subject, when the later one was only inferred) of its first statement."""
        for c in claims:
            if c.kind != "chips" or c.item is not None:
                continue
            earlier = [o for o in claims if o.kind == "chips" and o.start < c.start and o.value == c.value and o.item]
            if earlier:
                ref = earlier[0]
                c.item = ref.item
                if c.subject_inferred or self.index.parents.get(ref.subject or "") == c.subject:
                    c.subject, c.subject_inferred = ref.subject, False
                    if c.attribute == "other":
                        c.attribute = ref.attribute

    def _speaker_at(self, pos: int) -> tuple[str, str | None] | None:
        for (a, b), (name, desc) in zip(self.quote_spans, self.quote_speakers):
            if a <= pos < b and name:
                return name, desc
        return None

    def _in_quote(self, pos: int) -> bool:
        return any(a <= pos < b for a, b in self.quote_spans)

    @staticmethod
    def _one_date_per_event(claims: list[Claim]) -> list[Claim]:
        """Several dates attached to one event cue: keep the most precise."""
        rank = {"day": 0, "month": 1, "year": 2}
        best: dict[tuple[str, str, str | None], Claim] = {}
        for c in claims:
            if c.kind != "date":
                continue
            key = (c.sentence, c.attribute, c.subject)
            if key not in best or rank.get(c.precision or "", 3) < rank.get(best[key].precision or "", 3):
                best[key] = c
        keep = {id(c) for c in best.values()}
        return [c for c in claims if c.kind != "date" or id(c) in keep]

    def _inherit(self, claims: list[Claim]) -> None:
        """Fill 'other' attributes from context: a figure compared with another in the
        same sentence measures the same thing; a figure repeated later in the article
        ("the $412,000 figure") refers back to its first statement."""
        for c in claims:
            if c.attribute != "other" or c.kind != "cost":
                continue
            pos = c.sentence.find(c.text)
            if pos >= 0 and ((A._nearest(c.sentence, pos, pos + len(c.text), A.FUNDING_CUES, after_weight=3.0) or 99.0) <= 50
                             or A.invested_where(c.sentence, pos, pos + len(c.text)) == "company"):
                continue  # "annual revenue is well more than the $13 billion estimate", "a $13 billion investment in Acme"
            same = [o for o in claims if o is not c and o.sentence == c.sentence and o.kind == c.kind and o.attribute != "other"]
            if same and A.COMPARISON.search(c.sentence):
                c.attribute = same[0].attribute
                continue
            earlier = [o for o in claims if o.start < c.start and o.kind == c.kind and o.value == c.value
                       and o.unit == c.unit and o.attribute != "other"]
            if earlier:
                ref = earlier[0]
                c.attribute = ref.attribute
                if self.index.parents.get(ref.subject or "") == c.subject or c.subject_inferred:
                    c.subject, c.subject_inferred = ref.subject, False
