"""Concurrency on one database: a crawl writing while ``claimcheck report``
and a plain read-only SQLite reader (a stand-in for Datasette) read it, and
two crawls of the same site into one database at the same time. Everyone
succeeds; no duplicates; no "database is locked"."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

from conftest import run_command
from httpserver import FAST, HTML, REPO_ROOT, TEXT, XML, TestServer, article_html, rows, slow

N_PAGES = 24


def _routes(delay: float) -> dict:
    routes: dict = {"/robots.txt": (200, TEXT, "User-agent: *\nAllow: /\n")}
    for i in range(N_PAGES):
        page = article_html(f"Lab {i} says training cost $6 million", word=f"lab{i}").replace(
            "</article>",
            f"<p>Lab {i} said the model cost $6 million to train on 2,048 H800 chips.</p></article>",
        )
        routes[f"/n/{i}.html"] = slow((200, HTML, page), delay)
    locs = "".join(f"<url><loc>{{base}}/n/{i}.html</loc></url>" for i in range(N_PAGES))
    routes["/sitemap.xml"] = (
        200,
        XML,
        f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{locs}</urlset>',
    )
    return routes


def _start_crawl(db: Path, srv: TestServer, *extra: str) -> subprocess.Popen[str]:
    env = dict(os.environ, PYTHONPATH=str(REPO_ROOT))
    env.pop("CLAIMCHECK_DB", None)
    cmd = [sys.executable, "-m", "scrapy", "crawl", "news", *FAST, "-a", f"sitemaps={srv.url('/sitemap.xml')}",
           "-a", f"db={db}", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=2", *extra]  # fmt: skip
    return subprocess.Popen(
        cmd, cwd=REPO_ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def _finish(proc: subprocess.Popen[str]) -> str:
    _out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err[-3000:]
    assert "Traceback" not in err and "database is locked" not in err, err[-3000:]
    return err


def test_crawl_writes_while_report_and_readonly_reader_read(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    reads: list[int] = []
    errors: list[str] = []
    stop = threading.Event()

    def reader() -> None:  # Datasette stand-in: read-only URI connection, polling
        while not stop.is_set():
            try:
                conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
                try:
                    reads.append(conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0])
                    conn.execute("SELECT url, status FROM fetches").fetchall()
                finally:
                    conn.close()
            except sqlite3.OperationalError as exc:
                if "no such table" not in str(exc) and "unable to open" not in str(exc):
                    errors.append(str(exc))
            time.sleep(0.02)

    with TestServer(_routes(0.4)) as srv:
        crawl = _start_crawl(db, srv)
        thread = threading.Thread(target=reader, daemon=True)
        thread.start()
        deadline = time.monotonic() + 60
        while not (reads and reads[-1] >= 2) and time.monotonic() < deadline:
            time.sleep(0.05)
        running_during_report = crawl.poll() is None
        report = run_command(
            [sys.executable, "-m", "claimcheck", "report", "--db", str(db), "--format", "json"], timeout=120
        )
        _finish(crawl)
        stop.set()
        thread.join(timeout=10)
    assert report.returncode == 0, report.stderr[-3000:]
    assert '"articles"' in report.stdout and "Traceback" not in report.stderr
    assert running_during_report, "the crawl ended before the report started: slow the pages down"
    assert not errors, errors[:3]
    assert reads and max(reads) >= 2 and reads == sorted(reads)  # readers see commits, in order
    assert rows(db, "SELECT COUNT(*) AS n FROM articles WHERE status = 'ok'")[0]["n"] == N_PAGES


def test_two_crawls_on_one_database_at_once(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    with TestServer(_routes(0.05)) as srv:
        first, second = _start_crawl(db, srv), _start_crawl(db, srv)
        _finish(first)
        _finish(second)
    assert rows(db, "SELECT COUNT(*) AS n, COUNT(DISTINCT url) AS urls FROM articles") == [
        {"n": N_PAGES, "urls": N_PAGES}
    ]
    assert rows(db, "SELECT COUNT(*) AS n FROM fetches WHERE status = 'ok'")[0]["n"] == N_PAGES
    assert rows(db, "SELECT COUNT(*) AS n FROM article_versions")[0]["n"] == N_PAGES  # no duplicate texts
    assert (
        rows(db, "SELECT COUNT(*) AS n FROM runs WHERE stage = 'crawl' AND finished_at IS NOT NULL")[0]["n"]
        == 2
    )
