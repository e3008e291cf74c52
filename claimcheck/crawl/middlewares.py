"""Downloader middlewares that keep the crawl polite on the real web.

- :class:`CrawlDelayMiddleware` enforces robots.txt ``Crawl-delay`` per host
  (read from the parser Scrapy's ``RobotsTxtMiddleware`` builds, through the
  ``robots_parsed`` signal) and any back-off a retry asked for. AutoThrottle
  tunes Scrapy's own slot delay and may go below ``Crawl-delay``; this
  middleware makes the host's requests wait regardless.
- :class:`BackoffRetryMiddleware` retries 429 and 503 (and Scrapy's other
  retry codes) after the server's ``Retry-After`` (seconds or HTTP date), or
  an exponential back-off when there is none; the wait applies to the host.

- :class:`LoopSafeRedirectMiddleware` is Scrapy's redirect middleware, except
  that for article pages a redirect loop fails at once (``redirect loop: …``,
  an error in the fetch record) and a redirect to a URL the crawl has seen
  still completes, so the redirecting URL gets a fetch record instead of being
  dropped silently by the duplicate filter.

Settings: ``CLAIMCHECK_MAX_CRAWL_DELAY`` (cap on a robots.txt delay, s),
``CLAIMCHECK_RETRY_BACKOFF`` (base back-off, s), ``CLAIMCHECK_RETRY_MAX_WAIT``
(cap on one wait, s).
"""

from __future__ import annotations

import time
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING, Any

from scrapy import signals
from scrapy.downloadermiddlewares.redirect import RedirectMiddleware
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Request, Response
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.httpobj import urlparse_cached
from scrapy.utils.response import response_status_message
from twisted.internet import reactor
from twisted.internet.task import deferLater

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

#: Request meta key: seconds this request (and its host) must wait first.
WAIT_META = "claimcheck_wait"


async def _sleep(seconds: float) -> None:
    if seconds > 0:
        await maybe_deferred_to_future(deferLater(reactor, seconds, lambda: None))  # type: ignore[arg-type]


class CrawlDelayMiddleware:
    """Space requests to one host by its robots.txt ``Crawl-delay``."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.max_delay = crawler.settings.getfloat("CLAIMCHECK_MAX_CRAWL_DELAY", 60.0)
        self.user_agent = crawler.settings.get("ROBOTSTXT_USER_AGENT") or crawler.settings.get("USER_AGENT")
        self.delays: dict[str, float] = {}
        self.next_allowed: dict[str, float] = {}
        crawler.signals.connect(self._robots_parsed, signal=signals.robots_parsed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CrawlDelayMiddleware:
        return cls(crawler)

    def _robots_parsed(self, robotparser: Any, request: Request) -> None:
        netloc = urlparse_cached(request).netloc
        delay = None
        if hasattr(robotparser, "crawl_delay"):
            try:
                delay = robotparser.crawl_delay(self.user_agent or "*")
            except Exception:  # noqa: BLE001 - parser specific
                delay = None
        if delay:
            self.delays[netloc] = min(float(delay), self.max_delay)
            self.crawler.stats.set_value(f"claimcheck/crawl_delay/{netloc}", self.delays[netloc])

    async def process_request(self, request: Request) -> None:
        if request.meta.get("dont_obey_robotstxt"):
            return  # robots.txt itself
        netloc = urlparse_cached(request).netloc
        now = time.monotonic()
        extra = float(request.meta.pop(WAIT_META, 0) or 0)
        start = max(now, self.next_allowed.get(netloc, 0.0))
        if extra:
            start = max(start, now + extra)
        # Reserve this request's turn before sleeping, so concurrent requests
        # to the host queue up behind it.
        self.next_allowed[netloc] = start + self.delays.get(netloc, 0.0)
        await _sleep(start - now)
        return


def retry_after_seconds(value: bytes | str | None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta-seconds or HTTP date)."""
    if not value:
        return None
    text = value.decode("latin-1") if isinstance(value, bytes) else value
    text = text.strip()
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    if when is None:
        return None
    return max(0.0, when.timestamp() - time.time())


class BackoffRetryMiddleware(RetryMiddleware):
    """Scrapy's retry middleware, waiting as 429/503 responses ask."""

    def __init__(self, settings: Any) -> None:
        super().__init__(settings)
        self.backoff = settings.getfloat("CLAIMCHECK_RETRY_BACKOFF", 1.0)
        self.max_wait = settings.getfloat("CLAIMCHECK_RETRY_MAX_WAIT", 120.0)

    def process_response(self, request: Request, response: Response) -> Request | Response:  # type: ignore[override]
        if request.meta.get("dont_retry", False) or response.status not in self.retry_http_codes:
            return response
        retries = int(request.meta.get("retry_times", 0))
        wait = retry_after_seconds(response.headers.get(b"Retry-After"))
        if wait is None:
            wait = self.backoff * (2**retries) if response.status in (429, 503) else 0.0
        wait = min(wait, self.max_wait)
        new = self._retry(request, response_status_message(response.status))
        if new is None:
            return response
        if wait:
            new.meta[WAIT_META] = wait
            self.crawler.stats.inc_value("claimcheck/retry_wait_seconds", wait)
        return new


class LoopSafeRedirectMiddleware(RedirectMiddleware):
    """Redirects that end in a fetch record: loops fail fast, no silent drops."""

    def _redirect(self, redirected: Request, request: Request, reason: Any) -> Request:
        if "record_url" not in request.meta:  # feeds, sitemaps, robots.txt: Scrapy's behaviour
            return super()._redirect(redirected, request, reason)
        chain = [*request.meta.get("redirect_urls", []), request.url]
        if redirected.url in chain:
            self.crawler.stats.inc_value("claimcheck/redirect_loops")
            raise IgnoreRequest(f"redirect loop: {' -> '.join([*chain, redirected.url])}"[:400])
        new = super()._redirect(redirected, request, reason)
        new.dont_filter = True  # the chain is bounded by REDIRECT_MAX_TIMES and loop detection
        return new
