"""A title held in a unit of an administration («департамент») is written with the unit
and is of the territory the unit serves: the place named after it, or the home capital
a capital word names («столицы», «столичного»)."""

from __future__ import annotations

import pytest

import builders
from coopwatch.tools import Toolkit

# sentence, entities (key -> surface forms), expected (person, title, of)
CASES = [
    # the unit begins inside the title, a capital word follows it
    ("Делегацию возглавил руководитель Департамента туризма столицы Иван Петров. "
     "Москва и Казань дружат давно.",
     {"org:Департамент туризма": ["Департамента туризма"], "RU-MOW": ["Москва"],
      "geo:Казань": ["Казань"], "per:Иван Петров": ["Иван Петров"]},
     ("per:Иван Петров", "руководитель департамента туризма", "RU-MOW")),
    ("Договор подписал директор Департамента спорта российской столицы Олег Сидоров. "
     "Спортсмены Москвы приедут в Минск.",
     {"org:Департамент спорта": ["Департамента спорта"], "RU-MOW": ["Москвы"],
      "geo:Минск": ["Минск"], "per:Олег Сидоров": ["Олег Сидоров"]},
     ("per:Олег Сидоров", "директор департамента спорта", "RU-MOW")),
    # a capital adjective before the unit
    ("Об этом сказал руководитель столичного Департамента культуры Пётр Иванов. "
     "Выставка пройдёт в Москве.",
     {"org:Департамент культуры": ["Департамента культуры"], "RU-MOW": ["Москве"],
      "per:Пётр Иванов": ["Пётр Иванов"]},
     ("per:Пётр Иванов", "руководитель департамента культуры", "RU-MOW")),
    # the region named right after the unit
    ("Выступил директор Департамента экономики Омской области Сергей Маров.",
     {"org:Департамент экономики": ["Департамента экономики"], "RU-OMS": ["Омской области"],
      "per:Сергей Маров": ["Сергей Маров"]},
     ("per:Сергей Маров", "директор департамента экономики", "RU-OMS")),
]

# (sentence, entities, person, a territory the person's post must not be of): a capital
# word is the home capital only where the document names it; a department of a
# country's ministry is no unit of a region's administration
NOT_OF = [
    ("Делегацию возглавил руководитель Департамента туризма столицы Иван Петров.",
     {"org:Департамент туризма": ["Департамента туризма"],
      "per:Иван Петров": ["Иван Петров"]},
     "per:Иван Петров", "RU-MOW"),
    ("Руководитель Департамента Азии МИД Китая Ли Мин посетил Казань.",
     {"per:Ли Мин": ["Ли Мин"], "org:Департамент Азии МИД Китая": ["Департамента Азии МИД Китая"],
      "CN": ["Китая"], "geo:Казань": ["Казань"]},
     "per:Ли Мин", "CN"),
]


@pytest.mark.parametrize(("text", "entities", "expected"), CASES)
def test_title_in_an_administration_unit_is_of_its_territory(
    text: str, entities: dict[str, list[str]], expected: tuple, tools: Toolkit
) -> None:
    found = builders.positions_read(text, entities, tools)
    assert expected in found, found


@pytest.mark.parametrize(("text", "entities", "person", "territory"), NOT_OF)
def test_a_unit_s_post_is_not_of_a_territory_the_text_does_not_give(
    text: str, entities: dict[str, list[str]], person: str, territory: str, tools: Toolkit
) -> None:
    found = builders.positions_read(text, entities, tools)
    assert not any(who == person and of == territory for who, _, of in found), found
