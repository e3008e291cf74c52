"""HTML page → :class:`~claimcheck.model.Article` (the crawl stage's parser).

``parse_article`` takes a fetched page and returns its plain body text plus
metadata. The body comes from trafilatura (``favor_precision=True``, comments
off); JSON-LD ``articleBody`` replaces it when it is longer and consistent with
what trafilatura found. Title, byline, dates, site name, language and the
canonical URL come from JSON-LD, Open Graph and ``<meta>`` tags.

A page that yields no article text gets a status other than ``ok``
(``paywalled``, ``javascript``, ``not_article`` or ``empty``) and no text:
an ``ok`` article is never empty. Input that is not HTML text at all (binary
data, undecodable bytes) raises :class:`ArticleError`.
"""

from __future__ import annotations

import html as html_lib
import json
import re
from collections import Counter
from functools import lru_cache
from typing import Any
from urllib.parse import urljoin, urlsplit

import trafilatura
from bs4 import BeautifulSoup

from claimcheck.model import Article

__all__ = ["ArticleError", "decode_html", "guess_language", "outlet_from_url", "parse_article"]

#: Fewer words than this and a page is not an article.
MIN_WORDS = 25
#: Larger pages are refused (:class:`ArticleError`): parsing 50 MB of markup
#: takes half a minute and no news article is that long. The crawl stops
#: downloading at its own limit (``CLAIMCHECK_MAX_PAGE_SIZE``) first.
MAX_PAGE_BYTES = 10 * 1024 * 1024

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
_PAYWALL_RE = re.compile(
    r"paywall|subscribe to (continue|read)|subscribers only|subscriber[- ]only|"
    r"already a subscriber|to continue reading|premium content|meteredcontent",
    re.IGNORECASE,
)
_JS_RE = re.compile(
    r"enable javascript|javascript (is )?(required|disabled)|"
    r"requires javascript|turn on javascript|javascript to run this app",
    re.IGNORECASE,
)
_WORD_RE = re.compile(r"\w+")
_CONTROL_RE = re.compile("[\x00-\x08\x0b\x0e-\x1f]")
_CONTROL_BYTES_RE = re.compile(b"[\x00-\x08\x0b\x0e-\x1f]")
_HTML_LANG = re.compile(r"""<html\b[^>]*?\blang\s*=\s*["']?([\w-]+)""", re.IGNORECASE)


class ArticleError(ValueError):
    """The input cannot be parsed as an HTML page (binary, undecodable or too large).

    ``status`` is the fetch-record status it stands for: ``not_html`` (binary
    data), ``too_large`` or ``error``.
    """

    def __init__(self, message: str, status: str = "error") -> None:
        super().__init__(message)
        self.status = status


# -- decoding ---------------------------------------------------------------


def decode_html(data: str | bytes, encoding: str | None = None) -> str:
    """Return page markup as text; raise :class:`ArticleError` for binary data.

    Bytes are decoded by their BOM; else as UTF-8 when they are valid UTF-8
    (declarations lie more often than UTF-8 validity does); else by the
    declared charset (``encoding``, e.g. from the HTTP header, then
    ``<meta charset>``), decoded strictly; else by a guess that prefers
    windows-1252 for Western single-byte text. ``latin-1``/``ascii``
    declarations mean windows-1252, as in browsers. Text with NUL bytes or
    many control characters is refused, and so is a page larger than
    :data:`MAX_PAGE_BYTES`.
    """
    if isinstance(data, bytes):
        if len(data) > MAX_PAGE_BYTES:
            raise ArticleError(f"page too large: {len(data)} bytes (limit {MAX_PAGE_BYTES})", "too_large")
        if data[:2] in (b"\x1f\x8b",) or data[:4] in (b"%PDF", b"PK\x03\x04"):
            raise ArticleError("input is binary (compressed or document file), not HTML", "not_html")
        if data[:8] in (b"\x89PNG\r\n\x1a\n",) or data[:3] in (b"GIF", b"\xff\xd8\xff"):
            raise ArticleError("input is binary (image file), not HTML", "not_html")
        text = _decode_bytes(data, encoding)
    elif isinstance(data, str):
        if len(data) > MAX_PAGE_BYTES:
            raise ArticleError(
                f"page too large: {len(data)} characters (limit {MAX_PAGE_BYTES})", "too_large"
            )
        text = data
    else:
        raise ArticleError(f"expected str or bytes, got {type(data).__name__}")
    sample = text[:4096]
    controls = len(_CONTROL_RE.findall(sample))
    if "\x00" in sample or (sample and controls / len(sample) > 0.05):
        raise ArticleError("input looks binary, not HTML text", "not_html")
    if sample and sample.count("\ufffd") / len(sample) > 0.05:
        raise ArticleError("input looks binary (undecodable bytes), not HTML text", "not_html")
    return text


#: Declarations browsers read as windows-1252 (WHATWG encoding labels).
_CP1252_LABELS = {
    "latin-1",
    "latin1",
    "iso-8859-1",
    "iso8859-1",
    "l1",
    "ascii",
    "us-ascii",
    "cp819",
    "windows-1252",
    "cp1252",
}
_META_CHARSET = re.compile(r"""<meta[^>]+charset\s*=\s*["']?([\w:.-]+)""", re.IGNORECASE)


def _norm_encoding(label: str) -> str | None:
    import codecs

    label = label.strip().strip("\"'").lower()
    if label in _CP1252_LABELS:
        return "cp1252"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _decode_bytes(data: bytes, encoding: str | None = None) -> str:
    for bom, enc in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            return data.decode(enc, "replace")
    head_bytes = data[:4096]
    if b"\x00" in head_bytes:
        raise ArticleError("input looks binary (NUL bytes), not HTML text", "not_html")
    # No text encoding news pages use puts C0 control bytes in multi-byte
    # sequences, so counting them on the raw bytes is safe (and spares the
    # charset guesser megabytes of noise).
    if head_bytes and len(_CONTROL_BYTES_RE.findall(head_bytes)) / len(head_bytes) > 0.05:
        raise ArticleError("input looks binary (control bytes), not HTML text", "not_html")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    head = data[:4096].decode("ascii", "replace")
    m = _META_CHARSET.search(head)
    declared = [e for e in (encoding, m.group(1) if m else None) if e]
    for label in declared:
        codec = _norm_encoding(label)
        if codec is None or codec.startswith("utf-16") or codec == "utf-8":
            continue
        try:
            return data.decode(codec)
        except (LookupError, UnicodeDecodeError):
            continue
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:200_000]).best()
    except Exception:  # noqa: BLE001 - charset guessing is best effort
        best = None
    guess = _norm_encoding(best.encoding) if best is not None else None
    single_byte = guess is None or guess.startswith(("cp12", "iso8859", "latin", "mac", "cp8", "koi8"))
    if single_byte and guess not in ("koi8-r", "cp1251", "iso8859-5", "cp1253", "iso8859-7"):
        try:
            return data.decode("cp1252")  # Western single-byte text, the usual mislabel
        except UnicodeDecodeError:
            pass
    if guess is None:
        raise ArticleError(
            "input looks binary (cannot decode it in any known encoding), not HTML text", "not_html"
        )
    return data.decode(guess, "replace")


# -- metadata ----------------------------------------------------------------


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


# -- body --------------------------------------------------------------------


def _shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    toks = _WORD_RE.findall(text)
    if len(toks) < n:
        return Counter([tuple(toks)]) if toks else Counter()
    return Counter(tuple(toks[i : i + n]) for i in range(len(toks) - n + 1))


def _jsonld_body(jsonld_text: str, extracted: str) -> bool:
    """Whether JSON-LD ``articleBody`` should replace the extracted text.

    It must be longer and contain nearly all of what trafilatura extracted
    (so it is the same article, not a teaser or another story).
    """
    if not jsonld_text:
        return False
    jl_words = len(_WORD_RE.findall(jsonld_text))
    ex_words = len(_WORD_RE.findall(extracted))
    # Clearly longer only: article bodies in JSON-LD often glue paragraphs
    # together ("end.Next"), so a body of about the same length is worse.
    if jl_words < MIN_WORDS or jl_words < 1.1 * ex_words:
        return False
    if ex_words == 0:
        return True
    ex, jl = _shingles(extracted), _shingles(jsonld_text)
    common = sum((ex & jl).values())
    return common / max(1, sum(ex.values())) >= 0.9


def _clean_text(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = [" ".join(line.split()) for line in text.split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()


def _strip_title(text: str, title: str | None) -> str:
    """Remove the title when the text starts with it (no duplicated headline)."""
    if not title or not text:
        return text
    lines = text.split("\n", 3)
    target = title.casefold()
    if " ".join(lines[0].split()).casefold() == target:
        return "\n".join(lines[1:]).lstrip("\n")
    # a short kicker ("Review", "Analysis") before the headline goes with it
    if len(lines) > 2 and len(lines[0].split()) <= 3 and " ".join(lines[1].split()).casefold() == target:
        return "\n".join(lines[2:]).lstrip("\n")
    return text


#: A precision-mode body shorter than this many tokens is checked against the
#: default mode, which sometimes keeps an article precision mode dropped.
_SHORT_BODY = 100


def _extract_bodies(markup: str, url: str | None) -> tuple[str, str | None]:
    """trafilatura's body in precision mode, and in default mode when the
    precision body is short (under :data:`_SHORT_BODY` tokens) and the default
    one at least twice as long (e.g. precision mode kept a reprint notice
    instead of the story); ``None`` otherwise."""
    options: dict[str, Any] = {"url": url, "include_comments": False, "deduplicate": False}
    precise = trafilatura.extract(markup, favor_precision=True, **options) or ""
    n_precise = len(_WORD_RE.findall(precise))
    if n_precise < _SHORT_BODY:
        default = trafilatura.extract(markup, **options) or ""
        if len(_WORD_RE.findall(default)) >= 2 * max(n_precise, 1):
            return precise, default
    return precise, None


_ANCHOR_RE = re.compile(r"<a\b[^>]*>(.*?)</a>", re.IGNORECASE | re.DOTALL)
_TAG_RE = re.compile(r"<[^>]+>")


def _mostly_links(text: str, markup: str) -> bool:
    """Whether most of the text's words sit in lines that are link texts."""
    anchors = {" ".join(_TAG_RE.sub(" ", m.group(1)).split()).casefold() for m in _ANCHOR_RE.finditer(markup)}
    anchors.discard("")
    if not anchors:
        return False
    anchors = {html_lib.unescape(a) for a in anchors}
    total = linked = 0
    for line in text.split("\n"):
        n = len(_WORD_RE.findall(line))
        total += n
        if " ".join(line.split()).casefold() in anchors:
            linked += n
    return total > 0 and linked / total > 0.5


def _status(markup: str, ld: dict[str, Any]) -> str:
    """Why a page without enough text is not an ``ok`` article."""
    free = ld.get("isAccessibleForFree")
    if str(free).lower() in ("false", "0") or _PAYWALL_RE.search(markup):
        return "paywalled"
    soup = BeautifulSoup(markup, "lxml")
    noscript = " ".join(t.get_text(" ") for t in soup.find_all("noscript"))
    for tag in soup.find_all(["script", "style", "noscript", "template"]):
        tag.decompose()
    body = soup.body
    visible = body.get_text(" ", strip=True) if body is not None else ""
    if _JS_RE.search(noscript) or _JS_RE.search(visible[:2000]):
        return "javascript"
    n_scripts = len(re.findall(r"<script\b", markup, re.IGNORECASE))
    if n_scripts >= 3 and len(_WORD_RE.findall(visible)) < MIN_WORDS:
        return "javascript"
    if len(_WORD_RE.findall(visible)) < 5:
        return "empty"
    return "not_article"


def parse_article(html: str | bytes, url: str | None = None, *, encoding: str | None = None) -> Article:
    """Parse one HTML page into an :class:`Article`.

    ``url`` is where the page was fetched from (used for relative canonical
    links and the outlet fallback). The result's ``status`` is ``ok`` only when
    an article body of at least :data:`MIN_WORDS` words was found; otherwise the
    text is empty and the status says why. Raises :class:`ArticleError` for
    binary, undecodable or oversized input. ``encoding`` is a charset hint for
    bytes (the HTTP ``Content-Type`` charset); see :func:`decode_html`.
    """
    markup = decode_html(html, encoding)
    if not markup.strip():
        return Article(url=url or "", status="empty")
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
    title = _clean_title(title_raw, site_name)
    byline = _name(ld.get("author")) or _meta(meta, "author", "article:author", "byl", "parsely-author")
    if byline and byline.lower().startswith("by "):
        byline = byline[3:].strip()
    if byline and byline.startswith(("http://", "https://")):
        byline = None
    published = _date(ld.get("datePublished")) or _date(
        _meta(meta, "article:published_time", "datePublished", "pubdate", "date", "dc.date")
    )
    modified = _date(ld.get("dateModified")) or _date(_meta(meta, "article:modified_time", "og:updated_time"))
    lang = None
    m = _HTML_LANG.search(markup[:5000])
    if m:
        lang = m.group(1).strip().split("-")[0].split("_")[0].lower() or None
    if not lang:
        in_lang = ld.get("inLanguage")
        if isinstance(in_lang, dict):
            in_lang = in_lang.get("alternateName") or in_lang.get("name")
        declared = (in_lang if isinstance(in_lang, str) else None) or _meta(
            meta, "og:locale", "content-language", "language", "dc.language"
        )
        if declared:
            lang = re.split(r"[-_,; ]", declared.strip().lower())[0] or None
    canonical = None
    link = soup.find("link", rel=_is_canonical_rel)
    if link is not None and link.get("href"):
        canonical = urljoin(url or "", str(link["href"]).strip())
    if not canonical:
        og_url = _meta(meta, "og:url")
        canonical = urljoin(url or "", og_url) if og_url else None

    precise, fallback = _extract_bodies(markup, url)
    text = _strip_title(_clean_text(precise), title)
    ld_body = ld.get("articleBody")
    ld_text = ""
    if isinstance(ld_body, str):
        ld_text = _clean_text(BeautifulSoup(ld_body, "lxml").get_text("\n") if "<" in ld_body else ld_body)
        ld_text = _strip_title(ld_text, title)
    if ld_text and _jsonld_body(ld_text, text):
        text = ld_text
    elif fallback is not None:
        text = _strip_title(_clean_text(fallback), title)
    words = len(_WORD_RE.findall(text))
    status = "ok" if words >= MIN_WORDS else _status(markup, ld)
    if status == "ok" and not ld and _mostly_links(text, markup):
        status = "not_article"  # a front page or section listing
    if status != "ok":
        text = ""
    if not lang and text:
        lang = guess_language(text)
    return Article(
        url=url or canonical or "",
        text=text,
        title=title,
        canonical_url=canonical,
        outlet=site_name or outlet_from_url(canonical or url),
        byline=byline,
        published=published,
        modified=modified,
        site_name=site_name,
        lang=lang,
        status=status,
    )
