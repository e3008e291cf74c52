"""URL hygiene for the crawl: canonical forms, sites, and the is-article test.

Every URL the spider schedules and records goes through :func:`canonicalize`
so that ``?utm_source=…`` variants of one article are one fetch record and
one article.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

#: Query parameters that only track the reader, never select content.
TRACKING_PARAMS = re.compile(
    r"^(utm_\w+|fbclid|gclid|dclid|gclsrc|msclkid|mc_cid|mc_eid|igshid|yclid|"
    r"_ga|_gl|ref_src|ocid|cmpid|__twitter_impression|ncid|sr_share)$",
    re.IGNORECASE,
)

_NOT_ARTICLE_PATH = re.compile(
    r"/(tag|tags|topic|topics|category|categories|author|authors|search|login|"
    r"signin|register|subscribe|account|about|contact|privacy|terms|cookies?|"
    r"feed|rss|page/\d+)(/|$)|\.(jpe?g|png|gif|svg|webp|pdf|zip|mp[34]|css|js|xml|json|ico)$",
    re.IGNORECASE,
)


def canonicalize(url: str) -> str:
    """``url`` without tracking parameters, fragment, default port or ``amp`` marks.

    Scheme and host are lower-cased; the remaining query keeps its order.
    """
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    port = parts.port
    netloc = host
    if parts.username:
        netloc = f"{parts.username}@{netloc}"
    if port and not ((scheme == "http" and port == 80) or (scheme == "https" and port == 443)):
        netloc = f"{netloc}:{port}"
    query = [
        (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not TRACKING_PARAMS.match(k)
    ]
    path = parts.path or "/"
    return urlunsplit((scheme, netloc, path, urlencode(query, doseq=True), ""))


def amp_to_canonical_guess(url: str) -> str | None:
    """A likely non-AMP URL for a common AMP URL shape, or ``None``.

    Only a guess: the page's own ``rel=canonical`` link is authoritative.
    """
    parts = urlsplit(url)
    path = parts.path
    for pat, rep in (
        (r"/amp/?$", "/"),
        (r"^/amp/", "/"),
        (r"\.amp(\.html?)?$", r"\1"),
        (r"/amp\.html?$", "/"),
    ):
        new = re.sub(pat, rep, path)
        if new != path:
            return urlunsplit((parts.scheme, parts.netloc, new or "/", parts.query, ""))
    query = [(k, v) for k, v in parse_qsl(parts.query) if k.lower() not in ("amp", "outputtype")]
    if len(query) != len(parse_qsl(parts.query)):
        return urlunsplit((parts.scheme, parts.netloc, path, urlencode(query), ""))
    return None


def host_of(url: str) -> str:
    """Host of ``url`` without ``www.``, lower-cased."""
    host = (urlsplit(url).hostname or "").lower()
    return host.removeprefix("www.")


def same_site(a: str, b: str) -> bool:
    """Whether two URLs are on the same host (ignoring ``www.``) and port."""
    pa, pb = urlsplit(a), urlsplit(b)
    return host_of(a) == host_of(b) and pa.port == pb.port


def looks_like_article_url(url: str) -> bool:
    """Cheap is-article test on a URL alone, used before following a link.

    Rejects section, tag, author, account and asset URLs and the site root;
    the page itself is judged again by :func:`claimcheck.articles.parse_article`.
    """
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        return False
    path = parts.path.rstrip("/")
    if not path:
        return False
    if _NOT_ARTICLE_PATH.search(parts.path):
        return False
    last = path.rsplit("/", 1)[-1]
    if last in ("index.html", "index.htm", "index"):
        return False
    # An article slug has words or a numeric id; /news or /world alone does not.
    return (
        bool(re.search(r"[a-z0-9]+[-_][a-z0-9]+|\d{4,}|\.html?$", last, re.IGNORECASE))
        or path.count("/") >= 3
    )
