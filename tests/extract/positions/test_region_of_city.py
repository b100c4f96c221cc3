"""A regional title on a page that names only a Russian city is of that city's region,
whether it names no of-phrase or only says «края», «области».
Sentences written here; entities given by hand, places typed as the gazetteer types them."""

from __future__ import annotations

import pytest
from test_realnews_shapes import _found

from coopwatch.tools import Toolkit

P = "per:Иван Петров"

# text, entities (key -> surface forms), positions that must be found
FOUND = [
    ("В Челябинск прибыли послы Анголы и Намибии. Гостей встретил заместитель губернатора "
     "Иван Петров.",
     {"geo:Челябинск": ["Челябинск"], "AO": ["Анголы"], "NA": ["Намибии"], P: ["Иван Петров"]},
     {(P, "заместитель губернатора", "RU-CHE")}),
    # the title says «края», «области» and the page names only the region's city
    ("В Красноярск приехали гости из провинции Гуандун. Их принял заместитель губернатора "
     "края по внешним связям Иван Петров.",
     {"geo:Красноярск": ["Красноярск"], "CN-GD": ["провинции Гуандун"], P: ["Иван Петров"]},
     {(P, "заместитель губернатора", "RU-KYA")}),
    ("Делегация Ганьсу прибыла в Саратов. Гостей встретил первый заместитель главы "
     "администрации области Иван Петров.",
     {"geo:Саратов": ["Саратов"], "CN-GS": ["Ганьсу"], P: ["Иван Петров"]},
     {(P, "первый заместитель главы администрации", "RU-SAR")}),
]

# text, entities, positions that must not be found
NOT_FOUND = [
    # cities of two regions: whose deputy governor is not said
    ("Делегации Челябинска и Перми прибыли в Анголу. Их встретил вице-губернатор Иван "
     "Петров.",
     {"geo:Челябинск": ["Челябинска"], "geo:Пермь": ["Перми"], "AO": ["Анголу"],
      P: ["Иван Петров"]},
     {(P, "вице-губернатор", "RU-CHE"), (P, "вице-губернатор", "RU-PER")}),
]


@pytest.mark.parametrize(("text", "entities", "expected"), FOUND)
def test_regional_title_of_the_citys_region(
    text: str, entities: dict[str, list[str]], expected: set, tools: Toolkit
) -> None:
    assert expected <= _found(text, entities, tools)


@pytest.mark.parametrize(("text", "entities", "wrong"), NOT_FOUND)
def test_regional_title_with_cities_of_two_regions(
    text: str, entities: dict[str, list[str]], wrong: set, tools: Toolkit
) -> None:
    assert not wrong & _found(text, entities, tools)
