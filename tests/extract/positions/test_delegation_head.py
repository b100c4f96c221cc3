"""A title after «во главе с» is of the place the delegation is of, also with a
possessive between («во главе с её губернатором»), and so is a bare region word in the
title of the one who «возглавил» the delegation."""

from __future__ import annotations

import pytest

import builders
from coopwatch.tools import Toolkit

# sentence, entities (key -> surface forms), expected (person, title, of)
CASES = [
    ("Вчера делегация провинции Гилян во главе с её губернатором Али Резаи прибыла "
     "в Астрахань.",
     {"IR-01": ["провинции Гилян"], "geo:Астрахань": ["Астрахань"],
      "per:Али Резаи": ["Али Резаи"]},
     ("per:Али Резаи", "губернатор", "IR-01")),
    ("Делегация провинции Гилян во главе со своим губернатором Али Резаи посетила "
     "Казань.",
     {"IR-01": ["провинции Гилян"], "geo:Казань": ["Казань"],
      "per:Али Резаи": ["Али Резаи"]},
     ("per:Али Резаи", "губернатор", "IR-01")),
    # «возглавил» with a bare region word: the region the delegation comes from, named in
    # the sentence before; not the page's region the delegation visits
    ("В Пензу с рабочим визитом прибыла делегация Хатлонской области из Таджикистана. Ее "
     "возглавил председатель области Давлатали Саид.",
     {"geo:Пенза": ["Пензу"], "TJ-KT": ["Хатлонской области"], "TJ": ["Таджикистана"],
      "per:Давлатали Саид": ["Давлатали Саид"]},
     ("per:Давлатали Саид", "председатель", "TJ-KT")),
    ("В Тамбовскую область прибыла делегация Витебской области, которую возглавил "
     "губернатор региона Иван Сидоренко.",
     {"RU-TAM": ["Тамбовскую область"], "BY-VI": ["Витебской области"],
      "per:Иван Сидоренко": ["Иван Сидоренко"]},
     ("per:Иван Сидоренко", "губернатор", "BY-VI")),
]


@pytest.mark.parametrize(("text", "entities", "expected"), CASES)
def test_the_head_of_a_delegation_is_of_its_place(
    text: str, entities: dict[str, list[str]], expected: tuple, tools: Toolkit
) -> None:
    found = builders.positions_read(text, entities, tools)
    assert expected in found, found

