"""A lone capital word as the of-phrase («мэр столицы») is the home capital when the
document names it; with a place after it, it is not."""

from __future__ import annotations

import pytest

import builders
from coopwatch.tools import Toolkit

# sentence, entities (key -> surface forms), expected (person, title, of)
CASES = [
    ("Мэр столицы Иван Петров и губернатор Тверской области Олег Сидоров подписали "
     "соглашение между Москвой и Тверской областью.",
     {"per:Иван Петров": ["Иван Петров"], "per:Олег Сидоров": ["Олег Сидоров"],
      "RU-TVE": ["Тверской области", "Тверской областью"], "RU-MOW": ["Москвой"]},
     ("per:Иван Петров", "мэр", "RU-MOW")),
    ("Гостей из Москвы встретил вице-мэр столицы Пётр Иванов.",
     {"per:Пётр Иванов": ["Пётр Иванов"], "RU-MOW": ["Москвы"]},
     ("per:Пётр Иванов", "вице-мэр", "RU-MOW")),
]

# (sentence, entities, person who must not be the home capital's)
NOT_HOME = [
    # the capital is not named
    ("Мэр столицы Иван Петров открыл выставку в Твери.",
     {"per:Иван Петров": ["Иван Петров"], "geo:Тверь": ["Твери"]},
     "per:Иван Петров"),
    # a region's capital, said with the region after it
    ("Мэр столицы Татарстана Олег Сидоров встретил гостей из Москвы.",
     {"per:Олег Сидоров": ["Олег Сидоров"], "RU-MOW": ["Москвы"],
      "RU-TA": ["Татарстана"]},
     "per:Олег Сидоров"),
]


@pytest.mark.parametrize(("text", "entities", "expected"), CASES)
def test_lone_capital_word_is_the_home_capital(
    text: str, entities: dict[str, list[str]], expected: tuple, tools: Toolkit
) -> None:
    found = builders.positions_read(text, entities, tools)
    assert expected in found, found


@pytest.mark.parametrize(("text", "entities", "person"), NOT_HOME)
def test_capital_of_a_named_place_or_unnamed_capital_is_not_home(
    text: str, entities: dict[str, list[str]], person: str, tools: Toolkit
) -> None:
    found = builders.positions_read(text, entities, tools)
    assert not any(who == person and of == "RU-MOW" for who, _, of in found), found
