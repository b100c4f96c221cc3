"""Stage `dates`: the date expressions of a document, resolved to partial ISO 8601.

`parse_dates(text, published)` gives the TimeMentions other stages (events) use;
`parse_times(text, published)` gives the richer `TimeExpr`s with the period or range an
expression covers (`за девять месяцев 2025 года` -> `2025-01/2025-09`,
`на 2025–2029 годы` -> `2025/2029`), which the figures stage uses.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

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


# how far into the text the page's own date may stand (the dateline the reporter wrote,
# or the stamp of the page)
HEAD_REACH = 400
# a page's own stamp tells the hour («28 декабря 2022, 13:18»); a date above it without
# one may be the day the page was read (a widget's «Суббота, 20 апреля 2024»)
STAMP_TIME = re.compile(r"[,\s]{1,3}(?:в\s+)?[0-2]?\d:[0-5]\d(?!\d)")


class Dated(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def stop(self) -> int: ...

    @property
    def value(self) -> str | None: ...


def head_date(text: str, times: Sequence[Dated]) -> str | None:
    """The day a page speaks from: the first day's date near the top of the text, one
    stamped with its hour before one without."""
    early = [time for time in times
             if time.start < HEAD_REACH and time.value and time.value.count("-") >= 2]
    stamped = [time for time in early if STAMP_TIME.match(text, time.stop)]
    chosen = stamped or early
    return chosen[0].value if chosen else None


def page_date(text: str) -> str | None:
    """`head_date` of a text read with no publication date."""
    return head_date(text, find_times(text[:HEAD_REACH * 2], Anchor()))
