"""A title in a body of an organization in a place («комитета партии … провинции X»)
is of the place named after the organization, not of the organization."""

from __future__ import annotations

import pytest

import builders
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
    # the body word after its adjectives
    ("Гостей встретил член постоянного комитета Коммунистической партии Китая города "
     "Харбина Ван Ган.",
     {"org:Коммунистическая партия Китая": ["Коммунистической партии Китая"],
      "geo:Харбин": ["Харбина"], "per:Ван Ган": ["Ван Ган"]},
     ("per:Ван Ган", "член", "geo:Харбин")),
]

# the organization stays the of where no place follows it
KEPT = [
    ("Губернатор встретился с секретарём комитета Коммунистической партии Китая Ли Мином.",
     {"org:Коммунистическая партия Китая": ["Коммунистической партии Китая"],
      "per:Ли Мин": ["Ли Мином"]},
     ("per:Ли Мин", "секретарь", "org:Коммунистическая партия Китая")),
]


@pytest.mark.parametrize(("text", "entities", "expected"), CASES + KEPT)
def test_title_in_a_branch_is_of_its_place(
    text: str, entities: dict[str, list[str]], expected: tuple, tools: Toolkit
) -> None:
    found = builders.positions_read(text, entities, tools)
    assert expected in found, found
