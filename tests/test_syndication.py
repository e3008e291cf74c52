"""Syndicated wire copy crawled from two outlets counts as one source.

A real crawl over HTTP of three pages: a wire story, the same story reprinted
by another outlet under its own headline and footer, and an independent
article that gives a different figure. The copies must be linked as one
story, and the reconciler must count the wire figure as one source, not two.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from conftest import run_command
from httpserver import HTML, TestServer, rows, run_scrapy

WIRE = [
    "SAN FRANCISCO (Northwire) - Quorvex Labs said on Tuesday that it trained its Q7 language model for "
    "$4 million, a fraction of what larger rivals report spending on comparable systems.",
    "The company said the training run used 1,024 Nvidia H100 chips over five weeks and that the model "
    "would be offered to researchers under an open licence from next month.",
    "Quorvex, founded in 2019 by former university researchers, has raised money from several venture "
    "firms but has not disclosed its total funding. It employs about 90 people in San Francisco and Toronto.",
    "Shares of chip suppliers were little changed after the announcement, which came a week after a rival "
    "start-up unveiled a similar model.",
]
INDEPENDENT = [
    "Analysts at Fennick Research estimate that training Quorvex's Q7 model cost closer to $40 million "
    "once failed runs, staff and earlier experiments are counted.",
    "Their note, sent to clients on Thursday, argues that headline training figures published by start-ups "
    "routinely leave out the cost of the experiments that came before the final run.",
    "The analysts said they had spoken to two people familiar with the project and had reviewed public "
    "cloud pricing for the hardware involved, which they put at several thousand dollars an hour.",
]


def page(outlet: str, title: str, paragraphs: list[str], footer: str = "") -> str:
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
        f'<meta property="og:site_name" content="{outlet}"><meta property="og:type" content="article">'
        f"</head><body><article><h1>{title}</h1>\n{body}\n{footer}</article></body></html>"
    )


ROUTES = {
    "/wire/quorvex.html": (200, HTML, page("Northwire", "Quorvex trains Q7 model for $4 million", WIRE)),
    "/ledger/tech/q7.html": (200, HTML, page(
        "Daily Ledger", "Start-up says new AI model cost just $4m", WIRE,
        "<p>(Reporting by Northwire staff; additional reporting by the Daily Ledger business desk.)</p>")),
    "/observer/q7-cost.html": (200, HTML, page("Tech Observer", "What did Q7 really cost?", INDEPENDENT)),
}


def test_syndicated_copies_are_one_source(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    with TestServer(ROUTES) as srv:
        run_scrapy(db, "-a", "urls=" + ",".join(srv.url(path) for path in ROUTES))
    result = run_command([sys.executable, "-m", "claimcheck", "report", "--db", str(db), "--format", "json"])
    assert result.returncode == 0, result.stderr

    stories = {r["outlet"]: r["story_id"] for r in rows(db, "SELECT outlet, story_id FROM articles")}
    assert stories["Northwire"] == stories["Daily Ledger"] != stories["Tech Observer"]

    report = json.loads(result.stdout)
    [conflict] = [f for f in report["flags"] if f["kind"] == "value_conflict" and f["attribute"] == "training_cost"]
    values = conflict["details"]["values"]
    four_million = next(v for v in values if v["low"] <= 4e6 <= v["high"])
    assert four_million["n_sources"] == 1, values
    assert {e["article"]["outlet"] for e in conflict["evidence"]} >= {"Northwire", "Tech Observer"}
