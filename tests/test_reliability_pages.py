"""Hostile pages: malformed, binary, huge, mislabelled charsets, empty,
non-English and boilerplate-only pages, as parser unit tests and as one real
crawl of a local server that serves all of them at once (plus network faults:
a server that never answers, connection resets, 5xx, redirect loops and a
server that trickles bytes). The crawl must finish, store the good pages and
record every bad one with a status and an error."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from httpserver import HTML, TEXT, XML, TestServer, article_html, hang, reset, rows, run_scrapy, trickle

from claimcheck.articles import MAX_PAGE_BYTES, ArticleError, decode_html, guess_language, parse_article

FRENCH = (
    "<p>Le gouvernement a annoncé mardi une nouvelle série de mesures pour soutenir les entreprises "
    "qui sont touchées par la hausse des prix de l'énergie, et le ministre a précisé que les aides "
    "seront versées dans les prochaines semaines aux entreprises les plus exposées.</p>"
    "<p>Les syndicats estiment que ces mesures ne sont pas suffisantes et demandent une réunion avec "
    "le premier ministre pour discuter de la situation des salariés dans les secteurs les plus touchés "
    "par la crise.</p>"
)
GERMAN_WORD = "Geschichte"
ACCENTED = "café naïve façade"  # cp1252 bytes e9 ef e7: invalid UTF-8
JAPANESE = "日本語の記事"

BOILERPLATE = (
    "<html><head><title>Site</title></head><body><nav>"
    + " ".join(f'<a href="/s{i}">Section {i}</a>' for i in range(40))
    + "</nav><footer>Copyright 2025 All rights reserved. Privacy policy. Terms of use. Cookie settings."
    "</footer></body></html>"
)
MALFORMED = (
    "<html><head><title>Broken markup</title><body><div><p>unclosed <b>bold <i>italic <table><tr><td>"
    + " ".join(f"Sentence {i} of a badly formed page still carries readable words." for i in range(30))
    + "</td></div></span></p></html></body><<<>>>"
)


def _cp1252_page() -> bytes:
    """A windows-1252 page that declares UTF-8 (meta and, in the crawl, HTTP)."""
    return article_html("Café crème", word=ACCENTED).encode("cp1252")


def _latin1_undeclared() -> bytes:
    return article_html("Café", word=ACCENTED).replace('<meta charset="utf-8">', "").encode("latin-1")


def _sjis_meta_only() -> bytes:
    html = article_html("ニュース", word=JAPANESE).replace(
        '<meta charset="utf-8">', '<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">'
    )
    return html.encode("shift_jis")


def _french_undeclared() -> str:
    return f"<html><head><title>Énergie</title></head><body><article><h1>Énergie</h1>{FRENCH}</article></body></html>"


def _binary() -> bytes:
    return bytes(range(1, 256)) * 40 + os.urandom(4000).replace(b"\x00", b"\x01")


# -- parse_article unit tests --------------------------------------------------


def test_malformed_html_still_parses() -> None:
    art = parse_article(MALFORMED, "http://x.test/broken")
    assert art.status == "ok" and "readable words" in art.text


@pytest.mark.parametrize(
    "body",
    [
        _binary(),
        b"\x89PNG\r\n\x1a\n" + os.urandom(2000),
        b"GIF89a" + os.urandom(2000),
        b"\x1f\x8b\x08" + os.urandom(99),
    ],
)
def test_binary_body_is_refused_with_a_reason(body: bytes) -> None:
    with pytest.raises(ArticleError) as info:
        parse_article(body, "http://x.test/a.html")
    assert info.value.status == "not_html" and "binary" in str(info.value)


def test_oversized_page_is_refused_quickly() -> None:
    page = b"<html><body>" + b"<p>lorem ipsum dolor sit amet</p>" * (MAX_PAGE_BYTES // 30) + b"</body></html>"
    with pytest.raises(ArticleError) as info:
        parse_article(page, "http://x.test/huge.html")
    assert info.value.status == "too_large"


def test_cp1252_declared_as_utf8() -> None:
    art = parse_article(_cp1252_page(), "http://x.test/a")
    assert art.status == "ok" and ACCENTED in art.text and "\ufffd" not in art.text
    # the HTTP header says UTF-8 too: still not mojibake
    assert ACCENTED in parse_article(_cp1252_page(), encoding="utf-8").text


def test_latin1_without_any_declaration() -> None:
    art = parse_article(_latin1_undeclared())
    assert art.status == "ok" and ACCENTED in art.text and art.title == "Café"


def test_latin1_declaration_means_windows_1252() -> None:
    data = "<html><body><p>Price: 5 € — “quoted”</p></body></html>".encode("cp1252")
    assert "5 € — “quoted”" in decode_html(data, "iso-8859-1")


def test_shift_jis_declared_in_meta_only() -> None:
    art = parse_article(_sjis_meta_only())
    assert art.status == "ok" and JAPANESE in art.text and art.title == "ニュース"


def test_http_charset_hint_is_used_when_meta_is_missing() -> None:
    data = article_html("ニュース", word=JAPANESE).replace('<meta charset="utf-8">', "").encode("shift_jis")
    art = parse_article(data, encoding="Shift_JIS")
    assert JAPANESE in art.text


def test_utf8_body_wins_over_a_wrong_declaration() -> None:
    data = article_html("Café", word=ACCENTED).replace("utf-8", "iso-8859-1").encode("utf-8")
    assert ACCENTED in parse_article(data, encoding="iso-8859-1").text


@pytest.mark.parametrize("body", [b"", b"   \n\t ", "", b"\xef\xbb\xbf"])
def test_empty_body(body: bytes | str) -> None:
    art = parse_article(body, "http://x.test/e")
    assert art.status == "empty" and art.text == ""


def test_non_english_article_keeps_its_language() -> None:
    de = article_html("Nachrichten", word=GERMAN_WORD).replace('lang="en"', 'lang="de-DE"')
    art = parse_article(de)
    assert art.status == "ok" and art.lang == "de"
    fr = parse_article(_french_undeclared())
    assert fr.status == "ok" and fr.lang == "fr"  # guessed: the page declares nothing
    og = parse_article(
        _french_undeclared().replace("<head>", '<head><meta property="og:locale" content="fr_FR">')
    )
    assert og.lang == "fr"


def test_language_guess_is_cautious() -> None:
    assert guess_language("the cat and the dog " * 10) == "en"
    assert guess_language("H100 A100 H800 2025 $6 million") is None


def test_boilerplate_only_page_is_never_an_empty_ok_article() -> None:
    art = parse_article(BOILERPLATE, "http://x.test/section")
    assert art.status != "ok" and art.text == ""


# -- one real crawl over every hostile page and network fault -----------------------


def _routes() -> dict:
    utf8_html = HTML
    routes: dict = {
        "/robots.txt": (200, TEXT, "User-agent: *\nAllow: /\n"),
        "/good-1.html": (200, utf8_html, article_html("Good one", word="alpha")),
        "/good-2.html": (200, utf8_html, article_html("Good two", word="beta")),
        "/malformed.html": (200, utf8_html, MALFORMED),
        "/binary.html": (200, utf8_html, _binary()),
        "/huge.html": (200, utf8_html, b"<html><body>" + b"<p>lorem ipsum dolor sit amet</p>\n" * 1_600_000),
        "/cp1252.html": (200, utf8_html, _cp1252_page()),
        "/latin1.html": (200, {"Content-Type": "text/html"}, _latin1_undeclared()),
        "/sjis.html": (200, {"Content-Type": "text/html"}, _sjis_meta_only()),
        "/empty.html": (200, utf8_html, b""),
        "/german.html": (
            200,
            utf8_html,
            article_html("Nachrichten", word=GERMAN_WORD).replace('lang="en"', 'lang="de"'),
        ),
        "/french.html": (200, utf8_html, _french_undeclared()),
        "/boilerplate.html": (200, utf8_html, BOILERPLATE),
        # network faults
        "/hang.html": hang(30),
        "/reset.html": reset(),
        "/error-500.html": (500, TEXT, "internal error"),
        "/loop-a.html": (302, {"Location": "/loop-b.html"}, ""),
        "/loop-b.html": (302, {"Location": "/loop-a.html"}, ""),
        "/self-loop.html": (302, {"Location": "/self-loop.html"}, ""),
        "/trickle.html": trickle(article_html("Slow one", word="gamma"), chunk=8, delay=0.3),
        "/trickle-ok.html": trickle(article_html("Slow but done", word="delta"), chunk=200, delay=0.1),
    }
    pages = [p for p in routes if p.endswith(".html")]
    urls = "".join(f"<url><loc>{{base}}{p}</loc></url>" for p in pages)
    routes["/sitemap.xml"] = (
        200,
        XML,
        f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>',
    )
    return routes


GOOD = {
    "/trickle-ok.html",
    "/good-1.html",
    "/good-2.html",
    "/malformed.html",
    "/cp1252.html",
    "/latin1.html",
    "/sjis.html",
    "/german.html",
    "/french.html",
}
FAILED = {
    "/hang.html",
    "/reset.html",
    "/error-500.html",
    "/loop-a.html",
    "/loop-b.html",
    "/self-loop.html",
    "/trickle.html",
    "/binary.html",
    "/huge.html",
}


def test_crawl_of_hostile_pages_and_faulty_server(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    with TestServer(_routes()) as srv:
        proc = run_scrapy(
            db,
            "-a", f"sitemaps={srv.url('/sitemap.xml')}",
            "-s", "DOWNLOAD_TIMEOUT=2",
            "-s", "RETRY_TIMES=1",
            "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=16",
            timeout=60,
        )  # fmt: skip
        base = srv.base_url
        assert srv.counts["/good-1.html"] == 1
    log = proc.stderr
    fetches = {r["url"][len(base) :]: r for r in rows(db, "SELECT * FROM fetches")}
    articles = {r["url"][len(base) :]: r for r in rows(db, "SELECT * FROM articles")}

    # good pages are stored, whatever their markup, charset or language
    ok = {path for path, a in articles.items() if a["status"] == "ok"}
    assert ok == GOOD, {p: (a["status"], a["text"][:40]) for p, a in articles.items()}
    assert ACCENTED in articles["/cp1252.html"]["text"] and ACCENTED in articles["/latin1.html"]["text"]
    assert JAPANESE in articles["/sjis.html"]["text"]
    assert articles["/german.html"]["lang"] == "de" and articles["/french.html"]["lang"] == "fr"
    assert all(a["words"] > 0 for a in articles.values() if a["status"] == "ok")

    # non-articles are recorded with their reason, never as an empty "ok"
    assert articles["/empty.html"]["status"] == "empty" and fetches["/empty.html"]["status"] == "empty"
    assert articles["/boilerplate.html"]["status"] == "not_article"

    # failures: a fetch record with a status and an error, no article
    for path in FAILED:
        assert path in fetches, f"{path} has no fetch record"
        assert fetches[path]["status"] not in ("ok", None) and fetches[path]["error"], fetches[path]
        assert path not in articles
    assert fetches["/huge.html"]["status"] == "too_large"
    assert "max size" in fetches["/huge.html"]["error"]
    assert "Timeout" in fetches["/hang.html"]["error"]
    assert fetches["/error-500.html"]["http_status"] == 500
    assert (
        "redirect" in fetches["/loop-a.html"]["error"] and "redirect" in fetches["/self-loop.html"]["error"]
    )
    assert fetches["/reset.html"]["status"] == "error" and fetches["/binary.html"]["status"] == "error"
    assert fetches["/loop-a.html"]["status"] == "error"  # retried next run, not mistaken for robots.txt

    # the end-of-crawl summary names what failed
    assert f"{len(FAILED)} pages failed" in log, log[-3000:]
    for path in FAILED:
        assert base + path in log
    (run,) = rows(db, "SELECT counts FROM runs WHERE stage = 'crawl'")
    counts = json.loads(run["counts"])
    assert counts["errors"] == len(FAILED) and counts["new"] == len(GOOD), counts
