"""«глава кубанской столицы»: a capital word after a region's or a foreign country's
adjective is the one city of that place the document names (`of.py`,
_city_of_country_adjective); «российской столицы» is left to the home capital's words.
Sentences written here; entities given by hand, places typed as the gazetteer types them."""

from __future__ import annotations

import pytest
from test_realnews_shapes import _found

from coopwatch.tools import Toolkit

P = "per:Иван Петров"

# text, entities (key -> surface forms), positions that must be found
FOUND = [
    ("Делегация из Сухума приехала в Краснодар. Гостей встретил заместитель главы "
     "кубанской столицы Иван Петров.",
     {"geo:Сухум": ["Сухума"], "geo:Краснодар": ["Краснодар"], P: ["Иван Петров"]},
     {(P, "заместитель главы", "geo:Краснодар")}),
    ("Делегация Казани побывала в Ереване. С гостями встретился мэр армянской столицы "
     "Иван Петров.",
     {"geo:Казань": ["Казани"], "geo:Ереван": ["Ереване"], P: ["Иван Петров"]},
     {(P, "мэр", "geo:Ереван")}),
]


@pytest.mark.parametrize(("text", "entities", "expected"), FOUND)
def test_capital_of_a_place_adjective_is_its_city(
    text: str, entities: dict[str, list[str]], expected: set, tools: Toolkit
) -> None:
    assert expected <= _found(text, entities, tools)
