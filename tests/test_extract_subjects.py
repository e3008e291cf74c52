"""Subject discovery and resolution on invented text: which organisation, model or
system a figure is about (patterns of news writing, no real article)."""

from __future__ import annotations

from claimcheck.extraction import extract
from claimcheck.model import Extraction


def _facts(ex: Extraction) -> set[tuple[str, str | None, str, object]]:
    return {(c.kind, c.subject, c.attribute, c.value) for c in ex.claims}


def _subject_of(ex: Extraction, value: object) -> str | None:
    found = [c.subject for c in ex.claims if c.value == value]
    assert found, (value, _facts(ex))
    return found[0]


# -- discovery ----------------------------------------------------------------

def test_a_bare_company_doing_what_companies_do_is_a_subject() -> None:
    ex = extract("Acme has raised $6 billion in new capital.")
    assert ("cost", "acme", "other", 6_000_000_000) in _facts(ex)
    assert ex.main_subject == "acme"


def test_a_bare_sentence_opener_that_only_talks_is_not_a_company() -> None:
    ex = extract("Analysts spent $5 million on it.")
    assert ex.main_subject is None


def test_names_that_start_lower_case_are_discovered() -> None:
    ex = extract("zEnith has raised $6 billion in new capital. The founder set up zEnith in 2023.")
    assert ("cost", "zenith", "other", 6_000_000_000) in _facts(ex)
    assert ("date", "zenith", "founding_date", "2023") in _facts(ex)
    ex = extract("qTern spent $300 million on servers last year.")
    assert _subject_of(ex, 300_000_000) == "qtern"


def test_units_with_an_inner_capital_are_not_names() -> None:
    ex = extract("Acme Robotics said its site draws 40 kWh and raised $20 million.")
    assert "kwh" not in {s.id for s in ex.subjects}
