"""Flows: from and to (and sectors where clear) on real Russian news sentences."""

from __future__ import annotations

import re

import pytest

from coopwatch.extract import flows
from coopwatch.nlp.analyze import analyze
from coopwatch.records import Document, Entity, Flow, Mention, Span
from coopwatch.tools import Toolkit

KINDS = {"per": "PER", "org": "ORG"}


def entity(key: str, surfaces: list[str], text: str) -> Entity:
    """An entity named by its key, with a mention at every occurrence of each surface."""
    mentions = tuple(
        Mention(found.start(), found.end(), found.group())
        for surface in surfaces
        for found in re.finditer(re.escape(surface), text)
    )
    kind = KINDS.get(key.split(":")[0], "GEO")
    name = key.split(":", 1)[1] if ":" in key else surfaces[0]
    return Entity(key=key, type=kind, name=name, mentions=mentions)


def document(text: str, tools: Toolkit, entities: dict[str, list[str]]) -> Document:
    doc = analyze(Document(id="test", text=text), tools)
    return doc.replace(entities=tuple(entity(k, v, text) for k, v in entities.items()))


# text, entities, expected (from, to) pairs, sectors that must be there
CASES = [
    ("Санкт-Петербург поставляет в Татарстан такие товары, как лаки и краски, моющие "
     "средства и рыбную продукцию.",
     {"RU-SPE": ["Санкт-Петербург"], "RU-TA": ["Татарстан"]},
     {("RU-SPE", "RU-TA")}, {"chemicals", "food"}),
    ("Например, сушильные машины Вяземского машзавода используют на Оршанском льнокомбинате.",
     {"org:Вяземский машиностроительный завод": ["Вяземского машзавода"],
      "org:Оршанский льнокомбинат": ["Оршанском льнокомбинате"]},
     {("org:Вяземский машиностроительный завод", "org:Оршанский льнокомбинат")},
     {"machinery"}),
    ("В фармацевтической отрасли также развивается сотрудничество: компании \"Биокат\" и "
     "\"Герофарм\" из Санкт-Петербурга поставляют жизненно важные препараты в Беларусь.",
     {"org:Биокат": ["Биокат"], "org:Герофарм": ["Герофарм"], "RU-SPE": ["Санкт-Петербурга"],
      "BY": ["Беларусь"]},
     {("org:Биокат", "BY"), ("org:Герофарм", "BY")}, {"pharma"}),
    ("Омские заводы поставляют в Северо-Казахстанскую область сельскохозяйственную технику "
     "и продукцию нефтехимии.",
     {"KZ-59": ["Северо-Казахстанскую область"]},
     {("RU-OMS", "KZ-59")}, {"machinery"}),
    ("Хабаровский край поставляет в Хэйлунцзян лесоматериалы, рыбу и нефтепродукты, из "
     "Хэйлунцзяна в край поступают овощи, фрукты и строительные материалы.",
     {"RU-KHA": ["Хабаровский край"], "CN-HL": ["Хэйлунцзян", "Хэйлунцзяна"]},
     {("RU-KHA", "CN-HL"), ("CN-HL", "RU-KHA")}, {"food", "construction"}),
    ("Ленинградская область поставляет в Калининградскую область щебень и цемент, а "
     "калининградские предприятия отправляют в Ленинградскую область мебель и рыбные консервы.",
     {"RU-LEN": ["Ленинградская область", "Ленинградскую область"],
      "RU-KGD": ["Калининградскую область"]},
     {("RU-LEN", "RU-KGD"), ("RU-KGD", "RU-LEN")}, set()),
    ("Из Синьцзяна в Свердловскую область поставляются томатная паста, хлопок и "
     "строительные материалы.",
     {"CN-XJ": ["Синьцзяна"], "RU-SVE": ["Свердловскую область"]},
     {("CN-XJ", "RU-SVE")}, {"construction"}),
    ("Оршанский льнокомбинат уже поставляет льняные ткани ростовской компании «Глория Джинс».",
     {"org:Оршанский льнокомбинат": ["Оршанский льнокомбинат"],
      "org:Глория Джинс": ["Глория Джинс"]},
     {("org:Оршанский льнокомбинат", "org:Глория Джинс")}, {"textiles"}),
    ("Соколовско-Сарбайское горно-обогатительное производство в Рудном поставляет "
     "железорудные окатыши на Магнитогорский металлургический комбинат.",
     {"org:Соколовско-Сарбайское горно-обогатительное производство":
      ["Соколовско-Сарбайское горно-обогатительное производство"],
      "geo:Рудный": ["Рудном"],
      "org:Магнитогорский металлургический комбинат": ["Магнитогорский металлургический комбинат"]},
     {("org:Соколовско-Сарбайское горно-обогатительное производство",
       "org:Магнитогорский металлургический комбинат")}, set()),
    ("Павлодарская область, в свою очередь, поставляет на Алтай уголь и алюминий.",
     {"KZ-55": ["Павлодарская область"], "RU-ALT": ["Алтай"]},
     {("KZ-55", "RU-ALT")}, {"energy", "metallurgy"}),
    ("Гродненская сторона, в свою очередь, поставляет в Нижегородскую область азотные "
     "удобрения, молочную продукцию и мебель.",
     {"RU-NIZ": ["Нижегородскую область"]},
     {("BY-HR", "RU-NIZ")}, {"food"}),
    ("Сейчас Башкирская содовая компания поставляет в Узбекистан кальцинированную соду и "
     "полимеры, а Ташкентская область направляет в Башкортостан плодоовощную продукцию.",
     {"org:Башкирская содовая компания": ["Башкирская содовая компания"], "UZ": ["Узбекистан"],
      "UZ-TO": ["Ташкентская область"], "RU-BA": ["Башкортостан"]},
     {("org:Башкирская содовая компания", "UZ"), ("UZ-TO", "RU-BA")}, set()),
    ("Астраханские рыбопереработчики в прошлом году экспортировали в Иран более 3 тысяч "
     "тонн осетровой икры.",
     {"IR": ["Иран"]},
     {("RU-AST", "IR")}, set()),
    ("Приморские компании поставляют в Ляонин морепродукты и лесоматериалы.",
     {"CN-LN": ["Ляонин"]},
     {("RU-PRI", "CN-LN")}, {"food"}),
    ("Брестская область поставляет на Кубань молочную продукцию, мясные консервы и "
     "семенной картофель.",
     {"BY-BR": ["Брестская область"], "RU-KDA": ["Кубань"]},
     {("BY-BR", "RU-KDA")}, {"food"}),
    ("Новосибирская область импортирует из Узбекистана сухофрукты и хлопковые ткани.",
     {"RU-NVS": ["Новосибирская область"], "UZ": ["Узбекистана"]},
     {("UZ", "RU-NVS")}, {"textiles"}),
    ("Белорусские автобусы МАЗ используются на маршрутах Санкт-Петербурга.",
     {"org:МАЗ": ["МАЗ"], "RU-SPE": ["Санкт-Петербурга"]},
     {("org:МАЗ", "RU-SPE")}, {"automotive"}),
    ("Группа ГАЗ в этом году поставила в Гродно 40 автобусов ПАЗ и ЛиАЗ.",
     {"org:ГАЗ": ["ГАЗ"], "geo:Гродно": ["Гродно"]},
     {("org:ГАЗ", "geo:Гродно")}, {"automotive"}),
]


@pytest.mark.parametrize(("text", "entities", "expected", "sectors"), CASES)
def test_flow_ends(tools: Toolkit, text: str, entities: dict[str, list[str]],
                   expected: set[tuple[str, str]], sectors: set[str]) -> None:
    doc = flows.extract(document(text, tools, entities), tools)
    assert {(flow.source, flow.target) for flow in doc.flows} == expected
    found = {sector for flow in doc.flows for sector in flow.sectors}
    assert sectors <= found
    assert all(flow.evidence for flow in doc.flows)


# text, entities: no flow may be read
NO_FLOW = [
    ("Губернатор направил в Минск делегацию для переговоров о сотрудничестве.",
     {"geo:Минск": ["Минск"]}),
    ("Стороны обсудили поставки плодоовощной продукции и подготовку кадров.", {}),
    ("Также наблюдается активный рост взаимных поставок продуктов питания.", {}),
    ("Татарстан намерен использовать опыт Китая в развитии цифровой криминалистики.",
     {"RU-TA": ["Татарстан"], "CN": ["Китая"]}),
]


@pytest.mark.parametrize(("text", "entities"), NO_FLOW)
def test_no_flow(tools: Toolkit, text: str, entities: dict[str, list[str]]) -> None:
    doc = flows.extract(document(text, tools, entities), tools)
    assert doc.flows == ()


def test_generic_noun_refers_to_the_last_factory(tools: Toolkit) -> None:
    text = ("Сушильные машины Вяземского машзавода используют в Орше. Завод также поставляет "
            "в Беларусь прачечное оборудование для гостиниц.")
    doc = flows.extract(document(text, tools, {
        "org:Вяземский машиностроительный завод": ["Вяземского машзавода"],
        "BY": ["Беларусь"]}), tools)
    assert ("org:Вяземский машиностроительный завод", "BY") in {
        (flow.source, flow.target) for flow in doc.flows}


def test_passive_supply_takes_the_producer_named_before(tools: Toolkit) -> None:
    text = ("Ярким примером является работа Петербургского тракторного завода. "
            "Тракторы \"Кировец\" поставляются для нужд белорусского агропромышленного комплекса.")
    doc = flows.extract(document(text, tools, {
        "org:Петербургский тракторный завод": ["Петербургского тракторного завода"]}), tools)
    assert {(flow.source, flow.target) for flow in doc.flows} == {
        ("org:Петербургский тракторный завод", "BY")}


@pytest.mark.parametrize(("text", "status"), [
    ("Петербургские предприятия готовы увеличить объёмы поставок в Татарстан.", "proposed"),
    ("Самарская область планирует поставлять в Узбекистан зерно.", "planned"),
    ("Самарская область поставляет в Узбекистан зерно.", "done"),
])
def test_status(tools: Toolkit, text: str, status: str) -> None:
    doc = flows.extract(document(text, tools, {
        "RU-TA": ["Татарстан"], "RU-SAM": ["Самарская область"], "UZ": ["Узбекистан"]}), tools)
    assert [flow.status for flow in doc.flows] == [status]


def test_merge_keeps_one_flow_per_pair() -> None:
    first = Flow("RU-SPE", "BY", ("тракторы",), ("machinery",), "planned", (Span(10, 20),))
    second = Flow("RU-SPE", "BY", ("препараты",), ("pharma",), "done", (Span(0, 5),))
    merged = flows.merge([first, second, Flow("BY", "RU-SPE", evidence=(Span(30, 40),))])
    assert len(merged) == 2
    assert merged[0].goods == ("тракторы", "препараты")
    assert merged[0].status == "done"
    assert merged[0].evidence == (Span(0, 5), Span(10, 20))
