"""Flow triggers: «отправиться» and «направиться» count only in a heading over a list."""

from __future__ import annotations

import pytest

from builders import document
from coopwatch.extract import flows
from coopwatch.extract.flows.triggers import flow_triggers
from coopwatch.tools import Toolkit

# a passage, whether a trigger is found in it
HEADINGS = [
    ("Куда отправилась омская продукция:", True),
    ("Куда направилась продукция завода:", True),
    # running text: people who travel, unless goods are the subject
    ("Омская продукция отправилась в Китай.", True),
    ("Делегация направилась в Минск.", False),
    ("Губернатор отправился в Китай.", False),
]


def _first_line_triggers(text: str, tools: Toolkit) -> list:
    return flow_triggers(document(text, tools, {}).passages[0].tokens)


@pytest.mark.parametrize(("text", "found"), HEADINGS)
def test_a_heading_verb_counts_over_a_list_or_with_goods(tools: Toolkit, text: str,
                                                found: bool) -> None:
    assert bool(_first_line_triggers(text, tools)) == found


def test_a_heading_verb_gives_each_listed_receiver(tools: Toolkit) -> None:
    text = ("Экспорт рыбы в Японию из Камчатки вырос.\n"
            "Куда отправилась продукция:\nКорея — 20 тыс. тонн, Вьетнам — 3 тыс. тонн.")
    doc = flows.extract(document(text, tools, {
        "JP": ["Японию"], "RU-KAM": ["Камчатки"], "KR": ["Корея"], "VN": ["Вьетнам"]}), tools)
    assert {(flow.source, flow.target) for flow in doc.flows} == {
        ("RU-KAM", "JP"), ("RU-KAM", "KR"), ("RU-KAM", "VN")}


# a market is a buyer only as a market of sales (session 32, x… dev half)
MARKETS = [
    ("Основными рынками сбыта являются Китай и Индия.", True),
    ("Важным рынком для региона остаётся Китай.", False),
    ("Компании изучают рынок Китая.", False),
]


@pytest.mark.parametrize(("text", "found"), MARKETS)
def test_a_market_buys_only_as_a_market_of_sales(tools: Toolkit, text: str,
                                                 found: bool) -> None:
    assert any(trigger.kind == "buyer" for trigger in _first_line_triggers(text, tools)) == found
