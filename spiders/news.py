"""``scrapy crawl news``: the claimcheck news spider, from a checkout.

All behaviour lives in :class:`claimcheck.crawl.spider.NewsSpider`; see its
module for the ``-a`` arguments (``db``, ``urls``, ``feeds``, ``sitemaps``,
``sites``, ``sources``, ``since``, ``follow``, ``refetch``). With no arguments it
crawls the bundled demo corpus into ``db/claims.db``.
"""

from __future__ import annotations

from claimcheck.crawl.spider import NewsSpider as _LibraryNewsSpider


class NewsSpider(_LibraryNewsSpider):
    """The ``news`` spider of this Scrapy project."""

    name = "news"
