"""The scorer's own rules: what counts as the same speaker."""

from __future__ import annotations

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
