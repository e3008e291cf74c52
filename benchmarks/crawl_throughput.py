"""Crawl throughput: claimcheck's news spider as a ratio of bare Scrapy.

Serves N article pages (copies of the demo corpus under distinct URLs, listed
in a sitemap) on 127.0.0.1 and crawls them twice, each in its own process:
a bare Scrapy spider that only downloads the pages, and claimcheck's
``NewsSpider`` (discovery, ``parse_article``, the SQLite store pipeline).
Politeness delays are switched off for both so the figures compare work,
not waiting.

Usage: ``python benchmarks/crawl_throughput.py [N_PAGES]`` (default 500).
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import ClassVar

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from claimcheck.demo.build import SITE_DIR
from claimcheck.demo.server import DemoServer

FAST = {
    "AUTOTHROTTLE_ENABLED": False,
    "ROBOTSTXT_OBEY": False,
    "CONCURRENT_REQUESTS": 16,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 16,
    "LOG_LEVEL": "WARNING",
}


def make_site(directory: Path, n: int) -> None:
    """N article pages under /a/<i>.html and a sitemap listing them."""
    pages = sorted((SITE_DIR / "articles").glob("*.html"))
    (directory / "a").mkdir(parents=True)
    locs = []
    for i in range(n):
        html = pages[i % len(pages)].read_text(encoding="utf-8")
        html = html.replace(
            '<link rel="canonical"', f'<meta name="copy" content="{i}"><link rel="x-canonical"'
        )
        (directory / "a" / f"{i}.html").write_text(html, encoding="utf-8")
        locs.append(f"<url><loc>{{BASE}}/a/{i}.html</loc></url>")
    sitemap = '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">' + "".join(locs) + "</urlset>"
    (directory / "sitemap.xml").write_text(
        sitemap.replace("{BASE}", "http://claimcheck.invalid"), encoding="utf-8"
    )


def run_bare(sitemap: str) -> None:
    """Bare Scrapy: SitemapSpider whose callback does nothing."""
    from scrapy.crawler import CrawlerProcess
    from scrapy.spiders import SitemapSpider

    class Bare(SitemapSpider):
        name = "bare"
        sitemap_urls: ClassVar[list[str]] = [sitemap]

        def parse(self, response):  # type: ignore[no-untyped-def]
            return None

    process = CrawlerProcess({**FAST, "TELNETCONSOLE_ENABLED": False, "REMOTE_CONTROL_ENABLED": False})
    process.crawl(Bare)
    process.start()


def run_claimcheck(sitemap: str, db: str) -> None:
    from claimcheck.crawl.run import crawl

    counts = crawl(db, sitemaps=[sitemap], settings=FAST)
    print(json.dumps(counts), file=sys.stderr)


def timed(args: list[str]) -> float:
    t0 = time.perf_counter()
    subprocess.run([sys.executable, __file__, *args], check=True, cwd=ROOT)
    return time.perf_counter() - t0


def main(argv: list[str]) -> int:
    if argv and argv[0] == "--bare":
        run_bare(argv[1])
        return 0
    if argv and argv[0] == "--claimcheck":
        run_claimcheck(argv[1], argv[2])
        return 0
    n = int(argv[0]) if argv else 500
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        make_site(site, n)
        with DemoServer(site) as base:
            sitemap = f"{base}/sitemap.xml"
            # warm-up (imports, page cache), then measure
            timed(["--bare", sitemap])
            bare = timed(["--bare", sitemap])
            ours = timed(["--claimcheck", sitemap, str(Path(tmp) / "bench.db")])
    print(f"{n} pages on 127.0.0.1, one process each, politeness delays off")
    print(f"bare Scrapy          {bare:6.2f} s  {n / bare:7.1f} pages/s  1.00x")
    print(f"claimcheck crawl     {ours:6.2f} s  {n / ours:7.1f} pages/s  {bare / ours:.2f}x of bare")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
