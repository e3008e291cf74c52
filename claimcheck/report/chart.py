"""SVG charts for the HTML report: the values each source gives, on a log axis.

A value flag (``value_conflict``, ``internal_conflict``, ``scope_conflation``)
is easiest to judge by eye: one row per piece of evidence, labelled with its
outlet, a dot at the stated figure and a bar over the interval it stands for.
The source that published the figure first is marked, and so are the outlets
that repeat a figure someone else published earlier. Everything is drawn by
this module as inline SVG (no JavaScript, no external fetch), and every label
taken from a crawled page is escaped.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from html import escape
from typing import Any
from urllib.parse import urlsplit

VALUE_FLAG_KINDS = ("value_conflict", "internal_conflict", "scope_conflation")

TOP = 12
AXIS_H = 34
MAX_ROWS = 24
CHAR_W = 6.6  # rough width of a 12px label character, to keep labels inside the chart
ROLE_CLASS = {"disputed": "disputed", "referent": "referent"}
CURRENCY = {"USD": "$", "EUR": "€", "GBP": "£", "CNY": "¥", "RMB": "¥", "JPY": "¥"}


@dataclass
class Point:
    """One row of the chart: a source and the interval it gives."""

    outlet: str
    published: str
    value: float | None
    low: float | None
    high: float | None
    role: str
    ref: str = ""
    note: str = ""
    first: bool = False
    mentions: int = 1
    refs: list[str] = field(default_factory=list)


def _number(value: Any) -> float | None:
    """``value`` as a positive finite float, or ``None`` (log axes need > 0)."""
    if isinstance(value, bool) or value is None:
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) and number > 0 else None


def source_name(article: dict[str, Any]) -> str:
    """A short name for an article's source: outlet, else host, else file name, else title."""
    if article.get("outlet"):
        return str(article["outlet"])
    url = str(article.get("url") or "")
    try:
        parts = urlsplit(url)
    except ValueError:
        parts = urlsplit("")
    if parts.hostname:
        return parts.hostname.removeprefix("www.")
    tail = parts.path.rstrip("/").rsplit("/", 1)[-1]
    return tail or str(article.get("title") or "unknown source")


def points_for(flag: dict[str, Any]) -> list[Point]:
    """The chartable evidence of a flag: one point per article and figure (claims with a positive number)."""
    points: dict[tuple[str, str, str], Point] = {}
    for item in flag.get("evidence") or []:
        if item.get("type") != "claim":
            continue
        value, low, high = (_number(item.get(k)) for k in ("value", "low", "high"))
        if value is None and low is None and high is None:
            continue
        article = item.get("article") or {}
        point = Point(
            outlet=source_name(article),
            published=str(article.get("published") or ""),
            value=value,
            low=low,
            high=high,
            role=str(item.get("role") or ""),
            ref=str(item.get("id") or ""),
        )
        key = (str(article.get("url") or point.outlet), _figure_key(point), point.role)
        if key in points:
            points[key].mentions += 1
            points[key].refs.append(point.ref)
        else:
            point.refs.append(point.ref)
            points[key] = point
    chart_points = list(points.values())
    _annotate(chart_points, flag.get("details") or {})
    return chart_points


def _annotate(points: list[Point], details: dict[str, Any]) -> None:
    """Mark, for each figure, the source that published it first and those that repeat it.

    A ``value_conflict`` flag's ``details["values"]`` names them per figure
    (``first_outlet``, ``repeated_by``, ``n_sources``, ``claims``); otherwise
    they are read from the evidence's publication dates.
    """
    entries = [v for v in details.get("values") or [] if isinstance(v, dict)]
    groups: dict[str, list[Point]] = {}
    for point in points:
        entry = next((e for e in entries if set(point.refs) & set(e.get("claims") or ())), None)
        groups.setdefault(f"entry-{entries.index(entry)}" if entry else _figure_key(point), []).append(point)
    for key, members in groups.items():
        entry = entries[int(key[6:])] if key.startswith("entry-") else {}
        _annotate_figure(members, entry)


def _annotate_figure(members: list[Point], entry: dict[str, Any]) -> None:
    """Notes for the points that give one figure."""
    ordered = sorted(members, key=lambda p: (p.published or "9999", members.index(p)))
    first_outlet = entry.get("first_outlet")
    first = next((p for p in ordered if p.outlet == first_outlet), ordered[0])
    n_sources = entry.get("n_sources") or len({p.outlet for p in members})
    first.first = True
    first.note = "first seen" + (f" · {n_sources} sources" if isinstance(n_sources, int) and n_sources > 1 else "")
    for point in ordered:
        if point is not first and point.outlet != first.outlet:
            point.note = f"repeats {_short(first.outlet)}"


def _short(name: str, limit: int = 24) -> str:
    return name if len(name) <= limit else name[: limit - 1] + "…"


def _figure_key(point: Point) -> str:
    number = point.value or point.low or point.high or 0.0
    return f"{number:.3g}"


def format_number(number: float, unit: str | None = None) -> str:
    """A compact label: ``$6M``, ``2.0k``, ``50,000 H800``."""
    prefix = CURRENCY.get((unit or "").upper(), "")
    for size, suffix in ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "k")):
        if number >= size:
            text = f"{number / size:.3g}{suffix}"
            break
    else:
        text = f"{number:.3g}"
    if prefix:
        return prefix + text
    return f"{text} {unit}" if unit and unit.upper() not in ("COUNT", "GPU", "CHIPS") else text


def _unit_of(flag: dict[str, Any]) -> str | None:
    for item in flag.get("evidence") or []:
        if item.get("unit"):
            return str(item["unit"])
    return None


class LogScale:
    """Maps positive numbers to x positions over whole decades."""

    def __init__(self, numbers: list[float], x0: float, x1: float) -> None:
        lo, hi = math.log10(min(numbers)), math.log10(max(numbers))
        self.lo, self.hi = math.floor(lo), math.ceil(hi)
        if self.hi - self.lo < 1:
            self.hi = self.lo + 1
        self.x0, self.x1 = x0, x1

    def __call__(self, number: float) -> float:
        share = (math.log10(number) - self.lo) / (self.hi - self.lo)
        return self.x0 + share * (self.x1 - self.x0)

    def ticks(self) -> list[float]:
        decades = [10.0**e for e in range(self.lo, self.hi + 1)]
        if self.hi - self.lo > 2:
            return decades
        return sorted({d * m for d in decades for m in (1, 2, 5) if d * m <= 10.0**self.hi})


@dataclass(frozen=True)
class Layout:
    """Geometry of one chart: wide (labels left of the rows) or narrow (labels above)."""

    name: str
    width: int
    label_w: int
    row_h: int
    right_pad: int = 24

    @property
    def stacked(self) -> bool:
        return self.label_w == 0


WIDE = Layout("wide", 640, 170, 34)
NARROW = Layout("narrow", 360, 0, 52, right_pad=22)


def value_chart(flag: dict[str, Any]) -> str:
    """``<svg>`` charts (a wide one, and a narrow one for phones) of the flag's values per source.

    Returns ``""`` when the flag is not a value flag or has no positive figure.
    """
    if flag.get("kind") not in VALUE_FLAG_KINDS:
        return ""
    points = points_for(flag)
    if not points:
        return ""
    shown = drawn_points(points)
    parts = [_svg(flag, shown, layout) for layout in (WIDE, NARROW)]
    if len(shown) < len(points):
        parts.append(f'<p class="chart-more">{len(points) - len(shown)} more sources not drawn.</p>')
    return "".join(parts)


def drawn_points(points: list[Point], limit: int = MAX_ROWS) -> list[Point]:
    """At most ``limit`` rows: every figure's first source first, then the rest, in order."""
    if len(points) <= limit:
        return points
    keep = {id(p) for p in [p for p in points if p.first][:limit]}
    for point in points:
        if len(keep) >= limit:
            break
        keep.add(id(point))
    return [p for p in points if id(p) in keep]


def _svg(flag: dict[str, Any], points: list[Point], layout: Layout) -> str:
    numbers = [n for p in points for n in (p.value, p.low, p.high) if n is not None]
    x0 = 20 if layout.stacked else layout.label_w + 8
    scale = LogScale(numbers, x0, layout.width - layout.right_pad)
    unit = _unit_of(flag)
    bottom = TOP + layout.row_h * len(points)
    title = f"Values per source for {flag.get('subject') or ''} {flag.get('attribute') or ''} (log scale)".strip()
    parts = [
        (
            f'<svg class="chart {layout.name}" viewBox="0 0 {layout.width} {bottom + AXIS_H}" width="100%" '
            f'role="img" xmlns="http://www.w3.org/2000/svg" aria-label="{escape(title)}">'
        ),
        f"<title>{escape(title)}</title>",
    ]
    parts += _axis(scale, unit, bottom)
    for index, point in enumerate(points):
        parts += _row(point, index, scale, unit, layout)
    parts.append("</svg>")
    return "".join(parts)


def _axis(scale: LogScale, unit: str | None, y: float) -> list[str]:
    parts = [f'<line class="axis" x1="{scale.x0:.1f}" y1="{y}" x2="{scale.x1:.1f}" y2="{y}"/>']
    for tick in scale.ticks():
        x = scale(tick)
        major = math.isclose(math.log10(tick), round(math.log10(tick)))
        parts.append(f'<line class="{"grid" if major else "grid minor"}" x1="{x:.1f}" y1="{TOP - 4}" '
                     f'x2="{x:.1f}" y2="{y + 4}"/>')
        if major or scale.hi - scale.lo <= 1:
            parts.append(f'<text class="tick" x="{x:.1f}" y="{y + 20}" text-anchor="middle">'
                         f"{escape(format_number(tick, unit))}</text>")
    parts.append(f'<text class="tick" x="{scale.x1:.1f}" y="{y + 32}" text-anchor="end">log scale</text>')
    return parts


def _row(point: Point, index: int, scale: LogScale, unit: str | None, layout: Layout) -> list[str]:
    top = TOP + layout.row_h * index
    y = top + layout.row_h - 12 if layout.stacked else top + layout.row_h / 2
    centre = point.value or point.low or point.high
    assert centre is not None
    cx = scale(centre)
    text = format_number(centre, unit) + (f" ×{point.mentions}" if point.mentions > 1 else "")
    text += f" · {point.note}" if point.note else ""
    parts = [f'<g class="row {ROLE_CLASS.get(point.role, "other")}">', _label(point, top, y, scale, layout),
             f'<line class="track" x1="{scale.x0:.1f}" y1="{y:.1f}" x2="{scale.x1:.1f}" y2="{y:.1f}"/>']
    parts += _range(point, scale, y)
    if point.first:
        parts.append(f'<circle class="first" cx="{cx:.1f}" cy="{y:.1f}" r="9"/>')
    parts.append(f'<circle class="dot" cx="{cx:.1f}" cy="{y:.1f}" r="5.5"/>')
    anchor, tx = _value_anchor(cx, text, layout)
    ty = y - (12 if layout.stacked else 7)
    parts.append(f'<text class="value" x="{tx:.1f}" y="{ty:.1f}" text-anchor="{anchor}">{escape(text)}</text>')
    parts.append("</g>")
    return parts


def _value_anchor(cx: float, text: str, layout: Layout) -> tuple[str, float]:
    """Put the value label right of the dot if it fits, else left of it, else flush right."""
    width = CHAR_W * len(text)
    if cx + 13 + width <= layout.width:
        return "start", cx + 13
    if cx - 13 - width >= 0:
        return "end", cx - 13
    return "end", layout.width - 2


def _label(point: Point, top: float, y: float, scale: LogScale, layout: Layout) -> str:
    """The source's name: left of the row (wide) or above it, sharing the line with the value (narrow)."""
    if layout.stacked:
        limit = int((layout.width - scale.x0) / (CHAR_W * 1.2))
        return f'<text class="outlet" x="{scale.x0:.1f}" y="{top + 12:.1f}">{escape(_short(point.outlet, limit))}</text>'
    return (f'<text class="outlet" x="{layout.label_w}" y="{y + 4:.1f}" text-anchor="end">'
            f"{escape(_short(point.outlet, 18))}</text>")


def _range(point: Point, scale: LogScale, y: float) -> list[str]:
    """The interval as a bar; an open bound (``None``) runs to the edge with an arrow."""
    if point.low is None and point.high is None:
        return []
    open_low, open_high = point.low is None, point.high is None
    x1 = scale.x0 if open_low else scale(point.low)  # type: ignore[arg-type]
    x2 = scale.x1 if open_high else scale(point.high)  # type: ignore[arg-type]
    parts = [f'<line class="range" x1="{x1:.1f}" y1="{y:.1f}" x2="{x2:.1f}" y2="{y:.1f}"/>']
    if open_high:
        parts.append(f'<path class="open" d="M{x2 - 7:.1f} {y - 5:.1f} L{x2:.1f} {y:.1f} L{x2 - 7:.1f} {y + 5:.1f}"/>')
    if open_low:
        parts.append(f'<path class="open" d="M{x1 + 7:.1f} {y - 5:.1f} L{x1:.1f} {y:.1f} L{x1 + 7:.1f} {y + 5:.1f}"/>')
    return parts


CHART_CSS = """
svg.chart { display:block; max-width:100%; height:auto; font: 13px system-ui, sans-serif; }
svg.chart .outlet { fill: var(--fg); font-weight: 600; }
svg.chart .tick, svg.chart .value { fill: var(--muted); font-size: 12px; }
svg.chart .axis { stroke: var(--muted); }
svg.chart .grid { stroke: var(--line); }
svg.chart .grid.minor { stroke-dasharray: 2 3; }
svg.chart .track { stroke: var(--line); stroke-width: 1; }
svg.chart .range { stroke-width: 6; stroke-linecap: round; opacity: .35; stroke: var(--accent); }
svg.chart .dot { fill: var(--accent); }
svg.chart .disputed .dot { fill: var(--high); } svg.chart .disputed .range { stroke: var(--high); }
svg.chart .referent .dot { fill: var(--ok); } svg.chart .referent .range { stroke: var(--ok); }
svg.chart .open { fill: none; stroke: var(--muted); stroke-width: 2; }
svg.chart.narrow { display: none; }
@media (max-width: 560px) { svg.chart.wide { display: none; } svg.chart.narrow { display: block; } }
svg.chart .first { fill: none; stroke: var(--fg); stroke-width: 2; }
"""
