"""Property-based fuzzing of ``claimcheck.extract``: no crash, no hang, honest offsets.

10,000 generated texts: 3,300 each of random Unicode, numbers with odd
separators and currency marks, and unbalanced or nested quote marks, plus 100
huge run-on sentences (up to 1,500 words each, which spaCy takes longest on).
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import claimcheck

FUZZ = settings(max_examples=3300, deadline=timedelta(seconds=5), derandomize=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

NUMBERS = st.from_regex(r"(US\$|\$|£|€|¥|RMB ?|NT\$)?[0-9]{1,4}([ ,.'][0-9]{3}){0,3}([.,][0-9]+)?"
                        r"( ?(k|m|mn|M|bn|B|thousand|million|billion|trillion))?", fullmatch=True)
WORDS = st.sampled_from(["Quorvex", "said", "its", "model", "cost", "chips", "Nvidia", "H100", "trained",
                         "around", "more than", "between", "and", "in", "January", "2024", "on", "Monday",
                         "he", "she", "according to", "claims", "estimated", ",", ".", "\n", "\n\n"])
QUOTES = st.sampled_from(['"', "“", "”", "‘", "’", "'", "«", "»", "„"])


def check(text: str) -> None:
    result = claimcheck.extract(text)
    for item in [*result.claims, *result.quotes]:
        assert 0 <= item.start <= item.end <= len(text)
        assert text[item.start:item.end] == item.text or item.text.strip() in text[item.start:item.end]


@pytest.mark.slow
@FUZZ
@given(st.text(max_size=400))
def test_random_unicode(text: str) -> None:
    check(text)


@pytest.mark.slow
@FUZZ
@given(st.lists(st.one_of(NUMBERS, WORDS), max_size=60).map(" ".join))
def test_numbers_with_odd_separators(text: str) -> None:
    check(text)


@pytest.mark.slow
@FUZZ
@given(st.lists(st.one_of(QUOTES, WORDS, NUMBERS), max_size=60).map(" ".join))
def test_unbalanced_quotes(text: str) -> None:
    check(text)


@pytest.mark.slow
@settings(FUZZ, max_examples=100, deadline=timedelta(seconds=20))
@given(st.lists(st.one_of(WORDS, NUMBERS), min_size=200, max_size=1500).map(lambda ws: " ".join(w for w in ws if w not in ".\n")))
def test_huge_sentences(text: str) -> None:
    check(text)
