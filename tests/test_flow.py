"""The whole flow, end to end, as README's main job runs it.

``scrapy crawl news`` crawls the bundled demo corpus over real HTTP into a
fresh database, ``claimcheck report`` extracts, reconciles and reports. The
expected findings come from the labelled gold file, not from this test.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import DATA_DIR, run_command

GOLD = json.loads((DATA_DIR / "seeds.gold.json").read_text())
QUOTE_KINDS = ("unverified_quote", "altered_quote", "misattributed_quote")


@pytest.fixture(scope="module")
def crawled_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("flow") / "claims.db"
    crawl = run_command([sys.executable, "-m", "scrapy", "crawl", "news"], env={"CLAIMCHECK_DB": str(db)})
    assert crawl.returncode == 0, crawl.stderr[-3000:]
    return db


@pytest.fixture(scope="module")
def report(crawled_db: Path) -> dict[str, Any]:
    result = run_command([sys.executable, "-m", "claimcheck", "report", "--db", str(crawled_db), "--format", "json"])
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout)


def _covers(evidence: dict[str, Any], value: float) -> bool:
    if evidence.get("value") == value:
        return True
    low, high = evidence.get("low"), evidence.get("high")
    return low is not None and low <= value and (high is None or value <= high)


def _flags(report: dict[str, Any], kind: str, subject: str | None = None, attribute: str | None = None):
    return [f for f in report["flags"] if f["kind"] == kind
            and (subject is None or f["subject"] == subject)
            and (attribute is None or f["attribute"] == attribute)]


def test_demo_crawl_stores_every_article(report: dict[str, Any]) -> None:
    assert report["articles"] == len(GOLD["articles"])
    assert report["claims"] > 0 and report["quotes"] > 0


@pytest.mark.parametrize("gold", [f for f in GOLD["flags"] if "values" in f], ids=lambda f: f["kind"])
def test_value_flags_from_gold(report: dict[str, Any], gold: dict[str, Any]) -> None:
    matches = _flags(report, gold["kind"], gold["subject"], gold["attribute"])
    assert matches, f"no {gold['kind']} on {gold['subject']} {gold['attribute']}: {gold['why']}"
    flag = matches[0]
    for value in gold["values"]:
        assert any(_covers(e, value) for e in flag["evidence"]), f"{value} missing from {flag['summary']}"
    for evidence in flag["evidence"]:
        assert evidence["sentence"] and evidence["article"]["url"].startswith("http://127.0.0.1")
    assert flag["summary"]


def test_unverified_quote_is_the_top_quote_flag(report: dict[str, Any]) -> None:
    gold = next(f for f in GOLD["flags"] if f["kind"] == "unverified_quote")
    quote_flags = [f for f in report["flags"] if f["kind"] in QUOTE_KINDS]
    top = max(quote_flags, key=lambda f: f["score"])
    assert top["kind"] == "unverified_quote", top["summary"]
    [evidence] = [e for e in top["evidence"] if e["type"] == "quote"][:1]
    assert evidence["speaker"] == gold["speaker"]
    assert gold["quote"] in evidence["text"]


def test_altered_quote_from_gold(report: dict[str, Any]) -> None:
    gold = next(f for f in GOLD["flags"] if f["kind"] == "altered_quote")
    altered = [f for f in _flags(report, "altered_quote")
               if any(e["speaker"] == gold["speaker"] for e in f["evidence"])]
    assert altered, gold["why"]
    renderings = {e["text"] for e in altered[0]["evidence"]}
    assert len(renderings) >= 2


def test_nothing_in_must_not_flag_is_reported(report: dict[str, Any]) -> None:
    for gold in GOLD["must_not_flag"]:
        assert not _flags(report, gold["kind"], gold["subject"], gold["attribute"]), gold["why"]
    for flag in _flags(report, "value_conflict", attribute="gpu_count"):
        subjects = {e.get("subject") for e in flag["evidence"]}
        assert len(subjects) == 1, f"chip counts of different subjects compared: {flag['summary']}"


def test_text_report_shows_summaries_and_evidence(crawled_db: Path, report: dict[str, Any]) -> None:
    result = run_command([sys.executable, "-m", "claimcheck", "report", "--db", str(crawled_db)])
    assert result.returncode == 0, result.stderr
    for flag in report["flags"]:
        assert flag["id"] in result.stdout
    assert "http://127.0.0.1" in result.stdout


def test_second_report_changes_nothing(crawled_db: Path, report: dict[str, Any]) -> None:
    again = run_command([sys.executable, "-m", "claimcheck", "report", "--db", str(crawled_db), "--format", "json"])
    assert [f["id"] for f in json.loads(again.stdout)["flags"]] == [f["id"] for f in report["flags"]]


def test_ingesting_the_same_articles_from_files_finds_the_same_flags(tmp_path: Path, report: dict[str, Any]) -> None:
    db = tmp_path / "files.db"
    seeds = sorted((DATA_DIR / "seeds").glob("*.txt"))
    ingest = run_command([sys.executable, "-m", "claimcheck", "ingest", "--db", str(db), *map(str, seeds)])
    assert ingest.returncode == 0, ingest.stderr
    result = run_command([sys.executable, "-m", "claimcheck", "report", "--db", str(db), "--format", "json"])
    from_files = json.loads(result.stdout)
    kinds = lambda r: sorted((f["kind"], f["subject"] or "", f["attribute"] or "") for f in r["flags"])  # noqa: E731
    assert kinds(from_files) == kinds(report)
