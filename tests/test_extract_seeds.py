"""The five seed articles: every required gold claim and every gold quote is found.

Texts and labels are copies of ``shared/seeds`` kept in ``tests/data`` so the
test runs wherever the repository is checked out.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from claimcheck.evaluate import claim_matches, normalise_quote
from claimcheck.extraction import extract
from claimcheck.model import Extraction

DATA = Path(__file__).parent / "data"
GOLD: dict[str, Any] = json.loads((DATA / "seeds.gold.json").read_text("utf-8"))
NAMES = sorted(GOLD["articles"])


@pytest.fixture(scope="module")
def extractions() -> dict[str, tuple[str, Extraction]]:
    out = {}
    for name in NAMES:
        text = (DATA / "seeds" / name).read_text("utf-8")
        out[name] = (text, extract(text, title=GOLD["articles"][name].get("title")))
    return out


@pytest.mark.parametrize("name", NAMES)
def test_required_claims_found(name: str, extractions: dict[str, tuple[str, Extraction]]) -> None:
    _, ex = extractions[name]
    for gold in GOLD["articles"][name]["claims"]:
        if gold.get("required", True):
            assert any(claim_matches(c, gold) for c in ex.claims), f"missing {gold}"


@pytest.mark.parametrize("name", NAMES)
def test_no_unlabelled_claims(name: str, extractions: dict[str, tuple[str, Extraction]]) -> None:
    _, ex = extractions[name]
    golds = GOLD["articles"][name]["claims"]
    extra = [(c.kind, c.subject, c.attribute, c.value, c.text) for c in ex.claims
             if not any(claim_matches(c, g) for g in golds)]
    assert extra == []


@pytest.mark.parametrize("name", NAMES)
def test_quotes_and_speakers(name: str, extractions: dict[str, tuple[str, Extraction]]) -> None:
    _, ex = extractions[name]
    found = {normalise_quote(q.text): q for q in ex.quotes}
    gold_quotes = GOLD["articles"][name]["quotes"]
    for g in gold_quotes:
        q = found.get(normalise_quote(g["text"]))
        assert q is not None, f"missing quote {g['text']!r}"
        assert q.speaker == g["speaker"]
    assert len(ex.quotes) == len(gold_quotes)


@pytest.mark.parametrize("name", NAMES)
def test_not_claims(name: str, extractions: dict[str, tuple[str, Extraction]]) -> None:
    _, ex = extractions[name]
    for frag in GOLD["articles"][name].get("not_claims", []):
        assert not [c for c in ex.claims if frag in c.sentence], frag


@pytest.mark.parametrize("name", NAMES)
def test_offsets_index_the_text(name: str, extractions: dict[str, tuple[str, Extraction]]) -> None:
    text, ex = extractions[name]
    for c in ex.claims:
        assert text[c.start:c.end] == c.text
        assert c.text in c.sentence
    for q in ex.quotes:
        assert 0 <= q.start < q.end <= len(text)


def test_claim_details(extractions: dict[str, tuple[str, Extraction]]) -> None:
    _, ex = extractions["002_4644f8d9934b1ff4.txt"]
    six = [c for c in ex.claims if c.value == 6_000_000]
    assert six[0].hedge == "claimed" and six[0].claimant == "DeepSeek"
    big = next(c for c in ex.claims if c.value == 1_300_000_000)
    assert big.hedge == "estimated" and big.claimant == "SemiAnalysis"
    assert big.qualifier == "closer to"
    gpt = next(c for c in ex.claims if c.subject == "gpt-4")
    assert gpt.hedge == "estimated"

    _, ex = extractions["003_a9a1f0090d642e8f.txt"]
    chips = next(c for c in ex.claims if c.kind == "chips")
    assert (chips.value, chips.item, chips.unit) == (512, "H800", "chips")
    altman = next(q for q in ex.quotes if q.speaker == "Sam Altman")
    assert altman.speaker_desc == "CEO of U.S. AI giant OpenAI" and altman.cue == "said"
    founded = next(c for c in ex.claims if c.attribute == "founding_date")
    assert (founded.value, founded.precision) == ("2019", "year")

    _, ex = extractions["000_09d1cfa4e043314b.txt"]
    assert ex.main_subject == "deepseek"
    first = ex.claims[0]
    assert (first.subject, first.hedge, first.claimant) == ("deepseek", "claimed", "DeepSeek")


def test_subjects_and_mentions(extractions: dict[str, tuple[str, Extraction]]) -> None:
    _, ex = extractions["004_334cd19d754d72a3.txt"]
    subjects = {s.id: s for s in ex.subjects}
    assert subjects["deepseek-v3"].kind == "model" and subjects["deepseek-v3"].parent == "deepseek"
    assert subjects["deepseek"].kind == "org"
    mentions = {m.name: m for m in ex.mentions}
    assert mentions["Jeffrey Ding"].kind == "person"
    assert mentions["DeepSeek"].subject == "deepseek" and mentions["DeepSeek"].count >= 5

    _, ex = extractions["001_cb9e1ea4f130d786.txt"]
    r1 = next(s for s in ex.subjects if s.id == "deepseek-r1")
    assert r1.parent == "deepseek"
