"""Extraction on invented companies, models and people: nothing is seed-specific."""

from __future__ import annotations

import pytest

from claimcheck.extraction import EXTRACTOR_VERSION, extract, get_pipeline, load_pipeline
from claimcheck.model import Claim, Extraction

QUORVEX = (
    "British start-up Quorvex AI said on Tuesday it had trained its new Q7 language model for £4.2m.\n"
    "The company said Q7 was trained on 1,024 Nvidia H100 chips rented from a cloud provider.\n"
    "\"We wanted to show that a small team can build a frontier-class system,\" said Dr. Maria Okafor, "
    "Quorvex's chief executive. \"Money is not the moat people think it is.\"\n"
    "Okafor was blunt about rivals. \"They spend like there is no tomorrow,\" she said.\n"
    "Quorvex was founded in 2021. It released Q7 on Monday.\n"
)


def _one(ex: Extraction, **kw: object) -> Claim:
    found = [c for c in ex.claims if all(getattr(c, k) == v for k, v in kw.items())]
    assert len(found) >= 1, (kw, [(c.kind, c.subject, c.attribute, c.value) for c in ex.claims])
    return found[0]


def test_invented_company_model_and_chips() -> None:
    ex = extract(QUORVEX, title="Quorvex AI trains Q7 for £4.2m", published="2025-03-04")
    cost = _one(ex, kind="cost")
    assert (cost.subject, cost.attribute, cost.value, cost.unit) == ("quorvex-q7", "training_cost", 4_200_000, "GBP")
    assert cost.hedge == "claimed" and cost.claimant == "Quorvex AI"
    chips = _one(ex, kind="chips")
    assert (chips.subject, chips.attribute, chips.value, chips.item) == ("quorvex-q7", "gpu_count", 1024, "H100")
    assert _one(ex, attribute="founding_date").value == "2021"
    release = _one(ex, attribute="release_date")
    assert (release.subject, release.value, release.precision) == ("quorvex-q7", "2025-03-03", "day")
    assert ex.main_subject == "quorvex"
    subjects = {s.id: s for s in ex.subjects}
    assert subjects["quorvex-q7"].parent == "quorvex" and subjects["quorvex-q7"].kind == "model"
    for c in ex.claims:
        assert QUORVEX[c.start:c.end] == c.text


def test_invented_quotes_titles_pronouns_and_split_quotes() -> None:
    ex = extract(QUORVEX)
    quotes = {q.text: q for q in ex.quotes}
    first = quotes["We wanted to show that a small team can build a frontier-class system"]
    assert first.speaker == "Maria Okafor"  # "Dr." stripped
    assert first.speaker_desc == "Quorvex's chief executive" and first.cue == "said"
    assert quotes["Money is not the moat people think it is."].speaker == "Maria Okafor"
    assert quotes["They spend like there is no tomorrow"].speaker == "Maria Okafor"  # "she said"
    mentions = {m.name: m for m in ex.mentions}
    assert mentions["Maria Okafor"].kind == "person"


def test_multi_paragraph_quote_and_according_to() -> None:
    text = (
        "Chief executive Laura Kim of Tessera AI defended the spending in a letter to staff.\n"
        "\"We are building for the next decade. Every dollar counts.\n"
        "\"I ask you to judge us on what we ship,\" she wrote.\n"
        "\"The era of cheap compute is over,\" according to Omar Haddad, an analyst at Brightline Research.\n"
    )
    ex = extract(text)
    # a quote run over two paragraphs is one quote per paragraph, both hers
    assert [(q.text, q.speaker) for q in ex.quotes[:2]] == [
        ("We are building for the next decade. Every dollar counts.", "Laura Kim"),
        ("I ask you to judge us on what we ship", "Laura Kim")]
    assert all(q.text == text[q.start:q.end] for q in ex.quotes)
    assert ex.quotes[2].speaker == "Omar Haddad"


def test_scare_quotes_are_not_quotes() -> None:
    text = 'Nimbus Labs calls its approach "frugal scaling" and says the "budget" model cost $750,000 to train.'
    ex = extract(text)
    assert ex.quotes == []
    assert _one(ex, kind="cost").value == 750_000


def test_other_currencies_and_vague_amounts() -> None:
    text = (
        "Kumo, a Tokyo startup, says it trained its Kumo-1 model for RMB 2 million.\n"
        "Rival Orbital spent tens of millions of dollars training Nova-5, according to people familiar with it.\n"
    )
    ex = extract(text)
    kumo = _one(ex, subject="kumo-1")
    assert (kumo.value, kumo.unit, kumo.attribute) == (2_000_000, "CNY", "training_cost")
    nova = _one(ex, subject="nova-5")
    assert (nova.low, nova.high, nova.qualifier) == (1e7, 1e8, "tens of")


def test_supplier_is_never_the_subject_and_holdings() -> None:
    text = (
        "Formosa Compute said it had ordered 8,000 Nvidia B200 chips for its data centers.\n"
        "Sakura Labs trained its Hikari-2 model on 512 GPUs from Nvidia.\n"
    )
    ex = extract(text)
    held = _one(ex, value=8000)
    assert (held.subject, held.attribute, held.item) == ("formosa-compute", "gpu_holdings", "B200")
    used = _one(ex, value=512)
    assert (used.subject, used.attribute, used.item) == ("hikari-2", "gpu_count", None)
    assert all(c.subject != "nvidia" for c in ex.claims)


def test_case_insensitive_subjects_and_inferred_subject() -> None:
    text = (
        "NovaCore has shipped its Aster-3 model. Novacore says the work took a year.\n"
        "Remarkably, it was trained for just $9 million.\n"
        "The $9 million figure has been questioned.\n"
    )
    ex = extract(text, title="NovaCore's cheap model")
    assert {s.id for s in ex.subjects if s.kind == "org"} == {"novacore"}
    assert [m.count for m in ex.mentions if m.subject == "novacore"] == [2]
    c = _one(ex, kind="cost")
    assert c.subject == "aster-3" and c.attribute == "training_cost"


def test_hypotheticals_prices_and_furniture_are_not_claims() -> None:
    text = (
        "The price of a single H100 GPU has fallen to around $25,000 on secondary markets.\n"
        "More companies could afford $6 million than the bigger sums.\n"
        "Smaller models could be trained for under $1 million, but few companies have tried.\n"
        "Subscribe to our newsletter for $5 a month and join one of our 19 events in 2025.\n"
    )
    assert extract(text).claims == []


def test_hedges() -> None:
    text = (
        "Vantor reportedly spent $30 million on chips last year.\n"
        "Analysts at Ridgeway Partners estimate that Vantor's Kite-4 cost about $40 million to train.\n"
        "Kite-4 could have cost as much as $50 million to train.\n"
    )
    ex = extract(text)
    assert _one(ex, value=30_000_000).hedge == "reported"
    est = _one(ex, value=40_000_000)
    assert (est.hedge, est.claimant, est.subject) == ("estimated", "Ridgeway Partners", "kite-4")
    assert _one(ex, value=50_000_000).hedge == "speculative"


def test_model_names() -> None:
    text = "Meta's Llama 3 and OpenAI's GPT-4 were trained on far more chips than Zenith's Zen-1 model."
    ex = extract(text)
    subjects = {s.id: s for s in ex.subjects}
    assert subjects["llama-3"].parent == "meta"
    assert subjects["gpt-4"].parent == "openai"
    assert subjects["zen-1"].parent == "zenith"


def test_pipeline_components_and_spans() -> None:
    nlp = load_pipeline()
    assert "claimcheck_claims" in nlp.pipe_names and "claimcheck_quotes" in nlp.pipe_names
    assert "lemmatizer" not in nlp.pipe_names
    docs = list(nlp.pipe([QUORVEX, "Nothing to see here."]))
    ex = docs[0]._.claimcheck
    assert isinstance(ex, Extraction) and ex.claims
    spans = docs[0].spans["claimcheck_claims"]
    assert len(spans) == len(ex.claims)
    assert spans[0].start_char <= ex.claims[0].start
    assert len(docs[0].spans["claimcheck_quotes"]) == len(ex.quotes)
    assert docs[1]._.claimcheck.claims == []


def test_pipe_with_publication_dates() -> None:
    nlp = get_pipeline()
    doc = nlp.make_doc("Pinecrest AI introduced its Juniper-7 model on Wednesday.")
    doc._.claimcheck_published = "2025-10-17"
    (doc,) = nlp.pipe([doc])
    (c,) = doc._.claimcheck.claims
    assert (c.subject, c.attribute, c.value) == ("juniper-7", "release_date", "2025-10-15")


def test_version_and_cache() -> None:
    assert isinstance(EXTRACTOR_VERSION, str) and EXTRACTOR_VERSION
    assert get_pipeline() is get_pipeline()


def test_results_survive_multiprocessing() -> None:
    nlp = load_pipeline()
    docs = list(nlp.pipe([QUORVEX, QUORVEX], n_process=2, batch_size=1))
    assert [len(d._.claimcheck.claims) for d in docs] == [len(extract(QUORVEX).claims)] * 2


def test_figures_inside_quotes_are_the_speakers_claims() -> None:
    text = (
        "Acme Robotics Chief Executive Rosa Lind was upbeat. \"We trained Acme-3 for $12 million,\" "
        "said Lind, chief executive of Acme Robotics.\n"
        "\"Acme-3 cost them at least $40 million,\" said Omar Haddad, an analyst at Brightline Research.\n"
    )
    ex = extract(text)
    own = _one(ex, value=12_000_000)
    assert (own.subject, own.claimant, own.hedge) == ("acme-3", "Rosa Lind", "claimed")
    other = _one(ex, kind="cost", low=40_000_000)
    assert (other.subject, other.claimant, other.hedge) == ("acme-3", "Omar Haddad", "reported")
    assert {m.name for m in ex.mentions if m.kind == "person"} >= {"Rosa Lind", "Omar Haddad"}


def test_organisation_as_speaker() -> None:
    text = 'Halcyon Systems defended its spending. "Compute is the product," the company said in a statement.'
    (q,) = extract(text).quotes
    assert (q.speaker, q.cue) == ("Halcyon Systems", "said")


def test_prices_per_month_are_not_training_costs() -> None:
    text = "Acme's Q7 model costs $20 a month for individual users."
    assert [c.attribute for c in extract(text).claims if c.kind == "cost"] in ([], ["other"])


def test_components_work_on_a_blank_pipeline() -> None:
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("claimcheck_quotes")
    nlp.add_pipe("claimcheck_claims")
    doc = nlp('Quorvex AI said it trained its Q7 model for $4 million. "It was cheap," said Maria Okafor.')
    ex = doc._.claimcheck
    assert [(c.subject, c.attribute, c.value) for c in ex.claims] == [("quorvex-q7", "training_cost", 4_000_000)]
    assert [(q.text, q.speaker) for q in ex.quotes] == [("It was cheap", "Maria Okafor")]


def test_british_single_quotes() -> None:
    text = (
        "‘We’re not chasing the biggest model,’ said Priya Nair, a partner at Ridgeway Partners. "
        "‘The company’s bet is on efficiency.’\n"
        "Critics call it a ‘budget’ model."
    )
    ex = extract(text)
    assert [(q.text, q.speaker) for q in ex.quotes] == [
        ("We’re not chasing the biggest model", "Priya Nair"),
        ("The company’s bet is on efficiency.", "Priya Nair"),
    ]


def test_partial_quotes() -> None:
    text = (
        "Analyst Tom Reyes said the figure was \"much higher than anyone in the industry admits\" and urged caution.\n"
        "Maria Okafor, the chief executive of Quorvex AI, disagreed. "
        "She said the company had \"nothing to hide about the cost of training\"."
    )
    assert [(q.text, q.speaker) for q in extract(text).quotes] == [
        ("much higher than anyone in the industry admits", "Tom Reyes"),
        ("nothing to hide about the cost of training", "Maria Okafor"),
    ]


def test_claimant_is_canonical_and_without_possessive() -> None:
    text = ("Velkor Labs released its Spindle-2 model on Monday.\n"
            "VELKOR says Spindle-2 cost $2.4 million to train, and Velkor’s own report says the final run "
            "used 640 H100 chips.\nVelkor was founded in 2019.\n")
    ex = extract(text, title="Velkor Labs ships Spindle-2", published="2025-02-12")
    for c in ex.claims:
        assert c.claimant is None or (not c.claimant.endswith(("’s", "'s")) and not c.claimant.isupper()), c


def test_dateline_share_prices_and_corrections_are_not_claims() -> None:
    text = ("LISBON, May 6 (Wire) - Tessaro AI, founded in 2020, said on Monday it trained its Pico-3 model "
            "for €3 million on 512 H800 chips.\n"
            "Shares of its cloud partner rose 4% to €18.40.\n"
            "Developers pay $0.30 per million tokens to use Pico-3.\n"
            "Correction: An earlier version of this story said Tessaro was founded in 2018.\n")
    ex = extract(text, published="2025-05-06")
    got = {(c.kind, c.attribute, c.value) for c in ex.claims}
    assert ("date", "founding_date", "2020") in got
    assert ("date", "founding_date", "2018") not in got
    assert not any(c.kind == "date" and c.text.startswith("May 6") for c in ex.claims)
    assert not any(c.kind == "cost" and c.value < 1000 for c in ex.claims)


def test_spaced_model_names_and_unknown_chip_models() -> None:
    text = ("Brinell says its Orca 3 model was trained on a cluster of 2,048 Brinell T5 accelerators.\n"
            "Brinell launched Orca 3 on March 3.\n")
    ex = extract(text, published="2025-04-01")
    chips = _one(ex, kind="chips")
    assert (chips.subject, chips.attribute, chips.value) == ("orca-3", "gpu_count", 2048)
    rel = _one(ex, kind="date")
    assert (rel.subject, rel.attribute, rel.value) == ("orca-3", "release_date", "2025-03-03")


def test_fragment_figure_takes_the_previous_sentence_subject() -> None:
    text = ("Pelion, a small lab in Oslo, built its Marten-4 model on 512 H100 GPUs. The bill? "
            "Roughly $2.2 million, by the lab's own count.\n"
            "My own laptop cost me $1,900.\n"
            "Developers pay $1.50 per GPU-hour to rent the same hardware.\n")
    ex = extract(text, published="2025-02-01")
    cost = _one(ex, kind="cost")
    assert (cost.subject, cost.attribute, cost.value) == ("marten-4", "training_cost", 2_200_000)
    assert len([c for c in ex.claims if c.kind == "cost"]) == 1


def test_conditional_figures_plans_and_places_are_not_claims() -> None:
    text = ("SEOUL (Wire) - Daros, the Seoul AI developer, spent $300 million on chips last year.\n"
            "If every startup could train a model for under $5 million, the field would change.\n"
            "Daros will launch its next model in 2031, it said in a press release.\n")
    ex = extract(text, published="2025-06-01")
    assert all(c.subject != "seoul" for c in ex.claims)
    assert not any(c.value == 5_000_000 for c in ex.claims)
    assert not any(c.kind == "date" for c in ex.claims)
    spend = _one(ex, kind="cost")
    assert (spend.subject, spend.attribute) == ("daros", "total_spend")


def test_pronouns_partitives_funding_and_announced_objects() -> None:
    text = ("Brisa-4, an open coding model, topped a leaderboard this week.\n"
            "The model was released on July 2 and, according to its developers' notes, was trained for "
            "about $700,000 on 256 A100 GPUs.\n")
    ex = extract(text, published="2025-07-10")
    assert {(c.kind, c.subject) for c in ex.claims} >= {("cost", "brisa-4"), ("chips", "brisa-4"), ("date", "brisa-4")}

    text2 = ("Torvane AI owns 3,000 H20 chips, and the Gale-2 training run used about 1,200 of them.\n"
             "Torvane has raised at least €90 million since it was founded in 2021 and plans to spend it on compute.\n"
             "It announced the Gale-2 model on May 3, two weeks before the release.\n")
    ex2 = extract(text2, published="2025-06-01")
    part = _one(ex2, kind="chips", value=1200)
    assert (part.subject, part.attribute, part.item) == ("gale-2", "gpu_count", "H20")
    raised = _one(ex2, kind="cost")
    assert (raised.subject, raised.attribute) == ("torvane", "other")
    ann = _one(ex2, kind="date", attribute="announcement_date")
    assert (ann.subject, ann.value) == ("gale-2", "2025-05-03")


def test_appositive_head_is_the_claimant() -> None:
    text = ("Pavlin Technologies builds small models.\n"
            "The company, set up in 2022 by former trader Ana Ruiz, says it trained its Kiln-3 model for $2 million.\n")
    ex = extract(text, published="2025-03-01")
    cost = _one(ex, kind="cost")
    assert (cost.subject, cost.hedge, cost.claimant) == ("kiln-3", "claimed", "Pavlin Technologies")


def test_fact_box_list_items() -> None:
    text = ("Marrow, the Lyon lab behind the Sedge-3 chatbot, has had a busy month.\n"
            "- $1.9 million: what Marrow says the final Sedge-3 training run cost.\n"
            "- 640: the number of Nvidia H800 GPUs used for that run.\n"
            "- €30 million: the seed round Marrow closed last year.\n")
    ex = extract(text, published="2025-03-30")
    chips = _one(ex, kind="chips")
    assert (chips.subject, chips.attribute, chips.value, chips.item) == ("sedge-3", "gpu_count", 640, "H800")
    seed = _one(ex, kind="cost", unit="EUR")
    assert (seed.subject, seed.attribute, seed.value) == ("marrow", "other", 30_000_000)


def test_generic_comparisons_back_references_and_other_peoples_money() -> None:
    text = ("Ardley Labs said it spent less than $8 million building Ember, an AI model it says matches systems "
            "that cost competitors hundreds of millions of dollars.\n"
            "The company said Ember was trained on 1,500 H100 chips, a fraction of the 100,000 chips some larger "
            "companies have assembled.\n"
            "\u201cThe $8 million figure excludes earlier runs,\u201d said analyst Jo Park.\n"
            "Investors include the fund Norra Kapital, whose own assets exceed $40 billion.\n")
    ex = extract(text, published="2025-05-14")
    got = sorted((c.kind, c.subject, c.value) for c in ex.claims)
    # "The $8 million figure" restates Ember's cost: it counts again, as the seeds' gold counts restatements
    assert got == [("chips", "ember", 1500), ("cost", "ember", 8_000_000), ("cost", "ember", 8_000_000)], got


def test_question_and_answer_dates_and_won() -> None:
    text = ("How much did it cost?\nThe report puts the compute cost of the Sora-4 model at 3.1 billion won.\n"
            "When was Gelt Systems founded?\nIn 2017, by two engineers.\n")
    ex = extract(text, published="2025-09-01")
    cost = _one(ex, kind="cost")
    assert (cost.unit, cost.value) == ("KRW", 3_100_000_000)
    founded = _one(ex, kind="date")
    assert (founded.subject, founded.attribute, founded.value) == ("gelt-systems", "founding_date", "2017")


def test_series_names_appositive_verbs_and_predecessors() -> None:
    text = ("Darrow Technologies, the maker of the Finch series of language models, filed for a listing that "
            "could value it at $9 billion.\n"
            "Training Finch 3, released in May 2024, cost the company $41 million.\n"
            "Darrow, founded in 2018 by former Google engineer Lea Moss, has raised $800 million to date.\n"
            "Finch 3's predecessor launched last April.\n")
    ex = extract(text, published="2025-06-18")
    got = {(c.kind, c.subject, c.attribute, c.value) for c in ex.claims}
    assert ("cost", "finch-3", "training_cost", 41_000_000) in got
    assert ("date", "finch-3", "release_date", "2024-05") in got
    assert ("cost", "darrow", "other", 800_000_000) in got
    assert not any(c.value == 9_000_000_000 for c in ex.claims)
    assert not any(c.subject == "google" for c in ex.claims)
    assert len([c for c in ex.claims if c.kind == "date"]) == 2  # plus founding; not the predecessor's launch


def test_corrections_refer_back_valuations_and_clause_bounded_models() -> None:
    text = ("Update, July 15: This post originally said Harl spent $1.5 million training Rook-2. "
            "The company has since clarified that the figure was $15 million.\n"
            "Harl's market value has more than doubled this year to $4 billion.\n"
            "Harl trained Rook-2 on 2,048 H100 GPUs; Vell used 900 A100s for Pike-1.\n")
    ex = extract(text, published="2025-07-15")
    costs = [(c.subject, c.attribute, c.value) for c in ex.claims if c.kind == "cost"]
    assert costs == [("rook-2", "training_cost", 15_000_000)], costs
    chips = {(c.subject, c.value) for c in ex.claims if c.kind == "chips"}
    assert chips == {("rook-2", 2048), ("pike-1", 900)}, chips


def test_yen_sign_in_a_japanese_story() -> None:
    text = "TOKYO - Sorano Robotics said training its Kaze-2 model cost ¥700 million, far less than Japanese rivals spend.\n"
    cost = _one(extract(text, published="2025-04-08"), kind="cost")
    assert (cost.unit, cost.value, cost.subject) == ("JPY", 700_000_000, "kaze-2")


def test_chip_ranges_and_holdings_belong_to_the_maker() -> None:
    text = ("Ferro Compute now operates between 10,000 and 20,000 GPUs, according to people familiar with its plans.\n"
            "Ferro trained its Lode-2 model on 4,000 H100s. Lode-2 runs on a cluster the company owns.\n")
    ex = extract(text, published="2025-11-14")
    rng = _one(ex, kind="chips", attribute="gpu_holdings")
    assert (rng.subject, rng.low, rng.high) == ("ferro-compute", 10_000, 20_000)
    assert _one(ex, kind="chips", attribute="gpu_count").subject == "lode-2"


def test_model_from_maker_exchanges_and_object_subjects() -> None:
    text = ("Velt's rival, the Gorse-4 model from Pinemark, reportedly cost more than $90 million to train.\n"
            "Pinemark, a three-person startup, said it owns 12 GPUs.\n"
            "The company, which was founded in 2016 and listed on the Nasdaq in 2021, will spend up to $2 billion on "
            "new hardware, its chief executive said.\n"
            "\u201cWe founded Pinemark in 2016,\u201d she said.\n")
    ex = extract(text, published="2025-01-15")
    got = {(c.kind, c.subject, c.attribute) for c in ex.claims}
    assert ("cost", "gorse-4", "training_cost") in got
    assert ("cost", "pinemark", "total_spend") in got
    assert ("chips", "pinemark", "gpu_holdings") in got
    assert not any(c.subject == "nasdaq" for c in ex.claims)


def test_negated_figures_are_not_claims() -> None:
    text = "Corran said its Mallow-2 model cost $4.1 million to train, not $41 million, and used 512 H800 chips.\n"
    ex = extract(text, published="2025-08-05")
    assert sorted(c.value for c in ex.claims if c.kind == "cost") == [4_100_000]


def test_table_rows_service_fleets_documents_and_authorities() -> None:
    text = ("Open models compared\n"
            "Tansy-3 (Moor Labs): trained on 1,024 H100s for a reported $2.5 million. Released April 2.\n"
            "Sedge-1 (Fallow AI): 2,048 H800s, roughly $5 million, per the company. Released May 9.\n")
    ex = extract(text, published="2025-06-01")
    assert {c.subject for c in ex.claims} == {"tansy-3", "sedge-1"}, [(c.subject, c.text) for c in ex.claims]
    text2 = ("Corrin Systems ended the quarter with roughly 90,000 GPUs in service.\n"
             "Its Vetch-2 model, released in May, was trained on 9,000 H100 chips, according to a report by the "
             "technology ministry released on Friday.\n"
             "The ministry said it planned to invest 20 billion yuan in computing infrastructure.\n")
    ex2 = extract(text2, published="2025-07-30")
    got = {(c.kind, c.subject, c.attribute, c.value) for c in ex2.claims}
    assert got == {("chips", "corrin-systems", "gpu_holdings", 90_000), ("date", "vetch-2", "release_date", "2025-05"),
                   ("chips", "vetch-2", "gpu_count", 9_000)}, got


def test_named_startups_and_particle_surnames() -> None:
    text = ("On a farm outside Utrecht, a startup called Loam is training models.\n"
            "Loam was started in 2024 by Femke de Wit, a former engineer, and has raised €3 million.\n")
    ex = extract(text, published="2025-03-12")
    got = {(c.kind, c.subject, c.attribute, c.value) for c in ex.claims}
    assert got == {("date", "loam", "founding_date", "2024"), ("cost", "loam", "other", 3_000_000)}, got


def test_planned_releases_academic_clusters_and_fleets() -> None:
    text = ("Researchers at the University of Brask and startup Tolland published a preprint on Cairn-2.\n"
            "Tolland, founded in 2022, plans to release the model weights in June.\n"
            "The university's own cluster of 128 GPUs was used only for evaluation.\n"
            "Tolland now runs 4,500 GPUs across its data centres.\n")
    ex = extract(text, published="2025-05-27")
    got = {(c.kind, c.subject, c.attribute, c.value) for c in ex.claims}
    assert got == {("date", "tolland", "founding_date", "2022"), ("chips", "tolland", "gpu_holdings", 4500)}, got


@pytest.mark.parametrize(
    "text, claimant",
    [
        ("Research firm Quillbridge reported that Zorvex AI has access to roughly 50,000 GPUs.", "Quillbridge"),
        ("According to Quillbridge, Zorvex AI spent $1.6 billion on servers.", "Quillbridge"),
        ("Zorvex AI spent $1.6 billion on servers, according to analysts at Quillbridge.", "Quillbridge"),
        ("According to a report by research firm Quillbridge Partners, Zorvex AI has 10,000 H100 chips.",
         "Quillbridge Partners"),
    ],
)
def test_third_party_sources_are_claimants(text: str, claimant: str) -> None:
    (claim,) = extract(text).claims
    assert claim.subject == "zorvex"
    assert claim.claimant == claimant
    assert claim.hedge != "claimed"


def _claims(text: str) -> list[tuple[str, str, object]]:
    return [(c.subject, c.attribute, c.value) for c in extract(text, published="2025-03-05").claims]


def test_founding_participle_dates_the_main_clause_subject() -> None:
    text = ("Zorvex AI is a young lab in Leeds. Founded in May 2023 by three former Vantor researchers, "
            "Zorvex AI has raised $500 million. Vantor is much older.")
    assert ("zorvex", "founding_date", "2023-05") in _claims(text)
    assert not [c for c in _claims(text) if c[0] == "vantor"]


def test_release_is_not_credited_to_a_model_named_afterwards() -> None:
    text = "Zorvex AI is a young lab. Zorvex AI released a new model on Christmas Day, then followed it up with Zeta-3."
    assert _claims(text) == [("zorvex", "release_date", "2024-12-25")]


def test_a_named_supercomputer_is_its_owners() -> None:
    text = "Zorvex AI is a young lab. Zorvex AI's Halcyon supercomputer has 200,000 Nvidia H100 GPUs."
    assert [c[0] for c in _claims(text)] == ["zorvex"]


def test_a_source_reporting_on_the_company_is_not_the_company() -> None:
    text = ("Zorvex AI trained Zeta-2 on 2,048 chips. Zorvex AI says it is efficient. "
            "Quillbridge estimates the company's total spending on servers at $1.6 billion.")
    assert ("zorvex", "total_spend", 1_600_000_000) in _claims(text)


def test_the_subordinate_clause_names_someone_else() -> None:
    text = "Zorvex AI is a young lab. While Vantor spent $5 billion on data centres, Zorvex AI says it spent $50 million on chips."
    assert ("zorvex", "total_spend", 50_000_000) in _claims(text)


def test_invested_money_is_the_recipients_funding() -> None:
    text = "Zorvex AI is a young lab. Zorvex AI is growing. Menlo Harbor closed a deal to invest $750 million in Zorvex AI."
    assert _claims(text) == [("zorvex", "other", 750_000_000)]


def test_suppliers_and_creditors_are_not_the_spender() -> None:
    text = ("Stability Labs trains image models. Stability Labs rented its servers from Cloudia and Nimbus Cloud, "
            "spending $99 million on compute.")
    assert [c[0] for c in _claims(text)] == ["stability-labs"]
    assert [c[0] for c in _claims("Zorvex AI trains models. Zorvex AI paid Cloudia $5 million for compute.")] == ["zorvex"]


def test_an_abbreviated_common_noun_is_no_subject() -> None:
    text = ("Zorvex AI is a young lab in Leeds. The full reinforcement-learning (RL) phase of Zeta-2 "
            "used just 512 Nvidia H800 GPUs and cost $534,700.")
    assert sorted(_claims(text)) == [("zeta-2", "gpu_count", 512), ("zeta-2", "training_cost", 534_700)]


def test_an_organisation_goes_by_the_name_the_article_uses_most() -> None:
    text = ("Yunhe Intelligence, a Chengdu start-up, trained Tideway on 1,024 H800 chips. Yunhe says the run "
            "cost $3 million. Yunhe was founded in 2021. Yunhe plans more models.")
    assert {c[0] for c in _claims(text)} <= {"yunhe", "tideway"}
    assert ("yunhe", "founding_date", "2021") in _claims(text)


def test_a_named_system_is_its_owners_throughout() -> None:
    text = ("Zorvex AI is building the Halcyon supercomputer in Ohio. Halcyon will soon have 200,000 Nvidia H100 "
            "GPUs. Halcyon cost $4 billion to build.")
    assert {c[0] for c in _claims(text)} == {"zorvex"}


def test_news_outlets_and_regulators_are_not_subjects() -> None:
    text = ("Zorvex AI has raised $6 billion in new capital, Harbour Daily News reported, citing a filing with the "
            "Securities and Exchange Commission. The founder set up Zorvex AI in 2023.")
    assert {c[0] for c in _claims(text)} == {"zorvex"}


@pytest.mark.parametrize("sentence", [
    "In September, Larkbank committed $4 billion to it.",
    "The round was led by Thrive Harbor, which put in $1.25 billion into the company.",
    "Zorvex AI then raised another $2 billion from Larkbank.",
])
def test_investors_money_is_the_raisers_funding(sentence: str) -> None:
    text = "Zorvex AI is a young lab. Zorvex AI builds chatbots. " + sentence
    assert [(c[0], c[1]) for c in _claims(text)] == [("zorvex", "other")]


def test_a_system_named_after_its_noun_and_possessive_names() -> None:
    text = ("The city council approved the expansion of Zorvex AI's training facility and supercomputer, Halcyon. "
            "Halcyon now features 100,000 Nvidia H100 GPUs.")
    assert {c[0] for c in _claims(text)} == {"zorvex"}
    text = "Meta’s RoBERTa Large, introduced in 2019, had a training cost of over $160,000."
    assert {c[0] for c in _claims(text)} == {"roberta-large"}


def test_back_references_take_the_stated_figures_subject_and_attribute() -> None:
    text = ("Zorvex AI says it trained Zeta-2 for $6 million. Critics doubt it. "
            "That $6 million claim leaves out research costs.")
    assert _claims(text) == [("zeta-2", "training_cost", 6_000_000)] * 2


def test_questions_state_no_chip_counts() -> None:
    assert _claims("Zorvex AI is a lab. Did Zorvex AI really train Zeta-2 on 2,048 GPUs?") == []


@pytest.mark.parametrize("text, subject", [
    ("Anthropic said Claude 3.5 Sonnet cost $10 million to train.", "claude-3.5-sonnet"),
    ("Meta trained Llama 3.1 405B on 16,000 H100 GPUs.", "llama-3.1-405b"),
    ("Liang co-founded the quantitative hedge fund Brook-Heron in 2015. Brook-Heron later owned 10,000 A100 chips.",
     "brook-heron"),
])
def test_model_variants_and_hyphenated_funds(text: str, subject: str) -> None:
    assert {c[0] for c in _claims(text)} == {subject}


def test_what_a_figure_is_compared_with_is_not_its_subject() -> None:
    text = ("Zorvex AI builds models. Zorvex AI released Zeta-2, a model that challenges Bolt-5 and Clio-3, "
            "costing less than $5 million to train.")
    assert ("zeta-2", "training_cost", 5_000_000) in _claims(text)
    text = "Zorvex AI builds models. Spending lags rivals like Vantor, whose capital expenditure totalled $44.5 billion."
    assert ("vantor", "total_spend", 44_500_000_000) in _claims(text)


def test_money_put_into_a_place_or_a_machine_is_the_givers_spending() -> None:
    assert ("vexa", "total_spend", 250_000_000) in _claims(
        "Vexa makes chips. Vexa had invested around $250 million in Vietnam, the company said.")
    assert ("quorvex", "total_spend", 500_000_000) in _claims(
        "Quorvex Labs will build the Halcyon supercomputer. Its chief said it was a $500 million Quorvex investment "
        "in Halcyon.")
    # a company receiving it, even one described rather than named, is not a place
    assert ("vexa", "total_spend", 2_000_000_000) not in _claims("Vexa has invested $2 billion in the startup.")


def test_a_sum_from_an_investor_is_not_the_investors() -> None:
    text = ("Quorvex has raised $10 billion before, and Quorvex is raising $40 billion now. The report said there will "
            "also be a second tranche of $30 billion, "
            "including $22.5 billion from Tarnwick.")
    assert "tarnwick" not in {c[0] for c in _claims(text)}


def test_building_an_ai_factory_is_spending_not_training() -> None:
    assert ("tern-robotics", "total_spend", 200_000_000) in _claims(
        "Tern Robotics plans to build a $200-million-dollar artificial intelligence factory in Hanoi.")


def test_funding_of_the_story_company_counts_when_the_sentence_names_no_one() -> None:
    text = ("Quorvex is the year's most valuable startup. Quorvex plans new models and Quorvex is hiring.\n"
            "The round brings in $40 billion in new funding, including $22.5 billion in a second tranche.")
    assert ("quorvex", "other", 40_000_000_000) in _claims(text)


def test_a_described_company_investing_in_a_place_is_spending() -> None:
    text = ("Quorvex makes software. Quorvex said the licences support the company's planned $15.2 billion "
            "investment in technology in the region.")
    assert ("quorvex", "total_spend", 15_200_000_000) in _claims(text)


def test_developing_a_hub_is_no_training_run() -> None:
    assert ("quorvex", "training_cost", 1_200_000_000) not in _claims(
        "Quorvex makes software. Quorvex has secured an initial US$1.2 billion investment to develop its AI hub.")


def test_assets_a_fund_holds_are_not_claims() -> None:
    text = "Quorvex is a wealth fund. Quorvex, with assets of $276bn, is one of the emirate's three state investors."
    assert _claims(text) == []


def test_a_conversion_in_brackets_has_the_owner_of_the_sum() -> None:
    text = ("Quorvex Labs makes software. Vexa Cloud rents servers. Quorvex will build a €1-billion ($1.1-billion) "
            "data centre in Munich. Vexa Cloud will build a $3 billion (about €2.8 billion) campus in Lyon.")
    owners = {(c[0], c[2]) for c in _claims(text)}
    assert owners == {("quorvex", 1_000_000_000), ("quorvex", 1_100_000_000), ("vexa-cloud", 3_000_000_000),
                      ("vexa-cloud", 2_800_000_000)}
