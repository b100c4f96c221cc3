"""A place named after «в» that follows a body named in common nouns says where the body
is, not whose the title is: «председатель армянской общины в Тверской области» is no
post of the region (`of.py`, _where_the_body_is).
Sentences written here; entities given by hand, places typed as the gazetteer types them."""

from __future__ import annotations

import pytest
from test_realnews_shapes import _found

from coopwatch.tools import Toolkit

P = "per:Иван Петров"
TVER = {"RU-TVE": ["Тверской области", "Тверская область"], P: ["Иван Петров"]}

# text, entities (key -> surface forms), positions that must be found
FOUND = [
    # the place named first, then «в»: still the place's
    ("На встрече был посол Армении в Тверской области Иван Петров. Тверская область ждёт "
     "гостей.",
     {**TVER, "AM": ["Армении"]}, {(P, "посол", "AM")}),
    ("На встрече был вице-губернатор Тверской области Иван Петров. Тверская область ждёт "
     "гостей.",
     TVER, {(P, "вице-губернатор", "RU-TVE")}),
]

# text, entities, positions that must not be found
NOT_FOUND = [
    ("На встрече был председатель армянской общины в Тверской области Иван Петров. "
     "Тверская область ждёт гостей.",
     TVER, {(P, "председатель", "RU-TVE")}),
    ("Выступил заместитель председателя землячества на Тверской земле Иван Петров. "
     "Тверская область ждёт гостей.",
     {"RU-TVE": ["Тверской земле", "Тверская область"], P: ["Иван Петров"]},
     {(P, "заместитель председателя", "RU-TVE")}),
]


@pytest.mark.parametrize(("text", "entities", "expected"), FOUND)
def test_place_before_the_preposition_stays_the_of(
    text: str, entities: dict[str, list[str]], expected: set, tools: Toolkit
) -> None:
    assert expected <= _found(text, entities, tools)


@pytest.mark.parametrize(("text", "entities", "wrong"), NOT_FOUND)
def test_place_a_body_is_in_is_not_the_of(
    text: str, entities: dict[str, list[str]], wrong: set, tools: Toolkit
) -> None:
    assert not wrong & _found(text, entities, tools)
