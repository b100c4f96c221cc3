"""Goods made for a customer: «завод изготовит комбайн по заказу Амурской области»."""

from __future__ import annotations

import pytest

from builders import document
from coopwatch.extract import flows
from coopwatch.tools import Toolkit

# text, entities, expected (from, to) pairs
CASES = [
    # «по заказу X»: the customer in the genitive, a ministry's region standing for it
    ("Гомсельмаш в этом году изготовит гусеничный комбайн по заказу Минсельхоза "
     "Амурской области.",
     {"org:Гомсельмаш": ["Гомсельмаш"], "RU-AMU": ["Амурской области"]},
     {("org:Гомсельмаш", "RU-AMU")}),
    ("По заказу Кемеровской области Усть-Катавский завод выпустит 30 трамвайных вагонов.",
     {"RU-KEM": ["Кемеровской области"],
      "org:Усть-Катавский вагоностроительный завод": ["Усть-Катавский завод"]},
     {("org:Усть-Катавский вагоностроительный завод", "RU-KEM")}),
    # «для X»: an organization or a region, before or after the verb
    ("Компания «Автокомпонент» будет выпускать сиденья и компоненты для концерна Hyundai.",
     {"org:Автокомпонент": ["Автокомпонент"], "org:Hyundai": ["Hyundai"]},
     {("org:Автокомпонент", "org:Hyundai")}),
    ("Для Ростовской области Гомсельмаш изготовит 40 комбайнов.",
     {"RU-ROS": ["Ростовской области"], "org:Гомсельмаш": ["Гомсельмаш"]},
     {("org:Гомсельмаш", "RU-ROS")}),
    ("Минский автомобильный завод изготовит 40 автобусов для Ростовской области.",
     {"RU-ROS": ["Ростовской области"],
      "org:Минский автомобильный завод": ["Минский автомобильный завод"]},
     {("org:Минский автомобильный завод", "RU-ROS")}),
    # no customer named, or no maker: making alone is no supply
    ("Минский автомобильный завод в этом году выпустит 4 тысячи автобусов.",
     {"org:Минский автомобильный завод": ["Минский автомобильный завод"]},
     set()),
    ("Для Ростовской области изготовят 40 автобусов.",
     {"RU-ROS": ["Ростовской области"]},
     set()),
    # what is made must be goods: a film or a report is none
    ("Телеканал «Дон» выпустит фильм для Ростовской области.",
     {"org:Дон": ["Дон"], "RU-ROS": ["Ростовской области"]},
     set()),
]


@pytest.mark.parametrize(("text", "entities", "expected"), CASES)
def test_goods_made_for_a_customer(tools: Toolkit, text: str,
                                   entities: dict[str, list[str]],
                                   expected: set[tuple[str, str]]) -> None:
    doc = flows.extract(document(text, tools, entities), tools)
    assert {(flow.source, flow.target) for flow in doc.flows} == expected
