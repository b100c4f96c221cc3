"""A government title that says no whose («заместитель председателя правительства Иван
Петров») is of the page's main Russian region, unless its holder is a known head of
state or government (`stage.py`, _government_region; `government_titles.txt`).
Sentences written here; entities given by hand, places typed as the gazetteer types them."""

from __future__ import annotations

import pytest
from test_realnews_shapes import _found

from coopwatch.tools import Toolkit

P, S = "per:Иван Петров", "per:Пётр Сидоров"
TOMSK = {"RU-TOM": ["Томская область", "Томской области"], P: ["Иван Петров"]}

# text, entities (key -> surface forms), positions that must be found
FOUND = [
    ("Томская область расширяет связи с Казахстаном. В Астану прилетел заместитель "
     "председателя правительства Иван Петров. Делегация Томской области провела переговоры.",
     {**TOMSK, "KZ": ["Казахстаном"]},
     {(P, "заместитель председателя правительства", "RU-TOM")}),
    ("Делегацию Томской области возглавил первый заместитель председателя правительства "
     "Иван Петров. Томская область готова к поставкам зерна.",
     TOMSK, {(P, "первый заместитель председателя правительства", "RU-TOM")}),
    # the chairman's post has one holder: not of a region another chairman heads
    ("Председатель правительства Томской области Пётр Сидоров встретился с коллегой. "
     "Председатель правительства Иван Петров приехал в Томскую область из Омской области.",
     {"RU-TOM": ["Томской области", "Томскую область"], "RU-OMS": ["Омской области"],
      P: ["Иван Петров"], S: ["Пётр Сидоров"]},
     {(S, "председатель правительства", "RU-TOM")}),
]

# text, entities, positions that must not be found
NOT_FOUND = [
    # a known head of government is his country's, not the page's region's
    ("Томская область ждёт гостей. Председатель правительства Михаил Мишустин посетил "
     "Томскую область.",
     {"RU-TOM": ["Томская область", "Томскую область"],
      "per:Михаил Мишустин": ["Михаил Мишустин"]},
     {("per:Михаил Мишустин", "председатель правительства", "RU-TOM")}),
    ("Председатель правительства Томской области Пётр Сидоров встретился с коллегой. "
     "Председатель правительства Иван Петров приехал в Томскую область из Омской области.",
     {"RU-TOM": ["Томской области", "Томскую область"], "RU-OMS": ["Омской области"],
      P: ["Иван Петров"], S: ["Пётр Сидоров"]},
     {(P, "председатель правительства", "RU-TOM")}),
]


@pytest.mark.parametrize(("text", "entities", "expected"), FOUND)
def test_government_title_is_of_the_main_region(
    text: str, entities: dict[str, list[str]], expected: set, tools: Toolkit
) -> None:
    assert expected <= _found(text, entities, tools)


@pytest.mark.parametrize(("text", "entities", "wrong"), NOT_FOUND)
def test_government_title_is_not_a_leaders_or_a_held_region(
    text: str, entities: dict[str, list[str]], wrong: set, tools: Toolkit
) -> None:
    assert not wrong & _found(text, entities, tools)
