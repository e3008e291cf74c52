"""Values, attributes and not-claims: which figures are claims, their intervals and what they measure.

Invented text only. Each test pins one pattern of news writing: currencies and scales the
money finder reads, chip counts in fact rows, server boxes and shared nouns, a supplier's
output and a product's specification (no one's chips), relative years, target dates,
valuations, market totals and what has merely become possible.
"""

from __future__ import annotations

import pytest

import claimcheck
from claimcheck.extraction import attributes as A
from claimcheck.extraction.chips import find_chips
from claimcheck.extraction.dates import find_dates
from claimcheck.extraction.money import find_money


def _claims(text: str, published: str | None = None) -> list[tuple[str, str, object]]:
    """(kind, attribute, value) of each claim: whose figure it is belongs to the subject tests."""
    return [(c.kind, c.attribute, c.value) for c in claimcheck.extract(text, published=published).claims]


def _span(sentence: str, figure: str) -> tuple[int, int]:
    a = sentence.index(figure)
    return a, a + len(figure)


# -- money: currencies and scales ---------------------------------------------------------

@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("raised NOK 500 million in", 500_000_000, "NOK"),
        ("a SEK500m round", 500_000_000, "SEK"),
        ("2 billion Norwegian kroner", 2_000_000_000, "NOK"),
        ("40 million Swedish kronor", 40_000_000, "SEK"),
        ("5 million Australian dollars", 5_000_000, "AUD"),
        ("Rs 500 crore", 5_000_000_000, "INR"),
        ("₹40 lakh", 4_000_000, "INR"),
        ("INR 1,200 crore", 12_000_000_000, "INR"),
        ("¥180 Billion", 180_000_000_000, "CNY"),
        ("$6 Billion", 6_000_000_000, "USD"),
        ("€2.5 Million", 2_500_000, "EUR"),
    ],
)
def test_money_currencies_and_scales(text: str, value: float, unit: str) -> None:
    found = find_money(text)
    assert len(found) == 1
    assert found[0].value == pytest.approx(value)
    assert found[0].unit == unit


def test_a_verb_is_still_no_currency() -> None:
    assert find_money("the team of 5 won the final") == []


def test_funding_in_crore_is_a_claim() -> None:
    assert _claims("Quorvex Labs raised Rs 500 crore in a funding round led by Tern Capital.") == [
        ("cost", "other", 5_000_000_000)]


# -- chips: fact rows, server boxes, shared nouns -----------------------------------------

@pytest.mark.parametrize(
    "row, value, model",
    [
        ("Chips owned: ~18,000", 18_000, None),
        ("Nvidia H100 GPUs: 24,576", 24_576, "H100"),
        ("- GPUs used for training: 2,048", 2_048, None),
        ("Total GPUs: 25,000", 25_000, None),
    ],
)
def test_fact_row_counts(row: str, value: int, model: str | None) -> None:
    found = find_chips(row)
    assert [(c.value, c.item) for c in found] == [(value, model)]


@pytest.mark.parametrize("row", ["GPU hours: 2,788,000", "GPU memory: 80 GB", "Price per GPU: 25,000",
                                 "Rental cost per GPU: 2"])
def test_fact_rows_that_are_not_counts(row: str) -> None:
    assert find_chips(row) == []


def test_fact_box_gives_holdings_and_founding_year() -> None:
    text = "Quorvex Labs builds robots.\n\nFounded: 2019\nChips owned: ~18,000\nHeadquarters: Oslo"
    claims = _claims(text)
    assert ("date", "founding_date", "2019") in claims
    assert ("chips", "gpu_holdings", 18_000) in claims


def test_approximate_tilde_gives_an_interval() -> None:
    (c,) = find_chips("Quorvex bought ~18,000 H100 GPUs")
    assert (c.value, c.low, c.high) == (18_000, 16_200, 19_800)


@pytest.mark.parametrize("text", ["Quorvex operates 512 servers, each fitted with eight H800 chips.",
                                  "Quorvex operates 512 servers loaded with eight H800 chips each."])
def test_servers_fitted_with_chips(text: str) -> None:
    (c,) = find_chips(text)
    assert (c.value, c.item) == (4_096, "H800")


def test_two_counts_sharing_one_noun() -> None:
    text = "Quorvex’s planned 200,000 GPUs outstrip Tern AI’s 90,000 and Bolt AI’s 70,000 GPUs."
    assert [c.value for c in find_chips(text)] == [200_000, 90_000, 70_000]


def test_a_range_is_not_two_counts() -> None:
    (c,) = find_chips("Quorvex owns between 10,000 and 20,000 GPUs.")
    assert (c.low, c.high) == (10_000, 20_000)


# -- chips that are no one's: a supplier's output, a product's specification -----------------

def _no_ones(sentence: str) -> list[bool]:
    return [A.held_by_no_one(sentence, c.start, c.end) for c in find_chips(sentence)]


@pytest.mark.parametrize(
    "text",
    [
        "Tern Semiconductor shipped approximately 300,000 H100s in the second quarter.",
        "Tern Semiconductor is expected to ship more than one million H20 GPUs this year.",
        "Output rose to 811,000 units, close to 100,000 more AI GPUs made in three months.",
        "The platform has the capability to connect up to 65,536 AI GPUs for inference.",
        "The switch fabric scales to as many as 72 GPUs.",
    ],
)
def test_supplier_output_and_specs_are_no_ones(text: str) -> None:
    assert _no_ones(text) == [True]


@pytest.mark.parametrize(
    "text",
    [
        "Tern Semiconductor shipped 10,000 H100s to Quorvex last year.",
        "Quorvex bought 10,000 chips made by Tern Semiconductor.",
        "Quorvex has up to 5,000 GPUs in its data centre.",
        "Quorvex trained Bolt-3 on 2,048 H800 GPUs.",
    ],
)
def test_counts_with_an_owner_are_someones(text: str) -> None:
    assert _no_ones(text) == [False]


def test_a_count_included_in_a_total_is_a_holding() -> None:
    s = "Dana Whitfield said the number includes some 340,000 H100s, alongside other chips."
    assert A.chips_attribute(s, *_span(s, "some 340,000 H100s")) == "gpu_holdings"


def test_included_in_a_training_run_stays_a_run() -> None:
    s = "Bolt-3 was trained on 4,096 GPUs, including 1,024 H800s."
    assert A.chips_attribute(s, *_span(s, "1,024 H800s")) == "gpu_count"


# -- dates -------------------------------------------------------------------------------

def test_month_last_year_counts_back_from_the_publication_date() -> None:
    (d,) = find_dates("The release of Bolt-2 in March last year changed the market.", "2025-02-03")
    assert d.value == "2024-03"


def test_month_last_year_without_a_publication_date_is_unknown() -> None:
    assert find_dates("The release of Bolt-2 in March last year changed the market.") == []


def test_month_this_year() -> None:
    (d,) = find_dates("Quorvex launched Bolt-2 in March this year.", "2025-06-01")
    assert d.value == "2025-03"


def test_released_month_last_year_is_a_release_claim() -> None:
    assert _claims("Quorvex released Bolt-2 in March last year.", published="2025-02-03") == [
        ("date", "release_date", "2024-03")]


@pytest.mark.parametrize("text", ["at 10:2019 local time", "Score: 2019-20"])
def test_colon_years_need_a_label(text: str) -> None:
    assert find_dates(text) == []


def test_a_target_year_dates_no_event() -> None:
    s = "The site will need 130 MW at launch, upscaling to 500 MW by 2026."
    assert A.date_attribute(s, *_span(s, "by 2026")) is None


# -- money that is not a claim, money whose attribute is a run's ---------------------------

def test_capitalisation_is_a_valuation() -> None:
    s = "Tern Semiconductor's capitalization has skyrocketed from $364.18B in 2022."
    assert A._nearest(s, *_span(s, "$364.18B"), A.VALUATION) is not None
    assert _claims(s) == []


def test_combined_capex_of_several_companies_is_no_one_claim() -> None:
    text = ("Quorvex, Tern Robotics and Bolt Systems reported earnings this week. "
            "They reported a combined capital expenditure of $246 billion in 2024, up from $151 billion in 2023.")
    assert [c for c in _claims(text) if c[0] == "cost"] == []


def test_what_has_become_possible_is_no_claim() -> None:
    s = "Bolt-3 shows it's now possible to train a frontier-class model for less than $6 million."
    assert A.is_hypothetical(s, s.index("less than"))


def test_a_named_model_possible_to_train_stays() -> None:
    s = "Quorvex says it was able to train Bolt-3 for less than $6 million."
    assert not A.is_hypothetical(s, s.index("less than"))


def test_a_funding_round_beside_a_valuation_move_stays() -> None:
    s = ("Its upcoming valuation would more than double the 5.8 billion euros ($6.8 billion) figure it reached "
         "last June following a 468 million euro ($550 million) round that drew new backers.")
    assert A.STOCK_MOVE.search(s) is None
    assert A.STOCK_MOVE.search("Quorvex shares rose 3% to €41.20 on Monday.") is not None


def test_rental_rates_price_a_run() -> None:
    s = "Priced at typical rental rates for H800 accelerators, those steps come in just under 300,000 dollars."
    assert A.cost_attribute(s, *_span(s, "just under 300,000 dollars")) == "training_cost"


def test_a_rate_per_gpu_hour_is_a_price_not_a_run() -> None:
    s = "At a rental rate of $2 per GPU-hour, that works out to roughly $6 million."
    assert A.cost_attribute(s, *_span(s, "$2")) == "other"
    assert A.cost_attribute(s, *_span(s, "roughly $6 million")) == "other"


def test_long_digit_runs_stay_fast() -> None:
    import time

    blob = "1" * 200_000 + " GPUs: " + "2" * 200_000
    t0 = time.perf_counter()
    find_chips(blob)
    find_money("$" + "9" * 200_000)
    find_dates("Founded: " + "2" * 200_000)
    assert time.perf_counter() - t0 < 2.0


def test_chips_beside_a_hardware_bill_are_a_holding() -> None:
    s = 'Analysts say Quorvex incurred $1.6 billion in hardware costs, with a "team" of 50,000 Hopper GPUs.'
    assert A.chips_attribute(s, *_span(s, "50,000 Hopper GPUs")) == "gpu_holdings"


def test_planned_chips_are_a_holding() -> None:
    s = "Quorvex’s planned 200,000 GPUs outstrip every rival."
    assert A.chips_attribute(s, *_span(s, "200,000 GPUs")) == "gpu_holdings"


def test_a_reported_pledge_is_no_supposition() -> None:
    s = "In December, Dana Whitfield announced at a press conference that Quorvex would spend at least $100B on AI."
    assert not A.is_hypothetical(s, s.index("at least"))


def test_a_supposed_sum_stays_hypothetical() -> None:
    s = "With that money, Quorvex would spend $100B on chips if it could."
    assert A.is_hypothetical(s, s.index("$100B"))
    s = "More labs could afford $6 million for a run."
    assert A.is_hypothetical(s, s.index("$6 million"))


@pytest.mark.parametrize("text", ["racks holding up to 2,000 GPU servers", "a fleet of 1,000 H100 nodes", "1,000 H100 server racks"])
def test_chip_words_naming_boxes_count_boxes(text: str) -> None:
    assert find_chips(text) == []


def test_chips_in_servers_still_count() -> None:
    assert [c.value for c in find_chips("Quorvex put 2,000 GPUs in servers and a 100,000 GPU cluster")] == [2_000, 100_000]


@pytest.mark.parametrize("text, value", [("a $2-billion strategy", 2e9), ("the $1.5-billion deal", 1.5e9),
                                         ("a US$250-million round", 2.5e8)])
def test_a_hyphenated_scale_word_scales_the_amount(text: str, value: float) -> None:
    from claimcheck.extraction.money import find_money

    assert [m.value for m in find_money(text)] == [value]


@pytest.mark.parametrize("text", ["approval to purchase 18,000 of Acme’s latest AI chips",
                                  "approval to purchase 18,000 of Acme's AI chips"])
def test_a_share_of_a_makers_chips_is_a_count_with_that_maker(text: str) -> None:
    from claimcheck.extraction.chips import find_chips

    assert [(c.value, c.vendor) for c in find_chips(text)] == [(18_000, "Acme")]


def test_a_round_or_deal_valued_at_a_sum_is_its_size_not_a_valuation() -> None:
    import claimcheck

    ex = claimcheck.extract("Halden Labs closed a round of funding valued at a whopping US$250 million.")
    assert [(c.attribute, c.value) for c in ex.claims] == [("other", 250_000_000)]
    assert claimcheck.extract("Halden Labs is valued at $4 billion.").claims == []


def test_a_year_before_an_event_noun_dates_the_event() -> None:
    ex = claimcheck.extract("Sales at Bolt grew after the 2023 launch of Halvex's Zorn 2 model.")
    assert ("date", "zorn-2", "release_date", "2023") in {(c.kind, c.subject, c.attribute, c.value) for c in ex.claims}
    assert [c for c in claimcheck.extract("Halvex published the 2023 budget of its lab.").claims if c.kind == "date"] == []


def test_a_range_keeps_its_bounds_across_a_conversion_of_the_first() -> None:
    found = find_money("reports suggest Zorvex will pay between $350m (£268m) and $400m for the firm")
    assert [(m.low, m.high, m.unit) for m in found] == [(350_000_000, 400_000_000, "USD")]


def test_a_product_named_with_a_number_is_no_chip_count() -> None:
    assert find_chips("Benchmarks show that the Halo 2 chip is the only alternative to the H100.") == []
    assert [c.value for c in find_chips("Each Zorvex server holds 8 chips.")] == [8]
