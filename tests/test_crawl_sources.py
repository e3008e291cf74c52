"""Real crawls over HTTP of sources a test server provides: URLs, feeds,
sitemaps (news, index, gzip), robots.txt Sitemap lines, incremental re-crawls,
``since``, canonical URLs, AMP, link following and a sources TOML file."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from httpserver import HTML, TEXT, XML, TestServer, article_html, rows, run_scrapy


def _site(n: int = 3, lastmod: str | None = None) -> dict:
    routes: dict = {"/robots.txt": (200, TEXT, "User-agent: *\nAllow: /\n")}
    for i in range(1, n + 1):
        routes[f"/news/story-{i}.html"] = (200, HTML, article_html(f"Story number {i}", word=f"topic{i}"))
    lm = f"<lastmod>{lastmod}</lastmod>" if lastmod else ""
    urls = "".join(f"<url><loc>{{base}}/news/story-{i}.html</loc>{lm}</url>" for i in range(1, n + 1))
    routes["/sitemap.xml"] = (
        200,
        XML,
        f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>',
    )
    return routes


def test_crawl_urls(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    with TestServer(_site()) as srv:
        run_scrapy(db, "-a", f"urls={srv.url('/news/story-1.html')},{srv.url('/news/story-2.html')}")
        assert srv.counts["/news/story-3.html"] == 0
    arts = rows(db, "SELECT title, found_via, status FROM articles ORDER BY title")
    assert arts == [
        {"title": "Story number 1", "found_via": "url", "status": "ok"},
        {"title": "Story number 2", "found_via": "url", "status": "ok"},
    ]


def test_crawl_feeds_rss_atom_json(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    routes = _site(3)
    routes["/rss.xml"] = (
        200,
        XML,
        (
            '<rss version="2.0"><channel><title>t</title><item><title>1</title>'
            "<link>{base}/news/story-1.html</link></item></channel></rss>"
        ),
    )
    routes["/atom.xml"] = (
        200,
        XML,
        (
            '<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><entry><title>2</title>'
            '<link href="{base}/news/story-2.html"/><id>urn:2</id><updated>2025-01-01T00:00:00Z</updated>'
            "</entry></feed>"
        ),
    )
    routes["/feed.json"] = (
        200,
        {"Content-Type": "application/feed+json"},
        json.dumps(
            {
                "version": "https://jsonfeed.org/version/1.1",
                "title": "t",
                "items": [{"id": "3", "url": "{base}/news/story-3.html"}],
            }
        ),
    )
    with TestServer(routes) as srv:
        run_scrapy(db, "-a", "feeds=" + ",".join(srv.url(p) for p in ("/rss.xml", "/atom.xml", "/feed.json")))
    arts = rows(db, "SELECT title, found_via FROM articles ORDER BY title")
    assert [a["title"] for a in arts] == ["Story number 1", "Story number 2", "Story number 3"]
    assert {a["found_via"] for a in arts} == {"feed"}


def test_crawl_sitemap_index_gzip_and_news_sitemap(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    routes = _site(3)
    news = (
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
        "<url><loc>{base}/news/story-1.html</loc><news:news><news:publication><news:name>S</news:name>"
        "<news:language>en</news:language></news:publication>"
        "<news:publication_date>2025-01-28T08:00:00+00:00</news:publication_date>"
        "<news:title>Story number 1</news:title></news:news></url></urlset>"
    )
    plain = (
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>{base}/news/story-2.html</loc>'
        "</url><url><loc>{base}/news/story-3.html</loc></url></urlset>"
    )
    routes["/news-sitemap.xml"] = (200, XML, news)
    routes["/sitemap-2.xml.gz"] = lambda n: (
        200,
        {"Content-Type": "application/x-gzip"},
        gzip.compress(plain.replace("{base}", srv.base_url).encode()),
    )
    routes["/sitemap_index.xml"] = (
        200,
        XML,
        (
            '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            "<sitemap><loc>{base}/news-sitemap.xml</loc></sitemap>"
            "<sitemap><loc>{base}/sitemap-2.xml.gz</loc></sitemap></sitemapindex>"
        ),
    )
    with TestServer(routes) as srv:
        run_scrapy(db, "-a", f"sitemaps={srv.url('/sitemap_index.xml')}")
    arts = {a["title"]: a for a in rows(db, "SELECT * FROM articles")}
    assert set(arts) == {"Story number 1", "Story number 2", "Story number 3"}
    # the news sitemap's publication date fills what the page does not say
    assert arts["Story number 1"]["published"] == "2025-01-28T08:00:00+00:00"
    assert arts["Story number 2"]["published"] is None


def test_sites_use_robots_sitemap_lines(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    routes = _site(2)
    routes["/maps/articles.xml"] = routes.pop("/sitemap.xml")
    routes["/robots.txt"] = (200, TEXT, "User-agent: *\nAllow: /\nSitemap: {base}/maps/articles.xml\n")
    with TestServer(routes) as srv:
        run_scrapy(db, "-a", f"sites={srv.base_url}")
        assert srv.counts["/maps/articles.xml"] == 1
    assert len(rows(db, "SELECT id FROM articles WHERE status = 'ok'")) == 2


def test_incremental_recrawl_fetches_only_new_and_changed(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    routes = _site(3, lastmod="2025-01-01")
    with TestServer(routes) as srv:
        run_scrapy(db, "-a", f"sitemaps={srv.url('/sitemap.xml')}")
        assert all(srv.counts[f"/news/story-{i}.html"] == 1 for i in (1, 2, 3))
        # unchanged site: only the sitemap is fetched again
        srv.reset_counts()
        run_scrapy(db, "-a", f"sitemaps={srv.url('/sitemap.xml')}")
        assert srv.counts["/sitemap.xml"] == 1
        assert sum(v for k, v in srv.counts.items() if k.startswith("/news/")) == 0
        # story 2 edited (new lastmod) and story 4 published
        srv.routes["/news/story-2.html"] = (200, HTML, article_html("Story number 2", word="edited"))
        srv.routes["/news/story-4.html"] = (200, HTML, article_html("Story number 4", word="fresh"))
        srv.routes["/sitemap.xml"] = (
            200,
            XML,
            srv.routes["/sitemap.xml"][2]
            .replace("story-2.html</loc><lastmod>2025-01-01", "story-2.html</loc><lastmod>2025-02-02")
            .replace("</urlset>", "<url><loc>{base}/news/story-4.html</loc></url></urlset>"),
        )
        srv.reset_counts()
        run_scrapy(db, "-a", f"sitemaps={srv.url('/sitemap.xml')}")
        fetched = sorted(k for k, v in srv.counts.items() if k.startswith("/news/") and v)
        assert fetched == ["/news/story-2.html", "/news/story-4.html"]
        # refetch ignores the record
        srv.reset_counts()
        run_scrapy(db, "-a", f"sitemaps={srv.url('/sitemap.xml')}", "-a", "refetch=1")
        assert sum(v for k, v in srv.counts.items() if k.startswith("/news/")) == 4
    story2 = rows(db, "SELECT id FROM articles WHERE title = 'Story number 2'")[0]["id"]
    assert len(rows(db, "SELECT * FROM article_versions WHERE article_id = ?", (story2,))) == 2
    counts = [json.loads(r["counts"]) for r in rows(db, "SELECT counts FROM runs ORDER BY id")]
    assert counts[1]["skipped_unchanged"] == 3 and counts[2].get("changed") == 1 and counts[2].get("new") == 1


def test_since_filters_before_download_newest_first(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    routes = _site(3)
    dates = {1: "2024-12-30", 2: "2025-01-15", 3: "2025-01-20"}
    items = "".join(
        f"<item><link>{{base}}/news/story-{i}.html</link><pubDate>"
        f"{['', 'Mon, 30 Dec 2024', 'Wed, 15 Jan 2025', 'Mon, 20 Jan 2025'][i]} 10:00:00 GMT</pubDate></item>"
        for i in dates
    )
    routes["/rss.xml"] = (200, XML, f'<rss version="2.0"><channel><title>t</title>{items}</channel></rss>')
    with TestServer(routes) as srv:
        run_scrapy(
            db, "-a", f"feeds={srv.url('/rss.xml')}", "-a", "since=2025-01-01", "-s", "CONCURRENT_REQUESTS=1"
        )
        assert srv.counts["/news/story-1.html"] == 0
        order = sorted((srv.times[f"/news/story-{i}.html"][0], i) for i in (2, 3))
    assert [i for _, i in order] == [3, 2]  # newest first
    assert sorted(a["title"] for a in rows(db, "SELECT title FROM articles")) == [
        "Story number 2",
        "Story number 3",
    ]


def test_tracking_params_and_canonical_make_one_article(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    head = '<link rel="canonical" href="/news/story-1.html">'
    routes = {"/news/story-1.html": (200, HTML, article_html("Story number 1", extra_head=head))}
    with TestServer(routes) as srv:
        u = srv.url("/news/story-1.html")
        run_scrapy(db, "-a", f"urls={u}?utm_source=tw&utm_medium=social,{u}?fbclid=XYZ,{u}?gclid=1")
        assert srv.counts["/news/story-1.html"] == 1
    (art,) = rows(db, "SELECT url, canonical_url FROM articles")
    assert art["url"] == art["canonical_url"] == u
    assert [f["url"] for f in rows(db, "SELECT url FROM fetches")] == [u]


def test_amp_page_is_replaced_by_its_canonical(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    routes = {
        "/news/story-1/amp": (
            200,
            HTML,
            article_html(
                "Story number 1",
                html_attrs=" amp",
                extra_head='<link rel="canonical" href="{base}/news/story-1">',
            ),
        ),
        "/news/story-1": (
            200,
            HTML,
            article_html("Story number 1", extra_head='<link rel="canonical" href="{base}/news/story-1">'),
        ),
    }
    with TestServer(routes) as srv:
        run_scrapy(db, "-a", f"urls={srv.url('/news/story-1/amp')}")
        assert srv.counts["/news/story-1"] == 1
    (art,) = rows(db, "SELECT url, canonical_url FROM articles")
    assert art["url"].endswith("/news/story-1")
    statuses = {f["url"].rsplit("/", 1)[-1]: f["status"] for f in rows(db, "SELECT * FROM fetches")}
    assert statuses == {"amp": "amp", "story-1": "ok"}


def test_link_following_is_opt_in_with_depth(tmp_path: Path) -> None:
    routes = _site(3)
    routes["/index.html"] = (
        200,
        HTML,
        (
            '<html><body><a href="/news/story-1.html">1</a> <a href="/tag/ai">tag</a>'
            '<a href="https://elsewhere.example/x-y">out</a></body></html>'
        ),
    )
    routes["/news/story-1.html"] = (
        200,
        HTML,
        article_html("Story number 1").replace(
            "</article>", '<a href="/news/story-2.html">next story</a></article>'
        ),
    )
    routes["/news/story-2.html"] = (
        200,
        HTML,
        article_html("Story number 2").replace(
            "</article>", '<a href="/news/story-3.html">next story</a></article>'
        ),
    )
    with TestServer(routes) as srv:
        run_scrapy(tmp_path / "off.db", "-a", f"urls={srv.url('/index.html')}")
        assert srv.counts["/news/story-1.html"] == 0
        run_scrapy(tmp_path / "on.db", "-a", f"urls={srv.url('/index.html')}", "-a", "follow=2")
        assert srv.counts["/news/story-1.html"] == 1 and srv.counts["/news/story-2.html"] == 1
        assert srv.counts["/news/story-3.html"] == 0  # depth 3
        assert srv.counts["/tag/ai"] == 0
    titles = sorted(
        a["title"] for a in rows(tmp_path / "on.db", "SELECT title FROM articles WHERE status = 'ok'")
    )
    assert titles == ["Story number 1", "Story number 2"]
    assert {
        a["found_via"] for a in rows(tmp_path / "on.db", "SELECT found_via FROM articles WHERE status='ok'")
    } == {"link"}


def test_sources_toml(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    routes = _site(2)
    routes["/rss.xml"] = (
        200,
        XML,
        (
            '<rss version="2.0"><channel><title>t</title><item>'
            "<link>{base}/news/story-1.html</link></item></channel></rss>"
        ),
    )
    with TestServer(routes) as srv:
        toml = tmp_path / "sources.toml"
        toml.write_text(
            f'[[source]]\nname = "Feed"\nfeeds = ["{srv.url("/rss.xml")}"]\n\n'
            f'[[source]]\nname = "Direct"\nurls = ["{srv.url("/news/story-2.html")}"]\n\n'
            f'[[source]]\nname = "Off"\nenabled = false\nurls = ["{srv.url("/news/story-3.html")}"]\n'
        )
        run_scrapy(db, "-a", f"sources={toml}")
        assert srv.counts["/news/story-3.html"] == 0
    assert sorted(a["title"] for a in rows(db, "SELECT title FROM articles")) == [
        "Story number 1",
        "Story number 2",
    ]


def test_http_errors_are_recorded(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    with TestServer({}) as srv:
        run_scrapy(db, "-a", f"urls={srv.url('/missing-story.html')}", "-s", "RETRY_TIMES=0")
    (f,) = rows(db, "SELECT * FROM fetches")
    assert f["status"] == "gone" and f["http_status"] == 404 and f["article_id"] is None
    assert rows(db, "SELECT * FROM articles") == []


def test_page_in_undated_feed_and_dated_sitemap_is_not_refetched(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    routes = _site(2, lastmod="2025-01-01")
    routes["/rss.xml"] = (
        200,
        XML,
        (
            '<rss version="2.0"><channel><title>t</title><item><link>{base}/news/story-1.html</link></item>'
            "<item><link>{base}/news/story-2.html</link></item></channel></rss>"
        ),
    )
    with TestServer(routes) as srv:
        args = ("-a", f"feeds={srv.url('/rss.xml')}", "-a", f"sitemaps={srv.url('/sitemap.xml')}")
        run_scrapy(db, *args)
        srv.reset_counts()
        run_scrapy(db, *args)
        assert sum(v for k, v in srv.counts.items() if k.startswith("/news/")) == 0
        # a lastmod after the fetch means the page changed: fetch it again
        srv.routes["/sitemap.xml"] = (
            200,
            XML,
            srv.routes["/sitemap.xml"][2].replace("2025-01-01", "2999-01-01", 1),
        )
        srv.reset_counts()
        run_scrapy(db, *args)
        assert sorted(k for k, v in srv.counts.items() if k.startswith("/news/") and v) == [
            "/news/story-1.html"
        ]


def test_since_skips_old_child_sitemaps_of_an_index(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    routes = _site(2)
    routes["/old.xml"] = routes["/sitemap.xml"]
    routes["/new.xml"] = (
        200,
        XML,
        (
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>{base}/news/story-2.html</loc>'
            "<lastmod>2025-03-01</lastmod></url></urlset>"
        ),
    )
    routes["/index.xml"] = (
        200,
        XML,
        (
            '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            "<sitemap><loc>{base}/old.xml</loc><lastmod>2024-06-01</lastmod></sitemap>"
            "<sitemap><loc>{base}/new.xml</loc><lastmod>2025-03-01</lastmod></sitemap></sitemapindex>"
        ),
    )
    with TestServer(routes) as srv:
        run_scrapy(db, "-a", f"sitemaps={srv.url('/index.xml')}", "-a", "since=2025-01-01")
        assert srv.counts["/old.xml"] == 0 and srv.counts["/new.xml"] == 1
        assert srv.counts["/news/story-1.html"] == 0 and srv.counts["/news/story-2.html"] == 1


def test_jobdir_pause_and_resume(tmp_path: Path) -> None:
    db, jobdir = tmp_path / "c.db", tmp_path / "job"
    routes = {
        f"/news/story-{i}.html": (200, HTML, article_html(f"Story number {i}", word=f"w{i}"))
        for i in range(1, 6)
    }
    with TestServer(routes) as srv:
        urls = ",".join(srv.url(f"/news/story-{i}.html") for i in range(1, 6))
        common = ("-a", f"urls={urls}", "-s", f"JOBDIR={jobdir}", "-s", "CONCURRENT_REQUESTS=1")
        run_scrapy(db, *common, "-s", "CLOSESPIDER_ITEMCOUNT=2")  # stops early, like Ctrl-C
        first = sum(srv.counts.values()) - srv.counts["/robots.txt"]
        assert 2 <= first < 5
        run_scrapy(db, *common)  # resumes the queue; seen requests are not repeated
        assert all(srv.counts[f"/news/story-{i}.html"] == 1 for i in range(1, 6)), srv.counts
    assert len(rows(db, "SELECT id FROM articles")) == 5
