"""A headline that gives a head's post alone names the page's protagonist, even when the
text names them only further on (`stage.py`, _headline_post).
Sentences written here; entities given by hand, places typed as the gazetteer types them."""

from __future__ import annotations

import pytest
from test_realnews_shapes import _found

from coopwatch.tools import Toolkit

SOKOLOV = "per:Иван Соколов"
HEADLINE = ("Губернатор Тверской области принял делегацию из Ирана\n"
            "Встреча прошла в областном правительстве. Гости осмотрели предприятия. "
            "Иван Соколов предложил расширить поставки зерна.")
ENTITIES = {SOKOLOV: ["Иван Соколов"], "RU-TVE": ["Тверской области"], "IR": ["Ирана"]}

# text, entities (key -> surface forms), positions that must be found
FOUND = [
    (HEADLINE, ENTITIES, {(SOKOLOV, "губернатор", "RU-TVE")}),
]

# text, entities, positions that must not be found
NOT_FOUND = [
    # a headline that names no post: a person named only later is not given one
    ("Тверская область примет делегацию из Ирана\n"
     "Встреча прошла в правительстве. Гости осмотрели предприятия. Губернатор Тверской "
     "области и Пётр Лебедев подписали соглашение. Иван Соколов его одобрил.",
     {SOKOLOV: ["Иван Соколов"], "RU-TVE": ["Тверская область", "Тверской области"],
      "per:Пётр Лебедев": ["Пётр Лебедев"], "IR": ["Ирана"]},
     {(SOKOLOV, "губернатор", "RU-TVE")}),
]


@pytest.mark.parametrize(("text", "entities", "expected"), FOUND)
def test_headline_post_is_the_protagonists(
    text: str, entities: dict[str, list[str]], expected: set, tools: Toolkit
) -> None:
    assert expected <= _found(text, entities, tools)


@pytest.mark.parametrize(("text", "entities", "wrong"), NOT_FOUND)
def test_no_headline_post_gives_no_post(
    text: str, entities: dict[str, list[str]], wrong: set, tools: Toolkit
) -> None:
    assert not wrong & _found(text, entities, tools)
