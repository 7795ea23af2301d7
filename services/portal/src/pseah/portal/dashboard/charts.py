"""Horizontal bar charts as accessible SVG, drawn on the server from already suppressed figures (no script).

Each chart is `role="img"` with a <title> and <desc> naming what it shows; the same figures are in the table
printed under it, which is what a screen reader reads. A hidden figure ("<5", "suppressed") draws no bar (a
bar would show its size) but a hatched stub and its marker, so no length ever stands for a hidden count.
"""
from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup, escape

ROW_H, LABEL_W, BAR_W, PAD = 26, 220, 300, 8


@dataclass(frozen=True)
class Bar:
    label: str
    count: int | str  # a number, or a marker such as "<5"


def bar_chart(*, chart_id: str, title: str, description: str, bars: list[Bar]) -> Markup:
    numbers = [b.count for b in bars if isinstance(b.count, int)]
    top = max(numbers) if numbers else 0
    height = PAD * 2 + ROW_H * max(len(bars), 1)
    width = LABEL_W + BAR_W + 80
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" id="{escape(chart_id)}" role="img" '
             f'width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
             f'aria-labelledby="{escape(chart_id)}-t {escape(chart_id)}-d">',
             f'<title id="{escape(chart_id)}-t">{escape(title)}</title>',
             f'<desc id="{escape(chart_id)}-d">{escape(description)}</desc>',
             '<defs><pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" '
             'patternTransform="rotate(45)"><rect width="3" height="6" fill="#767676"/></pattern></defs>']
    for i, bar in enumerate(bars):
        y = PAD + i * ROW_H
        parts.append(f'<text x="{LABEL_W - 6}" y="{y + 17}" text-anchor="end" font-size="13">'
                     f'{escape(bar.label)}</text>')
        if isinstance(bar.count, int):
            length = 0 if top == 0 else max(2, round(BAR_W * bar.count / top)) if bar.count else 0
            parts.append(f'<rect x="{LABEL_W}" y="{y + 4}" width="{length}" height="{ROW_H - 8}" fill="#1f5f8b"/>')
            parts.append(f'<text x="{LABEL_W + length + 6}" y="{y + 17}" font-size="13">{bar.count}</text>')
        else:
            parts.append(f'<rect x="{LABEL_W}" y="{y + 4}" width="14" height="{ROW_H - 8}" fill="url(#hatch)"/>')
            parts.append(f'<text x="{LABEL_W + 20}" y="{y + 17}" font-size="13">{escape(bar.count)}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))
