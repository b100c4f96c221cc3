"""Figure parties (`parties.py`): a federal district is a party by its own key; two
Russian regions trading keep both sides."""

from __future__ import annotations

import pytest

from builders import figures_read
from coopwatch.extract.figures import parties as figure_parties
from coopwatch.tools import Toolkit

# text, the parties of each figure in text order
DISTRICTS = [
    ("Товарооборот между Уральским федеральным округом и Китаем вырос в три раза.",
     [{"geo:Уральский федеральный округ", "CN"}]),
    ("За полгода из Приволжского федерального округа в Казахстан вывезли товаров на "
     "700 млн долларов.", [{"geo:Приволжский федеральный округ", "KZ"}]),
    # a region named beside the district is a party of its own
    ("Новосибирская область дает 40% экспорта Сибирского федерального округа.",
     [{"RU-NVS", "geo:Сибирский федеральный округ"}]),
]


def _figures(pipeline, text: str) -> tuple:
    return figures_read(pipeline, text, "2025-06-01")


@pytest.mark.parametrize(("text", "expected"), DISTRICTS)
def test_a_federal_district_is_a_party(pipeline, text: str,
                                       expected: list[set[str]]) -> None:
    assert [set(figure.parties) for figure in _figures(pipeline, text)] == expected


@pytest.mark.parametrize(("keys", "metric", "expected"), [
    # a district is the Russian side: no main region is added beside it
    (["geo:Южный федеральный округ", "TR"], "trade_turnover",
     ("geo:Южный федеральный округ", "TR")),
    # a foreign side alone still gets the document's region
    (["TR"], "trade_turnover", ("RU-SMO", "TR")),
])
def test_a_district_is_a_russian_side(tools: Toolkit, keys: list[str], metric: str,
                                      expected: tuple[str, ...]) -> None:
    sides = figure_parties.Sides(main="RU-SMO", partner="BY")
    assert figure_parties.figure_parties(
        keys, metric, sides, parents=lambda key: figure_parties.ancestors(key, tools)
    ) == expected


@pytest.mark.parametrize(("keys", "metric", "partner", "expected"), [
    # the other Russian region named alone is the partner of the document's own
    (["RU-AL"], "export", "RU-AL", ("RU-TA", "RU-AL")),
    (["RU-AL"], "trade_turnover", "RU-AL", ("RU-TA", "RU-AL")),
    (["RU-AL"], "import", "RU-AL", ("RU-TA", "RU-AL")),
    # a Russian region that is not the partner keeps its own export alone
    (["RU-KYA"], "export", "RU-AL", ("RU-KYA",)),
    # a foreign partner named alone gets the document's region as before
    (["KZ"], "export", "KZ", ("RU-TA", "KZ")),
])
def test_two_russian_regions_trading(tools: Toolkit, keys: list[str], metric: str,
                                     partner: str, expected: tuple[str, ...]) -> None:
    sides = figure_parties.Sides(main="RU-TA", partner=partner, partner_in_lead=False)
    assert figure_parties.figure_parties(
        keys, metric, sides, parents=lambda key: figure_parties.ancestors(key, tools)
    ) == expected


# the places of a territorial office's name are the territory it serves, no parties
OFFICES = [
    ("Из Омской области в Казахстан вывезли 80 тысяч тонн зерна, сообщает управление "
     "Россельхознадзора по Омской и Тюменской областям.", [{"RU-OMS", "KZ"}]),
    ("Курские предприятия отправили в Египет 500 тонн сахара, сообщает пресс-служба "
     "управления Россельхознадзора по Курской, Белгородской и Орловской областям.",
     [{"RU-KRS", "EG"}]),
    # a place named outside the name stays a party
    ("Управление Россельхознадзора по Орловской области сообщило, что из Брянской области "
     "в Китай вывезли 300 тонн мяса.", [{"RU-BRY", "CN"}]),
]


@pytest.mark.parametrize(("text", "expected"), OFFICES)
def test_an_office_territory_is_no_party(pipeline, text: str,
                                         expected: list[set[str]]) -> None:
    assert [set(figure.parties) for figure in _figures(pipeline, text)] == expected


# a region's trade with the whole world takes no partner from the document: told as
# «внешняя торговля», or sent «в страны зарубежья» (a plural of direction is no
# «торговля стран», which would be both sides)
TOTALS = [
    ("Приморский край наращивает торговлю с Китаем. Доля Китая во внешнеторговом обороте "
     "края составляет около 50%. По итогам 2023 года объем внешней торговли Приморья "
     "превысил 10 млрд долларов.", [{"CN", "RU-PRI"}, {"RU-PRI"}]),
    ("Внешняя торговля Омской области с Казахстаном выросла на 8%.", [{"RU-OMS", "KZ"}]),
    ("Брянские предприятия отправили в Саудовскую Аравию 40 тонн мяса. Всего в страны "
     "ближнего и дальнего зарубежья поставлено 12 тысяч тонн продукции.",
     [{"RU-BRY", "SA"}, {"RU-BRY"}]),
    ("Курские заводы отгрузили в Египет 500 тонн сахара. Общий объем поставок региона в "
     "страны Азии составил 3 тысячи тонн.", [{"RU-KRS", "EG"}, {"RU-KRS"}]),
    # a turnover «между регионом и республикой» names its partner: no total
    ("Ставропольский край и Республика Узбекистан расширят сотрудничество. Внешнеторговый "
     "оборот между регионом и республикой составил 18 миллионов долларов.",
     [{"RU-STA", "UZ"}]),
]


@pytest.mark.parametrize(("text", "expected"), TOTALS)
def test_a_total_with_the_world_has_no_partner(pipeline, text: str,
                                               expected: list[set[str]]) -> None:
    assert [set(figure.parties) for figure in _figures(pipeline, text)] == expected


# a foreign place named as a person's office is where the person serves, not a side
TITLES = [
    ("В состав делегации Китая во главе с вице-губернатором провинции Цзилинь Ли Мином "
     "вошли 150 человек.", [{"CN", "RU-PRI"}]),
    ("В работе форума с участием губернатора провинции Хэйлунцзян приняли участие 80 "
     "китайских компаний.", [{"CN", "RU-PRI"}]),
    # nor is the city an envoy is posted to
    ("Товарооборот Узбекистана и России превышает 10 млрд долларов, заявил узбекский посол "
     "в Москве Ботир Асадов.", [{"RU", "UZ"}]),
    # a district named like another region («в Ивановском районе Амурской области») is
    # no place of that region
    ("Китайская компания инвестирует 300 млн рублей в предприятие в Ивановском районе "
     "Амурской области.", [{"CN", "RU-AMU"}]),
    # nor is a region goods pass through
    ("Всего через пункты пропуска Оренбургской области в Россию было доставлено 900 тонн "
     "дынь.", [{"RU"}]),
    # … with a longer name of the checkpoint and its abbreviation in brackets (session 35,
    # z… dev)
    ("Ввоз товаров из Китая в Россию через международный автомобильный пункт пропуска "
     "(МАПП) Забайкальск вырос до 250 тысяч тонн.", [{"CN", "RU"}]),
    # a headline's «через» is not the sentence's: Russia named after it stays a side
    ("Экспорт через Благовещенск\n\nЭкспорт из России в Китай через мост в Благовещенске "
     "составил 2 млн тонн.", [{"CN", "RU"}]),
    # a province that is a side of the figure stays
    ("Товарооборот Приморского края с провинцией Цзилинь вырос на 12%.",
     [{"CN-JL", "RU-PRI"}]),
    # the group of regions a side ranks among is no side, here or in the next sentence
    ("Край стал лидером по экспорту среди субъектов Дальневосточного федерального "
     "округа. Отгрузки за рубеж увеличились на 34,2%.", [{"RU-PRI"}]),
    ("Край занимает первое место в Дальневосточном федеральном округе по экспорту, "
     "поставляя продукцию в 40 стран.", [{"RU-PRI"}]),
]


@pytest.mark.parametrize(("text", "expected"), TITLES)
def test_a_place_of_an_office_is_no_party(pipeline, text: str,
                                          expected: list[set[str]]) -> None:
    text = "Приморский край принимает гостей. " + text
    assert [set(figure.parties) for figure in _figures(pipeline, text)] == expected


# whose sides a figure's words leave to the page (written here after shapes seen on
# regional sites): the region the page is about, not the venue city its delegation
# visits and names more often; a part told after the whole («из которых …») names its
# own partner, not the whole's; on a page about a country abroad that country is the
# home side, and its total with the world has no partner
PAGE_SIDES = [
    ("Губернатор Курганской области находится с визитом в Уфе. В Уфе проходит форум "
     "регионов России и Казахстана, делегация нашего региона принимает в нем участие. "
     "Со слов губернатора, Казахстан — один из основных партнеров нашего региона: за "
     "полугодие товарооборот вырос на 27%.", [{"KZ", "RU-KGN"}]),
    ("Смоленская область активно сотрудничает с Беларусью. В прошлом году товарооборот "
     "составил 800 млн долларов, из которых 250 млн долларов — с Витебской областью.",
     [{"BY", "RU-SMO"}, {"BY-VI", "RU-SMO"}]),
    ("Киргизия нарастила экспорт. По данным Нацстаткома Киргизии, за девять месяцев "
     "страна экспортировала 300 тыс. тонн овощей на общую сумму 150 млн долларов. Кроме "
     "того, Киргизия вдвое увеличила поставки в Белоруссию (до 900 тонн).",
     [{"KG"}, {"KG"}, {"BY", "KG"}]),
    # every destination of a list named once: no country leads, so none is the home side
    # or the partner of the others' figures
    ("Больше всего выросли отгрузки в Таджикистан — на 20% (с 40 тыс. тонн до 48 тыс. "
     "тонн), в Туркмению — вдвое (с 5 тыс. тонн до 10 тыс. тонн).",
     [{"TJ"}, {"TJ"}, {"TM"}, {"TM"}]),
    # a project told after the sentence on its signing at a forum held elsewhere: it
    # stands in the page's region and is made with the page's partner abroad, not with
    # the forum's city or Russia at large
    ("Турецкая компания построит в Тверской области завод стекла. Тверская область "
     "давно работает с Турцией. Соглашение подписано с российской стороной в ходе "
     "форума, который проходит в Казани. Стоимость проекта составит 9 млрд рублей.",
     [{"RU-TVE", "TR"}]),
    # a page abroad about Russia's export: «российский» names Russia as often as the
    # buyer is named, so the buyer is no home side
    ("Узбекистан вошёл в число крупнейших покупателей российского зерна. Узбекистан "
     "закупает пшеницу из России. Доля Египта в поставках составляет 11%.",
     [{"EG", "RU"}]),
    # the city of a dateline filed the news: it is no side of the figure
    ("ГРОДНО, 5 мая (БелТА) – Товарооборот Брестской области с Россией в прошлом году "
     "составил 2 млрд долларов.", [{"BY-BR", "RU"}]),
    ("ЕРЕВАН /Арменпресс/ - Из Армении в Россию было поставлено 40 тысяч тонн абрикосов.",
     [{"AM", "RU"}]),
    ("Казахстан вернул пшеницу\nМосква. 8 сентября. INTERFAX.RU - Казахстан не пропустил "
     "партию российской пшеницы. На постах Западно-Казахстанской области возвращено 4 "
     "вагона пшеницы (251 тонна) из Саратовской области РФ.",
     [{"KZ-27", "RU-SAR"}, {"KZ-27", "RU-SAR"}]),
    # a Russian place goods are sent to receives them from the page's region, and is no
    # sender of the lines after it
    ("С начала года из Омской области отгружено 150 тыс. т зерна. Так, партии, которые "
     "были направлены в Калининград, – это 40 тыс. т семян. Еще 12 тыс. т семян "
     "экспортированы в Республику Казахстан.",
     [{"RU-OMS"}, {"RU-OMS", "RU-KGD"}, {"RU-OMS", "KZ"}]),
    # a page on a country abroad: Russia listed with a sum of its own is one partner of
    # the list, and every sum of the list is that country's with its partner
    ("Экспорт овощей из Узбекистана увеличился на 20,8%. Об этом сообщает агентство "
     "Узбекистана. Основными покупателями стали Россия - 407 млн долларов, Пакистан - "
     "140,3 млн долларов, а также Казахстан - 135 млн долларов.",
     [{"UZ"}, {"RU", "UZ"}, {"PK", "UZ"}, {"KZ", "UZ"}]),
]


@pytest.mark.parametrize(("text", "expected"), PAGE_SIDES)
def test_sides_the_page_gives(pipeline, text: str, expected: list[set[str]]) -> None:
    assert [set(figure.parties) for figure in _figures(pipeline, text)] == expected


def test_two_close_shares_of_two_partners_stay_two(pipeline) -> None:
    # 33% and 32,8% of two partners are two shares, not one told round then exactly
    text = ("На долю Казахстана пришлось 33% экспорта зерна Кемеровской области. КНР оказался "
            "на втором месте с показателем в 32,8%.")
    assert [set(figure.parties) for figure in _figures(pipeline, text)] == [
        {"KZ", "RU-KEM"}, {"CN", "RU-KEM"}]


@pytest.mark.parametrize(("text", "expected"), [
    # a supply between Russian regions only is counted as `other`, not as an export
    ("Поставки овощей из Ставропольского края выросли. В Саратовскую область поставили 13 "
     "тонн свеклы.", [("other", {"RU-STA", "RU-SAR"})]),
    ("Из Омской области в Краснодарский край в 2020 году вывезено 142,5 тыс. тонн зерна.",
     [("other", {"RU-OMS", "RU-KDA"})]),
    # a supply abroad stays an export
    ("Из Омской области в Казахстан в 2020 году вывезено 142,5 тыс. тонн зерна.",
     [("export", {"RU-OMS", "KZ"})]),
    # two Russian senders and no receiver named: an export whose buyer is left unsaid
    ("Экспорт леса растёт. Вывоз пиломатериалов в мае 2024 г. из Хабаровского края и "
     "Амурской области составил 95,3 тыс. кубометров.",
     [("export", {"RU-KHA", "RU-AMU"})]),
])
def test_a_supply_inside_russia_is_no_export(pipeline, text: str,
                                              expected: list[tuple[str, set[str]]]) -> None:
    assert [(figure.metric, set(figure.parties))
            for figure in figures_read(pipeline, text, "2025-06-01")] == expected
