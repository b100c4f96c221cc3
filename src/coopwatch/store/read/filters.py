"""The parameters of the reads, checked in one place, and their SQL conditions.

A `party` is a key among a fact's parties (any role), a `pair` is two such keys;
`since` / `until` / `period` compare the fact's partial ISO date (event date, figure
period start) with `2024`, `2024-05`, `2024-05-17` or a range `2024-01/2024-09`. A
parameter that cannot be understood raises `BadQuery` with a message that says what
was expected; the API answers it with 422, the CLI with exit code 2.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, or_, select

from coopwatch.store.models import (
    FactPartyRow,
    FactRow,
)

DEFAULT_LIMIT = 50


MAX_LIMIT = 500


PROFILE_LIMIT = 50


GRAPH_KINDS = ("cooperation", "flow", "event", "figure")


PERIOD_HELP = (
    "expected a year (2024), a month (2024-05), a day (2024-05-17) "
    "or a range of them (2024-01/2024-09)"
)


_DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")


_AFTER_ANY_DATE = "~"  # sorts after every digit and '-': '2024-12-31' < '2024~'


class BadQuery(ValueError):
    """A query parameter that cannot be understood; the message says what was expected."""


@dataclass(frozen=True)
class Period:
    """Inclusive bounds on partial ISO dates; either may be open (None)."""

    start: str | None = None
    end: str | None = None


def parse_period(text: str) -> Period:
    """`2024`, `2024-05`, `2024-05-17` or `FROM/TO` of those -> a Period."""
    parts = text.strip().split("/")
    if len(parts) > 2 or not all(_DATE.match(part) for part in parts):
        raise BadQuery(f"bad period {text!r}: {PERIOD_HELP}")
    start, end = parts[0], parts[-1]
    if end[: len(start)] < start[: len(end)]:
        raise BadQuery(f"bad period {text!r}: it ends before it starts")
    return Period(start, end)


def period_bounds(
    *, period: str | None = None, since: str | None = None, until: str | None = None
) -> Period:
    """One Period from a `period` and/or `since` (its start) and `until` (its end)."""
    whole = parse_period(period) if period else Period()
    start = parse_period(since).start if since else whole.start
    end = parse_period(until).end if until else whole.end
    return Period(start, end)


def parse_pair(text: str) -> tuple[str, str]:
    """`RU-BRY,BY` -> ('RU-BRY', 'BY')."""
    keys = [key.strip() for key in text.split(",")]
    if len(keys) != 2 or not all(keys) or keys[0] == keys[1]:
        raise BadQuery(f"bad pair {text!r}: expected two different entity keys "
                       "separated by a comma, e.g. RU-BRY,BY")
    return keys[0], keys[1]


def check_choice(name: str, value: str | None, choices: Sequence[str]) -> None:
    if value is not None and value not in choices:
        raise BadQuery(f"unknown {name} {value!r}; expected one of: {', '.join(choices)}")


def check_page(limit: int, offset: int) -> None:
    if not 1 <= limit <= MAX_LIMIT:
        raise BadQuery(f"limit must be between 1 and {MAX_LIMIT}, got {limit}")
    if offset < 0:
        raise BadQuery(f"offset must be 0 or more, got {offset}")


@dataclass(frozen=True)
class FactFilter:
    """What facts of one kind to keep; every given condition must hold."""

    kind: str
    subtype: str | None = None
    status: str | None = None
    parties: tuple[str, ...] = ()
    sector: str | None = None
    period: Period = Period()
    subregions: bool = False

    def conditions(self) -> list[ColumnElement[bool]]:
        found: list[ColumnElement[bool]] = [FactRow.kind == self.kind]
        if self.subtype is not None:
            found.append(FactRow.subtype == self.subtype)
        if self.status is not None:
            found.append(FactRow.status == self.status)
        found += [FactRow.id.in_(facts_of(key, self.subregions)) for key in self.parties]
        if self.sector is not None:
            found.append(sectors_json().like(f'%"{self.sector}"%'))
        return found + date_conditions(FactRow.date, self.period)


def facts_of(key: str, subregions: bool) -> Select[Any]:
    """The ids of the facts `key` is a party of (with subregions: `CN` also takes `CN-ZJ`)."""
    match = FactPartyRow.entity_key == key
    if subregions:
        match = or_(match, FactPartyRow.entity_key.like(escape_like(key) + "-%", escape="\\"))
    return select(FactPartyRow.fact_id).where(match)


def sectors_json() -> ColumnElement[str]:
    return FactRow.payload["sectors"].as_string()


def date_conditions(column: Any, period: Period) -> list[ColumnElement[bool]]:
    found = []
    if period.start:
        found.append(column >= period.start)
    if period.end:
        found += [column <= period.end + _AFTER_ANY_DATE, column >= "0"]
    return found


def escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
