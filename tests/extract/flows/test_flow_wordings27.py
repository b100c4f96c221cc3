"""Flows on pages about one region's exports, run through the whole pipeline: the page's
headline names the region, and the body says the supply in one of the wordings news
sites use for it (a market entered, goods the parser takes for the subject, a list
opened by «среди основных направлений», the firms «области» as the sender, a load that
sets off). The sentences are written for this table; each row gives the flows an
annotator would mark."""

from __future__ import annotations

import pytest

from coopwatch.pipeline import Pipeline
from coopwatch.records import Document

HEADLINE = "Курская область увеличила экспорт\n\n"


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def pairs(pipeline: Pipeline, body: str) -> set[tuple[str, str]]:
    doc = pipeline(Document(id="wording", text=HEADLINE + body))
    return {(flow.source, flow.target) for flow in doc.flows}


# body, expected (from, to) pairs
WORDINGS: list[tuple[str, set[tuple[str, str]]]] = [
    # a list of receivers in the sentence after «в 30 стран»
    ("Региональные предприятия экспортируют продукцию в 30 стран. Среди основных "
     "направлений — Китай, Казахстан, Узбекистан.",
     {("RU-KRS", "CN"), ("RU-KRS", "KZ"), ("RU-KRS", "UZ")}),
    ("Курские консервы отправляют в 12 стран. Среди крупнейших покупателей — Монголия и "
     "Вьетнам.", {("RU-KRS", "MN"), ("RU-KRS", "VN")}),
    # every leader listed buys
    ("Лидерами по закупкам продукции региона стали Китай и Казахстан.",
     {("RU-KRS", "CN"), ("RU-KRS", "KZ")}),
    # a load that sets off is a shipment
    ("Первая партия курской свинины отправилась в Китай.", {("RU-KRS", "CN")}),
    # the firms «области» send; «Предприятия области» is no place
    ("Предприятия области в январе–сентябре экспортировали в Узбекистан сахар.",
     {("RU-KRS", "UZ")}),
    ("Компании области экспортировали в Узбекистан сахар.", {("RU-KRS", "UZ")}),
    # «Регион» opening the sentence, tagged as a name, is the page's region
    ("Регион закупает казахстанский уголь.", {("KZ", "RU-KRS")}),
    # goods taken for the subject of a verb that has none: the goods' adjective supplies
    ("Белорусские тракторы поставят в Курскую область.", {("BY", "RU-KRS")}),
    ("Узбекские фрукты будут поставлять в Курскую область круглый год.", {("UZ", "RU-KRS")}),
    # a market entered is supplied
    ("Курская область вышла на рынок Китая со свининой.", {("RU-KRS", "CN")}),
    ("Курские производители свинины вышли на китайский рынок.", {("RU-KRS", "CN")}),
    ("Предприятия региона выходят на рынок Вьетнама.", {("RU-KRS", "VN")}),
    ("Курская свинина получила доступ на рынок Китая.", {("RU-KRS", "CN")}),
    # goods handed over; a part of the export that falls to a place
    ("Белгородская область передала Курской области 20 тонн гуманитарной помощи.",
     {("RU-BEL", "RU-KRS")}),
    ("На Китай приходится 30% курского экспорта.", {("RU-KRS", "CN")}),
    # near misses: people set off, go out of a building, reach a level
    ("Делегация Курской области отправилась в Китай.", set()),
    ("Губернатор вышел на площадь к жителям.", set()),
    ("Курская область вышла на первое место в рейтинге.", set()),
    ("Белорусские специалисты приедут в Курскую область.", set()),
    ("Губернатор передал привет жителям Белгородской области.", set()),
]


# whole pages (headline and body), expected (from, to) pairs
PAGES: list[tuple[str, set[tuple[str, str]]]] = [
    # buyers who want to buy: a purchase word down a list of what they want
    ("Курская область и Иран обсуждают сотрудничество.\n\nПредставители иранских деловых "
     "кругов заинтересованы в приобретении оборудования для нефтегазовой отрасли, "
     "увеличении объема закупок продовольствия.", {("RU-KRS", "IR")}),
    ("Курская область увеличила экспорт\n\nИранские компании заинтересованы в приобретении "
     "курского оборудования.", {("RU-KRS", "IR")}),
    # a second verb shares the first one's object; goods spread about Russia stay inside
    ("Курская область увеличила экспорт\n\nПроизводимую продукцию поставляют по России, а "
     "также экспортируют в Казахстан и Беларусь.", {("RU-KRS", "KZ"), ("RU-KRS", "BY")}),
    ("Курская область увеличила экспорт\n\nПродукцию завода развозят по регионам страны.",
     set()),
    # a crime and a fair's visitors are no trade
    ("Курская область и Китай\n\nУкраинец пытался незаконно продать в Курской области 170 кг "
     "краба.", set()),
    ("Курская область и Китай\n\nПосетители ярмарки смогут купить грибы и соленые огурцы из "
     "Китая.", set()),
    # a load on its way
    ("Курская область увеличила импорт\n\nИз Китая в Курскую область едет первая партия "
     "автомобилей.", {("CN", "RU-KRS")}),
    # receivers of a list with their amounts are no senders of one another
    ("Экспорт камчатской рыбопродукции вырос\n\nРыбопродукция с Камчатки ушла в 12 стран. "
     "Больше всего партий оформлено на экспорт в Китай – 37,5 тыс. т, Республику Корея — "
     "8,9 тыс. т. и Японию — 4,5 тыс. т.",
     {("RU-KAM", "CN"), ("RU-KAM", "KR"), ("RU-KAM", "JP")}),
    # Moscow handing goods to a country abroad is Russia
    ("Россия и Белоруссия\n\nМосква передала Белоруссии 25 тысяч тонн зерна.",
     {("RU", "BY")}),
    # a station the gazetteer does not know stands for the page's region, named twice
    ("Курская область наращивает экспорт\n\nВ Курской области растет добыча.\n\nСо станции "
     "Лесная-Товарная отправлено 600 контейнеров с углем в Китай.", {("RU-KRS", "CN")}),
]


@pytest.mark.parametrize(("text", "expected"), PAGES)
def test_flows_on_whole_pages(pipeline: Pipeline, text: str,
                              expected: set[tuple[str, str]]) -> None:
    doc = pipeline(Document(id="page", text=text))
    assert {(flow.source, flow.target) for flow in doc.flows} == expected


@pytest.mark.parametrize(("body", "expected"), WORDINGS)
def test_flow_wordings_on_a_regions_export_page(pipeline: Pipeline, body: str,
                                                expected: set[tuple[str, str]]) -> None:
    assert pairs(pipeline, body) == expected


def test_firms_of_the_region_are_no_place(pipeline: Pipeline) -> None:
    doc = pipeline(Document(id="wording", text=HEADLINE + "Предприятия области нарастили "
                                                          "выпуск продукции."))
    assert [entity.key for entity in doc.entities if entity.type == "GEO"] == ["RU-KRS"]
