"""A ``sources`` TOML file: the news sources to crawl, one table each.

    [[source]]
    name = "Example News"
    feeds = ["https://example.com/rss.xml"]
    sitemaps = ["https://example.com/news-sitemap.xml"]
    sites = ["https://example.org"]          # robots.txt Sitemap: lines
    urls = ["https://example.com/2025/01/story.html"]

Pass it as ``scrapy crawl news -a sources=sources.toml`` or
``crawl(db, sources="sources.toml")``. Unknown keys are an error, so a typo
does not silently drop a source.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

_KEYS = {"name", "feeds", "sitemaps", "sites", "urls", "enabled"}


class SourcesError(ValueError):
    """The sources file is missing or malformed."""


@dataclass
class Source:
    """One news source: where its articles are announced."""

    name: str
    feeds: list[str] = field(default_factory=list)
    sitemaps: list[str] = field(default_factory=list)
    sites: list[str] = field(default_factory=list)
    urls: list[str] = field(default_factory=list)


def _strings(value: object, key: str, name: str) -> list[str]:
    if isinstance(value, str):
        return [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise SourcesError(f"source {name!r}: {key} must be a string or a list of strings")
    return list(value)


def load_sources(path: str | Path) -> list[Source]:
    """The enabled sources of a TOML file (``[[source]]`` tables)."""
    p = Path(path)
    try:
        data = tomllib.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise SourcesError(f"sources file not found: {p}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise SourcesError(f"invalid TOML in {p}: {exc}") from exc
    tables = data.get("source", [])
    if not isinstance(tables, list):
        raise SourcesError(f"{p}: use [[source]] tables")
    out: list[Source] = []
    for i, table in enumerate(tables):
        name = str(table.get("name") or f"source {i + 1}")
        unknown = set(table) - _KEYS
        if unknown:
            raise SourcesError(f"source {name!r}: unknown key(s) {', '.join(sorted(unknown))}")
        if table.get("enabled", True) is False:
            continue
        src = Source(
            name=name,
            **{k: _strings(table[k], k, name) for k in ("feeds", "sitemaps", "sites", "urls") if k in table},
        )
        if not (src.feeds or src.sitemaps or src.sites or src.urls):
            raise SourcesError(f"source {name!r} has no feeds, sitemaps, sites or urls")
        out.append(src)
    return out
