"""Moscow standing for Russia beside a country abroad (`text/metonymy.py`).
Sentences written here."""

from __future__ import annotations

import pytest

from coopwatch.text.metonymy import as_states

CASES = [
    # Moscow and a country abroad, or its capital: the two states
    (("RU-MOW", "ZW"), "Москва передала Зимбабве 25 тысяч тонн пшеницы.", ("RU", "ZW")),
    (("RU-MOW", "IR"), "Москва и Тегеран обсудили контейнерную линию.", ("RU", "IR")),
    (("BY", "RU-MOW"), "Белоруссия поставила Москве новые автобусы.", ("BY", "RU")),
    # Moscow with a city abroad: two cities
    (("RU-MOW", "geo:Белград"), "Подписано соглашение о сотрудничестве Москвы и Белграда.",
     ("RU-MOW", "geo:Белград")),
    # the city and its government: the city
    (("RU-MOW", "geo:Минск"), "Мэр Москвы и Минск подписали соглашение.",
     ("RU-MOW", "geo:Минск")),
    (("RU-MOW", "BY"), "Столичные предприятия поставляют в Белоруссию лифты.", ("RU-MOW", "BY")),
    # no Moscow, or Moscow with a Russian region: as it is
    (("RU-TA", "IR"), "Татарстан и Иран обсудили поставки.", ("RU-TA", "IR")),
    (("RU-MOW", "RU-TUL"), "Москва и Тула обсудили поставки.", ("RU-MOW", "RU-TUL")),
]


@pytest.mark.parametrize(("pair", "said", "expected"), CASES)
def test_a_capital_stands_for_its_state(pair: tuple[str, str], said: str,
                                        expected: tuple[str, str]) -> None:
    assert as_states(*pair, said) == expected


def test_on_a_page_on_moscow_moscow_is_the_city() -> None:
    said = "В столице зарегистрировано более 2 тысяч компаний с участием узбекского капитала."
    assert as_states("RU-MOW", "UZ", said, city_page=True) == ("RU-MOW", "UZ")
