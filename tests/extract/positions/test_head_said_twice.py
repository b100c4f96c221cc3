"""Titles that are no second post: «глава» of a place whose governor or president the
same person is says that post again (one position, the explicit title's); a title of a
group of people («лидер оппозиции») is no post at all."""

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


# a title of a group of people (`group_words.txt`) is no post; a body is
GROUP_CASES = [
    ("Лидер оппозиции Иван Петров призвал сторонников выйти на площадь.",
     {"per:Иван Петров": ["Иван Петров"]},
     set()),
    ("Анна Лебедева, которая теперь глава парламентского меньшинства, выступила первой.",
     {"per:Анна Лебедева": ["Анна Лебедева"]},
     set()),
    ("Председатель совета оппозиции Иван Петров призвал сторонников выйти на площадь.",
     {"per:Иван Петров": ["Иван Петров"]},
     {("per:Иван Петров", "председатель", None)}),
    ("Лидер партии «Рассвет» Иван Петров призвал сторонников выйти на площадь.",
     {"org:Рассвет": ["партии «Рассвет»"], "per:Иван Петров": ["Иван Петров"]},
     {("per:Иван Петров", "лидер", "org:Рассвет")}),
]


@pytest.mark.parametrize(("text", "entities", "expected"), GROUP_CASES)
def test_title_of_a_group_is_no_post(
    text: str, entities: dict[str, list[str]], expected: set, tools: Toolkit
) -> None:
    doc = positions.extract(document(text, tools, entities), tools)
    assert {(item.person, item.title, item.of) for item in doc.positions} == expected
