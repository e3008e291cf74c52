"""Score the extractor against hand-labelled articles (``claimcheck eval GOLD.json``).

Sits beside the extract stage: it runs :func:`claimcheck.extraction.extract` on
labelled articles and compares. A gold file has the shape of
``tests/data/seeds.gold.json``::

    {"articles": {"<name>": {"title": ..., "published": ..., "text": ...,
                             "claims": [{"kind", "subject", "attribute", "value" | "value_low",
                                         "chip_model"?, "required"?}, ...],
                             "quotes": [{"speaker", "text"}, ...],
                             "not_claims": ["sentence fragment", ...]}}}

An article without ``"text"`` is read from the folder next to the gold file
named after it (``seeds.gold.json`` → ``seeds/<name>``) or from beside it.

Scoring is deliberately strict: an extracted claim is a true positive only if
it matches some gold claim of its article (kind, subject, attribute and
value; ``required: false`` claims may be matched or not), so unlabelled extra
claims are false positives. Recall counts the required gold claims found.
A gold file (or article) with ``"claims_labelled": false`` is labelled for
quotes only and is not scored on claims.
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path
from typing import Any

from claimcheck.model import Claim, Quote

KINDS = ("cost", "chips", "date")


class EvalError(ValueError):
    """A gold file that cannot be read or has the wrong shape."""


def _article_text(gold_path: Path, name: str, art: dict[str, Any]) -> str:
    if art.get("text"):
        return str(art["text"])
    stem = gold_path.name.split(".")[0]
    for cand in (gold_path.parent / stem / name, gold_path.parent / name):
        if cand.exists():
            return cand.read_text("utf-8")
    raise FileNotFoundError(f"no text for gold article {name!r} next to {gold_path}")


def _num(x: Any) -> float | None:
    try:
        return float(x)
    except (TypeError, ValueError):
        return None


def value_matches(claim: Claim, gold: dict[str, Any]) -> bool:
    """Does the claim's value/interval agree with the gold value?"""
    if "value_low" in gold and gold.get("value") is None:
        gl = _num(gold["value_low"])
        lo = _num(claim.low if claim.low is not None else claim.value)
        return gl is not None and lo is not None and lo >= gl * 0.999
    gv = gold.get("value")
    if claim.kind == "date" or isinstance(gv, str):
        return str(claim.value) == str(gv)
    g = _num(gv)
    if g is None:
        return False
    v = _num(claim.value)
    if v is not None and abs(v - g) <= 1e-9 * max(1.0, abs(g)):
        return True
    lo, hi = _num(claim.low), _num(claim.high)
    return (lo is None or lo <= g * 1.000001) and (hi is None or g <= hi * 1.000001) and (lo is not None or hi is not None)


def claim_matches(claim: Claim, gold: dict[str, Any]) -> bool:
    """Kind, subject, attribute and value agree (and chip model / currency when the gold gives one)."""
    if claim.kind != gold.get("kind") or claim.subject != gold.get("subject"):
        return False
    if claim.attribute != gold.get("attribute", claim.attribute):
        return False
    if gold.get("chip_model") and claim.item != gold["chip_model"]:
        return False
    if claim.kind == "cost" and gold.get("unit") and claim.unit != gold["unit"]:
        return False  # a money value is a number in its currency
    return value_matches(claim, gold)


def normalise_quote(text: str) -> str:
    """Compare quotes ignoring case, spacing, quote marks and edge punctuation."""
    t = unicodedata.normalize("NFKC", text).replace("’", "'").replace("‘", "'")
    t = re.sub(r"[\"“”]", "", t)
    t = " ".join(t.split()).lower()
    return t.strip(" .,;:!?'")


_DETERMINER = re.compile(r"^(?:a|an|the|one)\s+")
_ROLE_FOR = re.compile(r"^(?P<role>[\w\s-]+?)\s+(?:for|at|of|from)\s+(?P<org>.+)$")
_ROLE_WORDS = re.compile(r"\b(?:spokes(?:person|man|woman)|representative|statement|source)\b")
_CORP_WORDS = re.compile(r"\s+(?:ai|inc|corp|corporation|ltd|llc|plc|co)\b")


def normalise_speaker(s: str | None) -> str:
    """A speaker as gold files and the extractor may both write it.

    "a spokesperson for Acme AI", "Acme spokesperson" and "an Acme Inc.
    spokesperson" name the same speaker; a person's name is only lower-cased.
    """
    t = " ".join((s or "").lower().replace(".", " ").replace("’", "'").split())
    t = re.sub(r"\bspokes(?:man|woman)\b", "spokesperson", t)
    t = _DETERMINER.sub("", t)
    m = _ROLE_FOR.match(t)
    if m and _ROLE_WORDS.search(m.group("role")):
        t = f"{_DETERMINER.sub('', m.group('org'))} {m.group('role')}"
    if _ROLE_WORDS.search(t):
        t = _CORP_WORDS.sub("", t)
    return " ".join(t.split())


def _prf(tp_p: int, n_extracted: int, tp_r: int, n_gold: int) -> dict[str, Any]:
    p = tp_p / n_extracted if n_extracted else 1.0
    r = tp_r / n_gold if n_gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
            "extracted": n_extracted, "matched": tp_p, "gold": n_gold, "found": tp_r}


def _gold_files(path: Path) -> list[Path]:
    if path.is_dir():
        return sorted(p for p in path.glob("*.json") if p.name != "baseline.json")
    return [path]


def evaluate(gold_path: str | Path) -> dict[str, Any]:
    """Precision/recall/F1 per claim kind, for quotes, and speaker accuracy.

    ``gold_path`` is a gold JSON file or a folder of them.
    """
    from claimcheck.extraction import extract

    counts = {k: [0, 0, 0, 0] for k in (*KINDS, "all")}  # matched, extracted, found, gold
    q_counts = [0, 0, 0, 0]
    speakers_right = speakers_total = 0
    violations = 0
    misses: list[dict[str, Any]] = []
    n_articles = 0
    for gp in _gold_files(Path(gold_path)):
        try:
            data = json.loads(gp.read_text("utf-8"))
        except (OSError, ValueError) as exc:
            raise EvalError(f"cannot read gold file {gp}: {exc}") from exc
        if not isinstance(data, dict) or not isinstance(data.get("articles", {}), dict):
            raise EvalError(f"{gp}: expected an object with an 'articles' mapping")
        for name, art in data.get("articles", {}).items():
            n_articles += 1
            try:
                text = _article_text(gp, name, art)
            except FileNotFoundError as exc:
                raise EvalError(str(exc)) from exc
            ex = extract(text, title=art.get("title"), published=art.get("published"))
            golds = art.get("claims", [])
            # a file labelled for quotes only ("claims_labelled": false) is not scored on claims
            claims_labelled = data.get("claims_labelled", True) and art.get("claims_labelled", True)
            for c in (ex.claims if claims_labelled else []):
                ok = any(claim_matches(c, g) for g in golds)
                for k in (c.kind, "all"):
                    if k in counts:
                        counts[k][1] += 1
                        counts[k][0] += ok
                if not ok:
                    misses.append({"article": name, "type": "false_positive", "kind": c.kind, "subject": c.subject,
                                   "attribute": c.attribute, "value": c.value, "text": c.text})
                if any(frag in c.sentence for frag in art.get("not_claims", [])):
                    violations += 1
            for g in golds:
                if not g.get("required", True):
                    continue
                found = any(claim_matches(c, g) for c in ex.claims)
                for k in (g.get("kind"), "all"):
                    if k in counts:
                        counts[k][3] += 1
                        counts[k][2] += found
                if not found:
                    misses.append({"article": name, "type": "missed", **{k: g.get(k) for k in
                                   ("kind", "subject", "attribute", "value", "value_low", "text")}})
            gq = art.get("quotes", [])
            gnorm = [normalise_quote(q["text"]) for q in gq]
            for q in ex.quotes:
                q_counts[1] += 1
                q_counts[0] += normalise_quote(q.text) in gnorm
            for g, gn in zip(gq, gnorm):
                q_counts[3] += 1
                hit: Quote | None = next((q for q in ex.quotes if normalise_quote(q.text) == gn), None)
                if hit is None:
                    misses.append({"article": name, "type": "missed_quote", "text": g["text"]})
                    continue
                q_counts[2] += 1
                speakers_total += 1
                # a source the article never names has no speaker; gold may write its description instead
                got = hit.speaker or (hit.speaker_desc if g.get("speaker") else None)
                if normalise_speaker(got) == normalise_speaker(g.get("speaker")):
                    speakers_right += 1
                else:
                    misses.append({"article": name, "type": "wrong_speaker", "text": g["text"],
                                   "expected": g.get("speaker"), "got": got})
    return {
        "articles": n_articles,
        "claims": {k: _prf(*v) for k, v in counts.items()},
        "quotes": _prf(*q_counts),
        "speaker_accuracy": round(speakers_right / speakers_total, 4) if speakers_total else 1.0,
        "not_claim_violations": violations,
        "errors": misses,
    }


def format_scores(scores: dict[str, Any]) -> str:
    """A small plain-text table of :func:`evaluate`'s scores."""
    lines = [f"articles: {scores['articles']}", f"{'':10} {'precision':>9} {'recall':>7} {'f1':>6}  matched/extracted  found/gold"]
    rows = [(k, v) for k, v in scores["claims"].items()] + [("quotes", scores["quotes"])]
    for name, s in rows:
        lines.append(f"{name:10} {s['precision']:9.3f} {s['recall']:7.3f} {s['f1']:6.3f}  "
                     f"{s['matched']:>7}/{s['extracted']:<9} {s['found']:>5}/{s['gold']}")
    lines.append(f"speaker accuracy: {scores['speaker_accuracy']:.3f}")
    lines.append(f"claims in not-claim sentences: {scores['not_claim_violations']}")
    errs = scores.get("errors", [])
    if errs:
        lines.append(f"errors ({len(errs)}):")
        for e in errs[:40]:
            detail = ", ".join(f"{k}={v}" for k, v in e.items() if k not in ("article", "type") and v is not None)
            lines.append(f"  {e['type']:15} {e['article']}: {detail}")
    return "\n".join(lines)
