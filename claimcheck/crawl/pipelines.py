"""The store pipeline: the only place the crawl writes.

Thin by design: it opens the store named by the crawl's settings, hands each
:class:`~claimcheck.crawl.items.FetchResult` to ``Store.save_article`` and
``Store.record_fetch``, records the run, and counts outcomes in the crawl
stats (``claimcheck/new``, ``claimcheck/changed``, …) for ``crawl()`` to
return.
"""

from __future__ import annotations

import os
from collections import Counter
from contextlib import nullcontext
from pathlib import Path
from typing import TYPE_CHECKING, Any

from scrapy.utils.misc import load_object

from claimcheck.crawl.items import FetchResult

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

DEFAULT_DB = Path("db") / "claims.db"
CRAWLER_VERSION = "crawl-1"


def db_path(crawler: Crawler) -> Path:
    """The store path: ``-a db=…``, then setting, then env ``CLAIMCHECK_DB``, then default."""
    spider = getattr(crawler, "spider", None)
    value = (
        getattr(spider, "db", None)
        or crawler.settings.get("CLAIMCHECK_DB")
        or os.environ.get("CLAIMCHECK_DB")
    )
    return Path(value) if value else DEFAULT_DB


def open_store(crawler: Crawler) -> Any:
    """An instance of the configured store class on :func:`db_path`."""
    store_cls = load_object(crawler.settings.get("CLAIMCHECK_STORE", "claimcheck.store.Store"))
    return store_cls(db_path(crawler))


class StorePipeline:
    """Write fetched articles and fetch records to the claimcheck store."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.store: Any = None
        self.run_id: int | None = None
        self.counts: Counter[str] = Counter()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StorePipeline:
        return cls(crawler)

    def open_spider(self) -> None:
        self.store = open_store(self.crawler)
        self.run_id = self.store.start_run("crawl", CRAWLER_VERSION)

    def close_spider(self) -> None:
        if self.store is None:
            return
        stats = self.crawler.stats.get_stats()
        counts = dict(self.counts)
        for key in ("skipped_unchanged", "skipped_since", "discovered", "sources"):
            counts[key] = int(stats.get(f"claimcheck/{key}", 0))
        counts["requests"] = int(stats.get("downloader/request_count", 0))
        if self.run_id is not None:
            self.store.finish_run(self.run_id, counts)
        self.store.close()
        self.store = None

    def process_item(self, item: Any) -> Any:
        if not isinstance(item, FetchResult):
            return item
        article_id = None
        # The article and its fetch record commit together (``Store.write``
        # nests): a crawl killed between the two can neither keep an article
        # it would fetch again nor a fetch record without its article.
        write = getattr(self.store, "write", None)
        with write() if write is not None else nullcontext():
            if item.article is not None:
                outcome = self.store.save_article(item.article)
                article_id = item.article.id
                key = outcome if item.article.status == "ok" else item.article.status
            else:
                key = "errors"
            self.store.record_fetch(
                item.url,
                status=item.status,
                http_status=item.http_status,
                lastmod=item.lastmod,
                article_id=article_id,
                error=item.error,
            )
        self.counts[key] += 1
        self.counts["fetched"] += 1
        self.crawler.stats.inc_value(f"claimcheck/{key}")
        return item
