"""Server-rendered SVG charts: pictures a reader takes in at a glance, with no script, printable.

Every label is escaped here, so templates may insert the result as it is. Each bar carries a
<title> (the browser shows it on hover) and links to the list it counts.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from urllib.parse import quote

from markupsafe import Markup, escape

from casewatch.model import EventType
from casewatch.web.render import label

# Twenty distinct colours, one per event type in the vocabulary's order.
PALETTE = (
    "#1f77b4", "#aec7e8", "#ff7f0e", "#ffbb78", "#2ca02c", "#98df8a", "#d62728", "#ff9896",
    "#9467bd", "#c5b0d5", "#8c564b", "#c49c94", "#e377c2", "#f7b6d2", "#7f7f7f", "#c7c7c7",
    "#bcbd22", "#dbdb8d", "#17becf", "#9edae5",
)  # fmt: skip
SPAN = 60  # up to this many years, every year between the first and the last gets a column
WIDTH, HEIGHT, LEFT, BOTTOM, TOP = 640, 220, 34, 22, 8
YEAR_LABEL = 34  # room one year's label takes on the axis
BARS_WIDTH = 400


def colour_of(event_type: str) -> str:
    order = [t.value for t in EventType]
    index = order.index(event_type) if event_type in order else len(order)
    return PALETTE[index % len(PALETTE)]


def _svg(width: int, height: int, title: str, body: list[str]) -> Markup:
    head = (
        f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" aria-label="{escape(title)}"'
        f' xmlns="http://www.w3.org/2000/svg"><title>{escape(title)}</title>'
    )
    return Markup(head + "".join(body) + "</svg>")


def _axis(top: int) -> list[str]:
    """Horizontal grid lines at 0, half and the top count."""
    out = []
    for value in sorted({0, top // 2, top}):
        y = HEIGHT - BOTTOM - (HEIGHT - BOTTOM - TOP) * value / max(top, 1)
        out.append(f'<line class="grid" x1="{LEFT}" x2="{WIDTH}" y1="{y:.1f}" y2="{y:.1f}"/>')
        out.append(f'<text class="tick" x="{LEFT - 4}" y="{y + 4:.1f}" text-anchor="end">{value}</text>')
    return out


def events_by_year(rows: Sequence[tuple[str, str, int]]) -> Markup:
    """Stacked columns: one per year, one band per event type, each band linking to its timeline."""
    years: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for year, kind, count in rows:
        if year.isdigit():
            years[year].append((kind, count))
    if not years:
        return Markup("")
    first, last = int(min(years)), int(max(years))
    if last - first < SPAN:  # empty years shown as such: gaps in time are part of the picture
        for gap in range(first, last + 1):
            years.setdefault(str(gap), [])
    top = max(sum(n for _, n in bands) for bands in years.values()) or 1
    step = (WIDTH - LEFT) / len(years)
    every = max(1, math.ceil(len(years) * YEAR_LABEL / (WIDTH - LEFT)))  # labels that do not overlap
    body = _axis(top)
    scale = (HEIGHT - BOTTOM - TOP) / top
    for i, (year, bands) in enumerate(sorted(years.items())):
        x, y = LEFT + i * step + step * 0.15, float(HEIGHT - BOTTOM)
        for kind, count in bands:
            h = count * scale
            y -= h
            tip = f"{year}: {count} {label(kind).lower()}"
            rect = f'x="{x:.1f}" y="{y:.1f}" width="{step * 0.7:.1f}" height="{h:.1f}"'
            body.append(
                f'<a href="/timeline?type={quote(kind)}"><rect {rect} fill="{colour_of(kind)}">'
                f"<title>{escape(tip)}</title></rect></a>"
            )
        label_x = LEFT + i * step + step / 2
        if i % every == 0:
            body.append(
                f'<text class="tick" x="{label_x:.1f}" y="{HEIGHT - 6}" text-anchor="middle">{year}</text>'
            )
    return _svg(WIDTH, HEIGHT, "Events per year, by type", body)


def legend(rows: Sequence[tuple[str, str, int]]) -> list[tuple[str, str]]:
    """(event type, colour) of the types the chart shows, in the vocabulary's order."""
    shown = {kind for _, kind, _ in rows}
    return [(t.value, colour_of(t.value)) for t in EventType if t.value in shown]


def bars(tallies: Sequence[tuple[str, str, int]], title: str) -> Markup:
    """Horizontal bars: (label, link, count), the longest first as given."""
    if not tallies:
        return Markup("")
    # drawn at about the width of the card that holds it, so its text stays readable
    row_h, label_w, width = 24, 170, BARS_WIDTH
    top = max(n for _, _, n in tallies)
    body = []
    for i, (name, href, count) in enumerate(tallies):
        y = i * row_h
        w = (width - label_w - 40) * count / top
        rect = f'x="{label_w}" y="{y + 4}" width="{w:.1f}" height="{row_h - 8}"'
        body.append(
            f'<a href="{escape(href)}"><text class="bar-label" x="{label_w - 6}" y="{y + 16}"'
            f' text-anchor="end">{escape(name)}</text><rect class="bar" {rect}>'
            f"<title>{escape(name)}: {count}</title></rect>"
            f'<text class="tick" x="{label_w + w + 4:.1f}" y="{y + 16}">{count}</text></a>'
        )
    return _svg(width, row_h * len(tallies) + 4, title, body)


# The follow-up's statuses, in the order a reader weighs them: what was done first, what is open last.
STATUS_COLOURS = (
    ("met", "#3a9a55"), ("partly_met", "#d9a21b"), ("not_met", "#c43d3d"), ("unknown", "#b8bec8"),
)  # fmt: skip


def status_bars(rows: Sequence[tuple[str, str, dict[str, int]]], title: str) -> Markup:
    """One stacked horizontal bar per row: (label, link, threads per latest status), all to one scale."""
    totals = [sum(counts.values()) for _, _, counts in rows]
    if not rows or not max(totals):
        return Markup("")
    row_h, label_w, width = 26, 170, BARS_WIDTH
    scale = (width - label_w - 40) / max(totals)
    body = []
    for i, ((name, href, counts), total) in enumerate(zip(rows, totals, strict=True)):
        y, x = i * row_h, float(label_w)
        text = (
            f'<text class="bar-label" x="{label_w - 6}" y="{y + 17}" text-anchor="end">{escape(name)}</text>'
        )
        parts = [text]
        for status, colour in STATUS_COLOURS:
            n = counts.get(status, 0)
            if n:
                tip = f"{name}: {n} {label(status).lower()}"
                parts.append(
                    f'<rect x="{x:.1f}" y="{y + 4}" width="{n * scale:.1f}" height="{row_h - 8}"'
                    f' fill="{colour}"><title>{escape(tip)}</title></rect>'
                )
                x += n * scale
        parts.append(f'<text class="tick" x="{x + 4:.1f}" y="{y + 17}">{total}</text>')
        body.append(f'<a href="{escape(href)}">{"".join(parts)}</a>')
    return _svg(width, row_h * len(rows) + 4, title, body)


def _when(iso: str) -> float:
    """A partial ISO date as a point in years: a year at its middle, a month at its middle."""
    parts = [int(p) for p in iso.split("-")]
    if len(parts) == 1:
        return parts[0] + 0.5
    if len(parts) == 2:
        return parts[0] + (parts[1] - 0.5) / 12
    return parts[0] + (parts[1] - 1) / 12 + (parts[2] - 0.5) / 365


def life_line(events: Sequence[tuple[str, str, str, str]]) -> Markup:
    """One actor's dated events on a line of time: (iso date, type, link, tip), a dot each."""
    dated = [e for e in events if e[0] and e[0][:4].isdigit()]
    if not dated:
        return Markup("")
    points = [_when(e[0]) for e in dated]
    start, end = int(min(points)), int(max(points)) + 1
    width, height, pad = WIDTH, 64, 16
    scale = (width - 2 * pad) / (end - start)
    body = [f'<line class="grid" x1="{pad}" x2="{width - pad}" y1="30" y2="30"/>']
    step = max(1, (end - start) // 8)
    for year in range(start, end + 1, step):
        x = pad + (year - start) * scale
        body.append(f'<line class="grid" x1="{x:.1f}" x2="{x:.1f}" y1="24" y2="36"/>')
        body.append(f'<text class="tick" x="{x:.1f}" y="54" text-anchor="middle">{year}</text>')
    for (_, kind, href, tip), when in zip(dated, points, strict=True):
        x = pad + (when - start) * scale
        body.append(
            f'<a href="{escape(href)}"><circle cx="{x:.1f}" cy="30" r="6" fill="{colour_of(kind)}">'
            f"<title>{escape(tip)}</title></circle></a>"
        )
    return _svg(width, height, "Events over time", body)
