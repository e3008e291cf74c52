"""The HTML report in a real browser: it renders, its charts show, the hostile page runs nothing.

Uses Debian's chromium through playwright (no browser download). Skipped only
when ``/usr/bin/chromium`` is missing; CI installs it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from test_report_store import PWN_IMG, PWN_SCRIPT, build_store

from claimcheck.report import build_report, render

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
LAPTOP = {"width": 1366, "height": 900}
PHONE = {"width": 390, "height": 844}

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian chromium at /usr/bin/chromium")


@pytest.fixture(scope="module")
def report_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("html")
    store = build_store(folder / "claims.db")
    path = folder / "report.html"
    path.write_text(render(build_report(store), "html"), encoding="utf-8")
    store.close()
    return path


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


def _open(browser: Any, path: Path, viewport: dict[str, int]) -> tuple[Any, Any, dict[str, list[str]]]:
    context = browser.new_context(viewport=viewport, java_script_enabled=True)
    page = context.new_page()
    events: dict[str, list[str]] = {"dialogs": [], "console": [], "errors": [], "requests": []}

    def on_dialog(dialog: Any) -> None:
        events["dialogs"].append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    page.on("console", lambda msg: events["console"].append(f"{msg.type}: {msg.text}"))
    page.on("pageerror", lambda err: events["errors"].append(str(err)))
    page.on("request", lambda req: events["requests"].append(req.url))
    page.goto(path.as_uri())
    page.wait_for_load_state("load")
    page.wait_for_timeout(300)
    return context, page, events


def test_laptop_screenshot_shows_charts(browser: Any, report_file: Path, tmp_path: Path) -> None:
    context, page, _ = _open(browser, report_file, LAPTOP)
    charts = page.locator("svg.chart.wide")
    assert charts.count() == 3  # value_conflict, scope_conflation, internal_conflict
    assert charts.first.is_visible()
    box = charts.first.bounding_box()
    assert box and box["width"] > 400 and box["height"] > 80
    assert page.locator("svg.chart.wide circle.first").count() == 6  # the first source of each figure
    assert not page.locator("svg.chart.narrow").first.is_visible()
    shot = tmp_path / "report-laptop.png"
    page.screenshot(path=str(shot), full_page=True)
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000
    context.close()


def test_phone_layout_has_no_horizontal_scroll(browser: Any, report_file: Path, tmp_path: Path) -> None:
    context, page, _ = _open(browser, report_file, PHONE)
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 1
    assert page.locator("svg.chart.narrow").first.is_visible()
    assert not page.locator("svg.chart.wide").first.is_visible()
    shot = tmp_path / "report-phone.png"
    page.screenshot(path=str(shot), full_page=True)
    assert len(shot.read_bytes()) > 10_000
    context.close()


def test_hostile_page_executes_nothing(browser: Any, report_file: Path) -> None:
    context, page, events = _open(browser, report_file, LAPTOP)
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert events["dialogs"] == []
    assert events["errors"] == []
    assert not [m for m in events["console"] if "pwned" in m or "alert" in m]
    assert page.locator('a[href^="javascript:"]').count() == 0
    assert page.locator("script").count() == 0
    assert page.locator("img").count() == 0
    # The payloads are shown as text, so a reader sees what the page said.
    assert "<script>window.__pwned=1</script>" in page.inner_text("body")
    # Nothing was fetched beyond the file itself (the page is self-contained).
    assert [u for u in events["requests"] if not u.startswith("file:")] == []
    context.close()


def test_links_open_articles_over_http_only(browser: Any, report_file: Path) -> None:
    context, page, _ = _open(browser, report_file, LAPTOP)
    hrefs = page.eval_on_selector_all("a[href]", "els => els.map(e => e.getAttribute('href'))")
    external = [h for h in hrefs if not h.startswith("#")]
    assert external and all(h.startswith(("https://", "http://")) for h in external)
    context.close()


def test_canary_would_see_a_payload_that_ran(browser: Any) -> None:
    """Control: without escaping or CSP the payload runs, so the checks above can fail."""
    page = browser.new_page()
    page.set_content(PWN_IMG)
    page.wait_for_function("window.__pwned === 1", timeout=5000)
    page.close()


def test_csp_blocks_scripts_even_if_escaping_failed(browser: Any, report_file: Path, tmp_path: Path) -> None:
    """Defence in depth: the page's CSP forbids scripts and inline handlers."""
    raw = report_file.read_text(encoding="utf-8").replace("<main>", f"<main>{PWN_SCRIPT}{PWN_IMG}", 1)
    broken = tmp_path / "broken.html"
    broken.write_text(raw, encoding="utf-8")
    context, page, events = _open(browser, broken, LAPTOP)
    assert page.locator("script").count() == 1  # the injected tag is in the DOM …
    assert page.evaluate("typeof window.__pwned") == "undefined"  # … and did not run
    assert events["dialogs"] == []
    context.close()
