"""Output formats of ``claimcheck report``: a name → renderer registry."""

from __future__ import annotations

import json
from collections.abc import Callable

from .claimreview import render_claimreview
from .csvfmt import render_csv
from .data import Report
from .html import render_html
from .markdown import render_markdown
from .text import render_text


def render_json(report: Report) -> str:
    """The JSON shape of DESIGN.md §6 (stable: other tools parse it)."""
    return json.dumps(report.to_dict(), indent=2, ensure_ascii=False, default=str) + "\n"


RENDERERS: dict[str, Callable[[Report], str]] = {
    "text": render_text,
    "json": render_json,
    "markdown": render_markdown,
    "html": render_html,
    "csv": render_csv,
    "claimreview": render_claimreview,
}


class UnknownFormat(ValueError):
    pass


def render(report: Report, fmt: str) -> str:
    try:
        renderer = RENDERERS[fmt]
    except KeyError:
        raise UnknownFormat(f"unknown report format: {fmt} (choose from {', '.join(RENDERERS)})") from None
    return renderer(report)
