"""Scrapy settings of the news crawl (the library's defaults).

``spiders/settings.py`` (the checkout's ``scrapy.cfg`` target) imports these;
:func:`claimcheck.crawl.run.crawl` uses them directly. Every claimcheck
setting is named ``CLAIMCHECK_*``; override any of them with ``-s NAME=VALUE``.
"""

from __future__ import annotations

BOT_NAME = "claimcheck"
SPIDER_MODULES: list[str] = []

#: Where the store lives (``-a db=…``, env ``CLAIMCHECK_DB`` also work).
CLAIMCHECK_DB = None
#: Store class, as a path (a seam for other writers, e.g. a queue).
CLAIMCHECK_STORE = "claimcheck.store.Store"
#: Fetch a URL again even when the fetch record says it is unchanged.
CLAIMCHECK_REFETCH = False
#: Follow links from fetched pages to this depth (0: off).
CLAIMCHECK_FOLLOW_DEPTH = 0
#: Article pages larger than this (bytes) are not downloaded: the fetch is
#: cancelled, logged and recorded with status ``too_large``; the crawl goes on.
#: (Feeds and sitemaps keep ``DOWNLOAD_MAXSIZE``.) Half of it logs a warning.
CLAIMCHECK_MAX_PAGE_SIZE = 10 * 1024 * 1024
CLAIMCHECK_MAX_CRAWL_DELAY = 60.0
CLAIMCHECK_RETRY_BACKOFF = 1.0
CLAIMCHECK_RETRY_MAX_WAIT = 120.0

USER_AGENT = "claimcheck/0.1 (+https://github.com/claimcheck/claimcheck; news claim checker)"
ROBOTSTXT_OBEY = True

AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 2.0
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 4
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 64 * 1024 * 1024  # a sitemap may be 50 MB uncompressed
DOWNLOAD_WARNSIZE = 32 * 1024 * 1024
#: A redirect loop gives up after this many hops (recorded as an error).
REDIRECT_MAX_TIMES = 10

RETRY_ENABLED = True
RETRY_TIMES = 3
RETRY_HTTP_CODES = [429, 500, 502, 503, 504, 522, 524, 408]

DOWNLOADER_MIDDLEWARES = {
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "scrapy.downloadermiddlewares.redirect.RedirectMiddleware": None,
    "claimcheck.crawl.middlewares.LoopSafeRedirectMiddleware": 600,
    "claimcheck.crawl.middlewares.BackoffRetryMiddleware": 550,
    "claimcheck.crawl.middlewares.CrawlDelayMiddleware": 120,
}
ITEM_PIPELINES = {
    "claimcheck.crawl.pipelines.StorePipeline": 300,
}

TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
FEED_EXPORT_ENCODING = "utf-8"
LOG_LEVEL = "INFO"
TELNETCONSOLE_ENABLED = False
REMOTE_CONTROL_ENABLED = False
