"""A place the of-phrase names in a form none of its mentions has («секретарь
партийного комитета Чанчуня» on a page that says «в Чанчуне») is found by the gazetteer
when the document names it elsewhere (`of.py`, _place_in_other_form).
Sentences written here; entities given by hand, places typed as the gazetteer types them."""

from __future__ import annotations

import pytest
from test_realnews_shapes import _found

from coopwatch.tools import Toolkit

P = "per:Ли Мин"

# text, entities (key -> surface forms), positions that must be found
FOUND = [
    ("Губернатор побывает в Чанчуне. Он проведет переговоры с секретарем партийного "
     "комитета Чанчуня Ли Мином.",
     {"geo:Чанчунь": ["Чанчуне"], P: ["Ли Мином"]},
     {(P, "секретарь", "geo:Чанчунь")}),
]

# text, entities, positions that must not be found
NOT_FOUND = [
    # a place the document does not name is not taken from the gazetteer
    ("Губернатор проведет переговоры с секретарем партийного комитета Чанчуня Ли Мином.",
     {P: ["Ли Мином"]},
     {(P, "секретарь", "geo:Чанчунь")}),
]


@pytest.mark.parametrize(("text", "entities", "expected"), FOUND)
def test_place_named_in_another_form(
    text: str, entities: dict[str, list[str]], expected: set, tools: Toolkit
) -> None:
    assert expected <= _found(text, entities, tools)


@pytest.mark.parametrize(("text", "entities", "wrong"), NOT_FOUND)
def test_place_the_page_does_not_name(
    text: str, entities: dict[str, list[str]], wrong: set, tools: Toolkit
) -> None:
    assert not wrong & _found(text, entities, tools)
