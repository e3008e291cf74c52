"""The scorer's own rules: what counts as the same speaker."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimcheck.evaluate import normalise_speaker


@pytest.mark.parametrize("a, b", [
    ("a Quorvex spokesperson", "Quorvex spokesperson"),
    ("a spokesperson for Quorvex", "Quorvex AI spokesperson"),
    ("the Quorvex Inc. spokesman", "a spokesman for Quorvex"),
    ("Dana  Whitfield", "dana whitfield"),
    ("Tern’s Gazette", "Tern's Gazette"),
    ("a Quorvex spokesman", "Quorvex spokesperson"),
])
def test_same_speaker_written_two_ways(a: str, b: str) -> None:
    assert normalise_speaker(a) == normalise_speaker(b)


@pytest.mark.parametrize("a, b", [
    ("Quorvex spokesperson", "Tern spokesperson"),
    ("Quorvex AI", "Quorvex Labs"),  # two organisations, not a role
    ("Dana Whitfield", "Dan Whitfield"),
    ("a spokesperson for Quorvex", "Quorvex"),
])
def test_different_speakers_stay_different(a: str, b: str) -> None:
    assert normalise_speaker(a) != normalise_speaker(b)


def test_an_unnamed_source_is_scored_by_its_description(tmp_path: Path) -> None:
    from claimcheck.evaluate import evaluate
    text = "“The interest has accelerated,” said one person familiar with the discussions."
    quote = {"text": "The interest has accelerated,"}
    for speaker in ("one person familiar with the discussions", None):
        gold = {"articles": {"a": {"title": None, "published": None, "text": text, "claims": [],
                                   "quotes": [{**quote, "speaker": speaker}]}}}
        path = tmp_path / "gold.json"
        path.write_text(json.dumps(gold), "utf-8")
        assert evaluate(path)["speaker_accuracy"] == 1.0, speaker
