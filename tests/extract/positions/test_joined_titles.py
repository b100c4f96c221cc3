"""Two titles, each with its own of-phrase, joined by «и» before one name are that
person's, unless a plural verb after the name makes them two people's. Sentences written
here; entities given by hand."""

from __future__ import annotations

import pytest

import builders
from coopwatch.tools import Toolkit

# sentence, entities (key -> surface forms), positions that must be found
JOINED = [
    ("Председатель правительства Чувашии и министр финансов республики Иван Петров "
     "открыл выставку.",
     {"RU-CU": ["Чувашии"], "per:Иван Петров": ["Иван Петров"]},
     {("per:Иван Петров", "председатель правительства", "RU-CU"),
      ("per:Иван Петров", "министр финансов", "RU-CU")}),
    ("Глава компании «Вега» и председатель совета директоров банка «Восток» Олег Смирнов "
     "заявил об этом.",
     {"org:Вега": ["компании «Вега»"], "org:Восток": ["банка «Восток»"],
      "per:Олег Смирнов": ["Олег Смирнов"]},
     {("per:Олег Смирнов", "глава", "org:Вега"),
      ("per:Олег Смирнов", "председатель совета директоров", "org:Восток")}),
]

# sentence, entities, (person, title) that must not be found
APART = [
    # a plural verb: two people
    ("Мэр Твери и губернатор Тверской области Олег Смирнов подписали соглашение.",
     {"geo:Тверь": ["Твери"], "RU-TVE": ["Тверской области"],
      "per:Олег Смирнов": ["Олег Смирнов"]},
     ("per:Олег Смирнов", "мэр")),
    # two different places: two people, though the verb is no plural (y… dev yd14)
    ("При участии главы Омска и мэра Павлодара Ивана Петрова прошла церемония.",
     {"geo:Омск": ["Омска"], "geo:Павлодар": ["Павлодара"],
      "per:Иван Петров": ["Ивана Петрова"]},
     ("per:Иван Петров", "глава")),
    # a membership before a post is left to the post
    ("Гостей принял член правления банка «Восток» и директор завода «Вега» Иван Петров.",
     {"org:Восток": ["банка «Восток»"], "org:Вега": ["завода «Вега»"],
      "per:Иван Петров": ["Иван Петров"]},
     ("per:Иван Петров", "член")),
]


@pytest.mark.parametrize(("text", "entities", "expected"), JOINED)
def test_titles_joined_by_and_before_one_name_are_theirs(
    text: str, entities: dict[str, list[str]], expected: set, tools: Toolkit
) -> None:
    found = builders.positions_read(text, entities, tools)
    assert expected <= found, found


@pytest.mark.parametrize(("text", "entities", "pair"), APART)
def test_titles_joined_by_and_stay_apart(
    text: str, entities: dict[str, list[str]], pair: tuple, tools: Toolkit
) -> None:
    titles = builders.titles_read(text, entities, tools)
    assert pair not in titles, titles
