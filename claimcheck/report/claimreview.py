"""The ClaimReview report: schema.org ``ClaimReview`` JSON-LD, one per flag.

Fact-checking tools and search engines read ClaimReview
(https://schema.org/ClaimReview). Each flag becomes one object: the claim
reviewed (the disputed sentence or quote), the ``Claim`` with its author (the
speaker or claimant, else the outlet) and every article it appears in
(``appearance``, earliest first, the first also as ``firstAppearance``), and a
``Rating`` whose ``alternateName`` says what claimcheck found ("Disputed",
"Altered quote", "Unverified" …) and whose ``ratingExplanation`` is the flag's
summary. Only http(s) URLs are emitted. The output is a JSON list, with
``<``, ``>`` and ``&`` written as ``\\u003c`` … so that it can be embedded in a
``<script type="application/ld+json">`` element as is.
"""

from __future__ import annotations

import json
from typing import Any

from .data import Report
from .html import safe_url

CONTEXT = "https://schema.org"
AUTHOR = {"@type": "Organization", "name": "claimcheck"}
VERDICT = {
    "value_conflict": "Disputed",
    "internal_conflict": "Contradictory",
    "scope_conflation": "Likely scope error",
    "unverified_quote": "Unverified",
    "altered_quote": "Altered quote",
    "misattributed_quote": "Misattributed quote",
}


def alternate_name(flag: dict[str, Any]) -> str:
    """The verdict shown to readers; a dismissed flag is "Not disputed"."""
    if flag.get("status") == "dismissed":
        return "Not disputed"
    return VERDICT.get(str(flag.get("kind")), "Needs context")


def primary_evidence(flag: dict[str, Any]) -> dict[str, Any] | None:
    """The evidence under review: the disputed item, else the first that is not a referent."""
    candidates = reviewed_evidence(flag)
    return candidates[0] if candidates else None


def claim_reviewed(flag: dict[str, Any]) -> str:
    """What is reviewed, in the source's words (a quote's text or a claim's sentence)."""
    item = primary_evidence(flag)
    if item is None:
        return str(flag.get("summary") or "")
    if item.get("type") == "quote":
        return " ".join(str(item.get("text") or "").split())
    return " ".join(str(item.get("sentence") or item.get("text") or flag.get("summary") or "").split())


def claim_author(flag: dict[str, Any]) -> dict[str, Any] | None:
    """A speaker is a Person; a claimant or, failing both, the outlet an Organization."""
    item = primary_evidence(flag)
    if item is None:
        return None
    if item.get("speaker"):
        return {"@type": "Person", "name": str(item["speaker"])}
    if item.get("claimant"):
        return {"@type": "Organization", "name": str(item["claimant"])}
    outlet = (item.get("article") or {}).get("outlet")
    return {"@type": "Organization", "name": str(outlet)} if outlet else None


def appearance(item: dict[str, Any]) -> dict[str, Any]:
    """The article a piece of evidence appeared in, as a CreativeWork."""
    article = item.get("article") or {}
    work: dict[str, Any] = {"@type": "CreativeWork"}
    url = safe_url(article.get("url"))
    if url:
        work["url"] = url
    if article.get("title"):
        work["headline"] = str(article["title"])
    if article.get("published"):
        work["datePublished"] = str(article["published"])
    if article.get("outlet"):
        work["publisher"] = {"@type": "Organization", "name": str(article["outlet"])}
    return work


def reviewed_evidence(flag: dict[str, Any]) -> list[dict[str, Any]]:
    """The evidence carrying the reviewed claim.

    The ``disputed`` items if any; for a value conflict, the claims of its
    least-sourced figure (the reconciler lists figures most-sourced first in
    ``details["values"]``); otherwise everything but the likely true referents.
    """
    evidence = flag.get("evidence") or []
    disputed = [e for e in evidence if e.get("role") == "disputed"]
    if disputed:
        return disputed
    values = [v for v in (flag.get("details") or {}).get("values") or [] if isinstance(v, dict)]
    if len(values) > 1:
        minority = set(values[-1].get("claims") or ())
        picked = [e for e in evidence if e.get("id") in minority]
        if picked:
            return picked
    return [e for e in evidence if e.get("role") != "referent"] or list(evidence)


def appearances(flag: dict[str, Any]) -> list[dict[str, Any]]:
    """One CreativeWork per distinct article carrying the claim, earliest first."""
    seen: dict[str, dict[str, Any]] = {}
    for item in reviewed_evidence(flag):
        work = appearance(item)
        key = work.get("url") or json.dumps(work, sort_keys=True)
        seen.setdefault(key, work)
    return sorted(seen.values(), key=lambda w: w.get("datePublished") or "9999")


def claim_review(flag: dict[str, Any], generated: str) -> dict[str, Any]:
    """One flag as a ClaimReview object."""
    works = appearances(flag)
    item: dict[str, Any] = {"@type": "Claim", "appearance": works}
    author = claim_author(flag)
    if author:
        item["author"] = author
    if works:
        item["firstAppearance"] = works[0]
        if works[0].get("datePublished"):
            item["datePublished"] = works[0]["datePublished"]
    return {
        "@context": CONTEXT,
        "@type": "ClaimReview",
        "identifier": str(flag.get("id")),
        "claimReviewed": claim_reviewed(flag),
        "itemReviewed": item,
        "reviewRating": {
            "@type": "Rating",
            "alternateName": alternate_name(flag),
            "ratingExplanation": str(flag.get("summary") or ""),
        },
        "datePublished": str(flag.get("first_seen") or generated)[:10],
        "author": AUTHOR,
    }


def render_claimreview(report: Report) -> str:
    """Every flag of the report as a JSON list of ClaimReview objects."""
    reviews = [claim_review(flag, report.generated) for flag in report.flags]
    text = json.dumps(reviews, indent=2, ensure_ascii=False, default=str)
    # Still valid JSON, and safe to paste inside <script type="application/ld+json">.
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026") + "\n"
