"""Run the news crawl from Python or the CLI (``claimcheck crawl``).

:func:`crawl` builds a ``CrawlerProcess`` with :mod:`claimcheck.crawl.settings`,
runs :class:`~claimcheck.crawl.spider.NewsSpider` to completion and returns the
outcome counts. Twisted's reactor cannot be restarted, so call it once per
process (tests run it in a subprocess).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings

from claimcheck.crawl import settings as default_settings

#: Spider arguments ``crawl()`` passes through (everything else is rejected).
SPIDER_OPTIONS = ("sites", "sources", "since", "follow", "refetch")


def build_settings(db_path: str | Path | None = None, overrides: dict[str, Any] | None = None) -> Settings:
    """The crawl's Scrapy settings, with the store path and any overrides."""
    settings = Settings()
    settings.setmodule(default_settings, priority="project")
    if db_path is not None:
        settings.set("CLAIMCHECK_DB", str(db_path), priority="cmdline")
    for key, value in (overrides or {}).items():
        settings.set(key, value, priority="cmdline")
    return settings


def crawl(
    db_path: str | Path | None = None,
    urls: list[str] | None = None,
    feeds: list[str] | None = None,
    sitemaps: list[str] | None = None,
    **opts: Any,
) -> dict[str, int]:
    """Crawl ``urls``/``feeds``/``sitemaps`` (the demo corpus when all are empty).

    ``opts`` takes the spider options ``sites``, ``sources`` (TOML file),
    ``since`` (``YYYY-MM-DD``), ``follow`` (link depth), ``refetch`` (bool) and
    ``settings`` (a dict of Scrapy setting overrides). Returns counts such as
    ``{"new": 5, "changed": 0, "unchanged": 0, "errors": 0, "skipped_unchanged": 0, …}``.

    >>> crawl("db/claims.db")                       # doctest: +SKIP
    {'new': 5, 'fetched': 5, ...}
    """
    from claimcheck.crawl.spider import NewsSpider

    overrides = dict(opts.pop("settings", None) or {})
    unknown = set(opts) - set(SPIDER_OPTIONS)
    if unknown:
        raise TypeError(f"unknown crawl option(s): {', '.join(sorted(unknown))}")
    spider_args = {k: v for k, v in opts.items() if v not in (None, "", [], ())}
    validate_options(spider_args)
    process = CrawlerProcess(build_settings(db_path, overrides))
    crawler = process.create_crawler(NewsSpider)
    process.crawl(crawler, urls=urls or None, feeds=feeds or None, sitemaps=sitemaps or None, **spider_args)
    process.start()
    return counts_from_stats(crawler.stats.get_stats() if crawler.stats else {})


def validate_options(options: dict[str, Any]) -> None:
    """Fail before the reactor starts: bad ``since``, ``follow`` or sources file."""
    from claimcheck.crawl.discovery import day_of

    since = options.get("since")
    if since is not None and (day_of(str(since)) is None or len(str(since)) != 10):
        raise ValueError(f"since must be a date as YYYY-MM-DD, got {since!r}")
    follow = options.get("follow")
    if follow is not None and (not str(follow).isdigit()):
        raise ValueError(f"follow must be a link depth (0, 1, 2, …), got {follow!r}")
    if options.get("sources"):
        from claimcheck.crawl.sources import load_sources

        load_sources(options["sources"])  # raises SourcesError (a ValueError)


def counts_from_stats(stats: dict[str, Any]) -> dict[str, int]:
    """The ``claimcheck/*`` counters of a finished crawl, plus requests made."""
    counts = {
        key: 0 for key in ("new", "changed", "unchanged", "errors", "skipped_unchanged", "skipped_since")
    }
    for key, value in stats.items():
        if key.startswith("claimcheck/") and isinstance(value, (int, float)) and "/" not in key[11:]:
            counts[key[11:]] = int(value)
    counts["requests"] = int(stats.get("downloader/request_count", 0))
    return counts


def main(argv: list[str] | None = None) -> int:
    """``python -m claimcheck.crawl.run [DB]``: crawl the demo corpus, print counts."""
    import json

    args = sys.argv[1:] if argv is None else argv
    counts = crawl(args[0] if args else None)
    print(json.dumps(counts, sort_keys=True))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
