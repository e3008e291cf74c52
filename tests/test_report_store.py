"""A small store for the report tests: five articles, one of them hostile, and five flags.

Other ``test_report_*`` modules import :func:`build_store` (no conftest: each
module builds its store once, in a module-scoped fixture).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.model import Article, Claim, Evidence, Extraction, Flag, Quote, text_hash
from claimcheck.report import ReportFilters, build_report
from claimcheck.store import Store

EXTRACTOR = "test-1"
PWN_SCRIPT = "<script>window.__pwned=1</script>"
PWN_IMG = '<img src=x onerror="window.__pwned=1">'
HOSTILE_URL = "javascript:alert(1)"
FORMULA = '=HYPERLINK("http://evil.example","click")'

ARTICLES = {
    "reuters": Article(
        url="https://www.reuters.com/tech/deepseek-cost",
        outlet="reuters.com",
        title="DeepSeek says V3 cost $5.6 million to train",
        published="2025-01-27",
        text="DeepSeek said it spent $5.6 million to train DeepSeek-V3. "
        '"We built it for a fraction of the cost," Liang Wenfeng said.',
    ),
    "blog": Article(
        url="https://techblog.example/deepseek",
        outlet="techblog.example",
        title="The $5.6 million model",
        published="2025-01-29",
        text="DeepSeek-V3 cost just $5.6 million to train, the company says. "
        '"We built it for a small fraction of what others spent," Liang Wenfeng said.',
    ),
    "ft": Article(
        url="https://www.ft.com/content/deepseek-hardware",
        outlet="ft.com",
        title="DeepSeek's hardware bill",
        published="2025-01-28",
        text="SemiAnalysis estimates DeepSeek has spent more than $500 million on hardware.",
    ),
    "hostile": Article(
        url=HOSTILE_URL,
        outlet=HOSTILE_URL,
        title=f"{PWN_SCRIPT}Evil <b>headline</b>",
        published="2025-01-30",
        text=f"R1 cost $1.6 billion {PWN_SCRIPT} to train. {PWN_IMG} Elsewhere it says R1 cost $6 million. "
        f'"{FORMULA} is my view," said Mallory.',
    ),
}


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence around ``text[start:end]`` (sentences end with ". ")."""
    left = text.rfind(". ", 0, start)
    right = text.find(". ", end)
    return text[left + 1 if left >= 0 else 0 : right + 1 if right >= 0 else len(text)].strip()


def _claim(article: Article, fragment: str, **fields: object) -> Claim:
    start = article.text.index(fragment)
    end = start + len(fragment)
    return Claim(text=fragment, start=start, end=end, sentence=_sentence(article.text, start, end),
                 **fields)  # type: ignore[arg-type]


def _quote(article: Article, words: str, speaker: str) -> Quote:
    start = article.text.index(words)
    end = start + len(words)
    return Quote(text=words, speaker=speaker, cue="said", start=start, end=end,
                 sentence=_sentence(article.text, start, end))


def _extractions() -> dict[str, Extraction]:
    a = ARTICLES
    cost = {"kind": "cost", "unit": "USD"}
    return {
        "reuters": Extraction(
            claims=[_claim(a["reuters"], "$5.6 million", attribute="training_cost", value=5.6e6, low=5.55e6,
                           high=5.65e6, subject="deepseek-v3", hedge="claimed", claimant="DeepSeek", **cost)],
            quotes=[_quote(a["reuters"], "We built it for a fraction of the cost,", "Liang Wenfeng")],
        ),
        "blog": Extraction(
            claims=[_claim(a["blog"], "$5.6 million", attribute="training_cost", value=5.6e6, low=5.55e6,
                           high=5.65e6, subject="deepseek-v3", **cost)],
            quotes=[_quote(a["blog"], "We built it for a small fraction of what others spent,", "Liang Wenfeng")],
        ),
        "ft": Extraction(
            claims=[_claim(a["ft"], "more than $500 million", attribute="total_spend", value=5e8, low=5e8,
                           high=None, subject="deepseek", hedge="estimated", claimant="SemiAnalysis", **cost)],
        ),
        "hostile": Extraction(
            claims=[
                _claim(a["hostile"], "$1.6 billion", attribute="training_cost", value=1.6e9, low=1.55e9,
                       high=1.65e9, subject="deepseek-r1", claimant=PWN_IMG, **cost),
                _claim(a["hostile"], "$6 million", attribute="training_cost", value=6e6, low=5.5e6,
                       high=6.5e6, subject="deepseek-r1", claimant=FORMULA, **cost),
            ],
            quotes=[_quote(a["hostile"], f"{FORMULA} is my view,", f"Mallory{PWN_SCRIPT}")],
        ),
    }


def _ids(store: Store) -> dict[tuple[str, str], str]:
    """(article key, claim/quote text) → stored id."""
    key_of = {article.url: key for key, article in ARTICLES.items()}
    ids = {(key_of[r["url"]], r["text"]): r["id"] for r in store.claim_records()}
    ids.update({(key_of[r["url"]], r["text"]): r["id"] for r in store.quote_records()})
    return ids


def _value_details(ids: dict[tuple[str, str], str]) -> dict[str, object]:
    """``details`` shaped as the reconciler writes them for a value conflict (figures most-sourced first)."""
    return {"unit": "USD", "kind": "cost", "n_sources": 3, "values": [
        {"value": 5.6e6, "label": "$5.6 million", "n_sources": 2, "first_outlet": "reuters.com",
         "repeated_by": ["techblog.example"], "first_seen": "2025-01-27",
         "claims": [ids[("reuters", "$5.6 million")], ids[("blog", "$5.6 million")]]},
        {"value": 1.6e9, "label": "$1.6 billion", "n_sources": 1, "first_outlet": HOSTILE_URL, "repeated_by": [],
         "first_seen": "2025-01-30", "claims": [ids[("hostile", "$1.6 billion")]]},
    ]}


def _flags(ids: dict[tuple[str, str], str]) -> list[Flag]:
    def ev(kind: str, key: str, text: str, role: str | None = None) -> Evidence:
        return Evidence(type=kind, ref=ids[(key, text)], role=role)

    return [
        Flag(kind="value_conflict", key="v3-cost", severity="high", score=3.0, subject="deepseek-v3",
             attribute="training_cost",
             summary=f"Sources disagree on the training cost: $5.6 million vs $1.6 billion {PWN_SCRIPT}",
             details=_value_details(ids),
             evidence=[ev("claim", "reuters", "$5.6 million", "value"), ev("claim", "blog", "$5.6 million", "value"),
                       ev("claim", "hostile", "$1.6 billion", "value")]),
        Flag(kind="scope_conflation", key="deepseek-spend", severity="medium", score=2.0, subject="deepseek",
             attribute="total_spend",
             summary="$500 million is company-wide hardware spend, not the cost of one training run.",
             evidence=[ev("claim", "ft", "more than $500 million", "referent"),
                       ev("claim", "reuters", "$5.6 million", "disputed")]),
        Flag(kind="altered_quote", key="liang-fraction", severity="medium", score=1.5, subject=None,
             attribute=None, details={"speaker": "Liang Wenfeng"},
             summary="Liang Wenfeng's quote is worded differently in two outlets.",
             evidence=[ev("quote", "reuters", "We built it for a fraction of the cost,", "referent"),
                       ev("quote", "blog", "We built it for a small fraction of what others spent,", "rendering")]),
        Flag(kind="internal_conflict", key="r1-internal", severity="low", score=1.0, subject="deepseek-r1",
             attribute="training_cost", summary="One article gives R1's training cost as both $1.6 billion and $6 million.",
             evidence=[ev("claim", "hostile", "$1.6 billion"), ev("claim", "hostile", "$6 million")]),
        Flag(kind="unverified_quote", key="mallory", severity="low", score=0.5, summary=FORMULA,
             details={"speaker": "Mallory"},
             evidence=[ev("quote", "hostile", f"{FORMULA} is my view,", "disputed")]),
    ]


EVIDENCE_COUNT = 10


def build_store(path: Path) -> Store:
    """Save the articles, their extractions and the flags into a new store at ``path``."""
    store = Store(path)
    for article in ARTICLES.values():
        store.save_article(article)
    for key, extraction in _extractions().items():
        article = ARTICLES[key]
        store.save_extraction(article.id, extraction, EXTRACTOR, text_hash(article.text))
    flags = _flags(_ids(store))
    store.save_flags(flags, "test-reconciler")
    store.review(flags[1].id, "confirmed", note=f"Checked {PWN_SCRIPT}")
    return store


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    return build_store(tmp_path_factory.mktemp("store") / "claims.db")


def test_store_holds_the_fixture(store: Store) -> None:
    counts = store.table_counts()
    assert (counts["articles"], counts["claims"], counts["quotes"], counts["flags"]) == (4, 5, 3, 5)
    assert counts["flag_evidence"] == EVIDENCE_COUNT


def test_report_resolves_every_evidence_ref(store: Store) -> None:
    report = build_report(store, ReportFilters())
    assert [f["severity"] for f in report.flags] == ["high", "medium", "medium", "low", "low"]
    assert sum(len(f["evidence"]) for f in report.flags) == EVIDENCE_COUNT
    confirmed = [f for f in report.flags if f["status"] == "confirmed"]
    assert len(confirmed) == 1 and confirmed[0]["kind"] == "scope_conflation"
