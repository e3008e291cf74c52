"""Page metadata: title, byline, dates, site name, language, canonical URL.

Read from JSON-LD, Open Graph and ``<meta>`` tags of the page's head (only the
metadata snippets are parsed, not the whole page). :func:`read_metadata` returns
a :class:`PageMetadata`; :func:`outlet_from_url` and :func:`guess_language` are
the fallbacks when a page declares no site name or language.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any
from urllib.parse import urljoin, urlsplit

from bs4 import BeautifulSoup

__all__ = ["PageMetadata", "guess_language", "outlet_from_url", "read_metadata"]

#: Fewer words than this and a text is too short to guess its language.
MIN_WORDS = 25

_ARTICLE_TYPES = {
    "article",
    "newsarticle",
    "reportagenewsarticle",
    "analysisnewsarticle",
    "opinionnewsarticle",
    "backgroundnewsarticle",
    "reviewnewsarticle",
    "blogposting",
    "socialmediaposting",
    "liveblogposting",
    "techarticle",
    "scholarlyarticle",
    "report",
    "webpage",
}
_WORD_RE = re.compile(r"\w+")
_HTML_LANG = re.compile(r"""<html\b[^>]*?\blang\s*=\s*["']?([\w-]+)""", re.IGNORECASE)


def _types(obj: dict[str, Any]) -> set[str]:
    t = obj.get("@type", [])
    items = t if isinstance(t, list) else [t]
    return {str(x).lower() for x in items}


def _walk_jsonld(node: Any) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    if isinstance(node, list):
        for item in node:
            out.extend(_walk_jsonld(item))
    elif isinstance(node, dict):
        out.append(node)
        for key in ("@graph", "mainEntity", "itemListElement"):
            if key in node:
                out.extend(_walk_jsonld(node[key]))
    return out


def _jsonld(soup: BeautifulSoup) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """(best article object or {}, all objects) from the page's JSON-LD."""
    objects: list[dict[str, Any]] = []
    for tag in soup.find_all("script", type=re.compile("ld\\+json", re.IGNORECASE)):
        raw = (tag.string or tag.get_text() or "").strip()
        if not raw:
            continue
        try:
            data = json.loads(raw, strict=False)
        except ValueError:
            continue
        objects.extend(_walk_jsonld(data))
    articles = [o for o in objects if _types(o) & (_ARTICLE_TYPES - {"webpage"})]
    if not articles:
        articles = [o for o in objects if "articlebody" in {k.lower() for k in o}]
    best = max(articles, key=lambda o: len(str(o.get("articleBody") or "")), default={})
    return best, objects


def _name(value: Any) -> str | None:
    """A person/organisation name from a JSON-LD value (str, dict or list)."""
    if isinstance(value, list):
        names = [n for n in (_name(v) for v in value) if n]
        return ", ".join(dict.fromkeys(names)) or None
    if isinstance(value, dict):
        value = value.get("name")
        if isinstance(value, list):
            value = value[0] if value else None
    if isinstance(value, str):
        value = " ".join(value.split())
        return value or None
    return None


#: The snippets metadata lives in: <title>, <meta>, <link>, JSON-LD scripts.
_META_SNIPPETS = re.compile(
    r"<title\b[^>]*>.*?</title>|<meta\b[^>]*>|<link\b[^>]*>|"
    r"<script\b[^>]*ld\+json[^>]*>.*?</script>",
    re.IGNORECASE | re.DOTALL,
)


def _metadata_markup(markup: str) -> str:
    """Just the metadata tags of a page, so BeautifulSoup parses kilobytes,
    not the whole page (the body is trafilatura's job)."""
    return "<html><head>" + "\n".join(m.group(0) for m in _META_SNIPPETS.finditer(markup)) + "</head></html>"


def _first_str(value: Any) -> str | None:
    """A string, or the first string of a list (JSON-LD allows either)."""
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str) and v.strip()), None)
    return value if isinstance(value, str) and value.strip() else None


def _meta_index(soup: BeautifulSoup) -> dict[str, str]:
    """``property``/``name``/``itemprop`` (lower-cased) → first non-empty content."""
    index: dict[str, str] = {}
    for tag in soup.find_all("meta"):
        content = " ".join(str(tag.get("content") or "").split())
        if not content:
            continue
        for attr in ("property", "name", "itemprop", "http-equiv"):
            key = tag.get(attr)
            if isinstance(key, str) and key.strip():
                index.setdefault(key.strip().lower(), content)
    return index


def _meta(index: dict[str, str], *keys: str) -> str | None:
    for key in keys:
        if key.lower() in index:
            return index[key.lower()]
    return None


def _date(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if not isinstance(value, str) or not value.strip():
        return None
    value = value.strip()
    if re.match(r"^\d{4}-\d{2}-\d{2}", value):
        return value
    if not re.search(r"\b\d{4}\b", value):
        return None  # no year: a relative date ("yesterday") would be invented
    try:
        import dateparser

        parsed = dateparser.parse(value, settings={"RETURN_AS_TIMEZONE_AWARE": False})
    except Exception:  # noqa: BLE001 - dateparser raises many types
        parsed = None
    return parsed.isoformat() if parsed else None


@lru_cache(maxsize=1)
def _tld_extractor() -> Any:
    import tldextract

    # The bundled public-suffix snapshot: no network, no cache directory.
    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


def outlet_from_url(url: str | None) -> str | None:
    """Registered domain of ``url`` (``https://www.bbc.co.uk/x`` → ``bbc.co.uk``)."""
    if not url:
        return None
    host = (urlsplit(url).hostname or "").lower()
    if not host:
        return None
    host = host.removeprefix("www.")
    if re.fullmatch(r"[\d.]+|\[?[0-9a-f:]+\]?", host):
        return host
    try:
        ext = _tld_extractor()(host)
        if ext.domain and ext.suffix:
            return f"{ext.domain}.{ext.suffix}"
    except Exception:  # noqa: BLE001, S110 - fall back to the host
        pass
    return host


def _is_canonical_rel(value: object) -> bool:
    """``rel`` is exactly ``canonical`` (bs4 passes rel tokens one by one)."""
    if isinstance(value, list):
        return any(_is_canonical_rel(v) for v in value)
    return isinstance(value, str) and value.strip().lower() == "canonical"


def _clean_title(title: str | None, site_name: str | None) -> str | None:
    """Drop a site-name suffix ("Headline | Site"); a bare site name is no title."""
    if not title:
        return None
    title = " ".join(title.split())
    if site_name:
        if title.lower() == site_name.lower():
            return None
        for sep in (" | ", " - ", " – ", " — ", " :: ", " · "):
            if title.lower().endswith((sep + site_name).lower()):
                title = title[: -len(sep + site_name)].strip()
    return title or None


#: Very common function words of the languages news crawls meet most.
_STOPWORDS: dict[str, frozenset[str]] = {
    lang: frozenset(words.split(" "))
    for lang, words in {
        "en": "the and of to in is that for it with was on as are by this be at from have has",
        "de": "der die und das ist nicht mit den von zu ein eine sich auf dem des im für auch wird",
        "fr": "le la les et des est une un du dans pour que qui pas sur au avec sont par aux",
        "es": "el la los las de que y en un una por con para del se es al lo como más",
        "it": "il di che la e un una per non sono del della con le gli alla nel è si",
        "nl": "de het een en van is dat niet op te zijn voor met die aan er ook bij",
        "pt": "o a os as de que e do da em um uma para com não no na por se mais",
    }.items()
}


def guess_language(text: str) -> str | None:
    """A two-letter language guess from function words, or ``None`` when
    unsure (used only when the page declares no language)."""
    words = [w.lower() for w in _WORD_RE.findall(text[:5000])]
    if len(words) < MIN_WORDS:
        return None
    scores = {lang: sum(1 for w in words if w in stop) for lang, stop in _STOPWORDS.items()}
    ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
    (best, top), (_, second) = ranked[0], ranked[1]
    if top >= 0.08 * len(words) and top >= 1.5 * max(second, 1):
        return best
    return None


@dataclass
class PageMetadata:
    """What a page says about itself (any field may be ``None``)."""

    title: str | None = None
    byline: str | None = None
    published: str | None = None
    modified: str | None = None
    site_name: str | None = None
    lang: str | None = None
    canonical: str | None = None
    #: The page's best JSON-LD article object ({} when it has none).
    jsonld: dict[str, Any] = field(default_factory=dict)


def _byline(ld: dict[str, Any], meta: dict[str, str]) -> str | None:
    byline = _name(ld.get("author")) or _meta(meta, "author", "article:author", "byl", "parsely-author")
    if byline and byline.lower().startswith("by "):
        byline = byline[3:].strip()
    if byline and byline.startswith(("http://", "https://")):
        byline = None
    return byline


def _declared_language(markup: str, ld: dict[str, Any], meta: dict[str, str]) -> str | None:
    """``<html lang>``, else JSON-LD ``inLanguage``, else a language meta tag."""
    m = _HTML_LANG.search(markup[:5000])
    if m:
        lang = m.group(1).strip().split("-")[0].split("_")[0].lower()
        if lang:
            return lang
    in_lang = ld.get("inLanguage")
    if isinstance(in_lang, dict):
        in_lang = in_lang.get("alternateName") or in_lang.get("name")
    declared = (in_lang if isinstance(in_lang, str) else None) or _meta(
        meta, "og:locale", "content-language", "language", "dc.language"
    )
    if declared:
        return re.split(r"[-_,; ]", declared.strip().lower())[0] or None
    return None


def _canonical(soup: BeautifulSoup, meta: dict[str, str], url: str | None) -> str | None:
    link = soup.find("link", rel=_is_canonical_rel)
    if link is not None and link.get("href"):
        return urljoin(url or "", str(link["href"]).strip())
    og_url = _meta(meta, "og:url")
    return urljoin(url or "", og_url) if og_url else None


def read_metadata(markup: str, url: str | None = None) -> PageMetadata:
    """The metadata of one page's markup (``url`` resolves relative canonical links)."""
    soup = BeautifulSoup(_metadata_markup(markup), "lxml")
    ld, _objects = _jsonld(soup)
    meta = _meta_index(soup)
    publisher = ld.get("publisher")
    if isinstance(publisher, list):
        publisher = publisher[0] if publisher else None
    site_name = _name(publisher) or _meta(meta, "og:site_name", "application-name")
    title_raw = (
        _first_str(ld.get("headline"))
        or _meta(meta, "og:title", "twitter:title")
        or (soup.title.get_text() if soup.title else None)
    )
    return PageMetadata(
        title=_clean_title(title_raw, site_name),
        byline=_byline(ld, meta),
        published=_date(ld.get("datePublished"))
        or _date(_meta(meta, "article:published_time", "datePublished", "pubdate", "date", "dc.date")),
        modified=_date(ld.get("dateModified")) or _date(_meta(meta, "article:modified_time", "og:updated_time")),
        site_name=site_name,
        lang=_declared_language(markup, ld, meta),
        canonical=_canonical(soup, meta, url),
        jsonld=ld,
    )
