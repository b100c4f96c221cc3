"""«губернатор региона» on a page whose main region has another head by an explicit
title is of the region that leads the rest (`stage.py`, _unheld_main_region).
Sentences written here; entities given by hand, places typed as the gazetteer types them."""

from __future__ import annotations

import pytest
from test_realnews_shapes import _found

from coopwatch.tools import Toolkit

P, S = "per:Иван Петров", "per:Пётр Сидоров"
TWO_HEADS = ("Ростовская область подружится с Орловской областью. Губернатор региона Иван "
             "Петров подписал соглашение с главой Орловской области Петром Сидоровым. "
             "Делегация Орловской области осталась довольна.")
ENTITIES = {"RU-ROS": ["Ростовская область"],
            "RU-ORL": ["Орловской областью", "Орловской области", "Орловской области"],
            P: ["Иван Петров"], S: ["Петром Сидоровым"]}

# text, entities (key -> surface forms), positions that must be found
FOUND = [
    (TWO_HEADS, ENTITIES, {(P, "губернатор", "RU-ROS"), (S, "глава", "RU-ORL")}),
]

# text, entities, positions that must not be found
NOT_FOUND = [
    (TWO_HEADS, ENTITIES, {(P, "губернатор", "RU-ORL")}),
]


@pytest.mark.parametrize(("text", "entities", "expected"), FOUND)
def test_region_word_skips_a_region_with_another_head(
    text: str, entities: dict[str, list[str]], expected: set, tools: Toolkit
) -> None:
    assert expected <= _found(text, entities, tools)


@pytest.mark.parametrize(("text", "entities", "wrong"), NOT_FOUND)
def test_region_word_is_not_of_the_other_heads_region(
    text: str, entities: dict[str, list[str]], wrong: set, tools: Toolkit
) -> None:
    assert not wrong & _found(text, entities, tools)
