"""Figure attributes (`attributes.py`) read off whole sentences: the direction of
supplies from the origin of the goods, and an import bought by a foreign buyer from a
Russian seller read as the Russian export."""

from __future__ import annotations

import pytest

from builders import figures_read


def _metrics(pipeline, text: str) -> list[str]:
    return [figure.metric for figure in figures_read(pipeline, text)]


# supplies with no foreign place after «в», «на», «из»: the place adjective of the goods
# says where they come from (a Russian one: an export; a foreign one: an import)
ORIGINS = [
    ("Поставки астраханских овощей за девять месяцев выросли в четыре раза.", ["export"]),
    ("За 2023 год поставки курганской муки выросли на 14%.", ["export"]),
    ("Объем поставок омского зерна составил 120 тысяч тонн.", ["export"]),
    ("Поставки белорусской техники в Смоленскую область выросли на 20%.", ["import"]),
    ("В Брянскую область поставлено белорусского молока на 30 млн долларов.", ["import"]),
    ("Поставки китайских комплектующих на завод в Калуге выросли вдвое.", ["import"]),
    # a place after a preposition still decides first
    ("Поставки томского леса в Китай составили 200 тысяч кубометров.", ["export"]),
    # no adjective of a place: no direction
    ("Поставки овощей за девять месяцев выросли в четыре раза.", ["other"]),
    # adjectives of both sides: no direction from them
    ("Поставки российских и белорусских станков выросли на 10%.", ["other"]),
]


@pytest.mark.parametrize(("text", "expected"), ORIGINS)
def test_the_origin_of_the_goods_gives_the_direction(pipeline, text: str,
                                                      expected: list[str]) -> None:
    assert _metrics(pipeline, text) == expected


# an import word whose buyer is a foreign place and whose goods come from a Russian one
# is a Russian export; an import by a Russian buyer, or with no Russian seller, stays one
BUYERS = [
    ("Иран закупил в России 1,5 млн тонн пшеницы.", ["export"]),
    ("Казахстан импортировал из Омской области зерна на 100 млн долларов.", ["export"]),
    ("Вьетнам нарастил ввоз российского угля на 18%, до 4 млн тонн.", ["export"]),
    ("Узбекистан в 2023 году закупил у Курганской области 90 тысяч тонн муки.", ["export"]),
    ("Омская область закупила в Казахстане угля на 50 млн долларов.", ["import"]),
    ("Импорт из Китая в Новосибирскую область вырос в 1,4 раза.", ["import"]),
    ("Китай закупил у Бразилии 60 млн тонн сои.", ["import"]),
    ("Томская область закупила российского оборудования на 5 млн долларов.", ["import"]),
    # a foreign buyer with no seller named, on a page on a Russian region's exports: the
    # region sells; on a page on a country abroad it stays an import
    ("Томская область нарастила экспорт свинины.\n\nМонголия, в свою очередь, закупила "
     "3,37 тыс. тонн свинины.", ["export"]),
    ("Казахстан нарастил импорт.\n\nУзбекистан, в свою очередь, закупил 3 тыс. тонн "
     "хлопка.", ["import"]),
]


@pytest.mark.parametrize(("text", "expected"), BUYERS)
def test_a_foreign_buyer_of_russian_goods_is_an_export(pipeline, text: str,
                                                      expected: list[str]) -> None:
    assert _metrics(pipeline, text) == expected


# supplies from a region named by its noun alone come from the page's own region: an
# export; a named place after «из» is left to the other readings
HOMES = [
    ("Из региона уже поставлено около 300 тысяч тонн пшеницы.", ["export"]),
    ("Из области за год отправлено 12 тысяч тонн масла.", ["export"]),
    ("Из края поставлено 40 тысяч кубометров пиломатериалов.", ["export"]),
    ("Из Республики Беларусь поставлено 30 тысяч тонн молока.", ["import"]),
]


@pytest.mark.parametrize(("text", "expected"), HOMES)
def test_supplies_from_the_home_region_are_an_export(pipeline, text: str,
                                                     expected: list[str]) -> None:
    assert _metrics(pipeline, text) == expected


def _parties(pipeline, text: str) -> list[set[str]]:
    return [set(figure.parties) for figure in figures_read(pipeline, text)]


# a trade figure that names no place takes the places of the sentence before; a province
# of the document's partner country named there (the venue of a meeting, a delegation's
# home) gives way to the country the page is about
CARRIED = [
    ("Курская область расширяет торговлю с Белоруссией. Белоруссия остается главным "
     "партнером региона. На встрече с делегацией Гомельской области губернатор рассказал "
     "о планах. Товарооборот в первом полугодии вырос на 12%.", [{"RU-KRS", "BY"}]),
    ("Омская область наращивает поставки в Казахстан. Казахстан закупает омское зерно. "
     "В прошлом месяце переговоры с Казахстаном прошли в Павлодаре. Объем торговли за "
     "год вырос на 9%.", [{"RU-OMS", "KZ"}]),
    # the province is the page's partner: it stays
    ("Хабаровский край расширяет связи с провинцией Хэйлунцзян. Делегация провинции "
     "Хэйлунцзян прибыла в Хабаровск. Товарооборот за год вырос на 10%.",
     [{"RU-KHA", "CN-HL"}]),
]


@pytest.mark.parametrize(("text", "expected"), CARRIED)
def test_a_carried_province_gives_way_to_the_partner_country(
        pipeline, text: str, expected: list[set[str]]) -> None:
    assert _parties(pipeline, text) == expected


# an export or import whose sentence names only the Russian side goes on with the
# page's foreign partner when the sentence before named it; a total with the world
# does not
CONTINUED = [
    ("Курганская область расширяет экспорт. Регион поставляет муку и масло в "
     "Казахстан. За год поставки курганской продукции выросли в 2 раза.",
     [{"RU-KGN", "KZ"}]),
    ("Омская область развивает торговлю. Омские компании отправляют в Казахстан зерно и "
     "мясо. Экспорт омского зерна за 9 месяцев вырос на 30%.", [{"RU-OMS", "KZ"}]),
    ("Курганская область расширяет экспорт. Регион поставляет муку в Казахстан. Всего "
     "на экспорт из области отправлено 40 тысяч тонн продукции.",
     [{"RU-KGN"}]),
]


@pytest.mark.parametrize(("text", "expected"), CONTINUED)
def test_the_partner_of_the_sentence_before_goes_on(pipeline, text: str,
                                                    expected: list[set[str]]) -> None:
    assert _parties(pipeline, text) == expected


def _periods(pipeline, text: str) -> list[str | None]:
    return [figure.period for figure in figures_read(pipeline, text)]


# a sum since a year runs to now: the period a sentence before stated does not date it
SINCE = [
    ("По итогам 2023 года экспорт Курганской области в Казахстан вырос на 10%. С 2019 "
     "года общий объем поставок муки превысил 50 тыс. тонн.", ["2023", None]),
    ("В 2023 году товарооборот Омской области с Казахстаном вырос на 7%. Начиная с 2015 "
     "года в Казахстан отправлено более 2 млн тонн зерна.", ["2023", None]),
    # a result told with no time of its own still takes the period before
    ("В 2023 году товарооборот Омской области с Казахстаном вырос на 7%. Экспорт "
     "составил 600 млн долларов.", ["2023", "2023"]),
]


@pytest.mark.parametrize(("text", "expected"), SINCE)
def test_a_sum_since_a_year_takes_no_period_before(pipeline, text: str,
                                                   expected: list[str | None]) -> None:
    assert _periods(pipeline, text) == expected


# a purchase of named goods for a sum is a deal's value; buying counted over a period
# stays an import
DEALS = [
    ("Туркмения приобретет у КамАЗа грузовики на сумму более 162,7 млн долларов.",
     ["contract_value"]),
    ("Стороны обсудили приобретение партии грузовиков на сумму 40 млн долларов.",
     ["contract_value"]),
    ("За год Туркмения закупила российских грузовиков на 162,7 млн долларов.", ["export"]),
]


@pytest.mark.parametrize(("text", "expected"), DEALS)
def test_a_purchase_for_a_sum_is_a_deal(pipeline, text: str, expected: list[str]) -> None:
    assert _metrics(pipeline, text) == expected
