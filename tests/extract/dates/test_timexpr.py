"""Grammars of `timexpr`: «накануне» as an adverb, and ranges joined by any dash."""

from __future__ import annotations

import pytest

from coopwatch.extract.dates.anchors import Anchor
from coopwatch.extract.dates.timexpr import find_times

PUBLISHED = Anchor(2024, 3, 1)

# «накануне» is the day before publication when it is an adverb: text, expected
# (text of the expression, value) in order
EVE = [
    ("Делегация накануне прибыла в Омск.", [("накануне", "2024-02-29")]),
    ("Накануне прошли переговоры с партнёрами.", [("Накануне", "2024-02-29")]),
    ("Накануне в Гомеле подписали меморандум.", [("Накануне", "2024-02-29")]),
    ("Пожар начался накануне вечером.", [("накануне", "2024-02-29")]),
    ("Об этом стало известно накануне, сообщает агентство.", [("накануне", "2024-02-29")]),
    ("Гости приехали накануне.", [("накануне", "2024-02-29")]),
    # the preposition: «накануне» of something dates nothing by itself
    ("Накануне выставки губернатор посетил завод.", []),
    ("Накануне губернатор осмотрел цех.", []),
    ("Соглашение подписали накануне Нового года.", []),
    ("Накануне «Недели энергетики» министр провёл совещание.", []),
    # a media name, not a time
    ("Об этом Накануне.RU сообщил пресс-секретарь.", []),
]

# a range of years or months with its dash: text, expected (text, value, period)
DASHES = [
    ("Программа на 2023−2026 гг. утверждена.", [("2023−2026 гг.", "2023", "2023/2026")]),
    ("План на 2024‑2027 годы принят.", [("2024‑2027 годы", "2024", "2024/2027")]),
    ("В январе−июне 2024 года экспорт вырос.",
     [("январе−июне 2024 года", "2024", "2024-01/2024-06")]),
    ("Ярмарка пройдёт 3−5 апреля.", [("3−5 апреля", "2024-04-03", None)]),
]


@pytest.mark.parametrize(("text", "expected"), EVE)
def test_eve(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(time.text, time.value) for time in find_times(text, PUBLISHED)] == expected


def test_eve_without_a_publication_day_is_unknown() -> None:
    assert [time.value for time in find_times("Накануне прошли переговоры.", Anchor(2024))] \
        == [None]


@pytest.mark.parametrize(("text", "expected"), DASHES)
def test_ranges_with_any_dash(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    found = find_times(text, PUBLISHED)
    assert [(time.text, time.value, time.period) for time in found] == expected


# periods told in shapes of real regional news (sentences written here): text, expected
# (text, period) in order, published in March 2024
PERIODS = [
    # a range of days across months is the months it spans
    ("С 1 января по 10 марта 2024-го года область отправила 15 тыс. тонн.",
     [("С 1 января по 10 марта 2024", "2024-01/2024-03")]),
    ("с 1 января по 30 сентября прошлого года", [("с 1 января по 30 сентября прошлого года",
                                                  "2023-01/2023-09")]),
    ("Выставка пройдёт с 1 по 10 апреля.", [("с 1 по 10 апреля", None)]),
    # «уходящий» год is the publication's, «истекший» the one before
    ("В уходящем году оборот вырос на 16%.", [("В уходящем году", "2024")]),
    ("За истекший год экспорт удвоился.", [("истекший год", "2023")]),
    # a year right before months with none of their own is their year
    ("В прошлом году за 10 месяцев экспорт составлял 145 млн.",
     [("В прошлом году за 10 месяцев", "2023-01/2023-10")]),
    ("В 2022 году в январе-марте отгрузили меньше.",
     [("2022 году в январе-марте", "2022-01/2022-03")]),
    # months with a year of their own keep it
    ("В 2022 году, за 9 месяцев 2023 года", [("2022 году", "2022"),
                                             ("за 9 месяцев 2023 года", "2023-01/2023-09")]),
    ("в 2022 году вырос, а за 9 месяцев", [("2022 году", "2022"),
                                            ("за 9 месяцев", "2024-01/2024-09")]),
    # the year word left out after its ending
    ("В 2023-м подписали меморандум.", [("2023-м", "2023")]),
    # a half of a year its shift names
    ("за первые полгода этого года вырос на 14%", [("за первые полгода этого года",
                                                     "2024-01/2024-06")]),
    ("за полгода прошлого года", [("за полгода прошлого года", "2023-01/2023-06")]),
]


@pytest.mark.parametrize(("text", "expected"), PERIODS)
def test_periods_of_regional_news(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(time.text, time.period) for time in find_times(text, PUBLISHED)] == expected
