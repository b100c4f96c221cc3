"""«глава» of a place whose governor or president the same person is says that post a
second time: one position, the explicit title's."""

from __future__ import annotations

from functools import partial

import pytest

import builders
from coopwatch.extract import positions
from coopwatch.tools import Toolkit

document = partial(builders.document, name_from_key=False)


# sentence, entities (key -> surface forms), expected {(person, title, of)}
HEAD_SAID_TWICE_CASES = [
    ("Губернатор Курской области Иван Петров открыл завод. Глава Курской области "
     "Иван Петров отметил рост выпуска.",
     {"RU-KRS": ["Курской области"], "per:Иван Петров": ["Иван Петров"]},
     {("per:Иван Петров", "губернатор", "RU-KRS")}),
    # another place: both kept
    ("Губернатор Курской области Иван Петров, глава Союза промышленников Олег Рябов "
     "подписали договор.",
     {"RU-KRS": ["Курской области"], "org:Союз промышленников": ["Союза промышленников"],
      "per:Иван Петров": ["Иван Петров"], "per:Олег Рябов": ["Олег Рябов"]},
     {("per:Иван Петров", "губернатор", "RU-KRS"),
      ("per:Олег Рябов", "глава", "org:Союз промышленников")}),
]


@pytest.mark.parametrize(("text", "entities", "expected"), HEAD_SAID_TWICE_CASES)
def test_head_said_twice(
    text: str, entities: dict[str, list[str]], expected: set, tools: Toolkit
) -> None:
    doc = positions.extract(document(text, tools, entities), tools)
    assert {(item.person, item.title, item.of) for item in doc.positions} == expected
