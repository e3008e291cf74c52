"""The HTML report and its SVG charts, checked as text (the browser test opens it for real)."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from test_report_store import HOSTILE_URL, PWN_IMG, PWN_SCRIPT, build_store

from claimcheck.report import Report, build_report, render
from claimcheck.report.chart import LogScale, format_number, points_for, value_chart
from claimcheck.report.html import highlight, safe_url, word_diff


class Tags(HTMLParser):
    """Every start tag with its attributes."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


@pytest.fixture(scope="module")
def report_data(tmp_path_factory: pytest.TempPathFactory) -> Any:
    store = build_store(tmp_path_factory.mktemp("html") / "claims.db")
    return build_report(store)


@pytest.fixture(scope="module")
def page(report_data: Any) -> str:
    return render(report_data, "html")


@pytest.fixture(scope="module")
def tags(page: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = Tags()
    parser.feed(page)
    return parser.tags


def test_page_is_self_contained_and_locked_down(page: str, tags: list[tuple[str, dict[str, str | None]]]) -> None:
    metas = {(a.get("http-equiv") or a.get("name") or "").lower(): a.get("content") or "" for t, a in tags
             if t == "meta"}
    assert "default-src 'none'" in metas["content-security-policy"]
    assert "script-src" not in metas["content-security-policy"]
    assert "width=device-width" in metas["viewport"]
    names = {t for t, _ in tags}
    assert not names & {"script", "link", "iframe", "img", "object", "embed", "base", "form"}
    assert "url(" not in page and "@import" not in page


def test_crawled_text_is_escaped(page: str, tags: list[tuple[str, dict[str, str | None]]]) -> None:
    assert PWN_SCRIPT not in page and PWN_IMG not in page
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in page
    assert "&lt;b&gt;headline&lt;/b&gt;" in page
    handlers = [(t, name) for t, attrs in tags for name in attrs if name.lower().startswith("on")]
    assert handlers == []


def test_links_only_to_http_articles(tags: list[tuple[str, dict[str, str | None]]]) -> None:
    hrefs = [a["href"] or "" for t, a in tags if t == "a" and "href" in a]
    external = [h for h in hrefs if not h.startswith("#")]
    assert sorted(set(external)) == ["https://techblog.example/deepseek", "https://www.ft.com/content/deepseek-hardware",
                                     "https://www.reuters.com/tech/deepseek-cost"]
    assert HOSTILE_URL not in hrefs


def test_flags_grouped_by_severity(page: str) -> None:
    positions = [page.index(f'id="sev-{s}"') for s in ("high", "medium", "low")]
    assert positions == sorted(positions)
    assert page.count('<article class="flag') == 5
    assert page.count("<mark>") == 10  # every evidence sentence highlights its figure or quote


def test_value_flags_have_log_charts(page: str) -> None:
    assert page.count('<svg class="chart wide"') == 3 and page.count('<svg class="chart narrow"') == 3
    assert ">$1M<" in page and ">$10M<" in page and ">$1B<" in page and "log scale" in page
    assert "repeats reuters.com" in page and "first seen" in page
    assert 'class="open"' in page  # "more than $500 million" has no upper bound


def test_altered_quote_side_by_side(page: str) -> None:
    assert '<div class="diff">' in page
    assert "<del>the cost,</del>" in page
    assert "<ins>small</ins>" in page and "<ins>what others spent,</ins>" in page


@pytest.mark.parametrize("url", [
    HOSTILE_URL, " JavaScript:alert(1)", "java\tscript:alert(1)", "data:text/html,<script>x</script>",
    "//evil.example/a", "vbscript:msgbox", "https://", "ftp://example.com/a", None, 42,
])
def test_safe_url_rejects(url: Any) -> None:
    assert safe_url(url) is None


def test_safe_url_accepts_http() -> None:
    assert safe_url(" https://ok.example/a?b=1&c=2 ") == "https://ok.example/a?b=1&c=2"
    assert safe_url("http://ok.example") == "http://ok.example"


def test_highlight_and_diff_escape() -> None:
    assert highlight("It cost <b>$6 million</b> to train", "$6 million") == \
        "It cost &lt;b&gt;<mark>$6 million</mark>&lt;/b&gt; to train"
    assert highlight("<i>no match</i>", "zzz") == "&lt;i&gt;no match&lt;/i&gt;"
    left, right = word_diff("say <x> now", "say <y> now")
    assert left == "say <del>&lt;x&gt;</del> now" and right == "say <ins>&lt;y&gt;</ins> now"


def test_log_scale_spaces_decades_evenly() -> None:
    scale = LogScale([5.6e6, 1.6e9], 0, 300)
    assert (scale.lo, scale.hi) == (6, 10)
    assert scale(1e6) == 0 and scale(1e10) == 300
    assert scale(1e7) - scale(1e6) == pytest.approx(scale(1e9) - scale(1e8))
    assert scale.ticks() == [1e6, 1e7, 1e8, 1e9, 1e10]
    assert LogScale([3.0, 4.0], 0, 1).ticks() == [1, 2, 5, 10]


def test_format_number() -> None:
    assert format_number(5.6e6, "USD") == "$5.6M"
    assert format_number(1.6e9, "USD") == "$1.6B"
    assert format_number(50_000, None) == "50k"
    assert format_number(2e6, "CNY") == "¥2M"


def _flag(*values: tuple[str, str, float | None]) -> dict[str, Any]:
    evidence = [{"type": "claim", "value": v, "low": v, "high": v, "unit": "USD", "role": None,
                 "article": {"outlet": outlet, "published": date}} for outlet, date, v in values]
    return {"kind": "value_conflict", "subject": "x", "attribute": "training_cost", "evidence": evidence}


def test_first_seen_and_repeats_come_from_dates() -> None:
    flag = _flag(("late.example", "2025-02-01", 6e6), ("early.example", "2025-01-01", 6e6),
                 ("other.example", "2025-01-15", 1e9))
    points = points_for(flag)
    notes = {p.outlet: p.note for p in points}
    assert notes == {"early.example": "first seen · 2 sources", "late.example": "repeats early.example",
                     "other.example": "first seen"}
    assert [p.outlet for p in points if p.first] == ["early.example", "other.example"]


def test_first_seen_and_repeats_come_from_reconciler_details() -> None:
    flag = _flag(("a.example", "2025-01-01", 6e6), ("b.example", "2025-01-02", 6e6), ("c.example", "", 1e9))
    for i, item in enumerate(flag["evidence"]):
        item["id"] = f"c{i}"
    flag["details"] = {"values": [
        {"first_outlet": "b.example", "n_sources": 7, "claims": ["c0", "c1"]},
        {"first_outlet": "c.example", "n_sources": 1, "claims": ["c2"]},
    ]}
    notes = {p.outlet: p.note for p in points_for(flag)}
    assert notes == {"b.example": "first seen · 7 sources", "a.example": "repeats b.example", "c.example": "first seen"}


def test_chart_skips_what_a_log_axis_cannot_show() -> None:
    assert value_chart({**_flag(("a", "", 6e6)), "kind": "altered_quote"}) == ""
    assert value_chart(_flag(("a", "", 0.0), ("b", "", -3.0))) == ""
    dates = _flag(("a", "", None))
    dates["evidence"][0].update(value="2025-01-20", low="2025-01-20", high="2025-01-20")
    assert value_chart(dates) == ""
    svg = value_chart(_flag(("a<script>", "", 6e6), ("b", "", 0.0)))
    assert svg.count('class="row') == 2  # one row each in the wide and the narrow chart
    assert "a&lt;script&gt;" in svg and "<script" not in svg
    assert re.search(r'viewBox="0 0 640 \d+"', svg)


def test_written_file_is_utf8(tmp_path: Path, page: str) -> None:
    out = tmp_path / "r.html"
    out.write_text(page, encoding="utf-8")
    assert out.read_text(encoding="utf-8").startswith("<!doctype html>")


def test_big_flags_are_capped_for_readers() -> None:
    flag = _flag(*[(f"o{i}.example", f"2025-01-{1 + i % 28:02d}", 1e6 * (1 + i % 5)) for i in range(60)])
    flag.update(id="big", severity="high", summary="s", status="open")
    svg = value_chart(flag)
    assert svg.count('class="row') == 2 * 24 and "36 more sources not drawn" in svg
    for item in flag["evidence"]:
        item.update(text="x", sentence="x", article={**item["article"], "url": "https://a.example/"})
    page = render(Report("now", 1, 60, 0, [flag]), "html")
    assert page.count("<blockquote>") == 25 and "and 35 more pieces of evidence" in page
    markdown = render(Report("now", 1, 60, 0, [flag]), "markdown")
    assert markdown.count("\n- **") == 25 and "and 35 more" in markdown
    assert len(render(Report("now", 1, 60, 0, [flag]), "csv").splitlines()) == 61  # CSV keeps everything
