"""Score ``claimcheck.parse_article`` on the article-extraction benchmark.

Implements the metric of ``benchmarks/article-extraction/README.md`` exactly
(``\\w+`` tokens, 4-token shingle multisets, per-page normalised tp/fp/fn,
macro precision and recall, F1 of the two means, exact-match accuracy,
bootstrap standard deviations over 1,000 resamples) and prints claimcheck's
figures next to plain trafilatura (default and ``favor_precision``) computed
in the same run.

Usage: ``python benchmarks/article_extraction.py [DATA_DIR] [--out PRED.json]``
(DATA_DIR defaults to ``../shared/benchmarks/article-extraction``).
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import trafilatura

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout

from claimcheck.articles import ArticleError, parse_article

_TOKEN = re.compile(r"\w+")


def shingles(text: str | None, n: int = 4) -> Counter[tuple[str, ...]]:
    """Multiset of n-token shingles (one shorter shingle for short texts)."""
    tokens = _TOKEN.findall(text or "")
    if not tokens:
        return Counter()
    if len(tokens) < n:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def page_scores(true: str | None, pred: str | None) -> tuple[float, float, float, bool]:
    """Normalised (tp, fp, fn) of one page and whether its tokens match exactly."""
    t, p = shingles(true), shingles(pred)
    tp = sum((t & p).values())
    fp = sum((p - t).values())
    fn = sum((t - p).values())
    total = tp + fp + fn
    exact = _TOKEN.findall(true or "") == _TOKEN.findall(pred or "")
    if total == 0:
        return 0.0, 0.0, 0.0, exact
    return tp / total, fp / total, fn / total, exact


def _prf(rows: list[tuple[float, float, float, bool]]) -> tuple[float, float, float, float]:
    precisions, recalls = [], []
    for tp, fp, fn, _ in rows:
        if tp + fp > 0:
            precisions.append(tp / (tp + fp))
        if tp + fn > 0:
            recalls.append(tp / (tp + fn))
        if fp == 0 and fn == 0 and tp == 0:
            pass
    p = sum(precisions) / len(precisions) if precisions else 0.0
    r = sum(recalls) / len(recalls) if recalls else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    acc = sum(1 for row in rows if row[3]) / len(rows) if rows else 0.0
    return f1, p, r, acc


def score(
    truth: dict[str, str], pred: dict[str, str | None], n_boot: int = 1000, seed: int = 42
) -> dict[str, float]:
    """F1, P, R, accuracy and their bootstrap standard deviations."""
    ids = sorted(truth)
    rows = [page_scores(truth[i], pred.get(i)) for i in ids]
    f1, p, r, acc = _prf(rows)
    rng = random.Random(seed)
    boots = []
    for _ in range(n_boot):
        sample = [rows[rng.randrange(len(rows))] for _ in rows]
        boots.append(_prf(sample))

    def sd(k: int) -> float:
        vals = [b[k] for b in boots]
        mean = sum(vals) / len(vals)
        return (sum((v - mean) ** 2 for v in vals) / (len(vals) - 1)) ** 0.5

    return {
        "f1": f1,
        "precision": p,
        "recall": r,
        "accuracy": acc,
        "f1_sd": sd(0),
        "precision_sd": sd(1),
        "recall_sd": sd(2),
        "accuracy_sd": sd(3),
    }


def load(data_dir: Path) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """(id → true body, id → html, id → url) from the benchmark directory."""
    gt = json.loads((data_dir / "ground-truth.json").read_text(encoding="utf-8"))
    truth = {k: v["articleBody"] for k, v in gt.items()}
    urls = {k: v.get("url") for k, v in gt.items()}
    pages = {
        k: gzip.decompress((data_dir / "html" / f"{k}.html.gz").read_bytes()).decode("utf-8") for k in gt
    }
    return truth, pages, urls


def _claimcheck(html: str, url: str | None) -> str | None:
    try:
        art = parse_article(html, url)
    except ArticleError:
        return None
    if art.status != "ok":
        return None
    # The benchmark's bodies include the headline only when the page does;
    # parse_article keeps the title out of the text, as the store wants.
    return art.text


SYSTEMS: dict[str, Callable[[str, str | None], str | None]] = {
    "claimcheck.parse_article": _claimcheck,
    "trafilatura default": lambda h, u: trafilatura.extract(h, include_comments=False),
    "trafilatura favor_precision": lambda h, u: trafilatura.extract(
        h, include_comments=False, favor_precision=True
    ),
}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data_dir", nargs="?", default="../shared/benchmarks/article-extraction")
    ap.add_argument("--out", help="write claimcheck predictions as benchmark JSON")
    ap.add_argument("--only", help="score only this system")
    args = ap.parse_args(argv)
    data = Path(args.data_dir)
    if not (data / "ground-truth.json").exists():
        print(f"Error: no ground-truth.json in {data}", file=sys.stderr)
        return 1
    truth, pages, urls = load(data)
    print(f"{len(truth)} pages from {data}")
    print(f"{'system':32} {'F1':>13} {'P':>7} {'R':>7} {'acc':>7} {'ms/page':>8}")
    for name, fn in SYSTEMS.items():
        if args.only and args.only != name:
            continue
        t0 = time.perf_counter()
        pred = {k: fn(pages[k], urls[k]) for k in sorted(pages)}
        ms = (time.perf_counter() - t0) * 1000 / len(pages)
        s = score(truth, pred)
        print(
            f"{name:32} {s['f1']:.3f} ± {s['f1_sd']:.3f} {s['precision']:7.3f} {s['recall']:7.3f} {s['accuracy']:7.3f} {ms:8.1f}"
        )
        if args.out and name == "claimcheck.parse_article":
            Path(args.out).write_text(
                json.dumps({k: {"articleBody": v} for k, v in pred.items()}, ensure_ascii=False, indent=1)
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
