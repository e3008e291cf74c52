"""Quote finding and speaker attribution: one test per attribution pattern.

Texts are invented (people and organisations are fictional). Every quote's
text must equal ``article[start:end]``; speakers are full names without
titles; an organisation's spokesperson is credited as ``"<Org> spokesperson"``.
"""

from __future__ import annotations

import pytest

from claimcheck.extraction import extract
from claimcheck.model import Quote


def _quotes(text: str) -> dict[str, Quote]:
    ex = extract(text)
    for q in ex.quotes:
        assert q.text == text[q.start:q.end]  # a multi-paragraph quote is one quote per paragraph
    return {q.text: q for q in ex.quotes}


def _speakers(text: str) -> dict[str, str | None]:
    return {t: q.speaker for t, q in _quotes(text).items()}


@pytest.mark.parametrize("text, quote, speaker", [
    ('"The numbers speak for themselves," said Corinne Abernathy.\n', "The numbers speak for themselves", "Corinne Abernathy"),
    ('"The numbers speak for themselves," Corinne Abernathy said.\n', "The numbers speak for themselves", "Corinne Abernathy"),
    ('Corinne Abernathy said: "The numbers speak for themselves."\n', "The numbers speak for themselves.", "Corinne Abernathy"),
    ('"We will appeal," said Dr. Osric Pennyworth-Hale, the chief executive of Brantley Foods.\n', "We will appeal", "Osric Pennyworth-Hale"),
    ('"We will appeal," Osric Pennyworth-Hale, the chief executive of Brantley Foods, told Reuters.\n', "We will appeal", "Osric Pennyworth-Hale"),
    ('"We will appeal," said the firm\'s general counsel, Osric Pennyworth-Hale.\n', "We will appeal", "Osric Pennyworth-Hale"),
    ('"We will appeal," said Nigerian lawyer Osric Pennyworth-Hale.\n', "We will appeal", "Osric Pennyworth-Hale"),
    ('Senator Ludmila Braganza wrote in a blog post that the bill was "a gift to the largest polluters."\n',
     "a gift to the largest polluters.", "Ludmila Braganza"),
    ('Union leader Ludmila Braganza called the offer "an insult to every nurse in the country."\n',
     "an insult to every nurse in the country.", "Ludmila Braganza"),
    ('The bill was opposed by Ludmila Braganza, who said it was "a gift to the largest polluters."\n',
     "a gift to the largest polluters.", "Ludmila Braganza"),
    ('According to Ludmila Braganza, "the vote was never in doubt."\n', "the vote was never in doubt.", "Ludmila Braganza"),
])
def test_reporting_verb_in_either_order(text: str, quote: str, speaker: str) -> None:
    assert _speakers(text).get(quote) == speaker


def test_interrupted_quote_keeps_speaker_and_pronouns_follow_gender() -> None:
    text = (
        "Mr. Tobias Quennell, the mill's owner, and his daughter Arwen Quennell spoke to reporters.\n"
        "\"We have no choice,\" she said. \"The orders have gone.\"\n"
        "\"It is the hardest thing I have done,\" he added.\n"
    )
    s = _speakers(text)
    assert s["We have no choice"] == "Arwen Quennell"
    assert s["The orders have gone."] == "Arwen Quennell"
    assert s["It is the hardest thing I have done"] == "Tobias Quennell"


def test_surname_resolves_to_full_name_and_titles_are_stripped() -> None:
    text = (
        "Prof. Halvdan Ostergaard has studied glaciers for thirty years.\n"
        "\u201cThe ice is retreating faster than our models predicted,\u201d Ostergaard said.\n"
    )
    assert _speakers(text) == {"The ice is retreating faster than our models predicted": "Halvdan Ostergaard"}


def test_speaker_from_previous_paragraph_and_multi_paragraph_quote() -> None:
    text = (
        "Rosalind Achterfeld ran the clinic for a decade before it closed.\n"
        "\"We saw two hundred patients a week. Some walked for hours to get here.\n"
        "\"When the money stopped, we had to send them away.\"\n"
    )
    assert _speakers(text) == {
        "We saw two hundred patients a week. Some walked for hours to get here.": "Rosalind Achterfeld",
        "When the money stopped, we had to send them away.": "Rosalind Achterfeld"}


def test_organisations_as_speakers() -> None:
    text = (
        "Corvane Shipping said on Monday it would close two depots.\n"
        "\"The decision was not taken lightly,\" the company said in a statement.\n"
        "A spokesperson for Corvane Shipping said it was \"talking to every affected employee.\"\n"
        "The Harbour Workers Federation said in a statement that it \"will fight these closures in every port.\"\n"
    )
    s = _speakers(text)
    assert s["The decision was not taken lightly"] == "Corvane Shipping"
    assert s["talking to every affected employee."] == "Corvane Shipping spokesperson"
    assert s["will fight these closures in every port."] == "Harbour Workers Federation"


def test_scare_quotes_and_titles_of_works_are_not_quotes() -> None:
    text = (
        "The agency's so-called \"efficiency gains\" have not materialised, and its \"data-driven approach.\" is a slogan.\n"
        "Her book, titled \"Where the Rivers Meet: A History of the Delta\", sold well.\n"
        "\"Nobody reads the footnotes any more,\" said Ysolde Marchbanks.\n"
    )
    assert _speakers(text) == {"Nobody reads the footnotes any more": "Ysolde Marchbanks"}


def test_curly_single_quotes_and_offsets() -> None:
    text = "Ms Delphine Arkwright said the plan was \u2018a recipe for chaos in every classroom\u2019.\n"
    ex = extract(text)
    (q,) = ex.quotes
    assert q.text == "a recipe for chaos in every classroom" == text[q.start:q.end]
    assert q.speaker == "Delphine Arkwright"


def test_anonymous_source_gets_no_named_speaker() -> None:
    text = (
        "Inspector Marguerite Olawale said the inquiry was continuing.\n"
        "One neighbour, who asked not to be named, said: \"We heard shouting for an hour and nobody came.\"\n"
    )
    assert _speakers(text) == {"We heard shouting for an hour and nobody came.": None}


def test_job_words_and_long_titles_are_not_part_of_names() -> None:
    text = (
        "\"The figures are final,\" Pellham Foods Chief Financial Officer Radomir Velkov said on a call.\n"
        "Detective Sergeant Ines Quarshie-Boyd, who led the case, said: \"It took three years.\"\n"
    )
    s = _speakers(text)
    assert s["The figures are final"] == "Radomir Velkov"
    assert s["It took three years."] == "Ines Quarshie-Boyd"


def test_named_department_and_pronoun_subject_before_quote() -> None:
    text = (
        "The Department for Rural Roads said 40 bridges needed repair. \"Work will start in May,\" the department said.\n"
        "Engineer Kofi Amankwah-Reid has inspected most of them.\n"
        "He is blunt about the backlog. \"Some of these should have been closed years ago.\"\n"
    )
    s = _speakers(text)
    assert s["Work will start in May"] == "Department for Rural Roads"
    assert s["Some of these should have been closed years ago."] == "Kofi Amankwah-Reid"


def test_singular_they_for_a_named_person() -> None:
    text = "Robin Achterberg-Noll, a nurse on the ward, said they were exhausted. \"We are running on empty,\" they said.\n"
    assert _speakers(text) == {"We are running on empty": "Robin Achterberg-Noll"}


def test_surname_particles_and_org_leader_before_verb() -> None:
    text = (
        "\"We offered everything we could,\" Farmers Party leader Wilhelmina van der Stoep told reporters.\n"
        "Van der Stoep, asked whether she would resign, replied: \"Not today.\"\n"
    )
    s = _speakers(text)
    assert s["We offered everything we could"] == "Wilhelmina van der Stoep"
    assert s["Not today."] == "Wilhelmina van der Stoep"  # short, but plainly speech


def test_police_titles_of_the_org_and_company_spokesperson() -> None:
    text = (
        "Harwick Textiles Inc. said it would close its plant.\n"
        "\"The fire started in the dryer,\" Lt. Bartholomew Achterfeld of the Harwick Fire Department said.\n"
        "\"We are cooperating fully,\" a company spokesperson said.\n"
    )
    s = _speakers(text)
    assert s["The fire started in the dryer"] == "Bartholomew Achterfeld"
    spokesperson = s["We are cooperating fully"] or ""
    assert spokesperson.startswith("Harwick Textiles") and spokesperson.endswith(" spokesperson")


def test_two_partial_quotes_in_one_sentence_share_the_speaker() -> None:
    text = ("Councillor Ngozi Athelstan-Reed said the plan was \"rushed through without a single public meeting\" "
            "and that residents deserved \"a proper say before any of this goes ahead.\"\n")
    s = _speakers(text)
    assert s["rushed through without a single public meeting"] == "Ngozi Athelstan-Reed"
    assert s["a proper say before any of this goes ahead."] == "Ngozi Athelstan-Reed"


def test_straight_single_quotes_keep_apostrophes_inside() -> None:
    text = "Okoro, 52, still rides the bus to work. 'I don't need a car, and I won't buy one,' she says.\n"
    (q,) = extract(text).quotes
    assert q.text == "I don't need a car, and I won't buy one" == text[q.start:q.end]


def test_title_case_work_titles_are_not_quotes() -> None:
    text = ("The report, \"Compute and the Cost of Progress,\" was published on Monday. "
            "\"It changes nothing,\" said Ottoline Marchetti-Bray.\n")
    assert _speakers(text) == {"It changes nothing": "Ottoline Marchetti-Bray"}


# --- titles, affiliations and pronouns (rules from an audit of real news articles) ---

def test_titles_and_affiliations_are_not_part_of_the_speaker() -> None:
    text = (
        "Officials were confident, said Colonel Brandt Okafor, director of the Wexford Highway Patrol.\n"
        "\u201cIs there a pattern? That is possible,\u201d Okafor said.\n"
        "\u201cWe have watched him for a while,\u201d said Wexford Department of Road Safety spokesman Tully Marchetti.\n"
        "\u201cI did not expect a parade,\u201d Lunar Agency Administrator Pieter Vosk said from the stage.\n"
        "As geologist Ines Harrowgate of the Calder Institute of Mining told the Daily Ledger, it simply means "
        "\"this is a lot of rock, found all at once.\"\n"
    )
    q = _quotes(text)
    assert q["Is there a pattern? That is possible"].speaker == "Brandt Okafor"
    assert q["We have watched him for a while"].speaker == "Tully Marchetti"
    assert q["I did not expect a parade"].speaker == "Pieter Vosk"
    assert q["I did not expect a parade"].speaker_desc == "Lunar Agency Administrator"
    assert q["this is a lot of rock, found all at once."].speaker == "Ines Harrowgate"


def test_titled_single_surname_is_a_person_with_a_gender() -> None:
    text = (
        "The embattled minister drew anger on Tuesday.\n"
        "Ms. Adeyemi-Koroma, however, told reporters on Wednesday that she never said it.\n"
        "\"At no point did I say that the country is going to shut down,\" the minister said.\n"
        "The government, she said, has set up a committee with the Vice President, Tobi Oduya, as Chairman.\n"
        "\"What I did say was that we will not be able to pay salaries,\" she said.\n"
    )
    s = _speakers(text)
    assert s["At no point did I say that the country is going to shut down"] == "Adeyemi-Koroma"
    assert s["What I did say was that we will not be able to pay salaries"] == "Adeyemi-Koroma"


def test_pronoun_prefers_the_subject_of_the_sentence_before() -> None:
    text = (
        "The board hired ichthyologist Hallvard Stenmark to review the work, and Stenmark found "
        "Ingrid Sollie and Peder Aasen\u2019s paper to be riddled with problems. "
        "\u201cThe suspicions cannot be denied,\u201d he wrote to the board.\n"
    )
    assert _speakers(text) == {"The suspicions cannot be denied": "Hallvard Stenmark"}


def test_company_described_not_named_speaks_for_the_company() -> None:
    text = (
        "Pellham Robotics filed its answer to the lawsuit on Thursday. The robotics giant also called the suit a "
        "\"latest harassment tactic dressed up as a lawsuit,\" and said more.\n"
        "The company mentioned in the document that \"Pellham does not need anyone else to achieve its mission.\"\n"
        "\"We will protect our employees and will not be intimidated,\" the Pellham newsroom wrote.\n"
    )
    s = _speakers(text)
    assert s["latest harassment tactic dressed up as a lawsuit"] == "Pellham Robotics"
    assert s["Pellham does not need anyone else to achieve its mission."] == "Pellham Robotics"
    assert s["We will protect our employees and will not be intimidated"] == "Pellham Robotics"


def test_a_document_speaks_for_whoever_issued_it_earlier() -> None:
    text = (
        "Renfield Motors has issued contradictory statements.\n"
        "Hours later, Renfield Motors issued a statement saying the earlier remarks \"were a misrepresentation of our position.\"\n"
        "The owner, Gideon Tarrow, objects to the claim.\n"
        "A Tarrow spokesman issued a statement on Monday evening.\n"
        "\u201cMr. Tarrow did not refuse to come in,\u201d the statement explains.\n"
        "On Monday, the Harbour Committee claimed otherwise.\n"
        "As noted in a wire report, Zentrix\u2019s lawsuit alleged that Quorra Labs poached engineers.\n"
        "\u201cQuorra is targeting those individuals with knowledge of our plans,\u201d the lawsuit read.\n"
    )
    s = _speakers(text)
    assert s["were a misrepresentation of our position."] == "Renfield Motors"
    assert s["Mr. Tarrow did not refuse to come in"] == "Tarrow spokesperson"
    assert s["Quorra is targeting those individuals with knowledge of our plans"] == "Zentrix"


def test_short_partial_quotes_introduced_as_words_are_quotes() -> None:
    text = (
        "Marisol Quintero-Vance toured the plant on Monday. Earlier, she met the plant's manager Odile Brecken, "
        "whom she praised as \"a brilliant operations person.\"\n"
        "Halvor Strand later praised the plant, calling Quintero-Vance \"my old colleague Marisol\" twice.\n"
        "In what Strand called the \u201cvery worst case,\u201d the plant would simply close.\n"
        "Trellwick Mills has pushed back at the union, calling it part of an \"ongoing pressure campaign\" against it.\n"
    )
    s = _speakers(text)
    assert s["a brilliant operations person."] == "Marisol Quintero-Vance"
    assert s["my old colleague Marisol"] == "Halvor Strand"
    assert s["very worst case"] == "Halvor Strand"
    assert s["ongoing pressure campaign"] == "Trellwick Mills"


def test_scare_quotes_stock_phrases_and_document_titles_stay_out() -> None:
    text = (
        "Ulrike Damaskos said output will \"sharply increase,\" and costs will fall.\n"
        "Columnists lean on the phrase \u201cexperts say.\u201d and on such rubrics as \u201csomeone in a position to know.\u201d\n"
        "Damaskos said a so-called \"cold start\" was never tried, and that a deal looked \"more likely than not.\"\n"
        "The firm made two filings public: the first is a \"notice of motion to dismiss, or in the alternative, "
        "to strike allegations from complaint,\" and the second is \"Trellwick's answers and affirmative defenses.\"\n"
        "\"We will not sell,\" said Ulrike Damaskos.\n"
    )
    assert _speakers(text) == {"We will not sell": "Ulrike Damaskos"}


def test_question_and_answer_blocks_credit_the_interviewee() -> None:
    text = (
        "HEAD COACH Rafferty Oyelowo\n"
        "Opening statement:\n"
        "\u201cWe made a major step toward being a contender tonight.\u201d\n"
        "On handling the officials:\n"
        "\u201cI told the players that I would handle the officials so they could keep their poise.\u201d\n"
    )
    s = _speakers(text)
    assert s["We made a major step toward being a contender tonight."] == "Rafferty Oyelowo"
    assert s["I told the players that I would handle the officials so they could keep their poise."] == "Rafferty Oyelowo"


def test_topic_labels_after_an_interview_credit_the_interviewee() -> None:
    text = (
        "Magnhild Osei-Barros runs the Harwell seed bank. Osei-Barros spoke to us twice this winter.\n"
        "Here are some of her remarks that did not make the profile.\n"
        "On Governor Piet Lindqvist:\n"
        "\u201cI will work with any governor who takes the drought seriously, and he does.\u201d\n"
    )
    assert _speakers(text) == {
        "I will work with any governor who takes the drought seriously, and he does.": "Magnhild Osei-Barros"}


def test_reaction_round_up_labels_name_the_speaker_not_the_topic() -> None:
    text = (
        "All the managers' reactions from Saturday's games.\n"
        "Harwick Rovers 0 - 2 Dunmore City\n"
        "Ansel Brightwater (Harwick Rovers): \"I thought it was a penalty and the referee missed it.\"\n"
        "Colm Vasquez-Reilly (Dunmore City) on Teodor Lunde, who signed a new deal: "
        "\"He is a really important player for us and he wants to keep improving.\"\n"
        "Kelso 1 - 0 Brackley\n"
        "Idris Holloway (Kelso): \"Every victory keeps us there and every defeat costs us a place.\"\n"
    )
    s = _speakers(text)
    assert s["I thought it was a penalty and the referee missed it."] == "Ansel Brightwater"
    assert s["He is a really important player for us and he wants to keep improving."] == "Colm Vasquez-Reilly"
    assert s["Every victory keeps us there and every defeat costs us a place."] == "Idris Holloway"


def test_possessive_response_quoted_as_saying_and_questions_asked() -> None:
    text = (
        "Kellan Ostrava runs Brightline Labs. The host Wendeline Cooperman pressed him by asking, "
        "\u201cWho chose you and Talia Brenner?\u201d Ostrava\u2019s blunt response\u2014\u201cNo one. Honestly, no one.\u201d"
        "\u2014captured the mood.\n"
        "\u201cWho else was in the room?\u201d Cooperman requested.\n"
        "Ezra Mulvane scored twice in the first half.\n"
        "\"We were very efficient and we deserved the win tonight,\" the club's official website quoted Ostrava as saying.\n"
    )
    s = _speakers(text)
    assert s["Who chose you and Talia Brenner?"] == "Wendeline Cooperman"
    assert s["No one. Honestly, no one."] == "Kellan Ostrava"
    assert s["Who else was in the room?"] == "Wendeline Cooperman"
    assert s["We were very efficient and we deserved the win tonight"] == "Kellan Ostrava"


def test_a_finding_is_credited_to_the_body_not_the_person_it_is_about() -> None:
    text = (
        "Brightline Labs fired its chief, Mirek Sand, on Friday, after a review by the company\u2019s board of "
        "directors that found \u201che was not consistently candid with the board.\u201d\n"
    )
    assert _speakers(text) == {"he was not consistently candid with the board.": "Brightline Labs"}


def test_mismatched_and_nested_curly_marks_keep_the_quote() -> None:
    text = (
        "Oskar Brennholt says that is expected. \u201cWill they have other partners? Absolutely.\u201c\n"
        "\u201cCheers from a sprightly \u201cwelcome team\u201d greeted some 300 engineers at the unveiling,\u201d "
        "Brennholt said.\n"
    )
    s = _speakers(text)
    assert s["Will they have other partners? Absolutely."] == "Oskar Brennholt"
    assert s["Cheers from a sprightly \u201cwelcome team\u201d greeted some 300 engineers at the unveiling"] == "Oskar Brennholt"


def test_merged_paragraph_quote_keeps_its_attribution() -> None:
    text = (
        "Presidential candidate of the Unity Congress (UC) Chief Obafemi Adeleke-Ross has chided Pa Tunde Oyerinde.\n"
        "Adeleke-Ross, in a statement issued by Kunle Bamidele, his media director, insisted Oyerinde spoke for himself.\n"
        "Describing himself as a patient man, the UC presidential candidate stated that: \u201cPa Oyerinde does not "
        "speak for the group. He is free to support anyone.\n"
        "\u201cWe know for a fact that he has turned the group into his estate,\u201d the statement read.\n"
    )
    assert _speakers(text) == {
        "Pa Oyerinde does not speak for the group. He is free to support anyone.": "Obafemi Adeleke-Ross",
        "We know for a fact that he has turned the group into his estate": "Obafemi Adeleke-Ross"}


def test_the_role_resolves_to_the_person_introduced_with_it() -> None:
    text = (
        "Finance Minister Adaeze Korolenko met the trade envoy Tomas Brandtner on Monday.\n"
        "\"We will not raise taxes this year,\" the minister said.\n"
    )
    assert _speakers(text) == {"We will not raise taxes this year": "Adaeze Korolenko"}


def test_in_her_words_is_a_quote_and_a_said_line_is_not_a_label() -> None:
    text = (
        "Oskar Brennholt met the press on Monday with Talia Brenner-Oduya, who runs the depot. She was upbeat.\n"
        "In her words, \u201cwe will win this one.\u201d\n"
        "Oskar Brennholt told reporters:\n"
        "\u201cWe are not done with this yet, not by a long way.\u201d\n"
    )
    s = _speakers(text)
    assert s["we will win this one."] == "Talia Brenner-Oduya"
    assert s["We are not done with this yet, not by a long way."] == "Oskar Brennholt"


def test_as_per_names_the_source() -> None:
    text = "\u201cCheers greeted some 300 engineers at the unveiling on Tuesday,\u201d a source said as per Harlow Wire.\n"
    assert _speakers(text) == {"Cheers greeted some 300 engineers at the unveiling on Tuesday": "Harlow Wire"}


def test_described_company_is_the_one_that_was_the_subject_not_one_named_in_passing() -> None:
    text = (
        "Veltra Airlines said on Tuesday it would cut 1,200 jobs.\n"
        "Analysts at Ruddock Partners called the plan \"a sensible first move\" but warned of more cuts.\n"
        "The carrier, which flies to 80 destinations, said in a statement that the cuts \"will fall mostly on "
        "head-office roles.\"\n"
        "Her new paper, published on Monday, found that losses were \"far faster than anyone had modelled.\"\n"
    )
    s = _speakers(text)
    assert s["will fall mostly on head-office roles."] == "Veltra Airlines"
    assert s["far faster than anyone had modelled."] != "Monday"


def test_a_statement_label_credits_the_issuer_and_other_labels_need_a_name() -> None:
    text = (
        "Kessring Robotics issued a statement on Friday after the ruling.\n"
        "The full statement:\n"
        "\u201cWe respect the court and we will appeal this decision.\u201d\n"
    )
    assert _speakers(text) == {"We respect the court and we will appeal this decision.": "Kessring Robotics"}


def test_company_ceo_name_and_the_ceo_later() -> None:
    text = (
        "Harlow Dynamics CEO Petra Vandersloot stated the company plans to spend $4 billion in 2026.\n"
        "The CEO stated on her blog \u201cthis will be a pivotal year for robotics\u201d and she expects growth.\n"
        "\u201cWe are ready,\u201d she stated.\n"
    )
    s = _speakers(text)
    assert s["this will be a pivotal year for robotics"] == "Petra Vandersloot"
    assert s["We are ready"] == "Petra Vandersloot"


def test_acronym_speaker_gives_the_name_first_defined() -> None:
    text = (
        "Costs have soared, according to the Kestrel Institute for Applied Robotics (KIAR), which tracks them.\n"
        "\"Budgets doubled in a single year,\" KIAR wrote.\n"
    )
    assert _speakers(text)["Budgets doubled in a single year"] == "Kestrel Institute for Applied Robotics"


def test_possessive_name_before_title_is_the_speaker() -> None:
    text = "In 2023, David Greveld's Orvane CEO said \u201cit costs well over $90 million to train.\u201d However, he gave no breakdown.\n"
    assert _speakers(text)["it costs well over $90 million to train."] == "David Greveld"


def test_coordinated_verb_after_an_appositive_object_takes_the_subject() -> None:
    text = (
        "Corvane CEO Idris Falkenrath flew to Lisbon on Monday. During his visit, he met Portugal's trade "
        "envoy, Bento Lacerda, and reportedly stated Corvane hoped \u201cto keep working with Portugal.\u201d\n"
    )
    assert _speakers(text)["to keep working with Portugal."] == "Idris Falkenrath"


def test_publication_as_speaker() -> None:
    text = (
        "Brindle Foods will invest more in farms.\n"
        "\u201cBrindle said it plans to invest $2 billion in farms,\u201d Tidewire reported.\n"
        "Orlen Robotics is said to be testing a new arm, according to reporting by the Harbour Daily Courier.\n"
        "Citing two people, the report says \u201csome large makers\u201d have received samples.\n"
        "Gantry Weekly said the arm shows how fast Orlen moves. However, it cautioned \u201cthe hype may outrun reality.\u201d\n"
    )
    s = _speakers(text)
    assert s["Brindle said it plans to invest $2 billion in farms"] == "Tidewire"
    assert s["some large makers"] == "Harbour Daily Courier"
    assert s["the hype may outrun reality."] == "Gantry Weekly"


def test_standalone_quote_named_in_next_sentence() -> None:
    text = (
        "\"Quillfeather will never stop building its own chips.\"\n"
        "On March 3, Oskar Demetriou, the founder of Quillfeather, made the pledge at a conference.\n"
    )
    assert _speakers(text)["Quillfeather will never stop building its own chips."] == "Oskar Demetriou"


def test_question_opener_is_not_a_speaker() -> None:
    text = (
        "Developers praised Zorbix for its price. \"It's a wonderful model!\" many users said.\n"
        "The founder answered questions - Will Zorbix stay open source? Is the cost figure true?\n"
    )
    assert _speakers(text)["It's a wonderful model!"] is None


def test_analysts_at_a_firm_and_clarified() -> None:
    text = (
        "As per analysts at Brackenridge, the launch has caused \u201cgreat worry as to the outlook for chip demand, and therefore, fears of a spending peak.\u201d\n"
        "Halvard Mossberg runs Tellum. In a video, he clarified that Tellum would run \"a million chips\" soon.\n"
    )
    s = _speakers(text)
    assert s["great worry as to the outlook for chip demand, and therefore, fears of a spending peak."] == "Brackenridge"
    assert s["a million chips"] == "Halvard Mossberg"


def test_the_firm_is_the_organisation_just_described_as_a_firm() -> None:
    text = (
        "Talvix Robotics launched its arm on Monday. Talvix Robotics said sales were strong.\n"
        "A new report from Quorvane, a hardware research firm, added context. The firm estimated that "
        "Talvix Robotics' spending is \"well above $300M over the company history,\" adding that costs are high.\n"
    )
    assert _speakers(text)["well above $300M over the company history"] == "Quorvane"


def test_a_day_is_never_a_document_author() -> None:
    text = (
        "Brindle Foods grew fast this year under its new chief executive.\n"
        "Monday's statement said that the company expects \"several exciting product launches and updates\" soon.\n"
    )
    assert _speakers(text)["several exciting product launches and updates"] not in {"Monday", "Today"}


def test_a_label_something_is_packaged_as_is_no_quote() -> None:
    text = 'Far from what was being packaged as a "side project," Quillbridge says Zorvex took sustained effort.'
    assert extract(text).quotes == []


def test_as_noted_by_credits_the_one_who_noted() -> None:
    text = ("Export rules bite. As noted by Vexa’s CEO in May, the rival is \"moving quite fast.\" "
            "Dana Whitfield runs Vexa. As noted by Dana Whitfield last week, prices are \"rising at a steady clip.\"")
    speakers = _speakers(text)
    assert speakers["moving quite fast."] == "Vexa’s CEO"
    assert speakers["rising at a steady clip."] == "Dana Whitfield"


def test_the_company_said_is_the_company_its_sentence_names() -> None:
    text = ("Tarnwick will lead the round in Quorvex, a startup. Tarnwick has done this before, and Tarnwick is proud. "
            "It is for Quorvex to “push research further and scale our compute,” "
            "the company said.\nTarnwick said it was pleased.")
    assert _speakers(text)["push research further and scale our compute"] == "Quorvex"


def test_a_short_quote_credited_right_after_it_is_a_quote() -> None:
    text = ("Vexa was a natural choice for Quorvex as they “are market leaders”, according to Dana Whitfield. "
            "The firm sells the “most advanced chip”, according to the report.")
    speakers = _speakers(text)
    assert speakers == {"are market leaders": "Dana Whitfield"}


def test_a_quote_continuing_after_a_described_speaker_keeps_the_speaker() -> None:
    text = ("The company is buying 10,000 GPUs a year, according to its founder Kenji Arimura.\n"
            "“We need 50,000 GPUs to handle the demand we see today,” the 46-year-old chief executive officer said in "
            "an interview. “We would need a million GPUs 10 years from now.”\n")
    assert set(_speakers(text).values()) == {"Kenji Arimura"}


def test_a_stray_closing_mark_opens_no_quote() -> None:
    text = ('Its “chain-of-thought” reasoning" and "multimodal capabilities", enabling it to decompose complex tasks '
            'step-by-step like humans, impressed Dana Whitfield. In the "2025 AIME contest", Lumen-3 achieved a '
            'record-breaking score of "93 points", showcasing its "superhuman" mastery.')
    assert _speakers(text) == {}


def test_titles_and_terms_referred_to_are_not_quotes() -> None:
    text = ('The paper that resulted, “High-Resolution Image Synthesis with Latent Diffusion Models,” was presented '
            'in 2022. Dana Whitfield said growth would outpace the industry, often referred to as "Foundry 2.0."')
    assert _speakers(text) == {}


@pytest.mark.parametrize("text, quote, speaker", [
    # a role of an organisation, then the person (names from naming traditions without a "first last" shape)
    ("“This platform will be a catalyst,” said Chairman of Halvard Infocomm Limited Asha Varnekar, adding more.",
     "This platform will be a catalyst", "Asha Varnekar"),
    ("“This is the trend of the decade,” said Chairman of Tarn Sons N Chandravarman.",
     "This is the trend of the decade", "N Chandravarman"),
    (("Minister of Communication and Information Budi Arie Sasmita said the plan was ready.\n"
      "\"There is a commitment to invest USD 200 million,\" Budi told the media."),
     "There is a commitment to invest USD 200 million", "Budi Arie Sasmita"),
    # an appositive role without its closing comma; 'was quoted as saying'; an adverb before the verb
    ('"Everything starts with compute," Sam Altmore, CEO of Quorvex said in a statement.',
     "Everything starts with compute", "Sam Altmore"),
    ('"Our goal now is to lead the market," Tern’s Park Sung-min was quoted as saying.',
     "Our goal now is to lead the market", "Park Sung-min"),
    (('"We have surpassed everything," Jonah Frankel, chief architect at Quorvex and leader of the team that built '
      'Lumen, eventually told the team.'), "We have surpassed everything", "Jonah Frankel"),
    # two people introduced together: the first named
    (('Dana Whit and Marc Lipton, co-CEOs of Blue Heron, called Halcyon "an ambitious project that reflects the '
      'scale required."'), "an ambitious project that reflects the scale required.", "Dana Whit"),
    # "PM" is a title
    ("“We talked at length about the potential,” PM Ravel said in a post. Prime Minister Anil Ravel met them.",
     "We talked at length about the potential", "Anil Ravel"),
])
def test_speakers_named_with_roles_of_organisations(text: str, quote: str, speaker: str) -> None:
    assert _speakers(text)[quote] == speaker


def test_initials_without_a_dot_and_unnamed_governments() -> None:
    text = ("“This investment is not just about infrastructure,” Farhan S Qarnain, country director for Quorvex, "
            "said in a blog post.\nThe Tamsin government said on X that the project could become “one of the largest "
            "infrastructure initiatives in its history.”\n\"We will build it,\" the government said on Monday.\n")
    assert _speakers(text) == {
        "This investment is not just about infrastructure": "Farhan S Qarnain",
        "one of the largest infrastructure initiatives in its history.": "the Tamsin government",
        "We will build it": "the government"}


def test_marks_with_nothing_between_them_quote_nothing() -> None:
    for text in ('“, "said Jo Doe\n', '“ \n“ \n'):
        assert all(q.text.strip() and q.text == text[q.start:q.end] for q in extract(text).quotes)
    assert [q.text for q in extract('“, "said Jo Doe\n').quotes] == []
