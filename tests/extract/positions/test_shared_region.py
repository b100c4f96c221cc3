"""A regional title that names no place is of the one Russian region the other titles of
its passage name (`stage.py`, _sharing_region), not of the region the page names most.
Sentences written here; entities given by hand, places typed as the gazetteer types them."""

from __future__ import annotations

import pytest
from test_realnews_shapes import _found

from coopwatch.tools import Toolkit

VISIT = ("Делегация прибыла в Татарстан. Татарстан принял гостей. В делегацию вошли "
         "вице-губернатор Иван Петров и начальник управления администрации Тамбовской области "
         "Пётр Сидоров.")
TWO_GOVERNORS = ("Делегация прибыла в Татарстан. Татарстан принял гостей. Губернатор Иван "
                 "Петров и губернатор Тамбовской области Пётр Сидоров подписали соглашение.")
ENTITIES = {"RU-TA": ["Татарстан", "Татарстан"], "RU-TAM": ["Тамбовской области"],
            "per:Иван Петров": ["Иван Петров"], "per:Пётр Сидоров": ["Пётр Сидоров"]}

# the region by the assembly another title of the passage names (session 35, z… dev)
ASSEMBLY = ("Делегация прибыла в Татарстан. Татарстан принял гостей. В ходе поездки в Казань "
            "губернатор Иван Петров и председатель Законодательного Собрания Калужской "
            "области Пётр Сидоров посетили завод.")
ASSEMBLY_ENTITIES = {"RU-TA": ["Татарстан", "Татарстан"], "geo:Казань": ["Казань"],
                     "org:Законодательное Собрание Калужской области":
                         ["Законодательного Собрания Калужской области"],
                     "RU-KLU": ["Калужской области"],
                     "per:Иван Петров": ["Иван Петров"], "per:Пётр Сидоров": ["Пётр Сидоров"]}

# text, entities (key -> surface forms), positions that must be found
FOUND = [
    (VISIT, ENTITIES, {("per:Иван Петров", "вице-губернатор", "RU-TAM")}),
    (ASSEMBLY, ASSEMBLY_ENTITIES, {("per:Иван Петров", "губернатор", "RU-KLU")}),
]

# text, entities, positions that must not be found
NOT_FOUND = [
    # someone else holds the same post of that region
    (TWO_GOVERNORS, ENTITIES, {("per:Иван Петров", "губернатор", "RU-TAM")}),
]


@pytest.mark.parametrize(("text", "entities", "expected"), FOUND)
def test_title_takes_the_region_of_its_passage(
    text: str, entities: dict[str, list[str]], expected: set, tools: Toolkit
) -> None:
    assert expected <= _found(text, entities, tools)


@pytest.mark.parametrize(("text", "entities", "wrong"), NOT_FOUND)
def test_region_held_by_another_is_not_shared(
    text: str, entities: dict[str, list[str]], wrong: set, tools: Toolkit
) -> None:
    assert not wrong & _found(text, entities, tools)
