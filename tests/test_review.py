"""A reviewer's verdict survives re-runs, and filters show or hide reviewed flags."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from conftest import DATA_DIR, run_command


def _report(db: Path, *args: str) -> dict:
    result = run_command([sys.executable, "-m", "claimcheck", "report", "--db", str(db), "--format", "json", *args])
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_dismissed_flag_keeps_its_verdict_across_reextraction(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    seeds = sorted(map(str, (DATA_DIR / "seeds").glob("*.txt")))
    assert run_command([sys.executable, "-m", "claimcheck", "ingest", "--db", str(db), *seeds]).returncode == 0
    flag = _report(db)["flags"][0]

    review = run_command([sys.executable, "-m", "claimcheck", "review", "--db", str(db), flag["id"][:8],
                          "--dismiss", "--note", "checked with the publisher"])
    assert review.returncode == 0, review.stderr
    assert flag["id"] not in {f["id"] for f in _report(db)["flags"]}

    forced = run_command([sys.executable, "-m", "claimcheck", "extract", "--db", str(db), "--force"])
    assert forced.returncode == 0, forced.stderr
    assert run_command([sys.executable, "-m", "claimcheck", "reconcile", "--db", str(db)]).returncode == 0
    [kept] = [f for f in _report(db, "--status", "dismissed")["flags"] if f["id"] == flag["id"]]
    assert kept["status"] == "dismissed" and kept["note"] == "checked with the publisher"
    assert kept["first_seen"] == flag["first_seen"]


def test_review_needs_a_verdict(tmp_path: Path) -> None:
    result = run_command([sys.executable, "-m", "claimcheck", "review", "--db", str(tmp_path / "c.db"), "abc"])
    assert result.returncode == 2 and "Traceback" not in result.stderr
