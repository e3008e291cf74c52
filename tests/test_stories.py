"""Syndicated copies are one story; different stories about one subject are not."""

from __future__ import annotations

from pathlib import Path

from claimcheck.analysis import update_stories
from claimcheck.model import Article
from claimcheck.store import Store
from claimcheck.stories import group_stories, signature, similarity

WIRE = (
    "HELSINKI, March 3 (Wire) - Finnish chipmaker Norrsken Labs said on Tuesday it trained its Aurora-2 "
    "language model on 1,024 accelerators over six weeks, at a cost it put at 3.1 million euros. "
    "Chief executive Maija Lindqvist told reporters the company would open the model to researchers in May. "
    "\"We wanted to show that a small lab can still build something useful,\" she said. Analysts at Pohjola "
    "Research estimated the full programme, including staff and earlier experiments, at closer to 20 million "
    "euros. Norrsken, founded in 2016, employs about 140 people in Helsinki and Oulu and sells inference "
    "hardware to telecom operators. The company did not say which accelerators it used. Shares of its largest "
    "customer rose 2 percent after the announcement."
)


def test_syndicated_copy_with_edits_is_similar() -> None:
    copy = "Norrsken trains Aurora-2 for 3.1 million euros\n" + WIRE + "\n(Reporting by A. Editor; editing by B. Desk)"
    other = WIRE.replace("Tuesday", "Monday").replace("2 percent", "3 percent")
    assert similarity(signature(WIRE), signature(copy)) >= 0.7
    assert similarity(signature(WIRE), signature(other)) >= 0.7


def test_different_story_on_the_same_subject_is_not_linked() -> None:
    follow_up = (
        "Norrsken Labs' Aurora-2 model, which the company says cost 3.1 million euros to train, drew mixed "
        "reviews from researchers this week. Several groups reported that the model struggled with Finnish "
        "legal texts, while others praised its speed on commodity hardware. Maija Lindqvist, the chief "
        "executive, said an update was planned for the autumn."
    )
    assert similarity(signature(WIRE), signature(follow_up)) < 0.3
    stories = group_stories([("a", signature(WIRE)), ("b", signature(follow_up))])
    assert stories == {"a": "a", "b": "b"}


def test_store_links_copies_under_one_stable_story(tmp_path: Path) -> None:
    store = Store(tmp_path / "c.db")
    urls = ["https://one.example/norrsken", "https://two.example/wire/123", "https://three.example/n?id=9"]
    for i, url in enumerate(urls):
        store.save_article(Article(url=url, text=WIRE + f"\nCopyright outlet {i}."))
    store.save_article(Article(url="https://four.example/other", text="An unrelated piece about weather. " * 20))
    assert update_stories(store) == 2
    stories = {row["url"]: row["story_id"] for row in store.articles()}
    assert len({stories[u] for u in urls}) == 1
    assert stories["https://four.example/other"] not in {stories[u] for u in urls}
    assert update_stories(store) == 0
