"""The crawl stage: news sources → fetched pages → articles in the store.

:class:`~claimcheck.crawl.spider.NewsSpider` discovers article URLs from
feeds, sitemaps and start URLs (``discovery``), fetches them politely
(``middlewares``, ``settings``), parses each page with
:func:`claimcheck.articles.parse_article` and yields
:class:`~claimcheck.crawl.items.FetchResult` items, which the one store
pipeline (``pipelines``) writes. :func:`claimcheck.crawl.run.crawl` runs it
all in a ``CrawlerProcess`` (``claimcheck crawl``); ``scrapy crawl news`` runs
the same spider from a checkout.
"""

from __future__ import annotations

__all__ = ["NewsSpider", "crawl"]


def __getattr__(name: str) -> object:
    if name == "NewsSpider":
        from claimcheck.crawl.spider import NewsSpider

        return NewsSpider
    if name == "crawl":
        from claimcheck.crawl.run import crawl

        return crawl
    raise AttributeError(name)
