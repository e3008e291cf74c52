"""Unit tests for the pure normalisers of the extract stage: money, chips, dates."""

from __future__ import annotations

import pytest

from claimcheck.extraction.chips import find_chips, parse_chips, parse_count
from claimcheck.extraction.dates import find_dates, parse_date
from claimcheck.extraction.money import find_money, parse_money


@pytest.mark.parametrize(
    "text, value, low, high, unit",
    [
        ("$6 million", 6_000_000, 5_500_000, 6_500_000, "USD"),
        ("$294,000", 294_000, 294_000, 294_000, "USD"),
        ("US$294,000", 294_000, 294_000, 294_000, "USD"),
        ("USD 3 million", 3_000_000, 2_500_000, 3_500_000, "USD"),
        ("$5.6m", 5_600_000, 5_550_000, 5_650_000, "USD"),
        ("$5.6M", 5_600_000, 5_550_000, 5_650_000, "USD"),
        ("$1.3 billion", 1_300_000_000, 1_250_000_000, 1_350_000_000, "USD"),
        ("$2bn", 2_000_000_000, 1_500_000_000, 2_500_000_000, "USD"),
        ("$2 B", 2_000_000_000, 1_500_000_000, 2_500_000_000, "USD"),
        ("$40k", 40_000, 39_500, 40_500, "USD"),
        ("$1 trillion", 1e12, 0.5e12, 1.5e12, "USD"),
        ("£4.2m", 4_200_000, 4_150_000, 4_250_000, "GBP"),
        ("€1.2bn", 1_200_000_000, 1_150_000_000, 1_250_000_000, "EUR"),
        ("¥800 million", 800_000_000, 799_500_000, 800_500_000, "CNY"),
        ("RMB 2 million", 2_000_000, 1_500_000, 2_500_000, "CNY"),
        ("3 billion yuan", 3_000_000_000, 2_500_000_000, 3_500_000_000, "CNY"),
        ("NT$45 billion", 45_000_000_000, 44_500_000_000, 45_500_000_000, "TWD"),
        ("5 million dollars", 5_000_000, 4_500_000, 5_500_000, "USD"),
        ("$6 mn", 6_000_000, 5_500_000, 6_500_000, "USD"),
    ],
)
def test_money_values(text: str, value: float, low: float, high: float, unit: str) -> None:
    m = parse_money(text)
    assert m is not None
    assert m.value == pytest.approx(value)
    assert m.low == pytest.approx(low)
    assert m.high == pytest.approx(high)
    assert m.unit == unit


@pytest.mark.parametrize(
    "text, low, high, qualifier",
    [
        ("around $6 million", 5_400_000, 6_600_000, "around"),
        ("roughly $12 million", 10_800_000, 13_200_000, "roughly"),
        ("about $10 million", 9_000_000, 11_000_000, "about"),
        ("nearly $1 billion", 0.9e9, 1.1e9, "nearly"),
        ("closer to $1.3 billion", 1.17e9, 1.43e9, "closer to"),
        ("more than $100 million", 1e8, None, "more than"),
        ("over $100 million", 1e8, None, "over"),
        ("at least $5 million", 5e6, None, "at least"),
        ("much more than $100 million", 1e8, None, "much more than"),
        ("under $1 million", 0, 1e6, "under"),
        ("less than $20 million", 0, 2e7, "less than"),
    ],
)
def test_money_qualifiers(text: str, low: float, high: float | None, qualifier: str) -> None:
    m = parse_money(text)
    assert m is not None and m.qualifier == qualifier
    assert m.low == pytest.approx(low)
    assert (m.high is None) if high is None else m.high == pytest.approx(high)


def test_money_qualifier_in_scare_quotes() -> None:
    (m,) = find_money('cost "much more" than $100 million')
    assert m.low == 1e8 and m.high is None


@pytest.mark.parametrize(
    "text, low, high",
    [
        ("between $5 million and $6 million", 5e6, 6e6),
        ("$5-6M", 5e6, 6e6),
        ("$5 million to $6 million", 5e6, 6e6),
        ("tens of millions", 1e7, 1e8),
        ("hundreds of millions", 1e8, 1e9),
        ("in the millions", 1e6, 1e7),
        ("tens of millions of dollars", 1e7, 1e8),
        ("tens or even hundreds of millions of dollars", 1e7, 1e9),
        ("tens of millions or even more", 1e7, None),
    ],
)
def test_money_ranges_and_vague(text: str, low: float, high: float | None) -> None:
    m = parse_money(text)
    assert m is not None
    assert m.low == pytest.approx(low)
    assert (m.high is None) if high is None else m.high == pytest.approx(high)


def test_vague_amounts_need_context() -> None:
    assert find_money("tens of millions of people") == []
    assert len(find_money("tens of millions", allow_vague_without_unit=True)) == 1
    assert find_money("tens of millions of dollars")[0].unit == "USD"


def test_money_offsets_and_text() -> None:
    s = "It was trained for just $294,000, a figure."
    (m,) = find_money(s)
    assert s[m.start:m.end] == m.text == "$294,000"


def test_no_money_in_plain_numbers() -> None:
    assert find_money("join us in one of our 19 in-person events in 2025") == []


@pytest.mark.parametrize(
    "text, value, item, vendor",
    [
        ("used 512 Nvidia H800 chips", 512, "H800", "Nvidia"),
        ("managed with just 2,000 chips from Nvidia.", 2000, None, "Nvidia"),
        ("1,024 H100s", 1024, "H100", None),
        ("4,000 H200 GPUs", 4000, "H200", None),
        ("a cluster of 2,500 H100 GPUs", 2500, "H100", None),
        ("10,000 A100 GPUs", 10000, "A100", None),
        ("50,000 Ascend 910B chips", 50000, "Ascend 910B", None),
        ("4,096 TPU v5p chips", 4096, "TPU v5p", None),
        ("8,000 B200 chips", 8000, "B200", None),
        ("72 GB200 accelerators", 72, "GB200", None),
        ("20,000 H20 processors", 20000, "H20", None),
        ("512 of the older chips", 512, None, None),
        ("10k GPUs", 10000, None, None),
        # superchips and cloud makers' own accelerators; "own"/"custom" between the maker and the model
        ("equipped with 5,448 GH200 Grace Hopper Superchips", 5448, "GH200", None),
        ("fitted with 5,400 Vexa “superchips”", 5400, None, "Vexa"),
        ("nearly 500,000 of Quorvex's own Trainium2 chips", 500000, "Trainium2", "Quorvex"),
        ("1 million of Quorvex’s custom Trainium 2 AI processors", 1000000, "Trainium2", "Quorvex"),
        ("400 Trainium chips", 400, "Trainium", None),
        # partitives naming a two-word maker, "units of", and the model number before the family
        ("ordered 1,600 of Vexa Technologies' 910B Ascend AI chips", 1600, "Ascend 910B", "Vexa Technologies"),
        ("deploy 50,000 units of Vexa's next-generation MI450 AI accelerators", 50000, "MI450", "Vexa"),
    ],
)
def test_chips(text: str, value: int, item: str | None, vendor: str | None) -> None:
    c = parse_chips(text)
    assert c is not None
    assert (c.value, c.item, c.vendor) == (value, item, vendor)
    assert isinstance(c.value, int)


def test_chips_qualifiers() -> None:
    c = parse_chips("more than 20,000 H200 chips")
    assert c is not None and c.low == 20000 and c.high is None
    c = parse_chips("about 4,000 H200 GPUs")
    assert c is not None and c.low == 3600 and c.high == 4400


@pytest.mark.parametrize("text", ["thousands of chips", "in 2025 chips", "the H100 GPU costs", "H800 chips"])
def test_not_chip_counts(text: str) -> None:
    assert find_chips(text) == []


def test_parse_count() -> None:
    assert parse_count("2,000") == 2000
    assert parse_count("10k") == 10000
    assert parse_count("1.5 million") == 1_500_000
    with pytest.raises(ValueError):
        parse_count("many")


@pytest.mark.parametrize(
    "text, published, value, precision",
    [
        ("December 26, 2024", None, "2024-12-26", "day"),
        ("26 December 2024", None, "2024-12-26", "day"),
        ("2024-12-26", None, "2024-12-26", "day"),
        ("January 2025", None, "2025-01", "month"),
        ("founded in 2019", None, "2019", "year"),
        ("On December 26th", None, "--12-26", "day"),
        ("in January", None, "--01", "month"),
        ("On December 26th", "2025-01-02", "2024-12-26", "day"),
        ("in January", "2025-03-01", "2025-01", "month"),
        ("in September", "2024-11-14", "2024-09", "month"),
        ("on Wednesday", "2025-09-18", "2025-09-17", "day"),
        ("on Monday", "2025-03-04", "2025-03-03", "day"),
        ("last month", "2025-01-10", "2024-12", "month"),
        ("last year", "2025-01-10", "2024", "year"),
        ("yesterday", "2025-01-10", "2025-01-09", "day"),
        ("in May 2023", None, "2023-05", "month"),
        ("on 12 February 2025", None, "2025-02-12", "day"),
    ],
)
def test_dates(text: str, published: str | None, value: str, precision: str) -> None:
    d = parse_date(text, published)
    assert d is not None
    assert (d.value, d.precision) == (value, precision)


def test_relative_dates_need_a_reference() -> None:
    assert find_dates("published in a journal on Wednesday") == []
    assert find_dates("last month") == []


def test_dates_never_in_the_future_of_the_article() -> None:
    d = parse_date("in December", "2025-03-01")
    assert d is not None and d.value == "2024-12"


def test_more_currencies_and_won_only_as_money() -> None:
    assert [(m.value, m.unit) for m in find_money("6.1 billion won, or ₩200m, or INR 5 million, or CHF 12 million")] == [
        (6_100_000_000, "KRW"), (200_000_000, "KRW"), (5_000_000, "INR"), (12_000_000, "CHF")]
    assert find_money("the team of 5 won the prize") == []


def test_chip_ranges_partitives_and_fact_boxes() -> None:
    (c,) = find_chips("operates between 10,000 and 20,000 GPUs")
    assert (c.value, c.low, c.high) == (15_000, 10_000, 20_000)
    (c,) = find_chips("used 1,024 of the same chips")
    assert c.value == 1024
    (c,) = find_chips("1,280: the number of Nvidia H800 GPUs used for that run")
    assert (c.value, c.item) == (1280, "H800")
    (c,) = find_chips("3,072 Merrow M2 accelerators")
    assert (c.value, c.item) == (3072, "M2")


def test_capitalised_year_openers() -> None:
    assert [d.value for d in find_dates("In 2019, by three engineers.")] == ["2019"]


def test_decimal_amounts_are_whole_numbers() -> None:
    assert [m.value for m in find_money("$4.1 million, $5.6M and £4.2m")] == [4_100_000, 5_600_000, 4_200_000]
    assert all(isinstance(m.value, int) for m in find_money("$4.1 million, $5.6M and £4.2m"))


@pytest.mark.parametrize(
    "text, value",
    [("$294 000", 294_000), ("US$294\u00a0000", 294_000), ("294 000 dollars", 294_000),
     ("$1 200 500", 1_200_500), ("€12\u202f500", 12_500)],
)
def test_space_grouped_thousands(text: str, value: float) -> None:
    m = parse_money(text)
    assert m is not None and m.value == value and m.low == value == m.high


def test_space_grouped_chip_counts_and_years() -> None:
    assert [c.value for c in find_chips("the run used 2 048 H800 GPUs")] == [2048]
    assert [c.value for c in find_chips("In 2024 300 GPUs arrived")] == [300]


@pytest.mark.parametrize(
    "text, value, item",
    [
        ("trained on 64 eight-way H800 boxes", 512, "H800"),
        ("trained on 256 nodes of eight H100 GPUs each", 2048, "H100"),
        ("a cluster of 128 8-GPU H100 servers", 1024, "H100"),
        ("32 servers, each with eight Nvidia A100s", 256, "A100"),
        ("16 machines with four GPUs", 64, None),
    ],
)
def test_servers_times_chips_per_server(text: str, value: int, item: str | None) -> None:
    found = find_chips(text)
    assert [(c.value, c.item) for c in found] == [(value, item)]


def test_stated_total_wins_over_server_arithmetic() -> None:
    found = find_chips("64 eight-way H800 servers, or 512 GPUs in all")
    assert [(c.value, c.item, c.text) for c in found] == [(512, "H800", "512 GPUs")]


@pytest.mark.parametrize(
    "text, published, value",
    [("on Christmas Day", "2025-03-05", "2024-12-25"), ("on Christmas Day", None, "--12-25"),
     ("on New Year's Day, 2025", None, "2025-01-01"), ("on Boxing Day", "2025-12-30", "2025-12-26"),
     ("on Christmas Eve", "2025-12-01", "2024-12-24")],
)
def test_fixed_day_holidays(text: str, published: str | None, value: str) -> None:
    d = parse_date(text, published)
    assert d is not None and (d.value, d.precision) == (value, "day")


def test_christmas_alone_is_no_date() -> None:
    assert find_dates("Christmas sales were weak") == []


@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("$2,5 billion in servers", 2_500_000_000, "USD"),  # decimal comma before a scale word
        ("€3,75 million", 3_750_000, "EUR"),
        ("€2.345,5 million", 2_345_500_000, "EUR"),  # dots group thousands when a decimal comma follows
        ("7.250.000 euros", 7_250_000, "EUR"),
        ("€25.000", 25_000, "EUR"),  # a lone dot group in a euro amount without scale
        ("$2,500", 2_500, "USD"),  # English forms are unchanged
        ("$2.5 billion", 2_500_000_000, "USD"),
        ("$2.500 billion", 2_500_000_000, "USD"),
        ("$3.2 bln", 3_200_000_000, "USD"),
        ("USD$7 million", 7_000_000, "USD"),
        ("US $7 million", 7_000_000, "USD"),
        ("RM12.5 billion", 12_500_000_000, "MYR"),
        ("an earlier 2 billion-yuan round", 2_000_000_000, "CNY"),
        ("a 350 million euro round", 350_000_000, "EUR"),
        ("a 40 million dollar contract", 40_000_000, "USD"),
        ("8 million US dollars", 8_000_000, "USD"),
        ("its bill for €4.10 million2.", 4_100_000, "EUR"),  # footnote mark after the scale word
    ],
)
def test_money_number_formats(text: str, value: float, unit: str) -> None:
    (m,) = find_money(text)
    assert (m.value, m.unit) == (value, unit)


def test_no_money_from_arm_or_lists() -> None:
    assert find_money("ARM64 servers and FIRM5 boards") == []
    assert find_money("sizes 3,5 and 7 apply") == []


@pytest.mark.parametrize(
    "text, low, high, unit",
    [
        ("cost $10s of millions to train", 1e7, 1e8, "USD"),
        ("cost $100s of millions", 1e8, 1e9, "USD"),
        ("spent 10s of billions of dollars", 1e10, 1e11, "USD"),
        ("€10's of millions", 1e7, 1e8, "EUR"),
    ],
)
def test_money_numeric_tens_of(text: str, low: float, high: float, unit: str) -> None:
    (m,) = find_money(text)
    assert (m.low, m.high, m.unit) == (low, high, unit)


def test_decades_are_not_tens_of() -> None:
    assert find_money("in the 2010s of millions of homes") == []


@pytest.mark.parametrize(
    "text, value, low, high",
    [
        ("trained for about a billion dollars", 1e9, 0.9e9, 1.1e9),
        ("A billion dollars went to servers", 1e9, 0.5e9, 1.5e9),
        ("as much as half a trillion dollars", 5e11, 0, 5e11),
        ("worth a dozen billion dollars", 1.2e10, 1.08e10, 1.32e10),
        ("over two million euros", 2e6, 2e6, None),
    ],
)
def test_money_in_words(text: str, value: float, low: float, high: float | None) -> None:
    (m,) = find_money(text)
    assert m.value == pytest.approx(value) and m.low == pytest.approx(low)
    assert (m.high is None) if high is None else m.high == pytest.approx(high)


def test_numbers_in_words_need_a_currency() -> None:
    assert find_money("we did it for six million; a million users") == []


@pytest.mark.parametrize(
    "text, low, high",
    [("came in just under 250,000 dollars", 0, 250_000), ("come in just under $250,000", 0, 250_000),
     ("as much as $40 million", 0, 4e7)],
)
def test_money_upper_bounds(text: str, low: float, high: float) -> None:
    (m,) = find_money(text)
    assert (m.low, m.high) == (low, high)


def test_amount_and_its_conversion_are_two_amounts() -> None:
    assert [(m.value, m.unit) for m in find_money("¥52 million ($7.2 million)")] == [(52_000_000, "CNY"), (7_200_000, "USD")]
    assert [(m.value, m.unit) for m in find_money("a 120 million euro ($130 million) round")] == [
        (120_000_000, "EUR"), (130_000_000, "USD")]


def test_money_ranges_with_scale_on_both_ends() -> None:
    (m,) = find_money("cost $4.5M-$5M to build")
    assert (m.low, m.high) == (4_500_000, 5_000_000)


@pytest.mark.parametrize(
    "blob",
    ["7" * 200_000, "7 " * 100_000, "7," * 100_000, "7." * 100_000, "777 " * 50_000, "777," * 50_000,
     "$" + "7," * 100_000, ("1,2 3.4,5 $6,7 2.048 " * 10_000)[:200_000]],
)
def test_normalisers_are_linear_on_long_digit_runs(blob: str) -> None:
    # a quadratic pattern takes minutes here; linear ones under a second (5 s leaves room for a busy machine)
    import time

    for find in (find_money, find_chips, find_dates):
        t = time.perf_counter()
        find(blob)
        assert time.perf_counter() - t < 5.0, find.__name__


@pytest.mark.parametrize(
    "text, value, item",
    [
        ("trained it on 4.096 GPUs", 4096, None),  # a dot before three digits groups thousands in a count
        ("a fleet of 30.000 Nvidia H100 GPUs", 30_000, "H100"),
        ("1.250.000 chips", 1_250_000, None),
        ("2.5 million GPUs", 2_500_000, None),  # a decimal before a scale stays a decimal
        ("4.096 million chips", 4_096_000, None),
        ("1.2M GPUs", 1_200_000, None),
    ],
)
def test_chip_count_number_formats(text: str, value: int, item: str | None) -> None:
    (c,) = find_chips(text)
    assert (c.value, c.item) == (value, item)


@pytest.mark.parametrize(
    "text",
    ["1,500,000 H100 GPU hours", "1500K hours of Nvidia H100 GPU", "3.1 million GPU-hours", "2.2M H800 GPU hours",
     "400,000 A100-hours", "12,000 GPU days"],
)
def test_gpu_hours_are_not_chip_counts(text: str) -> None:
    assert find_chips(text) == []


@pytest.mark.parametrize(
    "text, value, item, vendor",
    [
        ("about 20,000 Nvidia Hopper GPUs", 20_000, "Hopper", "Nvidia"),
        ("some 8,000 Blackwell chips", 8_000, "Blackwell", None),
        ("bought 3,000 of Nvidia \u201cAmpere\u201d AI chips", 3_000, "Ampere", "Nvidia"),
        ("4,000 H20 units", 4_000, "H20", None),
        ("a cluster of 256 A100s", 256, "A100", None),
        ("up to 8,192 700W TDP H100 GPUs", 8_192, "H100", None),
        ("'30,000 [Nvidia] H100s'", 30_000, "H100", "Nvidia"),
        ("more than 2.1 million graphics processing units", 2_100_000, None, None),
        ("trained on 3,000 undisclosed GPUs", 3_000, None, None),
        ("ship more than one million H20 GPUs", 1_000_000, "H20", None),
        ("half a million GPUs", 500_000, None, None),
        ("will host about 500,000 next-generation AI chips", 500_000, None, None),
        ("a cluster of 30,000 self-developed P800 chips", 30_000, "P800", None),
        ("up to one million of Acme’s custom-designed Tensor Processing Units", 1_000_000, "TPU", "Acme"),
        ("4,096 TPUs", 4_096, "TPU", None),
    ],
)
def test_chip_phrasings(text: str, value: int, item: str | None, vendor: str | None) -> None:
    (c,) = find_chips(text)
    assert (c.value, c.item, c.vendor) == (value, item, vendor)


def test_families_need_a_chip_noun() -> None:
    assert find_chips("2,000 Hopper fans met Grace Hopper") == []
    assert find_chips("a Blackwell-based B20 and 300 Blackwell GPUs")[0].item == "Blackwell"


def test_plus_after_a_count_is_a_lower_bound() -> None:
    (c,) = find_chips("deploying 65,000+ Nvidia Blackwell GPUs")
    assert (c.low, c.high, c.qualifier) == (65_000, None, "plus")


@pytest.mark.parametrize(
    "text, counts",
    [("the run only used 2000 GPUs", [2000]), ("a total of 2048 H800 GPUs", [2048]), ("with 2010 chips", [2010]),
     ("in 2025 chips", []), ("The 2024 GPUs sold out", []), ("by 2026 GPUs will be cheap", []),
     ("2025 chips shipped", []), ("December 2024 chips", [])],
)
def test_year_like_counts(text: str, counts: list[int]) -> None:
    assert [c.value for c in find_chips(text)] == counts


def test_adjective_endings_do_not_swallow_other_nouns() -> None:
    assert find_chips("10 percent GPUs and 10 times more GPUs") == []


@pytest.mark.parametrize(
    "text, published, values",
    [
        ("released in March and October 2024", None, ["2024-03", "2024-10"]),  # a coordinated date shares the year
        ("on June 3 and 4, 2023", None, ["2023-06-03"]),
        ("between April and August 2022", "2025-01-01", ["2022-04", "2022-08"]),
        ("in March, and in 2024", None, ["--03", "2024"]),
    ],
)
def test_shared_year_of_coordinated_dates(text: str, published: str | None, values: list[str]) -> None:
    assert [d.value for d in find_dates(text, published)] == values


@pytest.mark.parametrize(
    "text, values",
    [("on 27/11/2023", ["2023-11-27"]), ("on 11/27/2023", ["2023-11-27"]), ("on 27.11.2023", ["2023-11-27"]),
     ("2023/11/27", ["2023-11-27"]), ("on 5/5/2023", ["2023-05-05"]),
     ("on 3/4/2023", []), ("on 31/31/2023", []), ("part 1.2.3.2023", [])],
)
def test_numeric_dates_only_when_unambiguous(text: str, values: list[str]) -> None:
    assert [d.value for d in find_dates(text)] == values


@pytest.mark.parametrize(
    "text, published, value, precision",
    [
        ("the study, published Thursday by the lab", "2025-06-13", "2025-06-12", "day"),
        ("the company said Tuesday", "2025-06-13", "2025-06-10", "day"),
        ("late Monday", "2025-06-13", "2025-06-09", "day"),
        ("the model came out four months ago", "2025-06-13", "2025-02", "month"),
        ("launched 12 days ago", "2025-06-13", "2025-06-01", "day"),
        ("founded two years ago", "2025-06-13", "2023", "year"),
        ("released three weeks ago", "2025-06-13", "2025-05", "month"),
        ("published this week", "2025-06-13", "2025-06", "month"),
        ("on Nov. 26", "2025-06-13", "2024-11-26", "day"),
        ("in early 2021", None, "2021", "year"),
    ],
)
def test_more_relative_dates(text: str, published: str | None, value: str, precision: str) -> None:
    d = parse_date(text, published)
    assert d is not None and (d.value, d.precision) == (value, precision)


def test_bare_weekdays_need_a_verb_before_them() -> None:
    assert find_dates("Monday Night Football", "2025-06-13") == []
    assert find_dates("four months ago") == []  # no reference date


def test_a_bare_amount_takes_the_scale_of_its_alternative() -> None:
    first, second = find_money("the cost may go up to $10 or even $100 billion in three years")
    assert (first.value, second.value) == (10e9, 100e9)
    assert [m.value for m in find_money("$5 or $6 million")] == [5e6, 6e6]
    assert [m.value for m in find_money("tickets cost $10 or $20, he said")] == [10, 20]


@pytest.mark.parametrize("text, value, unit", [
    ("Microsoft has also pledged 14.7bn reais", 14.7e9, "BRL"),
    ("invest an additional R5,4-billion in the country", 5.4e9, "ZAR"),
    ("the more than R20-billion it has spent", 20e9, "ZAR"),
    ("a 5 billion naira fund", 5e9, "NGN"),
])
def test_more_currencies(text: str, value: float, unit: str) -> None:
    (m,) = find_money(text)
    assert (m.value, m.unit) == (value, unit)


def test_a_model_called_r1_is_no_money() -> None:
    assert find_money("Quorvex R1 was cheap, and an R1 model with 20 billion parameters followed") == []


def test_sentences_without_figures_skip_the_big_patterns() -> None:
    # the quick pre-checks must never hide a date or a count the full patterns would find
    assert [d.value for d in find_dates("It shipped yesterday, on Christmas Day.", "2025-03-05")] == ["2025-03-04",
                                                                                                      "2024-12-25"]
    assert [c.value for c in find_chips("They bought half a million GPUs.")] == [500000]
    assert find_chips("They bought many GPUs.") == [] and find_dates("No time at all.") == []


def test_a_property_group_goes_by_its_name() -> None:
    from claimcheck.extraction.names import _org_slug, load_registry
    assert _org_slug("DAMAC Properties", load_registry()) == "damac-properties"
    assert _org_slug("PARAM Rudra Supercomputers", load_registry()) == "param-rudra"
