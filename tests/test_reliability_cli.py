"""Bad command-line use of the crawl: one ``Error: …`` line and a non-zero
exit code, never a traceback (``claimcheck crawl`` and ``scrapy crawl news``)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from conftest import REPO_ROOT, run_command


def test_claimcheck_crawl_bad_since(claimcheck_cli, tmp_path: Path) -> None:
    proc = claimcheck_cli("crawl", "--since", "notadate", "--db", str(tmp_path / "c.db"))
    assert proc.returncode == 1, proc.stderr
    assert "Error: since must be a date as YYYY-MM-DD, got 'notadate'" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert not (tmp_path / "c.db").exists()  # failed before crawling anything


def _scrapy(tmp_path: Path, *args: str):
    return run_command(
        [sys.executable, "-m", "scrapy", "crawl", "news", "-a", f"db={tmp_path / 'c.db'}", *args],
        cwd=REPO_ROOT,
        env={"PYTHONPATH": str(REPO_ROOT)},
        timeout=60,
    )


@pytest.mark.parametrize(
    ("arg", "message"),
    [
        ("since=bad", "Error: since must be YYYY-MM-DD, got 'bad'"),
        ("sources={tmp}/bad.toml", "Error: invalid TOML in"),
    ],
)
def test_scrapy_crawl_bad_argument_is_one_error_line(tmp_path: Path, arg: str, message: str) -> None:
    (tmp_path / "bad.toml").write_text("[[source]\nname = ", encoding="utf-8")
    proc = _scrapy(tmp_path, "-a", arg.format(tmp=tmp_path))
    assert proc.returncode == 2, proc.stderr[-2000:]
    assert "Traceback" not in proc.stderr, proc.stderr[-2000:]
    errors = [line for line in proc.stderr.splitlines() if line.startswith("Error: ")]
    assert len(errors) == 1 and errors[0].startswith(message), proc.stderr[-2000:]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"since": "2025-13-45"}, "Error: since must be"),
        ({"follow": "deep"}, "Error: follow must be a link depth"),
        ({"sources": "/nonexistent/sources.toml"}, "Error: sources file not found"),
    ],
)
def test_spider_arguments_are_checked_at_construction(
    tmp_path: Path, capsys, kwargs: dict, message: str
) -> None:
    from scrapy.utils.test import get_crawler

    from claimcheck.crawl.spider import NewsSpider

    crawler = get_crawler(NewsSpider, {"CLAIMCHECK_DB": str(tmp_path / "t.db")})
    with pytest.raises(SystemExit) as info:
        NewsSpider.from_crawler(crawler, **kwargs)
    assert info.value.code == 2
    assert capsys.readouterr().err.startswith(message)
    with pytest.raises(ValueError):  # the class itself raises (the library's crawl() validates first)
        NewsSpider(**kwargs)
