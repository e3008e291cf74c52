"""The CSV report: one row per piece of evidence, for spreadsheets and scripts.

Columns (in order): flag id, kind, severity, subject, attribute, summary,
status, then the evidence: type (claim/quote), role, outlet, url, published,
value, low, high, unit, item, hedge, claimant, speaker, text, sentence. A flag
without evidence still gets one row, with the evidence columns empty.

Formula injection: crawled text is untrusted, and a spreadsheet runs a cell
that starts with ``=``, ``+``, ``-`` or ``@`` (or a tab / carriage return) as
a formula. Every *text* cell that starts with one of those is written with a
leading apostrophe (``'=HYPERLINK(…)``), which spreadsheets show as text.
Numbers (value, low, high) are written as numbers and never prefixed.
"""

from __future__ import annotations

import csv
import io
from typing import Any

from .data import Report

FLAG_COLUMNS = ("flag_id", "kind", "severity", "subject", "attribute", "summary", "status")
EVIDENCE_COLUMNS = (
    "evidence_type", "role", "outlet", "url", "published", "value", "low", "high",
    "unit", "item", "hedge", "claimant", "speaker", "text", "sentence",
)
COLUMNS = FLAG_COLUMNS + EVIDENCE_COLUMNS
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def guard_cell(value: Any) -> Any:
    """``value`` safe for a spreadsheet: text that could run as a formula gets ``'``."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, (int, float)):
        return value
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def flag_cells(flag: dict[str, Any]) -> dict[str, Any]:
    """The flag's own columns."""
    return {
        "flag_id": flag.get("id"),
        "kind": flag.get("kind"),
        "severity": flag.get("severity"),
        "subject": flag.get("subject"),
        "attribute": flag.get("attribute"),
        "summary": flag.get("summary"),
        "status": flag.get("status"),
    }


def evidence_cells(item: dict[str, Any]) -> dict[str, Any]:
    """One piece of evidence's columns."""
    article = item.get("article") or {}
    return {
        "evidence_type": item.get("type"),
        "role": item.get("role"),
        "outlet": article.get("outlet"),
        "url": article.get("url"),
        "published": article.get("published"),
        **{key: item.get(key) for key in ("value", "low", "high", "unit", "item", "hedge", "claimant", "speaker")},
        "text": item.get("text"),
        "sentence": item.get("sentence"),
    }


def rows(report: Report) -> list[dict[str, Any]]:
    """The report's rows (unguarded), one per piece of evidence."""
    out = []
    for flag in report.flags:
        head = flag_cells(flag)
        evidence = flag.get("evidence") or []
        if not evidence:
            out.append({**head, **{key: None for key in EVIDENCE_COLUMNS}})
        for item in evidence:
            out.append({**head, **evidence_cells(item)})
    return out


def render_csv(report: Report) -> str:
    """The report as CSV text with a header row (RFC 4180 quoting, ``\\r\\n``)."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, extrasaction="ignore")
    writer.writeheader()
    for row in rows(report):
        writer.writerow({key: guard_cell(value) for key, value in row.items()})
    return buffer.getvalue()
