"""Governments as the owners of their figures, on invented text: a national
government's budget is the country's, a country named as a place is not an owner."""

from __future__ import annotations

from claimcheck.extraction import extract
from claimcheck.extraction.names import load_registry
from claimcheck.extraction.states import article_country
from claimcheck.model import Extraction


def _facts(ex: Extraction) -> set[tuple[str, str | None, str, object]]:
    return {(c.kind, c.subject, c.attribute, c.value) for c in ex.claims}


def _subjects(ex: Extraction) -> set[str | None]:
    return {c.subject for c in ex.claims}


def test_a_government_named_by_its_demonym_spends_for_its_country() -> None:
    ex = extract("The Dutch government will contribute €70 million towards building an AI hub in Groningen.")
    assert ("cost", "netherlands", "total_spend", 70_000_000) in _facts(ex)


def test_the_government_alone_is_the_country_the_story_is_about() -> None:
    text = ("Ministers met in Ottawa on Monday to discuss Canada's plans. The Liberal government is setting aside "
            "$2.4 billion in its budget for artificial intelligence.")
    claims = [c for c in extract(text).claims if c.value == 2_400_000_000]
    assert [(c.subject, c.attribute, c.unit) for c in claims] == [("canada", "total_spend", "CAD")]


def test_a_country_that_acts_owns_its_budget() -> None:
    ex = extract("Japan passed an extra budget that included about 2 trillion yen earmarked for chip investment.")
    assert ("cost", "japan", "total_spend", 2_000_000_000_000) in _facts(ex)


def test_the_eu_is_one_subject_and_its_fund_is_spending_not_training() -> None:
    ex = extract("In February, the European Union announced a new €20 billion fund for AI gigafactories dedicated to "
                 "the training of next-generation AI models.")
    assert ("cost", "european-union", "total_spend", 20_000_000_000) in _facts(ex)
    assert "union" not in _subjects(ex)


def test_a_country_named_as_a_place_owns_nothing() -> None:
    ex = extract("Halvex Labs will invest $1 billion in Sweden over three years.")
    assert _subjects(ex) == {"halvex-labs"}


def test_a_government_told_something_is_not_the_buyer() -> None:
    text = ('India needs more chips. "I have given the government a commitment that we will go for another 8,000 '
            'B200 GPUs," said Jo Park, the chief executive of Halvex Labs.')
    assert "india" not in _subjects(extract(text))


def test_a_country_that_receives_or_names_something_owns_nothing() -> None:
    assert "south-africa" not in _subjects(extract(
        "South Africa will be the first recipient of Halvex data centres with 3,000 GPUs deployed by June."))
    assert "norway" not in _subjects(extract(
        "Stargate Norway is targeting the deployment of 100,000 GPUs by the end of 2026, Halvex Labs said."))


def test_a_state_or_helping_government_is_not_the_country() -> None:
    assert "india" not in _subjects(extract(
        "The state government will spend $5 million on an AI lab in Bihar, India's IT ministry said."))
    ex = extract("Japan's Halvex Labs is building a data center, with the government footing about half of the "
                 "more than ¥100 billion cost.")
    assert "japan" not in _subjects(ex)


def test_a_unit_price_is_not_a_government_s_spending() -> None:
    ex = extract("Saudi Arabia has purchased at least 3,000 of Halvex's Z100 chips at $40,000 apiece.")
    assert [(c.kind, c.subject, c.attribute) for c in ex.claims] == [("chips", "saudi-arabia", "gpu_holdings")]


def test_it_after_a_country_is_not_the_country() -> None:
    text = ("The U.S. restricted AI chip exports in 2022. The Z20 is a Halvex chip designed for the rules. "
            "It generated an estimated $12 billion to $15 billion in 2024.")
    assert "us" not in _subjects(extract(text))


def test_the_story_s_country_is_the_one_it_names_most() -> None:
    reg = load_registry()
    country = article_country("Korea and the Korean government lead; Japan follows.", reg)
    assert country is not None and country.slug == "south-korea"
    assert article_country("Halvex Labs raised $5 million.", reg) is None


def test_a_ministry_speaks_for_the_country_the_headline_names() -> None:
    text = ("The Ministry of Science and ICT announced on Jan. 22 that it would build a national AI computing "
            "center. It plans to pour in up to 2 trillion won through a public-private partnership.")
    ex = extract(text, title="Korea seeking 10,000 GPUs for new state-run AI center")
    assert ("cost", "south-korea", "total_spend", 2_000_000_000_000) in _facts(ex)


def test_chips_allocated_to_a_government_are_the_country_s() -> None:
    text = "The remaining 50,000 GPUs will be allocated to the Korean government, Halvex Labs said."
    assert ("chips", "south-korea", "gpu_holdings", 50_000) in _facts(extract(text))


def test_a_government_subject_goes_by_its_country_s_name_as_the_article_writes_it() -> None:
    ex = extract("Ministers met on Monday to discuss Canada's plans. The Liberal government is setting aside "
                 "$2.4 billion in its budget for artificial intelligence.")
    assert [(s.id, s.name) for s in ex.subjects] == [("canada", "Canada")]
    ex = extract("The UK government announced a £36m investment in AI on Monday. The UK is racing to catch up.")
    assert ("uk", "UK") in {(s.id, s.name) for s in ex.subjects}
