"""An age written in figures («55-летний») is one of the adjectives that may stand
between an apposition mark and the title: «Иван Петров, 55-летний директор …»."""

from __future__ import annotations

from functools import partial

import pytest

import builders
from coopwatch.extract import positions
from coopwatch.tools import Toolkit

document = partial(builders.document, name_from_key=False)


# sentence, entities (key -> surface forms), expected {(person, title, of)}
AGE_CASES = [
    ("Олег Рябов, 55-летний директор компании «Вега», рассказал о новых заказах.",
     {"per:Олег Рябов": ["Олег Рябов"], "org:Вега": ["компании «Вега»"]},
     {("per:Олег Рябов", "директор", "org:Вега")}),
    ("Анна Лебедева, 41-летняя глава администрации Тулы, открыла выставку.",
     {"per:Анна Лебедева": ["Анна Лебедева"], "geo:Тула": ["Тулы"]},
     {("per:Анна Лебедева", "глава администрации", "geo:Тула")}),
]


@pytest.mark.parametrize(("text", "entities", "expected"), AGE_CASES)
def test_age_before_title(
    text: str, entities: dict[str, list[str]], expected: set, tools: Toolkit
) -> None:
    doc = positions.extract(document(text, tools, entities), tools)
    assert {(item.person, item.title, item.of) for item in doc.positions} == expected
