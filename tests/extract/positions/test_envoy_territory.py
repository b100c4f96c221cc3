"""An envoy («полномочный представитель», «полпред») is of the territory within a country
named after «в» in the of-phrase, not of the country that sends him (`of.py`).
Sentences written here; entities given by hand, places typed as the gazetteer types them."""

from __future__ import annotations

import pytest
from test_realnews_shapes import _found

from coopwatch.tools import Toolkit

P = "per:Иван Петров"

# text, entities (key -> surface forms), positions that must be found
FOUND = [
    ("Губернатор встретится с полномочным представителем Правительства Кыргызской "
     "Республики в Иссык-Кульской области Иваном Петровым.",
     {"KG": ["Кыргызской Республики"], "KG-Y": ["Иссык-Кульской области"],
      P: ["Иваном Петровым"]},
     {(P, "полномочный представитель", "KG-Y")}),
    ("Делегацию возглавил полномочный представитель Президента Российской Федерации в "
     "Уральском федеральном округе Иван Петров.",
     {"RU": ["Российской Федерации"],
      "geo:Уральский федеральный округ": ["Уральском федеральном округе"],
      P: ["Иван Петров"]},
     {(P, "полномочный представитель", "geo:Уральский федеральный округ")}),
    # a deputy of an envoy is posted where the envoy is (session 32, x… dev half)
    ("Об этом сообщил заместитель полпреда президента России в Южном федеральном округе "
     "Иван Петров.",
     {"RU": ["России"], "geo:Южный федеральный округ": ["Южном федеральном округе"],
      P: ["Иван Петров"]},
     {(P, "заместитель полпреда", "geo:Южный федеральный округ")}),
]

# text, entities, positions that must not be found
NOT_FOUND = [
    # an envoy to a country is not of that country: the «в» place must lie within one
    ("Переговоры провёл полномочный представитель Президента Российской Федерации в "
     "Казахстане Иван Петров.",
     {"RU": ["Российской Федерации"], "KZ": ["Казахстане"], P: ["Иван Петров"]},
     {(P, "полномочный представитель", "KZ")}),
]


@pytest.mark.parametrize(("text", "entities", "expected"), FOUND)
def test_envoy_is_of_the_territory_posted_to(
    text: str, entities: dict[str, list[str]], expected: set, tools: Toolkit
) -> None:
    assert expected <= _found(text, entities, tools)


@pytest.mark.parametrize(("text", "entities", "wrong"), NOT_FOUND)
def test_envoy_to_a_country(
    text: str, entities: dict[str, list[str]], wrong: set, tools: Toolkit
) -> None:
    assert not wrong & _found(text, entities, tools)
