"""Quote rules of the reconciler: matching, altered, misattributed, unverified ranking."""

from __future__ import annotations

from typing import Any

from claimcheck.reconciliation import reconcile
from claimcheck.reconciliation.quotes import normalise, relation, same_speaker, speaker_key

_ids = iter(range(10**6))

STATEMENT = (
    "The fact that Quorvex was able to train its model for so little is remarkable, "
    "and it shows that smaller labs are catching up with the giants."
)


def quote(
    src: str,
    speaker: str | None,
    text: str,
    start: int = 0,
    *,
    article: str | None = None,
    desc: str | None = None,
) -> dict[str, Any]:
    art = article or f"a-{src}"
    return {
        "id": f"q{next(_ids)}",
        "article_id": art,
        "source": src,
        "outlet": f"{src}.example",
        "url": f"https://{src}.example/{art}",
        "title": None,
        "published": None,
        "speaker": speaker,
        "speaker_desc": desc,
        "text": text,
        "start": start,
        "end": start + len(text),
        "sentence": text,
        "cue": "said",
    }


def flags_of(quotes: list[dict], kind: str | None = None, mentions: dict | None = None) -> list:
    flags = reconcile([], quotes, mention_sources=mentions)
    return [f for f in flags if kind is None or f.kind == kind]


def test_normalise_ignores_case_punctuation_and_curly_quotes() -> None:
    assert normalise("“This is a Game-Changer,” he said’s") == normalise('"this is a game changer" he saids')
    assert normalise("$294,000") == "294000"
    assert speaker_key("Dr. Zhang Xiaoming") == "zhang xiaoming"
    assert same_speaker("sam altman", "altman") and not same_speaker("sam altman", "sam bankman")


def test_relation_kinds() -> None:
    a = normalise(STATEMENT)
    assert relation(a, normalise("smaller labs are catching up with the giants")) == "excerpt"
    assert (
        relation(a, normalise(STATEMENT.replace("Quorvex was", "they were").replace("its", "their")))
        == "variant"
    )
    assert relation(a, normalise("We will ship the next model in the spring.")) is None


def test_identical_repetition_is_neither_altered_nor_unverified() -> None:
    quotes = [
        quote("s1", "Mira Okafor", STATEMENT, desc="CEO of Quorvex"),
        quote("s2", "Mira Okafor", "“" + STATEMENT.upper() + "”", desc="Quorvex's chief executive"),
    ]
    assert not flags_of(quotes, mentions={"quorvex": {"s1", "s2", "s3"}})


def test_altered_quote_split_by_attribution() -> None:
    quotes = [
        quote("s1", "Ana Ruiz", STATEMENT, 100),
        quote(
            "s1",
            "Ana Ruiz",
            "The fact that they were able to train their model for so little is remarkable",
            900,
        ),
        quote("s1", "Ana Ruiz", "This shows that smaller labs are catching up with the giants.", 990),
    ]
    [f] = flags_of(quotes, "altered_quote")
    assert len(f.details["renderings"]) == 2
    assert f.details["renderings"][1]["text"].startswith("The fact that they were")
    assert {op["a"] for op in f.details["diff"]} >= {"quorvex was"}
    assert "[-quorvex was-]" in f.details["diff_text"]
    assert f.severity == "medium" and not f.details["cross_source"]
    assert {e.role for e in f.evidence} == {"rendering"}


def test_altered_quote_across_sources() -> None:
    other = STATEMENT.replace("remarkable", "astonishing").replace("the giants", "the industry leaders")
    quotes = [quote("s1", "Ana Ruiz", STATEMENT), quote("s2", "Ms. Ana Ruiz", other)]
    [f] = flags_of(quotes, "altered_quote")
    assert f.details["cross_source"] and f.score > 0.6
    assert not flags_of(quotes, "misattributed_quote")


def test_excerpt_is_not_altered() -> None:
    quotes = [
        quote("s1", "Ana Ruiz", STATEMENT),
        quote("s2", "Ruiz", "smaller labs are catching up with the giants"),
    ]
    assert not flags_of(quotes, "altered_quote") and not flags_of(quotes, "misattributed_quote")


def test_misattributed_quote() -> None:
    quotes = [quote("s1", "Ana Ruiz", STATEMENT), quote("s2", "Tomas Berg", STATEMENT)]
    [f] = flags_of(quotes, "misattributed_quote")
    assert sorted(f.details["speakers"]) == ["Ana Ruiz", "Tomas Berg"]
    assert f.severity == "high"
    assert "Ana Ruiz" in f.summary and "Tomas Berg" in f.summary


def warning_article(src: str) -> list[dict]:
    """An article with an altered quote and experts nobody else names."""
    return [
        quote(
            src,
            "Lena Voss",
            "This is a turning point for the whole industry",
            50,
            desc="CEO of chip giant Zentrix",
        ),
        quote(
            src,
            "Pavel Ionescu",
            "This is a significant step forward for open research labs everywhere",
            400,
            desc="a leading expert in AI at Nordhaven University",
        ),
        quote(src, "Pavel Ionescu", STATEMENT, 600, desc="a leading expert in AI at Nordhaven University"),
        quote(
            src, "Pavel Ionescu", STATEMENT.replace("Quorvex was", "they were").replace("its", "their"), 2000
        ),
    ]


MENTIONS = {
    "zentrix": {"s1", "s2", "s3", "s4", "s5"},
    "lena voss": {"s1"},
    "pavel ionescu": {"s1"},
    "nordhaven university": {"s1"},
    "ola strand": {"s9"},
}


def test_unverified_prominent_speaker_in_suspect_article_ranks_first() -> None:
    flags = flags_of(warning_article("s1"), mentions=MENTIONS)
    quote_flags = sorted(flags, key=lambda f: -f.score)
    top = quote_flags[0]
    assert top.kind == "unverified_quote" and top.details["speaker"] == "Lena Voss"
    assert top.severity == "high"
    assert top.details["prominence"]["organisation"] == "zentrix"
    assert "altered quotes and experts no other source names" in top.summary
    lesser = [f for f in flags if f.kind == "unverified_quote" and f is not top]
    assert all(f.score < top.score for f in lesser)


def test_obscure_speaker_in_clean_article_is_not_flagged() -> None:
    quotes = [
        quote(
            "s9",
            "Ola Strand",
            "We expect the new line to open in the spring next year",
            10,
            desc="a shop owner",
        ),
        quote("s9", "Mira Okafor", STATEMENT, 200, desc="CEO of Quorvex"),
        quote("s8", "Mira Okafor", STATEMENT, 10, desc="CEO of Quorvex"),
    ]
    assert not flags_of(quotes, "unverified_quote", mentions=MENTIONS)


def test_corroborated_quote_is_not_unverified() -> None:
    quotes = warning_article("s1") + [
        quote("s2", "Lena Voss", "“This is a turning point for the whole industry.”")
    ]
    speakers = {f.details["speaker"] for f in flags_of(quotes, "unverified_quote", mentions=MENTIONS)}
    assert "Lena Voss" not in speakers


def test_syndicated_copy_does_not_corroborate() -> None:
    quotes = warning_article("s1") + [
        quote("s1", "Lena Voss", "This is a turning point for the whole industry", article="a-s1-copy")
    ]
    [f] = [
        f
        for f in flags_of(quotes, "unverified_quote", mentions=MENTIONS)
        if f.details["speaker"] == "Lena Voss"
    ]
    assert len(f.evidence) == 2  # both copies cited under one stable key


def test_scare_quotes_are_not_statements() -> None:
    quotes = warning_article("s1") + [quote("s1", "Lena Voss", "much more", 70)]
    assert all(
        f.details["text"] != "much more" for f in flags_of(quotes, "unverified_quote", mentions=MENTIONS)
    )


def test_quote_keys_stable() -> None:
    quotes = warning_article("s1")
    assert [f.key for f in flags_of(quotes, mentions=MENTIONS)] == [
        f.key for f in flags_of(list(reversed(quotes)), mentions=MENTIONS)
    ]
