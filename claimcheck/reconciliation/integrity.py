"""``altered_quote`` and ``misattributed_quote`` flags from matched quotes.

Works on the components of :class:`.quotes.QuoteMatches`. One speaker with
texts that match only fuzzily (a *variant* edge) said one statement in
different words: the flag carries each rendering, where it appeared, and a
word-level diff. A rendering can be split by the attribution ("…impressive,"
said X. "This shows…"): adjacent quotes by the speaker in one article are
joined back before comparing. Identical repetitions and excerpts are not
alterations. The same words credited to speakers who are not the same person
(``Okafor`` and ``Ada Okafor`` are the same) are a misattribution.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from rapidfuzz import fuzz

from ..model import Evidence, Flag
from .quotes import QuoteMatches, normalise, same_speaker, word_diff

#: Two quotes by one speaker this close (characters) may be one rendering split in two.
JOIN_GAP = 250
#: Shorter texts ("This is a game-changer") are stock phrases two people may both say.
MISATTRIBUTION_MIN_WORDS = 6


def speaker_groups(keys: list[str]) -> dict[str, str]:
    """Speaker key → the fullest name of its group (``okafor`` → ``ada okafor``)."""
    ordered = sorted(set(keys), key=lambda k: (-len(k.split()), k))
    head: dict[str, str] = {}
    for k in ordered:
        head[k] = next((h for h in dict.fromkeys(head.values()) if same_speaker(h, k)), k)
    return head


def integrity_flags(m: QuoteMatches) -> tuple[list[Flag], set[int]]:
    """All altered and misattributed quote flags, and the quotes they cite."""
    edges_by_comp: dict[int, list[tuple[int, int, str]]] = defaultdict(list)
    for (u, v), rel in m.edges.items():
        edges_by_comp[m.component_of[u]].append((u, v, rel))
    flags: list[Flag] = []
    cited: set[int] = set()
    for root, uids in sorted(m.components.items()):
        quotes = [j for u in uids for j in m.carriers[u]]
        if len(quotes) < 2:
            continue
        edges = edges_by_comp.get(root, [])
        keys = [s for j in quotes if (s := m.speaker[j])]
        if not keys:
            continue
        group = speaker_groups(keys)
        names = sorted(set(group.values()))
        if len(names) >= 2 and max(len(m.texts[u].split()) for u in uids) >= MISATTRIBUTION_MIN_WORDS:
            flag = misattributed(m, quotes, group, names)
            flags.append(flag)
            cited.update(j for j in quotes if m.speaker[j])
        involved: dict[str, set[int]] = defaultdict(set)
        for u, v, rel in edges:
            if rel != "variant":
                continue
            gu = {group[s] for j in m.carriers[u] if (s := m.speaker[j])}
            gv = {group[s] for j in m.carriers[v] if (s := m.speaker[j])}
            for g in gu & gv:
                involved[g].update((u, v))
        for name, us in sorted(involved.items()):
            qs = [j for u in us for j in m.carriers[u] if (s := m.speaker[j]) and group[s] == name]
            change = altered(m, name, qs)
            if change is not None:
                flags.append(change)
                cited.update(qs)
    return flags, cited


def renderings(m: QuoteMatches, qs: list[int]) -> list[list[int]]:
    """Group quotes into renderings: adjacent pieces of one article join up."""
    order = sorted(qs, key=lambda j: (str(m.quotes[j].get("article_id")), m.quotes[j].get("start") or 0))
    out: list[list[int]] = []
    for j in order:
        q = m.quotes[j]
        if out:
            last = m.quotes[out[-1][-1]]
            near = (
                last.get("article_id") == q.get("article_id")
                and 0 <= (q.get("start") or 0) - (last.get("end") or 0) <= JOIN_GAP
            )
            related = any(
                (min(a, b), max(a, b)) in m.edges or a == b for a in _uids(m, out[-1]) for b in _uids(m, [j])
            )
            if near and not related:
                out[-1].append(j)
                continue
        out.append([j])
    return out


def _uids(m: QuoteMatches, qs: list[int]) -> list[int]:
    return [m.uid[m.norm[j]] for j in qs if m.norm[j] in m.uid]


def _rendering_record(m: QuoteMatches, r: list[int]) -> dict[str, Any]:
    first = m.quotes[r[0]]
    return {
        "text": " ".join(str(m.quotes[j].get("text") or "") for j in r),
        "quotes": [str(m.quotes[j].get("id")) for j in r],
        "article_id": first.get("article_id"),
        "outlet": first.get("outlet"),
        "url": first.get("url"),
        "published": first.get("published"),
        "speaker": first.get("speaker"),
    }


def altered(m: QuoteMatches, name: str, qs: list[int]) -> Flag | None:
    """One speaker's statement rendered in different words."""
    rends = renderings(m, qs)
    records = [_rendering_record(m, r) for r in rends]
    records.sort(key=lambda r: (r["published"] or "9999", str(r["article_id"]), r["quotes"]))
    distinct = {normalise(r["text"]) for r in records}
    if len(distinct) < 2:
        return None
    base = normalise(records[0]["text"])
    other = min(records[1:], key=lambda r: _similarity(base, normalise(r["text"])))
    ops, marked = word_diff(base, normalise(other["text"]))
    sources = {m.source(j) for j in qs}
    speaker = records[0]["speaker"] or name
    summary = (
        f"Altered quote: {speaker} is quoted {'in one article' if len(sources) == 1 else 'by different sources'}"
        f' saying the same thing in different words ("{_clip(records[0]["text"])}" vs "{_clip(other["text"])}").'
    )
    return Flag(
        kind="altered_quote",
        key=f"altered_quote|{name}|{base[:100]}",
        severity="medium",
        summary=summary,
        details={
            "speaker": speaker,
            "renderings": records,
            "diff": ops,
            "diff_text": marked,
            "cross_source": len(sources) > 1,
        },
        evidence=[Evidence("quote", str(m.quotes[j].get("id")), "rendering") for r in rends for j in r],
        score=0.55 + (0.1 if len(sources) > 1 else 0.0),
    )


def misattributed(m: QuoteMatches, quotes: list[int], group: dict[str, str], names: list[str]) -> Flag:
    """The same words credited to different speakers."""
    by_name: dict[str, list[int]] = defaultdict(list)
    for j in quotes:
        speaker = m.speaker[j]
        if speaker:
            by_name[group[speaker]].append(j)
    records = {n: [_rendering_record(m, [j]) for j in js] for n, js in sorted(by_name.items())}
    shown = [records[n][0]["speaker"] or n for n in names]
    first_text = min(
        (r for rs in records.values() for r in rs), key=lambda r: (r["published"] or "9999", r["quotes"])
    )
    sources = {m.source(j) for j in quotes}
    canonical = normalise(first_text["text"])
    return Flag(
        kind="misattributed_quote",
        key=f"misattributed_quote|{canonical[:100]}",
        severity="high" if len(sources) > 1 else "medium",
        summary=(
            f'Misattributed quote: "{_clip(first_text["text"])}" is credited to '
            f"{' and to '.join(shown)} in different places."
        ),
        details={"speakers": shown, "renderings": records, "cross_source": len(sources) > 1},
        evidence=[Evidence("quote", str(m.quotes[j].get("id")), "attribution") for j in quotes],
        score=0.65,
    )


def _similarity(a: str, b: str) -> float:
    return float(fuzz.ratio(a, b))


def _clip(text: str, limit: int = 140) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
