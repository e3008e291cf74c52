"""Attribute and hedge cues (claimcheck.extraction.attributes) on invented sentences.

Unit tests call the pure functions with a figure's offsets in its sentence; a few
end-to-end tests go through :func:`claimcheck.extract` with invented companies.
"""

from __future__ import annotations

import pytest

import claimcheck
from claimcheck.extraction import attributes as A


def _span(sentence: str, figure: str) -> tuple[int, int]:
    a = sentence.index(figure)
    return a, a + len(figure)


def chips(sentence: str, figure: str) -> str:
    return A.chips_attribute(sentence, *_span(sentence, figure))


def cost(sentence: str, figure: str) -> str:
    return A.cost_attribute(sentence, *_span(sentence, figure))


def date(sentence: str, figure: str) -> str | None:
    found = A.date_attribute(sentence, *_span(sentence, figure))
    return found[0] if found else None


# -- chips: holdings vs a training run's count -------------------------------------

@pytest.mark.parametrize("sentence, figure", [
    ("Per a Quarry Labs note, Brindle operates a large-scale computing infrastructure with 40,000 Nvidia H100 GPUs.",
     "40,000 Nvidia H100 GPUs"),
    ("Brindle has spent $2.1 billion on hardware, including 8,000 H800s and 6,000 H100s.", "8,000 H800s"),
    ("Brindle has spent $2.1 billion on hardware, including 8,000 H800s and 6,000 H100s.", "6,000 H100s"),
    ("Brindle is training Corvo 5 and will have 250,000 H100 GPUs by the end of the year.", "250,000 H100 GPUs"),
    ("The company will end the year with more than 1.2 million GPUs.", "more than 1.2 million GPUs"),
    ("It is bigger than the Tamsin supercluster, which currently has 90,000 Nvidia chips.", "90,000 Nvidia chips"),
    ("Brindle said Halvard will soon be powered by 150,000 Nvidia H100 GPUs.", "150,000 Nvidia H100 GPUs"),
    ("Meet the supercomputer featuring 80,000 Nvidia H100 GPUs.", "80,000 Nvidia H100 GPUs"),
    ("Brindle will build a supercluster consisting of 65,000 Nvidia B200 GPUs.", "65,000 Nvidia B200 GPUs"),
    ("Brindle built a supercomputer with 12,000 H100 GPUs.", "12,000 H100 GPUs"),
    ("Brindle aims to double the site's capacity to 100,000 GPUs.", "100,000 GPUs"),
    ("Brindle plans to add 20,000 more H200s next year.", "20,000 more H200s"),
    ("Brindle made an investment in 9,000 A100 GPUs in 2021.", "9,000 A100 GPUs"),
    ("Brindle would operate 300,000 H100-equivalents of compute.", "300,000 H100"),
    ("Brindle, which trained Corvo 5 last year, has 30,000 GPUs.", "30,000 GPUs"),
])
def test_holdings(sentence: str, figure: str) -> None:
    assert chips(sentence, figure) == "gpu_holdings"


@pytest.mark.parametrize("sentence, figure", [
    ("Brindle trained Corvo 5 on 2,048 H800 GPUs.", "2,048 H800 GPUs"),
    ("Brindle used 2,048 H800 GPUs to train Corvo 5.", "2,048 H800 GPUs"),
    ("Corvo 5 was trained with 2,048 H800 GPUs.", "2,048 H800 GPUs"),
    ("Corvo 5 was trained on a cluster of 2,048 H800 GPUs.", "2,048 H800 GPUs"),
    ("Brindle says it spent $4 million and 1,024 GPUs to train Corvo 5.", "1,024 GPUs"),
    ("Brindle said its expenses were under $4 million and required only 1,024 GPUs.", "1,024 GPUs"),
    ("The final training run of Corvo 5 ran with 1,536 H100s.", "1,536 H100s"),
])
def test_training_count(sentence: str, figure: str) -> None:
    assert chips(sentence, figure) == "gpu_count"


def test_with_alone_is_no_training_count() -> None:
    # a bare "with" and no training cue anywhere: not a training run's chips
    assert chips("Brindle arrived with 5,000 GPUs.", "5,000 GPUs") != "gpu_count"


def test_holdings_end_to_end() -> None:
    text = ("Brindle is training its Corvo-5 model. Brindle will end the year with more than 1.2 million GPUs. "
            "Brindle said its Halvard supercomputer will soon be powered by 150,000 Nvidia H100 GPUs.")
    got = {(c.value, c.attribute) for c in claimcheck.extract(text).claims if c.kind == "chips"}
    assert (1200000, "gpu_holdings") in got
    assert (150000, "gpu_holdings") in got
