"""Accuracy gate: extraction scores must not fall below the pinned floors.

Floors live in ``tests/eval/baseline.json``; raise them when the extractor
gets better. Scored on the seed articles (``tests/data``), on the invented
labelled articles in ``tests/eval`` (rules were tuned on both) and on the
blind batches in ``tests/eval/holdout``, kept out of rule-making so that
their scores estimate accuracy on unseen text.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from claimcheck.evaluate import evaluate, format_scores

TESTS = Path(__file__).parent
BASELINE: dict[str, dict[str, float]] = json.loads((TESTS / "eval" / "baseline.json").read_text("utf-8"))
SETS = {"seeds": TESTS / "data" / "seeds.gold.json", "eval": TESTS / "eval", "holdout": TESTS / "eval" / "holdout"}


def _get(scores: dict[str, Any], dotted: str) -> float:
    node: Any = scores
    for part in dotted.split("."):
        node = node[part]
    return float(node)


@pytest.fixture(scope="module")
def scores() -> dict[str, dict[str, Any]]:
    return {name: evaluate(path) for name, path in SETS.items()}


@pytest.mark.parametrize("name", sorted(SETS))
def test_scores_at_or_above_floors(name: str, scores: dict[str, dict[str, Any]]) -> None:
    s = scores[name]
    report = format_scores(s)
    for key, floor in BASELINE[name].items():
        if key == "not_claim_violations_max":
            assert s["not_claim_violations"] <= floor, report
        else:
            assert _get(s, key) >= floor, f"{name} {key} {_get(s, key)} < {floor}\n{report}"


def test_eval_set_is_big_enough() -> None:
    n = sum(len(json.loads(p.read_text("utf-8"))["articles"]) for p in (TESTS / "eval").glob("*.json")
            if p.name != "baseline.json")
    assert n >= 8
