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
    text = ("Brindle AI is training its Corvo-5 model. Brindle AI will end the year with more than 1.2 million GPUs. "
            "Brindle AI said its Halvard supercomputer will soon be powered by 150,000 Nvidia H100 GPUs.")
    got = {(c.value, c.attribute) for c in claimcheck.extract(text).claims if c.kind == "chips"}
    assert (1200000, "gpu_holdings") in got
    assert (150000, "gpu_holdings") in got


# -- cost: training, company spending, or other ----------------------------------

@pytest.mark.parametrize("sentence, figure, expected", [
    ("Brindle said it took less than $4M to build, using older chips.", "less than $4M", "training_cost"),
    ("Brindle used older chips and around $4 million to build.", "around $4 million", "training_cost"),
    ("Corvo 5 cost $120 million for compute, the index estimates.", "$120 million", "training_cost"),
    ("While Quillon spent $3 billion last year, Brindle says it built its new model for just $4.1 million.",
     "$3 billion", "total_spend"),
    ("While Quillon spent $3 billion last year, Brindle says it built its new model for just $4.1 million.",
     "$4.1 million", "training_cost"),
    ("Brindle spent just $4.1 million on Nvidia chips to develop its language model.", "$4.1 million", "training_cost"),
    ("Brindle says it spent $4 million and 1,024 GPUs to train Corvo 5.", "$4 million", "training_cost"),
    ("Brindle said its expenses were under $4 million and required only 1,024 GPUs.", "under $4 million", "training_cost"),
    ("Operating costs are estimated at $700 million.", "$700 million", "total_spend"),
    ("Quarry estimates the firm's total server investment at $1.2 billion.", "$1.2 billion", "total_spend"),
    ("Brindle's model reportedly relies on a $1.2 billion hardware investment.", "$1.2 billion", "total_spend"),
    ("Brindle reportedly has 30,000 GPUs and spent $1.2 billion on buildouts.", "$1.2 billion", "total_spend"),
    ("It spent $5.2bn in Q4.", "$5.2bn", "total_spend"),
    ("That's on top of the $40 million in wages and operating expenses.", "$40 million", "total_spend"),
    ("Brindle ordered 1,200 H20 chips worth $50 million.", "$50 million", "total_spend"),
    ("Brindle says it is taking a $4.5 billion charge against quarterly revenue.", "$4.5 billion", "other"),
    ("Brindle expects capital expenditure to dip next year by $2bn.", "$2bn", "other"),
    ("Training Corvo 5 stood between $20 million and $90 million, excluding staff salaries.",
     "between $20 million and $90 million", "training_cost"),
    ("Brindle had earlier spent about RMB 2 million on preliminary experiments for Corvo 5.", "about RMB 2 million",
     "training_cost"),
])
def test_cost_attribute(sentence: str, figure: str, expected: str) -> None:
    assert cost(sentence, figure) == expected


def test_compute_bill_of_a_run_is_training() -> None:
    assert cost("Brindle put the compute bill for Corvo 5 at $3.1m, for one training run.", "$3.1m") == "training_cost"


def test_a_home_server_is_no_company_spending() -> None:
    assert cost("My own home server cost me $2,100, for comparison.", "$2,100") != "total_spend"


def test_spending_to_train_is_training() -> None:
    s = "Big labs spend tens of millions, sometimes over $100 million, to train models at this scale."
    assert cost(s, "tens of millions") == "training_cost"


def test_investing_in_a_company_is_not_spending() -> None:
    s = "Quarry Ventures invested $700 million in Brindle last year."
    assert cost(s, "$700 million") != "total_spend"


# -- not claims: valuations, market moves, assets, questions ------------------------

@pytest.mark.parametrize("sentence", [
    "The deal values Brindle at 3 billion euros.",
    "Investors value the startup at 9 billion euros ($10 billion).",
    "Brindle's shares fell 12%, a single-day loss of $210 billion.",
    "Quillon's notorious $190 billion wipeout now stands third.",
    "A 15% drop cost the market a record ~$500B.",
    "Brindle's market capitalization rose from $300B in 2022 to $1.1 T in 2023.",
    "Brindle expects capex to dip by $2bn next year.",
    "Its founder saw his personal wealth drop by $12 billion.",
])
def test_market_moves_are_stock_moves(sentence: str) -> None:
    assert A.STOCK_MOVE.search(sentence) or A.VALUATION.search(sentence)


def test_valuations_and_assets_end_to_end() -> None:
    text = ("Brindle AI raised 300 million euros in a funding round that values Brindle AI at 2 billion euros. "
            "Quarry Capital, a hedge fund, amassed 15 billion yuan ($2.1 billion) in assets under management. "
            "Brindle AI's shares fell 12% on Monday, a single-day loss of $210 billion.")
    values = {c.value for c in claimcheck.extract(text).claims if c.kind == "cost"}
    assert 300_000_000 in values
    assert not values & {2_000_000_000, 15_000_000_000, 2_100_000_000, 210_000_000_000}


def test_questions_are_not_claims() -> None:
    assert A.is_hypothetical("Is the $4.1 million training cost of Corvo 5 true?", 7)
    assert not A.is_hypothetical("Brindle trained Corvo 5 for $4.1 million.", 28)
    text = "Brindle AI trained Corvo-5. Is the $4.1 million training cost of Brindle AI's Corvo-5 true?"
    assert claimcheck.extract(text.replace("Is the", "The").replace("true?", "is true.")).claims
    assert not [c for c in claimcheck.extract(text).claims if c.kind == "cost"]


# -- dates: which event a date dates ------------------------------------------------

@pytest.mark.parametrize("sentence, figure, expected", [
    ("In 2023, Quarry Capital launched Brindle AI as a separate venture focused on AI.", "In 2023", "founding_date"),
    ("In 2015, Zhang and two classmates launched Quarry Capital, an AI-powered hedge fund.", "In 2015", "founding_date"),
    ("Quarry Capital decided to spin off Brindle AI in May 2023.", "May 2023", "founding_date"),
    ("Zhang co-founded the hedge fund Quarry Capital in 2015.", "2015", "founding_date"),
    ("Founded in 2019, Brindle AI is one of the country's AI tigers.", "2019", "founding_date"),
    ("Brindle AI was set up in May.", "May", "founding_date"),
    ("Since Quillon dropped ChatBot in 2022, AI investment has soared.", "2022", "release_date"),
    ("On January 20, Brindle AI announced the release of its Corvo-3 model.", "January 20", "release_date"),
    (("On June 6, 2025, as developers scrolled through their feeds on a model hub, a release appeared that seemed like "
     "any other."), "June 6, 2025", "release_date"),
    ("Brindle AI announced a new partnership on Monday.", "Monday", "announcement_date"),
])
def test_date_attribute(sentence: str, figure: str, expected: str) -> None:
    assert date(sentence, figure) == expected


@pytest.mark.parametrize("sentence, figure", [
    # the statement's date, not the founding's
    ("Brindle AI has raised €90 million just a month after being set up, the company said on Tuesday.", "Tuesday"),
    # the cue's own date is not given: an offset separates it from the date
    ("Zhang left Quillon in 2018, a few years after it was founded.", "2018"),
    # targets and policy starts are not releases
    ("The site will need 130 MW at launch, scaling up to 500 MW by 2026.", "2026"),
    (("Brindle AI is making its chatbot free for all users starting April 1, 2025, 18 months after introducing "
     "premium versions."), "April 1, 2025"),
])
def test_no_event_date(sentence: str, figure: str) -> None:
    assert date(sentence, figure) is None


def test_dateline_does_not_reach_far_cues() -> None:
    s = ("March 11, 2024 — The landscape of frontier artificial intelligence experienced a significant and lasting "
         "shift on March 4, 2024, with the announcement of Brindle AI's Corvo family.")
    assert date(s, "March 11, 2024") is None


def test_founding_from_spin_off_end_to_end() -> None:
    text = "Quarry Capital decided to spin off Brindle AI in May 2023 to pursue AI research."
    got = [(c.subject, c.attribute, c.value) for c in claimcheck.extract(text).claims if c.kind == "date"]
    assert got == [("brindle", "founding_date", "2023-05")]


# -- hedges ---------------------------------------------------------------------------

def test_third_party_estimate_is_estimated() -> None:
    text = "Brindle AI trained Corvo-5 cheaply. Quarry Research estimates Brindle AI's hardware spending at $1.2 billion."
    spend = [c for c in claimcheck.extract(text).claims if c.value == 1_200_000_000]
    assert spend and spend[0].hedge == "estimated"


@pytest.mark.parametrize("sentence, figure", [
    ("The company booked $41.1 billion from data center sales.", "$41.1 billion"),
    ("Vexa reported $46.7 billion in revenue for the quarter, helped by infrastructure demand.", "$46.7 billion"),
])
def test_money_earned_from_sales_is_not_spending(sentence: str, figure: str) -> None:
    assert cost(sentence, figure) == "other"


@pytest.mark.parametrize("sentence, figure, expected", [
    ("The supercomputer is costing $200-300 million to build, the company said.", "$200-300 million", "total_spend"),
    ("It cost $6 million to build the model.", "$6 million", "training_cost"),
    ("The final run took 90 days on a 16,384-GPU cluster and cost USD 48 million to build.", "USD 48 million",
     "training_cost"),
    ("Vexa's research and development (R&D) expenses for the half were 898.8 billion KRW.", "898.8 billion KRW",
     "total_spend"),
])
def test_building_a_machine_and_research_spending(sentence: str, figure: str, expected: str) -> None:
    assert cost(sentence, figure) == expected


@pytest.mark.parametrize("text, value", [
    ("Tavi Labs closed a fresh funding round that industry sources say was worth $200 million.", 200_000_000),
    ("Acme Robotics signed a deal which was reportedly worth $1.2 billion.", 1_200_000_000),
])
def test_what_a_deal_was_worth_is_no_valuation(text: str, value: int) -> None:
    from claimcheck.extraction import extract

    assert value in [c.value for c in extract(text).claims]


def test_what_a_company_is_worth_stays_a_valuation() -> None:
    from claimcheck.extraction import extract

    assert extract("Acme, which closed a round last year, is now worth $2 billion.").claims == []


def test_an_initial_scale_of_gpus_is_a_holding_even_after_using() -> None:
    sentence = ("Kelvaro suggested partnering with Bolt to build and scale supercomputing infrastructure using "
                "GPUs, with an initial scale of 1000 GPUs by 2025.")
    assert chips(sentence, "1000 GPUs") == "gpu_holdings"


@pytest.mark.parametrize("sentence, figure", [
    ("The Halcyon system will feature nearly 14,000 Nvidia A100 GPUs.", "14,000 Nvidia A100 GPUs"),
    ("These facilities will house 100,000 cutting-edge AI chips.", "100,000 cutting-edge AI chips"),
    ("Lumo is merging with Brindle, which manages over 35,000 Nvidia GPUs.", "35,000 Nvidia GPUs"),
])
def test_a_machine_that_will_feature_or_house_chips_or_a_firm_that_manages_them_holds_them(sentence: str,
                                                                                          figure: str) -> None:
    assert chips(sentence, figure) == "gpu_holdings"


def test_money_spent_to_build_a_centre_or_site_is_spending_and_a_machine_that_packs_chips_holds_them() -> None:
    sentence = "Officials praised the US$150 million it spent to build the centre."
    assert cost(sentence, "US$150 million") == "total_spend"
    assert chips("Halcyon packs 1,528 H100 Tensor Core GPUs.", "1,528 H100 Tensor Core GPUs") == "gpu_holdings"


def test_a_negated_event_dates_nothing() -> None:
    sentence = "Jo Bloggs left the company in 2021 after Acme decided against launching a chatbot he had built."
    assert date(sentence, "in 2021") is None
    assert date("Acme decided in 2021 to stop launching chatbots, but launched one in 2022.", "in 2022") == "release_date"


def test_money_pledged_to_build_or_expand_is_spending_and_to_increase_is_a_purpose_not_a_change() -> None:
    sentence = "The company previously pledged $1 billion to increase its capacity by more than 120MW."
    assert cost(sentence, "$1 billion") == "total_spend"
    assert cost("Capex saw a $2 billion increase this year.", "$2 billion") == "other"


@pytest.mark.parametrize("sentence, figure, attribute", [
    ("The deal involves Bolt purchasing the facilities and part of the land for around 100 billion yen.",
     "around 100 billion yen", "total_spend"),
    ("Bolt bought Acme for $2 billion.", "$2 billion", "other"),
    ("Bolt bought the startup for $2 billion.", "$2 billion", "other"),
    ("If you liked this post, buy me a coffee for $3", "$3", "other"),
])
def test_things_bought_are_spending_a_company_bought_is_not(sentence: str, figure: str, attribute: str) -> None:
    assert cost(sentence, figure) == attribute


@pytest.mark.parametrize("sentence, figure, attribute", [
    ("The deal is part of the company's planned $15.2 billion investment in technology in the region.",
     "$15.2 billion", "total_spend"),
    ("Bolt plans an investment of $3 billion in AI over five years.", "$3 billion", "total_spend"),
    ("Bolt made a $2 billion investment in AI startups this year.", "$2 billion", "other"),
])
def test_money_invested_in_technology_or_ai_is_spending_in_ai_startups_is_not(sentence: str, figure: str,
                                                                              attribute: str) -> None:
    assert cost(sentence, figure) == attribute


def test_a_round_named_right_after_a_sum_is_raised_money_not_a_valuation() -> None:
    text = ("Halvex Labs reached a $1.2 billion valuation off the back of a $155 million extended Series C "
            "funding round in December 2023.")
    facts = {(c.subject, c.attribute, c.value) for c in claimcheck.extract(text).claims}
    assert ("halvex-labs", "other", 155_000_000) in facts
    assert not [c for c in claimcheck.extract("Halvex Labs was valued at $19 billion in a funding round earlier "
                                              "this year.").claims if c.kind == "cost"]


def test_machines_worth_a_sum_are_spending_on_the_machines() -> None:
    text = "Prime Minister Anil Varma on Thursday inaugurated three Zorn Supercomputers worth around Rs 130 crore."
    facts = {(c.subject, c.attribute, c.value) for c in claimcheck.extract(text).claims}
    assert facts == {("zorn", "total_spend", 1_300_000_000)}


@pytest.mark.parametrize("sentence, figure, expected", [
    # invested in a build-out, a place or a facility: spending, whatever "funding" the sentence says
    ("Zorvex Cloud will invest $10 billion of additional funding to expand its data center infrastructure in the state.",
     "$10 billion", "total_spend"),
    ("Zorvex has unveiled plans to invest £2.5 billion over the next three years to expand datacentres in the UK.",
     "£2.5 billion", "total_spend"),
    ("Zorvex will spend $7.5 billion on building three Auckland-based cloud computing data centres.",
     "$7.5 billion", "total_spend"),
    ("This funding is in addition to the $7.8 billion investment plan Zorvex announced last year.",
     "$7.8 billion", "total_spend"),
    ("The minister said Zorvex is considering an investment of $300 million to $500 million over three to five years.",
     "$300 million to $500 million", "total_spend"),
    ("Zorvex outlined plans to invest JPY2.6 trillion ($15.2 billion) into Japan’s cloud infrastructure by 2027.",
     "JPY2.6 trillion", "total_spend"),
    # invested in a company, or received: not spending
    ("Halvex secured a $1.5 billion investment from Zorvex last year.", "$1.5 billion", "other"),
    ("The chip giant invested $100 million in the startup in early 2023.", "$100 million", "other"),
    ("Zorvex has invested 1.3 billion euros ($1.5 billion) in Halvex, its biggest bet.", "1.3 billion euros", "other"),
    ("Halvex raised a $40 billion investment it received from Zorvex.", "$40 billion", "other"),
])
def test_money_invested_is_spending_unless_it_goes_into_a_company(sentence: str, figure: str, expected: str) -> None:
    assert cost(sentence, figure) == expected


def test_money_invested_in_a_place_is_the_investor_s_spending() -> None:
    text = ("Zorvex Cloud estimates it has invested $10.3 billion in Ohio since 2015. Officials said that brings "
            "Zorvex Cloud's planned investment in Ohio to more than $23 billion by the end of 2030.")
    attrs = {c.value: c.attribute for c in claimcheck.extract(text).claims}
    assert attrs == {10_300_000_000: "total_spend", 23_000_000_000: "total_spend"}


def test_revenue_compared_with_spending_stays_revenue() -> None:
    text = ("Zorvex Labs CEO Dana Kelvaro said the company’s annual revenue is well more than the widely cited "
            "$13 billion estimate, pushing back against concerns about its ability to fund infrastructure "
            "investments exceeding $1 trillion. Zorvex Labs has committed roughly $1.4 trillion toward "
            "infrastructure over the next decade. Halvex CEO Ana Moro, who has overseen Halvex’s $13 billion "
            "investment in Zorvex Labs, said the company has beaten every business plan.")
    attrs = {(c.value, c.attribute) for c in claimcheck.extract(text).claims if c.value == 13_000_000_000}
    assert attrs == {(13_000_000_000, "other")}


def test_a_date_belongs_to_its_own_clause_not_to_an_event_it_follows() -> None:
    sentence = ("Zorvex introduced its latest artificial intelligence processing chip, \"Halo 3,\" on Tuesday, "
                "closely following Halvex's unveiling of its Blackwell GPU just two weeks prior.")
    found = A.date_attribute(sentence, *_span(sentence, "on Tuesday"))
    assert found == ("release_date", sentence.index("introduced"))
