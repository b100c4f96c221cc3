"""Flows in wordings of session 33, from the dev half of the y… round: a page on one
region's supplies to several others (the unnamed sender is the page's region), receivers
told after the verb's own with their amounts and no verb («в Северную Осетию – 1,2
тонны чеснока»), a name in its bare form the tagger read as a locative («в
Башкортостан»), days of the week as time («сообщил в пятницу глава Татарстана»), and
goods imported «в X, Y и Z» with no importer named. The pages are written for this table in the shapes of the pages read."""

from __future__ import annotations

import pytest

from coopwatch.pipeline import Pipeline
from coopwatch.records import Document

ENDS = [
    # a page on one region's supplies to three others: the sender is the page's region
    ("Поставки зерна из Курганской области в регионы России выросли\n\nКурганская область "
     "с начала года отправила в другие регионы 12 тыс. тонн зерна. Больше всего зерна "
     "отправили в Челябинскую область. В Тюменскую область поставили 800 тонн пшеницы.",
     {("RU-KGN", "RU-CHE"), ("RU-KGN", "RU-TYU")}),
    # receivers after the verb's own, each with its amount after a dash
    ("Кировские овощи едут в соседние регионы\n\nИз Кировской области в другие субъекты "
     "отгружено 300 тонн овощей. В Пермский край поставили 40 тонн моркови, в Удмуртию – "
     "12 тонн лука, в Башкирию – 5 тонн капусты.",
     {("RU-KIR", "RU-PER"), ("RU-KIR", "RU-UD"), ("RU-KIR", "RU-BA")}),
    ("Поставки картофеля из Брянской области выросли\n\nС территории Брянской области в "
     "другие регионы отправили 900 тонн картофеля. В Калужскую область отгрузили 120 тонн "
     "картофеля, в Орловскую область – 45 тонн, в Курскую область – 30 тонн.",
     {("RU-BRY", "RU-KLU"), ("RU-BRY", "RU-ORL"), ("RU-BRY", "RU-KRS")}),
    # fish named by its kind is goods (session 34, the z… dev half)
    ("Поставки рыбопродукции растут. Магаданская область отправила горбушу в "
     "Новосибирскую область.",
     {("RU-MAG", "RU-NVS")}),
    # «в Башкортостан» in its bare form goes there, whatever case the tagger gives it
    ("Дагестан отправил черешню в другие регионы\n\nЧерешню из Дагестана в этом году "
     "начали поставлять в другие регионы страны. «Республика начала отгрузки свежей "
     "черешни в Башкортостан и Татарстан, Самарскую и Саратовскую области», — сообщили в "
     "ведомстве.",
     {("RU-DA", "RU-BA"), ("RU-DA", "RU-TA"), ("RU-DA", "RU-SAM"), ("RU-DA", "RU-SAR")}),
    # «импортируют … в X, Y и Z» with no importer named: the places the goods go into
    # receive, from where the goods come
    ("Омская пшеница на экспорт\n\nОмская область нарастила экспорт зерна. Больше всего "
     "импортируют омскую пшеницу в Казахстан (120 тыс. тонн), Узбекистан (40 тыс. тонн) и "
     "Киргизию (5 тыс. тонн).", {("RU-OMS", "KZ"), ("RU-OMS", "UZ"), ("RU-OMS", "KG")}),
    # … while a named importer buys where the locative says
    ("Курская область и Беларусь\n\nКурская область импортирует в Беларуси строительную "
     "технику.", {("BY", "RU-KRS")}),
    # «в среду» is when: the speaker's region after it receives nothing
    ("Татарстан и Узбекистан\n\nТатарстан поставляет технику в Узбекистан. Сейчас в страну "
     "идут поставки самосвалов, сообщил в среду глава Татарстана Рустам Минниханов на "
     "встрече с послом.", {("RU-TA", "UZ")}),
]

# a receiver told with no verb takes the goods of its own amount, else the verb's
GOODS = [
    ("Кировские овощи едут в соседние регионы\n\nИз Кировской области в другие субъекты "
     "отгружено 300 тонн овощей. В Пермский край поставили 40 тонн моркови, в Удмуртию – "
     "12 тонн лука, в Башкирию – 5 тонн капусты.",
     {"RU-PER": ("морковь",), "RU-UD": ("лук",), "RU-BA": ("капуста",)}),
    ("Поставки картофеля из Брянской области выросли\n\nС территории Брянской области в "
     "другие регионы отправили 900 тонн картофеля. В Калужскую область отгрузили 120 тонн "
     "картофеля, в Орловскую область – 45 тонн, в Курскую область – 30 тонн.",
     {"RU-KLU": ("картофель",), "RU-ORL": ("картофель",), "RU-KRS": ("картофель",)}),
]


@pytest.mark.parametrize(("text", "ends"), ENDS)
def test_ends(pipeline: Pipeline, text: str, ends: set[tuple[str, str]]) -> None:
    doc = pipeline(Document(id="page", text=text))
    assert {(flow.source, flow.target) for flow in doc.flows} == ends


@pytest.mark.parametrize(("text", "goods"), GOODS)
def test_goods(pipeline: Pipeline, text: str, goods: dict[str, tuple[str, ...]]) -> None:
    doc = pipeline(Document(id="page", text=text))
    assert {flow.target: flow.goods for flow in doc.flows} == goods
