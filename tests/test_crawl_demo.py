"""Real crawls of the bundled demo corpus (served on 127.0.0.1 by the spider)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from httpserver import REPO_ROOT, rows, run_scrapy

SEEDS = REPO_ROOT.parent / "shared" / "seeds"
GOLD = REPO_ROOT.parent / "shared" / "gold" / "seeds.gold.json"


def _norm(text: str) -> str:
    return " ".join(text.split())


def test_scrapy_crawl_news_crawls_the_demo_corpus(tmp_path: Path) -> None:
    db = tmp_path / "claims.db"
    proc = run_scrapy(db)
    assert "crawling the demo corpus" in proc.stderr
    articles = rows(db, "SELECT * FROM articles ORDER BY url")
    assert len(articles) == 5
    assert all(a["status"] == "ok" and a["found_via"] in ("feed", "sitemap") for a in articles)
    assert all(a["byline"] is None and a["published"] is None for a in articles)
    fetches = rows(db, "SELECT * FROM fetches")
    assert len(fetches) == 5 and all(f["http_status"] == 200 and f["article_id"] for f in fetches)
    (run,) = rows(db, "SELECT * FROM runs WHERE stage = 'crawl'")
    assert json.loads(run["counts"])["new"] == 5
    if SEEDS.is_dir():
        by_stem = {Path(a["canonical_url"]).stem: a for a in articles}
        gold = json.loads(GOLD.read_text())["articles"] if GOLD.exists() else {}
        for seed in sorted(SEEDS.glob("*.txt")):
            art = by_stem[seed.stem]
            text = seed.read_text(encoding="utf-8")
            if art["title"]:
                text = text.partition("\n")[2]
            assert _norm(art["text"]) == _norm(text), seed.stem
            if seed.name in gold:
                assert art["title"] == gold[seed.name]["title"]


def test_second_demo_crawl_fetches_only_feed_and_sitemap(tmp_path: Path) -> None:
    db = tmp_path / "claims.db"
    run_scrapy(db)
    run_scrapy(db)
    assert len(rows(db, "SELECT id FROM articles")) == 5
    assert len(rows(db, "SELECT * FROM article_versions")) == 5
    # recorded under the port-independent demo address, so the new port of
    # the second run's server does not make every page look new
    urls = [f["url"] for f in rows(db, "SELECT url FROM fetches")]
    assert len(urls) == 5 and all(u.startswith("https://demo.claimcheck.invalid/articles/") for u in urls)
    last = json.loads(rows(db, "SELECT counts FROM runs ORDER BY id DESC LIMIT 1")[0]["counts"])
    assert last.get("new", 0) == 0 and last.get("fetched", 0) == 0
    assert last["skipped_unchanged"] == 10  # 5 from the feed, 5 from the sitemap
    assert last["requests"] == 3  # robots.txt, feed, sitemap


def test_db_from_environment(tmp_path: Path) -> None:
    db = tmp_path / "env.db"
    run_scrapy(None, env={"CLAIMCHECK_DB": str(db)})
    assert len(rows(db, "SELECT id FROM articles")) == 5


def test_crawl_function_default_db_and_counts(tmp_path: Path) -> None:
    env = dict(os.environ)
    env.pop("CLAIMCHECK_DB", None)
    env["PYTHONPATH"] = str(REPO_ROOT)
    code = (
        "import json; from claimcheck.crawl.run import crawl; "
        "print(json.dumps(crawl(settings={'AUTOTHROTTLE_START_DELAY': 0, 'LOG_LEVEL': 'WARNING'})))"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    counts = json.loads(proc.stdout.strip().splitlines()[-1])
    assert counts["new"] == 5 and counts["errors"] == 0
    assert (tmp_path / "db" / "claims.db").exists()
    assert len(rows(tmp_path / "db" / "claims.db", "SELECT id FROM articles")) == 5


def test_crawl_function_rejects_unknown_options() -> None:
    from claimcheck.crawl.run import crawl

    with pytest.raises(TypeError, match="bogus"):
        crawl("x.db", bogus=1)


@pytest.mark.parametrize(
    ("option", "message"),
    [
        ({"since": "28/01/2025"}, "YYYY-MM-DD"),
        ({"follow": "deep"}, "link depth"),
        ({"sources": "/nope.toml"}, "not found"),
    ],
)
def test_crawl_function_validates_options_before_crawling(option: dict, message: str) -> None:
    from claimcheck.crawl.run import crawl

    with pytest.raises(ValueError, match=message):
        crawl("x.db", **option)
