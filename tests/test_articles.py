"""parse_article on saved pages (golden pairs in tests/data/pages) and edge cases."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from claimcheck.articles import ArticleError, outlet_from_url, parse_article
from claimcheck.demo.build import SITE_DIR

PAGES = Path(__file__).parent / "data" / "pages"
SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
GOLDEN = sorted(p.stem for p in PAGES.glob("*.json"))


def _norm(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("stem", GOLDEN)
def test_golden_page(stem: str) -> None:
    expected = json.loads((PAGES / f"{stem}.json").read_text(encoding="utf-8"))
    article = parse_article((PAGES / f"{stem}.html").read_bytes(), expected["url"])
    got = article.to_dict()
    for key, value in expected.items():
        if key == "text":
            assert _norm(got["text"]) == _norm(value)
        else:
            assert got[key] == value, key


@pytest.mark.parametrize("stem", GOLDEN)
def test_never_an_empty_ok_article(stem: str) -> None:
    article = parse_article((PAGES / f"{stem}.html").read_bytes(), "https://example.com/x")
    assert (article.status == "ok") == bool(article.text.strip())


def test_title_is_not_repeated_in_text() -> None:
    article = parse_article((PAGES / "newsarticle_jsonld.html").read_bytes())
    assert article.title == "Chipmaker shares slide after cheap model claim"
    assert not article.text.startswith(article.title)
    assert "By Jane Doe" not in article.text
    assert "Comments" not in article.text and "mark my words" not in article.text
    assert "Trending" not in article.text


def test_jsonld_article_body_used_when_longer_and_consistent() -> None:
    article = parse_article((PAGES / "latin1_jsonld_body.html").read_bytes())
    assert article.text.endswith("sales in the region.")
    assert article.byline == "Élodie Martín"  # decoded from ISO-8859-1 bytes


def test_jsonld_body_of_another_story_is_ignored() -> None:
    html = (PAGES / "newsarticle_jsonld.html").read_text(encoding="utf-8")
    other = "An entirely different story about football transfers and the weather. " * 20
    html = html.replace('"inLanguage":"en-GB"', f'"inLanguage":"en-GB","articleBody":"{other}"')
    article = parse_article(html)
    assert "football" not in article.text
    assert article.text.startswith("Shares in the world's largest maker")


@pytest.mark.skipif(not SEEDS.is_dir(), reason="shared seeds not available")
@pytest.mark.parametrize("seed", sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else [], ids=lambda p: p.stem)
def test_demo_pages_reproduce_seeds(seed: Path) -> None:
    page = SITE_DIR / "articles" / f"{seed.stem}.html"
    article = parse_article(page.read_bytes(), f"http://127.0.0.1/articles/{page.name}")
    assert article.status == "ok"
    text = seed.read_text(encoding="utf-8")
    if article.title:
        first, _, rest = text.partition("\n")
        assert first.strip() == article.title
        text = rest
    assert _norm(article.text) == _norm(text)


def test_demo_titles_follow_gold() -> None:
    titled = {"001", "002", "003"}
    for page in sorted((SITE_DIR / "articles").glob("*.html")):
        article = parse_article(page.read_bytes())
        assert (article.title is not None) == (page.stem[:3] in titled), page.stem
        assert article.byline is None and article.published is None


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
        gzip.compress(b"<html><body><p>hi</p></body></html>"),
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj",
        "text with a NUL \x00 in it",
    ],
    ids=["png", "gzip", "pdf", "nul-str"],
)
def test_binary_input_raises(data: bytes | str) -> None:
    with pytest.raises(ArticleError):
        parse_article(data)


def test_wrong_type_raises() -> None:
    with pytest.raises(ArticleError):
        parse_article(12345)  # type: ignore[arg-type]


def test_empty_input_is_empty_status() -> None:
    for data in ("", b"", "   \n", "<html><body></body></html>"):
        article = parse_article(data, "https://example.com/a")
        assert article.status == "empty" and article.text == ""


@pytest.mark.parametrize(
    ("url", "outlet"),
    [
        ("https://www.bbc.co.uk/news/x", "bbc.co.uk"),
        ("https://edition.cnn.com/2025/01/27/tech", "cnn.com"),
        ("http://example.com:8080/a", "example.com"),
        ("http://127.0.0.1:5000/a", "127.0.0.1"),
        (None, None),
    ],
)
def test_outlet_from_url(url: str | None, outlet: str | None) -> None:
    assert outlet_from_url(url) == outlet


def test_outlet_falls_back_to_host_without_site_name() -> None:
    html = (
        "<html><head><title>T</title></head><body><article>"
        + "<p>word " * 60
        + "</p></article></body></html>"
    )
    article = parse_article(html, "https://www.reuters.com/technology/story-2025-01-27/")
    assert article.outlet == "reuters.com"
    assert article.status == "ok"


def test_only_rel_canonical_counts_as_canonical() -> None:
    body = "<article>" + "<p>word " * 60 + "</p></article>"
    html = (
        f'<html><head><link rel="x-canonical" href="https://a.test/other"></head><body>{body}</body></html>'
    )
    assert parse_article(html, "https://a.test/story").canonical_url is None
    html = f'<html><head><link rel="Canonical" href="/story-2"></head><body>{body}</body></html>'
    assert parse_article(html, "https://a.test/story").canonical_url == "https://a.test/story-2"


@pytest.mark.parametrize(
    "jsonld",
    [
        (
            '{"@type":["NewsArticle","Thing"],"headline":["First","Second"],"author":"Jane",'
            '"publisher":[{"name":"P1"},{"name":"P2"}],"datePublished":{"x":1}}'
        ),
        '[{"@type":"NewsArticle","author":[{"name":["A","B"]}],"datePublished":"yesterday"}]',
        '{"@graph":{"@type":"Article","articleBody":null,"headline":null}}',
        "{broken json",
        '"just a string"',
        '{"@type":"NewsArticle","articleBody":5,"inLanguage":{"name":"English"}}',
    ],
)
def test_odd_jsonld_shapes_do_not_break_or_invent(jsonld: str) -> None:
    body = "<article>" + "<p>word number " * 50 + "</p></article>"
    html = (
        f'<html><head><script type="application/ld+json">{jsonld}</script></head><body>{body}</body></html>'
    )
    article = parse_article(html, "https://x.test/a")
    assert article.status == "ok"
    assert article.published is None  # never a date made up from "yesterday" or a dict
    if "P1" in jsonld:
        assert (article.title, article.outlet, article.byline) == ("First", "P1", "Jane")
