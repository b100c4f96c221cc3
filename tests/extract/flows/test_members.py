"""Members of a plural destination: «в 12 стран: Египет, Турция…» names each receiver."""

from __future__ import annotations

import pytest

from builders import document
from coopwatch.extract import flows
from coopwatch.extract.flows.members import same_kind
from coopwatch.tools import Toolkit

# text, entities, expected (from, to) pairs
CASES = [
    # the list opens the next sentence with «Это»; the headline names the sender
    ("Порты Ростовской области нарастили отгрузку зерна\n"
     "В этом году зерно направляют в 12 стран мира. Это Египет, Турция и Ливан, сообщает "
     "ведомство.",
     {"RU-ROS": ["Ростовской области"], "EG": ["Египет"], "TR": ["Турция"], "LB": ["Ливан"]},
     {("RU-ROS", "EG"), ("RU-ROS", "TR"), ("RU-ROS", "LB")}),
    # the list follows a colon in the sentence of the supply, the sender named in it
    ("Пшеницу из Ставропольского края отгрузили в 5 стран: Египет, Иран и Судан.",
     {"RU-STA": ["Ставропольского края"], "EG": ["Египет"], "IR": ["Иран"],
      "SD": ["Судан"]},
     {("RU-STA", "EG"), ("RU-STA", "IR"), ("RU-STA", "SD")}),
    # «в том числе» with the preposition repeated, a share in brackets between members
    ("Масло из Алтайского края поставляют в 9 стран, в том числе в Китай (40%), "
     "Монголию и Вьетнам.",
     {"RU-ALT": ["Алтайского края"], "CN": ["Китай"], "MN": ["Монголию"],
      "VN": ["Вьетнам"]},
     {("RU-ALT", "CN"), ("RU-ALT", "MN"), ("RU-ALT", "VN")}),
    # the next sentence opens with a lead word and names the members a few words on
    ("Тамбовские аграрии намерены экспортировать в страны Азии до 5 тысяч тонн масла. В "
     "частности, идут переговоры с Вьетнамом, Малайзией и Индонезией.",
     {"RU-TAM": ["Тамбовские"], "VN": ["Вьетнамом"], "MY": ["Малайзией"],
      "ID": ["Индонезией"]},
     {("RU-TAM", "VN"), ("RU-TAM", "MY"), ("RU-TAM", "ID")}),
    ("Мясо из Курской области будут поставлять в 8 стран. Например, уже подписаны "
     "контракты с Вьетнамом и Таиландом.",
     {"RU-KRS": ["Курской области"], "VN": ["Вьетнамом"], "TH": ["Таиландом"]},
     {("RU-KRS", "VN"), ("RU-KRS", "TH")}),
    ("Зерно из Курской области направляют в 12 стран. Прежде всего это Египет и Иран.",
     {"RU-KRS": ["Курской области"], "EG": ["Египет"], "IR": ["Иран"]},
     {("RU-KRS", "EG"), ("RU-KRS", "IR")}),
    # a lead too far from its list, or a list that is no list, names no receivers
    ("Зерно из Курской области направляют в 12 стран. В частности, на прошлой неделе "
     "губернатор области провёл в Москве долгие переговоры с послами Египта и Ирана.",
     {"RU-KRS": ["Курской области"], "EG": ["Египта"], "IR": ["Ирана"]},
     set()),
    ("Зерно из Курской области направляют в 12 стран. В частности, в Египет.",
     {"RU-KRS": ["Курской области"], "EG": ["Египет"]},
     set()),
    # a next sentence that opens with no list word lists no receivers
    ("Зерно из Курской области направляют в 12 стран. Египет и Турция лидируют.",
     {"RU-KRS": ["Курской области"], "EG": ["Египет"], "TR": ["Турция"]},
     set()),
    # one named member is no list
    ("Зерно из Курской области направляют в 12 стран. Среди них Египет.",
     {"RU-KRS": ["Курской области"], "EG": ["Египет"]},
     set()),
]


@pytest.mark.parametrize(("text", "entities", "expected"), CASES)
def test_members_of_a_plural_destination(tools: Toolkit, text: str,
                                         entities: dict[str, list[str]],
                                         expected: set[tuple[str, str]]) -> None:
    doc = flows.extract(document(text, tools, entities), tools)
    assert {(flow.source, flow.target) for flow in doc.flows} == expected


# first member, later member, whether they may stand in one list of flow ends
KINDS = [
    ("CN", "IN", True),
    ("KR", "CN-TW", True),  # a region abroad listed among countries («на Тайвань»)
    ("CN", "RU-PRI", False),
    ("RU-OMS", "RU-TOM", True),
    ("RU-OMS", "KZ", False),
    ("CN-TW", "CN", False),  # a list opened by a region abroad is no list of countries
]


@pytest.mark.parametrize(("first", "key", "expected"), KINDS)
def test_same_kind(first: str, key: str, expected: bool) -> None:
    assert same_kind(first, key) is expected


def test_a_region_abroad_stays_in_a_list_of_receivers(tools: Toolkit) -> None:
    text = "Уголь из Кузбасса шёл в Корею (20%), на Тайвань (15%), в Индию (9%) и Вьетнам."
    doc = flows.extract(document(text, tools, {
        "RU-KEM": ["Кузбасса"], "KR": ["Корею"], "CN-TW": ["Тайвань"], "IN": ["Индию"],
        "VN": ["Вьетнам"]}), tools)
    assert {(flow.source, flow.target) for flow in doc.flows} == {
        ("RU-KEM", "KR"), ("RU-KEM", "CN-TW"), ("RU-KEM", "IN"), ("RU-KEM", "VN")}


# text, entities, the document's region, expected (from, to) pairs
BELOW_A_HEADING = [
    # one member a line under a heading whose supply names no receiver
    ("Омская область продала зерна на 90 млн долларов. Основные покупатели:\n"
     "Китай — 40 млн долларов;\nКазахстан — 30 млн долларов;\nМонголия — 9 млн долларов.",
     {"RU-OMS": ["Омская область"], "CN": ["Китай"], "KZ": ["Казахстан"],
      "MN": ["Монголия"]},
     "RU-OMS", {("RU-OMS", "CN"), ("RU-OMS", "KZ"), ("RU-OMS", "MN")}),
    # bullets and shares in brackets; the heading names the sellers' side
    ("Омская область закупила станков на 20 млн долларов. Основные поставщики:\n"
     "- Германия (45%);\n- Италия (12%).",
     {"RU-OMS": ["Омская область"], "DE": ["Германия"], "IT": ["Италия"]},
     "RU-OMS", {("DE", "RU-OMS"), ("IT", "RU-OMS")}),
    # a line that is a sentence about a place ends the list before it begins
    ("Омская область продала зерна на 90 млн долларов. Основные покупатели:\n"
     "Китай остаётся главным партнёром области.\nКазахстан — 30 млн долларов.",
     {"RU-OMS": ["Омская область"], "CN": ["Китай"], "KZ": ["Казахстан"]},
     "RU-OMS", set()),
    # a heading with no supply word lists no receivers
    ("На форуме побывали гости. Участники форума:\n- Китай;\n- Казахстан.",
     {"CN": ["Китай"], "KZ": ["Казахстан"]},
     "RU-OMS", set()),
]


@pytest.mark.parametrize(("text", "entities", "region", "expected"), BELOW_A_HEADING)
def test_members_listed_below_a_heading(tools: Toolkit, text: str,
                                        entities: dict[str, list[str]], region: str,
                                        expected: set[tuple[str, str]]) -> None:
    doc = document(text, tools, entities).replace(main_region=region)
    found = flows.extract(doc, tools)
    assert {(flow.source, flow.target) for flow in found.flows} == expected


def test_heading_members_go_on_with_the_senders_read_before(tools: Toolkit) -> None:
    text = ("Экспорт рыбы в Японию из Камчатки и Чукотки вырос.\n"
            "Куда направлялась продукция:\nКорея — 20 тыс. тонн, Вьетнам — 3 тыс. тонн.")
    doc = flows.extract(document(text, tools, {
        "JP": ["Японию"], "RU-KAM": ["Камчатки"], "RU-CHU": ["Чукотки"], "KR": ["Корея"],
        "VN": ["Вьетнам"]}), tools)
    assert {(flow.source, flow.target) for flow in doc.flows} >= {
        ("RU-KAM", "KR"), ("RU-CHU", "KR"), ("RU-KAM", "VN"), ("RU-CHU", "VN")}
