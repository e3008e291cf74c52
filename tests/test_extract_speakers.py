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
    text = ('According to a report from the tech blog Tern Weekly, the robot is not as clever as some believe '
            'and "there are no miracles" in robotics.\n')
    assert _speakers(text) == {"there are no miracles": "Tern Weekly"}


def test_according_to_opener_does_not_override_a_later_reporting_verb() -> None:
    text = ('According to Tern Weekly, the robot sold well, but Dana Whitfield said it was "a disappointing '
            'machine for the price."\n')
    assert _speakers(text) == {"a disappointing machine for the price.": "Dana Whitfield"}


# --- documents as speakers ---------------------------------------------------

def test_titled_report_speaks_by_its_name_without_the_edition() -> None:
    text = ('According to the report, "The Frontier Compute Index 2031 Annual Report," published Monday by the '
            'Quorvex Institute, costs are soaring. "Training costs have reached unprecedented levels," the '
            'report\'s authors write. "Nobody can keep up with them."\n')
    sp = _speakers(text)
    assert sp["Training costs have reached unprecedented levels"] == "Frontier Compute Index"
    assert sp["Nobody can keep up with them."] == "Frontier Compute Index"


def test_the_index_says_credits_the_index() -> None:
    text = ('The Harbour Freight Index, published by the Quorvex Institute, tracks shipping. '
            '"Rates have doubled in a year," the index says.\n')
    assert _speakers(text) == {"Rates have doubled in a year": "Harbour Freight Index"}


def test_the_survey_found_credits_whoever_published_it() -> None:
    text = ('The Quorvex Institute published its annual survey on Tuesday. '
            '"Costs have doubled in two years," the survey found.\n')
    assert _speakers(text) == {"Costs have doubled in two years": "Quorvex Institute"}


def test_an_untitled_report_is_its_researchers_organisation() -> None:
    text = ('Researchers over at Quorvex made a bold estimate that the startup spent far more. '
            '"For reference, a rival spent hundreds of millions to train its model," the report reads.\n'
            '"It is because they have to experiment and pay staff," it explains.\n')
    sp = _speakers(text)
    assert sp["For reference, a rival spent hundreds of millions to train its model"] == "Quorvex"
    assert sp["It is because they have to experiment and pay staff"] == "Quorvex"


def test_it_said_after_a_statement_is_the_organisation() -> None:
    text = ('Acme released a statement after the vote. '
            '"We respect the decision of the board and will comply with it," it said.\n')
    assert _speakers(text) == {"We respect the decision of the board and will comply with it": "Acme"}


# --- people described, never named ---------------------------------------------

def test_group_after_the_quote_is_the_speaker() -> None:
    text = 'Developers praised the release. "It is an absolutely great model!" Quorvex engineers said.\n'
    assert _speakers(text) == {"It is an absolutely great model!": "Quorvex engineers"}


def test_counted_crowd_is_no_speaker() -> None:
    text = 'Developers praised the release. "It is an absolutely great model!" many users said.\n'
    assert _speakers(text) == {"It is an absolutely great model!": None}


def test_quotes_in_a_list_share_the_attribution_after_the_last() -> None:
    text = 'The launch went viral. "This is our closest moment to the leaders," "another turning point," critics said.\n'
    assert _speakers(text)["This is our closest moment to the leaders"] == "critics"


def test_crowd_before_the_quote_covers_each_quote_of_the_sentence() -> None:
    text = ('The reaction was explosive. People are calling it "the turning point of robotics," '
            '"the year open hardware won," and saying it will "make the incumbents bleed."\n')
    sp = _speakers(text)
    assert sp["the turning point of robotics"] == "people"
    assert sp["the year open hardware won"] == "people"
    assert sp["make the incumbents bleed."] == "people"


def test_a_described_person_after_a_paragraph_quote() -> None:
    text = '"Robot startups are back in the spotlight." An industry insider sighed, pointing to recent deals.\n'
    assert _speakers(text) == {"Robot startups are back in the spotlight.": "an industry insider"}


def test_one_unnamed_person_stays_anonymous() -> None:
    text = '"It is the best release yet," one developer wrote on a forum.\n'
    assert _speakers(text) == {"It is the best release yet": None}


def test_they_is_the_group_that_spoke_earlier_in_the_paragraph() -> None:
    text = ('Tern plans to spend half its budget on computing power, Quorvex researchers said. While the '
            'authors did not give a figure for robotics, they said the spending "will drive progress in the '
            'whole industry".\n')
    assert _speakers(text) == {"will drive progress in the whole industry": "Quorvex researchers"}


# --- speakers named away from the quote --------------------------------------

def test_role_named_before_the_person_is_introduced() -> None:
    text = ('Acme is designing a data centre with three reactors. As Acme\'s CEO stated: "This is how crazy it '
            'is getting."\nAcme CEO Dana Whitfield stressed the cost of entry, stating: "Nobody can do this '
            'cheaply."\n')
    assert _speakers(text)["This is how crazy it is getting."] == "Dana Whitfield"


def test_unattributed_paragraph_quote_continues_the_last_person_quoted() -> None:
    text = ('Dana Whitfield said the company would hire hundreds of engineers. "We will build the biggest lab '
            'in the region," she stated.\n'
            'Tern also plans to bring a gigawatt of power online next year.\n'
            '"This is a massive effort, and over the coming years it will drive everything we do."\n')
    assert _speakers(text)["This is a massive effort, and over the coming years it will drive everything we do."] \
        == "Dana Whitfield"


def test_unattributed_paragraph_quote_after_someone_else_is_named_is_not_continued() -> None:
    text = ('Dana Whitfield said the company would hire hundreds of engineers. "We will build the biggest lab '
            'in the region," she stated.\n'
            'Rival founder Osric Pennyworth-Hale disagreed with the plan in an interview with local radio.\n'
            'The board met on Friday.\n'
            '"This is a massive effort, and over the coming years it will drive everything we do."\n')
    assert _speakers(text)["This is a massive effort, and over the coming years it will drive everything we do."] \
        != "Dana Whitfield"


def test_scare_quote_inside_the_reporting_clause_does_not_cut_it() -> None:
    text = ('Acme included a clear caveat, saying that the figure covered only the model\'s "official training" '
            'and excluded the costs tied to "prior research and ablation experiments on the architecture."\n')
    assert _speakers(text) == {"prior research and ablation experiments on the architecture.": "Acme"}


def test_todays_blog_post_is_the_company_that_wrote_it() -> None:
    text = ('Today, Tern, the robotics company created by former engineers, announced it has raised $6 billion.\n'
            'In a blog post, the company stated some of the backers included "Quorvex Capital, Acme Ventures and '
            'Harbour Holdings."\nTern first showed its robot in July 2023.\n'
            'Today\'s blog post stated that Tern has "multiple exciting technology updates and products" in the works.\n')
    sp = _speakers(text)
    assert sp["Quorvex Capital, Acme Ventures and Harbour Holdings."] == "Tern"
    assert sp["multiple exciting technology updates and products"] == "Tern"


def test_a_companys_own_statement_speaks_for_the_company() -> None:
    import claimcheck

    text = ('Halden Labs met President Dana Whitfield on Friday.\n'
            '"The infrastructure forms the foundation for growth," Halden Labs\'s statement said.')
    assert [q.speaker for q in claimcheck.extract(text).quotes] == ["Halden Labs"]


def test_a_short_aside_between_quote_and_attribution_keeps_the_attribution() -> None:
    import claimcheck

    text = ("Tern Robotics chief Omar Bell spoke last week.\n“We are not trying to sell the company,” such as its "
            "recent video product, a spokesperson for Tern Robotics said by email.")
    assert [q.speaker for q in claimcheck.extract(text).quotes] == ["Tern Robotics spokesperson"]


# --- fifth-session forms (seen in real copy, written here with invented names) ---

def test_name_then_a_long_role_of_an_organisation_without_closing_comma() -> None:
    text = ("Halo's founder and CEO Robin Kade also sold part of his stake, Bolt stated.\n"
            "“Halo is another vital step for us,” Jon Grail, president and chief operating officer of Zentra "
            "said in the statement.\n")
    assert _speakers(text) == {"Halo is another vital step for us": "Jon Grail"}


def test_two_roles_joined_by_and_before_the_name() -> None:
    text = "“The deal lets our clients take part,” Zentra CEO and Halo Chairman Larry Fenwick said in a statement.\n"
    assert _speakers(text) == {"The deal lets our clients take part": "Larry Fenwick"}


def test_a_lower_case_university_role_before_the_name() -> None:
    text = ("The machine was discussed by Assistant Minister for Science Andrew Charlo and Acme executives.\n"
            "“Without this machine, our researchers compete with one arm tied,” Marlow University "
            "vice-chancellor Sharon Pickerton said in an interview.\n")
    assert _speakers(text) == {"Without this machine, our researchers compete with one arm tied": "Sharon Pickerton"}


def test_a_partial_quote_ending_its_sentence_belongs_to_the_clause_before_it() -> None:
    text = ("Last year Mike Gallo, then a member of Congress from Ohio, said in a statement that he was "
            "“glad to see Acme reduce its exposure to foreign companies.” Bolt later announced a $1.5 billion "
            "investment in Acme.\n")
    assert _speakers(text) == {"glad to see Acme reduce its exposure to foreign companies.": "Mike Gallo"}


def test_the_role_opening_a_sentence_is_the_person_last_named() -> None:
    text = ('Crown Prince Sheikh Hamdan Al Rashid took to X to make the announcement. He said, "This investment '
            'will expand capacity in the region."\n'
            'The leader also added, "We look forward to welcoming more partners."\n')
    assert _speakers(text) == {"This investment will expand capacity in the region.": "Hamdan Al Rashid",
                               "We look forward to welcoming more partners.": "Hamdan Al Rashid"}


def test_words_before_a_colon_name_a_speaker_only_when_they_are_a_known_name() -> None:
    text = ("“More is better,” Ken Sato said during a press event. He made a nod to the popularity of Acme's "
            "cheaper AI model: “Some people say you can do small, but that is just small.”\n")
    assert _speakers(text)["Some people say you can do small, but that is just small."] == "Ken Sato"


def test_concluded_is_a_reporting_verb_and_a_first_name_finds_the_full_name() -> None:
    text = ("Deputy Minister of Communication Nezar Pratama also added that the plan is a further step in the "
            "work of Acme and Bolt Hutchison.\n"
            '"So this is a follow-up of Acme\'s long-term commitment," concluded Nezar.\n')
    assert _speakers(text) == {"So this is a follow-up of Acme's long-term commitment": "Nezar Pratama"}


def test_a_ministry_word_run_into_the_name_is_not_part_of_it() -> None:
    text = ("The plan was agreed by Minister of National Infrastructure, Energy, and Water Ari Katzir and the "
            "Electric Corporation.\n"
            '"Acme\'s intention is an expression of confidence in the economy," Katzir said.\n')
    assert _speakers(text) == {"Acme's intention is an expression of confidence in the economy": "Ari Katzir"}


def test_a_company_statement_is_the_company_just_the_subject_when_the_main_one_is_not() -> None:
    text = ("Zentra Systems said Monday it will ship Acme's most advanced chips to Veldia under an approved deal.\n"
            "Acme said in May that demand for Acme chips was strong, and Acme shares rose.\n"
            "The licences let Zentra Systems ship more than 60,000 Acme chips, including the chipmaker's newest.\n"
            "Asked whether he would let Acme sell its chips abroad, the president said he would not.\n"
            "Analysts expect more such deals for Acme. Officials said the rules were strict.\n"
            "Zentra Systems had already put more than 21,000 Acme chips in Veldia under earlier licences.\n"
            "“We use these chips to give access to advanced models,” said a company statement.\n")
    assert _speakers(text) == {"We use these chips to give access to advanced models": "Zentra Systems"}


def test_a_short_quote_ending_a_reported_clause_is_the_speakers_words() -> None:
    text = ("Acme Robotics said on Monday it will spend $5 billion in Ohio. The company said it will open a "
            "250,000-square-foot plant next year, creating “thousands of new jobs.”\n")
    assert _speakers(text) == {"thousands of new jobs.": "Acme Robotics"}


def test_in_someones_words_opens_a_short_quote() -> None:
    text = ("The chip designer, which has, in CEO Dana Whit's words, evolved into a “full-stack computing "
            "company”, reported results on Wednesday.\n")
    assert list(_speakers(text)) == ["full-stack computing company"]


def test_a_quoted_term_in_a_reported_clause_stays_a_term() -> None:
    text = ("Acme Robotics said on Monday that its “AI factory platform” will be ready in June. "
            "The plant will make “high-bandwidth memory chips” for servers.\n")
    assert _speakers(text) == {}


# --- sixth-session forms ---------------------------------------------------------

def test_a_spokesperson_for_the_name_the_article_mostly_uses_keeps_that_name() -> None:
    text = ("Kestrel Energy, a startup building data centres for AI labs, is raising new money. Kestrel has "
            "secured $686 million. Kestrel launched in 2018.\n“A company at our stage is always talking to "
            "investors,” a spokesperson for Kestrel told reporters.")
    assert list(_speakers(text).values()) == ["Kestrel spokesperson"]


def test_name_then_organisation_and_role_between_commas_is_the_person() -> None:
    text = ("Bolt unveiled a cluster.\n“By building this, we are making all of our cloud better,” Kevin Marsh, Bolt "
            "CTO, said. “We are building better computers.”")
    assert set(_speakers(text).values()) == {"Kevin Marsh"}


def test_a_name_ner_cuts_at_its_particle_is_the_whole_name() -> None:
    text = ("European Commission President Ursula von der Leyen has announced a fund. Speaking in Paris, von der "
            "Leyen outlined plans.\n“AI will improve healthcare,” she said.")
    assert list(_speakers(text).values()) == ["Ursula von der Leyen"]


def test_a_pronoun_and_adverb_before_the_verb_name_the_subject_of_the_sentence_before() -> None:
    text = ("Jon Frankel led the team that built the model. When the scores were displayed, Ari Ghosh, CEO of Halvex, "
            "excitedly cheered. He then inquired, “Did we outperform the rival’s venture?” Frankel confirmed that they "
            "had indeed surpassed the rival model. He humorously added, “If we receive a critical tweet, I’ll mark it "
            "as a triumph.”")
    assert list(_speakers(text).values()) == ["Ari Ghosh", "Jon Frankel"]


def _people_of(text: str) -> object:
    from claimcheck import load_pipeline
    from claimcheck.extraction.quotes import _People
    from claimcheck.extraction.subjects import discover, doc_sentences
    doc = load_pipeline()(text)
    return _People(text, discover(doc), [], doc, doc_sentences(doc))


_CUT_NAMES = ("Halvex chief executive Lip-Bu Tan spoke. SMU President R. Gerald Turner agreed. "
              "Commission President Ursula von der Leyen and President-elect Donald Trump were there.")
_WHOLE_NAMES = ("Rebellion’s Park Sung-hyun spoke. Tata Sons chairman N Chandrasekaran agreed. "
                "On Monday Iglesias left. Halvex Labs said Kerr would stay.")


def test_a_name_ner_cut_short_is_given_in_full_and_nothing_else_joins_a_name() -> None:
    # NER cuts real names at hyphens, particles and initials; invented ones it often reads whole,
    # so the helper that mends the cut is tested on its own. Titles, employers and possessors never join.
    from claimcheck.extraction.quotes import _fullest_name
    cases = {_CUT_NAMES: {"Bu Tan": "Lip-Bu Tan", "R. Gerald": "R. Gerald Turner",
                          "Von der Leyen": "Ursula von der Leyen", "Trump": "Donald Trump"},
             _WHOLE_NAMES: {name: name for name in ("Park Sung-hyun", "N Chandrasekaran", "Iglesias", "Kerr")}}
    for text, expected in cases.items():
        people = _people_of(text)
        assert {cut: _fullest_name(cut, people) for cut in expected} == expected


def test_a_left_quote_mark_typed_as_an_apostrophe_ends_a_name() -> None:
    # NER keeps the mark in the entity ("Dana Vollmer‘s"), and the name then never matched its surname
    from claimcheck.extraction.names import clean_name
    assert clean_name("Dana Vollmer‘s") == "Dana Vollmer"
    assert clean_name("Dana Vollmer’s") == "Dana Vollmer"


def test_an_institute_s_director_named_after_the_verb_is_the_speaker() -> None:
    text = ("“Very few academic institutions offer this scale of compute,” said Halvex Institute Executive "
            "Director Elise Porter.")
    assert [q.speaker for q in extract(text).quotes] == ["Elise Porter"]


def test_a_capitalised_role_after_the_verb_is_the_person_who_holds_it() -> None:
    text = ("Prime Minister Anil Varma on Thursday opened three supercomputers. Ravi Kapoor, who runs the "
            "centre, showed him round.\n“Today’s nation is carving new opportunities,” said the Prime Minister.")
    assert [q.speaker for q in extract(text).quotes] == ["Anil Varma"]


def test_a_name_after_two_capitalised_titles_is_the_speaker() -> None:
    text = "“This announcement goes beyond technology,” said Halvex Vice Chair and President Brad Smith in a statement."
    assert [q.speaker for q in extract(text).quotes] == ["Brad Smith"]


def test_an_unnamed_source_keeps_its_description() -> None:
    cases = {
        "It is in talks. “The intensity and interest has accelerated” in the past month, said one person familiar with the "
        "discussions.": "one person familiar with the discussions",
        "When they started, “We can all have our hour of glory,” a foreign colleague told him.": "a foreign colleague",
    }
    for text, desc in cases.items():
        assert [(q.speaker, q.speaker_desc) for q in extract(text).quotes] == [(None, desc)]


def test_according_to_the_government_names_the_government() -> None:
    text = "It also foresees the “purchase of one of the five most powerful supercomputers in the world”, according to the government."
    assert [q.speaker for q in extract(text).quotes] == ["the government"]


def test_a_malay_honorific_and_a_given_name_lead_to_the_full_name() -> None:
    text = ("Zorvex decided to invest RM25.5 billion in Malaysia after long talks, said Prime Minister Halim Rosli "
            "on Tuesday.\n“Negotiations started in December 2019 and were ongoing for a long time,” Datuk Seri Halim "
            "said in response to a parliamentary question.")
    assert set(_speakers(text).values()) == {"Halim Rosli"}


def test_a_public_body_named_after_says_the_is_the_speaker() -> None:
    text = ("The Zorvex Council announced a grant.\nIn addition, “it will also help develop industrial applications in "
            "many areas: drug and material design and energy systems,” says the European Commission, considering that "
            "the goal is to ensure that “the EU is at the forefront of investing in supercomputing infrastructure”.")
    assert set(_speakers(text).values()) == {"European Commission"}


def test_as_the_company_put_it_gives_the_company() -> None:
    text = ("Zorvex Telecom pumped $100 million into Halvex last month.\nThe two-track approach ‘secures a diverse LLM "
            "lineup as well as an overall platform that encompasses the LLMs’, as the company put it.")
    assert set(_speakers(text).values()) == {"Zorvex Telecom"}


def test_a_short_sentence_quoted_after_the_speaker_s_clause_is_a_quote() -> None:
    text = "“We will win this market,” Dana Kelvaro said. “It’s coming.”\nRivals lag behind."
    assert _speakers(text) == {"We will win this market": "Dana Kelvaro", "It’s coming.": "Dana Kelvaro"}


def test_a_last_paragraph_cut_off_inside_its_quote_is_still_a_quote() -> None:
    text = ("Dana Kelvaro, the minister, has welcomed the decision.\n\"Zorvex is the second major provider to invest "
            "heavily here, bringing new jobs,\" she said.\n\"Today’s news means that local businesses will soon have "
            "access to two of the world’s biggest cloud providers.\n")
    assert list(_speakers(text).values()) == ["Dana Kelvaro", "Dana Kelvaro"]


def test_he_after_a_title_is_the_person_who_holds_it() -> None:
    text = ("Prime Minister Halim Rosli on Thursday inaugurated three supercomputers worth around Rs 130 crore.\n"
            "The Prime Minister also inaugurated a weather system.\n“This is a step towards self-reliance in "
            "computing,” said the Prime Minister.\nThe new systems are named Arka and Arunika.\n“Supercomputers will "
            "ensure that even the smallest farmer has access to the world’s best knowledge,” he said.")
    assert set(_speakers(text).values()) == {"Halim Rosli"}
