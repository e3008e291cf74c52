"""Subject discovery and resolution on invented text: which organisation, model or
system a figure is about (patterns of news writing, no real article)."""

from __future__ import annotations

import pytest

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


# -- computer systems belong to their owners -------------------------------------

def test_a_system_named_in_apposition_is_its_owners() -> None:
    ex = extract("Jo Doe’s Quorvex Labs is expanding Halcyon, the largest AI supercomputer. Launched a month ago, "
                 "Halcyon quickly became the largest GPU supercomputer, initially featuring 100,000 Nvidia GPUs. "
                 "Quorvex Labs aims to double its capacity.")
    assert _subject_of(ex, 100_000) == "quorvex-labs"
    assert ex.main_subject == "quorvex-labs"


def test_a_system_built_or_activated_by_a_company_is_its() -> None:
    ex = extract("Quorvex Labs activated Halcyon in July. At the time, Halcyon was powered by 100,000 Nvidia H100 GPUs.")
    assert _subject_of(ex, 100_000) == "quorvex-labs"
    ex = extract("Quorvex Labs built Halcyon, which initially featured 100,000 Nvidia GPUs.")
    assert _subject_of(ex, 100_000) == "quorvex-labs"


def test_a_company_before_a_system_noun_after_a_place_owns_it() -> None:
    ex = extract("Bolt Systems plans a cluster of 131,072 GB200 GPUs, more than the Riverside Quorvex Labs supercluster, "
                 "which currently has 100,000 Nvidia chips. Quorvex Labs said it was pleased.")
    assert _subject_of(ex, 131_072) == "bolt-systems"
    assert _subject_of(ex, 100_000) == "quorvex-labs"


def test_a_system_is_never_the_main_subject() -> None:
    ex = extract("Tern Robotics shows off Halcyon\nThe supercluster, newly dubbed Halcyon, is used by Tern Robotics. "
                 "Halcyon is being built to advance Tern Robotics’ research, Tern Robotics said. "
                 "Halcyon holds 50,000 Nvidia H100 GPUs.")
    assert ex.main_subject == "tern-robotics"
    assert _subject_of(ex, 50_000) == "tern-robotics"


def test_a_company_named_with_a_data_centre_stays_a_company() -> None:
    ex = extract("Quorvex Labs said the Tern Robotics data center holds 20,000 GPUs. Tern Robotics said it was happy.")
    assert _subject_of(ex, 20_000) == "tern-robotics"


def test_a_model_that_was_built_is_not_a_system() -> None:
    ex = extract("Pelion, a small lab in Oslo, built its Marten-4 model on 512 H100 GPUs for $2.2 million.")
    assert _subject_of(ex, 2_200_000) == "marten-4"


# -- investors put money in; the company raising it is the subject ------------------

ROUND = ("Quorvex Labs raised $6.6 billion in its latest round. The round was led by Larkspur Capital, which put in "
         "$1.25 billion into the company. New investors included Bolt Holdings, which put in around $500 million, "
         "and chip maker Tern Robotics, which invested about $100 million, a person familiar with the matter said.")


def test_an_investor_relative_clause_gives_the_money_to_the_company_raising() -> None:
    ex = extract(ROUND)
    for value in (6_600_000_000, 1_250_000_000, 500_000_000, 100_000_000):
        assert _subject_of(ex, value) == "quorvex-labs"
    assert ex.main_subject == "quorvex-labs"


def test_a_follow_on_sum_from_another_investor_goes_to_the_same_company() -> None:
    ex = extract("Quorvex Labs has raised money fast. In August, Quorvex Labs had raised $100 million from two "
                 "telecom companies. Then Bolt Holdings committed $4 billion to it, followed by another $2 billion "
                 "from Tern Robotics.")
    assert _subject_of(ex, 4_000_000_000) == "quorvex-labs"
    assert _subject_of(ex, 2_000_000_000) == "quorvex-labs"


def test_an_investment_in_a_company_is_that_companys_funding() -> None:
    ex = extract("Bolt Holdings’s expansion in AI is partly driven by its $13 billion investment in Quorvex Labs.")
    assert ("cost", "quorvex-labs", "other", 13_000_000_000) in _facts(ex)


# -- joint ventures, titles, finance words ------------------------------------------

VENTURE = ("Bolt Holdings, Quorvex Labs and Tern Robotics are launching a $500 billion joint venture named Halo to fund "
           "AI infrastructure. The initiative, praised by a senator, aims to deploy $100 billion immediately. "
           "Separately, Bolt Holdings spent $3 billion on chips last year.")


def test_a_joint_venture_named_after_its_sum_is_the_subject_not_its_partners() -> None:
    ex = extract(VENTURE)
    assert _subject_of(ex, 500_000_000_000) == "halo"
    assert _subject_of(ex, 100_000_000_000) == "halo"
    assert _subject_of(ex, 3_000_000_000) == "bolt-holdings"


def test_the_new_venture_refers_to_the_one_named_venture() -> None:
    ex = extract("Quorvex Labs and Bolt Holdings will form a joint venture called Halo. Bolt Holdings said the new "
                 "joint venture will invest $20 billion in data centres.")
    assert _subject_of(ex, 20_000_000_000) == "halo"


def test_a_bare_name_after_a_persons_title_is_not_an_organisation() -> None:
    ex = extract("President Doe has raised $5 million for the plan. Quorvex Labs said so.")
    assert "doe" not in {s.id for s in ex.subjects}


def test_finance_words_are_never_subjects() -> None:
    ex = extract("Quorvex Labs CEO Jo Doe stated the company plans CAPEX of $60 billion to $65 billion in 2025.")
    assert "capex" not in {c.subject for c in ex.claims}
    assert {c.subject for c in ex.claims} == {"quorvex-labs"}


# -- models are the subjects of what they cost --------------------------------------

def _models(text: str, families: dict[str, str], orgs: dict[str, str] | None = None) -> dict[str, str | None]:
    """slug -> parent of the models ``find_models`` finds with a registry of ``families``."""
    from claimcheck.extraction.models import find_models
    from claimcheck.extraction.names import Registry, SubjectIndex, SubjectMention

    index, spans = SubjectIndex(), list[SubjectMention]()
    find_models(text, None, dict(orgs or {}), Registry(families=families), index, spans)
    return {s: index.parents.get(s) for s, k in index.kinds.items() if k == "model"}


def test_a_known_family_with_a_tier_and_no_version_is_a_model() -> None:
    assert _models("Acme's Stratus Ultra cost $191 million to train.", {"stratus": "acme"}) == {"stratus-ultra": "acme"}


def test_a_known_family_named_as_a_model_on_its_own_is_a_model() -> None:
    found = _models("The cost of training Stratus, a large language model, stood at $30 million.", {"stratus": "acme"})
    assert found == {"stratus": "acme"}
    # a family named after its maker is the maker
    assert _models("Acme, a large language model maker, said so.", {"acme": "acme"}) == {}


def test_a_name_ending_in_a_variant_word_is_a_model() -> None:
    found = _models("Bolt’s Marten-Large, released a year later, cost $3,288.", {}, {"marten-large": "marten-large", "bolt": "bolt"})
    assert found == {"marten-large": "bolt"}
    ex = extract("Bolt Labs said its Marten-Large, released a year later, cost $3,288 to train.")
    assert ("cost", "marten-large", "training_cost", 3288) in _facts(ex)


def test_what_it_cost_to_train_a_name_is_that_models_cost() -> None:
    ex = extract("Bolt Labs trains big models. For instance, it cost just $930 to train Stratus, a neural network "
                 "architecture introduced in 2017.")
    assert _subject_of(ex, 930) == "stratus"


def test_a_company_named_by_its_web_domain_is_discovered() -> None:
    ex = extract("Quorvex.ai spent $300 million on servers last year, a spokesperson said.")
    assert _subject_of(ex, 300_000_000) == "quorvex-ai"
    assert {s.id for s in extract("See https://quorvex.ai/blog for $5 million details.").subjects} == set()


def test_a_name_that_is_trained_is_a_model() -> None:
    ex = extract("Bolt Labs released its flagship large model with a new architecture: Stratus-Lite.\n"
                 "Jo Doe said that the training of Stratus-Lite only used 2000 GPUs and cost $3 million.")
    assert _subject_of(ex, 2000) == "stratus-lite"
    assert _subject_of(ex, 3_000_000) == "stratus-lite"
    # "to train Bolt Labs' models": the maker, not a model
    assert _models("The GPUs needed to train Bolt's models cost $4 million.", {}, {"bolt": "bolt"}) == {}


def test_a_contrast_clause_with_its_relative_clause_is_someone_else() -> None:
    ex = extract("Bolt Labs released Stratus-2 last year. In contrast to rivals like Quorvex Labs, which spent $90 "
                 "million to train Marten-4, Bolt Labs trained its model with just $3 million.")
    assert _subject_of(ex, 3_000_000) == "stratus-2"
    ex = extract("Bolt Labs released Stratus-2 last year. In contrast to rivals like Quorvex Labs, which spent $90 "
                 "million to train Marten-4, it trained its model with just $3 million.")
    assert _subject_of(ex, 3_000_000) == "stratus-2"


def test_the_company_money_is_invested_in_is_discovered_but_not_a_place() -> None:
    ex = extract("In late 2023, the company joined Bolt Holdings and other investors to invest $340 million in "
                 "Zhuvra, a rising AI developer.")
    assert _subject_of(ex, 340_000_000) == "zhuvra"
    ex = extract("Bolt Holdings will invest $10 billion in Memphis over five years.")
    assert "memphis" not in {s.id for s in ex.subjects}


def test_a_tier_after_a_model_named_in_apposition_is_part_of_its_name() -> None:
    ex = extract("Bolt Labs released its reasoning model Stratus X2 Thinking. The training cost for Stratus X2 "
                 "Thinking was about $4.6 million.")
    assert _subject_of(ex, 4_600_000) == "stratus-x2-thinking"


def test_an_acronym_in_brackets_is_the_same_company_and_wins_when_used_more() -> None:
    import claimcheck

    text = ("Halden Semiconductor Manufacturing Co (HSMC) spent $52 billion on capital expenditure "
            "last year. HSMC expects demand to grow. Analysts said HSMC is strong.")
    assert [c.subject for c in claimcheck.extract(text).claims] == ["hsmc"]
    text = "Halden Robotics Corporation (HRC) raised $40 million. Halden Robotics Corporation said HRC would hire."
    assert [c.subject for c in claimcheck.extract(text).claims] == ["halden-robotics"]


def test_a_list_of_names_and_dotted_place_abbreviations_are_not_subjects() -> None:
    import claimcheck

    text = "Existing backers, including Vexa, Tern and others, committed more than $700 million to Halden Labs."
    assert "vexa-tern" not in [c.subject for c in claimcheck.extract(text).claims]
    text = "Tern Compute will open two data centres in the U.K. as part of a £1 billion investment."
    assert "u-k" not in [c.subject for c in claimcheck.extract(text).claims]


# -- named machines, acronyms, founders' asides ----------------------------------

def test_a_machine_no_company_owns_is_its_own_subject() -> None:
    text = ("The national government will spend £225 million on a supercomputer, which has been aptly named Halcyon-AI "
            "after a local engineer. Halcyon-AI will be equipped with 5,448 GH200 Grace Hopper Superchips, powerful "
            "chips manufactured by the chip giant Vexa. The Halcyon-AI is poised to be the fastest in the region.")
    ex = extract(text)
    assert ("chips", "halcyon-ai", "gpu_holdings", 5448) in _facts(ex)
    assert "vexa" not in {c.subject for c in ex.claims}


def test_an_acronym_may_take_letters_from_inside_a_word() -> None:
    text = ("Dana Whitfield has raised $1 billion for her new venture, Safe Metaintelligence (SMI). SMI was founded "
            "in June 2024. SMI plans to hire researchers, and SMI says it will not sell products.")
    ex = extract(text)
    assert _subject_of(ex, 1_000_000_000) == "smi"
    assert ("date", "smi", "founding_date", "2024-06") in _facts(ex)


def test_an_acronym_after_a_name_with_a_corporate_suffix() -> None:
    text = ("Vexa and Bolt have taken stakes in Tern Metaintelligence Inc. (TMI), the lab co-founded by Jo Doe. "
            "TMI was established in June 2024. TMI raised $1 billion in September 2024, TMI said.")
    assert _subject_of(extract(text), 1_000_000_000) == "tmi"


def test_a_founding_participle_with_an_aside_between_dashes() -> None:
    text = ("Quorvex raised $5 million last week. Founded in April 2023 by Jo Doe – founder and former CEO of Bolt, "
            "once the region’s second-largest search engine after Vexa – Quorvex has seen its valuation swell.")
    assert ("date", "quorvex", "founding_date", "2023-04") in _facts(extract(text))


def test_its_inception_dates_a_founding() -> None:
    text = "Quorvex raised $5 million last week. Quorvex became a unicorn six months after its inception in April 2023."
    assert ("date", "quorvex", "founding_date", "2023-04") in _facts(extract(text))


def test_a_long_name_that_the_article_shortens_is_one_company() -> None:
    text = ("Chinese startup Quorvex Intelligent Technology has raised 5 billion yuan in a Series A round. Quorvex "
            "was founded in 2023. Quorvex has launched 12 models, and Quorvex plans more.")
    assert _subject_of(extract(text), 5_000_000_000) == "quorvex"


def test_a_system_named_in_apposition_with_its_is_discovered() -> None:
    text = ("The region entered a new era with the inauguration of Halvard, its most powerful supercomputer, on "
            "September 5, 2025. Halvard is equipped with 24,000 GH200 superchips.")
    assert ("chips", "halvard", "gpu_holdings", 24_000) in _facts(extract(text))


def test_a_chip_generation_is_never_a_subject() -> None:
    text = ("Vexa said revenue hit $46.7 billion. Its newest chips, Blackwell, accounted for $27 billion of sales. "
            "Blackwell sits in the middle of the race, and Blackwell shipments grew.")
    ex = extract(text)
    assert "blackwell" not in {s.id for s in ex.subjects}
    assert ex.main_subject == "vexa"


def test_a_founding_cue_before_the_date_beats_a_release_cue_across_a_comma() -> None:
    text = ("Quorvex has raised $6 billion this year. Jo Doe’s startup, Quorvex, founded in July 2023, launched its "
            "Lumen chatbot and Lumen 1.5 model six months later.")
    assert ("date", "quorvex", "founding_date", "2023-07") in _facts(extract(text))


def test_islands_ministries_and_agi_are_not_subjects() -> None:
    text = ("Quorvex is building a data center on the northern island of Kestrela, with the government footing half "
            "of the ¥100 billion cost. The Ministry of Science and ICT will pour in up to 2 trillion won. "
            "Quorvex says Artificial General Intelligence (AGI) is near.")
    ids = {s.id for s in extract(text).subjects}
    assert not ids & {"kestrela", "ministry-of-science", "ministry-of-science-and-ict", "artificial-general-intelligence"}


def test_currency_codes_and_rivals_that_act() -> None:
    text = ("Quorvex recorded 190.1 billion KRW in R&D expenses, compared to 965 billion KRW last year. "
            "Bolt Cloud said it would invest $2bn in the region, while rival Quorvex said it would invest $2.2bn "
            "in artificial intelligence.")
    facts = _facts(extract(text))
    assert "krw" not in {f[1] for f in facts}
    assert ("cost", "quorvex", "total_spend", 2_200_000_000) in facts


def test_language_processing_units_are_chips() -> None:
    text = "Quorvex plans a data center initially featuring 19,000 language processing units, Quorvex said."
    assert ("chips", "quorvex", "gpu_holdings", 19_000) in _facts(extract(text))


# -- names NER gets wrong (fifth session; shapes from real copy, invented names) ----------

def test_a_one_word_name_ner_calls_a_person_is_a_company_when_it_acts_like_one() -> None:
    ex = extract("Kelvaro accelerates AI push with a new GPU cluster. Kelvaro is constructing a GPU cluster "
                 "comprising 10,000 GPUs, according to people familiar with the plan. Its models run in phones, "
                 "cars and robots.")
    assert ex.main_subject == "kelvaro"
    assert ("chips", "kelvaro", "gpu_holdings", 10_000) in _facts(ex)


def test_a_surname_alone_stays_a_person() -> None:
    ex = extract("Dana Kelvaro founded Acme in 2019. Kelvaro is building a GPU cluster of 10,000 GPUs for Acme, "
                 "Kelvaro said.")
    assert "kelvaro" not in {s.id for s in ex.subjects}


def test_two_corporate_endings_come_off_together() -> None:
    ex = extract("China's leading chipmaker Tarnwell Threads Technology Co surged 425 percent on its debut. "
                 "Investor frenzy over Tarnwell Threads reflects expectations. The Beijing-based company raised "
                 "about 8 billion yuan in the IPO.")
    assert _subject_of(ex, 8_000_000_000) == "tarnwell-threads"


def test_labs_stays_when_the_rest_is_a_common_word_of_the_article() -> None:
    ex = extract("Why Horizon Labs is betting on 3D. Horizon Labs is entering the AI race with a premise: today's "
                 "systems can't see the horizon. Horizon Labs has raised $230 million in its initial funding round.")
    assert _subject_of(ex, 230_000_000) == "horizon-labs"


def test_a_release_credited_by_proximity_to_a_company_goes_to_the_model_its_paragraph_is_about() -> None:
    ex = extract("Tarvo M1 (stylised Tarvo-M1) is an open-weight large reasoning model developed by Shanghai-based "
                 "artificial-intelligence company Tarvo, released on 16 June 2025 alongside a technical report.")
    assert ("date", "tarvo-m1", "release_date", "2025-06-16") in _facts(ex)


def test_a_release_of_the_companys_systems_stays_the_companys() -> None:
    ex = extract("According to a paper published on Wednesday, Acme's reasoning-focused Lumen-1 model used 512 "
                 "chips. This estimate is a rare update from the Hangzhou-based company, which has largely "
                 "remained out of public view since releasing its lower-cost AI systems in January.")
    assert ("date", "acme", "release_date", "--01") in _facts(ex)


def test_preview_and_two_part_hyphenated_model_names_stay_whole() -> None:
    ex = extract("Acme has opened testing of Lumen-1-preview, its first model. Alongside it came Acme-Voice-1, "
                 "a speech model.")
    ids = {s.id for s in ex.subjects if s.kind == "model"}
    assert {"lumen-1-preview", "acme-voice-1"} <= ids


@pytest.mark.parametrize("text, not_subject", [
    (("The National AI Strategy 2.0 was unveiled last December. The National AI Strategy sets aside S$500 million "
      "for computing."), "national-ai-strategy"),
    (("The Tallin AI Action Summit opened on Monday. The Tallin AI Action Summit announced on Tuesday a "
      "$400 million fund."), "tallin-ai-action-summit"),
    (("Yotra said the machines would be in use by December.\n“I have given the government a commitment that we "
      "are willing to go for another 8,000 B200 Nvidia GPUs. They are pushing me,” the chief said."), "b200-nvidia-gpus"),
])
def test_plans_events_and_chips_are_never_subjects(text: str, not_subject: str) -> None:
    ex = extract(text)
    assert not_subject not in {s.id for s in ex.subjects}
    assert not_subject not in {c.subject for c in ex.claims}


def test_a_company_whose_name_ner_calls_a_nationality_stays_a_company() -> None:
    ex = extract("Caspian Technologies has never given a full accounting. Caspian's filings show capital "
                 "expenditure of $820 million in 2024, most of it on servers.")
    assert _subject_of(ex, 820_000_000) == "caspian"


def test_a_one_word_person_that_follows_a_first_name_somewhere_is_a_surname() -> None:
    from claimcheck.extraction.subjects import _surname_somewhere

    text = "Elon Mosk gave details on X. Mosk noted the sum. The Acme board met. Rival Bolt said no."
    common = {"gave", "details", "on", "noted", "the", "sum", "board", "met", "rival", "said", "no"}
    assert _surname_somewhere("Mosk", text, common)
    assert not _surname_somewhere("Acme", text, common)  # "The Acme"
    assert not _surname_somewhere("Bolt", text, common)  # "Rival Bolt": an ordinary word before it


def test_a_he_after_one_mention_of_many_does_not_make_a_company_a_person() -> None:
    from claimcheck.extraction.subjects import _company_not_person

    text = ("Mr. Dana Whit praised Kelvaro's achievements. He also commended Kelvaro's role in the network, which "
            "he saw as a platform. Kelvaro suggested building infrastructure. Kelvaro has the resources. Kelvaro "
            "plans more.")
    assert _company_not_person("Kelvaro", text, None, {"dana whit": "dana-whit", "whit": "dana-whit"}, set())
    person = "Kelvaro arrived. He said he was tired. Kelvaro left, and his team followed."
    assert not _company_not_person("Kelvaro", person, None, {}, set())


def test_a_size_suffix_is_part_of_a_model_name_even_when_its_family_is_a_company() -> None:
    ex = extract("On 5 May 2023 Mosaic Labs releases ZPT-7B, a 7-billion-parameter model. ZPT can be used "
                 "commercially. ZPT introduces several choices. ZPT-7B training had a published cost of around "
                 "$200,000.")
    assert ("date", "zpt-7b", "release_date", "2023-05-05") in _facts(ex)
    assert ("cost", "zpt-7b", "training_cost", 200_000) in _facts(ex)


def test_a_name_and_a_letter_number_code_is_a_model_with_its_variant() -> None:
    text = ("Tarvo AI's new model challenges prevailing narratives about training costs.\nLast week another "
            "Chinese AI startup Tarvo AI released the thinking model of its latest LLM Kirra K2, named Kirra K2 "
            "Thinking, that outshone rivals. Kirra K2 was released in July 2025.")
    models = {s.id for s in extract(text, published="2025-11-10").subjects if s.kind == "model"}
    assert {"kirra-k2", "kirra-k2-thinking"} <= models


def test_a_name_and_a_code_used_once_and_not_as_a_model_is_none() -> None:
    assert [s for s in extract("The Series B2 round closed in May.").subjects if s.kind == "model"] == []


# -- sixth session: companies NER calls people ---------------------------------

def test_a_company_part_of_a_longer_person_like_name_is_still_a_company() -> None:
    text = ("Qatari telco Telvana is seeking more capacity. Telvana is looking to house the latest GPUs. At the "
            "time, Telvana’s CEO Aziz Fahmi said the deal mattered. Telvana’s Indonesian division, Indosat "
            "Telvana Rahim, worked with partners. The company secured $552 million in financing.")
    assert ("cost", "telvana", "other", 552_000_000) in _facts(extract(text))


def test_a_full_name_with_a_trade_word_goes_by_the_short_name_the_article_uses() -> None:
    text = ("Kestrel Energy, a startup building data centers for AI labs, is raising new money. The filing shows "
            "Kestrel has secured $686 million. Kestrel launched in 2018 as a mining business.")
    assert {s.id for s in extract(text).subjects if s.kind == "org"} == {"kestrel"}


@pytest.mark.parametrize("name", ["Granite Fund", "Kestrel Energy", "Orion Holdings"])
def test_a_last_word_no_person_has_marks_a_company(name: str) -> None:
    from claimcheck.extraction.subjects import _NOT_A_PERSON_END

    assert _NOT_A_PERSON_END.search(name)
    assert not _NOT_A_PERSON_END.search("Dana Fundell")


def test_an_organisation_or_nonprofit_in_apposition_is_a_company() -> None:
    from claimcheck.extraction.subjects import _APPOSITIVE_ORG

    m = _APPOSITIVE_ORG.search("overseen by Eric Lund, the CEO of Volt Harbor, a recently established organization "
                               "tasked with managing the centres")
    assert m and m.group("a") == "Volt Harbor"
    m = _APPOSITIVE_ORG.search("Volt Harbor, a nonprofit, bought 24,000 GPUs")
    assert m and m.group("a") == "Volt Harbor"


def test_a_name_used_only_as_a_place_is_not_a_company() -> None:
    from claimcheck.extraction.subjects import _only_a_place

    assert _only_a_place("Harwick", "The Harwick, U.K.-based startup grew. A Harwick-based rival followed.")
    assert _only_a_place("Harwick", "Tarn is headquartered in Harwick.")
    assert not _only_a_place("Harwick", "Tarn is headquartered in Harwick. Harwick said it raised $5m.")
    assert not _only_a_place("Zentra", "Bolt agreed to invest $340 million in Zentra.")


def test_the_place_based_startup_is_the_company_the_story_is_about() -> None:
    text = ("Tarnlight raised $200 million last week, the company said.\nThe Bristol, U.K.-based startup, founded "
            "in 2016, has now secured a total of more than $300 million in financing from venture capital firms.")
    facts = _facts(extract(text))
    assert ("date", "tarnlight", "founding_date", "2016") in facts
    assert ("cost", "tarnlight", "other", 300_000_000) in facts


def test_a_system_built_with_partners_and_owned_by_no_company_is_its_own_subject() -> None:
    text = ("The national lab celebrated its new exascale computer, called Halcyon, on Wednesday.\n"
            "Halcyon gives researchers simulation and AI capabilities.\n"
            "The national lab collaborated with Brindle and Corvant to develop the Halcyon supercomputer, which is "
            "equipped with 63,744 graphics processing units.\n"
            "Brindle said the machine was its largest, and Corvant said it had shipped the racks.")
    assert _subject_of(extract(text), 63_744) == "halcyon"


def test_a_description_refers_to_the_one_company_described_that_way() -> None:
    text = ("Bolt Corp. said it has acquired Israeli startup Halvani Labs, a Caesarea-based chip maker, for some "
            "$2 billion. Bolt is the larger company. The Israeli firm has raised some $120 million to date.")
    assert _subject_of(extract(text), 120_000_000) == "halvani-labs"


def test_a_round_is_the_company_s_it_is_for_whoever_took_part() -> None:
    ex = extract("Nvidia took part in a $100 million funding round this week for Sakura Dynamics, a Tokyo startup.")
    assert _subject_of(ex, 100_000_000) == "sakura-dynamics"
    text = ("Bolt Corp. said it has acquired Israeli startup Halvani Labs, a Caesarea-based chip maker. Bolt took "
            "part in a $75 million series B funding round for the startup in 2018.")
    assert _subject_of(extract(text), 75_000_000) == "halvani-labs"
    ex = extract("Tern Robotics participated in a $100m financing round at Halvex Labs a year ago, the company said.")
    assert _subject_of(ex, 100_000_000) == "halvex-labs"


def test_a_company_named_with_a_common_word_is_found_when_always_capitalised() -> None:
    from claimcheck.extraction.subjects import _capitalised_mid_sentence

    text = ("The startup competes against larger rivals. Tarnish most recent valuation was $3 billion. Rivals compete "
            "with Tarnish in search.")
    assert _capitalised_mid_sentence("Tarnish", text, set())
    assert not _capitalised_mid_sentence("Tarnish", text + " Metals tarnish.", {"tarnish"})
    assert not _capitalised_mid_sentence("CISPO", "trained with CISPO on GPUs", set())


def test_chips_of_a_maker_named_in_the_count_are_not_the_maker_s() -> None:
    text = ("Halvex Labs and Acme Corp officially announced their cloud partnership Thursday, a deal that gives the "
            "startup access to up to one million of Acme’s custom-designed Tensor Processing Units, or TPUs. Halvex "
            "Labs said the deal would help. Acme said the same.")
    ex = extract(text)
    assert _subject_of(ex, 1_000_000) == "halvex-labs"
    assert "tensor-processing-units" not in {s.id for s in ex.subjects}


def test_a_company_and_role_ner_took_for_a_person_is_a_company() -> None:
    from claimcheck.extraction.subjects import _org_before_role

    assert _org_before_role("Halvex CFO") == "Halvex"
    assert _org_before_role("Blue Orbit Chairman") == "Blue Orbit"
    assert _org_before_role("Dana Reyes") is None


def test_chips_counted_as_units_refer_to_the_chips_named_before() -> None:
    text = ("Telvana will build an AI data centre in Munich with 100,000 Nvidia GPUs. The Munich site will start with "
            "around 10,000 such units.\nBolt Labs will build a cluster of Nvidia H100 GPUs comprising 22.000 units.")
    facts = _facts(extract(text))
    assert ("chips", "telvana", "gpu_holdings", 10_000) in facts
    assert ("chips", "bolt-labs", "gpu_holdings", 22_000) in facts


def test_chips_supplied_to_a_named_company_are_its_holdings() -> None:
    text = ("Halvex Labs sealed deals with Bolt Corp. Of the total, 50,000 GPUs each will go to Quorvex Motors and "
            "Tern Robotics, and an additional 60,000 units will be supplied to Zentra Cloud.")
    assert ("chips", "zentra-cloud", "gpu_holdings", 60_000) in _facts(extract(text))


def test_money_from_unnamed_investors_is_the_raising_company_s_funding() -> None:
    text = ("Halvex Labs raised $40 billion in its latest round, Halvex Labs said. Bolt Capital, which is leading the "
            "deal, will initially be investing $7.5 billion in the company along with $2.5 billion from an investor "
            "syndicate.")
    assert ("cost", "halvex-labs", "other", 2_500_000_000) in _facts(extract(text))


def test_a_version_and_variant_named_with_another_model_are_models() -> None:
    text = ("Halvex, the search company, also stepped up its efforts last Friday by launching the Zorn 4.5 Turbo and "
            "the reasoning-optimized Zorn X1 Turbo models.")
    ex = extract(text, published="2025-04-28")
    assert {"zorn-4.5-turbo", "zorn-x1-turbo"} <= {s.id for s in ex.subjects if s.kind == "model"}
    assert ("date", "zorn-4.5-turbo", "release_date", "2025-04-25") in _facts(ex)


def test_founded_by_someone_described_by_their_old_employer_is_the_main_clause_s_company() -> None:
    text = ("Founded in 2023 by Arthur Mensch, a former Bolt Labs researcher, alongside ex-Tern researchers Tim Lace "
            "and Gil Lamp, Quorvex AI has quickly established itself as Europe's leading contender.")
    assert ("date", "quorvex", "founding_date", "2023") in _facts(extract(text))


def test_a_name_and_code_a_maker_released_as_its_own_is_a_model() -> None:
    import re

    from claimcheck.extraction.models import _RELEASED_ITS, _pair_rx

    assert re.search(_RELEASED_ITS + _pair_rx("Kirra", "K2.5"), "Tarvo last month released its Kirra K2.5, leading")
    assert not re.search(_RELEASED_ITS + _pair_rx("Kirra", "K2.5"), "Tarvo said Kirra K2.5 was popular")
    ex = extract("Beijing-based Tarvo last month released its Kirra K2.5, leading a wave of upgrades.",
                 published="2026-02-10")
    assert ("date", "kirra-k2.5", "release_date", "2026-01") in _facts(ex)


def test_what_a_company_wanted_to_set_up_has_no_founding_date() -> None:
    text = ("Bolt Labs chief Jo Hale said during a visit to Vietnam last December that Bolt Labs wanted to set up a "
            "semiconductor base in the country.")
    assert [c for c in extract(text, published="2024-01-10").claims if c.kind == "date"] == []


def test_an_all_capitals_name_in_apposition_to_a_model_is_a_model() -> None:
    text = ("Engineers at data science company Halvex Labs gathered on Monday. The team had spent months, and about "
            "$10 million, training ZRBX, a large language model similar in design to others.")
    ex = extract(text)
    assert _subject_of(ex, 10_000_000) == "zrbx"
    assert ("zrbx", "model") in {(s.id, s.kind) for s in ex.subjects}


def test_a_stock_exchange_is_a_venue_not_a_subject() -> None:
    text = ("Shares of Halvex Labs surged 425 percent on their debut on the Shanghai Stock Exchange on Friday. The "
            "Beijing-based company raised about 8 billion yuan in the IPO.")
    ex = extract(text)
    assert "shanghai-stock-exchange" not in {s.id for s in ex.subjects}
    assert _subject_of(ex, 8_000_000_000) == "halvex-labs"


def test_a_cabinet_approving_a_programme_is_not_its_subject() -> None:
    text = "In March, the Union Cabinet approved the Rs 10,000 crore Halvex Mission, and Halvex Labs said it would bid."
    assert "union-cabinet" not in {s.id for s in extract(text).subjects}


def test_a_company_s_capital_or_cloud_arm_is_its_own_subject() -> None:
    text = ("US tech giant Bolt Corp. announced that it has acquired Halvex Labs. Bolt said the deal closed on Monday.\n"
            "Last year, Bolt Capital, the investment arm of Bolt, invested in Halvex Labs. Bolt Capital has backed "
            "dozens of startups.")
    orgs = {s.id for s in extract(text).subjects if s.kind == "org"}
    assert {"bolt", "bolt-capital"} <= orgs


def test_an_opener_the_article_also_capitalises_mid_sentence_is_a_company() -> None:
    # the tagger reads "Aeronomic" as a proper noun, NER tags it nothing
    text = ("Aeronomic announced plans Wednesday to spend $50 billion on a U.S. artificial intelligence "
            "infrastructure build-out.\nThe facilities will be developed in partnership with Bralstack.\n"
            "The investment positions Aeronomic as a major domestic player.")
    assert _subject_of(extract(text), 50_000_000_000) == "aeronomic"


def test_a_deal_s_price_belongs_to_the_company_bought_or_paid() -> None:
    ex = extract("Bolt has agreed to buy Halvex Labs. The acquisition is understood to be valued at about $600 million.")
    assert _subject_of(ex, 600_000_000) == "halvex-labs"
    ex = extract("Bolt agreed to pay Halvex Labs approximately $650 million to license its models.")
    assert _subject_of(ex, 650_000_000) == "halvex-labs"
    assert extract("Halvex Labs was valued at $600 million last year.").claims == []


def test_money_a_company_head_puts_into_building_is_the_company_s_spending() -> None:
    text = ("Governor Tom Reyes announced Tuesday that Jo Park, CEO of Halvex Labs and a Seoul-based billionaire, "
            "will invest $20 billion into building and powering data centers.")
    assert _facts(extract(text)) == {("cost", "halvex-labs", "total_spend", 20_000_000_000)}


def test_a_share_of_the_sum_before_is_its_owner_s() -> None:
    text = ("Halvex Labs will invest $3 billion in data centres over five years, its chief executive said.\n"
            "The bulk of that — $2 billion — will go to a site in Texas.")
    assert ("cost", "halvex-labs", "total_spend", 2_000_000_000) in _facts(extract(text))


def test_a_company_keeps_its_labs_or_technology_ending_unless_the_article_mostly_drops_it() -> None:
    text = "Ferrule Labs has raised $40 million in a Series B round led by Northgate Capital."
    assert _subject_of(extract(text), 40_000_000) == "ferrule-labs"
    text = ("Ostara Labs has raised $40 million. Ostara was founded in 2021 by two former researchers "
            "and sells inference software.")
    assert _subject_of(extract(text), 40_000_000) == "ostara"
    text = ("Tarnwell Threads Technology raised about 8 billion yuan in its IPO on Friday. Tarnwell Threads makes "
            "graphics chips, and Tarnwell Threads plans to spend the money on research.")
    assert _subject_of(extract(text), 8_000_000_000) == "tarnwell-threads"
    text = ("Veltrix Communications reported $346 million in fourth-quarter revenues. Veltrix sells speech tools, "
            "and Veltrix has over 7,000 employees.")
    assert _subject_of(extract(text), 346_000_000) == "veltrix"


def test_a_model_named_after_its_maker_goes_without_the_maker_s_ending() -> None:
    text = ("Calder Labs trained Calder 2 for roughly $12 million, the company said. Calder Labs was founded "
            "in 2020.")
    assert _subject_of(extract(text), 12_000_000) == "calder-2"


def test_an_acronym_and_the_name_it_abbreviates_are_one_company() -> None:
    text = ("Northwind Cloud Services said on Monday it will invest $10 billion in Ohio. The state welcomed the "
            "plan. NCS estimates it has invested $10.3 billion in Ohio, and NCS plans more.")
    ex = extract(text)
    assert {c.subject for c in ex.claims if c.kind == "cost"} == {"ncs"}


def test_a_company_named_with_a_number_is_known_by_its_acronym() -> None:
    text = ("The country is attracting interest from data centre operators, with Abu Dhabi-based technology firm "
            "Kantor 42 Holding Ltd. (K42) planning to invest as much as $500 million in a new facility. "
            "The minister said K42 is considering a site near the capital.")
    assert _subject_of(extract(text), 500_000_000) == "k42"


def test_the_tail_of_a_ministry_s_name_is_no_company() -> None:
    text = ("Department of Information and Communications Technology (DICT) Secretary Ramon Aquino said Nortek Systems "
            "is considering an investment of $300 million over three years.")
    ex = extract(text)
    assert "communications-technology" not in {s.id for s in ex.subjects}
    assert _subject_of(ex, 300_000_000) == "nortek-systems"


def test_a_startup_described_by_its_city_is_the_one_company_called_a_startup() -> None:
    text = ("Fresh off a prize, Halvex DeepMind’s chief Dana Kelvaro has no plans to slow down. Kelvaro runs a startup "
            "called Quillon Labs, focusing on drug discovery. Halvex and Halvex’s parent back it, and Halvex expects "
            "more. The London-based startup’s R&D costs totaled £49 million in 2023.")
    assert _subject_of(extract(text), 49_000_000) == "quillon-labs"


def test_a_price_paid_for_the_firm_is_the_price_of_the_company_bought() -> None:
    text = ("Halvex has acquired artificial intelligence (AI) start-up Quillon Systems.\nDetails of the acquisition "
            "have not been disclosed, but reports suggest Halvex will pay between $350m (£268m) and $400m for the firm.")
    assert _subject_of(extract(text), 375_000_000) == "quillon-systems"


def test_a_price_in_a_passive_purchase_is_the_company_bought() -> None:
    text = ("Dana Kelvaro is best known for establishing the A.I. lab Quillmind in 2010, which was acquired by "
            "Halvex in 2014 for around $500 million. Last week, Kelvaro and another Quillmind co-founder won a prize.")
    assert _subject_of(extract(text), 500_000_000) == "quillmind"
    assert _subject_of(extract("Quillon Labs was acquired by Halvex in 2014 for $500 million."), 500_000_000) == "quillon-labs"


def test_a_product_released_under_a_name_owns_its_release_date() -> None:
    text = ("On May 6, Chinese voice recognition software company Zorvex unveiled its own artificial intelligence "
            "language model called QuillDesk.")
    ex = extract(text, published="2023-05-08")
    assert {(c.subject, c.value) for c in ex.claims if c.kind == "date"} == {("quilldesk", "2023-05-06")}
    text = "Zorvex introduced its latest artificial intelligence processing chip, \"Halo 3,\" on Tuesday, April 9, 2024."
    assert {c.subject for c in extract(text).claims if c.kind == "date"} == {"halo-3"}


def test_a_person_with_an_inner_capital_in_the_surname_is_no_company() -> None:
    text = ("Ohio officials announced Monday that Zorvex Cloud will invest $10 billion to expand its data center "
            "infrastructure in the state.\nAccording to Gov. Mike DeWine’s office, the data centers will contain "
            "servers.\nDeWine’s office said that brings the company’s planned investment in Ohio to more than "
            "$23 billion by the end of 2030.")
    ex = extract(text)
    assert "dewine" not in {s.id for s in ex.subjects}
    assert _subject_of(ex, 23_000_000_000) == "zorvex-cloud"


def test_a_name_with_a_lower_case_prefix_keeps_it() -> None:
    text = "q-Vantor has raised $110m from investors including Halvex Labs, the chip startup said."
    assert _subject_of(extract(text), 110_000_000) == "q-vantor"


def test_the_first_words_of_a_national_programme_are_no_company() -> None:
    text = ("Zorvex Cloud and Halvex will compete in a closed tender for Freedonia’s supercomputer. The tender, led "
            "by the Freedonia Innovation Authority, is part of the NIS 1 billion ($266 million) National AI Program.")
    ex = extract(text)
    assert "national" not in {s.id for s in ex.subjects}


def test_money_for_a_stake_in_a_company_is_that_company_s_funding() -> None:
    facts = _facts(extract("Halvex will invest $1.5 billion for a minority stake in G77, the companies said."))
    assert facts == {("cost", "g77", "other", 1_500_000_000)}


def test_a_backer_named_in_passing_is_not_the_company_raising() -> None:
    text = ("Quillon Labs hired a bank to syndicate a loan as it gears up for a new facility.\nThe facility will push "
            "Quillon Labs’s capacity to 228 megawatts, according to its finance chief.\n“We are building the new "
            "facility to the latest specifications,” he said. “We are seeing demand for AI equipment.”\nAfrica is "
            "home to the fastest growing population. That drives demand for data centres.\nThe financing round led by "
            "Halvex Capital had "
            "participation from other asset managers, he said. In 2023, the company raised 11.8 billion rand to "
            "refinance debt.")
    assert _subject_of(extract(text), 11_800_000_000) == "quillon-labs"
