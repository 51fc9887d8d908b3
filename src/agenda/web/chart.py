"""The status-over-time chart as server-rendered SVG (stacked columns; no script, no inline style)."""

from __future__ import annotations

from collections.abc import Callable

from markupsafe import Markup

from agenda.store.overview import Timeline

COLORS = {
    "announced": "#9aa5b1", "in_progress": "#3b82c4", "delivered": "#2f9e44", "partial": "#94c11f",
    "stalled": "#f08c00", "broken": "#c92a2a", "superseded": "#7950f2", "withdrawn": "#495057",
}
WIDTH, HEIGHT = 760, 260
LEFT, RIGHT, TOP, BOTTOM = 44, 150, 12, 34


def timeline_svg(timeline: Timeline, label: Callable[[str], str], title: str) -> Markup:
    """Stacked columns of commitments by status at each point, with a legend and hover titles."""
    count = len(timeline.points)
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    peak = max(timeline.peak, 1)
    slot = plot_w / max(count, 1)
    bar = max(2.0, slot * 0.72)
    parts = [Markup('<svg class="chart" viewBox="0 0 {} {}" role="img" aria-label="{}" '
                    'xmlns="http://www.w3.org/2000/svg">').format(WIDTH, HEIGHT, title),
             Markup("<title>{}</title>").format(title)]
    parts.append(Markup('<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="#888"/>').format(
        LEFT, TOP + plot_h, LEFT + plot_w, TOP + plot_h))
    for value in (0, peak):
        y = TOP + plot_h - plot_h * value / peak
        parts.append(Markup('<text x="{}" y="{:.1f}" text-anchor="end" font-size="11" fill="#444">{}</text>')
                     .format(LEFT - 6, y + 4, value))
    for index, point in enumerate(timeline.points):
        x = LEFT + index * slot + (slot - bar) / 2
        base = TOP + plot_h
        for status, values in timeline.series.items():
            value = values[index]
            if not value:
                continue
            height = plot_h * value / peak
            base -= height
            parts.append(Markup(
                '<rect x="{:.1f}" y="{:.1f}" width="{:.1f}" height="{:.1f}" fill="{}">'
                "<title>{}: {} {}</title></rect>").format(
                x, base, bar, height, COLORS.get(status, "#777"), point.isoformat(), value, label(status)))
    for index in sorted({0, count // 2, count - 1}):
        x = LEFT + index * slot + slot / 2
        parts.append(Markup('<text x="{:.1f}" y="{}" text-anchor="middle" font-size="11" fill="#444">{}</text>')
                     .format(x, HEIGHT - 12, timeline.points[index].isoformat()))
    for row, status in enumerate(timeline.series):
        y = TOP + 8 + row * 18
        parts.append(Markup('<rect x="{}" y="{}" width="12" height="12" fill="{}"/>'
                            '<text x="{}" y="{}" font-size="12" fill="#222">{}</text>').format(
            WIDTH - RIGHT + 14, y, COLORS.get(status, "#777"), WIDTH - RIGHT + 32, y + 10, label(status)))
    parts.append(Markup("</svg>"))
    return Markup("").join(parts)

