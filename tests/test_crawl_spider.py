"""Offline unit tests of the crawl: saved responses into spider callbacks,
feed/sitemap/robots parsers and URL canonicalisation (no network, no reactor)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from scrapy.http import HtmlResponse, Request, TextResponse, XmlResponse
from scrapy.utils.test import get_crawler

from claimcheck.crawl.discovery import parse_feed, parse_sitemap, robots_sitemaps
from claimcheck.crawl.items import FetchResult
from claimcheck.crawl.spider import NewsSpider
from claimcheck.crawl.urls import amp_to_canonical_guess, canonicalize, looks_like_article_url
from claimcheck.demo.build import SITE_DIR

PAGES = Path(__file__).parent / "data" / "pages"


@pytest.fixture
def spider(tmp_path: Path) -> NewsSpider:
    crawler = get_crawler(NewsSpider, {"CLAIMCHECK_DB": str(tmp_path / "t.db")})
    return NewsSpider.from_crawler(crawler)


def _response(url: str, body: bytes, meta: dict | None = None, cls: type = HtmlResponse) -> TextResponse:
    request = Request(url, meta=meta or {})
    return cls(url=url, body=body, encoding="utf-8", request=request)


def test_html_response_into_callback(spider: NewsSpider) -> None:
    url = "http://news.example.com/business/2025/01/28/chipmaker-shares-slide?utm_source=x&fbclid=1"
    body = (PAGES / "newsarticle_jsonld.html").read_bytes()
    out = list(spider.parse_page(_response(url, body, {"via": "sitemap", "lastmod": "2025-01-28"})))
    assert len(out) == 1 and isinstance(out[0], FetchResult)
    result = out[0]
    assert result.status == "ok" and result.http_status == 200 and result.lastmod == "2025-01-28"
    art = result.article
    assert art is not None
    assert art.url == "http://news.example.com/business/2025/01/28/chipmaker-shares-slide"
    assert art.canonical_url == "http://news.example.com/business/2025/01/28/chipmaker-shares-slide"
    assert art.found_via == "sitemap" and art.fetched_at
    assert art.title == "Chipmaker shares slide after cheap model claim"
    assert art.published == "2025-01-28T09:15:00+00:00"


def test_callback_keeps_news_sitemap_hints(spider: NewsSpider) -> None:
    body = (SITE_DIR / "articles" / "000_09d1cfa4e043314b.html").read_bytes()
    meta = {"via": "sitemap", "published": "2025-09-18", "title": "From the news sitemap"}
    (result,) = spider.parse_page(_response("http://127.0.0.1:1/articles/000.html", body, meta))
    assert result.article.published == "2025-09-18"
    assert result.article.title == "From the news sitemap"


def test_callback_non_article_page(spider: NewsSpider) -> None:
    body = (PAGES / "section_front.html").read_bytes()
    (result,) = spider.parse_page(_response("http://example.com/tech/", body))
    assert result.status == "not_article" and result.article.text == ""


def test_callback_binary_body_is_an_error_record(spider: NewsSpider) -> None:
    resp = _response("http://example.com/a", b"\x00\x01\x02binary\x00" * 50, cls=TextResponse)
    (result,) = spider.parse_page(resp)
    assert result.status == "error" and result.article is None and "binary" in result.error


def test_callback_amp_page_goes_to_canonical(spider: NewsSpider) -> None:
    body = (
        (PAGES / "newsarticle_jsonld.html")
        .read_bytes()
        .replace(b'<html lang="en-GB">', b'<html amp lang="en-GB">')
    )
    out = list(spider.parse_page(_response("https://www.example-times.co.uk/amp/business/x", body)))
    assert isinstance(out[0], FetchResult) and out[0].status == "amp"
    assert isinstance(out[1], Request)
    assert out[1].url == "https://www.example-times.co.uk/business/2025/01/28/chipmaker-shares-slide"


def test_feed_callback_schedules_newest_first(spider: NewsSpider) -> None:
    rss = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
    <item><title>old</title><link>http://x.test/old-story</link><pubDate>Mon, 06 Jan 2025 10:00:00 GMT</pubDate></item>
    <item><title>new</title><link>http://x.test/new-story?utm_medium=rss</link><pubDate>Tue, 28 Jan 2025 10:00:00 GMT</pubDate></item>
    </channel></rss>"""
    spider.since = None
    reqs = list(spider.parse_feed(_response("http://x.test/rss", rss, cls=XmlResponse)))
    assert [r.url for r in reqs] == ["http://x.test/new-story", "http://x.test/old-story"]
    assert reqs[0].priority > reqs[1].priority
    assert reqs[0].meta["via"] == "feed"


def test_feed_callback_since_filters_before_download(spider: NewsSpider) -> None:
    from datetime import date

    spider.since = date(2025, 1, 20)
    rss = (
        b'<rss version="2.0"><channel><item><link>http://x.test/a-1</link><pubDate>Mon, 06 Jan 2025 10:00:00 GMT'
        b"</pubDate></item><item><link>http://x.test/b-2</link><pubDate>Tue, 28 Jan 2025 10:00:00 GMT</pubDate>"
        b"</item></channel></rss>"
    )
    reqs = list(spider.parse_feed(_response("http://x.test/rss", rss, cls=XmlResponse)))
    assert [r.url for r in reqs] == ["http://x.test/b-2"]


# -- discovery parsers ----------------------------------------------------------


def test_parse_atom_feed() -> None:
    atom = b"""<?xml version="1.0" encoding="utf-8"?>
    <feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>
    <entry><title>A</title><link rel="alternate" href="/2025/a-story"/><id>urn:1</id>
    <updated>2025-02-01T10:00:00Z</updated><published>2025-01-31T10:00:00Z</published></entry></feed>"""
    (entry,) = parse_feed(atom, "https://site.test/atom.xml")
    assert entry.url == "https://site.test/2025/a-story"
    assert entry.published.startswith("2025-01-31") and entry.lastmod.startswith("2025-02-01")


def test_parse_json_feed() -> None:
    data = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "t",
        "items": [
            {
                "id": "1",
                "url": "https://site.test/one",
                "title": "One",
                "date_published": "2025-01-02T00:00:00Z",
            },
            {"id": "https://site.test/two", "content_text": "x"},
        ],
    }
    entries = parse_feed(json.dumps(data).encode(), "https://site.test/feed.json")
    assert [e.url for e in entries] == ["https://site.test/one", "https://site.test/two"]
    assert entries[0].published == "2025-01-02T00:00:00Z"


def test_parse_news_sitemap_and_gzip() -> None:
    xml = b"""<?xml version="1.0" encoding="UTF-8"?>
    <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
            xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
      <url><loc>https://site.test/a</loc><lastmod>2025-01-29</lastmod>
        <news:news><news:publication><news:name>Site</news:name><news:language>en</news:language></news:publication>
        <news:publication_date>2025-01-28T08:00:00+00:00</news:publication_date>
        <news:title>Markets fall</news:title></news:news></url>
    </urlset>"""
    for body in (xml, gzip.compress(xml)):
        kind, (entry,) = parse_sitemap(body, "https://site.test/news.xml")
        assert kind == "urlset"
        assert (entry.url, entry.lastmod, entry.published, entry.title) == (
            "https://site.test/a",
            "2025-01-29",
            "2025-01-28T08:00:00+00:00",
            "Markets fall",
        )


def test_parse_sitemap_index_and_invalid() -> None:
    xml = b"""<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
      <sitemap><loc>https://site.test/s1.xml</loc><lastmod>2025-01-01</lastmod></sitemap>
      <sitemap><loc>https://site.test/s2.xml.gz</loc></sitemap></sitemapindex>"""
    kind, entries = parse_sitemap(xml, "https://site.test/sitemap.xml")
    assert kind == "sitemapindex" and [e.url for e in entries] == [
        "https://site.test/s1.xml",
        "https://site.test/s2.xml.gz",
    ]
    assert parse_sitemap(b"<html><body>nope</body></html>", "https://site.test/x")[0] == "invalid"
    assert parse_sitemap(b"", "https://site.test/x") == ("invalid", [])


def test_robots_sitemaps() -> None:
    text = "User-agent: *\nDisallow: /private\nSitemap: https://site.test/news.xml\nsitemap:/s2.xml\n"
    assert robots_sitemaps(text, "https://site.test/robots.txt") == [
        "https://site.test/news.xml",
        "https://site.test/s2.xml",
    ]


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://Example.com:443/a?utm_source=x&id=3&fbclid=abc#frag", "https://example.com/a?id=3"),
        ("http://example.com/a?gclid=1", "http://example.com/a"),
        ("http://127.0.0.1:8080/x?utm_campaign=y&page=2", "http://127.0.0.1:8080/x?page=2"),
        ("https://example.com", "https://example.com/"),
    ],
)
def test_canonicalize(url: str, expected: str) -> None:
    assert canonicalize(url) == expected


def test_amp_guess_and_article_test() -> None:
    assert amp_to_canonical_guess("https://s.test/news/story/amp/") == "https://s.test/news/story/"
    assert amp_to_canonical_guess("https://s.test/story.amp.html") == "https://s.test/story.html"
    assert amp_to_canonical_guess("https://s.test/story?amp=1") == "https://s.test/story"
    assert looks_like_article_url("https://s.test/2025/01/28/markets-fall-sharply")
    assert looks_like_article_url("https://s.test/articles/000_09d1cfa4e043314b.html")
    for url in (
        "https://s.test/",
        "https://s.test/tag/ai",
        "https://s.test/author/jane",
        "https://s.test/logo.png",
        "https://s.test/index.html",
        "mailto:x@s.test",
    ):
        assert not looks_like_article_url(url), url


def test_project_settings_are_polite_and_identify_the_crawler() -> None:
    from scrapy.settings import Settings

    settings = Settings()
    settings.setmodule("spiders.settings", priority="project")
    assert settings.getbool("ROBOTSTXT_OBEY") and settings.getbool("AUTOTHROTTLE_ENABLED")
    assert settings.get("USER_AGENT").startswith("claimcheck/")
    assert settings.getlist("SPIDER_MODULES") == ["spiders"]
    mws = settings.getdict("DOWNLOADER_MIDDLEWARES")
    assert (
        mws["claimcheck.crawl.middlewares.CrawlDelayMiddleware"]
        and mws["claimcheck.crawl.middlewares.BackoffRetryMiddleware"]
    )
    assert "claimcheck.crawl.pipelines.StorePipeline" in settings.getdict("ITEM_PIPELINES")


def test_project_spider_is_the_library_spider() -> None:
    from spiders.news import NewsSpider as ProjectSpider

    assert ProjectSpider.name == "news" and issubclass(ProjectSpider, NewsSpider)


def test_db_path_resolution(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from claimcheck.crawl.pipelines import DEFAULT_DB, db_path

    monkeypatch.delenv("CLAIMCHECK_DB", raising=False)
    crawler = get_crawler(NewsSpider, {})
    assert db_path(crawler) == DEFAULT_DB == Path("db/claims.db")
    monkeypatch.setenv("CLAIMCHECK_DB", "env.db")
    assert db_path(crawler) == Path("env.db")
    crawler = get_crawler(NewsSpider, {"CLAIMCHECK_DB": "setting.db"})
    assert db_path(crawler) == Path("setting.db")
    crawler.spider = NewsSpider.from_crawler(crawler, db="arg.db")
    assert db_path(crawler) == Path("arg.db")


def test_retry_after_parsing() -> None:
    import time
    from email.utils import formatdate

    from claimcheck.crawl.middlewares import retry_after_seconds

    assert retry_after_seconds(b"120") == 120.0
    assert retry_after_seconds(None) is None and retry_after_seconds(b"soon") is None
    future = retry_after_seconds(formatdate(time.time() + 30, usegmt=True))
    assert future is not None and 25 <= future <= 31
