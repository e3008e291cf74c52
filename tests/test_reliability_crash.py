"""Crash safety: a crawl killed with SIGKILL mid-way and restarted loses no
stored article and fetches each remaining page once; an article and its fetch
record are committed together or not at all."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from httpserver import FAST, HTML, REPO_ROOT, TEXT, XML, TestServer, article_html, rows, run_scrapy, slow

N_PAGES = 40


def _stored(db: Path) -> dict[str, str]:
    """url → text_hash of the ok articles, read-only (the crawl may be writing)."""
    if not db.exists():
        return {}
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return dict(conn.execute("SELECT url, text_hash FROM articles WHERE status = 'ok'").fetchall())
        finally:
            conn.close()
    except sqlite3.OperationalError:
        return {}  # not created yet


def test_killed_crawl_restarts_without_loss_or_refetch(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    routes: dict = {"/robots.txt": (200, TEXT, "User-agent: *\nAllow: /\n")}
    for i in range(N_PAGES):
        routes[f"/p/{i}.html"] = slow((200, HTML, article_html(f"Page {i}", word=f"w{i}")), 0.15)
    locs = "".join(f"<url><loc>{{base}}/p/{i}.html</loc></url>" for i in range(N_PAGES))
    routes["/sitemap.xml"] = (
        200,
        XML,
        f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{locs}</urlset>',
    )
    env = dict(os.environ, PYTHONPATH=str(REPO_ROOT))
    env.pop("CLAIMCHECK_DB", None)
    with TestServer(routes) as srv:
        sitemap = ("-a", f"sitemaps={srv.url('/sitemap.xml')}", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=2")
        cmd = [sys.executable, "-m", "scrapy", "crawl", "news", *FAST, *sitemap, "-a", f"db={db}"]
        proc = subprocess.Popen(
            cmd, cwd=REPO_ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        try:
            deadline = time.monotonic() + 60
            while len(_stored(db)) < 8 and time.monotonic() < deadline and proc.poll() is None:
                time.sleep(0.05)
            os.kill(proc.pid, signal.SIGKILL)
        finally:
            proc.wait(timeout=10)
        before = _stored(db)
        assert 8 <= len(before) < N_PAGES, f"kill came too late or too early: {len(before)} stored"
        first_counts = dict(srv.counts)
        srv.reset_counts()

        run_scrapy(db, *sitemap, timeout=90)
        second_counts = dict(srv.counts)

    after = _stored(db)
    assert len(after) == N_PAGES  # every page ends up stored
    assert all(after[url] == digest for url, digest in before.items())  # nothing stored was lost or altered
    stored_paths = {url[len(srv.base_url) :] for url in before}
    for i in range(N_PAGES):
        path = f"/p/{i}.html"
        if path in stored_paths:
            assert first_counts.get(path) == 1 and path not in second_counts, path  # not re-fetched
        else:
            assert second_counts.get(path) == 1, path  # each remaining page fetched once
    fetches = rows(db, "SELECT status, COUNT(*) AS n FROM fetches GROUP BY status")
    assert fetches == [{"status": "ok", "n": N_PAGES}]
    assert rows(db, "SELECT COUNT(*) AS n FROM article_versions")[0]["n"] == N_PAGES


def test_article_and_fetch_record_commit_together(tmp_path: Path) -> None:
    """A crash between saving an article and recording its fetch (here: an
    error in ``record_fetch``) leaves neither, so the next crawl fetches the
    page again instead of keeping an article it would re-download, or a fetch
    record that skips a page never stored."""
    from scrapy.utils.test import get_crawler

    from claimcheck.crawl.items import FetchResult
    from claimcheck.crawl.pipelines import StorePipeline
    from claimcheck.crawl.spider import NewsSpider
    from claimcheck.model import Article

    db = tmp_path / "t.db"
    crawler = get_crawler(NewsSpider, {"CLAIMCHECK_DB": str(db)})
    pipeline = StorePipeline.from_crawler(crawler)
    pipeline.open_spider()

    def crash(*args: object, **kwargs: object) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    pipeline.store.record_fetch = crash
    article = Article(url="http://x.test/a", text="word " * 40, status="ok", title="A")
    with pytest.raises(sqlite3.OperationalError):
        pipeline.process_item(
            FetchResult(url="http://x.test/a", status="ok", http_status=200, article=article)
        )
    pipeline.close_spider()
    assert rows(db, "SELECT COUNT(*) AS n FROM articles")[0]["n"] == 0
    assert rows(db, "SELECT COUNT(*) AS n FROM fetches")[0]["n"] == 0
