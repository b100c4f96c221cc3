"""Flows in wordings of session 31, from the dev half of the v… round: goods after an
adverbial «в основном». The pages are written for this table; each row gives the goods
an annotator would mark. (Goods carried «из X в Y», «перевозить», were tried and left
out: on pages it was not read from it gave two wrong flows and no right one.)"""

from __future__ import annotations

import pytest

from coopwatch.pipeline import Pipeline
from coopwatch.records import Document

# an adjective right after a preposition, in another case than the goods, is an
# adverbial of the verb, not a word of the goods' name
GOODS = [
    ("Приморье и Цзилинь подвели итоги года\n\nВ провинцию Цзилинь из Приморья поставляли "
     "в основном уголь и газ.", {"уголь", "газ"}),
    ("Омская область и Казахстан\n\nОмская область поставляет в Казахстан замороженные "
     "овощи.", {"замороженные овощи"}),
]


@pytest.mark.parametrize(("text", "goods"), GOODS)
def test_goods_after_an_adverbial(pipeline: Pipeline, text: str, goods: set[str]) -> None:
    doc = pipeline(Document(id="page", text=text))
    assert {name for flow in doc.flows for name in flow.goods} == goods
