"""``ingest``: local files become articles; bad files get clear errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimcheck.ingest import IngestError, iter_files, read_articles, split_headline


def test_text_file_with_headline(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text("Quorvex Trains Q7 for $4 Million\nQuorvex said on Monday that training cost $4 million.\n")
    [article] = read_articles(path)
    assert article.title == "Quorvex Trains Q7 for $4 Million"
    assert article.text == "Quorvex said on Monday that training cost $4 million."
    assert article.url.startswith("file://") and article.found_via == "file"


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        ("A sentence that ends.\nMore text.", None),
        ("Headline: with colon:\nBody.", None),
        ("Only one line without stop", None),
        ("Short Headline\n\nBody text here.", "Short Headline"),
    ],
)
def test_split_headline(text: str, headline: str | None) -> None:
    assert split_headline(text)[0] == headline


def test_json_list_with_metadata(tmp_path: Path) -> None:
    path = tmp_path / "batch.json"
    path.write_text(json.dumps([
        {"text": "Body one.", "url": "https://n.example/1", "title": "One", "published": "2025-01-02", "outlet": "N"},
        {"text": "Body two."},
    ]))
    one, two = read_articles(path)
    assert (one.url, one.title, one.published, one.outlet) == ("https://n.example/1", "One", "2025-01-02", "N")
    assert two.url.endswith("batch.json#1") and one.id != two.id


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"   \n", "no text"),
        ("bad.json", b"{not json", "invalid JSON"),
        ("notext.json", b'{"title": "x"}', "'text' is missing"),
        ("list.json", b'[1, 2]', "expected an object"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary"),
        ("data.csv", b"a,b", "unsupported file type"),
    ],
)
def test_bad_files_raise_clear_errors(tmp_path: Path, name: str, content: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(IngestError, match=message):
        read_articles(path)


def test_missing_path(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match="no such file"):
        list(iter_files([tmp_path / "missing.txt"]))


def test_directory_expands_to_supported_files(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "b.json").write_text("{}")
    (tmp_path / "c.png").write_bytes(b"x")
    assert [p.name for p in iter_files([tmp_path])] == ["a.txt", "b.json"]


def test_latin1_text_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("Caf\xe9 owner said the refit cost \xa32 million.".encode("latin-1"))
    [article] = read_articles(path)
    assert "Café" in article.text and "£2 million" in article.text
