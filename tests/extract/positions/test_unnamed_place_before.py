"""A place adjective before a title that names a place the page does not name
(«подмосковный губернатор» on a page about Moscow) leaves the title without a default
place (`of.py`, unnamed_place_before). Sentences written here; entities given by hand."""

from __future__ import annotations

import pytest
from test_realnews_shapes import _found

from coopwatch.tools import Toolkit

P, S = "per:Иван Петров", "per:Пётр Сидоров"
NEIGHBOUR = ("Москва расширит сотрудничество с соседями. Подмосковный губернатор Иван "
             "Петров встретился с мэром Москвы Петром Сидоровым.")
NEIGHBOUR_ENTITIES = {"RU-MOW": ["Москва", "Москвы"], P: ["Иван Петров"],
                      S: ["Петром Сидоровым"]}
NAMED = ("Московская область и Тверская область подписали соглашение. Подмосковный "
         "губернатор Иван Петров поблагодарил коллег.")
NAMED_ENTITIES = {"RU-MOS": ["Московская область"], "RU-TVE": ["Тверская область"],
                  P: ["Иван Петров"]}

HOME = ("Тульская область открыла новый завод. Российский губернатор Иван Петров "
        "поздравил рабочих.")
HOME_ENTITIES = {"RU-TUL": ["Тульская область"], P: ["Иван Петров"]}

# text, entities (key -> surface forms), positions that must be found
FOUND = [
    # «российский» names Russia, which is no unnamed place: the default region stays
    (HOME, HOME_ENTITIES, {(P, "губернатор", "RU-TUL")}),
    (NEIGHBOUR, NEIGHBOUR_ENTITIES, {(P, "губернатор", None), (S, "мэр", "RU-MOW")}),
    (NAMED, NAMED_ENTITIES, {(P, "губернатор", "RU-MOS")}),
]

# text, entities, positions that must not be found
NOT_FOUND = [
    (NEIGHBOUR, NEIGHBOUR_ENTITIES, {(P, "губернатор", "RU-MOW")}),
]


@pytest.mark.parametrize(("text", "entities", "expected"), FOUND)
def test_adjective_place_is_kept_or_left_open(
    text: str, entities: dict[str, list[str]], expected: set, tools: Toolkit
) -> None:
    assert expected <= _found(text, entities, tools)


@pytest.mark.parametrize(("text", "entities", "wrong"), NOT_FOUND)
def test_unnamed_place_takes_no_default(
    text: str, entities: dict[str, list[str]], wrong: set, tools: Toolkit
) -> None:
    assert not wrong & _found(text, entities, tools)
