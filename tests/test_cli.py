"""The command line as users meet it: errors are one line and an exit code, never a traceback."""

from __future__ import annotations

import json
from pathlib import Path


def _assert_clean_error(result, message: str, code: int = 1) -> None:
    assert result.returncode == code, result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert message in result.stderr


def test_help_lists_every_command(claimcheck_cli) -> None:
    result = claimcheck_cli("--help")
    assert result.returncode == 0
    for command in ("crawl", "ingest", "extract", "reconcile", "report", "review", "eval", "stats"):
        assert command in result.stdout


def test_report_on_missing_database(claimcheck_cli, tmp_path: Path) -> None:
    _assert_clean_error(claimcheck_cli("report", "--db", str(tmp_path / "none.db")), "Error: database not found")


def test_report_on_corrupt_database(claimcheck_cli, tmp_path: Path) -> None:
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"garbage" * 1000)
    _assert_clean_error(claimcheck_cli("report", "--db", str(bad)), "Error: cannot open database")


def test_database_path_is_a_directory(claimcheck_cli, tmp_path: Path) -> None:
    _assert_clean_error(claimcheck_cli("stats", "--db", str(tmp_path)), "Error:")


def test_ingest_missing_file(claimcheck_cli, tmp_path: Path) -> None:
    _assert_clean_error(claimcheck_cli("ingest", "--db", str(tmp_path / "c.db"), str(tmp_path / "nope.txt")),
                        "Error: no such file")


def test_ingest_empty_text(claimcheck_cli, tmp_path: Path) -> None:
    empty = tmp_path / "empty.json"
    empty.write_text('{"text": "  "}')
    _assert_clean_error(claimcheck_cli("ingest", "--db", str(tmp_path / "c.db"), str(empty)), "'text' is missing or empty")


def test_unknown_format_is_a_usage_error(claimcheck_cli, tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    claimcheck_cli("stats", "--db", str(db))
    text = tmp_path / "a.txt"
    text.write_text("Nothing to see.")
    assert claimcheck_cli("ingest", "--db", str(db), str(text)).returncode == 0
    _assert_clean_error(claimcheck_cli("report", "--db", str(db), "--format", "pdf", "--no-update"), "unknown format", code=2)


def test_review_unknown_flag(claimcheck_cli, tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    (tmp_path / "a.txt").write_text("Nothing to see.")
    claimcheck_cli("ingest", "--db", str(db), str(tmp_path / "a.txt"))
    _assert_clean_error(claimcheck_cli("review", "--db", str(db), "abc123", "--confirm"), "Error: no flag")


def test_eval_missing_gold(claimcheck_cli, tmp_path: Path) -> None:
    _assert_clean_error(claimcheck_cli("eval", str(tmp_path / "gold.json")), "Error: no such file")


def test_stats_counts_tables(claimcheck_cli, tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    (tmp_path / "a.txt").write_text("Nothing to see.")
    claimcheck_cli("ingest", "--db", str(db), str(tmp_path / "a.txt"))
    result = claimcheck_cli("stats", "--db", str(db))
    assert result.returncode == 0
    assert any(line.split()[:2] == ["articles", "1"] for line in result.stdout.splitlines())


def test_db_from_environment(claimcheck_cli, tmp_path: Path) -> None:
    db = tmp_path / "env.db"
    (tmp_path / "a.txt").write_text("Nothing to see.")
    result = claimcheck_cli("ingest", str(tmp_path / "a.txt"), env={"CLAIMCHECK_DB": str(db)})
    assert result.returncode == 0 and db.exists()
    report = claimcheck_cli("report", "--format", "json", env={"CLAIMCHECK_DB": str(db)})
    assert report.returncode == 0, report.stderr
    assert json.loads(report.stdout)["articles"] == 1
