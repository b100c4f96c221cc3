"""Flows in wordings of session 29, from the dev half of its fresh round: the maker's
adjective on a noun of making after the goods, an adjective that two countries share,
and a subject with an aside between dashes. The pages are written for this table; each
row gives the flows an annotator would mark."""

from __future__ import annotations

import pytest

from coopwatch.pipeline import Pipeline
from coopwatch.records import Document

# whole pages (headline and body), expected (from, to) pairs
PAGES: list[tuple[str, set[tuple[str, str]]]] = [
    # «белорусского производства» after the goods, hung by the parser on the supply noun
    ("Омская область и Белоруссия обсудили сотрудничество\n\nПланируется расширить "
     "поставки коммунальной техники белорусского производства для городов Омской области.",
     {("BY", "RU-OMS")}),
    ("Тверская область и Узбекистан подписали план\n\nОбсуждались поставки текстиля "
     "узбекского производства для предприятий Тверской области.", {("UZ", "RU-TVE")}),
    # «корейский» means the Korea the page names
    ("Приморье укрепляет связи с Южной Кореей\n\nВ основном это поставки корейских "
     "комплектующих для приморских судостроительных предприятий.", {("KR", "RU-PRI")}),
    ("Приморье и КНДР обсудили торговлю\n\nОбсуждались поставки корейских морепродуктов "
     "для приморских перерабатывающих заводов.", {("KP", "RU-PRI")}),
    # near miss: a page that names both Koreas gives the adjective no country
    ("Приморье ведет переговоры с КНДР и Южной Кореей\n\nВ основном это поставки "
     "корейских комплектующих для приморских предприятий.", set()),
    # an aside between dashes after the subject is no second supplier
    ("Сахалинская область и Амурская область подписали соглашение\n\nАмурская область – "
     "как основной аграрный регион Дальнего Востока – поставляет на Сахалин племенной скот "
     "и комбикорма.", {("RU-AMU", "RU-SAK")}),
    ("Омская область и Казахстан подписали соглашение\n\nОмская область — один из "
     "ведущих аграрных регионов Сибири — экспортирует в Казахстан пшеницу.", {("RU-OMS", "KZ")}),
]


@pytest.mark.parametrize(("text", "expected"), PAGES)
def test_pages(pipeline: Pipeline, text: str, expected: set[tuple[str, str]]) -> None:
    doc = pipeline(Document(id="page", text=text))
    assert {(flow.source, flow.target) for flow in doc.flows} == expected
