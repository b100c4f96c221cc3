"""Bodies of an of-phrase: one the text names elsewhere, written in lower case as a
title's whole of-phrase («председатель верхней палаты», with «Верхняя палата» named
before), is that body; a lower-case phrase that names no entity gives no of; a second
body joined by «и» in the genitive («председатель Совета министров и Государственного
совета») is of the title too."""

from __future__ import annotations

from functools import partial

import pytest

import builders
from coopwatch.extract import positions
from coopwatch.tools import Toolkit

document = partial(builders.document, name_from_key=False)


# sentence, entities (key -> surface forms), expected {(person, title, of)}
LOWER_CASE_BODY_CASES = [
    ("Верхняя палата собралась во вторник. Председатель верхней палаты Олег Рябов "
     "открыл заседание.",
     {"org:Верхняя палата": ["Верхняя палата"], "per:Олег Рябов": ["Олег Рябов"]},
     {("per:Олег Рябов", "председатель", "org:Верхняя палата")}),
    ("Бывший спикер национальной ассамблеи, Анна Лебедева, выступила первой. "
     "Национальная ассамблея приняла закон.",
     {"org:Национальная ассамблея": ["Национальная ассамблея"],
      "per:Анна Лебедева": ["Анна Лебедева"]},
     {("per:Анна Лебедева", "спикер", "org:Национальная ассамблея")}),
    # no entity of that name: no of
    ("Председатель верхней палаты Олег Рябов открыл заседание.",
     {"per:Олег Рябов": ["Олег Рябов"]},
     {("per:Олег Рябов", "председатель", None)}),
]


@pytest.mark.parametrize(("text", "entities", "expected"), LOWER_CASE_BODY_CASES)
def test_lower_case_body_named_elsewhere(
    text: str, entities: dict[str, list[str]], expected: set, tools: Toolkit
) -> None:
    doc = positions.extract(document(text, tools, entities), tools)
    assert {(item.person, item.title, item.of) for item in doc.positions} == expected


# a second body joined by «и» in the genitive: the title is of both
SECOND_BODY_CASES = [
    ("Слово взял Иван Петров, председатель Совета министров и Государственного совета.",
     {"org:Совет министров": ["Совета министров"],
      "org:Государственный совет": ["Государственного совета"],
      "per:Иван Петров": ["Иван Петров"]},
     {("per:Иван Петров", "председатель", "org:Совет министров"),
      ("per:Иван Петров", "председатель", "org:Государственный совет")}),
    # «и» before a nominative body starts a new subject
    ("Председатель Совета министров Иван Петров и Государственный совет одобрили план.",
     {"org:Совет министров": ["Совета министров"],
      "org:Государственный совет": ["Государственный совет"],
      "per:Иван Петров": ["Иван Петров"]},
     {("per:Иван Петров", "председатель", "org:Совет министров")}),
    ("Иван Петров, член Попечительского совета и Государственная дума обсудили план.",
     {"org:Попечительский совет": ["Попечительского совета"],
      "org:Государственная дума": ["Государственная дума"],
      "per:Иван Петров": ["Иван Петров"]},
     {("per:Иван Петров", "член", "org:Попечительский совет")}),
]


@pytest.mark.parametrize(("text", "entities", "expected"), SECOND_BODY_CASES)
def test_second_body_joined_by_and(
    text: str, entities: dict[str, list[str]], expected: set, tools: Toolkit
) -> None:
    doc = positions.extract(document(text, tools, entities), tools)
    assert {(item.person, item.title, item.of) for item in doc.positions} == expected
