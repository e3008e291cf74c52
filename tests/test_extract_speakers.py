"""Speakers and quote boundaries in the shapes real news writing takes.

Each test is one pattern of English news prose, on invented text (people and
organisations are fictional): what counts as a quote (a short clause, a whole
utterance after "wrote,"; not a bare term, not a slash-separated label) and who
said it (a report, a crowd, "it said", a role named later, a quote standing
alone after its speaker's earlier quotes).
"""

from __future__ import annotations

from claimcheck.extraction import extract


def _speakers(text: str) -> dict[str, str | None]:
    return {q.text: q.speaker for q in extract(text).quotes}


# --- what is a quote ---------------------------------------------------------

def test_bare_term_after_called_is_not_a_quote() -> None:
    text = ('Dana Whitfield said in 2023 that what she called "frontier model tuning" had cost more than '
            '$50 million.\n')
    assert _speakers(text) == {}


def test_noun_phrase_begun_outside_the_marks_is_a_quote() -> None:
    text = 'Quorvex answered the lawsuit, calling it part of a "coordinated smear campaign" against its staff.\n'
    assert _speakers(text) == {"coordinated smear campaign": "Quorvex"}


def test_slash_separated_label_in_parentheses_is_not_a_quote() -> None:
    text = 'The naming pattern is now common ("premium / standard / lite") and tells buyers what to pick.\n'
    assert _speakers(text) == {}


def test_one_word_utterance_after_wrote_comma_is_a_quote() -> None:
    text = 'Replying to a post about the chip rules, Dana Whitfield simply wrote, "Absolutely!" and logged off.\n'
    assert _speakers(text) == {"Absolutely!": "Dana Whitfield"}


def test_short_clause_is_a_quote_without_a_reporting_verb() -> None:
    text = ('According to a review by the blog Tern Weekly, the robot is not as clever as some believe and '
            '"there are no miracles" in robotics.\n')
    assert "there are no miracles" in _speakers(text)
