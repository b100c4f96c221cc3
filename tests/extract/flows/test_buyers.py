"""Buyers named as members of a group: «в топ-5 покупателей вошли Египет и Иран»."""

from __future__ import annotations

import pytest

from builders import document
from coopwatch.extract import flows
from coopwatch.tools import Toolkit

# text, entities, expected (from, to) pairs
CASES = [
    # the subject of «войти в число покупателей» buys; the goods' adjective sells
    ("В число крупнейших покупателей омского зерна вошли Египет и Иран.",
     {"RU-OMS": ["омского"], "EG": ["Египет"], "IR": ["Иран"]},
     {("RU-OMS", "EG"), ("RU-OMS", "IR")}),
    # a member joined after a participle's phrase is read in any case
    ("В топ-3 покупателей омского зерна вошли Египет, нарастивший закупки на 5%, и "
     "Бангладеш.",
     {"RU-OMS": ["омского"], "EG": ["Египет"], "BD": ["Бангладеш"]},
     {("RU-OMS", "EG"), ("RU-OMS", "BD")}),
    # a sentence with no verb: the group and the compound «стран-импортеров», then a dash
    ("Из Вологодской области вывезено 0,8 млн куб. м лесоматериалов. Также в числе "
     "стран-импортеров — Китай (17,2%), Казахстан (12,1%), Киргизия (6,4%).",
     {"RU-VLG": ["Вологодской области"], "CN": ["Китай"], "KZ": ["Казахстан"],
      "KG": ["Киргизия"]},
     {("RU-VLG", "CN"), ("RU-VLG", "KZ"), ("RU-VLG", "KG")}),
    # no verb and no dash: the names after the group buy, from the one sender so far
    ("Турция является одним из основных покупателей российской пшеницы. Также в числе ее "
     "традиционных покупателей Египет и Иран.",
     {"TR": ["Турция"], "RU": ["российской"], "EG": ["Египет"], "IR": ["Иран"]},
     {("RU", "TR"), ("RU", "EG"), ("RU", "IR")}),
    # «география экспорта представлена …»: the countries after it receive
    ("Из Хакасии на экспорт отправлено 31,2 тысячи кубометров лесоматериала. Кроме того, "
     "география экспорта была представлена Узбекистаном (9%), Таджикистаном (6%), а "
     "также Монголией.",
     {"RU-KK": ["Хакасии"], "UZ": ["Узбекистаном"], "TJ": ["Таджикистаном"],
      "MN": ["Монголией"]},
     {("RU-KK", "UZ"), ("RU-KK", "TJ"), ("RU-KK", "MN")}),
    # a group that no verb puts a subject in names no buyer
    ("Список покупателей омского зерна, где есть Египет и Иран, опубликован.",
     {"RU-OMS": ["омского"], "EG": ["Египет"], "IR": ["Иран"]},
     set()),
]


@pytest.mark.parametrize(("text", "entities", "expected"), CASES)
def test_buyers_in_a_group(tools: Toolkit, text: str, entities: dict[str, list[str]],
                           expected: set[tuple[str, str]]) -> None:
    doc = flows.extract(document(text, tools, entities), tools)
    assert {(flow.source, flow.target) for flow in doc.flows} == expected
