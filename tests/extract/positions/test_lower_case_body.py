"""A body the text names elsewhere, written in lower case as a title's whole of-phrase:
«председатель верхней палаты», with «Верхняя палата» named before, is of that body; a
lower-case phrase that names no entity of the text gives no of."""

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
