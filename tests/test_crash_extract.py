"""A killed ``claimcheck extract`` leaves no half-written claims, and the next run resumes."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from conftest import DATA_DIR, run_command


def _articles(n: int) -> list[dict[str, str]]:
    seeds = sorted((DATA_DIR / "seeds").glob("*.txt"))
    texts = [p.read_text() for p in seeds]
    return [{"url": f"https://copy{i}.example/a", "text": f"Edition {i}.\n" + texts[i % len(texts)]} for i in range(n)]


def _extracted(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT count(*) FROM articles WHERE extractor IS NOT NULL").fetchone()[0]


def test_killed_extract_resumes_without_half_written_articles(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    batch = tmp_path / "batch.json"
    total = 60
    batch.write_text(json.dumps(_articles(total)))
    assert run_command([sys.executable, "-m", "claimcheck", "ingest", "--db", str(db), str(batch)]).returncode == 0

    proc = subprocess.Popen([sys.executable, "-m", "claimcheck", "extract", "--db", str(db)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while _extracted(db) < 3 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    done = _extracted(db)
    assert 0 < done < total, "extraction should have been killed part-way"

    with sqlite3.connect(db) as conn:
        orphans = conn.execute(
            """SELECT count(*) FROM claims c JOIN articles a ON a.id = c.article_id
               WHERE a.extractor IS NULL"""
        ).fetchone()[0]
        assert orphans == 0, "claims written for an article not marked extracted"

    again = run_command([sys.executable, "-m", "claimcheck", "extract", "--db", str(db)])
    assert again.returncode == 0, again.stderr
    assert f"articles {total - done}" in again.stderr
    assert _extracted(db) == total
