"""How the reconciler scales: 1,000,000 claims over 100,000 articles, skewed.

Generates claim rows shaped like the store's (all Claim fields plus id,
article_id, source, outlet, url, title, published) over a Zipf-like subject
distribution (a few subjects get most claims), with models grouped under
makers so parent joins and scope checks run, a few true values per
(subject, attribute) plus rounding variants, bounds, hedges and syndicated
copies. Times ``reconcile_claims`` (CPU and wall) and, as the baseline in the
same process, a plain sort of the same records by (subject, attribute);
prints seconds, the ratio and peak memory (``ru_maxrss`` growth over the
generated rows; ``--tracemalloc`` for the Python-level peak, which slows the
run), ending with one summary line: claims, groups, flags, CPU s, wall s,
ratio, peak MB.

    .venv/bin/python benchmarks/reconcile_scale.py [--claims 1000000] [--articles 100000]
"""

from __future__ import annotations

import argparse
import gc
import random
import resource
import time
import tracemalloc
import zlib
from collections import Counter
from typing import Any

from claimcheck.model import Subject
from claimcheck.reconciliation import reconcile_claims
from claimcheck.reconciliation.groups import scan

ATTRS = [
    ("cost", "training_cost"),
    ("cost", "total_spend"),
    ("chips", "gpu_count"),
    ("chips", "gpu_holdings"),
    ("date", "release_date"),
    ("cost", "other"),
]
HEDGES = ["asserted"] * 6 + ["claimed", "claimed", "reported", "estimated", "speculative"]


def make_subjects(n_makers: int, models_per_maker: int) -> dict[str, Subject]:
    subjects: dict[str, Subject] = {}
    for m in range(n_makers):
        maker = f"maker{m}"
        subjects[maker] = Subject(maker, f"Maker {m}", "org")
        for k in range(models_per_maker):
            slug = f"{maker}-m{k}"
            subjects[slug] = Subject(slug, f"Maker {m} M{k}", "model", parent=maker)
    return subjects


def true_values(rng: random.Random, kind: str) -> list[Any]:
    if kind == "date":
        return [
            f"20{rng.randint(18, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            for _ in range(rng.choice([1, 1, 2, 3]))
        ]
    scale = 1e6 if kind == "cost" else 1e3
    return [
        round(rng.uniform(0.1, 900) * scale, -3 if kind == "cost" else 0) or 1.0
        for _ in range(rng.choice([1, 1, 2, 3]))
    ]


def stated(rng: random.Random, kind: str, value: Any) -> tuple[Any, Any, Any, str | None]:
    """A value as an article states it: exact, rounded, a bound or coarser date."""
    r = rng.random()
    if kind == "date":
        if r < 0.7:
            return value, value, value, "day"
        if r < 0.9:
            return value[:7], value[:7], value[:7], "month"
        return "--" + value[5:], "--" + value[5:], "--" + value[5:], "day"
    if r < 0.75:
        return value, value, value, None
    if r < 0.9:
        rounded = float(f"{value:.1g}")
        return rounded, rounded, rounded, None
    return value, value * 0.8, None, None


def make_claims(n_claims: int, n_articles: int, subjects: dict[str, Subject], seed: int = 7) -> list[dict]:
    rng = random.Random(seed)
    slugs = list(subjects)
    weights = [1.0 / (rank + 1) ** 1.1 for rank in range(len(slugs))]
    picks = rng.choices(slugs, weights=weights, k=n_claims)
    truths: dict[tuple[str, str], list[Any]] = {}
    claims = []
    sentence_pool = [f"Sentence {k} says the figure." for k in range(50)] + [
        "The company now holds the chips.",
        "It plans to spend more by 2026.",
    ]
    for i, slug in enumerate(picks):
        art = rng.randrange(n_articles)
        kind, attr = ATTRS[rng.randrange(len(ATTRS))]
        key = (slug, attr)
        if key not in truths:
            truths[key] = true_values(rng, kind)
        vals = truths[key]
        # an article repeats its own figure: the choice depends on (article, group)
        stance = (art * 2654435761 + zlib.crc32(f"{slug}|{attr}".encode())) % 100
        value = vals[0] if stance < 85 or len(vals) == 1 else vals[1 + stance % (len(vals) - 1)]
        value, low, high, precision = stated(rng, kind, value)
        claims.append(
            {
                "id": f"c{i}",
                "article_id": f"a{art}",
                "source": f"s{art % (n_articles * 7 // 10)}",
                "outlet": f"outlet{art % 5000}.com",
                "url": f"https://x/{art}",
                "title": None,
                "published": f"2025-{1 + art % 12:02d}-{1 + art % 28:02d}",
                "kind": kind,
                "subject": slug,
                "subject_text": slug,
                "subject_inferred": rng.random() < 0.1,
                "attribute": attr,
                "value": value,
                "low": low,
                "high": high,
                "unit": {"cost": "USD", "chips": "chips"}.get(kind),
                "item": None,
                "precision": precision,
                "qualifier": None,
                "hedge": HEDGES[rng.randrange(len(HEDGES))],
                "claimant": None,
                "text": "",
                "sentence": sentence_pool[rng.randrange(len(sentence_pool))],
                "start": 0,
                "end": 0,
            }
        )
    return claims


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--tracemalloc", action="store_true")
    args = parser.parse_args()
    subjects = make_subjects(200, 10)
    t0 = time.perf_counter()
    claims = make_claims(args.claims, args.articles, subjects)
    top = Counter(c["subject"] for c in claims).most_common(3)
    print(f"generated {len(claims):,} claims in {time.perf_counter() - t0:.1f} s; top subjects {top}")

    gc.collect()
    # reconcile first, so its memory growth is measured against the generated rows
    # alone (the baseline sort's key tuples would otherwise set the process peak)
    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    if args.tracemalloc:
        tracemalloc.start()
    w0, c0 = time.perf_counter(), time.process_time()
    flags = reconcile_claims(claims, subjects=subjects)
    wall, cpu = time.perf_counter() - w0, time.process_time() - c0
    peak = tracemalloc.get_traced_memory()[1] / 2**20 if args.tracemalloc else None
    if args.tracemalloc:
        tracemalloc.stop()
    rss1 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

    gc.collect()
    gc.disable()  # the same GC policy as reconcile_claims, so the ratio compares work
    w0, c0 = time.perf_counter(), time.process_time()
    baseline = sorted(claims, key=lambda c: (c["subject"] or "", c["attribute"]))
    base_wall, base_cpu = time.perf_counter() - w0, time.process_time() - c0
    del baseline
    gc.enable()

    n_groups = len(scan(claims)[0])  # (subject, attribute, unit) groups, outside the timing
    kinds = Counter(f.kind for f in flags)
    rss_mb = (rss1 - rss0) / 1024
    print(f"baseline sort: {base_wall:.2f} s wall, {base_cpu:.2f} s CPU")
    print(
        f"reconcile_claims: {wall:.2f} s wall, {cpu:.2f} s CPU  ({cpu / base_cpu:.1f}x the plain sort in CPU)"
    )
    print(f"flags: {dict(kinds)}")
    print(f"peak RSS growth during reconcile: {rss_mb:.0f} MB (process peak {rss1 / 1024:.0f} MB)")
    if peak is not None:
        print(f"tracemalloc peak: {peak:.0f} MB")
    print(
        f"claims={len(claims)} groups={n_groups} flags={len(flags)} cpu_s={cpu:.2f} wall_s={wall:.2f} "
        f"ratio={cpu / base_cpu:.1f} peak_mb={peak if peak is not None else rss_mb:.0f}"
        f"{' (tracemalloc)' if peak is not None else ' (ru_maxrss growth)'}"
    )

if __name__ == "__main__":
    main()
