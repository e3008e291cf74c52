"""Attributes and hedges: what a figure measures and how firmly it is stated.

Part of the extract stage. Pure functions over a sentence string and the
figure's offsets in it. Attribute rules look for cue phrases and take the one
nearest the figure ("trained … for $X" → ``training_cost``, "capex",
"invested in chips" → ``total_spend``, "used 512 chips" → ``gpu_count``,
"stockpiled" → ``gpu_holdings``, "founded in" → ``founding_date``). Hedge
rules classify the sentence's reporting frame (``claimed`` / ``estimated`` /
``reported`` / ``speculative`` / ``asserted``); the claims builder decides
claimed-vs-reported once it knows who the claimant is.
"""

from __future__ import annotations

import re

from claimcheck.extraction import cre

TRAINING_CUES = re.compile(
    r"\bto\s+train\b|\btrain(?:ed|s|ing)?\b|\b(?:final|training|pre-?training)\s+run\b|\b(?:the|this|that|one|a\s+single)\s+run\b|\btraining\s+(?:run|costs?|bill|budget|expenses?|compute)\b|"
    r"\bcosts?\s+(?:of|for)\s+(?:[\w’'-]+\s+){0,4}?training\b|\b(?:model|final)\s+training\b|"
    r"\bworth\s+of\s+comput\w*|\bcosts?\s+of\s+(?:developing|building|creating)\b|\bcompute\s+costs?\b|"
    r"\bto\s+(?:develop|build|create)\b(?!\s+(?:\S+\s+){0,4}?(?:data\s+cent|infrastructure|facilit|plants?\b|factor|"
    r"campus|clusters?\b|super-?computers?|fabs?\b|sites?\b|out\b|up\b|capacity|networks?\b|servers?\b|hubs?\b|ecosystems?\b|industr|sectors?\b|economy|talent|workforce|skills))|"
    r"\b(?:spen[dt]|spends|spending|paid|pays|pay)\s+(?:[^.;:—]|\.(?=\d)){0,80}?\bto\s+(?:train|develop|build|create)\b(?!\s+(?:\S+\s+){0,4}?"
    r"(?:data\s+cent|infrastructure|facilit|plants?\b|factor|campus|clusters?\b|super-?computers?|fabs?\b|sites?\b|out\b|up\b|"
    r"capacity|networks?\b|servers?\b|hubs?\b|ecosystems?\b|industr|sectors?\b|economy|talent|workforce|skills))|"
    r"\b(?:spen[dt]|spends|spending)\s+(?:\S+\s+){0,5}?on\s+(?:[\w-]+\s+){0,2}?(?:experiments|training\s+runs?)\b|"
    r"\b(?:creation|technical|build(?:ing)?)\s+costs?\b|\bcosts?\s+(?:\S+\s+){0,3}?for\s+compute\b|"
    r"\b(?:built|developed|trained|made|created)\s+(?:[\w’'-]+\s+){0,5}?(?:model|system|chatbot|LLM)s?\s+(?:for|at|with)\b|"
    r"\b(?:used|using|required|requiring|needed|needing)\s+(?:only\s+|just\s+|about\s+|around\s+|some\s+)?\d[\d,.]*\s*[kK]?\s+"
    r"(?:[\w-]+\s+){0,2}?(?:GPUs?|chips|accelerators|[AH]\d{2,3}s?)\b|"
    r"\bdeveloped\s+(?:with|for|at)\b|\bcost\s+(?:just\s+|only\s+)?\S+\s+to\s+(?:train|develop|build)\b|"
    r"\btrain(?:ed|ing)?\s+(?:\w+\s+){0,4}(?:at|for)\s+a\s+cost\b|"
    r"\b(?:spen[dt]|spending|cost)\s+(?:\S+\s+){0,5}?(?:building|developing|creating|making)\s+(?:its\s+|their\s+|the\s+)?[A-Z]"
    r"(?!\S*\s+(?:[\w-]+\s+){0,4}?(?:data\s+cent|datacent|campus|facilit|super-?computer|clusters?\b|fabs?\b|plants?\b))|"
    r"\bdevelopment\s+(?:cost|costs|bill|budget)\b|\bits\s+development\s+cost\b|"
    # compute priced at rental rates is how a run's cost is reckoned: "priced at typical rental rates for H800s, … $300,000"
    # (not "a rental rate of $2 per GPU-hour": that rate is a price, and what it works out to an estimate)
    r"\brental\s+(?:rates?|prices?|costs?|bill)\b(?!\s+(?:of\s+)?(?:[a-z]+\s+)?(?:US)?[$€£¥]?\d[\d.,]{0,12}\s*(?:per|an?|/)\s*"
    r"(?:GPU|chip|card|accelerator|hour))",
    re.IGNORECASE,
)
SPEND_CUES = re.compile(
    r"\bcapex\b|\bcapital\s+(?:expenditures?|spending)\b|"
    # money set aside for building: "pledged $1 billion to increase its capacity"
    r"\b(?:pledg(?:e|es|ed|ing)|commit(?:s|ted|ting)?|earmark(?:s|ed|ing)?|allocat(?:e|es|ed|ing)|set\s+aside)\s+(?:\S+\s+){0,5}?"
    r"(?:to|for)\s+(?:build|expand|increase|develop|construct|boost|upgrade|the\s+construction|the\s+expansion)\b|"
    # things bought, not a company: "purchasing the facilities and part of the land for ¥100bn"
    r"\b(?:buy(?:s|ing)?|bought|purchas(?:e|es|ed|ing))\s+(?!(?:me|us|you|him|her|them|it)\b)"
    r"(?!(?:the|a|an|its|their)\s+(?:\w+\s+)?(?:startup|start-up|company|firm|lab|business|stake|shares|rival|unit|division)\b)"
    r"(?:(?:the|a|an|its|their|part|of|and)\s+|(?-i:[a-z])[\w-]*\s+){1,8}?for\s+(?=\S)|"
    r"\b(?:spen[dt]|spends|spending|invest(?:ed|s|ing|ments?)?|pour(?:ed|ing)?|poured)\s+(?:\S+\s+){0,5}?"
    r"(?:on|in|into)\s+(?:\w+\s+){0,2}?(?:chips|GPUs|hardware|infrastructure|data\s+cent(?:er|re)s?|servers|clusters|"
    r"compute|computing\s+power|semiconductors|build-?outs?|technology|capacity|R&D|"
    r"(?:AI|artificial\s+intelligence)(?!\s+(?:start-?ups?|companies|company|firms?|labs?|developers?)\b))\b|"
    r"\b(?:pa(?:y|id|ying|ys)|spen[dt]|spending)\s+(?:\S+\s+){0,3}?(?:on|for)\s+(?:\w+\s+){0,2}?(?:compute|computing|cloud|servers|hardware)\b|"
    r"\b(?:total|overall|annual|yearly)\s+(?:spending|spend|investment|outlay)\b|"
    r"\b(?:server|hardware|GPU|chip|infrastructure|capital)\s+(?:investments?|purchases?|spend(?:ing)?|outlays?)\b|"
    r"\boperating\s+(?:costs?|expenses?|budgets?)\b|\bopex\b|\brunning\s+costs\b|\bwages\b|\bexpenditures?\b|"
    r"\bR&D\b|\bresearch\s+and\s+development\b|"
    r"\b(?:chips|GPUs|processors|accelerators|servers|hardware|H\d{2,3}s?|super-?computers?|clusters?|machines?|"
    r"data\s+cent(?:er|re)s?)\s+worth\b|"
    r"\bto\s+(?:buy|purchase|access|acquire|rent|lease)\s+(?:\S+\s+){0,3}?(?:chips|GPUs|servers|compute|hardware|capacity)\b|"
    r"\bbuy(?:ing)?\s+(?:\w+\s+){0,3}(?:chips|GPUs)\b|\bhardware\s+(?:spend|spending|costs?|bill)\b|"
    r"\bdata\s+cent(?:er|re)s?\b|\binfrastructure\b|\b(?:of|in)\s+hardware\b|"
    # building a place that computes: "plans to build a $200 million AI factory"
    r"\b(?:build|builds|building|built|construct\w*)\s+(?:\S+\s+){0,7}?(?:factor(?:y|ies)|campus(?:es)?|clusters?|"
    r"super-?computers?|facilit(?:y|ies)|fabs?)\b",
    re.IGNORECASE,
)
MODEL_PRICE = re.compile(r"^\s*(?:\w+\s+)?(?:AI\s+)?(?:language\s+)?model\b", re.IGNORECASE)

STRONG_HOLDING = re.compile(r"\b(?:own(?:s|ed)?|stockpil\w*|amass\w*|acquir\w*|bought|purchas\w*|access\s+to|control(?:s|led)?)\b",
                            re.IGNORECASE)
MARKET_LEVEL = re.compile(
    r"\b(?:global|worldwide|industry-wide|industry|market|sector)\s+(?:[\w-]+\s+){0,3}?(?:spending|revenue|sales|size|investment)\b|"
    # several companies' figures added together: "a combined capital expenditure of $246 billion"
    r"\b(?:combined|collective|aggregate)\s+(?:[\w-]+\s+){0,2}?(?:spending|spend|capex|capital\s+expenditures?|investments?|"
    r"revenues?|sales|outlays?|budgets?|holdings|fleets?)\b|"
    r"\b(?:market|industry)\s+(?:is\s+)?(?:expected|forecast|projected|set)\s+to\b",
    re.IGNORECASE,
)
MODAL_COST = re.compile(r"\b(?:would|could|might)\s+(?:still\s+)?(?:cost|require|need|take|run)\b", re.IGNORECASE)
DATE_CUES: list[tuple[str, re.Pattern[str]]] = [
    ("founding_date", re.compile(r"\bfounded\b|\bfounding\b|\bestablished\b|\bincorporated\b|\bset\s+up\b|\b(?:its|their)\s+inception\b|"
                                 r"\b(?:was|were)\s+(?:started|formed|launched\s+as\s+a\s+company)\s+(?=in|by|as)|"
                                 # a company spun out of another, or launched as one: "spun off X", "launched X as a separate venture"
                                 r"\bsp(?:u|i)n(?:s|ning)?\s*-?\s*(?P<obj>off|out)\s+(?!(?:from|of)\b)[“”\"'‘’]?(?-i:[A-Z])|"
                                 r"\bas\s+an?\s+(?:[\w-]+\s+)?spin-?(?:off|out)\b|"
                                 r"\b(?:launch|start|form|creat)(?:ed|es|s|ing)?\s+[^,.;]{1,40}?(?:\s+as\s+an?|,\s*an?)\s+(?:[\w-]+\s+){0,4}?"
                                 r"(?:venture|company|startup|start-up|firm|fund|business|lab|subsidiary|spin-?off|unit|affiliate)\b",
                                 re.IGNORECASE)),
    ("release_date", re.compile(
        r"(?<!press\s)(?<!news\s)\breleas(?:e|ed|es|ing)\b(?!\s+(?:(?:a|an|its|their|the|new|quarterly|annual)\s+)*"
        r"(?:statement|figures|data|results|earnings|details|numbers|findings|comments?|guidance|filing))|"
        r"\blaunch(?:ed|es|ing)?\b|\bintroduc(?:ed|es|ing)\b|\bunveil(?:ed|s|ing)?\b|"
        r"\bdebut(?:ed|s)?\b|\brolled\s+out\b|\bopen-sourced\b|\bshipped\b|\bwent\s+live\b|\bcame\s+out\b|"
        r"\bmade\s+(?:it\s+)?(?:publicly\s+)?available\b|\bbecame\s+(?:publicly\s+)?available\b|"
        r"\bwent\s+on\s+sale\b|\barrived\b|\bmade\s+(?:it\s+|them\s+)?public\b|"
        # "announced the release of its model": the release, not an announcement
        r"\bannounc(?:ed|es|ing)\s+(?:the\s+)?(?:(?:public|official|general|global)\s+)?(?P<obj>release|launch|debut|availability|roll-?out)\b|"
        # "dropped ChatGPT in 2022": a named product dropped is a product released
        r"\bdropped\s+(?:its\s+|their\s+|the\s+|an?\s+)?(?:(?:new|latest|first|next)\s+)?(?-i:[A-Z])", re.IGNORECASE)),
    ("publication_date", re.compile(
        r"(?<!\bdataset\s)(?<!\bcorpus\s)(?<!\bbook\s)(?<!\bbenchmark\s)(?<!\bsurvey\s)"
        r"(?<!\bdataset\sfirst\s)(?<!\bbenchmark\sfirst\s)(?<!\bcorpus\sfirst\s)"
        r"\bpublish(?:ed|es|ing)?\b|\bpublication\s+(?:of|date)\b|\bdate\s+of\s+publication\b|"
        r"\bposted\s+(?:online\s+)?(?=on\b|in\b)", re.IGNORECASE)),
    ("announcement_date", re.compile(r"\bannounc(?:ed|es|ing|ement)\b|\bdisclosed\b", re.IGNORECASE)),
]

#: what can be done, not what anyone did: "it's now possible to train a frontier model for less than $6 million"
#: (a model, any model: "possible to train Bolt-2 for $5m" names whose figure it is)
POSSIBLE = re.compile(r"\b(?:it\s+is|it[’']s|is\s+now)\s+(?:now\s+|already\s+|still\s+|entirely\s+)?"
                      r"(?:possible|feasible|affordable|realistic)\s+to\s+\w+\s+(?:an?|any)\s+(?:[^.;:!?]|\.(?=\d)){0,140}$",
                      re.IGNORECASE)
HYPOTHETICAL = re.compile(
    r"\b(?:could|would|might|can|cannot|can't)\s+(?:not\s+)?(?:(?:afford|buy|pay|spend|raise|save)|have\s+(?:spent|paid|cost|raised))\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE
)
GENERIC_OWNER = re.compile(
    r"^[\s,]*(?:\w+\s+){0,2}?(?:invested|spent|paid|spends?|poured)\s+by\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:companies|giants|firms|players|labs|rivals|competitors|startups|corporations|incumbents)\b",
    re.IGNORECASE,
)
GENERIC_OBJECT = re.compile(
    r"^[\s,]*(?:\w+\s+){0,2}?(?:spent|invested|paid|poured)\s+(?:on|in|into)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:models|systems|projects|companies|labs|rivals)\b",
    re.IGNORECASE,
)
GENERIC_PLURAL = re.compile(
    r"\b(?:models|companies|firms|giants|startups|labs|systems|LLMs|rivals|competitors|players|businesses|"
    r"organi[sz]ations|entities|corporations)\b"
)
COMPARISON = re.compile(r"\bcontrast\w*|\bcompared\b|\bversus\b|\bvs\.?\b|\bthan\b|\bwhile\b|\bwhereas\b|\bunlike\b", re.IGNORECASE)

CLAIM_VERBS = re.compile(
    r"\b(?:claim(?:s|ed|ing)?|says|said|revealed|reveals|announced|disclosed|stated|insists|maintains|told)\b", re.IGNORECASE
)
ESTIMATE_VERBS = re.compile(r"\bestimat(?:e|es|ed|ing)\b|\bcalculat(?:ed|es|ing)\b|\breckons?\b", re.IGNORECASE)
#: Third parties reporting a finding: "Research firm X reported that …", "X found that …".
REPORT_VERBS = re.compile(r"\b(?:reported|reports|found|concluded|concludes|wrote|writes|believes|suggested|suggests)\s+that\b"
                          r"|\breported\b(?=[^.;]{0,40}\b(?:that|had|has|was|spent|owns|used)\b)", re.IGNORECASE)
SOURCE_NOUNS = re.compile(
    r"\b(?:research|analysis|analysts?|report|estimates?|study|calculations?)\s+(?:from|by)\s+$", re.IGNORECASE
)
REPORTED = re.compile(r"\breportedly\b|\breported\b|\breports?\s+(?:say|suggest)\w*|\ballegedly\b", re.IGNORECASE)
AN_ESTIMATED = re.compile(r"\ban\s+estimated\b|\bestimated\s+at\b|\bestimates?\s+(?:put|suggest|range)", re.IGNORECASE)
SPECULATIVE = re.compile(
    r"\b(?:could|might|may|would)\s+(?:well\s+)?(?:have\s+)?(?:be|been|cost|reach|require|top|exceed|run)\b|"
    r"\blikely\b|\bpossibly\b|\bperhaps\b|\bprobably\b",
    re.IGNORECASE,
)


def _nearest(sentence: str, a: int, b: int, rx: re.Pattern[str], after_weight: float = 2.0,
             skip_asides: bool = False) -> float | None:
    """Distance from the figure at [a, b) to the nearest match of ``rx`` (0 when they
    overlap; matches after the figure count ``after_weight`` times); ``None`` if none.
    With ``skip_asides``, cues in an aside ("excluding staff salaries") do not count."""
    best: float | None = None
    for m in rx.finditer(sentence):
        if skip_asides and _ASIDE.search(sentence[max(0, m.start() - 40):m.start()]):
            continue
        if m.end() <= a:
            d = float(a - m.end())
        elif m.start() >= b:
            d = (m.start() - b) * after_weight
        else:
            d = 0.0
        best = d if best is None else min(best, d)
    return best


FUNDING_CUES = re.compile(
    r"\b(?:raised|raising|raises|funding|financing|fundraising|valuation|valued|valuing|revenue|revenues|sales|"
    r"(?:seed|funding|investment|series\s+[A-F])\s+round|round|"
    r"profit|loss|losses|grant|loan|debt|assets|salar(?:y|ies)|paid\s+(?:its|their)\s+(?:staff|employees|researchers)|"
    r"charges?|write-?downs?|write-?offs?|impairments?|generated|earned|reserves?)\b|\bin\s+reserve\b",
    re.IGNORECASE,
)
#: a cue inside an aside that sets it apart: "excluding staff salaries", "not including wages"
_ASIDE = re.compile(r"\b(?:excluding|including|not\s+including|without|plus|besides|beyond|on\s+top\s+of)\s+(?:[\w’'-]+\s+){0,3}$",
                    re.IGNORECASE)
#: spending with no object: "spent $5 billion last year", "a $80 billion investment"; weaker than a cue with one
BARE_SPEND = re.compile(r"\b(?:spen[dt]|spends|spending|outlays?|pour(?:ed|s|ing)?)\b|"
                        r"\binvest(?:ed|s|ing)?\s+(?:\S+\s+){0,4}?in(?:to)?\s+(?:its\s+|their\s+|(?=AI\b)|(?=(?-i:[a-z])))"
                        r"(?!(?:own\s+)?(?:shares|stock)\b|the\s+(?:startup|company|firm|lab|venture)\b|it\b|them\b)",
                        re.IGNORECASE)
_BARE_PENALTY = 15.0
#: "invested $750 million in Acme": money put into a company is that company's funding, not spending
_INTO_COMPANY = re.compile(r"^\s+(?:\w+\s+){0,2}?(?:in|into)\s+(?:the\s+(?:startup|company|firm|lab|venture)\b|it\b|them\b|"
                           r"(?!AI\b|US\b|U\.S\.)[A-Z][a-z])")
#: the figure is a change, not a level: "capex to dip by $3bn", "a $2 billion increase"
DELTA_BEFORE = re.compile(
    r"\b(?:dip|dips|dipped|drop|drops|dropped|fall|falls|fell|declin\w+|cut|cuts|reduc\w+|ris(?:e|es|en)|rose|increas\w+|"
    r"jump\w*|grow|grows|grew|grown|climb\w*|shrink\w*|shrank|slid|lower(?:ed)?|rais(?:e|ed|ing)\s+(?:it|them|the\s+\w+)|"
    r"boost\w*|trim\w*|down|up)\s+(?:[^\s$€£¥]+\s+){0,4}?by\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+|almost\s+|"
    r"more\s+than\s+|over\s+|an?\s+(?:further|additional|extra)\s+)?$",
    re.IGNORECASE,
)
#: a price per unit ("a rental rate of $2 per GPU-hour") is the price of a thing, not what a run or a company cost
_UNIT_PRICE_AFTER = re.compile(r"^\s*(?:per|an?|/|each)\s*(?:(?:GPU|chip|card|accelerator|node|server)[- ]?)?"
                               r"(?:hours?|hr|GPU|chip|card|accelerator|node|server|token|query|user|seat)s?\b", re.IGNORECASE)
#: a figure named as a claim or a figure: what it measures is said elsewhere
_REF_NOUN_AFTER = re.compile(r"^\s+(?:claim|figure|number|estimate|tally)\b", re.IGNORECASE)
DELTA_AFTER = re.compile(r"^\s+(?:(?!to\b)\w+\s+)?(?:drop|decline|fall|increase|rise|jump|cut|reduction|boost|shortfall)\b",
                         re.IGNORECASE)  # "a $2bn drop", not "$1bn to increase capacity" (a purpose)



#: places that compute, built with money that is spending, and words that make it a model's training instead
_FACILITY = re.compile(r"\b(?:super-?computers?|data\s+cent(?:er|re)s?|clusters?|campus(?:es)?|facilit(?:y|ies)|"
                       r"factor(?:y|ies)|fabs?|plants?|cent(?:er|re)s?|hubs?|sites?|offices?|headquarters|machines?|"
                       r"buildings?|labs?|laborator(?:y|ies))\b", re.IGNORECASE)
_TO_BUILD = re.compile(r"\bto\s+(?:build|develop|create|construct)\b|\bbuild(?:ing)?\s+costs?\b", re.IGNORECASE)
_MODEL_WORK = re.compile(r"\btrain(?:s|ed|ing)?\b|\bmodels?\b|\bLLMs?\b|\bchatbots?\b|\bruns?\b", re.IGNORECASE)
#: money earned, named right after the figure: "$41bn in revenue", "$41bn from data centre sales"
_REVENUE_AFTER = re.compile(r"^\s+(?:in|from|of)\s+(?:[\w-]+\s+){0,3}?(?:sales|revenues?|income|earnings|turnover)\b",
                            re.IGNORECASE)


#: the figure is what is invested: "will invest $10 billion", "plans to invest £2.5 billion", "an investment of $300m"
_INVEST_BEFORE = re.compile(r"\binvest(?:s|ed|ing)?\s+(?:(?:an?\s+)?(?:additional|further|another|extra|more\s+than|over|"
                            r"about|around|nearly|almost|roughly|up\s+to|as\s+much\s+as|at\s+least|some|a\s+total\s+of)\s+)*$|"
                            r"\binvestments?\s+(?:of|exceeding|worth|totall?ing|valued\s+at)\s+(?:(?:more\s+than|over|about|around|"
                            r"nearly|up\s+to|as\s+much\s+as|at\s+least|some)\s+)?$", re.IGNORECASE)
_INVESTMENT_AFTER = re.compile(r"^[\s-]+(?:[\w-]+\s+){0,2}?investments?\b", re.IGNORECASE)
#: a plan to invest is a build-out's budget, never a funding round: "the $7.8 billion investment plan"
_INVESTMENT_PLAN_AFTER = re.compile(r"^[\s-]+(?:[\w-]+\s+){0,2}?investment\s+(?:plans?|programmes?|programs?|packages?|pledges?|"
                                    r"commitments?)\b", re.IGNORECASE)
#: a place, facility or company money goes into: "a new data centre", "Japan’s cloud", "OpenAI"
_DEST = r"(?P<dest>(?:the\s+|a\s+|an\s+|its\s+|their\s+|new\s+)*[\w’'.-]+(?:\s+[\w’'.-]+)?)"
#: the destination named before the sum: "brings its planned investment in Ohio to more than $23 billion"
_DESTINATION_BEFORE = re.compile(r"\binvestments?\s+(?:in|into)\s+" + _DEST + r"\s+(?:(?:to|at|of|reaches|reached|totals?|totalled|totaled|"
                                 r"stands\s+at|is|was)\s+)+(?:(?:more\s+than|over|about|around|nearly|almost|some)\s+)?$",
                                 re.IGNORECASE)
#: where invested money goes, as far as the clause says: "in Ohio", "in the state", "in a new data centre", "in OpenAI"
_DESTINATION = re.compile(r"^(?:[^.;:,—–(]|\.(?=\d))*?\b(?:in|into|toward|towards|across)\s+" + _DEST, re.IGNORECASE)
_PLACE_WORDS = re.compile(r"(?:state|country|region|city|area|province|county|nation|kingdom|territory|market|capital|"
                          r"data\s*cent(?:er|re)s?|datacent(?:er|re)s?|facilit(?:y|ies)|infrastructure|campus|cluster|"
                          r"capacity|cloud|site|hub|plant|factory)\b", re.IGNORECASE)
_COMPANY_WORDS = re.compile(r"(?:startup|start-up|company|firm|lab|venture|business|round|shares|stock|stake|fund|it|them)\b",
                            re.IGNORECASE)
_PURPOSE_BUILD = re.compile(r"^(?:[^.;:]|\.(?=\d))*?\bto\s+(?:(?:further|significantly|rapidly)\s+)?(?:build|expand|construct|"
                            r"develop|establish|set\s+up|upgrade|boost|grow|bolster|strengthen|scale\s+up)\s+(?:[\w’'-]+\s+){0,4}?"
                            r"(?:data\s*cent|datacent|infrastructure|facilit|capacity|cloud|campus|clusters?\b|operations|"
                            r"presence|footprint|region|sites?\b|networks?\b)", re.IGNORECASE)


#: invested money that comes in: "a $1.5 billion investment from Microsoft", "the investment it received"
_RECEIVED_AFTER = re.compile(r"^[\s-]*(?:[\w-]+\s+){0,2}?(?:investments?\s+)?(?:from|by)\s+|"
                             r"^[\s-]*(?:[\w-]+\s+){0,2}?investments?\s+(?:(?:it|they|that|which)\s+)?(?:had\s+|has\s+)?"
                             r"(?:received|secured|raised|attracted|won|landed)\b", re.IGNORECASE)
_RECEIVED_BEFORE = re.compile(r"\b(?:receiv\w+|secur\w+|rais\w+|attract\w+|land(?:s|ed|ing)|won|wins|winning|clos\w+|"
                              r"complet\w+|announc\w+\s+(?:it\s+had\s+)?(?:raised|secured))\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
_OVER_YEARS = re.compile(r"^(?:[^.;:]|\.(?=\d))*?\b(?:over|across|during|within)\s+(?:the\s+)?(?:next\s+|coming\s+)?"
                         r"(?:\w+\s+(?:to\s+\w+\s+)?)?(?:years|decade)\b", re.IGNORECASE)


def invested_where(sentence: str, a: int, b: int, places: frozenset[str] = frozenset()) -> str | None:
    """For a sum invested ("will invest $10 billion …", "a $7.8 billion investment …"): ``"spend"``
    when it goes into a place, a facility or a build-out (or nowhere named), ``"company"`` when it
    goes into a company, ``None`` when the figure is not a sum invested. ``places`` are the
    lower-cased place names NER found in the sentence ("ohio", "mexico")."""
    before = _DESTINATION_BEFORE.search(sentence[max(0, a - 80):a])
    if before is not None:
        return _destination_kind(before.group("dest"), places)
    if not (_INVEST_BEFORE.search(sentence[max(0, a - 60):a]) or _INVESTMENT_AFTER.match(sentence[b:])):
        return None
    if _INVESTMENT_PLAN_AFTER.match(sentence[b:]):
        return "spend"
    after = cre.sub(r"^\s*\([^)]{0,40}\)", "", sentence[b:])  # "1.3 billion euros ($1.5 billion) in Acme"
    if _RECEIVED_AFTER.match(after) or _RECEIVED_BEFORE.search(sentence[max(0, a - 60):a]):
        return "company"  # "a $40 billion investment from Softbank", "the investment it received"
    if _PURPOSE_BUILD.match(after):
        return "spend"  # "to expand its data center infrastructure in the state"
    d = _DESTINATION.match(after)
    if d is None:
        if _OVER_YEARS.match(after) or _FACILITY.search(sentence):
            return "spend"  # "is considering an investment of $300 million over three to five years"
        return None
    return _destination_kind(d.group("dest"), places)


def _destination_kind(dest: str, places: frozenset[str]) -> str | None:
    """``"spend"`` for a place or a facility ("Ohio", "the state", "Japan’s cloud infrastructure"),
    ``"company"`` for a company ("OpenAI", "the startup"), ``None`` when it is neither."""
    dest = cre.sub(r"^(?:(?:the|a|an|its|their|new)\s+)+", "", dest, flags=re.IGNORECASE)
    words = [cre.sub(r"[’']s$", "", w) for w in dest.split()]
    if not words:
        return None
    whole = " ".join(words).lower()
    if any(_PLACE_WORDS.match(w) for w in words) or words[0].lower() in places or whole in places \
            or any(p.startswith(whole) for p in places if " " in p):
        return "spend"  # "in Ohio", "in the state", "in a new data center"
    if _COMPANY_WORDS.match(words[0]) or words[0][:1].isupper():
        return "company"  # "in OpenAI", "in the startup"
    return None


def cost_attribute(sentence: str, a: int, b: int, places: frozenset[str] = frozenset()) -> str:
    """``training_cost`` / ``total_spend`` / ``other`` for a money figure at [a, b).

    The nearest cue wins: training ("to train", "cost … to build", "for compute"),
    spending ("capex", "operating costs", "spent … on hardware"), or money that is
    not spent (raised, earned, owned, written down: ``other``). A bare "spent" or
    "investment" with no object counts as spending only when no cue with one is
    nearer. A change ("to dip by $3bn") is ``other``: it is no level of anything."""
    if DELTA_BEFORE.search(sentence[max(0, a - 80):a]) or DELTA_AFTER.match(sentence[b:]) or _UNIT_PRICE_AFTER.match(sentence[b:]):
        return "other"
    if _REVENUE_AFTER.match(sentence[b:]):
        return "other"  # "booked $41bn from data centre sales": money coming in, whatever it was earned on
    if _REF_NOUN_AFTER.match(sentence[b:]):
        sentence = sentence[:b]  # "its $6 million claim is far below its $500 million hardware bill": only what leads in counts
    if invested_where(sentence, a, b, places) == "spend":
        return "total_spend"  # "will invest $10 billion of additional funding to expand its data centres"
    t = _nearest(sentence, a, b, TRAINING_CUES)
    s = _nearest(sentence, a, b, SPEND_CUES)
    f = _nearest(sentence, a, b, FUNDING_CUES, after_weight=3.0, skip_asides=True)
    if not _INTO_COMPANY.match(sentence[b:]):
        bare = _nearest(sentence, a, b, BARE_SPEND)
        if bare is not None and (s is None or bare + _BARE_PENALTY < s):
            s = bare + _BARE_PENALTY
    if f is not None and f < min(x for x in (t, s, 1e9) if x is not None):
        return "other"  # money raised, earned or owned is not money spent
    if t is not None and (s is None or t <= s):
        if _FACILITY.search(sentence) and _TO_BUILD.search(sentence) and not _MODEL_WORK.search(sentence):
            return "total_spend"  # "the supercomputer is costing $250 million to build": a machine, not a training run
        return "training_cost"
    if s is not None:
        return "total_spend"
    if MODEL_PRICE.match(sentence[b:]):
        return "training_cost"
    return "other"


_HELD_AFTER = re.compile(r"^\s*(?:[\w-]+\s+){0,2}?(?:in\s+service|in\s+operation|installed|deployed|under\s+management|"
                         r"(?:in|across)\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}(?:fleet|data\s+cent(?:er|re)s?|sites|facilities))\b|"
                         r"^[\s,]*(?:[\w-]+\s+){0,3}?by\s+(?:the\s+)?(?:end\s+of\s+(?:the\s+|this\s+|next\s+)?(?:year|quarter|decade)|"
                         r"year[- ]end)\b",
                         re.IGNORECASE)
#: "2,048 GPUs to train it": the count's own purpose
_TRAIN_AFTER = re.compile(r"^[\s,]*(?:[\w-]+\s+){0,3}?(?:to\s+train|for\s+(?:the\s+)?(?:[\w-]+\s+)?training|in\s+training)\b",
                          re.IGNORECASE)
_SPEND_VERB = re.compile(r"spen[dt]|spending|invest", re.IGNORECASE)
#: what a company paid for its hardware: "incurred $1.6 billion in hardware costs", "capex"
_HARDWARE_BILL = re.compile(r"\b(?:hardware|server|GPU|chip|infrastructure|capital)\s+(?:costs?|investments?|purchases?|spend(?:ing)?|"
                            r"outlays?|bills?)\b|\bcapex\b|\bcapital\s+expenditures?\b", re.IGNORECASE)
#: a count that is part of a larger one: "the total includes 340,000 H100s"
_INCLUDES = re.compile(r"\binclud(?:es|ed|ing)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
#: "600,000 H100-equivalents of compute": a fleet measured in one chip's units
_EQUIVALENTS_AFTER = re.compile(r"^[\s-]*equivalents?\b", re.IGNORECASE)

#: chips bought, owned, making up a machine or to be had: holdings, whatever preposition follows
HOLD_STRONG = re.compile(
    r"\b(?:own(?:s|ed|ing)?|stockpil\w*|amass\w*|acquir\w*|bought|buy(?:s|ing)?|purchas\w*|access\s+to|inventory|"
    r"possess\w*|order(?:ed|s|ing)?|stock\s+of|stash\w*|control(?:s|led|ling)?|operat(?:e|es|ed|ing)|boasts?|sits?\s+on|"
    r"powered\s+by|featur(?:e|es|ing|ed)|manag(?:es|ing)|packs?|packed\s+with|consist(?:s|ing)?\s+of|compris(?:es|ed|ing)(?:\s+of)?|contain(?:s|ing|ed)?|"
    r"integrat(?:es|ing|ed)|hous(?:e|es|ing|ed)|equipped\s+with|deploy(?:s|ed|ing)?|install(?:s|ed|ing)?|"
    r"will\s+have|(?:currently|now|already)\s+(?:has|have|had|holds?)|capacity|planned|(?:initial\s+)?scale\s+of|"
    r"(?:end|ended|ending|finish(?:ed|es)?)\s+(?:the\s+|this\s+)?(?:year|quarter)\s+with|"
    r"spen[dt]|spending|invest(?:ed|s|ing|ments?)?|add(?:s|ed|ing)?)\b",
    re.IGNORECASE,
)
#: possession that a training run can also have ("trained on a cluster of 2,048 GPUs")
HOLD_WEAK = re.compile(r"\b(?:has|have|had|hold(?:s|ing)?|held|fleet|cluster\s+of)\b", re.IGNORECASE)
#: chips put to use: a training run's
USE_STRONG = re.compile(
    r"\b(?:used|using|uses|use|train(?:ed|s|ing)?|employ(?:s|ed|ing)?|leverag(?:e|es|ed|ing)|managed|required|requiring|"
    r"needed|needing|ran|run|took)\b",
    re.IGNORECASE,
)
#: a machine or site whose chips are holdings: "a supercomputer with 100,000 GPUs"
CONTAINER = re.compile(
    r"\b(?:super-?computer|super-?cluster|cluster|data\s+cent(?:er|re)|infrastructure|network|facility|site|"
    r"campus|setup|installation|fleet|computing\s+power)\b",
    re.IGNORECASE,
)
#: where one clause ends and another starts
_CLAUSE_BREAK = re.compile(r"[,;:—–]|\s-\s|\b(?:and|but|while|whereas|which|who|that)\b", re.IGNORECASE)


def _last(rx: re.Pattern[str], text: str) -> re.Match[str] | None:
    m = None
    for m in rx.finditer(text):
        pass
    return m


def chips_attribute(sentence: str, a: int, b: int) -> str:
    """``gpu_count`` (used for a training run) or ``gpu_holdings`` (owned, accessible,
    installed in a machine); ``other`` when nothing says which.

    The nearest cue before the count decides, strong cues first: "operates an
    infrastructure with 50,000 GPUs" is a holding however near "with" is, and
    "trained on 2,048 GPUs" a run. Weak cues ("with", "on", "has") count only
    when nothing stronger is near: with a training cue in the sentence they mean
    a run, otherwise a holding (or nothing)."""
    after = sentence[b:]
    off = max(0, a - 100)
    before = sentence[off:a]
    h = _last(HOLD_STRONG, before)
    u = _last(USE_STRONG, before)
    if h is not None and (u is None or h.end() > u.end()):
        if _SPEND_VERB.match(h.group(0)) and _TRAIN_AFTER.match(after):
            return "gpu_count"  # "spent $6 million and 2,048 GPUs to train it"
        return "gpu_holdings"  # "operates …", "has spent $1.6bn on hardware, including …", "powered by …"
    if _HELD_AFTER.match(after) and (u is None or _CLAUSE_BREAK.search(before[u.end():])):
        return "gpu_holdings"  # "350,000 H100s by the end of the year", "… in service"
    hw = _last(HOLD_WEAK, before)
    if u is not None:
        if hw is not None and hw.start() > u.end() and _CLAUSE_BREAK.search(before[u.end():hw.start()]):
            return "gpu_holdings"  # "the firm, which trained V3, has 50,000 GPUs"
        return "gpu_count"
    training = TRAINING_CUES.search(sentence)
    if hw is not None:
        if training and training.end() <= a and not _CLAUSE_BREAK.search(sentence[training.end():off + hw.start()]):
            return "gpu_count"  # "its training cluster had 2,048 GPUs"
        return "gpu_holdings"
    if _EQUIVALENTS_AFTER.match(after):
        return "gpu_holdings"
    if training:
        return "gpu_count"
    if _INCLUDES.search(before):
        return "gpu_holdings"  # "the number includes some 340,000 H100s": part of a stock of chips
    if CONTAINER.search(sentence) or STRONG_HOLDING.search(sentence) or _HARDWARE_BILL.search(sentence):
        return "gpu_holdings"  # chips beside a hardware bill are the fleet it paid for
    return "other"


#: a supplier's output, not anyone's chips: "Acme shipped 300,000 H100s in Q2", "100,000 more GPUs made in
#: three months" (a count sent "to X" is X's, and "made by X" names a vendor)
_SUPPLY_BEFORE = re.compile(r"\b(?:ship(?:s|ped|ping)?|produc(?:e|es|ed|ing)|manufactur(?:e|es|ed|ing)|sell(?:s|ing)?|sold|"
                            r"deliver(?:s|ed|ing)?|(?:output|production|shipments|sales)\s+of)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_SUPPLY_AFTER = re.compile(r"^\s+(?:(?:were|was|being|been|are|is)\s+)?(?:made|produced|manufactured|shipped|sold|delivered)\b"
                           r"(?!\s+(?:by|to|for)\b)", re.IGNORECASE)
_RECIPIENT_AFTER = re.compile(r"^\s+(?:[\w-]+\s+){0,3}?(?:to|for)\s+(?:the\s+)?(?-i:[A-Z])", re.IGNORECASE)
#: a product's specification, not chips anyone has: "can connect up to 65,536 GPUs", "scales to as many as 72 GPUs"
_SPEC_BEFORE = re.compile(r"\b(?:connect(?:s|ing)?|interconnect(?:s|ing)?|link(?:s|ing)?|scal(?:e|es|ing)|support(?:s|ing)?)\s+"
                          r"(?:[\w-]+\s+){0,2}?(?:(?:up\s+to|as\s+many\s+as)\s+)?$", re.IGNORECASE)
_UP_TO = re.compile(r"\b(?:up\s+to|as\s+many\s+as)\b", re.IGNORECASE)


def held_by_no_one(sentence: str, a: int, b: int) -> bool:
    """Whether the chip count at [a, b) is no one's holding or run: a supplier's output
    ("Acme shipped 300,000 H100s in Q2") or a product's specification ("can connect up
    to 65,536 GPUs"). A count shipped "to X" is X's and stays."""
    before = sentence[max(0, a - 60):a]
    if _SUPPLY_BEFORE.search(before) or _SUPPLY_AFTER.match(sentence[b:b + 40]):
        return not _RECIPIENT_AFTER.match(sentence[b:b + 60])
    return bool(_SPEC_BEFORE.search(before) and _UP_TO.search(sentence[max(0, a - 15):b]))


#: the date of a statement, not of the event it reports: "the company said on Tuesday"
_STATEMENT_DATE = re.compile(r"\b(?:said|says|say|told\s+[\w.]+(?:\s+[\w.]+)?|stated|added|wrote|commented|noted)\s+"
                             r"(?:on\s+|in\s+|late\s+|early\s+|earlier\s+|last\s+)?$", re.IGNORECASE)
#: a target date ("500 MW by 2026") or the start of a policy ("free starting April 1"): no event of the subject's
_TARGET_DATE = re.compile(r"\b(?:by|starting|effective|beginning|until|through)\s+(?:the\s+end\s+of\s+|early\s+|late\s+|mid-?)?$",
                          re.IGNORECASE)
#: the date's own words may hold the "by": "upscaling to 500 MW by 2026"
_TARGET_DATE_OWN = re.compile(r"(?:by|until|through)\s", re.IGNORECASE)
#: an offset between the date and the cue means the cue's own date is not stated: "left in 2018, a few years after it was founded"
_OFFSET = re.compile(r"\b(?:years?|months?|weeks?|days?|decades?|shortly|soon|long|just|right|only)\s+(?:after|before)\b|"
                     r"\b(?:after|before)\s+(?:being|it\s+was|they\s+were|its|their)\b", re.IGNORECASE)
#: a date opening the sentence dates its main clause, however long the clause between: "On May 6, as …, a release appeared"
_OPENING_DATE = re.compile(r"^\W*(?:On|In|By\s+)?\W*$", re.IGNORECASE)


def date_attribute(sentence: str, a: int, b: int, window: int = 90) -> tuple[str, int] | None:
    """The event a date dates, and the cue's offset; None when no event cue is near,
    when the date is a statement's ("said on Tuesday") or a target ("by 2026"), and
    for a cue that an offset separates from the date ("a few years after it was founded")."""
    before = sentence[max(0, a - 40):a]
    if _STATEMENT_DATE.search(before) or _TARGET_DATE.search(before) or _TARGET_DATE_OWN.match(sentence, a, b):
        return None
    opening = _OPENING_DATE.match(sentence[:a]) and sentence[b:].lstrip().startswith(",")  # not a dateline's "—"
    after_window = 160 if opening and window < 160 else window
    best: tuple[float, str, int] | None = None
    for attr, rx in DATE_CUES:
        for m in rx.finditer(sentence):
            d = a - m.end() if m.end() <= a else m.start() - b if m.start() >= b else 0
            if d > (after_window if m.start() >= b else window) or d < 0 and m.start() < b:
                continue
            gap = sentence[m.end():a] if m.end() <= a else sentence[b:m.start()]
            if _OFFSET.search(gap) or _NEGATED_CUE.search(sentence, max(0, m.start() - 30), m.start()):
                continue  # "decided against launching a chatbot": no such event
            if m.start() >= b and cre.search(r"\b(?:following|after|before|ahead\s+of|since|until)\b", gap):
                continue  # "on Tuesday, closely following Nvidia's unveiling of …": another event, for reference
            if m.start() >= b and "," in gap:
                d += 10  # "X, founded in July 2023, launched …": the cue across a comma is another clause's
            # the cue's offset is where its subject is looked for, the word before the object:
            # "spun [off] X", "announced the [release] of X"
            objs = [m.start(g) for g in ("obj",) if g in rx.groupindex and m.group(g) is not None]
            if best is None or d < best[0]:
                best = (d, attr, objs[0] if objs else m.start())
    if best is None:
        return None
    return best[1], best[2]


#: an event cue that did not happen: "decided against launching", "never released", "declined to announce"
_NEGATED_CUE = re.compile(r"\b(?:against|never|not|refused\s+to|declined\s+to|without|instead\s+of|rather\s+than)\s+$",
                          re.IGNORECASE)


CONDITIONAL = re.compile(r"^\s*(?:If|Unless|Imagine|Suppose|Even\s+if|Were)\b[^,;:—]*$")


_LEADING_QUALIFIER = re.compile(r"(?:as\s+(?:much|many|little|few|high|low)\s+as|up\s+to|more\s+than|less\s+than|at\s+(?:least|most)|"
                                r"about|around|roughly|nearly|almost|over|under)\s+", re.IGNORECASE)
#: a question about a figure asks, it does not state: "Is the $4.6 million training cost true?"
QUESTION = re.compile(r"^\W*(?:Is|Are|Was|Were|Did|Does|Do|Can|Could|Will|Would|Should|Has|Have|Had|How|Why|What|Which|Who|Where|When)\b"
                      r"(?:[^.!?]|\.(?=\d))*\?\W*$")


#: "would" backshifted in reported speech: "Dana Whitfield announced that Acme would spend …"
_REPORTED_WOULD = re.compile(r"\b(?:said|announced|pledged|promised|confirmed|stated|vowed|disclosed|told\s+[\w.]+(?:\s+[\w.]+)?)\s+"
                             r"(?:[^.;:!?]{0,80}?\s)?that\s+[^.;:!?,]{1,60}?\bwould\s+(?:\w+\s+){1,3}$", re.IGNORECASE)


def is_hypothetical(sentence: str, a: int) -> bool:
    """'more companies could afford $6 million' is not a claim about anyone, nor is a
    figure inside a conditional clause ('If every lab could train … for $5 million, …'),
    a question ('Is the $4.6 million training cost true?') or what has become possible
    ('it is now possible to train a model for $6 million')."""
    q = _LEADING_QUALIFIER.match(sentence, a)  # a figure's span may or may not include "as much as"
    end = q.end() if q else a
    modal = HYPOTHETICAL.search(sentence[max(0, end - 60):end])
    if modal and _REPORTED_WOULD.search(sentence[max(0, end - 200):end]):
        modal = None  # "announced that Acme would spend $100B": a reported pledge, not a supposition
    return bool(modal or CONDITIONAL.match(sentence[:a]) or QUESTION.match(sentence)
                or POSSIBLE.search(sentence[max(0, end - 200):end]))


def is_generic_owner(sentence: str, b: int) -> bool:
    """'the hundreds of millions typically invested by major tech giants'."""
    return bool(GENERIC_OWNER.match(sentence[b:]) or GENERIC_OBJECT.match(sentence[b:]))


def frame_hedge(sentence: str, a: int, b: int) -> str:
    """The hedge the sentence's wording gives a figure, before claimant logic."""
    if AN_ESTIMATED.search(sentence[max(0, a - 30):b]):
        return "estimated"
    if REPORTED.search(sentence):
        return "reported"
    if SPECULATIVE.search(sentence[max(0, a - 80):a]):
        return "speculative"
    return "asserted"


#: share prices and market moves: "shares rose 3% to €41.20" (the verb before any other sum: in "its valuation
#: would double the $6.8 billion figure it reached after a $550 million round" the round is no market move)
STOCK_MOVE = re.compile(
    r"\b(?:shares?|stock|share\s+price|stock\s+price|market\s+(?:value|cap\w*)|valuation)\b[^$€£¥]{0,80}?"
    r"\b(?:rose|fell|rise|falls?|rises|closed|jumped|climbed|slid|slipped|dropped|gained|lost|traded|trading|surged|"
    r"plunged|tumbled|soared|sank|up|down|doubled|tripled|halved|grew|increased|decreased|reached|hit|"
    r"plummet\w*|nosedived?|crash\w*|skyrocket\w*|shed|erased?|erasing|wiped)\b|"
    # what a company is worth on the market, or lost of it: "market capitalization", "a $251 billion wipeout"
    r"\bmarket\s+capitali[sz]ation\b|\bmarket\s+cap\b|\bwipe-?out\b|\bwiped\s+(?:out|off)\b|\bwiping\s+(?:out|off)\b|"
    r"\b(?:single|one)[- ]day\s+(?:[\w-]+\s+){0,2}?(?:loss|drop|decline|fall|plunge|rout)\b|\bin\s+a\s+single\s+day\b|"
    r"\b(?:market|stocks?|shares?)\b[^.;]{0,60}?\bloss(?:es)?\b|\bloss(?:es)?\s+(?:in|of)\s+(?:the\s+)?(?:\w+\s+){0,2}?"
    r"(?:market|stocks?|shares?)\b|"
    r"\d(?:\.\d+)?\s?(?:%|per\s?cent)\s+(?:[\w-]+\s+){0,2}?(?:drop|fall|decline|plunge|slump|loss)\b"
    r"(?=[^.]*\b(?:market|stocks?|shares?|investors|Nasdaq|S&P|Wall\s+Street)\b)|"
    # a change, not a level: "capex to dip by $3bn", "wealth dropped by $21 billion"
    r"\b(?:dip|dips|dipped|drop|drops|dropped|fall|falls|fell|declin\w+|shrink\w*|shrank|slid|plunge[sd]?|tumbled?)\s+"
    r"(?:\S+\s+){0,4}?by\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+|almost\s+|more\s+than\s+|over\s+)?"
    r"(?:[A-Z]{0,3}[$€£¥]|\d)",
    re.IGNORECASE,
)
#: a sentence that reports an error in an earlier version of the article
CORRECTED_OUT = re.compile(
    r"\b(?:earlier|previous|original)\s+version\s+of\s+this\s+(?:story|article|report|piece|post)\b|"
    r"\b(?:incorrectly|wrongly|mistakenly|erroneously)\s+(?:said|stated|reported|gave|put|described|identified)\b|"
    r"\bmisstated\b|\b(?:this|the|our)\s+(?:post|story|article|report|piece|item)\s+(?:originally|initially|previously|first)\s+"
    r"(?:said|stated|gave|put|reported)\b",
    re.IGNORECASE,
)
#: a dateline before the figure: "PARIS, " / "SAN FRANCISCO, Calif., " (the date follows)
DATELINE_BEFORE = re.compile(r"^\s*[A-Z][A-Z .'’-]{1,30}(?:,\s*[A-Z][A-Za-z.]{1,12})?,?\s*(?:\(\w[\w .-]*\)\s*)?$")
DATELINE_AFTER = re.compile(r"^(?:,?\s*(?:19|20)\d\d)?\s*(?:\([^)]{1,30}\)\s*)?[-–—]")

#: what a company is worth is not money it spent, raised or earned; nor are assets it manages or a person's wealth
#: "a round valued at $250m", "a deal worth $1.3bn": the size of a deal, not what a company is worth
_DEAL_VALUED = r"(?<!(?:round|order|nding|tract|ement|ckage|tment|\sdeal)\s)(?<!(?:round|order|\sdeal),\s)"
VALUATION = re.compile(r"\b(?:valuation|" + _DEAL_VALUED + r"valued|valuing|value\s+(?:it|the\s+company|the\s+firm)|market\s+(?:value|cap\w*)|"
                       + _DEAL_VALUED + r"worth|"
                       r"capitali[sz]ation)\b|"
                       r"\bvalu(?:e|es)\s+(?:[\w.’'&-]+\s+){1,4}?at\b|"
                       r"\bassets\s+under\s+management\b|\bAUM\b|\bmanag(?:es|ed|ing)\s+(?:\S+\s+){0,3}?in\s+assets\b|"
                       r"\b(?:with|has|had|holds|held)\s+(?:total\s+)?assets\s+of\b|\bin\s+(?:total\s+)?assets\b|"
                       r"\bin\s+sovereign\s+wealth\b|"
                       r"\bnet\s+worth\b|\bpersonal\s+(?:wealth|fortune)\b",
                       re.IGNORECASE)
