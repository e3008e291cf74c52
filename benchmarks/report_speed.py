"""How long ``claimcheck report`` takes on a 10,000-article store where nothing changed.

``claimcheck report`` first brings extraction and reconciliation up to date
(``update_extraction`` → ``Store.pending_extraction``; ``update_reconciliation``
→ ``Store.input_fingerprint``), then builds the report and renders it. With
nothing new, all of that should be bookkeeping: the goal is under 2 s.

The script builds a synthetic store (articles with claims and quotes, and some
flags with evidence), marks it extracted and reconciled, then times each step
and prints it next to a baseline measured in the same process: a bare
``SELECT count(*)`` of the same tables, and a scan of the article columns the
update check must read. It also times the whole command in a subprocess.

Usage: ``python benchmarks/report_speed.py [--articles 10000] [--db PATH] [--repeat 3]``
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout

from claimcheck.model import Article, Claim, Evidence, Extraction, Flag, Quote, text_hash
from claimcheck.report import build_report, render, render_text
from claimcheck.store import Store

OUTLETS = [f"outlet{i}.example" for i in range(40)]
SUBJECTS = ["deepseek", "deepseek-r1", "deepseek-v3", "openai", "gpt-4", "meta", "llama-3"]
VOCAB = [f"{a}{b}" for a in ("ka", "lo", "mi", "nu", "pe", "ra", "si", "to", "vu", "ze") for b in
         ("bar", "cen", "dol", "fim", "gat", "hup", "jor", "kel", "lin", "mos", "nat", "pil", "qua", "rus")]
TABLES = ("articles", "claims", "quotes", "flags", "flag_evidence")


def synthetic_article(i: int) -> tuple[Article, Extraction]:
    """Article ``i`` with two cost claims and one quote."""
    subject = SUBJECTS[i % len(SUBJECTS)]
    cost = (5.6e6, 6e6, 1.6e9, 5e8)[i % 4]
    sentence = f"{subject} spent ${cost / 1e6:g} million to train the model."
    quote = f"We built it for a fraction of the cost, story {i},"
    rng = random.Random(i)
    filler = " ".join(rng.choice(VOCAB) for _ in range(180)) + "."
    text = f"{sentence} \"{quote}\" the founder said. {filler}"
    article = Article(url=f"https://{OUTLETS[i % len(OUTLETS)]}/story/{i}", outlet=OUTLETS[i % len(OUTLETS)],
                      title=f"Story {i}", published=f"2025-01-{1 + i % 28:02d}", text=text)
    start = text.index("$")
    claims = [
        Claim(kind="cost", attribute="training_cost", value=cost, low=cost * 0.99, high=cost * 1.01, unit="USD",
              subject=subject, text=f"${cost / 1e6:g} million", sentence=sentence, start=start, end=start + 12),
        Claim(kind="chips", attribute="gpu_count", value=2048 + i % 3 * 1000, low=2048, high=4096,
              subject=subject, item="H800", text="2,048 H800", sentence=sentence, start=0, end=5),
    ]
    q0 = text.index(quote)
    quotes = [Quote(text=quote, speaker=f"Speaker {i}", cue="said", start=q0, end=q0 + len(quote),
                    sentence=text[: text.index(". ", q0) + 1])]
    return article, Extraction(claims=claims, quotes=quotes)


def build(path: Path, n_articles: int, extractor: str) -> Store:
    """A store of ``n_articles`` synthetic articles, all extracted, plus flags."""
    store = Store(path)
    with store.write():
        for i in range(n_articles):
            article, extraction = synthetic_article(i)
            store.save_article(article)
            store.save_extraction(article.id, extraction, extractor, text_hash(article.text))
    ids = [r["id"] for r in store.db.query("SELECT id FROM claims WHERE kind = 'cost' ORDER BY id")]
    flags = [
        Flag(kind="value_conflict", key=f"bench-{k}", severity=("high", "medium", "low")[k % 3],
             summary=f"Sources disagree ({k}).", subject=SUBJECTS[k % len(SUBJECTS)], attribute="training_cost",
             evidence=[Evidence("claim", ids[(k * 7 + j) % len(ids)], "value") for j in range(3)], score=k % 5)
        for k in range(max(1, n_articles // 50))
    ]
    store.save_flags(flags, "bench")
    return store


def mark_reconciled(store: Store) -> str:
    """Link stories and record the fingerprint ``update_reconciliation`` checks, as a real run would.

    (Running the reconciler itself would replace the benchmark's flags.)
    """
    try:
        from claimcheck.analysis import update_stories
    except ImportError:  # older checkout: no story linking
        pass
    else:
        update_stories(store)
    try:
        from claimcheck.reconciliation import RECONCILER_VERSION
    except ImportError:  # reconciler not importable in this checkout
        RECONCILER_VERSION = "unknown"
    store.set_state("reconciled", f"{RECONCILER_VERSION}:{store.input_fingerprint()}")
    return RECONCILER_VERSION


def timed(fn: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    """Median seconds of ``repeat`` calls, and the last result."""
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def baseline_counts(store: Store) -> int:
    return sum(store.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES)


def baseline_scan(store: Store) -> int:
    rows = store.db.execute("SELECT id, text_hash, extracted_hash, extractor, story_id FROM articles").fetchall()
    return len(rows)


def run(args: argparse.Namespace) -> None:
    from claimcheck.analysis import update_extraction, update_reconciliation
    from claimcheck.extraction import EXTRACTOR_VERSION

    path = Path(args.db) if args.db else Path(tempfile.mkdtemp()) / "claims.db"
    start = time.perf_counter()
    store = build(path, args.articles, EXTRACTOR_VERSION)
    version = mark_reconciled(store)
    counts = store.table_counts()
    print(f"store: {path} ({counts['articles']} articles, {counts['claims']} claims, {counts['quotes']} quotes, "
          f"{counts['flags']} flags, {counts['flag_evidence']} evidence) built in {time.perf_counter() - start:.1f} s")

    steps: list[tuple[str, float]] = []
    t_count, _ = timed(lambda: baseline_counts(store), args.repeat)
    t_scan, _ = timed(lambda: baseline_scan(store), args.repeat)
    extracted = update_extraction(store)  # once, checked, before timing
    assert extracted["articles"] == 0, f"the store should need no extraction: {extracted}"
    t_extract, _ = timed(lambda: update_extraction(store), args.repeat)
    steps.append(("update_extraction (pending_extraction)", t_extract))
    reconciled = update_reconciliation(store)  # once, checked, before timing
    assert reconciled.get("skipped"), f"the store should need no reconciliation: {reconciled}"
    t_reconcile, _ = timed(lambda: update_reconciliation(store), args.repeat)
    steps.append((f"update_reconciliation (reconciler {version})", t_reconcile))
    parts: list[tuple[str, Callable[[], Any]]] = [("input_fingerprint", store.input_fingerprint)]
    try:
        from claimcheck.analysis import update_stories
        parts.append(("update_stories", lambda: update_stories(store)))
    except ImportError:
        pass
    breakdown = [(name, timed(fn, args.repeat)[0]) for name, fn in parts]
    t_build, report = timed(lambda: build_report(store), args.repeat)
    steps.append((f"build_report ({len(report.flags)} flags)", t_build))
    t_text, _ = timed(lambda: render_text(report), args.repeat)
    steps.append(("render text", t_text))
    total = sum(t for _, t in steps)

    print(f"\nbaseline: SELECT count(*) of {', '.join(TABLES)}: {t_count * 1000:.2f} ms; "
          f"scan of articles' update columns: {t_scan * 1000:.2f} ms")
    for name, seconds in steps:
        print(f"  {name:<62} {seconds * 1000:9.1f} ms  ({seconds / t_count:8.0f}x count, {seconds / t_scan:6.1f}x scan)")
        if name.startswith("update_reconciliation"):
            for part, part_seconds in breakdown:
                print(f"    of which {part:<53} {part_seconds * 1000:9.1f} ms")
    print(f"  {'total, nothing changed (goal < 2 s)':<62} {total * 1000:9.1f} ms  "
          f"({total / t_count:8.0f}x count, {total / t_scan:6.1f}x scan)  {'OK' if total < 2 else 'SLOW'}")
    for fmt in ("json", "markdown", "html", "csv", "claimreview"):
        seconds, _ = timed(lambda fmt=fmt: render(report, fmt), args.repeat)  # type: ignore[misc]
        print(f"  render {fmt:<55} {seconds * 1000:9.1f} ms")
    store.close()
    if not args.no_cli:
        cli_time(path)


def _subprocess_seconds(args: list[str]) -> tuple[float, str]:
    start = time.perf_counter()
    result = subprocess.run([sys.executable, *args], capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - start
    return seconds, "ok" if result.returncode == 0 else f"exit {result.returncode}: {result.stderr.strip()[-300:]}"


def cli_time(path: Path) -> None:
    """The whole command, interpreter start and imports included, next to the imports alone."""
    report = ["-m", "claimcheck", "report", "--db", str(path), "--out", "/dev/null"]
    seconds, status = _subprocess_seconds(report)
    print(f"\n`claimcheck report --out /dev/null` end to end: {seconds:.2f} s ({status})")
    seconds, status = _subprocess_seconds([*report, "--no-update"])
    print(f"  the same with --no-update: {seconds:.2f} s ({status})")
    for module in ("claimcheck.cli", "claimcheck.extraction", "claimcheck.reconciliation"):
        seconds, status = _subprocess_seconds(["-c", f"import {module}"])
        print(f"  python -c 'import {module}': {seconds:.2f} s ({status})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--db", help="where to build the store (default: a temporary directory)")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-cli", action="store_true", help="skip the end-to-end subprocess timing")
    run(parser.parse_args())


if __name__ == "__main__":
    main()
