"""A city's adjective before «областной» names the region, not the city.
Sentences written here; entities given by hand."""

from __future__ import annotations

import pytest
from test_realnews_shapes import _found

from coopwatch.tools import Toolkit

PETROV = "per:Иван Петров"

# text, entities (key -> surface forms), positions that must be found
FOUND = [
    # a body named with a capital adjective: the territory is the region
    ("Соглашение подписал председатель Минского областного исполнительного комитета "
     "Иван Петров.",
     {"org:Минский областной исполнительный комитет": [
         "Минского областного исполнительного комитета"], PETROV: ["Иван Петров"]},
     {(PETROV, "председатель областного исполнительного комитета", "BY-MI")}),
    # a lower-case place adjective before «областного»: the region of that place
    ("Форум завершился встречей с председателем гомельского областного исполнительного "
     "комитета Иваном Петровым.",
     {PETROV: ["Иваном Петровым"]},
     {(PETROV, "председатель", "BY-HO")}),
]

# text, entities, positions that must not be found
NOT_FOUND = [
    ("Соглашение подписал председатель Минского областного исполнительного комитета "
     "Иван Петров.",
     {"org:Минский областной исполнительный комитет": [
         "Минского областного исполнительного комитета"], PETROV: ["Иван Петров"]},
     {(PETROV, "председатель областного исполнительного комитета", "geo:Минск")}),
]


@pytest.mark.parametrize(("text", "entities", "expected"), FOUND)
def test_region_named_by_centre_adjective(
    text: str, entities: dict[str, list[str]], expected: set, tools: Toolkit
) -> None:
    assert expected <= _found(text, entities, tools)


@pytest.mark.parametrize(("text", "entities", "wrong"), NOT_FOUND)
def test_centre_adjective_is_not_the_city(
    text: str, entities: dict[str, list[str]], wrong: set, tools: Toolkit
) -> None:
    assert not wrong & _found(text, entities, tools)
