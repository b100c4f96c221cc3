"""Query parameters: periods, pairs and pages, with the messages a caller sees."""

from __future__ import annotations

import pytest

from coopwatch.store import read
from coopwatch.store.read import BadQuery, Period, parse_pair, parse_period, period_bounds


@pytest.mark.parametrize(("text", "expected"), [
    ("2024", Period("2024", "2024")),
    ("2024-05", Period("2024-05", "2024-05")),
    ("2024-05-17", Period("2024-05-17", "2024-05-17")),
    ("2024-01/2024-09", Period("2024-01", "2024-09")),
    ("2023/2024-06", Period("2023", "2024-06")),
    (" 2025 ", Period("2025", "2025")),
])
def test_periods(text: str, expected: Period) -> None:
    assert parse_period(text) == expected


@pytest.mark.parametrize("text", [
    "24", "2024-13", "2024-5", "май 2024", "2024-01/2024-02/2024-03", "2024/", "2024-09/2024-01",
    "2024-02-30x",
])
def test_bad_periods_say_what_is_expected(text: str) -> None:
    with pytest.raises(BadQuery, match="bad period"):
        parse_period(text)


def test_since_and_until_take_the_open_ends_of_periods() -> None:
    assert period_bounds(since="2023", until="2024-09") == Period("2023", "2024-09")
    assert period_bounds(period="2024-01/2024-06", until="2024-03") == Period("2024-01", "2024-03")
    assert period_bounds() == Period(None, None)


@pytest.mark.parametrize(("text", "expected"), [
    ("RU-BRY,BY", ("RU-BRY", "BY")),
    (" RU-TA , CN ", ("RU-TA", "CN")),
    ("org:Минский автомобильный завод,RU-SPE", ("org:Минский автомобильный завод", "RU-SPE")),
])
def test_pairs(text: str, expected: tuple[str, str]) -> None:
    assert parse_pair(text) == expected


@pytest.mark.parametrize("text", ["RU-BRY", "RU-BRY,BY,CN", "BY,BY", ",BY"])
def test_bad_pairs(text: str) -> None:
    with pytest.raises(BadQuery, match="two different entity keys"):
        parse_pair(text)


@pytest.mark.parametrize(("limit", "offset"), [(0, 0), (501, 0), (10, -1)])
def test_pages_are_bounded(limit: int, offset: int) -> None:
    with pytest.raises(BadQuery):
        read.check_page(limit, offset)


def test_unknown_choices_list_the_known_ones() -> None:
    with pytest.raises(BadQuery, match="unknown event type 'summit'; expected one of: meeting"):
        read.EventFilters(type="summit").selection()
    with pytest.raises(BadQuery, match="unknown sector 'cars'"):
        read.EventFilters(sector="cars").selection()
    with pytest.raises(BadQuery, match="unknown figure metric"):
        read.FigureFilters(metric="turnover").selection()


def test_filters_join_parties_and_pair_once_and_check_the_pair() -> None:
    filters = read.EventFilters(party=["RU-BRY", "CN"], pair="RU-BRY,BY", since="2024")
    selection = filters.selection()
    assert selection.parties == ("RU-BRY", "CN", "BY")
    assert selection.period == Period("2024", None)
    with pytest.raises(BadQuery, match="bad pair"):
        read.FigureFilters(pair="BY").selection()
    with pytest.raises(BadQuery, match="unknown fact kind 'trade'"):
        read.GraphFilters(kinds=["trade"]).selection()


@pytest.mark.parametrize(("text", "folded"), [
    ("Ёлкино", "елкино"), ("КАМАЗ", "камаз"), ("Щёлково", "щелково"), (None, None),
])
def test_fold(text: str | None, folded: str | None) -> None:
    assert read.fold(text) == folded
