"""Periods: the year a comparison with a named year implies, a month reached, and a
year told by an ordinal alone."""

from __future__ import annotations

import pytest

from coopwatch.extract.dates.anchors import Anchor
from coopwatch.extract.dates.timexpr import find_times
from coopwatch.extract.figures.periods import figure_times, split_periods, year_from_comparison

# sentence, the current year it implies
IMPLIED = [
    ("В первом квартале этого года экспорт области вырос на 12% по сравнению с "
     "аналогичным периодом 2023 года.", 2024),
    ("За прошлый год товарооборот края вырос на 8% по сравнению с 2019 годом.", 2021),
    ("В текущем году поставки выросли на 5% относительно 2021 года.", 2022),
    # a named year is no relative period
    ("В 2024 году товарооборот вырос на 5% по сравнению с 2023 годом.", None),
    # no comparison, nothing to learn from
    ("В прошлом году товарооборот области достиг 2 млрд долларов.", None),
    # the start of a range may lie years before the period
    ("В прошлом году товарооборот вырос с 10 млрд долларов в 2019 году до 12 млрд "
     "долларов.", None),
    # a year named by an ordinal alone is a base too
    ("В прошлом году оборот края вырос на 9% по сравнению с 2017-м.", 2019),
]


@pytest.mark.parametrize(("text", "expected"), IMPLIED)
def test_year_from_comparison(text: str, expected: int | None) -> None:
    assert year_from_comparison(text) == expected


# sentence, the periods a figure can be measured over (published in 2025)
REACHED = [
    ("К середине октября экспорт района достиг 12 млн долларов.", ["2025-01/2025-10"]),
    ("К концу мая товарооборот составил 40 млн долларов.", ["2025-01/2025-05"]),
    # a month itself is the month
    ("В октябре экспорт района достиг 12 млн долларов.", ["2025-10"]),
    # January reached is January
    ("К концу января поставки составили 3 тысячи тонн.", ["2025-01"]),
]


@pytest.mark.parametrize(("text", "expected"), REACHED)
def test_a_month_reached_counts_from_january(text: str, expected: list[str]) -> None:
    periods, _ = split_periods(text, 0, find_times(text, Anchor(year=2025)))
    assert [time.period for time in periods] == expected


# sentence, the periods a figure can be measured over and the bases it is compared with
BASES = [
    ("В 2023 году экспорт вырос на 12% по отношению к 2022 году.", ["2023"], ["2022"]),
    ("Отгружено 2,4 млн тонн угля (+6,2% к апрелю 2021 года).", [], ["2021-04"]),
    ("В марте 2024 года ввезено 40 тонн (-3% к марту 2023 года).", ["2024-03"], ["2023-03"]),
    # a deadline after «к» with no percent before it is no base
    ("Экспорт планируют увеличить до 5 млн тонн к 2030 году.", ["2030"], []),
    ("Это в 1,4 раза больше показателя аналогичного периода 2023-го года.", [], ["2023"]),
    ("Ввезли на треть меньше уровня 2022 года.", [], ["2022"]),
    ("Результаты 2023 года превзошли показатель 2022 года.", ["2023"], ["2022"]),
    ("Это в 1,5 раза выше аналогичного периода 2024 года.", [], ["2024"]),
]


@pytest.mark.parametrize(("text", "periods", "bases"), BASES)
def test_the_base_of_a_growth_is_no_period(text: str, periods: list[str],
                                          bases: list[str]) -> None:
    found, compared = split_periods(text, 0, find_times(text, Anchor(year=2025)))
    assert [time.period for time in found] == periods
    assert [base.time.period for base in compared] == bases


# text, the (text, period) of each time expression found
ORDINAL_YEARS = [
    ("По итогам 2016-го экспорт области превысил 90 млн долларов.",
     [("2016-го", "2016")]),
    ("Оборот вырос на 7% по сравнению с 2020-м.", [("2020-м", "2020")]),
    # a year with «году» after it is found whole, once
    ("В 2021-м году экспорт вырос.", [("2021-м году", "2021")]),
    # a decade is no year
    ("Завод построили в 1970-х.", []),
]


@pytest.mark.parametrize(("text", "expected"), ORDINAL_YEARS)
def test_a_year_told_by_an_ordinal_alone(text: str, expected: list[tuple[str, str]]) -> None:
    found = [(time.text, time.period) for time in figure_times(text, Anchor())]
    assert found == expected
