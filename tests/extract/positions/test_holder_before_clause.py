"""A holder named before a clause in commas that says more of them, by a participle or
«который», holds the title its link verb or «пост» gives after the clause; a person right
before the closing comma is nearer and holds it instead."""

from __future__ import annotations

from functools import partial

import pytest

import builders
from coopwatch.extract import positions
from coopwatch.tools import Toolkit

document = partial(builders.document, name_from_key=False)


# sentence, entities (key -> surface forms), expected {(person, title, of)}
CLAUSE_CASES = [
    ("Инженер Олег Рябов, не имевший опыта работы в банках, занял пост председателя "
     "правления банка «Заря».",
     {"per:Олег Рябов": ["Олег Рябов"], "org:Заря": ["банка «Заря»"]},
     {("per:Олег Рябов", "председатель правления", "org:Заря")}),
    ("Анна Лебедева, до весны руководившая фабрикой «Север», назначена директором "
     "компании «Вега».",
     {"per:Анна Лебедева": ["Анна Лебедева"], "org:Север": ["фабрикой «Север»"],
      "org:Вега": ["компании «Вега»"]},
     {("per:Анна Лебедева", "директор", "org:Вега")}),
    ("Иван Петров, который много лет работал в Туле, стал министром финансов "
     "Калужской области.",
     {"per:Иван Петров": ["Иван Петров"], "geo:Тула": ["Туле"],
      "RU-KLU": ["Калужской области"]},
     {("per:Иван Петров", "министр финансов", "RU-KLU")}),
    # the person before the closing comma is the holder, not the one before the clause
    ("Суд отпустил Олега Рябова, который сменил на посту Ивана Петрова, ныне "
     "занимающего пост директора компании «Вега».",
     {"per:Олег Рябов": ["Олега Рябова"], "per:Иван Петров": ["Ивана Петрова"],
      "org:Вега": ["компании «Вега»"]},
     {("per:Иван Петров", "директор", "org:Вега")}),
]


@pytest.mark.parametrize(("text", "entities", "expected"), CLAUSE_CASES)
def test_holder_before_clause(
    text: str, entities: dict[str, list[str]], expected: set, tools: Toolkit
) -> None:
    doc = positions.extract(document(text, tools, entities), tools)
    assert {(item.person, item.title, item.of) for item in doc.positions} == expected
