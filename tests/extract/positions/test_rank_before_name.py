"""A lower-case title right before a name, inside the of-phrase of another title that
runs on to that name, is read too: the holder's rank («командующего флотом адмирала
…»). A title in another case than the name's is whose the first post is. Sentences
written here; entities given by hand."""

from __future__ import annotations

import pytest

import builders
from coopwatch.tools import Toolkit

# sentence, entities (key -> surface forms), positions that must be found
RANKED = [
    ("Министр уволил командующего Северным флотом адмирала Виктора Орлова.",
     {"org:Северный флот": ["Северным флотом"], "per:Виктор Орлов": ["Виктора Орлова"]},
     {("per:Виктор Орлов", "командующий", "org:Северный флот"),
      ("per:Виктор Орлов", "адмирал", None)}),
    ("Указ касается начальника штаба округа генерал-майора Олега Смирнова.",
     {"per:Олег Смирнов": ["Олега Смирнова"]},
     {("per:Олег Смирнов", "генерал-майор", None)}),
]

# sentence, entities, (person, title) that must not be found
NOT_RANKED = [
    ("Об этом сообщил пресс-секретарь президента Иван Петров.",
     {"per:Иван Петров": ["Иван Петров"]},
     ("per:Иван Петров", "президент")),
]


@pytest.mark.parametrize(("text", "entities", "expected"), RANKED)
def test_rank_right_before_the_name_is_read(
    text: str, entities: dict[str, list[str]], expected: set, tools: Toolkit
) -> None:
    found = builders.positions_read(text, entities, tools)
    assert expected <= found, found


@pytest.mark.parametrize(("text", "entities", "pair"), NOT_RANKED)
def test_title_in_another_case_is_not_the_names(
    text: str, entities: dict[str, list[str]], pair: tuple, tools: Toolkit
) -> None:
    titles = builders.titles_read(text, entities, tools)
    assert pair not in titles, titles
