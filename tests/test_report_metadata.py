"""db/metadata.json: Datasette's view of the store is valid against the real schema.

Datasette is an optional extra, so nothing here imports it: every table,
facet and label column named in the metadata must exist in a store built by
the current migrations, and every canned query must run in plain sqlite3
with its ``:params`` bound to sample values (and return rows).
"""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from test_report_store import build_store

from claimcheck.model import Article
from claimcheck.report import build_report

METADATA = Path(__file__).resolve().parent.parent / "db" / "metadata.json"
PARAM = re.compile(r"(?<!:):(\w+)")


@pytest.fixture(scope="module")
def metadata() -> dict[str, Any]:
    return json.loads(METADATA.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    path = tmp_path_factory.mktemp("datasette") / "claims.db"
    store = build_store(path)
    edited = Article(url="https://www.ft.com/content/deepseek-hardware", outlet="ft.com",
                     text="SemiAnalysis now estimates DeepSeek has spent more than $1 billion on hardware.")
    store.save_article(edited)  # a silent edit: a second version of the same URL
    flag = next(f for f in build_report(store).flags if f["kind"] == "value_conflict")
    store.close()
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    return {"conn": conn, "flag_id": flag["id"]}


def _samples(flag_id: str) -> dict[str, str]:
    return {"subject": "deepseek", "speaker": "Liang", "flag_id": flag_id[:6]}


def _columns(conn: sqlite3.Connection, table: str) -> set[str]:
    return {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}


def test_database_key_matches_default_file_name(metadata: dict[str, Any]) -> None:
    assert list(metadata["databases"]) == ["claims"]  # datasette names a database after db/claims.db
    assert metadata["title"] and (metadata.get("description") or metadata.get("description_html"))


def test_tables_facets_and_labels_exist(metadata: dict[str, Any], db: dict[str, Any]) -> None:
    conn = db["conn"]
    tables = metadata["databases"]["claims"]["tables"]
    existing = {r[0] for r in conn.execute("select name from sqlite_master where type = 'table'")}
    assert set(tables) <= existing
    assert {"articles", "claims", "quotes", "flags", "flag_evidence"} <= set(tables)
    for name, spec in tables.items():
        assert spec.get("description"), name
        columns = _columns(conn, name)
        for key in ("facets",):
            assert set(spec.get(key, [])) <= columns, (name, key)
        for key in ("sort_desc", "sort", "label_column"):
            assert spec.get(key) in columns | {None}, (name, key)
    assert tables["flags"]["facets"] == ["kind", "severity", "status"]
    assert {"kind", "attribute", "subject"} <= set(tables["claims"]["facets"])


def test_expected_canned_queries(metadata: dict[str, Any]) -> None:
    queries = metadata["databases"]["claims"]["queries"]
    assert {"open_flags_by_severity", "claims_about_subject", "quotes_by_speaker", "evidence_of_flag"} <= set(queries)
    assert PARAM.findall(queries["claims_about_subject"]["sql"]) == ["subject", "subject"]
    assert set(PARAM.findall(queries["evidence_of_flag"]["sql"])) == {"flag_id"}
    for name, query in queries.items():
        assert query["title"] and query["description"], name


def test_every_canned_query_runs_and_finds_rows(metadata: dict[str, Any], db: dict[str, Any]) -> None:
    samples = _samples(db["flag_id"])
    for name, query in metadata["databases"]["claims"]["queries"].items():
        params = {p: samples[p] for p in PARAM.findall(query["sql"])}
        rows = db["conn"].execute(query["sql"], params).fetchall()
        assert rows, name


def test_open_flags_come_most_severe_first(metadata: dict[str, Any], db: dict[str, Any]) -> None:
    sql = metadata["databases"]["claims"]["queries"]["open_flags_by_severity"]["sql"]
    rows = db["conn"].execute(sql).fetchall()
    assert [r["severity"] for r in rows] == ["high", "medium", "low", "low"]  # the confirmed flag is not open
    assert rows[0]["evidence"] == 3


def test_claims_about_a_subject_include_its_models(metadata: dict[str, Any], db: dict[str, Any]) -> None:
    sql = metadata["databases"]["claims"]["queries"]["claims_about_subject"]["sql"]
    subjects = {r["subject"] for r in db["conn"].execute(sql, {"subject": "deepseek"})}
    assert subjects == {"deepseek", "deepseek-v3", "deepseek-r1"}
    assert db["conn"].execute(sql, {"subject": "deep"}).fetchall() == []


def test_evidence_of_a_flag(metadata: dict[str, Any], db: dict[str, Any]) -> None:
    sql = metadata["databases"]["claims"]["queries"]["evidence_of_flag"]["sql"]
    rows = db["conn"].execute(sql, {"flag_id": db["flag_id"]}).fetchall()
    assert len(rows) == 3 and {r["outlet"] for r in rows} == {"reuters.com", "techblog.example",
                                                              "javascript:alert(1)"}
    assert all(r["sentence"] for r in rows)


def test_quotes_by_speaker_empty_means_all(metadata: dict[str, Any], db: dict[str, Any]) -> None:
    sql = metadata["databases"]["claims"]["queries"]["quotes_by_speaker"]["sql"]
    assert len(db["conn"].execute(sql, {"speaker": ""}).fetchall()) == 3
    assert len(db["conn"].execute(sql, {"speaker": "liang"}).fetchall()) == 2
