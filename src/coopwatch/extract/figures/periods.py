"""Which time expressions of a sentence can be a figure's period.

A time expression that names the base of a comparison («по сравнению с 2021 годом»,
«против 2,1 млрд долларов в 2023 году») or the starting value of a range («со 135 млн в
2014 году до 185 млн в 2015 году») is not what the figure is measured over. The cue
words are data (`figures/comparisons.tsv`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from coopwatch.extract.dates.anchors import Anchor
from coopwatch.extract.dates.timexpr import TimeExpr, find_times
from coopwatch.lexicon.datafiles import data_rows

_ROWS = list(data_rows("figures/comparisons.tsv"))


def _phrase(phrase: str) -> str:
    words = [re.escape(w[:-1]) + r"\w*" if w.endswith("*") else re.escape(w)
             for w in phrase.split()]
    # a phrase that starts with a sign follows a number: «+6,2% к маю 2021 года»
    edge = r"(?<!\w)" if phrase[:1].isalnum() else ""
    return edge + r"\s+".join(words)


def _cues(kind: str) -> str:
    return "|".join(_phrase(phrase) for row_kind, phrase in _ROWS if row_kind == kind)


_WORD = r"[а-яёa-z]+\.?\s+"
_AMOUNT = r"(?P<amount>\d[\d\s]*(?:[.,]\d+)?)\s*(?:[а-яёa-z$€]+\.?\s+){0,4}"
BASE_BEFORE = re.compile(
    rf"(?:(?:{_cues('compare')})\s+(?:{_WORD}){{0,3}}|(?:{_cues('from')})\s+{_AMOUNT})$",
    re.IGNORECASE,
)
COMPARED_BEFORE = re.compile(rf"(?:{_cues('compare')})\s+(?:{_WORD}){{0,3}}$", re.IGNORECASE)
# the value of the base told in brackets right after it: «по сравнению с 2020 годом
# (11,8 млрд долларов)»
VALUE_AFTER = re.compile(r"\s*\(\s*(?:на\s+)?(?P<amount>[$€]?\s?\d)")
# the comparatives after «на» and an amount that make it a difference
DIFFERENCE_WORDS = frozenset(phrase for kind, phrase in _ROWS if kind == "differ")
UPTO_BEFORE = re.compile(rf"(?:{_cues('upto')})\s+$", re.IGNORECASE)
SINCE_BEFORE = re.compile(rf"(?:{_cues('since')})\s+$", re.IGNORECASE)
REACH = 70  # characters before a time expression searched for a cue


@dataclass(frozen=True)
class Base:
    """A time expression that is not a figure's period, and the amount it dates when it
    starts a range («со 135 млн в 2014 году»: the period of 135 million) or tells the
    base's value in brackets («по сравнению с 2020 годом (11,8 млрд)»)."""

    time: TimeExpr
    amount_at: int | None  # where that amount starts, in the document
    since: bool = False  # the start of a running sum («с 2018 года экспорт превысил ...»)


def comparison_base(text: str, offset: int, time: TimeExpr) -> Base | None:
    """The base the time expression `time` is, or None when it can be a period; `text`
    starts at `offset` in the document, as the offsets of `time` do."""
    start = max(0, time.start - offset - REACH)
    before = text[start:time.start - offset]
    match = BASE_BEFORE.search(before)
    if match is not None and match["amount"]:
        return Base(time, offset + start + match.start("amount"))
    since = match is None and time.kind == "year" and SINCE_BEFORE.search(before) is not None
    if match is None and not since:
        return None
    value = VALUE_AFTER.match(text, time.stop - offset)
    return Base(time, offset + value.start("amount") if value else None, since)


def year_to_date(text: str, offset: int, time: TimeExpr) -> TimeExpr:
    """A month reached («к середине сентября»): the months from January up to it."""
    month = time.period or ""
    before = text[max(0, time.start - offset - REACH):time.start - offset]
    if time.kind != "month" or len(month) != len("2025-09") or month.endswith("-01") or (
            not UPTO_BEFORE.search(before)):
        return time
    return replace(time, period=f"{month[:4]}-01/{month}")


def split_periods(text: str, offset: int,
                  times: Iterable[TimeExpr]) -> tuple[list[TimeExpr], list[Base]]:
    """The time expressions naming a period, as (periods a figure can be measured over,
    bases of comparisons and starts of ranges)."""
    periods, bases = [], []
    for time in times:
        if not time.period:
            continue
        base = comparison_base(text, offset, time)
        if base is None:
            periods.append(year_to_date(text, offset, time))
        else:
            bases.append(base)
    return periods, bases


TRIAL_YEAR = 2000  # a year to resolve relative expressions by, to learn their offset

# a year told with an ordinal ending and no «год» after it: «по итогам 2009-го», «по
# сравнению с 2011-м»
_ORDINAL_YEAR = re.compile(r"(?<![\w-])((?:19|20)\d\d)-(?:го|м|ом|й|му)(?!\w)", re.IGNORECASE)


def figure_times(text: str, anchor: Anchor) -> list[TimeExpr]:
    """The time expressions of `text` (`find_times`), with the years told by an ordinal
    alone that it leaves out («превысил в 2009-м», «по сравнению с 2011-м»)."""
    times = find_times(text, anchor)
    years = [TimeExpr(match.start(), match.end(), match[0], match[1], match[1], "year")
             for match in _ORDINAL_YEAR.finditer(text)
             if not any(t.start <= match.start() < t.stop for t in times)]
    return sorted(times + years, key=lambda time: time.start) if years else times


def year_from_comparison(text: str) -> int | None:
    """The current year a sentence implies when it dates its figure relative to now and
    compares it with a named year («в I квартале этого года ... по сравнению с
    аналогичным показателем 2024 года»: 2025; «за прошлый год ... по сравнению с 2016
    годом»: 2018): the base of a comparison is the year before the period (the start
    of a range, «с 18 млрд в 2011 году до 21 млрд», may be years before)."""
    unknown = figure_times(text, Anchor())
    relative = [t for t in unknown if not t.period]
    _, bases = split_periods(text, 0, unknown)
    years = [int(base.time.period[:4]) for base in bases
             if base.time.period and base.time.period[:4].isdigit()
             and COMPARED_BEFORE.search(text[max(0, base.time.start - REACH):base.time.start])]
    if not relative or not years:
        return None
    trial = [t.period[:4] for t in find_times(text, Anchor(year=TRIAL_YEAR))
             if t.start == relative[0].start and t.period]
    if not trial or not trial[0].isdigit():
        return None
    return years[0] + 1 - (int(trial[0]) - TRIAL_YEAR)
