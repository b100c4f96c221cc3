"""A prefix title joined to a body's title with a place adjective inside it keeps the
title without the adjective: «заместитель председателя Гомельского облисполкома» is
«заместитель председателя облисполкома» (of the region the adjective names)."""

from __future__ import annotations

import pytest

import builders
from coopwatch.tools import Toolkit

# sentence, entities (key -> surface forms), expected (person, title, of)
CASES = [
    ("Заместитель председателя Гомельского облисполкома Иван Петров прибыл в Брянск.",
     {"per:Иван Петров": ["Иван Петров"], "geo:Брянск": ["Брянск"]},
     ("per:Иван Петров", "заместитель председателя облисполкома", "BY-HO")),
    ("Первый заместитель председателя Брестского облисполкома Олег Сидоров выступил.",
     {"per:Олег Сидоров": ["Олег Сидоров"]},
     ("per:Олег Сидоров", "первый заместитель председателя облисполкома", "BY-BR")),
]


@pytest.mark.parametrize(("text", "entities", "expected"), CASES)
def test_joined_title_leaves_out_the_place_adjective(
    text: str, entities: dict[str, list[str]], expected: tuple, tools: Toolkit
) -> None:
    found = builders.positions_read(text, entities, tools)
    assert expected in found, found
