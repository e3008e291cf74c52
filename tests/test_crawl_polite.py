"""Politeness on the real web, tested with real crawls: robots.txt rules and
Crawl-delay, an identifying User-Agent, 429/503 retried after Retry-After."""

from __future__ import annotations

import itertools
from pathlib import Path

from httpserver import HTML, TEXT, TestServer, article_html, rows, run_scrapy


def _pages(n: int) -> dict:
    return {
        f"/news/story-{i}.html": (200, HTML, article_html(f"Story number {i}", word=f"w{i}"))
        for i in range(1, n + 1)
    }


def test_robots_disallow_is_obeyed_and_user_agent_identifies(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    routes = _pages(2)
    routes["/robots.txt"] = (200, TEXT, "User-agent: *\nDisallow: /news/story-2.html\n")
    with TestServer(routes) as srv:
        run_scrapy(db, "-a", f"urls={srv.url('/news/story-1.html')},{srv.url('/news/story-2.html')}")
        assert srv.counts["/robots.txt"] == 1
        assert srv.counts["/news/story-1.html"] == 1 and srv.counts["/news/story-2.html"] == 0
        assert all(ua.startswith("claimcheck/") for ua in srv.user_agents)
    statuses = {f["url"].rsplit("/", 1)[-1]: f["status"] for f in rows(db, "SELECT * FROM fetches")}
    assert statuses == {"story-1.html": "ok", "story-2.html": "robots"}


def test_crawl_delay_is_enforced_per_domain(tmp_path: Path) -> None:
    routes = _pages(3)
    routes["/robots.txt"] = (200, TEXT, "User-agent: *\nCrawl-delay: 1\nAllow: /\n")
    with TestServer(routes) as srv:
        urls = ",".join(srv.url(f"/news/story-{i}.html") for i in (1, 2, 3))
        run_scrapy(
            tmp_path / "c.db",
            "-a",
            f"urls={urls}",
            "-s",
            "CONCURRENT_REQUESTS_PER_DOMAIN=8",
            "-s",
            "AUTOTHROTTLE_ENABLED=False",
        )
        times = sorted(t for i in (1, 2, 3) for t in srv.times[f"/news/story-{i}.html"])
    assert len(times) == 3
    gaps = [b - a for a, b in itertools.pairwise(times)]
    assert min(gaps) >= 0.9, gaps


def test_429_retried_after_retry_after(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    page = article_html("Story number 1")
    routes = {
        "/news/story-1.html": lambda n: (
            (429, {"Retry-After": "2", **TEXT}, "slow down") if n == 1 else (200, HTML, page)
        )
    }
    with TestServer(routes) as srv:
        run_scrapy(db, "-a", f"urls={srv.url('/news/story-1.html')}")
        t = srv.times["/news/story-1.html"]
    assert len(t) == 2 and t[1] - t[0] >= 1.9
    assert rows(db, "SELECT status FROM articles") == [{"status": "ok"}]


def test_503_backs_off_exponentially_without_retry_after(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    page = article_html("Story number 1")
    routes = {"/news/story-1.html": lambda n: (503, TEXT, "busy") if n <= 2 else (200, HTML, page)}
    with TestServer(routes) as srv:
        run_scrapy(db, "-a", f"urls={srv.url('/news/story-1.html')}", "-s", "CLAIMCHECK_RETRY_BACKOFF=0.5")
        t = srv.times["/news/story-1.html"]
    assert len(t) == 3
    assert t[1] - t[0] >= 0.45 and t[2] - t[1] >= 0.95  # 0.5 s, then 1 s
    assert rows(db, "SELECT status FROM articles") == [{"status": "ok"}]


def test_gives_up_after_retries_and_records_error(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    with TestServer({"/news/story-1.html": (503, {"Retry-After": "0", **TEXT}, "down")}) as srv:
        run_scrapy(db, "-a", f"urls={srv.url('/news/story-1.html')}", "-s", "RETRY_TIMES=2")
        assert srv.counts["/news/story-1.html"] == 3
    (f,) = rows(db, "SELECT * FROM fetches")
    assert f["status"] == "error" and f["http_status"] == 503
