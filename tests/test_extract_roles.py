"""Roles: the owner of a figure read from the sentence's grammar (real parser, invented text)."""

from __future__ import annotations

import pytest

import claimcheck
from claimcheck.extraction.roles import read_roles


@pytest.fixture(scope="module")
def nlp():
    return claimcheck.load_pipeline()


def roles(nlp, text: str, figure: str, kind: str) -> tuple[list[str], list[str], bool]:
    doc = nlp(text)
    a = text.index(figure)
    r = read_roles(doc, a, a + len(figure), kind)
    return [text[x:y] for x, y in r.owners], [text[x:y] for x, y in r.not_owners], r.distributive


@pytest.mark.parametrize("text, figure, kind, owner, not_owner", [
    # money that goes out belongs to whoever receives it
    ("Quorvex has invested $2 billion in Tern Robotics.", "$2 billion", "cost", "Tern Robotics", "Quorvex"),
    ("Quorvex’s $10 billion bet on Halden is the largest yet.", "$10 billion", "cost", "Halden", "Quorvex"),
    ("Vexa agreed to lend Halden $650 million.", "$650 million", "cost", "Halden", "Vexa"),
    # money that comes in belongs to whoever raised it, not to a possessor before it
    ("Dana Whitfield’s Quorvex has raised $6 billion in new capital.", "$6 billion", "cost", "Quorvex", None),
    ("A round that raised more than $1 billion for Halden closed on Friday.", "$1 billion", "cost", "Halden", None),
    # a person raising money for a venture named beside it: the venture's funding
    ("Dana Whitfield has raised $1 billion in funding for her new venture, Quorvex Research.", "$1 billion", "cost",
     "Quorvex Research", None),
    ("Bolt invested $5 million in the startup, Tern Robotics, last year.", "$5 million", "cost", "Tern Robotics", "Bolt"),
    ("Last year Halden sealed its $300-million Series A round.", "$300-million", "cost", "Halden", None),
    ("Vexa took part in a $2 billion funding round for the cloud firm Halden.", "$2 billion", "cost", "Halden", None),
    ("Vexa said it committed $5 billion to struggling chipmaker Halden.", "$5 billion", "cost", "chipmaker Halden", None),
    # chips bought belong to the buyer; chips shipped belong to the recipient, never the seller
    ("Tern bought 20,000 H100 chips from Vexa last year.", "20,000 H100 chips", "chips", "Tern", None),
    ("Vexa will ship 18,000 GPUs to Halden next year.", "18,000 GPUs", "chips", "Halden", "Vexa"),
    ("The remaining 50,000 GPUs will be allocated to Halden.", "50,000 GPUs", "chips", "Halden", None),
    # a release date belongs to what was released, not to its maker
    ("Quorvex released Lumen 3 in June.", "June", "date", "Lumen 3", None),
    ("Lumen Chat, the assistant, was unveiled by Quorvex in March.", "March", "date", "Lumen Chat", None),
    ("Since the launch of Lumen in November, rivals have raced to catch up.", "November", "date", "Lumen", None),
])
def test_owner_from_grammar(nlp, text, figure, kind, owner, not_owner) -> None:
    owners, not_owners, _ = roles(nlp, text, figure, kind)
    assert owner in owners
    if not_owner:
        assert not_owner in not_owners
    assert not set(owners) & set(not_owners)


def test_each_spreads_one_figure_over_every_name(nlp) -> None:
    owners, _, each = roles(nlp, "Halden, Vexa and Tern will each install up to 50,000 GPUs.", "50,000 GPUs", "chips")
    assert owners == ["Halden", "Vexa", "Tern"] and each
    owners, _, each = roles(nlp, "Halden and Vexa will install up to 50,000 GPUs.", "50,000 GPUs", "chips")
    assert not each


@pytest.mark.parametrize("text, figure, kind", [
    ("The model cost $6 million to train.", "$6 million", "cost"),   # no owner named by the grammar
    ("Quorvex set a record in June.", "June", "date"),               # 'set' without 'up' founds nothing
])
def test_no_answer_when_grammar_names_no_owner(nlp, text, figure, kind) -> None:
    owners, not_owners, _ = roles(nlp, text, figure, kind)
    assert owners == [] and not_owners == []


def test_each_gives_every_named_company_the_figure() -> None:
    ex = claimcheck.extract("Halden Labs, Vexa Systems and Tern Robotics will each install up to 50,000 H100 GPUs.")
    assert sorted((c.subject_text, c.attribute, c.value) for c in ex.claims) == [
        ("Halden Labs", "gpu_holdings", 50_000), ("Tern Robotics", "gpu_holdings", 50_000),
        ("Vexa Systems", "gpu_holdings", 50_000)]


def test_money_invested_in_a_named_company_is_its_funding() -> None:
    ex = claimcheck.extract("Vexa Systems has invested $2 billion in Halden Labs, the cloud provider said.")
    assert [(c.subject_text, c.attribute) for c in ex.claims] == [("Halden Labs", "other")]


def test_chips_shipped_to_a_buyer_are_the_buyers() -> None:
    ex = claimcheck.extract("Vexa Systems will ship 18,000 H100 GPUs to Halden Labs this year.")
    assert [(c.subject_text, c.attribute) for c in ex.claims] == [("Halden Labs", "gpu_holdings")]


@pytest.mark.parametrize("text, subject, attribute", [
    ("Halden released Lumen 3.5 in June. Halden is a search company.", "lumen-3.5", "release_date"),
    ("Vexa grew fast. Since the launch of ChatBolt in November, rivals have raced.", "chatbolt", "release_date"),
    ("Tarnwick raised a chunky $320 million a few months ago.", "tarnwick", "other"),
])
def test_an_owner_the_grammar_names_is_a_subject_even_when_ner_missed_it(text, subject, attribute) -> None:
    ex = claimcheck.extract(text, published="2023-07-01")
    assert (subject, attribute) in [(c.subject, c.attribute) for c in ex.claims]


def test_people_and_places_are_never_adopted_as_owners() -> None:
    ex = claimcheck.extract("Vexa Systems said Britain will receive 20,000 H100 GPUs next year.")
    assert "britain" not in [c.subject for c in ex.claims]


def test_a_pronoun_owner_is_left_for_the_caller_to_resolve(nlp) -> None:
    assert roles(nlp, "It raised $6 billion last year.", "$6 billion", "cost")[0] == ["It"]


def test_raising_a_forecast_is_not_raising_money(nlp) -> None:
    text = "Halden raised its spending forecast to between $9 billion and $10 billion."
    assert roles(nlp, text, "$9 billion and $10 billion", "cost") == ([], [], False)


def test_a_date_in_another_clause_dates_no_release() -> None:
    text = ("The Q9 chip is the main part Vexa Systems may sell abroad and was launched after the latest "
            "export rules took effect in October 2023.")
    assert [c for c in claimcheck.extract(text).claims if c.kind == "date"] == []


def test_a_thing_established_is_no_company_founding() -> None:
    text = "Tarnwick Cloud is growing. The loan doubles Tarnwick Cloud’s original credit facility established in August 2025."
    assert [c for c in claimcheck.extract(text).claims if c.kind == "date"] == []


def test_a_company_that_was_launched_was_founded() -> None:
    ex = claimcheck.extract("Halden Labs, owned by a sovereign fund, was launched in May 2024.")
    assert [(c.subject_text, c.attribute, c.value) for c in ex.claims] == [("Halden Labs", "founding_date", "2024-05")]


def test_headings_and_labels_are_never_adopted_as_owners() -> None:
    text = "Chip deal\nTembusu Compute has bought 2,000 Nvidia H20 chips from a reseller.\nThe Company said more would follow."
    assert {c.subject for c in claimcheck.extract(text).claims} <= {"tembusu-compute", "tembusu"}


def test_the_maker_named_on_chips_never_holds_them() -> None:
    text = ("Vexa Systems said on Thursday it will work with the Halden government to expand the nation's "
            "computing with over 260,000 Vexa graphics processing units across its cloud services.")
    assert [c.subject for c in claimcheck.extract(text).claims if c.kind == "chips"] == []


def test_a_company_s_own_gpu_fleet_stays_its_own() -> None:
    text = "The Tern Compute GPU fleet keeps growing.\nTern Compute now has about 32,000 H100 GPUs in service."
    assert ("tern-compute", 32_000) in [(c.subject, c.value) for c in claimcheck.extract(text).claims]


def test_money_put_out_that_no_one_receives_is_the_givers_spending() -> None:
    facts = {(c.subject, c.attribute, c.value) for c in claimcheck.extract(
        "Zentra will invest $3 billion to expand its cloud capacity in Veldia, its chief executive said. "
        "Zentra is staking $3.3 billion on a field in Ohio.").claims}
    assert ("zentra", "total_spend", 3_000_000_000) in facts
    assert ("zentra", "total_spend", 3_300_000_000) in facts


@pytest.mark.parametrize("text", [
    # the purpose names the company that gets it
    "Tarnwell has invested 1.3 billion euros to become the biggest investor in Acme Robotics.",
    # the giver is no company
    "Acme Robotics is building a data centre. The feds have committed up to $240 million towards the effort.",
])
def test_money_put_out_stays_unspent_when_a_company_may_get_it_or_no_company_gives_it(text) -> None:
    assert [c for c in claimcheck.extract(text).claims if c.attribute == "total_spend"] == []
