"""The Markdown report: flags under a heading per severity, evidence as bullets.

For pasting into issues, wikis and newsletters. Text from crawled pages is
escaped twice over: Markdown punctuation gets a backslash and ``<``, ``>`` and
``&`` become entities, so a page's ``<script>`` or ``[link](javascript:…)``
shows as text in any renderer. Links are made only for http(s) URLs.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import quote

from .chart import source_name
from .data import Report
from .html import safe_url

SEVERITIES = ("high", "medium", "low")
#: Evidence shown per flag; a flag can carry thousands (every rendering of a quote).
MAX_EVIDENCE = 25
#: How each evidence role is shown ("value", the plain case, is not shown).
ROLE_LABEL = {"disputed": "disputed", "referent": "likely true referent", "rendering": "rendering",
              "parent": "said of the parent subject", "attribution": "attributed", "value": "",
              "unverified": "no other source carries it"}
_MD_SPECIAL = re.compile(r"([\\`*_\[\]|~])")
_MD_LINE_START = re.compile(r"^(\d+(?=[.)])|)([#+\-=.)])")


def md_escape(text: Any) -> str:
    """``text`` on one line, inert in Markdown (and in the HTML Markdown allows)."""
    return _line_start(_inline(" ".join(str(text or "").split())))


def _line_start(text: str) -> str:
    """Escape what would start a heading, list or quote at the start of a line."""
    return _MD_LINE_START.sub(r"\1\\\2", text)


def _inline(text: str) -> str:
    """Escape Markdown punctuation and HTML in ``text``, keeping its spaces."""
    flat = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MD_SPECIAL.sub(r"\\\1", flat)


def md_link(label: str, url: Any) -> str:
    """A Markdown link, or ``""`` if ``url`` is not http(s)."""
    safe = safe_url(url)
    if not safe:
        return ""
    return f"[{label}]({quote(safe, safe=':/?#=&%~.,;+!*@$')})"


def render_markdown(report: Report) -> str:
    """The report as Markdown text."""
    lines = [
        "# claimcheck report",
        "",
        (
            f"{report.articles} articles · {report.claims} claims · {report.quotes} quotes · "
            f"{len(report.flags)} flags (generated {md_escape(report.generated)})"
        ),
    ]
    if not report.flags:
        lines += ["", "No conflicts found."]
    for severity in SEVERITIES:
        flags = [f for f in report.flags if f["severity"] == severity]
        if not flags:
            continue
        lines += ["", f"## {severity.capitalize()} ({len(flags)})"]
        for flag in flags:
            lines += _flag(flag)
    return "\n".join(lines) + "\n"


def _flag(flag: dict[str, Any]) -> list[str]:
    about = " · ".join(md_escape(x) for x in (flag.get("subject"), flag.get("attribute")) if x)
    about = f": {about}" if about else ""
    status = "" if flag.get("status") == "open" else f" *({md_escape(flag.get('status'))})*"
    lines = [
        "",
        f"### {md_escape(flag.get('kind'))}{about} `{flag.get('id')}`{status}",
        "",
        md_escape(flag.get("summary")),
        "",
    ]
    evidence = flag.get("evidence") or []
    lines += [_evidence(item) for item in evidence[:MAX_EVIDENCE]]
    if len(evidence) > MAX_EVIDENCE:
        lines.append(f"- … and {len(evidence) - MAX_EVIDENCE} more (the JSON and CSV reports list them all)")
    if flag.get("note"):
        lines += ["", f"> Reviewer note: {md_escape(flag['note'])}"]
    return lines


def _evidence(item: dict[str, Any]) -> str:
    article = item.get("article") or {}
    where = " · ".join(md_escape(x) for x in (source_name(article), article.get("published")) if x)
    who = item.get("speaker") or item.get("claimant")
    meta = [
        ROLE_LABEL.get(item.get("role") or "", item.get("role") or ""),
        item.get("hedge") if item.get("hedge") not in (None, "asserted") else "",
        f"by {who}" if who else "",
    ]
    meta_text = ", ".join(md_escape(m) for m in meta if m)
    sentence = _highlight(str(item.get("sentence") or item.get("text") or ""), str(item.get("text") or ""))
    link = md_link("article", article.get("url"))
    head = f"- **{where or 'unknown source'}**" + (f" ({meta_text})" if meta_text else "")
    return f"{head}: {sentence}" + (f" — {link}" if link else "")


def _highlight(sentence: str, fragment: str) -> str:
    """Escaped sentence with the fragment in bold."""
    sentence = " ".join(sentence.split())
    fragment = " ".join(fragment.split())
    index = sentence.find(fragment) if fragment else -1
    if index < 0:
        return md_escape(sentence)
    end = index + len(fragment)
    before, middle, after = sentence[:index], sentence[index:end], sentence[end:]
    return f"{_line_start(_inline(before))}**{_inline(middle.strip())}**{_inline(after)}"
