"""A title after «при» is the office a post is attached to: it belongs to the of-phrase
and does not end the search for the holder named after it."""

from __future__ import annotations

import pytest

import builders
from coopwatch.extract import positions
from coopwatch.tools import Toolkit

# sentence, entities (key -> surface forms), a (person, title) that must be found
CASES = [
    ("Делегацию принял постпред Чувашии при президенте России Иван Петров.",
     {"RU-CU": ["Чувашии"], "RU": ["России"], "per:Иван Петров": ["Иван Петров"]},
     ("per:Иван Петров", "постпред")),
    # two titles of one person, the second attached to an office
    ("Встречу провёл министр экономики Крыма, постпред республики при президенте России "
     "Олег Сидоров.",
     {"RU-91": ["Крыма"], "RU": ["России"], "per:Олег Сидоров": ["Олег Сидоров"]},
     ("per:Олег Сидоров", "министр экономики")),
]


def _found(text: str, entities: dict[str, list[str]], tools: Toolkit) -> set[tuple]:
    """(person, title) of every position read from `text` with these entities."""
    doc = positions.extract(builders.document(text, tools, entities, name_from_key=False),
                            tools)
    return {(p.person, p.title) for p in doc.positions}


@pytest.mark.parametrize(("text", "entities", "expected"), CASES)
def test_title_after_pri_does_not_stop_the_holder_search(
    text: str, entities: dict[str, list[str]], expected: tuple, tools: Toolkit
) -> None:
    found = _found(text, entities, tools)
    assert expected in found, found


def test_title_in_another_case_still_stops_it(tools: Toolkit) -> None:
    text = "Беседу с корреспондентом газеты провёл лидер партии Иван Петров."
    found = _found(text, {"per:Иван Петров": ["Иван Петров"]}, tools)
    assert ("per:Иван Петров", "корреспондент") not in found, found
