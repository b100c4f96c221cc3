"""Flows in wordings of session 31, from the dev half of the v… round: goods carried
«из X в Y», and goods after an adverbial «в основном». The pages are written for this
table; each row gives the flows (and goods) an annotator would mark."""

from __future__ import annotations

import pytest

from coopwatch.pipeline import Pipeline
from coopwatch.records import Document

# whole pages (headline and body), expected (from, to) pairs
PAGES: list[tuple[str, set[tuple[str, str]]]] = [
    # goods carried from one side to the other
    ("Приморье и Цзилинь подвели итоги года\n\nИз Приморского края в провинцию Цзилинь "
     "перевозили лес и металлолом.", {("RU-PRI", "CN-JL")}),
    ("Омская область нарастила вывоз зерна\n\nВ прошлом году в Казахстан перевезли "
     "200 тысяч тонн омской пшеницы.", {("RU-OMS", "KZ")}),
    # near miss: people carried are no goods
    ("Татарстан и Турция открыли рейс\n\nАвиакомпания перевозит пассажиров из Казани в "
     "Стамбул.", set()),
]


@pytest.mark.parametrize(("text", "expected"), PAGES)
def test_pages(pipeline: Pipeline, text: str, expected: set[tuple[str, str]]) -> None:
    doc = pipeline(Document(id="page", text=text))
    assert {(flow.source, flow.target) for flow in doc.flows} == expected


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
