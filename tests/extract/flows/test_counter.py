"""A counter supply («встречные поставки в регион») goes back the way of the one before."""

from __future__ import annotations

import pytest

from builders import document
from coopwatch.extract import flows
from coopwatch.tools import Toolkit

ENTITIES = {"RU-SA": ["Якутия", "Якутии", "Якутией"], "CN": ["Китай", "Китаем"],
            "CN-HL": ["Хэйлунцзян"]}
# text, expected (from, to) pairs; the text is on Yakutia and China
CASES = [
    # the counter supply names its receiver: it comes from the receiver before, not
    # from the partner province of the text
    ("Якутия и провинция Хэйлунцзян подписали соглашение. Обсуждался экспорт в Китай "
     "угля из Якутии, а также встречные поставки в регион станков.",
     {("RU-SA", "CN"), ("CN", "RU-SA")}),
    # a counter supply with no receiver named is read both ways, as before
    ("Обсуждались встречные поставки станков между Якутией и Китаем.",
     {("RU-SA", "CN"), ("CN", "RU-SA")}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_counter_supply(tools: Toolkit, text: str, expected: set[tuple[str, str]]) -> None:
    doc = document(text, tools, ENTITIES)
    found = flows.extract(doc.replace(main_region="RU-SA"), tools)
    assert {(flow.source, flow.target) for flow in found.flows} == expected


def test_the_counter_supply_keeps_its_own_goods(tools: Toolkit) -> None:
    doc = document(CASES[0][0], tools, ENTITIES)
    found = flows.extract(doc.replace(main_region="RU-SA"), tools)
    back = [flow for flow in found.flows if flow.source == "CN"]
    assert len(back) == 1 and "станки" in back[0].goods
