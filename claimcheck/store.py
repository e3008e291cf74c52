"""The store: one SQLite file that holds every stage's output.

This is the only module that writes SQL. Tables are created by migrations
(``sqlite_utils.Migrations``); every write that belongs together happens in
one transaction, so a crash never leaves half an article's claims behind.
The file is opened in WAL mode with a busy timeout, so a crawl can write
while ``claimcheck report`` or Datasette read.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import sqlite_utils
from sqlite_utils import Migrations

from .model import Article, Extraction, Flag, Subject, stable_id, text_hash
from .stories import signature

DEFAULT_DB = Path("db") / "claims.db"
BUSY_TIMEOUT_MS = 30_000


class StoreError(Exception):
    """The database cannot be opened or used (missing, corrupt, not SQLite)."""


def now_iso() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


migrations = Migrations("claimcheck")


@migrations()
def m001_initial(db: sqlite_utils.Database) -> None:
    db.execute(
        """CREATE TABLE articles (
            id TEXT PRIMARY KEY, url TEXT NOT NULL, canonical_url TEXT,
            outlet TEXT, title TEXT, byline TEXT, published TEXT, modified TEXT,
            site_name TEXT, lang TEXT, status TEXT NOT NULL DEFAULT 'ok',
            fetched_at TEXT, text TEXT, text_hash TEXT, words INTEGER,
            found_via TEXT, story_id TEXT,
            extracted_hash TEXT, extractor TEXT
        )"""
    )
    db.execute(
        """CREATE TABLE article_versions (
            article_id TEXT NOT NULL REFERENCES articles(id), text_hash TEXT NOT NULL,
            title TEXT, text TEXT, first_seen TEXT, last_seen TEXT,
            PRIMARY KEY (article_id, text_hash)
        )"""
    )
    db.execute(
        """CREATE TABLE fetches (
            url TEXT PRIMARY KEY, status TEXT, http_status INTEGER, lastmod TEXT,
            article_id TEXT, error TEXT, fetched_at TEXT
        )"""
    )
    # value/low/high are declared without a type so numbers stay numbers and
    # ISO dates stay strings in the same column.
    db.execute(
        """CREATE TABLE claims (
            id TEXT PRIMARY KEY, article_id TEXT NOT NULL REFERENCES articles(id),
            kind TEXT, subject TEXT, subject_text TEXT, subject_inferred INTEGER,
            attribute TEXT, value, low, high, unit TEXT, item TEXT, precision TEXT,
            qualifier TEXT, hedge TEXT, claimant TEXT, text TEXT, sentence TEXT,
            start INTEGER, "end" INTEGER, extractor TEXT
        )"""
    )
    db.execute(
        """CREATE TABLE quotes (
            id TEXT PRIMARY KEY, article_id TEXT NOT NULL REFERENCES articles(id),
            speaker TEXT, speaker_desc TEXT, text TEXT, cue TEXT, sentence TEXT,
            start INTEGER, "end" INTEGER, extractor TEXT
        )"""
    )
    db.execute(
        """CREATE TABLE mentions (
            article_id TEXT NOT NULL REFERENCES articles(id), name TEXT NOT NULL,
            kind TEXT, subject TEXT, count INTEGER,
            PRIMARY KEY (article_id, name)
        )"""
    )
    db.execute(
        """CREATE TABLE subjects (
            id TEXT PRIMARY KEY, name TEXT, kind TEXT, parent TEXT, aliases TEXT
        )"""
    )
    db.execute(
        """CREATE TABLE flags (
            id TEXT PRIMARY KEY, kind TEXT NOT NULL, subject TEXT, attribute TEXT,
            severity TEXT, score REAL, summary TEXT, details TEXT,
            status TEXT NOT NULL DEFAULT 'open', note TEXT,
            active INTEGER NOT NULL DEFAULT 1,
            first_seen TEXT, last_seen TEXT, reconciler TEXT
        )"""
    )
    db.execute(
        """CREATE TABLE flag_evidence (
            flag_id TEXT NOT NULL REFERENCES flags(id), type TEXT NOT NULL,
            ref TEXT NOT NULL, role TEXT,
            PRIMARY KEY (flag_id, type, ref)
        )"""
    )
    db.execute(
        """CREATE TABLE runs (
            id INTEGER PRIMARY KEY AUTOINCREMENT, stage TEXT, version TEXT,
            started_at TEXT, finished_at TEXT, counts TEXT
        )"""
    )
    db.execute("CREATE TABLE state (key TEXT PRIMARY KEY, value TEXT)")
    for sql in (
        "CREATE INDEX idx_claims_article ON claims(article_id)",
        "CREATE INDEX idx_claims_group ON claims(subject, attribute)",
        "CREATE INDEX idx_quotes_article ON quotes(article_id)",
        "CREATE INDEX idx_mentions_name ON mentions(name)",
        "CREATE INDEX idx_articles_story ON articles(story_id)",
        "CREATE INDEX idx_flag_evidence_ref ON flag_evidence(type, ref)",
    ):
        db.execute(sql)


@migrations()
def m002_story_signatures(db: sqlite_utils.Database) -> None:
    """MinHash signatures for linking syndicated copies into one story."""
    db.execute("ALTER TABLE articles ADD COLUMN signature BLOB")


CLAIM_COLUMNS = (
    "kind subject subject_text subject_inferred attribute value low high unit item "
    "precision qualifier hedge claimant text sentence start end"
).split()
QUOTE_COLUMNS = "speaker speaker_desc text cue sentence start end".split()


class Store:
    """The claimcheck database.

    >>> store = Store("db/claims.db")        # doctest: +SKIP
    >>> store.save_article(Article(url="https://example.com/a", text="..."))  # doctest: +SKIP
    'new'
    """

    def __init__(self, path: str | Path = DEFAULT_DB, *, create: bool = True) -> None:
        self.path = Path(path)
        if not create and not self.path.exists():
            raise StoreError(f"database not found: {self.path}")
        if self.path.exists() and self.path.is_dir():
            raise StoreError(f"database path is a directory: {self.path}")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(str(self.path), timeout=BUSY_TIMEOUT_MS / 1000)
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            self.db = sqlite_utils.Database(conn)
            self._migrate()
        except (sqlite3.DatabaseError, OSError) as exc:
            raise StoreError(f"cannot open database {self.path}: {exc}") from exc

    def close(self) -> None:
        self.db.close()

    def _migrate(self) -> None:
        """Apply pending migrations under the write lock.

        Two processes opening a new database at once would otherwise both
        create the tables; the second now waits, then finds nothing pending.
        """
        if migrations.pending(self.db):
            with self.write():
                migrations.apply(self.db)

    @contextmanager
    def write(self) -> Iterator[None]:
        """One write transaction, taken with ``BEGIN IMMEDIATE``.

        Taking the write lock up front means a second writer waits on the busy
        timeout instead of failing when its read turns into a write.
        """
        conn = self.db.conn
        if conn.in_transaction:
            with self.db.atomic():
                yield
            return
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        else:
            conn.execute("COMMIT")

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- helpers -----------------------------------------------------------

    def _rows(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[dict[str, Any]]:
        return list(self.db.query(sql, params))

    def _one(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> dict[str, Any] | None:
        rows = self._rows(sql, params)
        return rows[0] if rows else None

    def count(self, table: str) -> int:
        return self.db[table].count

    # -- articles ----------------------------------------------------------

    def save_article(self, article: Article) -> str:
        """Insert or update an article; return ``new``, ``changed`` or ``unchanged``.

        A changed text keeps every earlier text in ``article_versions``.
        Articles whose status is not ``ok`` are recorded without text.
        """
        seen = now_iso()
        text = article.text if article.status == "ok" else ""
        digest = text_hash(text) if text else None
        row = {
            "id": article.id,
            "url": article.url,
            "canonical_url": article.canonical_url or article.url,
            "outlet": article.outlet,
            "title": article.title,
            "byline": article.byline,
            "published": article.published,
            "modified": article.modified,
            "site_name": article.site_name,
            "lang": article.lang,
            "status": article.status,
            "fetched_at": article.fetched_at or seen,
            "text": text,
            "text_hash": digest,
            "words": len(text.split()),
            "found_via": article.found_via,
            "signature": signature(text) if text else None,
        }
        with self.write():
            old = self._one("SELECT text_hash, story_id FROM articles WHERE id = ?", [article.id])
            row["story_id"] = (old or {}).get("story_id") or article.id
            self.db.table("articles").upsert(row, pk="id")
            if digest:
                self._touch_version(article.id, digest, article.title, text, seen)
        if old is None:
            return "new"
        return "unchanged" if old["text_hash"] == digest else "changed"

    def _touch_version(self, article_id: str, digest: str, title: str | None, text: str, seen: str) -> None:
        existing = self._one(
            "SELECT first_seen FROM article_versions WHERE article_id = ? AND text_hash = ?",
            [article_id, digest],
        )
        self.db.table("article_versions").upsert(
            {
                "article_id": article_id,
                "text_hash": digest,
                "title": title,
                "text": text,
                "first_seen": (existing or {}).get("first_seen") or seen,
                "last_seen": seen,
            },
            pk=("article_id", "text_hash"),
        )

    def story_signatures(self) -> list[tuple[str, bytes]]:
        """(article id, MinHash signature) of every stored article with text."""
        rows = self.db.execute("SELECT id, signature FROM articles WHERE signature IS NOT NULL ORDER BY id")
        return [(row[0], row[1]) for row in rows.fetchall()]

    def set_stories(self, stories: dict[str, str]) -> int:
        """Apply an article id → story id map; return how many articles changed story."""
        current = dict(self.db.execute("SELECT id, story_id FROM articles").fetchall())
        changed = [(story, article_id) for article_id, story in stories.items() if current.get(article_id) != story]
        if changed:
            with self.write():
                self.db.conn.executemany("UPDATE articles SET story_id = ? WHERE id = ?", changed)
        return len(changed)

    def get_article(self, article_id: str) -> dict[str, Any] | None:
        return self._one("SELECT * FROM articles WHERE id = ?", [article_id])

    def articles(self, *, status: str | None = "ok") -> list[dict[str, Any]]:
        if status is None:
            return self._rows("SELECT * FROM articles ORDER BY id")
        return self._rows("SELECT * FROM articles WHERE status = ? ORDER BY id", [status])

    def versions(self, article_id: str) -> list[dict[str, Any]]:
        return self._rows(
            "SELECT * FROM article_versions WHERE article_id = ? ORDER BY first_seen", [article_id]
        )

    # -- fetch record (incremental crawls) ---------------------------------

    def record_fetch(
        self,
        url: str,
        *,
        status: str,
        http_status: int | None = None,
        lastmod: str | None = None,
        article_id: str | None = None,
        error: str | None = None,
    ) -> None:
        with self.write():
            self.db.table("fetches").upsert(
                {
                    "url": url,
                    "status": status,
                    "http_status": http_status,
                    "lastmod": lastmod,
                    "article_id": article_id,
                    "error": error,
                    "fetched_at": now_iso(),
                },
                pk="url",
            )

    def get_fetch(self, url: str) -> dict[str, Any] | None:
        return self._one("SELECT * FROM fetches WHERE url = ?", [url])

    # -- extraction --------------------------------------------------------

    def pending_extraction(self, extractor: str) -> list[dict[str, Any]]:
        """Articles whose text or extractor version changed since extraction."""
        return self._rows(
            """SELECT id, text, text_hash, title, published, lang FROM articles
               WHERE status = 'ok' AND coalesce(text, '') != ''
                 AND (extractor IS NOT ? OR extracted_hash IS NOT text_hash)
               ORDER BY id""",
            [extractor],
        )

    def save_extraction(self, article_id: str, extraction: Extraction, extractor: str, digest: str | None) -> None:
        """Replace an article's claims, quotes and mentions in one transaction."""
        claims = [_claim_row(article_id, c.to_dict(), extractor) for c in extraction.claims]
        quotes = [_quote_row(article_id, q.to_dict(), extractor) for q in extraction.quotes]
        mentions = {}
        for m in extraction.mentions:
            mentions[m.name] = {"article_id": article_id, **m.to_dict()}
        with self.write():
            for table in ("claims", "quotes", "mentions"):
                self.db.execute(f"DELETE FROM {table} WHERE article_id = ?", [article_id])
            if claims:
                self.db.table("claims").insert_all(claims, pk="id", replace=True)
            if quotes:
                self.db.table("quotes").insert_all(quotes, pk="id", replace=True)
            if mentions:
                self.db.table("mentions").insert_all(mentions.values(), pk=("article_id", "name"), replace=True)
            for subject in extraction.subjects:
                self._merge_subject(subject)
            self.db.execute(
                "UPDATE articles SET extractor = ?, extracted_hash = ? WHERE id = ?",
                [extractor, digest, article_id],
            )

    def _merge_subject(self, subject: Subject) -> None:
        old = self._one("SELECT * FROM subjects WHERE id = ?", [subject.id])
        aliases = set(json.loads(old["aliases"] or "[]")) if old else set()
        aliases.update(subject.aliases)
        self.db.table("subjects").upsert(
            {
                "id": subject.id,
                "name": (old or {}).get("name") or subject.name,
                "kind": subject.kind if not old or old["kind"] in (None, "other") else old["kind"],
                "parent": subject.parent or (old or {}).get("parent"),
                "aliases": json.dumps(sorted(aliases)),
            },
            pk="id",
        )

    def subjects(self) -> dict[str, Subject]:
        return {
            r["id"]: Subject(
                id=r["id"],
                name=r["name"] or r["id"],
                kind=r["kind"] or "other",
                parent=r["parent"],
                aliases=json.loads(r["aliases"] or "[]"),
            )
            for r in self._rows("SELECT * FROM subjects")
        }

    # -- reconciliation input ----------------------------------------------

    def claim_records(self) -> Iterator[dict[str, Any]]:
        """Claims joined with their article, as the reconciler reads them."""
        sql = """SELECT c.*, a.story_id AS source, a.outlet, a.url, a.title, a.published
                 FROM claims c JOIN articles a ON a.id = c.article_id"""
        for row in self.db.query(sql):
            row["subject_inferred"] = bool(row["subject_inferred"])
            yield row

    def quote_records(self) -> Iterator[dict[str, Any]]:
        sql = """SELECT q.*, a.story_id AS source, a.outlet, a.url, a.title, a.published
                 FROM quotes q JOIN articles a ON a.id = q.article_id"""
        yield from self.db.query(sql)

    def mention_sources(self) -> dict[str, set[str]]:
        """Lower-cased name or subject slug → the sources whose articles name it."""
        sources: dict[str, set[str]] = {}
        sql = """SELECT lower(m.name) AS name, m.subject, a.story_id AS source
                 FROM mentions m JOIN articles a ON a.id = m.article_id"""
        for row in self.db.query(sql):
            sources.setdefault(row["name"], set()).add(row["source"])
            if row["subject"]:
                sources.setdefault(row["subject"], set()).add(row["source"])
        return sources

    def input_fingerprint(self) -> str:
        """Changes whenever anything the reconciler reads changes."""
        row = self._one(
            """SELECT (SELECT count(*) FROM articles) AS a,
                      (SELECT group_concat(id || coalesce(extracted_hash, '') || coalesce(extractor, '') || coalesce(story_id, ''), ',')
                         FROM (SELECT id, extracted_hash, extractor, story_id FROM articles ORDER BY id)) AS h,
                      (SELECT count(*) FROM claims) AS c, (SELECT count(*) FROM quotes) AS q"""
        )
        return stable_id(json.dumps(row, sort_keys=True), length=40)

    def text_fingerprint(self) -> str:
        """Changes whenever an article text is added or changed."""
        row = self.db.execute(
            "SELECT count(*), group_concat(id || coalesce(text_hash, ''), ',') FROM "
            "(SELECT id, text_hash FROM articles ORDER BY id)"
        ).fetchone()
        return stable_id(row[0], row[1], length=40)

    def get_state(self, key: str) -> str | None:
        row = self._one("SELECT value FROM state WHERE key = ?", [key])
        return row["value"] if row else None

    def set_state(self, key: str, value: str) -> None:
        with self.write():
            self.db.table("state").upsert({"key": key, "value": value}, pk="key")

    # -- flags -------------------------------------------------------------

    def save_flags(self, flags: list[Flag], reconciler: str) -> dict[str, int]:
        """Write a reconcile run's flags, keeping verdicts and first-seen dates.

        A flag raised again keeps its id, status, note and first_seen; its
        evidence is replaced by the new run's. Flags not raised this run are
        kept but marked inactive, so a reviewer's verdict is never lost.
        """
        seen = now_iso()
        counts = {"new": 0, "kept": 0, "retired": 0}
        with self.write():
            previous = {r["id"]: r for r in self._rows("SELECT id, status, note, first_seen, active FROM flags")}
            raised = set()
            for flag in flags:
                fid = flag.id
                if fid in raised:
                    continue
                raised.add(fid)
                old = previous.get(fid)
                counts["kept" if old else "new"] += 1
                self.db.table("flags").upsert(
                    {
                        "id": fid,
                        "kind": flag.kind,
                        "subject": flag.subject,
                        "attribute": flag.attribute,
                        "severity": flag.severity,
                        "score": flag.score,
                        "summary": flag.summary,
                        "details": json.dumps(flag.details, default=str),
                        "status": (old or {}).get("status") or "open",
                        "note": (old or {}).get("note"),
                        "active": 1,
                        "first_seen": (old or {}).get("first_seen") or seen,
                        "last_seen": seen,
                        "reconciler": reconciler,
                    },
                    pk="id",
                )
                self.db.execute("DELETE FROM flag_evidence WHERE flag_id = ?", [fid])
                evidence = {(e.type, e.ref): {"flag_id": fid, "type": e.type, "ref": e.ref, "role": e.role}
                            for e in flag.evidence}
                if evidence:
                    self.db.table("flag_evidence").insert_all(evidence.values(), pk=("flag_id", "type", "ref"), replace=True)
            gone = [fid for fid, r in previous.items() if fid not in raised and r["active"]]
            for fid in gone:
                self.db.execute("UPDATE flags SET active = 0 WHERE id = ?", [fid])
            counts["retired"] = len(gone)
        return counts

    def review(self, flag_id: str, status: str, note: str | None = None) -> dict[str, Any]:
        """Record a reviewer's verdict (``confirmed``, ``dismissed`` or ``open``)."""
        if status not in ("open", "confirmed", "dismissed"):
            raise StoreError(f"unknown review status: {status}")
        matches = self._rows("SELECT id FROM flags WHERE id LIKE ? || '%'", [flag_id])
        if not matches:
            raise StoreError(f"no flag with id {flag_id}")
        if len(matches) > 1:
            raise StoreError(f"flag id {flag_id} is ambiguous ({len(matches)} flags)")
        fid = matches[0]["id"]
        with self.write():
            self.db.execute("UPDATE flags SET status = ?, note = coalesce(?, note) WHERE id = ?", [status, note, fid])
        return self._one("SELECT * FROM flags WHERE id = ?", [fid]) or {}

    def flags(self, *, active_only: bool = True) -> list[dict[str, Any]]:
        where = "WHERE active = 1" if active_only else ""
        rows = self._rows(f"SELECT * FROM flags {where} ORDER BY score DESC, id")
        for row in rows:
            row["details"] = json.loads(row["details"] or "{}")
        return rows

    def flag_evidence(self, flag_ids: Iterable[str] | None = None) -> list[dict[str, Any]]:
        """Evidence links, of every flag or of the flags named."""
        if flag_ids is None:
            return self._rows("SELECT * FROM flag_evidence ORDER BY flag_id, rowid")
        wanted = sorted(set(flag_ids))
        links: list[dict[str, Any]] = []
        for i in range(0, len(wanted), 500):
            chunk = wanted[i : i + 500]
            marks = ",".join("?" * len(chunk))
            links += self._rows(
                f"SELECT * FROM flag_evidence WHERE flag_id IN ({marks}) ORDER BY flag_id, rowid", chunk
            )
        return links

    def claims_by_id(self, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
        return self._by_id("claims", ids)

    def quotes_by_id(self, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
        return self._by_id("quotes", ids)

    def _by_id(self, table: str, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
        wanted = list(dict.fromkeys(ids))
        found: dict[str, dict[str, Any]] = {}
        for i in range(0, len(wanted), 500):
            chunk = wanted[i : i + 500]
            marks = ",".join("?" * len(chunk))
            sql = f"""SELECT x.*, a.url, a.title AS article_title, a.outlet, a.published
                      FROM {table} x JOIN articles a ON a.id = x.article_id WHERE x.id IN ({marks})"""
            for row in self.db.query(sql, chunk):
                found[row["id"]] = row
        return found

    # -- runs --------------------------------------------------------------

    def start_run(self, stage: str, version: str) -> int:
        with self.write():
            table = self.db.table("runs").insert({"stage": stage, "version": version, "started_at": now_iso()})
        return int(table.last_pk or 0)

    def finish_run(self, run_id: int, counts: dict[str, Any]) -> None:
        with self.write():
            self.db.table("runs").update(run_id, {"finished_at": now_iso(), "counts": json.dumps(counts)})

    def latest_runs(self) -> list[dict[str, Any]]:
        """The most recent run of each stage."""
        return self._rows(
            """SELECT * FROM runs WHERE id IN (SELECT max(id) FROM runs GROUP BY stage) ORDER BY stage"""
        )

    def table_counts(self) -> dict[str, int]:
        names = ("articles", "article_versions", "fetches", "claims", "quotes", "mentions", "subjects", "flags", "flag_evidence", "runs")
        return {name: self.count(name) for name in names}


def _claim_row(article_id: str, claim: dict[str, Any], extractor: str) -> dict[str, Any]:
    row = {key: claim.get(key) for key in CLAIM_COLUMNS}
    row["subject_inferred"] = int(bool(row["subject_inferred"]))
    row["id"] = stable_id(article_id, claim["kind"], claim["attribute"], claim["start"], claim["end"], claim.get("subject"))
    row["article_id"] = article_id
    row["extractor"] = extractor
    return row


def _quote_row(article_id: str, quote: dict[str, Any], extractor: str) -> dict[str, Any]:
    row = {key: quote.get(key) for key in QUOTE_COLUMNS}
    row["id"] = stable_id(article_id, "quote", quote["start"], quote["end"])
    row["article_id"] = article_id
    row["extractor"] = extractor
    return row
