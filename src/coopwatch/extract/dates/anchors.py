"""The reference date of a document (its publication date, maybe partial) and ISO output.

`published` may be a full date `2025-09-29`, a month `2025-09`, a year `2025`, a day
without a year `--10-21` or None; relative expressions resolve only as far as it allows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

_FULL = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_PARTIAL = re.compile(r"^--(\d{2})(?:-(\d{2}))?")
# a year to compute days and weeks in when the year is unknown (leap, so 29 Feb exists)
_SOME_LEAP_YEAR = 2000


@dataclass(frozen=True)
class Anchor:
    """What is known of the publication date."""

    year: int | None = None
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, published: str | None) -> Anchor:
        """`2025-09-29`, `2025-09`, `2025`, `--10-21`, `--10` or None."""
        text = (published or "").strip()
        if match := _FULL.match(text):
            year, month, day = match.groups()
            return cls(int(year), _int(month), _int(day))
        if match := _PARTIAL.match(text):
            return cls(None, _int(match[1]), _int(match[2]))
        return cls()

    def shift_days(self, days: int) -> Anchor | None:
        """The anchor moved by whole days (None unless month and day are known)."""
        if self.month is None or self.day is None:
            return None
        moved = date(self.year or _SOME_LEAP_YEAR, self.month, self.day) + timedelta(days=days)
        year = moved.year if self.year is not None else None
        if self.year is None and moved.year != _SOME_LEAP_YEAR:
            return None
        return Anchor(year, moved.month, moved.day)

    def shift_months(self, months: int) -> tuple[int | None, int] | None:
        """(year, month) moved by whole months; the year None when unknown."""
        if self.month is None:
            return None
        index = self.month - 1 + months
        if self.year is None:
            return (None, index + 1) if 0 <= index < 12 else None
        return self.year + index // 12, index % 12 + 1


def _int(text: str | None) -> int | None:
    return int(text) if text else None


def iso_day(year: int | None, month: int, day: int) -> str:
    """`2025-06-27`, or `--06-27` when the year is unknown."""
    return f"{year:04d}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"


def iso_month(year: int | None, month: int) -> str:
    """`2025-10`, or `--10` when the year is unknown."""
    return f"{year:04d}-{month:02d}" if year else f"--{month:02d}"


def iso_year(year: int | None) -> str | None:
    return f"{year:04d}" if year else None


def iso_months(year: int | None, first: int, last: int) -> str | None:
    """An interval of months of one year, `2025-01/2025-09` (None when the year is unknown)."""
    if not year:
        return None
    if (first, last) == (1, 12):
        return iso_year(year)
    return f"{iso_month(year, first)}/{iso_month(year, last)}"
