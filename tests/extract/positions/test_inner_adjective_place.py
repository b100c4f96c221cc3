"""A place adjective inside a body's title that the gazetteer reads with the body word
as no place («Гомельского горисполкома») names the place the adjective alone refers to,
and a city's title is of the one city of it the document names (`of.py`,
_adjective_place).
Sentences written here; entities given by hand, places typed as the gazetteer types them."""

from __future__ import annotations

import pytest
from test_realnews_shapes import _found

from coopwatch.tools import Toolkit

P = "per:Иван Петров"

# text, entities (key -> surface forms), positions that must be found
FOUND = [
    ("Городом-побратимом Тулы стал Гомель. Документ подписан с председателем Гомельского "
     "горисполкома Иваном Петровым.",
     {"geo:Тула": ["Тулы"], "geo:Гомель": ["Гомель"], P: ["Иваном Петровым"]},
     {(P, "председатель горисполкома", "geo:Гомель")}),
]


@pytest.mark.parametrize(("text", "entities", "expected"), FOUND)
def test_adjective_inside_a_title_names_its_place(
    text: str, entities: dict[str, list[str]], expected: set, tools: Toolkit
) -> None:
    assert expected <= _found(text, entities, tools)
