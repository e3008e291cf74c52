"""Discovery: which article URLs a feed, sitemap or robots.txt announces.

Parsers only, no network: each takes a fetched body and returns
:class:`Entry` records (URL plus whatever dates and title the source gives),
so they are testable on saved files and reused by the spider.

- feeds: RSS 0.9x/1.0/2.0 and Atom through feedparser; JSON Feed 1.x directly;
- sitemaps: ``urlset`` (with ``lastmod`` and Google News ``news:publication_date``
  / ``news:title``), ``sitemapindex``, gzip-compressed sitemaps;
- robots.txt: its ``Sitemap:`` lines.
"""

from __future__ import annotations

import gzip
import json
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime
from time import struct_time
from urllib.parse import urljoin

import feedparser
from lxml import etree


@dataclass
class Entry:
    """One URL announced by a source."""

    url: str
    via: str  # "feed", "sitemap", "sitemapindex"
    lastmod: str | None = None
    published: str | None = None
    title: str | None = None

    @property
    def newest(self) -> str | None:
        """The most recent date known for the entry (ISO string)."""
        dates = [d for d in (self.published, self.lastmod) if d]
        return max(dates) if dates else None


def _iso(value: object) -> str | None:
    """An ISO 8601 string from a struct_time / ISO-ish string, or None."""
    if value is None:
        return None
    if isinstance(value, struct_time):
        return datetime(*value[:6], tzinfo=UTC).isoformat()
    text = str(value).strip()
    if not text:
        return None
    if re.match(r"^\d{4}(-\d{2}(-\d{2})?)?([T ].*)?$", text):
        return text.replace(" ", "T", 1) if re.match(r"^\d{4}-\d{2}-\d{2} \d", text) else text
    if not re.search(r"\b\d{4}\b", text):
        return None  # no year: a relative date ("yesterday") would be invented
    try:
        import dateparser

        parsed = dateparser.parse(text)
    except Exception:  # noqa: BLE001 - dateparser raises many types
        parsed = None
    return parsed.isoformat() if parsed else None


def day_of(value: str | None) -> date | None:
    """The calendar date of an ISO string (``None`` when unparseable)."""
    if not value:
        return None
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})", value)
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def maybe_gunzip(body: bytes) -> bytes:
    """Decompress gzip bodies (``sitemap.xml.gz``); leave others alone."""
    if body[:2] == b"\x1f\x8b":
        return gzip.decompress(body)
    return body


# -- feeds -------------------------------------------------------------------


def parse_feed(body: bytes, base_url: str) -> list[Entry]:
    """Entries of an RSS/Atom feed or a JSON Feed, in feed order."""
    body = maybe_gunzip(body)
    if body.lstrip()[:1] == b"{":
        return _parse_json_feed(body, base_url)
    parsed = feedparser.parse(body)
    entries: list[Entry] = []
    for e in parsed.entries:
        link = e.get("link") or ""
        if not link:
            for alt in e.get("links", []):
                if alt.get("rel", "alternate") == "alternate" and alt.get("href"):
                    link = alt["href"]
                    break
        if not link and str(e.get("id", "")).startswith("http"):
            link = e["id"]
        if not link:
            continue
        published = _iso(e.get("published_parsed")) or _iso(e.get("published"))
        # Read "updated" raw: feedparser's .get() would fall back to "published".
        updated = _iso(dict.get(e, "updated_parsed")) or _iso(dict.get(e, "updated"))
        entries.append(
            Entry(
                url=urljoin(base_url, link.strip()),
                via="feed",
                lastmod=updated,
                published=published,
                title=(e.get("title") or None),
            )
        )
    return entries


def _parse_json_feed(body: bytes, base_url: str) -> list[Entry]:
    try:
        data = json.loads(body.decode("utf-8-sig"))
    except (ValueError, UnicodeDecodeError):
        return []
    entries: list[Entry] = []
    for item in data.get("items", []) if isinstance(data, dict) else []:
        link = item.get("url") or item.get("external_url")
        if not link and str(item.get("id", "")).startswith("http"):
            link = item["id"]
        if not link:
            continue
        entries.append(
            Entry(
                url=urljoin(base_url, str(link)),
                via="feed",
                lastmod=_iso(item.get("date_modified")),
                published=_iso(item.get("date_published")),
                title=item.get("title") or None,
            )
        )
    return entries


# -- sitemaps ----------------------------------------------------------------


def _local(tag: object) -> str:
    return str(tag).rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def parse_sitemap(body: bytes, base_url: str) -> tuple[str, list[Entry]]:
    """``("urlset" | "sitemapindex", entries)`` of a sitemap body.

    For a ``sitemapindex`` the entries are the child sitemaps. News sitemap
    fields (``news:publication_date``, ``news:title``) fill ``published`` and
    ``title``. Malformed XML gives ``("invalid", [])``.
    """
    body = maybe_gunzip(body)
    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=True)
    try:
        root = etree.fromstring(body.strip(), parser=parser)
    except etree.XMLSyntaxError:
        return "invalid", []
    if root is None:
        return "invalid", []
    kind = _local(root.tag)
    if kind not in ("urlset", "sitemapindex"):
        return "invalid", []
    child_tag = "url" if kind == "urlset" else "sitemap"
    entries: list[Entry] = []
    for node in root:
        if _local(node.tag) != child_tag:
            continue
        fields: dict[str, str] = {}
        for el in node.iter():
            name = _local(el.tag)
            if name in ("loc", "lastmod", "publication_date", "title") and el.text and name not in fields:
                fields[name] = el.text.strip()
        if not fields.get("loc"):
            continue
        entries.append(
            Entry(
                url=urljoin(base_url, fields["loc"]),
                via="sitemap" if kind == "urlset" else "sitemapindex",
                lastmod=_iso(fields.get("lastmod")),
                published=_iso(fields.get("publication_date")),
                title=fields.get("title"),
            )
        )
    return kind, entries


def robots_sitemaps(text: str, base_url: str) -> list[str]:
    """The ``Sitemap:`` URLs of a robots.txt."""
    out: list[str] = []
    for line in text.splitlines():
        m = re.match(r"^\s*sitemap\s*:\s*(\S+)", line, re.IGNORECASE)
        if m:
            out.append(urljoin(base_url, m.group(1)))
    return list(dict.fromkeys(out))
