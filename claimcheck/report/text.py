"""The terminal report: flags grouped by severity, each with its evidence.

Rendered with rich, so a terminal gets colour and the evidence's figure is
highlighted in its sentence; piped output (or ``color=False``) is plain text.
"""

from __future__ import annotations

import io
from typing import Any

from rich.console import Console
from rich.padding import Padding
from rich.text import Text

from .data import Report

SEVERITY_STYLE = {"high": "bold red", "medium": "bold yellow", "low": "cyan"}
#: Evidence lines shown per flag; the JSON and CSV formats carry all of it.
MAX_EVIDENCE = 12
ROLE_LABEL = {"disputed": "disputed", "referent": "likely true referent", "rendering": "rendering"}


def render_text(report: Report, *, color: bool = False, width: int = 100) -> str:
    """The report as text; ``color=True`` keeps ANSI colour codes."""
    buffer = io.StringIO()
    console = Console(file=buffer, force_terminal=color, no_color=not color, width=width, highlight=False)
    print_report(report, console)
    return "\n".join(line.rstrip() for line in buffer.getvalue().splitlines()) + "\n"


def print_report(report: Report, console: Console) -> None:
    console.print(
        Text.assemble(
            ("claimcheck report", "bold"),
            f"  {report.articles} articles · {report.claims} claims · {report.quotes} quotes · "
            f"{len(report.flags)} flags",
        )
    )
    if not report.flags:
        console.print("No conflicts found.")
        return
    for severity in ("high", "medium", "low"):
        flags = [f for f in report.flags if f["severity"] == severity]
        if not flags:
            continue
        console.print()
        console.rule(Text(f"{severity.upper()} ({len(flags)})", style=SEVERITY_STYLE[severity]), align="left")
        for flag in flags:
            _print_flag(flag, console)


def _print_flag(flag: dict[str, Any], console: Console) -> None:
    head = Text.assemble(
        ("● ", SEVERITY_STYLE.get(flag["severity"], "")),
        (flag["kind"], "bold"),
        f"  [{flag['id']}]",
        ("" if flag["status"] == "open" else f"  ({flag['status']})", "italic"),
    )
    console.print()
    console.print(head)
    console.print(Padding(Text(flag["summary"]), (0, 0, 0, 2)))
    evidence = flag["evidence"]
    for item in evidence[:MAX_EVIDENCE]:
        console.print(Padding(_evidence_line(item), (0, 0, 0, 4)))
    if len(evidence) > MAX_EVIDENCE:
        more = len(evidence) - MAX_EVIDENCE
        console.print(Padding(Text(f"… and {more} more (see --format json or csv)", style="dim"), (0, 0, 0, 4)))
    if flag.get("note"):
        console.print(Padding(Text(f"reviewer note: {flag['note']}", style="italic"), (0, 0, 0, 2)))


def _evidence_line(item: dict[str, Any]) -> Text:
    article = item["article"]
    where = " · ".join(str(x) for x in (article.get("outlet"), article.get("published"), article.get("title")) if x)
    label = ROLE_LABEL.get(item.get("role") or "", item.get("role") or "")
    who = item.get("speaker") or item.get("claimant")
    meta = ", ".join(x for x in (label, item.get("hedge") if item.get("hedge") not in (None, "asserted") else None,
                                 f"by {who}" if who else None) if x)
    line = Text("- ")
    line.append(where or article.get("url") or "", style="dim")
    if meta:
        line.append(f" ({meta})", style="dim")
    line.append("\n")
    line.append_text(highlight_in_sentence(item.get("sentence") or item.get("text") or "", item.get("text") or ""))
    if article.get("url"):
        line.append(f"\n{article['url']}", style="dim underline")
    return line


def highlight_in_sentence(sentence: str, fragment: str) -> Text:
    """The sentence with ``fragment`` (the claim or quote) in bold."""
    text = Text(sentence.strip().replace("\n", " "))
    index = text.plain.find(fragment) if fragment else -1
    if index >= 0:
        text.stylize("bold reverse", index, index + len(fragment))
    return text
