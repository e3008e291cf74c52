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
import re
from collections import Counter
from typing import Any

import trafilatura
from bs4 import BeautifulSoup

from claimcheck.decoding import MAX_PAGE_BYTES, ArticleError, decode_html
from claimcheck.metadata import MIN_WORDS, guess_language, outlet_from_url, read_metadata
from claimcheck.model import Article

__all__ = ["MAX_PAGE_BYTES", "ArticleError", "decode_html", "guess_language", "outlet_from_url", "parse_article"]

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
    meta = read_metadata(markup, url)
    title, ld = meta.title, meta.jsonld

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
    lang = meta.lang or (guess_language(text) if text else None)
    return Article(
        url=url or meta.canonical or "",
        text=text,
        title=title,
        canonical_url=meta.canonical,
        outlet=meta.site_name or outlet_from_url(meta.canonical or url),
        byline=meta.byline,
        published=meta.published,
        modified=meta.modified,
        site_name=meta.site_name,
        lang=lang,
        status=status,
    )
