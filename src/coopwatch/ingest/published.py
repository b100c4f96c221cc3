"""Publication date: from what the source says, else from the top of the text.

Values are ISO `YYYY-MM-DD`, or partial `--MM-DD` when the text gives no year. Only the
head of the text is searched (plus a dateline such as `(Казань, 17 мая, «Татар-информ»)`
and a lead `Сегодня, 21 октября,`), so dates of events inside the article are not taken.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from functools import cache

from coopwatch.ingest.resources import data_lines, data_table

HEAD_CHARS = 300        # dates with a year are taken only this near the top
LEAD_CHARS = 1500       # a dateline or "Сегодня, 21 октября" may come after a headline block
LEAP_YEAR = 2000        # validates a partial date such as --02-29
# a city in a dateline: capitalized words of 2+ letters, "Ростов-на-Дону", "НИЖНИЙ НОВГОРОД"
CITY = r"[А-ЯЁ][А-Яа-яЁё]+(?:(?:-на-|-| )[А-ЯЁ][А-Яа-яЁё]+)*"
# a clock time next to a date in a page's byline («24 августа, 11:14», «16:04, 31 августа»)
CLOCK = r"[0-2]?\d:[0-5]\d(?!\d)"
# a day and month, and maybe a year, in words (MONTH is filled in by `_pattern`); groups:
# day, month, year
DAY = r"(\d{1,2})\s+(MONTH)(?:,?\s+(\d{4})(?:\s*г(?:ода|\.)?)?)?"


def find_published(text: str) -> str | None:
    """The publication date the text states, or None."""
    for finder in (_dateline, _today, _head):
        found = finder(text)
        if found:
            return _with_year(found, text)
    return None


def _with_year(found: str, text: str) -> str:
    """A dateline's day without a year takes the year of the same day dated in full at
    the top of the text («2015-01-17 13:25» above «17 января, Минск /Корр. БЕЛТА/»)."""
    if not found.startswith("--"):
        return found
    full = _head(text)
    return full if full and full.endswith(found[1:]) else found


def normalize_date(value: object) -> str | None:
    """A date given by the source (ISO, with a time, `DD.MM.YYYY`, `17 мая 2025`) as ISO."""
    if not isinstance(value, str) or not value.strip():
        return None
    value = value.strip()
    partial = re.fullmatch(r"--(\d{2})-(\d{2})", value)
    if partial:
        return _iso(None, int(partial.group(1)), int(partial.group(2)))
    iso = re.match(r"(\d{4})-(\d{2})-(\d{2})", value)
    if iso:
        return _iso(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
    return _head(value)


@cache
def _months() -> dict[str, int]:
    return {name: int(number) for name, number in data_table("ingest/months.tsv")}


@cache
def _month_names() -> str:
    return "|".join(_months())


def _pattern(template: str, flags: re.RegexFlag = re.IGNORECASE) -> re.Pattern[str]:
    return re.compile(template.replace("MONTH", _month_names()), flags | re.MULTILINE)


@cache
def _dateline_patterns() -> tuple[re.Pattern[str], ...]:
    """Datelines: `КАЗАНЬ, 17 мая – …`, `Москва. 2 ноября. INTERFAX.RU`, `Харбин,
    30 октября /Синьхуа/`, `20 февраля, Гомель /Корр. БЕЛТА/`; groups: day, month, year."""
    return (
        _pattern(
            r"^\(?" + CITY + r"[,.]\s*" + DAY
            + r"(?:\s*(?:,|\.|—|–|-)\s*(?:«|\"|/|[А-ЯЁA-Z])|\s+/|\s*$)",
            re.NOFLAG,
        ),
        _pattern(r"^" + DAY + r",\s*" + CITY + r"\s*/", re.NOFLAG),
    )


@cache
def _byline_patterns() -> tuple[re.Pattern[str], ...]:
    """A byline's date with a clock time (`24 августа, 11:14`, `16:04, 31 августа`)."""
    return (
        _pattern(r"^" + CLOCK + r",?\s*(?:[-–—]\s*)?" + DAY + r"(?!\w)", re.NOFLAG),
        _pattern(r"^" + DAY + r",?\s*" + CLOCK + r"(?!\s*[-–—])", re.NOFLAG),
    )


@cache
def _calendar_pattern() -> re.Pattern[str]:
    """A weekday's name right before a date: a site's calendar header («Пятница,
    29 марта»), the day the page was shown, not the day it was published."""
    names = "|".join(data_lines("ingest/weekdays.txt"))
    return re.compile(rf"(?:{names}),?\s*$")


@cache
def _today_pattern() -> re.Pattern[str]:
    return _pattern(
        r"^Сегодня,\s*(\d{1,2})\s+(MONTH)(?:\s+(\d{4})(?:\s*г(?:ода|\.)?)?)?\s*,", re.NOFLAG,
    )


@cache
def _head_patterns() -> tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], str | None]], ...]:
    return (
        (_pattern(r"\b(\d{4})-(\d{2})-(\d{2})\b"), _from_iso_match),
        (_pattern(r"\b(\d{1,2})([.-])(\d{1,2})\2(\d{4})\b"), _from_dotted_match),
        (_pattern(r"\b(\d{1,2})\s+(MONTH)\s+(\d{4})\b"), _from_words_match),
    )


def _dateline(text: str) -> str | None:
    lead = text[:LEAD_CHARS]
    found = [match for pattern in _dateline_patterns() for match in pattern.finditer(lead)
             if not _calendar_pattern().search(lead[:match.start(1)])]
    bylines = [match for pattern in _byline_patterns() for match in pattern.finditer(lead)]
    if len(bylines) == 1:  # several are the items of a news feed beside the article
        found += bylines
    first = min(found, key=lambda match: match.start(), default=None)
    return _from_words_match(first) if first else None


def _today(text: str) -> str | None:
    match = _today_pattern().search(text[:LEAD_CHARS])
    return _from_words_match(match) if match else None


def _head(text: str) -> str | None:
    head = text[:HEAD_CHARS]
    found = [(match.start(), convert(match)) for pattern, convert in _head_patterns()
             for match in pattern.finditer(head)]
    valid = sorted((start, value) for start, value in found if value)
    return valid[0][1] if valid else None


def _from_iso_match(match: re.Match[str]) -> str | None:
    return _iso(int(match.group(1)), int(match.group(2)), int(match.group(3)))


def _from_dotted_match(match: re.Match[str]) -> str | None:
    return _iso(int(match.group(4)), int(match.group(3)), int(match.group(1)))


def _from_words_match(match: re.Match[str]) -> str | None:
    year = match.group(3)
    month = _months()[match.group(2).lower()]
    return _iso(int(year) if year else None, month, int(match.group(1)))


def _iso(year: int | None, month: int, day: int) -> str | None:
    """`YYYY-MM-DD`, or `--MM-DD` without a year; None for an impossible date."""
    try:
        date(year or LEAP_YEAR, month, day)
    except ValueError:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"
