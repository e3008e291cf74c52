"""Reports: what conflicts, for people (text, HTML) and for tools (JSON …)."""

from __future__ import annotations

from .data import Report, ReportFilters, build_report
from .formats import RENDERERS, UnknownFormat, render
from .text import print_report, render_text

__all__ = ["RENDERERS", "Report", "ReportFilters", "UnknownFormat", "build_report", "print_report", "render", "render_text"]
