"""A title in a body of an organization in a place («комитета партии … провинции X»)
is of the place named after the organization, not of the organization."""

from __future__ import annotations

import pytest

import builders
from coopwatch.extract import positions
from coopwatch.tools import Toolkit

# sentence, entities (key -> surface forms), expected (person, title, of)
CASES = [
    ("Губернатор встретился с секретарём комитета Коммунистической партии Китая "
     "провинции Хэйлунцзян Ли Мином.",
     {"org:Коммунистическая партия Китая": ["Коммунистической партии Китая"],
      "CN-HL": ["провинции Хэйлунцзян"], "per:Ли Мин": ["Ли Мином"]},
     ("per:Ли Мин", "секретарь", "CN-HL")),
    ("Делегацию принял первый секретарь горкома Коммунистической партии Китая города "
     "Харбина Ван Ган.",
     {"org:Коммунистическая партия Китая": ["Коммунистической партии Китая"],
      "geo:Харбин": ["Харбина"], "per:Ван Ган": ["Ван Ган"]},
     ("per:Ван Ган", "первый секретарь", "geo:Харбин")),
]

# the organization stays the of where no place follows it
KEPT = [
    ("Губернатор встретился с секретарём комитета Коммунистической партии Китая Ли Мином.",
     {"org:Коммунистическая партия Китая": ["Коммунистической партии Китая"],
      "per:Ли Мин": ["Ли Мином"]},
     ("per:Ли Мин", "секретарь", "org:Коммунистическая партия Китая")),
]


def _found(text: str, entities: dict[str, list[str]], tools: Toolkit) -> set[tuple]:
    """(person, title, of) of every position read from `text` with these entities."""
    doc = positions.extract(builders.document(text, tools, entities, name_from_key=False),
                            tools)
    return {(p.person, p.title, p.of) for p in doc.positions}


@pytest.mark.parametrize(("text", "entities", "expected"), CASES + KEPT)
def test_title_in_a_branch_is_of_its_place(
    text: str, entities: dict[str, list[str]], expected: tuple, tools: Toolkit
) -> None:
    found = _found(text, entities, tools)
    assert expected in found, found
