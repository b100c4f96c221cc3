"""Time expressions of Russian news: dates, months, years, ranges, periods, relative dates.

One grammar a kind of expression, each a regular expression built from the words of
`dates/words.tsv`, and a function resolving its match against the publication date
(`Anchor`). `find_times(text, anchor)` runs them all and keeps the longest
non-overlapping matches.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from coopwatch.extract.dates.anchors import Anchor, iso_day, iso_month, iso_months, iso_year
from coopwatch.lexicon.datafiles import data_rows
from coopwatch.lexicon.folding import fold_spaces
from coopwatch.lexicon.numwords import NUMBER_WORD, word_number_value


@dataclass(frozen=True)
class TimeExpr:
    """A time expression with its resolution.

    `value` is a partial ISO 8601 date as precise as the text allows (for a period or a
    range: the coarsest date containing its start, e.g. the year); `period` is what a
    figure is measured over: a year `2024`, an interval `2025-01/2025-09` or `2025/2029`,
    a month `2025-10`, or None (a single day, or a year that is unknown).
    """

    start: int
    stop: int
    text: str
    value: str | None
    period: str | None
    kind: str  # day, month, year, season, period, range, deadline ("до конца года")


def _words(kind: str) -> dict[str, str]:
    return {
        form: value
        for row_kind, value, forms in data_rows("dates/words.tsv") if row_kind == kind
        for form in _forms(forms)
    }


def _forms(forms: str) -> list[str]:
    """Forms of a data row; `_` joins the words of a phrase (`в_ближайшие_дни`)."""
    return [form.replace("_", " ") for form in forms.split()]


MONTHS = _words("month")
SEASONS = _words("season")
SHIFTS = _words("shift")
UNITS = _words("unit")
DAYS = _words("day")
ORDINALS = _words("ordinal")
PARTS = _words("part")
EVES = _words("eve")
DAYTIMES = _words("daytime")
EVENTS = _words("event")


def _alt(words: dict[str, str], edge: str = r"\w-") -> str:
    """The words as a regex alternation, whole words only, `е` matching `ё` too."""
    return rf"(?<![{edge}])(?:{_body(words)})(?![{edge}])"


def _body(words: dict[str, str]) -> str:
    """An alternation factored as a trie (`янв(?:арь|аря)`), which the regex engine
    rejects at the first wrong letter instead of trying every word."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _render(trie)


def _render(node: dict) -> str:
    branches = [_char(char) + _render(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:
        return f"(?:{body})?" if len(body) > 1 else body + "?"
    return body


def _char(char: str) -> str:
    return {"е": "[её]", " ": r"\s+"}.get(char, re.escape(char))


_YEAR = r"(?:19|20)\d{2}"
# a dash between the ends of a range, the minus sign and non-breaking hyphen included
_DASH = r"[-‐‑–—−]"
_YEAR_WORD = r"(?:год(?:а|у|ом)?(?!\w)|гг?\.|г(?!\w))"
_TAIL = (
    rf"(?:\s+(?:(?P<year>{_YEAR})(?!\d)(?:\s*{_YEAR_WORD})?"
    rf"|(?P<yshift>{_alt(SHIFTS)})\s+года(?!\w)))?"
)
_MONTH = _alt(MONTHS, edge=r"\w")  # "январе-сентябре"


def _year_of(match: re.Match[str], anchor: Anchor) -> int | None:
    """The year a tail names (`2024 года`, `прошлого года`), else the publication year."""
    groups = match.groupdict()
    if groups.get("year"):
        return int(groups["year"])
    if groups.get("yshift"):
        shift = int(SHIFTS[fold_spaces(groups["yshift"])])
        return anchor.year + shift if anchor.year else None
    return anchor.year


def _day(match: re.Match[str], anchor: Anchor) -> tuple[str | None, str | None, str]:
    month = _month_number(match["month"])
    day = int(match["day"])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None, None, "skip"
    return iso_day(_year_of(match, anchor), month, day), None, "day"


def _numeric_day(match: re.Match[str], anchor: Anchor) -> tuple[str | None, str | None, str]:
    year = int(match["year"])
    year = year + 2000 if year < 100 else year
    month, day = int(match["month"]), int(match["day"])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None, None, "skip"
    return iso_day(year, month, day), None, "day"


def _month_number(text: str) -> int:
    return int(MONTHS[fold_spaces(text)]) if not text.isdigit() else int(text)


def _month(match: re.Match[str], anchor: Anchor) -> tuple[str | None, str | None, str]:
    year = _year_of(match, anchor)
    value = iso_month(year, _month_number(match["month"]))
    return value, value if year else None, "month"


def _month_range(match: re.Match[str], anchor: Anchor) -> tuple[str | None, str | None, str]:
    year = _year_of(match, anchor)
    first, last = _month_number(match["month"]), _month_number(match["month2"])
    if first > last:
        return None, None, "skip"
    return iso_year(year), iso_months(year, first, last), "period"


def _day_range(match: re.Match[str], anchor: Anchor) -> tuple[str | None, str | None, str]:
    """«с 1 января по 10 декабря 2025 года»: the months it spans, as a period."""
    first, last = _month_number(match["month"]), _month_number(match["month2"])
    if not (1 <= int(match["day"]) <= 31 and 1 <= int(match["day2"]) <= 31) or first >= last:
        return None, None, "skip"
    year = _year_of(match, anchor)
    return iso_year(year), iso_months(year, first, last), "period"


def _year(match: re.Match[str], anchor: Anchor) -> tuple[str | None, str | None, str]:
    value = match["year"]
    return value, value, "year"


def _year_range(match: re.Match[str], anchor: Anchor) -> tuple[str | None, str | None, str]:
    first, last = match["year"], match["year2"]
    if int(first) >= int(last):
        return None, None, "skip"
    return first, f"{first}/{last}", "range"


def _part(match: re.Match[str], anchor: Anchor) -> tuple[str | None, str | None, str]:
    size = int(PARTS[fold_spaces(match["part"])])
    number = int(ORDINALS[fold_spaces(match["ord"])])
    if number * size > 12:
        return None, None, "skip"
    year = _year_of(match, anchor)
    return iso_year(year), iso_months(year, (number - 1) * size + 1, number * size), "period"


def _months(match: re.Match[str], anchor: Anchor) -> tuple[str | None, str | None, str]:
    count = match["count"]
    number = 6 if fold_spaces(count) == "полгода" else \
        int(count) if count.isdigit() else int(word_number_value(count) or 0)
    if not 1 <= number <= 12:
        return None, None, "skip"
    year = _year_of(match, anchor)
    return iso_year(year), iso_months(year, 1, number), "period"


def _relative_day(match: re.Match[str], anchor: Anchor) -> tuple[str | None, str | None, str]:
    phrase = fold_spaces(match.group(0))
    offset = int(DAYS[phrase])
    if "дни" in phrase:
        found = anchor.shift_months(0)
        return (iso_month(*found) if found else None), None, "month"
    moved = anchor.shift_days(offset)
    day = iso_day(moved.year, moved.month, moved.day) if moved and moved.month and moved.day else None
    return day, None, "day"


def _eve(match: re.Match[str], anchor: Anchor) -> tuple[str | None, str | None, str]:
    """«накануне» as an adverb: the day before the publication date."""
    moved = anchor.shift_days(int(EVES[fold_spaces(match["eve"]).lower()]))
    return (iso_day(moved.year, moved.month, moved.day) if moved and moved.month and moved.day
            else None), None, "day"


def _shifted(match: re.Match[str], anchor: Anchor) -> tuple[str | None, str | None, str]:
    shift = int(SHIFTS[fold_spaces(match["shift"])])
    unit = UNITS[fold_spaces(match["unit"])]
    if unit == "year":
        year = iso_year(anchor.year + shift) if anchor.year else None
        return year, year, "year"
    if unit == "week":
        moved = anchor.shift_days(7 * shift)
        found = moved.shift_months(0) if moved else None
    else:
        found = anchor.shift_months(shift)
    value = iso_month(*found) if found else None
    return value, value if unit == "month" and found and found[0] else None, "month"


def _season(match: re.Match[str], anchor: Anchor) -> tuple[str | None, str | None, str]:
    if match["shift"]:
        shift = int(SHIFTS[fold_spaces(match["shift"])])
        year = anchor.year + shift if anchor.year else None
    else:
        year = _year_of(match, anchor)
    return iso_year(year), None, "season"


def _year_to_date(match: re.Match[str], anchor: Anchor) -> tuple[str | None, str | None, str]:
    """«с начала года», «с начала 2020 года»: January to the month of publication, when
    the year is the publication's; else the year."""
    year = int(match["year"]) if match["year"] else anchor.year
    if year is None:
        return None, None, "skip"
    if year == anchor.year and anchor.month:
        return iso_year(year), iso_months(year, 1, anchor.month), "period"
    return iso_year(year), iso_year(year), "year"


def _year_end(match: re.Match[str], anchor: Anchor) -> tuple[str | None, str | None, str]:
    year = _year_of(match, anchor)
    return iso_year(year), iso_year(year), "deadline"


def _event_year(match: re.Match[str], anchor: Anchor) -> tuple[str | None, str | None, str]:
    return match["year"], match["year"], "year"


Resolver = Callable[[re.Match[str], Anchor], tuple[str | None, str | None, str]]
_I = re.IGNORECASE
# fails fast inside words: most positions of a text are
_WORD_START = r"(?<![\w-])(?=\w)"
_EVENT_NAME = rf"(?:[A-ZА-ЯЁ]{{2,}}|(?i:{_body(EVENTS)}))"

GRAMMARS: tuple[tuple[re.Pattern[str], Resolver], ...] = (
    # an ISO date, not one inside an address or a document number («/2016-06-30/»)
    (re.compile(rf"(?<![\w/-])(?P<year>{_YEAR})-(?P<month>\d\d)-(?P<day>\d\d)(?![\w/]|-\w)"), _day),
    (re.compile(
        rf"(?<![\d.])(?P<day>\d{{1,2}})\.(?P<month>\d{{1,2}})\.(?P<year>{_YEAR}|\d\d)(?![\d.]\d)"
        rf"(?:\s*{_YEAR_WORD})?", _I), _numeric_day),
    (re.compile(
        rf"(?<![\d,.])(?:с[^\S\n]+)?(?P<day>\d{{1,2}})(?:-?(?:го|е))?(?:\s*(?:{_DASH}|по)\s*\d{{1,2}})?"
        rf"\s+(?P<month>{_MONTH}){_TAIL}", _I), _day),
    (re.compile(
        rf"(?<![\d,.])(?:с[^\S\n]+)?(?P<day>\d{{1,2}})(?:-?го)?\s+(?P<month>{_MONTH})\s*(?:{_DASH}|по)\s*"
        rf"(?P<day2>\d{{1,2}})(?:-?е)?\s+(?P<month2>{_MONTH}){_TAIL}", _I), _day_range),
    (re.compile(
        rf"{_WORD_START}(?:с[^\S\n]+)?(?P<month>{_MONTH})\s*(?:{_DASH}|по)\s*(?P<month2>{_MONTH}){_TAIL}",
        _I),
     _month_range),
    (re.compile(rf"{_WORD_START}(?P<month>{_MONTH}){_TAIL}", _I), _month),
    (re.compile(
        rf"(?<![\d-])(?:с[^\S\n]+)?(?P<year>{_YEAR})\s*(?:{_DASH}|по)\s*(?P<year2>{_YEAR})"
        rf"\s*(?:-?е\s+)?(?:годы|годах|годов|годам|год|гг\.)", _I), _year_range),
    (re.compile(rf"(?<![\w.,-])(?P<year>{_YEAR})(?:-?(?:м|го|й))?\s*{_YEAR_WORD}", _I), _year),
    # the year word left out after its ending: «В 2024-м подписали меморандум»
    (re.compile(rf"(?<![\w.,-])(?P<year>{_YEAR})-(?:м|ом)(?!\w)", _I), _year),
    (re.compile(rf"(?<![\w-]){_EVENT_NAME}-(?P<year>{_YEAR})(?!\d)"), _event_year),
    (re.compile(rf"{_WORD_START}(?P<ord>{_alt(ORDINALS)})\s+(?P<part>{_alt(PARTS)}){_TAIL}", _I), _part),
    (re.compile(
        rf"(?:за|в\s+течение|по\s+(?:итогам|результатам))\s+(?:перв(?:ые|ых)\s+)?"
        rf"(?P<count>\d{{1,2}}|{NUMBER_WORD})\s+месяц\w*{_TAIL}", _I),
     _months),
    # «за полгода 2023 года» is its first half; without a year «за полгода» is the last six
    # months, no period
    (re.compile(rf"(?:за|по\s+(?:итогам|результатам))\s+(?P<count>полгода)\s+(?P<year>{_YEAR})"
                rf"(?!\d)(?:\s*{_YEAR_WORD})?", _I), _months),
    # «за первые полгода этого года», «за полгода прошлого года»: the half of a year the
    # shift names
    (re.compile(rf"(?:за|по\s+(?:итогам|результатам))\s+(?:перв(?:ые|ое)\s+)?(?P<count>полгода)"
                rf"\s+(?P<yshift>{_alt(SHIFTS)})\s+года(?!\w)", _I), _months),
    (re.compile(_alt(DAYS), _I), _relative_day),
    # «накануне» is an adverb before punctuation that closes a phrase (not an opening quote
    # or bracket: «накануне «Недели»» is the preposition), a verb in the past, a part of the day or
    # a preposition («Накануне в Минске прошли…»); before a noun it is a preposition
    (re.compile(
        rf"{_WORD_START}(?P<eve>{_alt(EVES)})(?=\s*(?:[,;:!?)—–]|\.(?!\w)|\Z)"
        rf"|\s+(?:(?:в|во|на)\s|{_alt(DAYTIMES)}|[а-яё]+(?:л|ла|ло|ли)(?:сь|ся)?(?![\w-])))", _I),
     _eve),
    (re.compile(
        rf"{_WORD_START}с\s+начала\s+(?:(?:этого|текущего|нынешнего|сего)\s+)?"
        rf"(?:(?P<year>{_YEAR})(?:-?го)?\s+)?года(?!\w)", _I), _year_to_date),
    (re.compile(
        rf"{_WORD_START}(?:(?:в|на)\s+)?(?:(?:конц[еау]|начал[еао]|середин[еуы]|течение)\s+)?"
        rf"(?P<shift>{_alt(SHIFTS)})\s+(?P<unit>{_alt(UNITS)})", _I), _shifted),
    (re.compile(rf"{_WORD_START}(?:(?P<shift>{_alt(SHIFTS)})\s+)?(?P<season>{_alt(SEASONS)}){_TAIL}", _I),
     _season),
    (re.compile(r"(?<!\w)(?:до|к)\s+конц[ау]\s+года(?!\w)", _I), _year_end),
)


def find_times(text: str, anchor: Anchor) -> list[TimeExpr]:
    """Every time expression of a text, longest first where they overlap, in text order."""
    found = [
        expr
        for pattern, resolve in GRAMMARS
        for match in pattern.finditer(text)
        if (expr := _expr(match, resolve, anchor)) is not None
    ]
    return _year_then_months(text, _longest(found), anchor)


_YEAR_GAP = re.compile(r"[\s,]*(?:(?:за|в|во)\s+)?", _I)
_NAMES_ITS_YEAR = re.compile(rf"{_YEAR}|{_alt(SHIFTS)}", _I)


def _year_then_months(text: str, times: list[TimeExpr], anchor: Anchor) -> list[TimeExpr]:
    """A year right before months told without one is their year: «В прошлом году за 10
    месяцев экспорт составлял…», «в 2023 году за первое полугодие»."""
    if not anchor.year or len(times) < 2:
        return times
    kept = [times[0]]
    for time in times[1:]:
        year = kept[-1]
        if (year.kind == "year" and year.period and time.kind == "period" and time.period
                and _YEAR_GAP.fullmatch(text, year.stop, time.start)
                and not _NAMES_ITS_YEAR.search(time.text)
                and time.period.startswith(f"{anchor.year}-")):
            period = time.period.replace(str(anchor.year), year.period)
            kept[-1] = TimeExpr(year.start, time.stop, text[year.start:time.stop],
                                year.value, period, "period")
        else:
            kept.append(time)
    return kept


def _expr(match: re.Match[str], resolve: Resolver, anchor: Anchor) -> TimeExpr | None:
    value, period, kind = resolve(match, anchor)
    if kind == "skip":
        return None
    return TimeExpr(start=match.start(), stop=match.end(), text=match.group(0),
                    value=value, period=period, kind=kind)


def _longest(found: list[TimeExpr]) -> list[TimeExpr]:
    kept: list[TimeExpr] = []
    for expr in sorted(found, key=lambda item: (item.start, item.start - item.stop)):
        if not kept or expr.start >= kept[-1].stop:
            kept.append(expr)
        elif expr.stop - expr.start > kept[-1].stop - kept[-1].start:
            kept[-1] = expr
    return kept
