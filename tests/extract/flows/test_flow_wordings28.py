"""Flows on pages about one region's exports, in wordings of session 28: buyers listed
with their shares in brackets, which the parser does not join into one list. The
sentences are written for this table; each row gives the flows an annotator would mark."""

from __future__ import annotations

import pytest

from coopwatch.pipeline import Pipeline
from coopwatch.records import Document

HEADLINE = "Томская область нарастила экспорт\n\n"


def pairs(pipeline: Pipeline, body: str) -> set[tuple[str, str]]:
    doc = pipeline(Document(id="wording", text=HEADLINE + body))
    return {(flow.source, flow.target) for flow in doc.flows}


# body, expected (from, to) pairs
WORDINGS: list[tuple[str, set[tuple[str, str]]]] = [
    # buyers with their shares in brackets, after a buyer noun with no verb
    ("Из региона вывезено 300 тысяч тонн зерна. В числе основных стран-покупателей Китай "
     "(27%), Киргизия (16%), Казахстан (14%).",
     {("RU-TOM", "CN"), ("RU-TOM", "KG"), ("RU-TOM", "KZ")}),
    ("Из региона вывезено 300 тысяч тонн зерна. Основные покупатели – Китай (27%), "
     "Киргизия (16%), Казахстан (14%).",
     {("RU-TOM", "CN"), ("RU-TOM", "KG"), ("RU-TOM", "KZ")}),
    # the same in a quote whose second part has a verb of its own
    ("Из региона вывезено 300 тысяч тонн зерна. «Также в числе основных стран-импортеров "
     "Китай (27%), Киргизия (16%), ещё 2% экспорта пришлись на Ирак и Таджикистан».",
     {("RU-TOM", "CN"), ("RU-TOM", "KG"), ("RU-TOM", "IQ"), ("RU-TOM", "TJ")}),
    # the same with a verb, and with «и» before the last
    ("Основными покупателями томского зерна стали Китай (27%), Киргизия (16%) и "
     "Казахстан (14%).", {("RU-TOM", "CN"), ("RU-TOM", "KG"), ("RU-TOM", "KZ")}),
    # a present passive participle, which the tagger calls active, reads as passive
    ("Более чем в 2,7 раза увеличилось количество ввозимой из КНР самоходной техники.",
     {("CN", "RU-TOM")}),
    ("Вырос объем поставляемой в Казахстан томской пшеницы.", {("RU-TOM", "KZ")}),
    # near miss: a list of another kind after the buyers stays out
    ("Основным покупателем томского зерна стал Китай (27%), в Ханты-Мансийском округе "
     "прошла выставка.", {("RU-TOM", "CN")}),
]


# whole pages (headline and body), expected (from, to) pairs
PAGES: list[tuple[str, set[tuple[str, str]]]] = [
    # the partners joining a group of the top ones by a volume of trade: the page's
    # exports go to them, its imports come from them
    ("Витебская область наращивает торговлю с Россией\n\nВ первую четверку по "
     "наибольшему объему экспорта входят Московская область, Смоленская область и "
     "Санкт-Петербург.", {("BY-VI", "RU-MOS"), ("BY-VI", "RU-SMO"), ("BY-VI", "RU-SPE")}),
    ("Томская область нарастила торговлю\n\nВ тройку по объему импорта вошли Китай, "
     "Казахстан и Германия.", {("CN", "RU-TOM"), ("KZ", "RU-TOM"), ("DE", "RU-TOM")}),
    # near miss: a group by another measure
    ("Томская область нарастила торговлю\n\nВ первую тройку по числу туристов вошли "
     "Китай и Казахстан.", set()),
    # a change «в 2,8 раза» in brackets after a buyer's amount is no goods of anyone's
    ("Турция стала главным покупателем российской пшеницы\n\nТурция вышла на первое место "
     "по закупкам российской пшеницы. В число покупателей вошли Саудовская Аравия, "
     "нарастившая ввоз российской пшеницы на 20%, и Бангладеш - 1,3 млн тонн (в 2,8 раза "
     "больше).", {("RU", "TR"), ("RU", "SA"), ("RU", "BD")}),
]


@pytest.mark.parametrize(("text", "expected"), PAGES)
def test_pages(pipeline: Pipeline, text: str, expected: set[tuple[str, str]]) -> None:
    doc = pipeline(Document(id="page", text=text))
    assert {(flow.source, flow.target) for flow in doc.flows} == expected


@pytest.mark.parametrize(("body", "expected"), WORDINGS)
def test_wordings(pipeline: Pipeline, body: str, expected: set[tuple[str, str]]) -> None:
    assert pairs(pipeline, body) == expected
