"""A plural head title before a list of names: each name heads the place named in its
turn. Sentences written here; entities given by hand, places typed as the gazetteer
types them."""

from __future__ import annotations

import pytest
from test_realnews_shapes import _found

from coopwatch.tools import Toolkit

IVANOV, PETROV = "per:Олег Иванов", "per:Пётр Петров"

# text, entities (key -> surface forms), positions that must be found
FOUND = [
    ("Тверь и Витебск стали побратимами. Договор подписали мэры городов Олег Иванов и "
     "Пётр Петров.",
     {"geo:Тверь": ["Тверь"], "geo:Витебск": ["Витебск"], IVANOV: ["Олег Иванов"],
      PETROV: ["Пётр Петров"]},
     {(IVANOV, "мэр", "geo:Тверь"), (PETROV, "мэр", "geo:Витебск")}),
    ("Курская область и Чувашия заключили соглашение. Подписи поставили губернаторы "
     "территорий Олег Иванов и Пётр Петров.",
     {"RU-KRS": ["Курская область"], "RU-CU": ["Чувашия"], IVANOV: ["Олег Иванов"],
      PETROV: ["Пётр Петров"]},
     {(IVANOV, "губернатор", "RU-KRS"), (PETROV, "губернатор", "RU-CU")}),
    ("Соглашение заключили Курская область и Чувашия. Его завизировали руководители двух "
     "регионов России Олег Иванов и Пётр Петров.",
     {"RU-KRS": ["Курская область"], "RU-CU": ["Чувашия"], "RU": ["России"],
      IVANOV: ["Олег Иванов"], PETROV: ["Пётр Петров"]},
     {(IVANOV, "руководитель", "RU-KRS"), (PETROV, "руководитель", "RU-CU")}),
]

# text, entities, positions that must not be found
NOT_FOUND = [
    # three regions named for two heads: which is whose is not said
    ("Курская область, Чувашия и Марий Эл заключили соглашение. Его подписали губернаторы "
     "территорий Олег Иванов и Пётр Петров.",
     {"RU-KRS": ["Курская область"], "RU-CU": ["Чувашия"], "RU-ME": ["Марий Эл"],
      IVANOV: ["Олег Иванов"], PETROV: ["Пётр Петров"]},
     {(IVANOV, "губернатор", "RU-KRS"), (PETROV, "губернатор", "RU-CU")}),
    # an of-phrase that says more than the kind of place is not a pairing
    ("Тверь и Витебск стали побратимами. Договор подписали вице-мэры по экономике Олег "
     "Иванов и Пётр Петров.",
     {"geo:Тверь": ["Тверь"], "geo:Витебск": ["Витебск"], IVANOV: ["Олег Иванов"],
      PETROV: ["Пётр Петров"]},
     {(IVANOV, "вице-мэр", "geo:Тверь"), (PETROV, "вице-мэр", "geo:Витебск")}),
]


@pytest.mark.parametrize(("text", "entities", "expected"), FOUND)
def test_listed_heads_take_the_places_in_turn(
    text: str, entities: dict[str, list[str]], expected: set, tools: Toolkit
) -> None:
    assert expected <= _found(text, entities, tools)


@pytest.mark.parametrize(("text", "entities", "wrong"), NOT_FOUND)
def test_listed_heads_not_paired(
    text: str, entities: dict[str, list[str]], wrong: set, tools: Toolkit
) -> None:
    assert not wrong & _found(text, entities, tools)
