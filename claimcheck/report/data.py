"""Report data: flags with their evidence, as plain records.

Every output format (text, JSON, HTML, CSV, ClaimReview) renders what
:func:`build_report` returns, so they all say the same thing. This is the only
place the report reads the store.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from ..store import Store

SEVERITY_RANK = {"low": 0, "medium": 1, "high": 2}


@dataclass
class ReportFilters:
    """What a reader asked to see (the CLI's ``--since``, ``--kind`` …)."""

    since: str | None = None
    subject: str | None = None
    kinds: tuple[str, ...] = ()
    min_severity: str | None = None
    statuses: tuple[str, ...] = ("open", "confirmed")

    def keep(self, flag: dict[str, Any]) -> bool:
        if self.kinds and flag["kind"] not in self.kinds:
            return False
        if self.statuses and flag["status"] not in self.statuses:
            return False
        if self.min_severity and SEVERITY_RANK.get(flag["severity"], 0) < SEVERITY_RANK[self.min_severity]:
            return False
        if self.subject and not _subject_matches(self.subject, flag):
            return False
        if self.since and (flag.get("first_seen") or "") < self.since:
            return False
        return True


def _subject_matches(wanted: str, flag: dict[str, Any]) -> bool:
    wanted = wanted.lower()
    subject = (flag.get("subject") or "").lower()
    speaker = (flag.get("details") or {}).get("speaker") or ""
    return wanted == subject or subject.startswith(wanted + "-") or wanted in speaker.lower()


@dataclass
class Report:
    generated: str
    articles: int
    claims: int
    quotes: int
    flags: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "generated": self.generated,
            "articles": self.articles,
            "claims": self.claims,
            "quotes": self.quotes,
            "flags": self.flags,
        }


def build_report(store: Store, filters: ReportFilters | None = None) -> Report:
    """Collect the active flags that pass ``filters``, each with its evidence."""
    filters = filters or ReportFilters()
    flags = [f for f in store.flags() if filters.keep(f)]
    flags.sort(key=lambda f: (-SEVERITY_RANK.get(f["severity"], 0), -(f["score"] or 0), f["id"]))
    evidence = _evidence_by_flag(store, {f["id"] for f in flags})
    records = [_flag_record(f, evidence.get(f["id"], [])) for f in flags]
    counts = store.table_counts()
    return Report(
        generated=datetime.now(timezone.utc).replace(microsecond=0).isoformat(),
        articles=counts["articles"],
        claims=counts["claims"],
        quotes=counts["quotes"],
        flags=records,
    )


def _evidence_by_flag(store: Store, flag_ids: set[str]) -> dict[str, list[dict[str, Any]]]:
    links = store.flag_evidence(flag_ids)
    claims = store.claims_by_id(e["ref"] for e in links if e["type"] == "claim")
    quotes = store.quotes_by_id(e["ref"] for e in links if e["type"] == "quote")
    grouped: dict[str, list[dict[str, Any]]] = {}
    for link in links:
        row = (claims if link["type"] == "claim" else quotes).get(link["ref"])
        if row is not None:
            grouped.setdefault(link["flag_id"], []).append(_evidence_record(link, row))
    return grouped


def _evidence_record(link: dict[str, Any], row: dict[str, Any]) -> dict[str, Any]:
    is_claim = link["type"] == "claim"
    return {
        "type": link["type"],
        "id": row["id"],
        "role": link["role"],
        "article": {
            "url": row["url"],
            "title": row["article_title"],
            "outlet": row["outlet"],
            "published": row["published"],
        },
        "text": row["text"],
        "sentence": row["sentence"],
        "value": row.get("value") if is_claim else None,
        "low": row.get("low") if is_claim else None,
        "high": row.get("high") if is_claim else None,
        "unit": row.get("unit") if is_claim else None,
        "item": row.get("item") if is_claim else None,
        "hedge": row.get("hedge") if is_claim else None,
        "claimant": row.get("claimant") if is_claim else None,
        "speaker": None if is_claim else row.get("speaker"),
        "subject": row.get("subject") if is_claim else None,
        "start": row["start"],
        "end": row["end"],
    }


def _flag_record(flag: dict[str, Any], evidence: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "id": flag["id"],
        "kind": flag["kind"],
        "severity": flag["severity"],
        "score": flag["score"],
        "subject": flag["subject"],
        "attribute": flag["attribute"],
        "summary": flag["summary"],
        "status": flag["status"],
        "note": flag["note"],
        "first_seen": flag["first_seen"],
        "details": flag["details"],
        "evidence": evidence,
    }
