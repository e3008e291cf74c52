"""Every report format renders the same flags: JSON shape, CSV rows, ClaimReview, Markdown, CLI."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from test_report_store import EVIDENCE_COUNT, FORMULA, HOSTILE_URL, PWN_SCRIPT, build_store

from claimcheck.cli import cli
from claimcheck.report import RENDERERS, Report, UnknownFormat, build_report, render
from claimcheck.report.csvfmt import COLUMNS, guard_cell
from claimcheck.report.markdown import md_escape, md_link
from claimcheck.store import Store

FLAG_KEYS = {"id", "kind", "severity", "subject", "attribute", "summary", "status", "evidence"}
EVIDENCE_KEYS = {"type", "article", "text", "sentence", "value", "low", "high", "unit", "item", "hedge",
                 "claimant", "speaker"}


@pytest.fixture(scope="module")
def db_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("formats") / "claims.db"
    build_store(path).close()
    return path


@pytest.fixture(scope="module")
def report(db_path: Path) -> Report:
    with Store(db_path) as store:
        return build_report(store)


def test_registry_has_every_format() -> None:
    assert set(RENDERERS) == {"text", "json", "markdown", "html", "csv", "claimreview"}
    with pytest.raises(UnknownFormat):
        render(Report("now", 0, 0, 0), "pdf")


@pytest.mark.parametrize("fmt", sorted(RENDERERS))
def test_every_format_renders_an_empty_report(fmt: str) -> None:
    assert isinstance(render(Report("2025-01-01T00:00:00+00:00", 0, 0, 0), fmt), str)


def test_json_keeps_the_design_shape(report: Report) -> None:
    data = json.loads(render(report, "json"))
    assert {"generated", "articles", "claims", "quotes", "flags"} <= set(data)
    assert (data["articles"], data["claims"], data["quotes"]) == (4, 5, 3)
    for flag in data["flags"]:
        assert FLAG_KEYS <= set(flag)
        for item in flag["evidence"]:
            assert EVIDENCE_KEYS <= set(item)
            assert {"url", "title", "outlet", "published"} <= set(item["article"])
    assert sum(len(f["evidence"]) for f in data["flags"]) == EVIDENCE_COUNT


def _csv_rows(report: Report) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(render(report, "csv"))))


def test_csv_has_one_row_per_evidence(report: Report) -> None:
    rows = _csv_rows(report)
    assert len(rows) == EVIDENCE_COUNT
    assert tuple(rows[0]) == COLUMNS
    assert {r["flag_id"] for r in rows} == {f["id"] for f in report.flags}
    first = rows[0]
    assert first["kind"] == "value_conflict" and first["outlet"] == "reuters.com"
    assert float(first["value"]) == 5.6e6 and first["unit"] == "USD" and first["hedge"] == "claimed"


def test_csv_guards_against_formula_injection(report: Report) -> None:
    cells = [cell for row in _csv_rows(report) for cell in row.values()]
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@")]
    assert f"'{FORMULA}" in cells  # the claimant and the flag summary
    assert any(c.startswith(f"'{FORMULA} is my view") for c in cells)  # the quote text


@pytest.mark.parametrize(("value", "expected"), [
    ("=1+1", "'=1+1"), ("+1", "'+1"), ("-cmd", "'-cmd"), ("@SUM(A1)", "'@SUM(A1)"), ("\t=1", "'\t=1"),
    ("plain", "plain"), (-5.0, -5.0), (None, ""), (3, 3),
])
def test_guard_cell(value: object, expected: object) -> None:
    assert guard_cell(value) == expected


def test_claimreview_objects(report: Report) -> None:
    text = render(report, "claimreview")
    assert "<" not in text and ">" not in text  # safe inside <script type="application/ld+json">
    reviews = json.loads(text)
    assert len(reviews) == len(report.flags)
    for review in reviews:
        assert review["@context"] == "https://schema.org" and review["@type"] == "ClaimReview"
        assert review["claimReviewed"]
        assert review["author"] == {"@type": "Organization", "name": "claimcheck"}
        assert review["reviewRating"]["@type"] == "Rating"
        assert review["itemReviewed"]["@type"] == "Claim"
        for work in review["itemReviewed"]["appearance"]:
            assert work["@type"] == "CreativeWork"
            assert work.get("url", "https://").startswith(("https://", "http://"))
    by_id = {r["identifier"]: r for r in reviews}
    names = {f["kind"]: by_id[f["id"]]["reviewRating"]["alternateName"] for f in report.flags}
    assert names == {"value_conflict": "Disputed", "scope_conflation": "Likely scope error",
                     "altered_quote": "Altered quote", "internal_conflict": "Contradictory",
                     "unverified_quote": "Unverified"}


def test_claimreview_value_conflict_points_at_the_disputed_claim(report: Report) -> None:
    flag = next(f for f in report.flags if f["kind"] == "value_conflict")
    review = next(r for r in json.loads(render(report, "claimreview")) if r["identifier"] == flag["id"])
    assert "$1.6 billion" in review["claimReviewed"]
    assert review["reviewRating"]["ratingExplanation"] == flag["summary"]
    item = review["itemReviewed"]
    assert item["author"]["@type"] == "Organization"
    # The hostile article's javascript: URL is dropped; the reuters referent is not an appearance.
    assert HOSTILE_URL not in [w.get("url") for w in item["appearance"]]
    assert all("reuters" not in w.get("url", "") for w in item["appearance"])
    assert item["firstAppearance"] == item["appearance"][0]


def test_claimreview_quote_author_is_a_person(report: Report) -> None:
    flag = next(f for f in report.flags if f["kind"] == "altered_quote")
    review = next(r for r in json.loads(render(report, "claimreview")) if r["identifier"] == flag["id"])
    assert review["itemReviewed"]["author"] == {"@type": "Person", "name": "Liang Wenfeng"}
    assert review["claimReviewed"] == "We built it for a small fraction of what others spent,"
    assert review["itemReviewed"]["firstAppearance"]["url"] == "https://techblog.example/deepseek"


def test_markdown_headings_and_evidence(report: Report) -> None:
    text = render(report, "markdown")
    assert text.startswith("# claimcheck report")
    assert "## High (1)" in text and "## Medium (2)" in text and "## Low (2)" in text
    assert text.index("## High") < text.index("## Medium") < text.index("## Low")
    bullets = [line for line in text.splitlines() if line.startswith("- **")]
    assert len(bullets) == EVIDENCE_COUNT
    assert "**$5.6 million**" in text
    assert "[article](https://www.reuters.com/tech/deepseek-cost)" in text


def test_markdown_escapes_crawled_text(report: Report) -> None:
    text = render(report, "markdown")
    assert PWN_SCRIPT not in text and "<img" not in text
    assert "&lt;script&gt;" in text
    assert f"]({HOSTILE_URL})" not in text and "](javascript:" not in text


def test_markdown_helpers() -> None:
    assert md_escape("[x](javascript:alert(1))") == "\\[x\\](javascript:alert(1))"
    assert md_escape("# not a heading") == "\\# not a heading"
    assert md_escape("1. not a list") == "1\\. not a list"
    assert md_escape("2025-01-27") == "2025-01-27"
    assert md_link("a", "javascript:alert(1)") == ""
    assert md_link("a", "https://x.example/a b)") == "[a](https://x.example/a%20b%29)"


@pytest.mark.parametrize("fmt", ["markdown", "html", "csv", "claimreview", "json"])
def test_cli_writes_each_format(db_path: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"report.{fmt}"
    result = CliRunner().invoke(cli, ["report", "--db", str(db_path), "--no-update", "--format", fmt,
                                      "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert out.stat().st_size > 500
