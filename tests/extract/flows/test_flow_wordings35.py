"""Flows in wordings of session 35, from the dev half of the z… round: a city listed
among the receivers stands for its region, as a city does at either end of a flow
(«отправили в Москву, Омск, Якутск»); an amount of goods heads off; a dash with no comma
before it ends a «куда» clause; buyers of a firm's goods buy from the firm. The pages are written for this table in the shapes
of the pages read."""

from __future__ import annotations

import pytest

from coopwatch.pipeline import Pipeline
from coopwatch.records import Document

ENDS = [
    # cities after a region in one list of receivers
    ("Поставки рыбопродукции растут\n\nМагаданские компании отправили горбушу и кету в "
     "Москву, Омск и Якутск.", {("RU-MAG", "RU-MOW"), ("RU-MAG", "RU-OMS"),
                                ("RU-MAG", "RU-SA")}),
    # a list that a city opens
    ("Поставки рыбопродукции растут\n\nКамчатские рыбаки отправили минтай в Новосибирск, "
     "Томск и Свердловскую область.", {("RU-KAM", "RU-NVS"), ("RU-KAM", "RU-TOM"),
                                       ("RU-KAM", "RU-SVE")}),
    # a city among regions, the sender after the verb
    ("Вологодские продукты на полках соседей\n\nВ Архангельскую область, Мурманск и Карелию "
     "вологодские предприятия поставили 300 тонн молочной продукции.",
     {("RU-VLG", "RU-ARK"), ("RU-VLG", "RU-MUR"), ("RU-VLG", "RU-KR")}),
    # a foreign city keeps ending the list of countries it is in
    ("Омский экспорт\n\nОмская область отправила зерно в Китай, Монголию и Казахстан.",
     {("RU-OMS", "CN"), ("RU-OMS", "MN"), ("RU-OMS", "KZ")}),
    # an amount of goods that heads off («86 тонн корма направились в …»): goods, not
    # people travelling (z… dev)
    ("Экспорт из Смоленской области\n\nСмоленская область нарастила экспорт. 86 тонн корма "
     "и кормовых добавок направились в Узбекистан, Азербайджан и Грузию.",
     {("RU-SMO", "UZ"), ("RU-SMO", "AZ"), ("RU-SMO", "GE")}),
    # guard: people who head off carry no goods
    ("Делегация\n\nСмоленская область нарастила экспорт. 30 человек делегации направились "
     "в Узбекистан.", set()),
    # the countries a dash lists after «куда …» with no comma before the dash (z… dev)
    ("Экспорт рыбы\n\nОсновные страны, куда поставляется рыба и икра из Хабаровского края – "
     "Япония, Республика Корея и Китай.", {("RU-KHA", "JP"), ("RU-KHA", "KR"),
                                          ("RU-KHA", "CN")}),
    # guard: a city after the list, in another phrase, is no receiver
    ("Поставки угля\n\nКузбасс отправил уголь в Китай и Монголию, сообщили в Кемерове.",
     {("RU-KEM", "CN"), ("RU-KEM", "MN")}),
]


# buyers of an organization's goods buy from that organization (session 35, read dev:
# «покупателями угля АО «Дальтрансуголь» являются Китай, Индия, Малайзия»)
OWNERS = [
    ("Экспорт угля\n\nОсновными покупателями угля АО «Дальтрансуголь» являются Китай, "
     "Индия и Малайзия. Компания работает в Хабаровском крае.",
     {("org:Дальтрансуголь", "CN"), ("org:Дальтрансуголь", "IN"),
      ("org:Дальтрансуголь", "MY")}),
    ("Экспорт\n\nГлавными покупателями продукции компании «Сибагро» стали Казахстан и "
     "Китай. Предприятие находится в Томской области.",
     {("org:Сибагро", "KZ"), ("org:Сибагро", "CN")}),
    # guard: a region's goods keep their region
    ("Экспорт угля\n\nОсновными покупателями угля Кузбасса являются Китай и Индия.",
     {("RU-KEM", "CN"), ("RU-KEM", "IN")}),
]


@pytest.mark.parametrize(("text", "ends"), ENDS + OWNERS)
def test_ends(pipeline: Pipeline, text: str, ends: set[tuple[str, str]]) -> None:
    card = pipeline(Document(id="t", text=text))
    assert {(flow.source, flow.target) for flow in card.flows} == ends
