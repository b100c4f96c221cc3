"""A second title of the same person in a passage, with no of-phrase of its own, is of
the place of the first. Sentences written here; entities given by hand."""

from __future__ import annotations

import pytest
from test_realnews_shapes import _found

from coopwatch.tools import Toolkit

P = "per:Иван Петров"

# text, entities (key -> surface forms), positions that must be found
FOUND = [
    ("Делегацию возглавил заместитель председателя правительства Курской области – министр "
     "экономики Иван Петров.",
     {"RU-KRS": ["Курской области"], P: ["Иван Петров"]},
     {(P, "заместитель председателя правительства", "RU-KRS"),
      (P, "министр экономики", "RU-KRS")}),
    ("Соглашение подписал Иван Петров, вице-губернатор Амурской области, министр "
     "финансов.",
     {"RU-AMU": ["Амурской области"], P: ["Иван Петров"]},
     {(P, "министр финансов", "RU-AMU")}),
]

# text, entities, positions that must not be found
NOT_FOUND = [
    # an organization is not lent to the next title
    ("В форуме участвовал генеральный директор «Вектора» – депутат Иван Петров.",
     {"org:Вектор": ["«Вектора»"], P: ["Иван Петров"]},
     {(P, "депутат", "org:Вектор")}),
]


@pytest.mark.parametrize(("text", "entities", "expected"), FOUND)
def test_second_title_shares_the_place(
    text: str, entities: dict[str, list[str]], expected: set, tools: Toolkit
) -> None:
    assert expected <= _found(text, entities, tools)


@pytest.mark.parametrize(("text", "entities", "wrong"), NOT_FOUND)
def test_organization_not_shared(
    text: str, entities: dict[str, list[str]], wrong: set, tools: Toolkit
) -> None:
    assert not wrong & _found(text, entities, tools)
