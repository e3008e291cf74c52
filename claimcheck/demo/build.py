"""Build the demo news site (``claimcheck/demo/site``) from the seed articles.

The demo corpus is the start of the flow when no real source is given:
``scrapy crawl news`` serves this directory on 127.0.0.1 and crawls it through
its RSS feed and sitemap. Each seed ``<stem>.txt`` becomes
``articles/<stem>.html``; the pages carry only what the seeds say (no dates,
bylines or outlets). A seed whose first line is its title (followed by body
lines) gets an ``<h1>``; the others get none.

Usage: ``python -m claimcheck.demo.build SEEDS_DIR [OUT_DIR]``
"""

from __future__ import annotations

import html
import json
import sys
from pathlib import Path
from xml.sax.saxutils import escape

SITE_DIR = Path(__file__).resolve().parent / "site"
SITE_NAME = "claimcheck demo"
#: Stand-in base URL in the feed, sitemap and robots.txt; the demo server
#: rewrites it to its own ``http://127.0.0.1:<port>`` when it serves them.
BASE_PLACEHOLDER = "http://claimcheck.invalid"
#: Port-independent canonical base of the article pages, so a demo article
#: keeps one id (a hash of its canonical URL) whatever port serves it.
CANONICAL_BASE = "https://demo.claimcheck.invalid"

#: Seeds whose first line is a title (per /work/shared/gold/seeds.gold.json).
_TITLE_MAX_WORDS = 16


def split_seed(text: str) -> tuple[str | None, list[str]]:
    """Split a seed text into (title or None, paragraph lines).

    The first line is a title when it is short, does not end like a sentence
    and the seed has more lines after it.
    """
    lines = [line.strip() for line in text.splitlines()]
    lines = [line for line in lines if line]
    if not lines:
        return None, []
    first = lines[0]
    is_title = (
        len(lines) > 1
        and len(first.split()) <= _TITLE_MAX_WORDS
        and not first.endswith((".", ":", "?", "!", '"'))
    )
    if is_title:
        return first, lines[1:]
    return None, lines


def article_page(stem: str, title: str | None, paragraphs: list[str]) -> str:
    """One HTML5 article page with a little site chrome around the article."""
    head_title = html.escape(title) if title else SITE_NAME
    body = "\n".join(f"      <p>{html.escape(p)}</p>" for p in paragraphs)
    ld: dict[str, object] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "url": f"{CANONICAL_BASE}/articles/{stem}.html",
        "articleBody": "\n".join(paragraphs),
    }
    if title:
        ld["headline"] = title
    h1 = f"      <h1>{html.escape(title)}</h1>\n" if title else ""
    ld_json = json.dumps(ld, ensure_ascii=False, indent=1).replace("</", "<\\/")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{head_title}</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{SITE_NAME}">
  <link rel="canonical" href="{CANONICAL_BASE}/articles/{stem}.html">
  <link rel="alternate" type="application/rss+xml" href="/feed.xml" title="Demo feed">
  <script type="application/ld+json">
{ld_json}
  </script>
</head>
<body>
  <header class="site-header">
    <nav><a href="/index.html">Home</a> | <a href="/feed.xml">RSS</a> | <a href="/sitemap.xml">Sitemap</a></nav>
  </header>
  <main>
    <article>
{h1}{body}
    </article>
  </main>
  <footer class="site-footer">
    <p>Demo corpus of the claimcheck library. <a href="/index.html">All articles</a></p>
  </footer>
</body>
</html>
"""


def index_page(entries: list[tuple[str, str]]) -> str:
    """The front page: a list of links to every article."""
    items = "\n".join(
        f'      <li><a href="articles/{stem}.html">{html.escape(label)}</a></li>' for stem, label in entries
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{SITE_NAME}</title>
  <meta property="og:type" content="website">
  <link rel="alternate" type="application/rss+xml" href="/feed.xml" title="Demo feed">
</head>
<body>
  <header><h1>{SITE_NAME}</h1></header>
  <main>
    <ul class="articles">
{items}
    </ul>
  </main>
  <footer><p>Demo corpus of the claimcheck library.</p></footer>
</body>
</html>
"""


def feed_xml(entries: list[tuple[str, str | None, str]]) -> str:
    """RSS 2.0 feed of every article: (stem, title or None, first paragraph).

    Untitled seeds get a ``<description>`` (their first paragraph) instead of
    a made-up title; no ``pubDate``: the seeds have none.
    """
    items = "\n".join(
        f"""    <item>
      {f"<title>{escape(title)}</title>" if title else f"<description>{escape(lead)}</description>"}
      <link>{BASE_PLACEHOLDER}/articles/{stem}.html</link>
      <guid isPermaLink="true">{BASE_PLACEHOLDER}/articles/{stem}.html</guid>
    </item>"""
        for stem, title, lead in entries
    )
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0">
  <channel>
    <title>{SITE_NAME}</title>
    <link>{BASE_PLACEHOLDER}/index.html</link>
    <description>The seed articles of the claimcheck demo corpus.</description>
{items}
  </channel>
</rss>
"""


def sitemap_xml(entries: list[tuple[str, str]]) -> str:
    """A plain sitemap of the articles (no lastmod: the seeds have none)."""
    urls = "\n".join(
        f"  <url><loc>{BASE_PLACEHOLDER}/articles/{stem}.html</loc></url>" for stem, _ in entries
    )
    return f"""<?xml version="1.0" encoding="utf-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
{urls}
</urlset>
"""


def build(seeds_dir: str | Path, out_dir: str | Path = SITE_DIR) -> list[Path]:
    """Write the demo site for the ``*.txt`` seeds in ``seeds_dir``; return files."""
    seeds = sorted(Path(seeds_dir).glob("*.txt"))
    if not seeds:
        raise FileNotFoundError(f"no *.txt seeds in {seeds_dir}")
    out = Path(out_dir)
    (out / "articles").mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    entries: list[tuple[str, str]] = []
    feed_entries: list[tuple[str, str | None, str]] = []
    for seed in seeds:
        title, paragraphs = split_seed(seed.read_text(encoding="utf-8"))
        path = out / "articles" / f"{seed.stem}.html"
        path.write_text(article_page(seed.stem, title, paragraphs), encoding="utf-8")
        written.append(path)
        entries.append((seed.stem, title or seed.stem))
        feed_entries.append((seed.stem, title, paragraphs[0] if paragraphs else ""))
    for name, text in (
        ("index.html", index_page(entries)),
        ("feed.xml", feed_xml(feed_entries)),
        ("sitemap.xml", sitemap_xml(entries)),
        ("robots.txt", f"User-agent: *\nAllow: /\n\nSitemap: {BASE_PLACEHOLDER}/sitemap.xml\n"),
    ):
        (out / name).write_text(text, encoding="utf-8")
        written.append(out / name)
    return written


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if not args:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    files = build(args[0], args[1] if len(args) > 1 else SITE_DIR)
    print(f"wrote {len(files)} files")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
