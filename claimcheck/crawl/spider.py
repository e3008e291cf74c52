"""The news spider: discover article URLs, fetch them, yield parsed articles.

Sources (spider arguments, comma-separated strings or lists):
``urls`` (article or start pages), ``feeds`` (RSS/Atom/JSON Feed),
``sitemaps`` (urlset, sitemap index, news sitemap, ``.xml.gz``), ``sites``
(site roots: their robots.txt ``Sitemap:`` lines, else ``/sitemap.xml``) and
``sources`` (a TOML file of all of these, see :mod:`claimcheck.crawl.sources`).
With none of them the bundled demo corpus is served on 127.0.0.1 and crawled
through its feed and sitemap.

Other arguments: ``db`` (store path), ``since`` (``YYYY-MM-DD``: entries dated
before it are not downloaded; entries are requested newest first),
``follow`` (link-following depth, default 0), ``refetch`` (ignore the fetch
record). Without ``refetch`` a URL already in the fetch record is fetched
again only when its source gives a different ``lastmod``, so a second crawl of
an unchanged site downloads nothing but its feeds and sitemaps.
"""

from __future__ import annotations

import sys
from collections.abc import AsyncIterator, Callable, Iterable, Iterator
from datetime import UTC, date, datetime
from functools import partial
from typing import Any

import scrapy
from scrapy.http import Request, Response, TextResponse
from scrapy.linkextractors import LinkExtractor
from twisted.python.failure import Failure

from claimcheck.articles import ArticleError, parse_article
from claimcheck.crawl.discovery import Entry, day_of, parse_feed, parse_sitemap, robots_sitemaps
from claimcheck.crawl.items import FetchResult
from claimcheck.crawl.pipelines import open_store
from claimcheck.crawl.urls import canonicalize, looks_like_article_url, same_site

#: Fetch-record statuses after which a URL is not fetched again (unless its lastmod changes).
FINAL_STATUSES = {
    "ok",
    "empty",
    "not_article",
    "paywalled",
    "javascript",
    "gone",
    "not_html",
    "amp",
    "too_large",
}
#: How many failed URLs the end-of-crawl summary names (the rest are counted).
SUMMARY_MAX_URLS = 20
SOURCE_PRIORITY = 10_000_000


def _as_list(value: Any) -> list[str]:
    if value is None or value == "":
        return []
    if isinstance(value, str):
        return [v.strip() for v in value.split(",") if v.strip()]
    return [str(v).strip() for v in value if str(v).strip()]


def _as_bool(value: Any) -> bool:
    return str(value).strip().lower() in ("1", "true", "yes", "on") if value is not None else False


def _modified_since(entry: Entry, record: dict[str, Any]) -> bool:
    """Whether a source's ``lastmod`` says the page changed since it was fetched.

    Against the lastmod recorded with the fetch when there is one; else (the
    page was first found through a source without dates) against the time of
    the fetch, so a page listed by both a feed and a sitemap is not fetched
    again on every run.
    """
    if not entry.lastmod:
        return False
    if record.get("lastmod"):
        return bool(entry.lastmod != record["lastmod"])
    fetched = record.get("fetched_at") or ""
    return bool(entry.lastmod[: len(fetched)] > fetched[: len(entry.lastmod)])


def _is_amp(response: TextResponse) -> bool:
    head = response.text[:3000].lower()
    tag = head[head.find("<html") : head.find(">", head.find("<html")) + 1] if "<html" in head else ""
    return " amp" in tag or "⚡" in tag


def _header_charset(response: TextResponse) -> str | None:
    """The charset the HTTP ``Content-Type`` header declares, if any."""
    value = response.headers.get(b"Content-Type") or b""
    text = value.decode("latin-1") if isinstance(value, bytes) else str(value)
    for part in text.split(";")[1:]:
        key, _, val = part.partition("=")
        if key.strip().lower() == "charset" and val.strip():
            return val.strip().strip("\"'")
    return None


class NewsSpider(scrapy.Spider):
    """Crawl news sources into the claimcheck store (see the module doc)."""

    name = "news"

    def __init__(
        self,
        name: str | None = None,
        *,
        db: str | None = None,
        urls: Any = None,
        feeds: Any = None,
        sitemaps: Any = None,
        sites: Any = None,
        sources: str | None = None,
        since: str | None = None,
        follow: Any = None,
        refetch: Any = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(name, **kwargs)
        self.db = db
        self.urls = _as_list(urls)
        self.feeds = _as_list(feeds)
        self.sitemaps = _as_list(sitemaps)
        self.sites = _as_list(sites)
        if sources:
            from claimcheck.crawl.sources import load_sources

            for src in load_sources(sources):
                self.urls += src.urls
                self.feeds += src.feeds
                self.sitemaps += src.sitemaps
                self.sites += src.sites
        self.since: date | None = None
        if since:
            self.since = day_of(str(since))
            if self.since is None:
                raise ValueError(f"since must be YYYY-MM-DD, got {since!r}")
        if follow not in (None, "") and not str(follow).strip().isdigit():
            raise ValueError(f"follow must be a link depth (0, 1, 2, …), got {follow!r}")
        self.follow_arg = follow
        self.failures: list[tuple[str, str, str]] = []  # (url, status, error) for the summary
        self.refetch_arg = refetch
        self.demo: Any = None
        self.demo_base: str | None = None
        self.store: Any = None
        self.link_extractor = LinkExtractor(deny_extensions=None)

    @classmethod
    def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any) -> NewsSpider:
        """Build the spider; a bad argument (``since``, ``sources``, ``follow``)
        stops ``scrapy crawl`` with one ``Error: …`` line and exit code 2
        instead of a traceback. (:func:`claimcheck.crawl.run.crawl` validates
        its options before it gets here and raises ``ValueError``.)"""
        try:
            return super().from_crawler(crawler, *args, **kwargs)  # type: ignore[no-any-return]
        except ValueError as exc:
            sys.stderr.write(f"Error: {exc}\n")
            sys.stderr.flush()
            raise SystemExit(2) from None

    # -- configuration --------------------------------------------------------

    @property
    def follow_depth(self) -> int:
        if self.follow_arg not in (None, ""):
            return int(self.follow_arg)
        return self.crawler.settings.getint("CLAIMCHECK_FOLLOW_DEPTH", 0)

    @property
    def refetch(self) -> bool:
        if self.refetch_arg not in (None, ""):
            return _as_bool(self.refetch_arg)
        return self.crawler.settings.getbool("CLAIMCHECK_REFETCH", False)

    @property
    def max_page_size(self) -> int:
        """Download limit of an article page (bytes); feeds and sitemaps use ``DOWNLOAD_MAXSIZE``."""
        return self.crawler.settings.getint("CLAIMCHECK_MAX_PAGE_SIZE", 10 * 1024 * 1024)

    def note_failure(self, url: str, status: str, error: str | None) -> None:
        """Remember a failed URL for the end-of-crawl summary."""
        self.failures.append((url, status, error or ""))
        self.crawler.stats.inc_value(f"claimcheck/failed/{status}")

    def log_summary(self) -> None:
        """Log what failed (``N pages failed: …``), or that nothing did."""
        if not self.failures:
            self.logger.info("crawl summary: no page failed")
            return
        by_status: dict[str, int] = {}
        for _url, status, _error in self.failures:
            by_status[status] = by_status.get(status, 0) + 1
        kinds = ", ".join(f"{n} {status}" for status, n in sorted(by_status.items()))
        lines = [
            f"  {url} [{status}] {error}"[:300] for url, status, error in self.failures[:SUMMARY_MAX_URLS]
        ]
        more = len(self.failures) - SUMMARY_MAX_URLS
        if more > 0:
            lines.append(f"  … and {more} more (see the fetches table)")
        n = len(self.failures)
        self.logger.warning("%d page%s failed (%s):\n%s", n, "" if n == 1 else "s", kinds, "\n".join(lines))

    def closed(self, reason: str) -> None:
        self.log_summary()
        if self.demo is not None:
            self.demo.stop()
            self.demo = None
        if self.store is not None:
            self.store.close()
            self.store = None

    def url_key(self, url: str) -> str:
        """The URL a fetch is recorded under: canonical form, and for the demo
        corpus its port-independent address (so re-crawls of the demo are
        incremental although its server gets a new port each run). Articles
        keep the URL they were fetched from."""
        url = canonicalize(url)
        if self.demo_base and url.startswith(self.demo_base + "/"):
            from claimcheck.demo.build import CANONICAL_BASE

            url = CANONICAL_BASE + url[len(self.demo_base) :]
        return url

    # -- start ---------------------------------------------------------------

    async def start(self) -> AsyncIterator[Any]:
        self.store = open_store(self.crawler)
        if not (self.urls or self.feeds or self.sitemaps or self.sites):
            from claimcheck.demo.server import DemoServer

            self.demo = DemoServer()
            base = self.demo_base = self.demo.start()
            self.logger.info("no sources given: crawling the demo corpus at %s", base)
            self.feeds = [f"{base}/feed.xml"]
            self.sitemaps = [f"{base}/sitemap.xml"]
        sources: list[tuple[str, Callable[[Response], Iterator[Request]], Callable[[Failure], Any], dict[str, Any]]]
        sources = [(url, self.parse_feed, self.source_failed, {}) for url in self.feeds]
        sources += [(url, self.parse_sitemap, self.source_failed, {}) for url in self.sitemaps]
        sources += [(url.rstrip("/") + "/robots.txt", self.parse_robots, self.robots_failed, {"site": url})
                    for url in self.sites]
        for url, callback, errback, meta in sources:
            self.crawler.stats.inc_value("claimcheck/sources")
            yield Request(url, callback=callback, errback=errback, dont_filter=True,
                          priority=SOURCE_PRIORITY, meta=meta)
        for url in self.urls:
            req = self.article_request(Entry(url=url, via="url"), force=True)
            if req is not None:
                yield req

    # -- discovery callbacks ----------------------------------------------------

    def parse_feed(self, response: Response) -> Iterator[Request]:
        entries = parse_feed(response.body, response.url)
        self.logger.info("feed %s: %d entries", response.url, len(entries))
        yield from self.schedule(entries)

    def parse_sitemap(self, response: Response) -> Iterator[Request]:
        kind, entries = parse_sitemap(response.body, response.url)
        self.logger.info("sitemap %s (%s): %d entries", response.url, kind, len(entries))
        if kind == "sitemapindex":
            for entry in entries:
                day = day_of(entry.lastmod)
                if self.since and day and day < self.since:
                    self.crawler.stats.inc_value("claimcheck/skipped_since")
                    continue
                yield Request(
                    entry.url,
                    callback=self.parse_sitemap,
                    errback=self.source_failed,
                    dont_filter=True,
                    priority=SOURCE_PRIORITY,
                )
        else:
            yield from self.schedule(entries)

    def parse_robots(self, response: Response) -> Iterator[Request]:
        text = (
            response.text if isinstance(response, TextResponse) else response.body.decode("utf-8", "replace")
        )
        sitemaps = robots_sitemaps(text, response.url)
        if not sitemaps:
            sitemaps = [response.meta["site"].rstrip("/") + "/sitemap.xml"]
        for url in sitemaps:
            yield Request(
                url,
                callback=self.parse_sitemap,
                errback=self.source_failed,
                dont_filter=True,
                priority=SOURCE_PRIORITY,
            )

    def robots_failed(self, failure: Failure) -> Iterator[Request]:
        site = failure.request.meta["site"]  # type: ignore[attr-defined]
        yield Request(
            site.rstrip("/") + "/sitemap.xml",
            callback=self.parse_sitemap,
            errback=self.source_failed,
            dont_filter=True,
            priority=SOURCE_PRIORITY,
        )

    def source_failed(self, failure: Failure) -> None:
        self.crawler.stats.inc_value("claimcheck/source_errors")
        self.note_failure(
            failure.request.url,  # type: ignore[attr-defined]
            "source_error",
            f"{type(failure.value).__name__}: {failure.value}"[:500],
        )
        self.logger.warning("source failed: %s (%s)", failure.request.url, failure.value)  # type: ignore[attr-defined]

    def schedule(self, entries: Iterable[Entry]) -> Iterator[Request]:
        """Requests for discovered entries, newest first, after ``since``."""
        kept: list[Entry] = []
        for entry in entries:
            self.crawler.stats.inc_value("claimcheck/discovered")
            day = day_of(entry.published) or day_of(entry.lastmod)
            if self.since and day and day < self.since:
                self.crawler.stats.inc_value("claimcheck/skipped_since")
                continue
            kept.append(entry)
        kept.sort(key=lambda e: e.newest or "", reverse=True)
        for entry in kept:
            req = self.article_request(entry)
            if req is not None:
                yield req

    def article_request(self, entry: Entry, *, force: bool = False, depth: int = 0) -> Request | None:
        """A request for an article URL, or ``None`` when the fetch record says skip."""
        url = canonicalize(entry.url)
        key = self.url_key(url)
        if not force and not self.refetch and self.store is not None:
            record = self.store.get_fetch(key)
            if record and record.get("status") in FINAL_STATUSES and not _modified_since(entry, record):
                self.crawler.stats.inc_value("claimcheck/skipped_unchanged")
                return None
        day = day_of(entry.newest)
        priority = (day - date(2000, 1, 1)).days if day else 0
        limit = self.max_page_size
        return Request(
            url,
            callback=self.parse_page,
            errback=self.page_failed,
            priority=max(0, priority) - depth,
            meta={
                "download_maxsize": limit,
                "download_warnsize": limit // 2,
                "via": entry.via,
                "lastmod": entry.lastmod,
                "published": entry.published,
                "title": entry.title,
                "link_depth": depth,
                "record_url": key,
            },
        )

    # -- pages -----------------------------------------------------------------

    def parse_page(self, response: Response) -> Iterator[Any]:
        """Parse a fetched page into a :class:`FetchResult` (and follow links)."""
        meta = response.meta
        record_url = meta.get("record_url") or self.url_key(response.url)
        lastmod = meta.get("lastmod")
        base = partial(FetchResult, url=record_url, http_status=response.status, lastmod=lastmod)
        if not isinstance(response, TextResponse):
            self.note_failure(record_url, "not_html", "response is not text")
            yield base(status="not_html", error="response is not text")
            return
        try:
            article = parse_article(response.body, response.url, encoding=_header_charset(response))
        except ArticleError as exc:
            status = "too_large" if exc.status == "too_large" else "error"
            self.note_failure(record_url, status, str(exc))
            yield base(status=status, error=str(exc))
            return
        canonical = canonicalize(article.canonical_url) if article.canonical_url else None
        if (
            _is_amp(response)
            and canonical
            and canonical != canonicalize(response.url)
            and not meta.get("from_amp")
        ):
            # An AMP page stands for its canonical article: fetch that instead.
            yield base(status="amp", error=f"AMP page of {canonical}")
            yield Request(
                canonical,
                callback=self.parse_page,
                errback=self.page_failed,
                priority=response.request.priority if response.request else 0,
                meta={**meta, "from_amp": True, "record_url": self.url_key(canonical)},
            )
            return
        article.url = canonicalize(response.url)  # where it was fetched (the fetch record may alias it)
        article.canonical_url = canonical or article.url
        article.found_via = meta.get("via") or "url"
        article.fetched_at = datetime.now(UTC).isoformat(timespec="seconds")
        if not article.published and meta.get("published"):
            article.published = meta["published"]
        if not article.title and meta.get("title") and meta.get("via") == "sitemap":
            article.title = meta["title"]  # news:title of a news sitemap
        day = day_of(article.published)
        if self.since and day and day < self.since:
            self.crawler.stats.inc_value("claimcheck/skipped_since")
        else:
            yield base(status=article.status, article=article)
        yield from self.follow_links(response, article.status)

    def follow_links(self, response: TextResponse, status: str) -> Iterator[Request]:
        depth = int(response.meta.get("link_depth", 0))
        if depth >= self.follow_depth:
            return
        for link in self.link_extractor.extract_links(response):
            if not same_site(link.url, response.url) or not looks_like_article_url(link.url):
                continue
            req = self.article_request(Entry(url=link.url, via="link"), depth=depth + 1)
            if req is not None:
                yield req

    def page_failed(self, failure: Failure) -> Iterator[FetchResult]:
        request = failure.request  # type: ignore[attr-defined]
        response = getattr(failure.value, "response", None)
        http_status = response.status if response is not None else None
        status = "gone" if http_status in (404, 410) else "error"
        name = type(failure.value).__name__
        if name == "IgnoreRequest" and "robots" in str(failure.value).lower():
            status = "robots"  # forbidden by robots.txt: try again next run
        elif (
            name in ("DownloadCancelledError", "CancelledError") and "max size" in str(failure.value).lower()
        ):
            status = "too_large"  # DOWNLOAD_MAXSIZE / CLAIMCHECK_MAX_PAGE_SIZE: skipped, logged
        error = f"{name}: {failure.value}"[:500]
        url = request.meta.get("record_url") or self.url_key(request.url)
        self.note_failure(url, status, error)
        yield FetchResult(
            url=url,
            status=status,
            http_status=http_status,
            lastmod=request.meta.get("lastmod"),
            error=error,
        )
