"""Local files → articles: ``claimcheck ingest PATH…``.

``.html``/``.htm`` pages go through the same article parser as crawled pages;
``.txt`` files are plain article text (a short first line without closing
punctuation is taken as the headline); ``.json`` holds an object or a list of
objects with ``text`` and optional ``url``, ``title``, ``published``, ``outlet``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .model import Article

SUFFIXES = (".html", ".htm", ".txt", ".json")
MAX_TITLE_WORDS = 20


class IngestError(ValueError):
    """A file cannot be turned into articles; the message says why."""


def iter_files(paths: list[str | Path]) -> Iterator[Path]:
    """The files named, with directories expanded to the supported files inside."""
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise IngestError(f"no such file: {path}")
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
        else:
            yield path


def read_articles(path: Path) -> list[Article]:
    """Articles from one local file (a JSON list gives several)."""
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise IngestError(f"{path}: unsupported file type {suffix or '(none)'} (use .html, .txt or .json)")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise IngestError(f"{path}: cannot read file: {exc.strerror or exc}") from exc
    if suffix == ".json":
        return _from_json(path, data)
    if suffix == ".txt":
        return [_from_text(path, _decode(path, data))]
    return [_from_html(path, data)]


def _decode(path: Path, data: bytes) -> str:
    if b"\x00" in data[:4096]:
        raise IngestError(f"{path}: looks like a binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def file_url(path: Path) -> str:
    return path.resolve().as_uri()


def split_headline(text: str) -> tuple[str | None, str]:
    """(headline, body) when the text opens with a headline line, else (None, text)."""
    stripped = text.strip()
    first, _, rest = stripped.partition("\n")
    first = first.strip()
    looks_like_headline = (
        rest.strip()
        and first
        and len(first.split()) <= MAX_TITLE_WORDS
        and first[-1] not in ".!?…\"'”’:;,"
    )
    if looks_like_headline:
        return first, rest.strip()
    return None, stripped


def _from_text(path: Path, text: str) -> Article:
    title, body = split_headline(text)
    if not body.strip():
        raise IngestError(f"{path}: the file has no text")
    return Article(url=file_url(path), text=body, title=title, found_via="file")


def _from_html(path: Path, data: bytes) -> Article:
    from .articles import ArticleError, parse_article

    try:
        article = parse_article(data, url=file_url(path))
    except ArticleError as exc:
        raise IngestError(f"{path}: {exc}") from exc
    article.found_via = "file"
    if article.status != "ok" or not article.text.strip():
        raise IngestError(f"{path}: no article text found (status: {article.status})")
    return article


def _from_json(path: Path, data: bytes) -> list[Article]:
    try:
        payload = json.loads(_decode(path, data))
    except json.JSONDecodeError as exc:
        raise IngestError(f"{path}: invalid JSON: {exc}") from exc
    items = payload if isinstance(payload, list) else [payload]
    return [_from_record(path, i, item) for i, item in enumerate(items)]


def _from_record(path: Path, index: int, item: Any) -> Article:
    where = f"{path} (item {index})"
    if not isinstance(item, dict):
        raise IngestError(f"{where}: expected an object with a 'text' field")
    text = item.get("text")
    if not isinstance(text, str) or not text.strip():
        raise IngestError(f"{where}: 'text' is missing or empty")
    url = item.get("url") or f"{file_url(path)}#{index}"
    return Article(
        url=str(url),
        text=text.strip(),
        title=item.get("title"),
        published=item.get("published"),
        outlet=item.get("outlet"),
        byline=item.get("byline"),
        found_via="file",
    )
