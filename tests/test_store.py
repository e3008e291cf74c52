"""The store: versions, idempotent extraction writes, flags that keep verdicts, concurrency."""

from __future__ import annotations

import multiprocessing
import sqlite3
from pathlib import Path

import pytest

from claimcheck.model import Article, Claim, Evidence, Extraction, Flag, Mention, Quote, Subject
from claimcheck.store import Store, StoreError


def _article(text: str = "Quorvex said its Q7 model cost $4 million to train.", url: str = "https://a.example/x") -> Article:
    return Article(url=url, text=text, title="Q7", outlet="a.example")


def test_changed_text_keeps_old_version(tmp_path: Path) -> None:
    store = Store(tmp_path / "c.db")
    assert store.save_article(_article("first text")) == "new"
    assert store.save_article(_article("first text")) == "unchanged"
    assert store.save_article(_article("second text")) == "changed"
    versions = store.versions(_article().id)
    assert [v["text"] for v in versions] == ["first text", "second text"]
    assert store.get_article(_article().id)["text"] == "second text"


def test_non_article_pages_are_recorded_without_text(tmp_path: Path) -> None:
    store = Store(tmp_path / "c.db")
    store.save_article(Article(url="https://a.example/pay", text="Subscribe to read", status="paywalled"))
    row = store.get_article(Article(url="https://a.example/pay").id)
    assert row["status"] == "paywalled" and row["text"] == ""
    assert store.pending_extraction("v1") == []


def test_extraction_is_replaced_atomically_and_only_when_needed(tmp_path: Path) -> None:
    store = Store(tmp_path / "c.db")
    article = _article()
    store.save_article(article)
    pending = store.pending_extraction("v1")
    assert [p["id"] for p in pending] == [article.id]
    claim = Claim(kind="cost", attribute="training_cost", value=4e6, low=3.5e6, high=4.5e6, unit="USD",
                  subject="quorvex-q7", text="$4 million", start=31, end=41)
    extraction = Extraction(claims=[claim], quotes=[Quote(text="We did it", speaker="Ana Ruiz")],
                            mentions=[Mention("Quorvex", "org", "quorvex")],
                            subjects=[Subject("quorvex-q7", "Quorvex Q7", "model", parent="quorvex")])
    digest = store.get_article(article.id)["text_hash"]
    store.save_extraction(article.id, extraction, "v1", digest)
    store.save_extraction(article.id, extraction, "v1", digest)
    assert store.count("claims") == 1 and store.count("quotes") == 1
    assert store.pending_extraction("v1") == []
    assert [p["id"] for p in store.pending_extraction("v2")] == [article.id]
    record = next(store.claim_records())
    assert record["value"] == 4e6 and record["source"] == article.id and record["outlet"] == "a.example"
    assert store.subjects()["quorvex-q7"].parent == "quorvex"
    assert store.mention_sources()["quorvex"] == {article.id}


def test_failed_extraction_write_leaves_nothing_half_written(tmp_path: Path) -> None:
    store = Store(tmp_path / "c.db")
    article = _article()
    store.save_article(article)
    good = Claim(kind="cost", attribute="training_cost", value=1, start=0, end=1)
    store.save_extraction(article.id, Extraction(claims=[good]), "v1", "h")
    bad = Extraction(claims=[good, Claim(kind="cost", attribute="other", value=object(), start=2, end=3)])
    with pytest.raises(Exception):
        store.save_extraction(article.id, bad, "v2", "h")
    assert store.count("claims") == 1
    assert store.get_article(article.id)["extractor"] == "v1"


def test_flag_verdicts_and_first_seen_survive_reruns(tmp_path: Path) -> None:
    store = Store(tmp_path / "c.db")
    flag = Flag(kind="value_conflict", key="quorvex-q7|training_cost", severity="high", summary="disagree",
                evidence=[Evidence("claim", "c1", "disputed")])
    store.save_flags([flag], "r1")
    first_seen = store.flags()[0]["first_seen"]
    store.review(flag.id[:6], "dismissed", "different fiscal years")
    flag.evidence.append(Evidence("claim", "c2", "disputed"))
    counts = store.save_flags([flag], "r1")
    assert counts == {"new": 0, "kept": 1, "retired": 0}
    row = store.flags()[0]
    assert row["status"] == "dismissed" and row["note"] == "different fiscal years"
    assert row["first_seen"] == first_seen
    assert len(store.flag_evidence()) == 2
    assert store.save_flags([], "r1")["retired"] == 1
    assert store.flags() == [] and store.flags(active_only=False)[0]["status"] == "dismissed"


def test_review_of_unknown_flag_is_a_clear_error(tmp_path: Path) -> None:
    store = Store(tmp_path / "c.db")
    with pytest.raises(StoreError, match="no flag"):
        store.review("nope", "confirmed")


def test_corrupt_file_is_a_store_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.db"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError, match="cannot open database"):
        Store(path)


def test_hostile_names_are_stored_verbatim(tmp_path: Path) -> None:
    store = Store(tmp_path / "c.db")
    evil = "'; DROP TABLE articles; --"
    store.save_article(Article(url=f"https://a.example/{evil}", text=evil, title=evil, outlet=evil))
    assert store.count("articles") == 1
    assert store.articles()[0]["title"] == evil


def _write_articles(path: str, prefix: str, n: int) -> None:
    store = Store(path)
    for i in range(n):
        store.save_article(Article(url=f"https://{prefix}.example/{i}", text=f"text {prefix} {i}"))
    store.close()


def test_two_writers_on_one_database(tmp_path: Path) -> None:
    path = str(tmp_path / "c.db")
    Store(path).close()
    ctx = multiprocessing.get_context("spawn")
    workers = [ctx.Process(target=_write_articles, args=(path, name, 150)) for name in ("a", "b")]
    for w in workers:
        w.start()
    reader = Store(path)
    seen = [reader.count("articles") for _ in range(20)]
    for w in workers:
        w.join(60)
        assert w.exitcode == 0
    assert reader.count("articles") == 300
    assert seen == sorted(seen)
    assert sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def _open_store(path: str) -> None:
    Store(path).close()


def test_processes_creating_one_new_database_at_once(tmp_path: Path) -> None:
    path = str(tmp_path / "new.db")
    ctx = multiprocessing.get_context("spawn")
    for _ in range(3):
        workers = [ctx.Process(target=_open_store, args=(path,)) for _ in range(4)]
        for w in workers:
            w.start()
        for w in workers:
            w.join(60)
            assert w.exitcode == 0
        Path(path).unlink()
