"""Lists of parties: members of one list are never the two ends of a flow."""

from __future__ import annotations

import pytest

from builders import document
from coopwatch.extract import flows
from coopwatch.extract.flows.lists import list_groups, one_list
from coopwatch.tools import Toolkit

# text, entities, the lists of parties the text names
GROUPS = [
    ("Поставки выросли в Китай, Индию и Турцию.",
     {"CN": ["Китай"], "IN": ["Индию"], "TR": ["Турцию"]},
     [{"CN", "IN", "TR"}]),
    # a share in brackets and a repeated preposition stay inside the list
    ("Уголь шёл в Китай (40%), в Индию (12%) и на Тайвань.",
     {"CN": ["Китай"], "IN": ["Индию"], "TW": ["Тайвань"]},
     [{"CN", "IN", "TW"}]),
    # an adjective of a member whose name was not read stands between two members
    ("Грузы идут в Сибирь, Приволжский и Уральский округа.",
     {"geo:Сибирь": ["Сибирь"], "geo:Уральский округ": ["Уральский округа"]},
     [{"geo:Сибирь", "geo:Уральский округ"}]),
    # the subject of a new clause after «, и» is no member of the list before it; two
    # subjects joined are one list
    ("Имеется потенциал экспорта из России во Вьетнам, и РФ заинтересована в поставках.",
     {"RU": ["России", "РФ"], "VN": ["Вьетнам"]},
     []),
    ("Китай и Индия закупают зерно.",
     {"CN": ["Китай"], "IN": ["Индия"]},
     [{"CN", "IN"}]),
    # a source and a target are no list
    ("Из Китая в Индию идут станки.",
     {"CN": ["Китая"], "IN": ["Индию"]},
     []),
    ("Казахстан поставляет в Китай зерно.",
     {"KZ": ["Казахстан"], "CN": ["Китай"]},
     []),
]


@pytest.mark.parametrize(("text", "entities", "expected"), GROUPS)
def test_list_groups(tools: Toolkit, text: str, entities: dict[str, list[str]],
                     expected: list[set[str]]) -> None:
    doc = document(text, tools, entities)
    assert [set(group) for group in list_groups(doc, 0, len(text))] == expected


def test_one_list() -> None:
    groups = [frozenset({"CN", "IN"}), frozenset({"KZ", "UZ"})]
    assert one_list(groups, "CN", "IN")
    assert not one_list(groups, "CN", "KZ")


# text, entities, expected (from, to) pairs
ENDS = [
    # the parser takes a later member of the receivers' list for the subject
    ("В последнее время набирают обороты поставки в Сибирь, Дальневосточный и Уральский "
     "округа, Алтайский, Приморский края, Ростовскую, Томскую области.",
     {"geo:Сибирь": ["Сибирь"], "geo:Уральский округ": ["Уральский округа"],
      "RU-ROS": ["Ростовскую"], "RU-TOM": ["Томскую области"]},
     set()),
    # a source before the list keeps every member as a receiver
    ("Поставки зерна из Казахстана в Китай, Индию и Турцию выросли.",
     {"KZ": ["Казахстана"], "CN": ["Китай"], "IN": ["Индию"], "TR": ["Турцию"]},
     {("KZ", "CN"), ("KZ", "IN"), ("KZ", "TR")}),
]


@pytest.mark.parametrize(("text", "entities", "expected"), ENDS)
def test_no_flow_inside_one_list(tools: Toolkit, text: str, entities: dict[str, list[str]],
                                 expected: set[tuple[str, str]]) -> None:
    doc = flows.extract(document(text, tools, entities), tools)
    assert {(flow.source, flow.target) for flow in doc.flows} == expected
