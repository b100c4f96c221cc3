"""Stage `dates`: the date expressions of a document, resolved to partial ISO 8601.

`parse_dates(text, published)` gives the TimeMentions other stages (events) use;
`parse_times(text, published)` gives the richer `TimeExpr`s with the period or range an
expression covers (`за девять месяцев 2025 года` -> `2025-01/2025-09`,
`на 2025–2029 годы` -> `2025/2029`), which the figures stage uses.
"""

from __future__ import annotations

from coopwatch.extract.dates.anchors import Anchor
from coopwatch.extract.dates.timexpr import TimeExpr, find_times
from coopwatch.records import Document, TimeMention
from coopwatch.tools import Toolkit


def annotate(doc: Document, tools: Toolkit) -> Document:
    """Fill `doc.times` with every date expression of the text."""
    return doc.replace(times=tuple(parse_dates(doc.text, doc.source.published)))


def parse_dates(text: str, published: str | None) -> list[TimeMention]:
    """Date expressions of a text, each resolved against the publication date (or None)."""
    return [
        TimeMention(start=expr.start, stop=expr.stop, text=expr.text, value=expr.value)
        for expr in parse_times(text, published)
    ]


def parse_times(text: str, published: str | None) -> list[TimeExpr]:
    """Time expressions of a text with their values and the periods they cover."""
    return find_times(text, Anchor.parse(published))


def period_of(time: TimeMention, published: str | None) -> str | None:
    """The period a TimeMention covers (`2024`, `2025-01/2025-09`, `2025/2029`) or None."""
    exprs = find_times(time.text, Anchor.parse(published))
    return exprs[0].period if exprs else None
