"""Charts drawn on the server as inline SVG: no script, no library, no request.

`bars` draws counts per label (events per month); `series` draws one line of values
over periods (a metric of one pair). Each mark has a <title>, which browsers show on
hover.
"""

from __future__ import annotations

from collections.abc import Sequence

from coopwatch.web.layout import esc, tag

WIDTH, HEIGHT, PAD = 720, 180, 28


def bars(points: Sequence[tuple[str, int]], title: str) -> str:
    """A bar per (label, count), labels under every few bars."""
    if not points:
        return tag("p", "Нет данных для графика.", class_="empty")
    top = max(count for _, count in points) or 1
    step = (WIDTH - 2 * PAD) / len(points)
    every = max(1, len(points) // 12)
    marks = []
    for number, (name, count) in enumerate(points):
        height = (HEIGHT - 2 * PAD) * count / top
        x = PAD + number * step
        marks.append(tag("rect", tag("title", esc(f"{name}: {count}")), x=f"{x:.1f}",
                         y=f"{HEIGHT - PAD - height:.1f}", width=f"{max(step - 2, 1):.1f}",
                         height=f"{height:.1f}", class_="bar"))
        if number % every == 0:
            marks.append(tag("text", esc(name), x=f"{x:.1f}", y=str(HEIGHT - 8),
                             class_="axis"))
    marks.append(tag("text", esc(f"макс. {top}"), x=str(PAD), y="14", class_="axis"))
    return _svg(marks, title)


def series(points: Sequence[tuple[str, float]], title: str) -> str:
    """A line through (period, value) in period order, a dot per value."""
    if not points:
        return ""
    ordered = sorted(points)
    top = max(value for _, value in ordered) or 1
    step = (WIDTH - 2 * PAD) / max(len(ordered) - 1, 1)
    coords = [(PAD + number * step, HEIGHT - PAD - (HEIGHT - 2 * PAD) * value / top)
              for number, (_, value) in enumerate(ordered)]
    marks = [tag("polyline", "", points=" ".join(f"{x:.1f},{y:.1f}" for x, y in coords),
                 class_="line")]
    for (x, y), (period, value) in zip(coords, ordered, strict=True):
        marks.append(tag("circle", tag("title", esc(f"{period}: {value:g}")), cx=f"{x:.1f}",
                         cy=f"{y:.1f}", r="4", class_="dot"))
        marks.append(tag("text", esc(period), x=f"{x - 12:.1f}", y=str(HEIGHT - 8),
                         class_="axis"))
    return _svg(marks, title)


def _svg(marks: list[str], title: str) -> str:
    return tag("svg", tag("title", esc(title)) + "".join(marks), viewBox=f"0 0 {WIDTH} {HEIGHT}",
               role="img", class_="chart", xmlns="http://www.w3.org/2000/svg")
