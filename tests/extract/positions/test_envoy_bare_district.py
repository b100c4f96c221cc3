"""An envoy's «в округе» with no name after it is of the district named last before by a
mention holding that word (`of.py`, _territory_named_before). Sentences written here;
entities given by hand."""

from __future__ import annotations

import pytest
from test_realnews_shapes import _found

from coopwatch.tools import Toolkit

P = "per:Иван Петров"
DISTRICT = "geo:Уральский федеральный округ"
BARE = ("В Уральском федеральном округе открыли новый завод. Как сообщил полпред "
        "президента России в округе Иван Петров, завод даст работу тысяче человек.")
ENTITIES = {DISTRICT: ["Уральском федеральном округе"], "RU": ["России"], P: ["Иван Петров"]}

# text, entities (key -> surface forms), positions that must be found
FOUND = [
    (BARE, ENTITIES, {(P, "полпред", DISTRICT)}),
]

# text, entities, positions that must not be found
NOT_FOUND = [
    (BARE, ENTITIES, {(P, "полпред", "RU")}),
]


@pytest.mark.parametrize(("text", "entities", "expected"), FOUND)
def test_bare_district_word_is_the_named_district(
    text: str, entities: dict[str, list[str]], expected: set, tools: Toolkit
) -> None:
    assert expected <= _found(text, entities, tools)


@pytest.mark.parametrize(("text", "entities", "wrong"), NOT_FOUND)
def test_envoy_is_not_of_the_sending_country(
    text: str, entities: dict[str, list[str]], wrong: set, tools: Toolkit
) -> None:
    assert not wrong & _found(text, entities, tools)
