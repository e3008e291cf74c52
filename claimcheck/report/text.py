"""The terminal report: flags grouped by severity, each with its evidence.

The report is first laid out as :class:`Block` lines (indent, text, style,
the fragment to highlight). A terminal gets them through rich, in colour with
the claim's figure highlighted in its sentence; piped output (``color=False``)
is wrapped with :mod:`textwrap`, which is ten times faster than rich on a
long report and needs no colour anyway.
"""

from __future__ import annotations

import io
import textwrap
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from rich.console import Console
from rich.padding import Padding
from rich.text import Text

from .data import Report

SEVERITY_STYLE = {"high": "bold red", "medium": "bold yellow", "low": "cyan"}
#: Evidence lines shown per flag; the JSON and CSV formats carry all of it.
MAX_EVIDENCE = 12
ROLE_LABEL = {"disputed": "disputed", "referent": "likely true referent", "rendering": "rendering"}


@dataclass
class Block:
    """One paragraph of the report."""

    text: str
    indent: int = 0
    style: str = ""
    highlight: str = ""  # a fragment of ``text`` to emphasise
    rule: bool = False  # a severity heading drawn as a rule


def render_text(report: Report, *, color: bool = False, width: int = 100) -> str:
    """The report as text; ``color=True`` keeps ANSI colour codes."""
    blocks = list(report_blocks(report))
    if not color:
        return "".join(_plain(block, width) for block in blocks)
    buffer = io.StringIO()
    console = Console(file=buffer, force_terminal=True, width=width, highlight=False)
    for block in blocks:
        console.print(_rich(block))
    return "\n".join(line.rstrip() for line in buffer.getvalue().splitlines()) + "\n"


def print_report(report: Report, console: Console) -> None:
    """Print the report on a rich console (colour if the console has it)."""
    for block in report_blocks(report):
        console.print(_rich(block))


def report_blocks(report: Report) -> Iterator[Block]:
    yield Block(
        f"claimcheck report  {report.articles} articles · {report.claims} claims · "
        f"{report.quotes} quotes · {len(report.flags)} flags",
        style="bold",
    )
    if not report.flags:
        yield Block("No conflicts found.")
        return
    for severity in ("high", "medium", "low"):
        flags = [f for f in report.flags if f["severity"] == severity]
        if flags:
            yield Block("")
            yield Block(f"{severity.upper()} ({len(flags)})", style=SEVERITY_STYLE[severity], rule=True)
            for flag in flags:
                yield from _flag_blocks(flag)


def _flag_blocks(flag: dict[str, Any]) -> Iterator[Block]:
    status = "" if flag["status"] == "open" else f"  ({flag['status']})"
    yield Block("")
    yield Block(f"● {flag['kind']}  [{flag['id']}]{status}", style="bold")
    yield Block(flag["summary"], indent=2)
    evidence = flag["evidence"]
    for item in evidence[:MAX_EVIDENCE]:
        yield from _evidence_blocks(item)
    if len(evidence) > MAX_EVIDENCE:
        more = len(evidence) - MAX_EVIDENCE
        yield Block(f"… and {more} more (see --format json or csv)", indent=4, style="dim")
    if flag.get("note"):
        yield Block(f"reviewer note: {flag['note']}", indent=2, style="italic")


def _evidence_blocks(item: dict[str, Any]) -> Iterator[Block]:
    article = item["article"]
    where = " · ".join(str(x) for x in (article.get("outlet"), article.get("published"), article.get("title")) if x)
    label = ROLE_LABEL.get(item.get("role") or "", item.get("role") or "")
    hedge = item.get("hedge") if item.get("hedge") not in (None, "asserted") else None
    who = item.get("speaker") or item.get("claimant")
    meta = ", ".join(x for x in (label, hedge, f"by {who}" if who else None) if x)
    yield Block(f"- {where or article.get('url') or ''}" + (f" ({meta})" if meta else ""), indent=4, style="dim")
    sentence = " ".join((item.get("sentence") or item.get("text") or "").split())
    yield Block(sentence, indent=6, highlight=" ".join((item.get("text") or "").split()))
    if article.get("url"):
        yield Block(str(article["url"]), indent=6, style="dim underline")


def _plain(block: Block, width: int) -> str:
    if not block.text:
        return "\n"
    if block.rule:
        return f"{block.text} " + "─" * max(3, width - len(block.text) - 1) + "\n"
    pad = " " * block.indent
    return textwrap.fill(block.text, width=width, initial_indent=pad, subsequent_indent=pad,
                         break_long_words=False, break_on_hyphens=False) + "\n"


def _rich(block: Block) -> Any:
    if block.rule:
        return _Rule(block)
    text = Text(block.text, style=block.style)
    index = block.text.find(block.highlight) if block.highlight else -1
    if index >= 0:
        text.stylize("bold reverse", index, index + len(block.highlight))
    return Padding(text, (0, 0, 0, block.indent)) if block.indent else text


class _Rule:
    """A severity heading as a rich rule."""

    def __init__(self, block: Block) -> None:
        self.block = block

    def __rich_console__(self, console: Console, options: Any) -> Iterator[Any]:
        from rich.rule import Rule

        yield Rule(Text(self.block.text, style=self.block.style), align="left")

