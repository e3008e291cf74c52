"""The reconciler on records mirroring the five seed articles (no spaCy needed).

Checks the gold flags of /work/shared/gold/seeds.gold.json come out: the R1
training-cost conflict with all three values, the scope conflation of the $6
million (V3's figure), Altman's unverified quote as the top quote flag, and
Zhang Xiaoming's altered quote; and that 512 H800 chips (R1) vs 2,000 chips
(V3) raise no value conflict.
"""

from __future__ import annotations

from typing import Any

from claimcheck.model import Subject
from claimcheck.reconciliation import reconcile

OUTLETS = {
    "000": "cryptopolitan.com",
    "001": "opentools.ai",
    "002": "hindustantimes.com",
    "003": "slashdot.org",
    "004": "aiacceleratorinstitute.com",
}


def claim(cid: str, art: str, subject: str | None, attribute: str, value: Any, **kw: Any) -> dict[str, Any]:
    kind = kw.pop("kind", "cost")
    row = {
        "id": cid,
        "article_id": f"a{art}",
        "source": f"s{art}",
        "outlet": OUTLETS[art],
        "url": f"https://{OUTLETS[art]}/{art}",
        "title": None,
        "published": None,
        "kind": kind,
        "subject": subject,
        "subject_text": subject,
        "subject_inferred": False,
        "attribute": attribute,
        "value": value,
        "low": value,
        "high": value,
        "unit": "USD" if kind == "cost" else None,
        "item": None,
        "precision": None,
        "qualifier": None,
        "hedge": "asserted",
        "claimant": None,
        "text": str(value),
        "sentence": f"It was {value}.",
        "start": 0,
        "end": 1,
    }
    if kind == "chips":
        row["unit"] = "chips"
    if kind == "date":
        row["unit"] = None
    row.update(kw)
    return row


def quote(qid: str, art: str, speaker: str, text: str, start: int, desc: str | None = None) -> dict[str, Any]:
    return {
        "id": qid,
        "article_id": f"a{art}",
        "source": f"s{art}",
        "outlet": OUTLETS[art],
        "url": f"https://{OUTLETS[art]}/{art}",
        "title": None,
        "published": None,
        "speaker": speaker,
        "speaker_desc": desc,
        "text": text,
        "start": start,
        "end": start + len(text),
        "sentence": text,
        "cue": "said",
    }


SUBJECTS = {
    "deepseek": Subject("deepseek", "DeepSeek", "org"),
    "deepseek-r1": Subject("deepseek-r1", "DeepSeek-R1", "model", parent="deepseek"),
    "deepseek-v3": Subject("deepseek-v3", "DeepSeek-V3", "model", parent="deepseek"),
    "openai": Subject("openai", "OpenAI", "org"),
    "gpt-4": Subject("gpt-4", "GPT-4", "model", parent="openai"),
    "gpt-3": Subject("gpt-3", "GPT-3", "model", parent="openai"),
    "meta": Subject("meta", "Meta", "org"),
}

CLAIMS = [
    claim("c000a", "000", "deepseek", "training_cost", 294000, hedge="claimed", claimant="DeepSeek"),
    claim("c000b", "000", "openai", "training_cost", None, low=10_000_000, high=None),
    claim("c001a", "001", "deepseek-r1", "training_cost", 294000, hedge="claimed", claimant="DeepSeek"),
    claim("c001b", "001", "deepseek-r1", "training_cost", 294000, hedge="reported"),
    claim("c001c", "001", "gpt-4", "training_cost", None, low=10_000_000, high=None, hedge="speculative"),
    claim("c001d", "001", "gpt-3", "training_cost", None, low=1_000_000, high=None, hedge="speculative"),
    claim(
        "c002a",
        "002",
        "deepseek-r1",
        "training_cost",
        6_000_000,
        hedge="claimed",
        claimant="DeepSeek",
        subject_inferred=True,
    ),
    claim("c002b", "002", "gpt-4", "training_cost", 100_000_000, hedge="estimated"),
    claim(
        "c002c",
        "002",
        "deepseek-r1",
        "training_cost",
        1_300_000_000,
        hedge="estimated",
        claimant="SemiAnalysis",
    ),
    claim("c003a", "003", "deepseek-r1", "training_cost", 294000, claimant="DeepSeek"),
    claim("c003b", "003", "deepseek-r1", "gpu_count", 512, kind="chips", item="H800"),
    claim("c003c", "003", "deepseek", "founding_date", "2019", kind="date", precision="year"),
    claim("c003d", "003", "deepseek", "release_date", "--01", kind="date", precision="month"),
    claim("c003e", "003", "openai", "training_cost", None, low=100_000_000, high=None, claimant="Sam Altman"),
    claim("c004a", "004", "deepseek-v3", "release_date", "--12-26", kind="date", precision="day"),
    claim(
        "c004b",
        "004",
        "deepseek-v3",
        "training_cost",
        6_000_000,
        low=5_400_000,
        high=6_600_000,
        qualifier="around",
    ),
    claim("c004c", "004", "meta", "training_cost", 100_000_000, hedge="reported"),
    claim("c004d", "004", "deepseek-v3", "gpu_count", 2000, kind="chips"),
]

ZHANG = "a leading expert in AI research at Shanghai Jiao Tong University"
QUOTES = [
    quote("q1", "003", "Sam Altman", "This is a game-changer", 1010, "CEO of U.S. AI giant OpenAI"),
    quote(
        "q2",
        "003",
        "Zhang Xiaoming",
        "This is a major breakthrough for DeepSeek and a significant step forward for China's AI industry",
        1900,
        ZHANG,
    ),
    quote(
        "q3",
        "003",
        "Zhang Xiaoming",
        "The fact that they were able to train their model at a cost of "
        "$294,000 using 512 Nvidia H800 chips is impressive, and it shows that Chinese companies are catching "
        "up with their international counterparts.",
        2080,
        ZHANG,
    ),
    quote(
        "q4",
        "003",
        "John Smith",
        "This is a wake-up call for leading AI companies",
        3300,
        "a leading expert in AI research at Stanford University",
    ),
    quote(
        "q5",
        "003",
        "John Smith",
        "They need to rethink their strategies and adapt to the changing landscape.",
        3420,
        "a leading expert in AI research at Stanford University",
    ),
    quote(
        "q6",
        "003",
        "Zhang Xiaoming",
        "The fact that DeepSeek was able to train its model at a cost of "
        "$294,000 using 512 Nvidia H800 chips is impressive",
        3520,
    ),
    quote(
        "q7",
        "003",
        "Zhang Xiaoming",
        "This shows that Chinese companies are catching up with their international counterparts.",
        3660,
    ),
]

MENTIONS = {
    "deepseek": {"s000", "s001", "s002", "s003", "s004"},
    "openai": {"s000", "s002", "s003", "s004"},
    "nvidia": {"s003", "s004"},
    "sam altman": {"s003"},
    "zhang xiaoming": {"s003"},
    "john smith": {"s003"},
    "shanghai jiao tong university": {"s003"},
    "stanford university": {"s003"},
    "liang wenfeng": {"s003"},
    "semianalysis": {"s002"},
    "meta": {"s004"},
    "jeffrey ding": {"s004"},
}


def run() -> list:
    return reconcile(CLAIMS, QUOTES, subjects=SUBJECTS, mention_sources=MENTIONS)


def by_kind(flags: list, kind: str) -> list:
    return [f for f in flags if f.kind == kind]


def test_r1_training_cost_conflict_has_all_three_values() -> None:
    flags = run()
    [vc] = [f for f in by_kind(flags, "value_conflict") if f.subject == "deepseek-r1"]
    assert vc.attribute == "training_cost"
    values = [v["value"] for v in vc.details["values"]]
    assert values == [294000, 6000000, 1300000000]
    assert vc.details["values"][0]["n_sources"] == 3  # 000 (about DeepSeek), 001, 003
    assert vc.severity in ("medium", "high")
    assert "DeepSeek-R1's training cost" in vc.summary
    assert (
        "$294,000 (3 sources, claimed by DeepSeek)" in vc.summary
        and "$1.3 billion (1, an estimate by SemiAnalysis)" in vc.summary
    )
    refs = {e.ref for e in vc.evidence}
    assert {"c000a", "c001a", "c002a", "c002c", "c003a"} <= refs


def test_six_million_is_scope_conflation_with_v3() -> None:
    [sc] = by_kind(run(), "scope_conflation")
    assert sc.subject == "deepseek-r1" and sc.attribute == "training_cost"
    assert sc.details["value"] == 6000000
    assert (sc.details["referent"]["subject"], sc.details["referent"]["attribute"]) == (
        "deepseek-v3",
        "training_cost",
    )
    assert {(e.ref, e.role) for e in sc.evidence} == {("c002a", "disputed"), ("c004b", "referent")}


def test_no_conflict_on_chip_counts_of_sibling_models() -> None:
    flags = run()
    assert not [f for f in flags if f.attribute == "gpu_count"]
    others = [
        f for f in flags if f.kind in ("value_conflict", "internal_conflict") and f.subject != "deepseek-r1"
    ]
    assert all(f.severity == "low" for f in others)  # at most parent-only notes


def test_altman_is_the_top_quote_flag() -> None:
    flags = run()
    quote_flags = [f for f in flags if f.kind.endswith("_quote")]
    top = max(quote_flags, key=lambda f: f.score)
    assert top.kind == "unverified_quote"
    assert top.details["speaker"] == "Sam Altman"
    assert top.severity == "high"
    assert "altered quotes" in top.summary and "experts no other source names" in top.summary
    assert [e.ref for e in top.evidence] == ["q1"]


def test_zhang_altered_quote() -> None:
    [alt] = by_kind(run(), "altered_quote")
    assert alt.details["speaker"] == "Zhang Xiaoming"
    assert {e.ref for e in alt.evidence} == {"q3", "q6", "q7"}
    texts = [r["text"] for r in alt.details["renderings"]]
    assert len(texts) == 2 and texts[1].startswith("The fact that DeepSeek") and "This shows" in texts[1]
    changed = {(op["a"], op["b"]) for op in alt.details["diff"]}
    assert ("they were", "deepseek was") in changed or any("they" in a for a, _ in changed)
    assert not by_kind(run(), "misattributed_quote")


def test_keys_are_stable_across_runs() -> None:
    assert [(f.kind, f.key) for f in run()] == [(f.kind, f.key) for f in run()]


def test_details_are_json_serialisable() -> None:
    import json

    for flag in run():
        json.dumps(flag.details)
        assert flag.summary.endswith(".") and flag.evidence


def test_date_bounds_in_details_are_iso() -> None:
    [vc] = [f for f in run() if f.subject == "deepseek-v3"]
    assert vc.severity == "low"
    assert {(v["low"], v["high"]) for v in vc.details["values"]} == {
        ("--12-26", "--12-26"),
        ("--01-01", "--01-31"),
    }
