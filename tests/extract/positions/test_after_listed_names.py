"""A title after the comma that closes the names a plural title lists is the next item
of the list, not a post of the last name (`stage.py`, _after_listed).
Sentences written here; entities given by hand, places typed as the gazetteer types them."""

from __future__ import annotations

import pytest
from test_realnews_shapes import _found

from coopwatch.tools import Toolkit

P, L = "per:Иван Петров", "per:Ли Мин"
GUESTS = ("Гостей приветствовали губернаторы Омской области и провинции Хэйлунцзян Иван Петров "
          "и Ли Мин, генеральный консул Китая в Омске Ван Ган.")
ENTITIES = {"RU-OMS": ["Омской области"], "CN-HL": ["провинции Хэйлунцзян"], "CN": ["Китая"],
            P: ["Иван Петров"], L: ["Ли Мин"]}

# text, entities (key -> surface forms), positions that must be found
FOUND = [
    (GUESTS, ENTITIES, {(P, "губернатор", "RU-OMS"), (L, "губернатор", "CN-HL")}),
]

# text, entities, positions that must not be found
NOT_FOUND = [
    (GUESTS, ENTITIES, {(L, "генеральный консул", "CN")}),
]


@pytest.mark.parametrize(("text", "entities", "expected"), FOUND)
def test_listed_names_keep_their_title(
    text: str, entities: dict[str, list[str]], expected: set, tools: Toolkit
) -> None:
    assert expected <= _found(text, entities, tools)


@pytest.mark.parametrize(("text", "entities", "wrong"), NOT_FOUND)
def test_title_after_the_list_is_not_the_last_names(
    text: str, entities: dict[str, list[str]], wrong: set, tools: Toolkit
) -> None:
    assert not wrong & _found(text, entities, tools)
