"""Server-side SVG for the timeline: lanes by family, a time axis, one mark per event."""

from __future__ import annotations

from datetime import date
from typing import Any

from markupsafe import Markup, escape

from .filters import humanize

FAMILY_COLOURS = {
    "pressure": "#b42318",
    "justice": "#6941c6",
    "assembly": "#1d5fb8",
    "voice": "#0e7c66",
    "membership": "#9a5b00",
}
LABEL_W, PAD_R, AXIS_H, ROW_H, DOT_R, MAX_ROWS = 120, 16, 28, 11, 4.5, 6


def _day(iso: str) -> date:
    return date.fromisoformat(iso)


def _ticks(first: date, last: date) -> list[tuple[date, str]]:
    span = (last - first).days
    if span > 365 * 3:
        step = max(1, (last.year - first.year) // 12 + 1)
        return [(date(y, 1, 1), str(y)) for y in range(first.year, last.year + 2, step)]
    ticks = []
    y, m = first.year, first.month
    every = 1 if span < 200 else 3
    while date(y, m, 1) <= last:
        if (m - 1) % every == 0:
            ticks.append((date(y, m, 1), date(y, m, 1).strftime("%b %Y" if m == 1 or not ticks else "%b")))
        m += 1
        if m > 12:
            y, m = y + 1, 1
    return ticks


def timeline_svg(data: dict[str, Any], width: int = 1240) -> Markup:
    items, lanes = data["items"], [lane for lane in data["lanes"]]
    if not items:
        return Markup("")
    first, last = _day(data["first"]), _day(data["last"])
    first = date(first.year, 1, 1) if (last - first).days > 365 * 3 else date(first.year, first.month, 1)
    last = date(last.year, 12, 31) if (last - first).days > 365 * 3 else last
    if last <= first:
        last = date(first.year, 12, 31)
    total = max(1, (last - first).days)
    plot_w = width - LABEL_W - PAD_R

    def x(day: date) -> float:
        return LABEL_W + (day - first).days / total * plot_w

    # stack marks in sub-rows so none hides another
    layout: dict[str, list[tuple[dict[str, Any], float, float, int]]] = {}
    for lane in lanes:
        rows_end: list[float] = []
        placed = []
        for it in (i for i in items if i["family"] == lane["family"]):
            x0, x1 = x(_day(it["start"])), x(_day(it["end"]))
            left, right = min(x0, (x0 + x1) / 2 - DOT_R), max(x1, (x0 + x1) / 2 + DOT_R)
            row = next((r for r, end in enumerate(rows_end) if end + 2 < left), None)
            if row is None:
                rows_end.append(right)
                row = len(rows_end) - 1
            else:
                rows_end[row] = right
            placed.append((it, x0, x1, min(row, MAX_ROWS - 1)))
        layout[lane["family"]] = placed
    heights = {f: max(2, 1 + max((p[3] for p in placed), default=0)) * ROW_H + 18 for f, placed in layout.items()}
    height = AXIS_H + sum(heights.values()) + 4
    out = [
        (
            f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="img" '
            f'aria-label="Timeline of {len(items)} events" class="timeline-svg">'
        )
    ]
    ticks = _ticks(first, last)
    out.append('<g class="axis">')
    for day, label in ticks:
        if first <= day <= last:
            tx = x(day)
            out.append(
                f'<line x1="{tx:.1f}" y1="{AXIS_H - 6}" x2="{tx:.1f}" y2="{height}"/>'
                f'<text x="{tx + 3:.1f}" y="{AXIS_H - 10}">{escape(label)}</text>'
            )
    out.append("</g>")
    y = AXIS_H
    for lane in lanes:
        fam, h = lane["family"], heights[lane["family"]]
        colour = FAMILY_COLOURS.get(fam, "#4a5568")
        out.append(
            f'<g class="lane" data-family="{escape(fam)}"><rect class="lane-bg" x="0" y="{y}" width="{width}" '
            f'height="{h - 2}" rx="3"/><text class="lane-label" x="10" y="{y + 16}">{escape(humanize(fam))}</text>'
            f'<text class="lane-label" x="10" y="{y + 31}" style="font-weight:400">{lane["count"]} events</text>'
        )
        for it, x0, x1, row in layout[fam]:
            cy = y + 10 + row * ROW_H + DOT_R
            tip = f"{it['date']}{' – ' + it['end_date'] if it['end_date'] else ''} · {it['label']}: {it['summary']} ({it['document_title']})"
            href = f"/documents/{escape(it['document'])}#{escape(it['id'])}"
            mark = ""
            if x1 - x0 > 2 * DOT_R:  # an imprecise or long event: a bar over its period
                mark = (
                    f'<rect x="{x0:.1f}" y="{cy - 2:.1f}" width="{x1 - x0:.1f}" height="4" rx="2" fill="{colour}" '
                    f'fill-opacity=".35"/>'
                )
            opacity = "1" if it["review_state"] in ("accepted", "edited") else ".8"
            out.append(
                f'<a href="{href}" data-type="{escape(it["type"])}">{mark}<circle class="dot" cx="{(x0 + x1) / 2:.1f}" '
                f'cy="{cy:.1f}" r="{DOT_R}" fill="{colour}" fill-opacity="{opacity}"><title>{escape(tip)}</title>'
                f"</circle></a>"
            )
        out.append("</g>")
        y += h
    out.append("</svg>")
    return Markup("".join(out))
