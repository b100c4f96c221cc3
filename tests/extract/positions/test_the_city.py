"""«мэр города»: a lone «города» is the city the document names most.
Sentences written here; entities given by hand, places typed as the gazetteer types them."""

from __future__ import annotations

import pytest
from test_realnews_shapes import _found

from coopwatch.tools import Toolkit

P = "per:Иван Петров"

# text, entities (key -> surface forms), positions that must be found
FOUND = [
    ("В Томск прибыла делегация из Харбина. Гостей встретил мэр города Иван Петров. Томск "
     "давно дружит с Китаем.",
     {"geo:Томск": ["Томск", "Томск"], "geo:Харбин": ["Харбина"], "CN": ["Китаем"],
      P: ["Иван Петров"]},
     {(P, "мэр", "geo:Томск")}),
    ("Делегация Казани посетила Узбекистан. Её возглавил заместитель главы города Иван "
     "Петров. В Казани ждут ответного визита, Казань готовит программу.",
     {"geo:Казань": ["Казани", "Казань"], "UZ": ["Узбекистан"], P: ["Иван Петров"]},
     {(P, "заместитель главы", "geo:Казань")}),
]

# text, entities, positions that must not be found
NOT_FOUND = [
    # two cities named as often: which one is not said
    ("Томск и Харбин подписали соглашение. Его подписал мэр города Иван Петров.",
     {"geo:Томск": ["Томск"], "geo:Харбин": ["Харбин"], P: ["Иван Петров"]},
     {(P, "мэр", "geo:Томск"), (P, "мэр", "geo:Харбин")}),
]


@pytest.mark.parametrize(("text", "entities", "expected"), FOUND)
def test_lone_city_word_is_the_main_city(
    text: str, entities: dict[str, list[str]], expected: set, tools: Toolkit
) -> None:
    assert expected <= _found(text, entities, tools)


@pytest.mark.parametrize(("text", "entities", "wrong"), NOT_FOUND)
def test_lone_city_word_with_no_leading_city(
    text: str, entities: dict[str, list[str]], wrong: set, tools: Toolkit
) -> None:
    assert not wrong & _found(text, entities, tools)
