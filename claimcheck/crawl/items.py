"""The items the news spider yields and the store pipeline consumes.

One :class:`FetchResult` per fetched (or failed) article URL: the parsed
:class:`~claimcheck.model.Article` when there is one, plus what the fetch
record needs for the next, incremental crawl (HTTP status, the lastmod the
URL was discovered with, the error).
"""

from __future__ import annotations

from dataclasses import dataclass

from claimcheck.model import Article


@dataclass
class FetchResult:
    """The outcome of fetching one article URL."""

    url: str
    status: str  # the article's status ("ok", "paywalled", …) or "error"
    http_status: int | None = None
    lastmod: str | None = None
    article: Article | None = None
    error: str | None = None
