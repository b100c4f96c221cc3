"""A nominative title of a body has no person as its of-phrase: a name right after it
that the tagger reads as a genitive holds the title. A title on a person's staff («пресс-
секретарь», «советник») or a profession keeps the name as whose it is, and so does a second
noun between the title and the name. Sentences written here; entities given by hand."""

from __future__ import annotations

import pytest

import builders
from coopwatch.tools import Toolkit

# sentence, entities (key -> surface forms), the position that must be found
HELD = [
    ("Председатель правления банка «Вега» Ивана Петрова заявил об этом.",
     {"per:Иван Петров": ["Ивана Петрова"], "org:Вега": ["банка «Вега»"]},
     ("per:Иван Петров", "председатель правления", "org:Вега")),
    ("«Мы победим», — заявил лидер Народного фронта Олега Смирнова.",
     {"per:Олег Смирнов": ["Олега Смирнова"], "org:Народный фронт": ["Народного фронта"]},
     ("per:Олег Смирнов", "лидер", "org:Народный фронт")),
]

# sentence, entities, the person who must hold no title there
WHOSE = [
    # a post on a person's staff
    ("Советник Олега Смирнова выступил на форуме.",
     {"per:Олег Смирнов": ["Олега Смирнова"]},
     "per:Олег Смирнов"),
    # a profession
    ("Адвокат Ивана Петрова подал жалобу.",
     {"per:Иван Петров": ["Ивана Петрова"]},
     "per:Иван Петров"),
    # a second noun between the title and the name
    ("Павел Орлов, лидер и давний соратник Ивана Петрова, выступил на форуме.",
     {"per:Павел Орлов": ["Павел Орлов"], "per:Иван Петров": ["Ивана Петрова"]},
     "per:Иван Петров"),
]


@pytest.mark.parametrize(("text", "entities", "expected"), HELD)
def test_genitive_read_name_after_a_body_title_holds_it(
    text: str, entities: dict[str, list[str]], expected: tuple, tools: Toolkit
) -> None:
    found = builders.positions_read(text, entities, tools)
    assert expected in found, found


@pytest.mark.parametrize(("text", "entities", "person"), WHOSE)
def test_genitive_name_after_a_staff_title_is_whose(
    text: str, entities: dict[str, list[str]], person: str, tools: Toolkit
) -> None:
    found = builders.positions_read(text, entities, tools)
    assert not any(who == person for who, _, _ in found), found
