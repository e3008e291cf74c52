"""Claim rules of the reconciler on invented subjects (maker Quorvex, models q7/q8).

Covers value conflicts and their severity, source counting, the must-not-flag
cases (rounding, bounds, different subjects, growth over time, sibling chip
counts), date precision, parent joins, internal conflicts, scope conflation
and stable keys.
"""

from __future__ import annotations

import random
from typing import Any

import pytest

from claimcheck.model import Subject
from claimcheck.reconciliation import reconcile
from claimcheck.reconciliation.intervals import date_interval, numeric_interval, rounding_slack

SUBJECTS = {
    "quorvex": Subject("quorvex", "Quorvex", "org"),
    "quorvex-q7": Subject("quorvex-q7", "Quorvex Q7", "model", parent="quorvex"),
    "quorvex-q8": Subject("quorvex-q8", "Quorvex Q8", "model", parent="quorvex"),
    "zentrix": Subject("zentrix", "Zentrix", "org"),
}
_ids = iter(range(10**6))


def claim(
    src: str, value: Any, subject: str | None = "quorvex-q7", attribute: str = "training_cost", **kw: Any
) -> dict[str, Any]:
    kind = kw.pop(
        "kind", "date" if attribute.endswith("_date") else "chips" if attribute.startswith("gpu") else "cost"
    )
    art = kw.pop("article", f"a-{src}")
    row = {
        "id": f"c{next(_ids)}",
        "article_id": art,
        "source": src,
        "outlet": f"{src}.example",
        "url": f"https://{src}.example/{art}",
        "title": None,
        "published": kw.pop("published", None),
        "kind": kind,
        "subject": subject,
        "subject_text": subject,
        "subject_inferred": False,
        "attribute": attribute,
        "value": value,
        "low": value,
        "high": value,
        "unit": {"cost": "USD", "chips": "chips"}.get(kind),
        "item": None,
        "precision": None,
        "qualifier": None,
        "hedge": "asserted",
        "claimant": None,
        "text": "",
        "sentence": "The figure was given.",
        "start": 0,
        "end": 0,
    }
    row.update(kw)
    return row


def flags_of(claims: list[dict], kind: str | None = None) -> list:
    flags = reconcile(claims, [], subjects=SUBJECTS)
    return [f for f in flags if kind is None or f.kind == kind]


# --- intervals ---------------------------------------------------------------------------------


def test_rounding_slack() -> None:
    assert rounding_slack(294000) == 500
    assert rounding_slack(6_000_000) == 500_000
    assert rounding_slack(6_200_000) == 50_000
    assert rounding_slack(512) == 0.5
    assert rounding_slack(5.6) == pytest.approx(0.05)


def test_bounds_are_wide_and_open() -> None:
    iv = numeric_interval(None, 100_000_000, None)
    assert iv is not None and iv.wide and iv.hi == float("inf")
    assert not numeric_interval(6e6, 6e6, 6e6).wide


def test_dates_cover_their_precision() -> None:
    month = date_interval("2025-01", None, None)
    day = date_interval("2025-01-20", None, None)
    assert month.lo <= day.lo <= month.hi and month.wide and not day.wide
    assert date_interval("--12-26", None, None).axis == "md"
    assert date_interval("not a date", None, None) is None


# --- value conflicts ---------------------------------------------------------------------------


def test_value_conflict_counts_sources_not_mentions() -> None:
    claims = [claim("s1", 294000) for _ in range(5)]  # five mentions in one article
    claims += [claim("s2", 294000, article="s2-a"), claim("s2", 294000, article="s2-b")]  # syndicated copies
    claims += [claim("s3", 1_300_000_000, hedge="estimated", claimant="Sifta Research")]
    [f] = flags_of(claims, "value_conflict")
    assert [v["n_sources"] for v in f.details["values"]] == [2, 1]
    assert f.severity == "high"
    assert f.summary.startswith(
        "Sources disagree on Quorvex Q7's training cost: $294,000 (2 sources) vs "
        "$1.3 billion (1, an estimate by Sifta Research)"
    )


def test_one_source_against_itself_is_not_a_value_conflict() -> None:
    claims = [claim("s1", 294000, article="x"), claim("s1", 6_000_000, article="y")]
    assert not flags_of(claims, "value_conflict")


@pytest.mark.parametrize(
    ("a", "b", "severity"),
    [
        (294000, 380000, "low"),  # ×1.3
        (3_000_000, 6_000_000, "medium"),  # ×2
        (294000, 1_300_000_000, "high"),  # ×4,400
    ],
)
def test_severity_follows_the_gap(a: float, b: float, severity: str) -> None:
    [f] = flags_of([claim("s1", a), claim("s2", b)], "value_conflict")
    assert f.severity == severity


def test_speculative_side_lowers_severity() -> None:
    [f] = flags_of([claim("s1", 294000), claim("s2", 30_000_000, hedge="speculative")], "value_conflict")
    assert f.severity == "medium"


def test_details_carry_first_seen_and_repeaters() -> None:
    claims = [
        claim("s1", 294000, published="2025-09-18"),
        claim("s2", 294000, published="2025-09-17"),
        claim("s3", 6_000_000, published="2025-01-28", hedge="claimed", claimant="Quorvex"),
    ]
    [f] = flags_of(claims, "value_conflict")
    first, second = f.details["values"]
    assert first["first_seen"] == "2025-09-17" and first["first_outlet"] == "s2.example"
    assert first["repeated_by"] == ["s1.example"]
    assert second["claimants"] == ["Quorvex"] and "claimed by Quorvex" in f.summary
    assert {e.ref for e in f.evidence} == {c["id"] for c in claims}


# --- must not flag -----------------------------------------------------------------------------


def test_rounding_is_not_a_conflict() -> None:
    assert not flags_of([claim("s1", 6_000_000), claim("s2", 6_200_000), claim("s3", 5_600_000)])


def test_bounds_are_not_conflicts() -> None:
    bound = claim("s1", None, low=100_000_000, high=None, qualifier="more than")
    assert not flags_of([bound, claim("s2", 150_000_000)])


def test_bound_does_not_hide_a_conflict() -> None:
    bound = claim("s1", None, low=100_000, high=None, qualifier="more than")
    [f] = flags_of([bound, claim("s2", 294000), claim("s3", 1_300_000_000)], "value_conflict")
    assert len(f.details["values"]) == 2


def test_different_subjects_sharing_a_number() -> None:
    claims = [
        claim("s1", 6_000_000, subject="quorvex-q7"),
        claim("s2", 6_000_000, subject="zentrix"),
        claim("s3", 512, subject="zentrix", attribute="gpu_count"),
    ]
    assert not flags_of(claims)


def test_sibling_models_chip_counts() -> None:
    claims = [
        claim("s1", 512, attribute="gpu_count", item="H800"),
        claim("s2", 2000, subject="quorvex-q8", attribute="gpu_count"),
    ]
    assert not flags_of(claims)


def test_growth_over_time_is_not_a_conflict() -> None:
    claims = [
        claim(
            "s1",
            10_000,
            subject="quorvex",
            attribute="gpu_holdings",
            sentence="Quorvex had 10,000 GPUs in 2023.",
        ),
        claim(
            "s2", 50_000, subject="quorvex", attribute="gpu_holdings", sentence="Quorvex now has 50,000 GPUs."
        ),
    ]
    assert not flags_of(claims)


def test_plans_are_not_facts() -> None:
    claims = [
        claim(
            "s1",
            1_000_000_000,
            subject="quorvex",
            attribute="total_spend",
            sentence="Quorvex spent $1 billion on hardware.",
        ),
        claim(
            "s2",
            10_000_000_000,
            subject="quorvex",
            attribute="total_spend",
            sentence="Quorvex plans to spend $10 billion by 2027.",
        ),
    ]
    assert not flags_of(claims)


def test_different_chip_models_are_not_one_count() -> None:
    claims = [
        claim("s1", 512, attribute="gpu_count", item="H800"),
        claim("s2", 10_000, attribute="gpu_count", item="A100"),
    ]
    assert not flags_of(claims)


def test_no_subject_or_other_attribute_is_not_compared() -> None:
    claims = [
        claim("s1", 1, subject=None),
        claim("s2", 1e9, subject=None),
        claim("s3", 1, attribute="other"),
        claim("s4", 1e9, attribute="other"),
    ]
    assert not flags_of(claims)


# --- dates -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("2025-01", "2025-01-20", None),
        ("--12-26", "2024-12-26", None),
        ("2024", "2024-12-26", None),
        ("2024-12-25", "2024-12-26", "low"),
        ("2025-01-10", "2024-12-26", "high"),
        ("2019", "2020", "high"),
        ("--12-26", "--01-20", "high"),
    ],
)
def test_dates_compare_at_common_precision(a: str, b: str, expected: str | None) -> None:
    claims = [claim("s1", a, attribute="release_date"), claim("s2", b, attribute="release_date")]
    found = flags_of(claims, "value_conflict")
    assert [f.severity for f in found] == ([expected] if expected else [])


# --- parents -----------------------------------------------------------------------------------


def test_parent_claim_supports_the_child_it_matches() -> None:
    claims = [
        claim("s1", 294000, subject="quorvex"),
        claim("s2", 294000),
        claim("s3", 6_000_000, subject="quorvex-q8"),
        claim("s4", 1_300_000_000),
    ]
    found = flags_of(claims, "value_conflict")
    [q7] = [f for f in found if f.subject == "quorvex-q7"]
    assert q7.details["values"][0]["n_sources"] == 2  # the parent's claim counts for Q7's value
    assert "parent" in {e.role for e in q7.evidence}
    assert not [f for f in found if f.subject == "quorvex-q8"]  # it matched Q7, so not joined to Q8


def test_parent_claim_matching_no_child_joins_at_low_severity() -> None:
    claims = [claim("s1", 50_000_000, subject="quorvex"), claim("s2", 294000)]
    [f] = flags_of(claims, "value_conflict")
    assert f.subject == "quorvex-q7" and f.severity == "low"
    assert "said of Quorvex" in f.summary


# --- internal conflicts ------------------------------------------------------------------------


def test_internal_conflict() -> None:
    claims = [claim("s1", 294000), claim("s1", 6_000_000), claim("s2", 294000)]
    [f] = flags_of(claims, "internal_conflict")
    assert f.details["article_id"] == "a-s1" and f.severity == "high"
    assert f.summary.startswith("One article disagrees with itself on Quorvex Q7's training cost")


def test_reported_dispute_is_not_internal_conflict() -> None:
    claims = [
        claim("s1", 6_000_000, hedge="claimed", claimant="Quorvex"),
        claim("s1", 1_300_000_000, hedge="estimated", claimant="Sifta Research"),
    ]
    assert not flags_of(claims, "internal_conflict")


# --- scope conflation --------------------------------------------------------------------------


def test_scope_conflation_with_sibling_model() -> None:
    claims = [
        claim("s1", 294000),
        claim("s2", 294000),
        claim("s3", 6_000_000),
        claim("s4", 6_000_000, subject="quorvex-q8", low=5_400_000, high=6_600_000),
    ]
    [vc] = flags_of(claims, "value_conflict")
    [sc] = flags_of(claims, "scope_conflation")
    assert len(vc.details["values"]) == 2
    assert sc.details["referent"]["subject"] == "quorvex-q8"
    assert sc.details["referent"]["attribute"] == "training_cost"
    assert "Quorvex Q8's training cost" in sc.summary
    assert {e.role for e in sc.evidence} == {"disputed", "referent"}


def test_scope_conflation_with_other_attribute() -> None:
    claims = [
        claim("s1", 5_000_000),
        claim("s2", 5_000_000),
        claim("s3", 1_600_000_000),
        claim("s4", 1_600_000_000, attribute="total_spend"),
    ]
    [sc] = flags_of(claims, "scope_conflation")
    assert (sc.details["referent"]["subject"], sc.details["referent"]["attribute"]) == (
        "quorvex-q7",
        "total_spend",
    )
    assert "total spending" in sc.summary


def test_no_scope_conflation_when_referent_is_the_same_source() -> None:
    claims = [
        claim("s1", 294000),
        claim("s2", 294000),
        claim("s3", 6_000_000),
        claim("s3", 6_000_000, subject="quorvex-q8"),
    ]
    assert not flags_of(claims, "scope_conflation")


# --- stability ---------------------------------------------------------------------------------


def test_keys_stable_across_runs_and_input_order() -> None:
    claims = [
        claim("s1", 294000),
        claim("s2", 294000),
        claim("s3", 6_000_000),
        claim("s4", 6_000_000, subject="quorvex-q8"),
        claim("s5", "2024-12-25", attribute="release_date"),
        claim("s6", "2024-12-26", attribute="release_date"),
    ]
    first = [(f.kind, f.key, f.severity) for f in flags_of(claims)]
    shuffled = claims[:]
    random.Random(3).shuffle(shuffled)
    assert sorted(first) == sorted((f.kind, f.key, f.severity) for f in flags_of(shuffled))
    assert first and first == [(f.kind, f.key, f.severity) for f in flags_of(claims)]


def test_year_less_date_against_dated_one_measures_days_of_year() -> None:
    claims = [
        claim("s1", "--12-26", attribute="release_date"),
        claim("s2", "2025-12-28", attribute="release_date"),
    ]
    [f] = flags_of(claims, "value_conflict")
    assert f.severity == "low" and "2 days apart" in f.summary


def test_claimant_spellings_merge_in_summary() -> None:
    claims = [
        claim("s1", 294000, hedge="claimed", claimant="Quorvex"),
        claim("s2", 294000, hedge="claimed", claimant="QUORVEX’s"),
        claim("s3", 6_000_000),
    ]
    [f] = flags_of(claims, "value_conflict")
    assert "$294,000 (2 sources, claimed by Quorvex)" in f.summary


# --- spelling and year-less months -------------------------------------------------------------


def test_claimant_spellings_merge_in_summaries() -> None:
    claims = [
        claim("s1", 294000, claimant="Quorvex", hedge="claimed"),
        claim("s2", 294000, claimant="quorvex", hedge="claimed"),
        claim("s3", 294000, claimant="Quorvex\u2019s", hedge="claimed"),
        claim("s4", 294000, claimant="Quorvex's", hedge="claimed"),
        claim("s5", 6_000_000, claimant="Zentrix"),
        claim("s6", 6_000_000, claimant="ZENTRIX"),
    ]
    [flag] = flags_of(claims, "value_conflict")
    assert "claimed by Quorvex)" in flag.summary
    assert "according to Zentrix)" in flag.summary
    assert [v["claimants"] for v in flag.details["values"]] == [["Quorvex"], ["Zentrix"]]


def test_yearless_month_against_yearless_day_states_no_day_distance() -> None:
    claims = [
        claim("s1", "--12-26", subject="quorvex-q7", attribute="release_date", precision="day"),
        claim("s2", "--01", subject="quorvex", attribute="release_date", precision="month"),
    ]
    found = flags_of(claims, "value_conflict")
    assert found, "the parent's month still disagrees with the child's day"
    for flag in found:
        assert flag.severity == "low"
        assert "days apart" not in flag.summary
        assert "different months, year not given" in flag.summary


def test_rows_missing_fields_midway_group_like_complete_rows() -> None:
    full = [
        claim("s1", 294000),
        claim("s2", 294000, published="2025-01-02"),
        claim("s3", 6_000_000),
        claim("s4", 6_000_000, published="2025-01-01"),
        claim("s5", [1, 2]),  # an unhashable value is skipped, not fatal
    ]
    sparse = [dict(c) for c in full]
    for row in sparse[1::2]:
        for field in ("unit", "published", "claimant", "item"):
            row.pop(field, None)
    for row in full[1::2]:
        row["unit"] = row["published"] = row["claimant"] = row["item"] = None
    want = [(f.key, f.severity, f.summary, f.details) for f in flags_of(full)]
    got = [(f.key, f.severity, f.summary, f.details) for f in flags_of(sparse)]
    assert got == want and want
