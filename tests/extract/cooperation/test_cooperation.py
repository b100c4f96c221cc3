"""Cooperation: the pairs (and their sectors where clear) on real Russian news sentences."""

from __future__ import annotations

from dataclasses import replace

import pytest

from builders import document, placed_document
from coopwatch.extract import cooperation
from coopwatch.extract.cooperation.stage import _named_after
from coopwatch.pipeline import Pipeline
from coopwatch.records import Document, Event, Figure, Flow, Position, Span
from coopwatch.tools import Toolkit


def found_pairs(doc: Document) -> set[frozenset[str]]:
    return {frozenset(fact.parties) for fact in doc.cooperation}


# text, entities, expected unordered pairs, sectors the first pair must have
CASES = [
    ("Промышленная кооперация между Санкт-Петербургом и Беларусью - одна из приоритетных задач.",
     {"RU-SPE": ["Санкт-Петербургом"], "BY": ["Беларусью"]},
     [{"RU-SPE", "BY"}], set()),
    ("Сотрудничество Смоленской области с Беларусью развивается в сфере машиностроения и "
     "дорожного строительства.",
     {"RU-SMO": ["Смоленской области"], "BY": ["Беларусью"]},
     [{"RU-SMO", "BY"}], {"machinery", "construction"}),
    ("Сумма товарооборота между Татарстаном и Китаем превысила 565 млн долларов США.",
     {"RU-TA": ["Татарстаном"], "CN": ["Китаем"]},
     [{"RU-TA", "CN"}], set()),
    ("Омская область и Северо-Казахстанская область договорились расширять взаимодействие в "
     "сельском хозяйстве и образовании.",
     {"RU-OMS": ["Омская область"], "KZ-59": ["Северо-Казахстанская область"]},
     [{"RU-OMS", "KZ-59"}], {"agriculture", "education"}),
    ("В Казани запущено российско-китайское производство автомобилей.",
     {"geo:Казань": ["Казани"]},
     [{"RU", "CN"}], {"automotive"}),
    ("Хабаровский край и провинция Хэйлунцзян развивают партнёрство в сфере логистики.",
     {"RU-KHA": ["Хабаровский край"], "CN-HL": ["провинция Хэйлунцзян"]},
     [{"RU-KHA", "CN-HL"}], {"transport"}),
    ("Калининградская и Ленинградская области укрепляют межрегиональное сотрудничество в "
     "судостроении.",
     {"RU-KGD": ["Калининградская"], "RU-LEN": ["Ленинградская области"]},
     [{"RU-KGD", "RU-LEN"}], {"shipbuilding"}),
    ("Торговля Алтайского края с Павлодарской областью выросла на 12 процентов.",
     {"RU-ALT": ["Алтайского края"], "KZ-55": ["Павлодарской областью"]},
     [{"RU-ALT", "KZ-55"}], set()),
    ("Ростовская область заинтересована в сотрудничестве с Витебской областью в текстильной "
     "промышленности.",
     {"RU-ROS": ["Ростовская область"], "BY-VI": ["Витебской областью"]},
     [{"RU-ROS", "BY-VI"}], {"textiles"}),
    ("Самарская область и Самаркандская область подписали дорожную карту по развитию туризма.",
     {"RU-SAM": ["Самарская область"], "UZ-SA": ["Самаркандская область"]},
     [{"RU-SAM", "UZ-SA"}], {"tourism"}),
    # two cities of two countries: twin towns pair the cities themselves
    ("Мэр Екатеринбурга и глава Гомеля подписали соглашение о побратимстве и сотрудничестве "
     "в сфере образования.",
     {"geo:Екатеринбург": ["Екатеринбурга"], "geo:Гомель": ["Гомеля"]},
     [{"geo:Екатеринбург", "geo:Гомель"}], {"education"}),
    # regions listed as the sides of one agreement («между A, B и C») pair each with each
    ("Соглашение о сотрудничестве между Курской областью, Белгородской областью и "
     "Воронежской областью утверждено.",
     {"RU-KRS": ["Курской областью"], "RU-BEL": ["Белгородской областью"],
      "RU-VOR": ["Воронежской областью"]},
     [{"RU-KRS", "RU-BEL"}, {"RU-KRS", "RU-VOR"}, {"RU-BEL", "RU-VOR"}], set()),
    # a federal city is a city too
    ("Подписано соглашение о сотрудничестве Москвы и Белграда в сфере образования.",
     {"RU-MOW": ["Москвы"], "geo:Белград": ["Белграда"]},
     [{"RU-MOW", "geo:Белград"}], {"education"}),
]


# Co-mention that real news shows and that is no cooperation (issue 10): lists of
# countries, a venue, regions named together on one side, a region's adjective inside
# its own name.
NOT_PAIRS = [
    # two regions after one preposition are one side of the supply, not a pair
    ("Сотрудничество развивается: на экспорт из Приморского края и Сахалинской области "
     "отправили 45 тысяч тонн рыбы.",
     {"RU-PRI": ["Приморского края"], "RU-SAK": ["Сахалинской области"]},
     set()),
    # a list of places (and cities for their regions) after one preposition, likewise
    ("Торговля растёт: экспорт на Кубань, Ставрополь и Дальний Восток вырос вдвое.",
     {"RU-KDA": ["Кубань"], "geo:Ставрополь": ["Ставрополь"],
      "geo:Дальний Восток": ["Дальний Восток"]},
     set()),
    ("Сотрудничество крепнет: поставки идут в Татарстан, Башкортостан и Удмуртию.",
     {"RU-TA": ["Татарстан"], "RU-BA": ["Башкортостан"], "RU-UD": ["Удмуртию"]},
     set()),
    # the partners listed after «с» are partners of one side, not of each other
    ("Таможня будет содействовать развитию сотрудничества Китая с Россией и Казахстаном.",
     {"CN": ["Китая"], "RU": ["Россией"], "KZ": ["Казахстаном"]},
     {frozenset({"CN", "RU"})}),
    # the host of a foreign mission is no party: «посол Азербайджана в России»
    ("На Урал приедет посол Азербайджана в России Полад Бюль-Бюль Оглы, чтобы обсудить "
     "сотрудничество со Свердловской областью.",
     {"AZ": ["Азербайджана"], "RU": ["России"], "RU-SVE": ["Свердловской областью"],
      "per:Полад Бюль-Бюль Оглы": ["Полад Бюль-Бюль Оглы"]},
     {frozenset({"RU-SVE", "AZ"})}),
    ("Развивается сотрудничество со странами СНГ: прошли переговоры с Арменией, "
     "Казахстаном и Киргизией.",
     {"AM": ["Арменией"], "KZ": ["Казахстаном"], "KG": ["Киргизией"]},
     set()),
    ("В Сочи подписано соглашение о сотрудничестве Курской области с Гродненской областью.",
     {"geo:Сочи": ["Сочи"], "RU-KRS": ["Курской области"], "BY-HR": ["Гродненской областью"]},
     {frozenset({"RU-KRS", "BY-HR"})}),
    ("Делегации Омской и Томской областей обсудили сотрудничество с Казахстаном.",
     {"RU-OMS": ["Омской"], "RU-TOM": ["Томской областей"], "KZ": ["Казахстаном"]},
     {frozenset({"RU-OMS", "KZ"}), frozenset({"RU-TOM", "KZ"})}),
    ("На форуме о сотрудничестве выступили Курская, Орловская и Тульская области.",
     {"RU-KRS": ["Курская"], "RU-ORL": ["Орловская"], "RU-TUL": ["Тульская области"]},
     set()),
    ("Губернатор Московской области обсудил сотрудничество с послом Армении.",
     {"RU-MOS": ["Московской области"], "AM": ["Армении"]},
     {frozenset({"RU-MOS", "AM"})}),
    # regions that came along with the subject are not the partner's partners
    ("Курская область вместе с Тулой и Самарской областью представила на форуме "
     "сотрудничества с Китаем свои проекты.",
     {"RU-KRS": ["Курская область"], "RU-TUL": ["Тулой"], "RU-SAM": ["Самарской областью"],
      "CN": ["Китаем"]},
     {frozenset({"RU-KRS", "CN"})}),
    # a compound adjective naming a body or a venue, or inside a quoted title, is no pair
    ("Проект Калужской области о сотрудничестве представили на заседании "
     "межправительственной российско-индийской комиссии.",
     {"RU-KLU": ["Калужской области"]},
     set()),
    ("Делегация Липецкой области выступила на круглом столе «Регионы в развитии "
     "российско-узбекского сотрудничества».",
     {"RU-LIP": ["Липецкой области"]},
     set()),
    # where a company is, in brackets, is no side
    ("Компания «Уралтех» (Челябинск) и корпорация «Хуали» (Харбин) подписали соглашение "
     "о сотрудничестве.",
     {"geo:Челябинск": ["Челябинск"], "geo:Харбин": ["Харбин"]},
     {frozenset({"RU-CHE", "CN-HL"})}),
    # Russia named as the home of regions is no party
    ("Генконсул Турции обсудил сотрудничество с регионами Северо-Запада России.",
     {"TR": ["Турции"], "RU": ["России"]},
     set()),
    # a border two countries share is no cooperation of theirs
    ("Новый пункт пропуска на казахстанско-российской границе откроют весной.",
     {}, set()),
    ("Поток грузовиков через российско-китайскую границу вырос.",
     {}, set()),
]


@pytest.mark.parametrize(("text", "entities", "expected"), NOT_PAIRS)
def test_co_mention_is_no_pair(tools: Toolkit, text: str, entities: dict[str, list[str]],
                               expected: set[frozenset[str]]) -> None:
    doc = cooperation.extract(document(text, tools, entities), tools)
    assert found_pairs(doc) == expected


@pytest.mark.parametrize(("text", "entities", "expected", "sectors"), CASES)
def test_pairs(tools: Toolkit, text: str, entities: dict[str, list[str]],
               expected: list[set[str]], sectors: set[str]) -> None:
    doc = cooperation.extract(document(text, tools, entities), tools)
    assert found_pairs(doc) == {frozenset(pair) for pair in expected}
    first = next(f for f in doc.cooperation if set(f.parties) == expected[0])
    assert sectors <= set(first.sectors)
    assert first.evidence


# text, entities: no pair may be read
NO_PAIR = [
    ("Объём взаимной торговли составил 310 млн белорусских рублей.", {}),
    ("В Санкт-Петербурге открылся новый автомобильный завод.",
     {"RU-SPE": ["Санкт-Петербурге"]}),
    ("Провинции Чжэцзян и Фуцзянь развивают сотрудничество в электронике.",
     {"CN-ZJ": ["Чжэцзян"], "CN-FJ": ["Фуцзянь"]}),
    ("В связи с ростом цен Казахстан ввёл пошлины.", {"KZ": ["Казахстан"]}),
    # one federal office over two regions names no pair of them
    ("Об этом сообщает тверско-ярославское ведомство фитосанитарного надзора.", {}),
]


@pytest.mark.parametrize(("text", "entities"), NO_PAIR)
def test_no_pair(tools: Toolkit, text: str, entities: dict[str, list[str]]) -> None:
    doc = cooperation.extract(document(text, tools, entities), tools)
    assert doc.cooperation == ()


def test_one_named_side_pairs_with_the_main_region(tools: Toolkit) -> None:
    text = ("Курская область нарастила выпуск сахара. Курская область расширяет "
            "сотрудничество с Беларусью в агропромышленном комплексе.")
    doc = cooperation.extract(document(text, tools, {
        "RU-KRS": ["Курская область"], "BY": ["Беларусью"]}), tools)
    assert found_pairs(doc) == {frozenset({"RU-KRS", "BY"})}


def test_a_russian_region_said_so_is_the_main_region(tools: Toolkit) -> None:
    text = ("Тамбовская область нарастила экспорт. Беларусь стала главным торговым "
            "партнёром этого российского региона, сотрудничество растёт.")
    doc = cooperation.extract(document(text, tools, {
        "RU-TAM": ["Тамбовская область"], "BY": ["Беларусь"]}), tools)
    assert found_pairs(doc) == {frozenset({"RU-TAM", "BY"})}


def test_most_specific_region_wins_in_a_passage(tools: Toolkit) -> None:
    text = "Сотрудничество Санкт-Петербурга и России с Китаем в автопроме растёт."
    doc = cooperation.extract(document(text, tools, {
        "RU-SPE": ["Санкт-Петербурга"], "RU": ["России"], "CN": ["Китаем"]}), tools)
    assert found_pairs(doc) == {frozenset({"RU-SPE", "CN"})}


def test_events_give_pairs_and_persons_their_regions(tools: Toolkit) -> None:
    text = "Губернатор встретился с коллегой. Заводы обменялись узлами."
    doc = document(text, tools, {})
    span = Span(0, 33)
    doc = doc.replace(
        positions=(Position("per:Александр Беглов", "губернатор", "RU-SPE"),
                   Position("per:Рустам Минниханов", "президент", "RU-TA")),
        events=(Event("meeting", "done", participants=(
            "per:Александр Беглов", "per:Рустам Минниханов"), sectors=("energy",),
            evidence=(span,)),),
        flows=(Flow("org:ПТЗ", "org:МТЗ", sectors=("machinery",), evidence=(Span(34, 61),)),),
    )
    doc = cooperation.extract(doc, tools)
    assert found_pairs(doc) == {frozenset({"RU-SPE", "RU-TA"})}
    spb = next(f for f in doc.cooperation if "RU-SPE" in f.parties)
    assert "energy" in spb.sectors


def test_country_pair_dropped_when_its_region_cooperates(tools: Toolkit) -> None:
    """The country only as an adjective of its province is no side of its own."""
    text = ("Кузбасс расширяет сотрудничество с провинцией Шаньси в энергетике. "
            "Кузбасс наращивает торговлю с китайской провинцией Шаньси.")
    doc = cooperation.extract(document(text, tools, {
        "RU-KEM": ["Кузбасс"], "CN-SX": ["провинцией Шаньси"]}), tools)
    assert found_pairs(doc) == {frozenset({"RU-KEM", "CN-SX"})}


@pytest.mark.parametrize(("sides", "expected"), [
    # a company localizing in a region pairs with it
    (("org:Хавейл", "RU-TUL"), {frozenset({"RU-TUL", "org:Хавейл"})}),
    # with a country abroad among the sides, the pair is the region and the country
    (("org:Хавейл", "RU-TUL", "CN"), {frozenset({"RU-TUL", "CN"})}),
    # the zone hosting the plant is the region's own
    (("org:Хавейл", "org:ОЭЗ Узловая", "RU-TUL"), {frozenset({"RU-TUL", "org:Хавейл"})}),
])
def test_localization_pairs_the_region_with_the_company(
        tools: Toolkit, sides: tuple[str, ...], expected: set[frozenset[str]]) -> None:
    text = "Компания построит завод в Тульской области."
    doc = document(text, tools, {"org:Хавейл": ["Компания"], "org:ОЭЗ Узловая": ["завод"],
                                 "RU-TUL": ["Тульской области"]})
    doc = doc.replace(events=(Event("localization", "planned", participants=sides,
                                    evidence=(Span(0, len(text)),)),))
    assert found_pairs(cooperation.extract(doc, tools)) == expected


@pytest.mark.parametrize(("company", "region", "expected"), [
    ("org:Торговый дом Удмуртской Республики", "RU-UD", True),
    ("org:Тульский оружейный завод", "RU-TUL", True),
    ("org:Haval", "RU-TUL", False),
])
def test_a_body_named_after_its_region_is_not_its_partner(
    company: str, region: str, expected: bool, tools: Toolkit
) -> None:
    assert _named_after(company, region, tools) is expected


# a region of a country cooperates more than the country: the country stays a party
# only where the text names it as a side in its own right, not as the home of its region
COUNTRY_AND_ITS_REGION = [
    ("Пермский край подписал соглашение о сотрудничестве с Ферганской областью. "
     "Рабочая группа по сотрудничеству между Пермским краем и Узбекистаном соберётся "
     "осенью.",
     {"RU-PER": ["Пермский край", "Пермским краем"], "UZ-FA": ["Ферганской областью"],
      "UZ": ["Узбекистаном"]},
     {frozenset({"RU-PER", "UZ-FA"}), frozenset({"RU-PER", "UZ"})}),
    ("Пермский край подписал соглашение о сотрудничестве с Ферганской областью "
     "Узбекистана. Пермский край расширяет сотрудничество с Ферганской областью.",
     {"RU-PER": ["Пермский край"], "UZ-FA": ["Ферганской областью"],
      "UZ": ["Узбекистана"]},
     {frozenset({"RU-PER", "UZ-FA"})}),
    ("Губернатор Пермского края обсудил сотрудничество с главой Ферганского облисполкома "
     "Узбекистана. Пермский край расширяет сотрудничество с Ферганской областью.",
     {"RU-PER": ["Пермского края", "Пермский край"],
      "UZ-FA": ["Ферганского облисполкома", "Ферганской областью"], "UZ": ["Узбекистана"]},
     {frozenset({"RU-PER", "UZ-FA"})}),
    ("Соглашение о сотрудничестве подписали Пермский край и Ферганская область "
     "(Республика Узбекистан). Торговля Пермского края с Ферганской областью растёт.",
     {"RU-PER": ["Пермский край", "Пермского края"],
      "UZ-FA": ["Ферганская область", "Ферганской областью"], "UZ": ["Республика Узбекистан"]},
     {frozenset({"RU-PER", "UZ-FA"})}),
    ("Представители правительств двух регионов России и Узбекистана подпишут меморандум о "
     "сотрудничестве. Пермский край расширяет сотрудничество с Ферганской областью.",
     {"RU-PER": ["Пермский край"], "UZ-FA": ["Ферганской областью"], "RU": ["России"],
      "UZ": ["Узбекистана"]},
     {frozenset({"RU-PER", "UZ-FA"})}),
]


@pytest.mark.parametrize(("text", "entities", "expected"), COUNTRY_AND_ITS_REGION)
def test_a_country_named_as_a_side_stays_beside_its_region(
        tools: Toolkit, text: str, entities: dict[str, list[str]],
        expected: set[frozenset[str]]) -> None:
    doc = cooperation.extract(document(text, tools, entities), tools)
    assert found_pairs(doc) == expected


# a localization with a country abroad among its sides: a company from abroad pairs
# with the region where it builds; a Russian company's plant abroad pairs it with no one
FOREIGN_PLANTS = [
    ("Китайская компания Сюйфэн построит завод в Тульской области.",
     {"org:Сюйфэн": ["Сюйфэн"], "RU-TUL": ["Тульской области"]},
     ("org:Сюйфэн", "RU-TUL", "CN"),
     {frozenset({"RU-TUL", "CN"}), frozenset({"RU-TUL", "org:Сюйфэн"})}),
    ("Компания Sunway откроет сборочное производство в Тульской области.",
     {"org:Sunway": ["Sunway"], "RU-TUL": ["Тульской области"]},
     ("org:Sunway", "RU-TUL", "CN"),
     {frozenset({"RU-TUL", "CN"}), frozenset({"RU-TUL", "org:Sunway"})}),
    ("Компания Волжанка открыла сборочное производство на заводе Парс Хазар.",
     {"org:Волжанка": ["Волжанка"], "org:Парс Хазар": ["Парс Хазар"]},
     ("org:Волжанка", "org:Парс Хазар", "RU-TUL", "IR"),
     {frozenset({"RU-TUL", "IR"})}),
    # the city a plant goes to is its host, not a venue: a Russian firm's plant abroad
    # pairs no one with its home region
    ("Компания Ростагро и аграрии из Ростовской области откроют в Гомеле сервисный центр.",
     {"org:Ростагро": ["Ростагро"], "RU-ROS": ["Ростовской области"],
      "geo:Гомель": ["Гомеле"]},
     ("org:Ростагро", "RU-ROS", "BY-HO", "BY"),
     {frozenset({"RU-ROS", "BY-HO"})}),
]


@pytest.mark.parametrize(("text", "entities", "sides", "expected"), FOREIGN_PLANTS)
def test_a_company_from_abroad_pairs_with_its_host_region(
        tools: Toolkit, text: str, entities: dict[str, list[str]], sides: tuple[str, ...],
        expected: set[frozenset[str]]) -> None:
    doc = document(text, tools, entities)
    doc = doc.replace(events=(Event("localization", "planned", participants=sides,
                                    evidence=(Span(0, len(text)),)),))
    assert found_pairs(cooperation.extract(doc, tools)) == expected


def pairs_of_one_event(tools: Toolkit, text: str, entities: dict[str, list[str]],
                       event: Event) -> set[frozenset[str]]:
    """The pairs found in a one-sentence text whose one event spans the whole text."""
    doc = document(text, tools, entities)
    doc = doc.replace(events=(replace(event, evidence=(Span(0, len(text)),)),))
    return found_pairs(cooperation.extract(doc, tools))


# an investment of a firm from abroad in a region pairs the two, as a plant does; a
# firm the text does not show to be from abroad invests as the region's own business
INVESTING_FIRMS = [
    ("Китайская компания «Хуанхэ» вложит 2 млрд рублей в Амурскую область.",
     {"org:Хуанхэ": ["Хуанхэ"], "RU-AMU": ["Амурскую область"]},
     ("org:Хуанхэ", "RU-AMU"),
     {frozenset({"RU-AMU", "org:Хуанхэ"}), frozenset({"RU-AMU", "CN"})}),
    ("Холдинг Nordwind инвестирует в производство в Тверской области.",
     {"org:Nordwind": ["Nordwind"], "RU-TVE": ["Тверской области"]},
     ("org:Nordwind", "RU-TVE"),
     {frozenset({"RU-TVE", "org:Nordwind"})}),
    ("Компания «Волгаресурс» вложит 2 млрд рублей в Амурскую область.",
     {"org:Волгаресурс": ["Волгаресурс"], "RU-AMU": ["Амурскую область"]},
     ("org:Волгаресурс", "RU-AMU"),
     set()),
]


@pytest.mark.parametrize(("text", "entities", "sides", "expected"), INVESTING_FIRMS)
def test_a_firm_from_abroad_investing_pairs_with_the_region(
        tools: Toolkit, text: str, entities: dict[str, list[str]], sides: tuple[str, ...],
        expected: set[frozenset[str]]) -> None:
    assert pairs_of_one_event(tools, text, entities, Event("investment", "planned",
                                                            participants=sides)) == expected


# a region's meeting or visit with a company from abroad pairs the two; a firm of
# unknown home, or a Latin name that no firm noun or legal form introduces (a news
# outlet), pairs no one
MET_FIRMS = [
    ("Губернатор Амурской области встретился с руководством компании Sinoforest.",
     {"RU-AMU": ["Амурской области"], "org:Sinoforest": ["Sinoforest"]},
     ("RU-AMU", "org:Sinoforest"),
     {frozenset({"RU-AMU", "org:Sinoforest"})}),
    ("Делегация Курской области посетила ООО «Nordagro» в Минске.",
     {"RU-KRS": ["Курской области"], "org:Nordagro": ["Nordagro"]},
     ("RU-KRS", "org:Nordagro"),
     {frozenset({"RU-KRS", "org:Nordagro"})}),
    ("Губернатор Амурской области встретился с руководством компании «Волгаресурс».",
     {"RU-AMU": ["Амурской области"], "org:Волгаресурс": ["Волгаресурс"]},
     ("RU-AMU", "org:Волгаресурс"),
     set()),
    ("Губернатор Амурской области провёл встречу в Хэйхэ, сообщает Newsland.",
     {"RU-AMU": ["Амурской области"], "org:Newsland": ["Newsland"]},
     ("RU-AMU", "org:Newsland"),
     set()),
]


@pytest.mark.parametrize(("text", "entities", "sides", "expected"), MET_FIRMS)
def test_a_region_meeting_a_firm_from_abroad_pairs_with_it(
        tools: Toolkit, text: str, entities: dict[str, list[str]], sides: tuple[str, ...],
        expected: set[frozenset[str]]) -> None:
    assert pairs_of_one_event(tools, text, entities, Event("meeting", "done",
                                                            participants=sides)) == expected


# two places abroad right after a cue (and «между») pair with no Russian side; two
# places of one country abroad, or a mere co-mention, pair no one
ABROAD_PAIRS = [
    ("За полгода вырос товарооборот Казахстана и Киргизии.",
     {"KZ": ["Казахстана"], "KG": ["Киргизии"]},
     {frozenset({"KZ", "KG"})}),
    ("Растёт торговля между Узбекистаном и Ираном.",
     {"UZ": ["Узбекистаном"], "IR": ["Ираном"]},
     {frozenset({"UZ", "IR"})}),
    ("Развивается взаимодействие провинции Цзилинь и провинции Ляонин.",
     {"CN-JL": ["провинции Цзилинь"], "CN-LN": ["провинции Ляонин"]},
     set()),
    ("Делегации Казахстана и Киргизии посетили выставку.",
     {"KZ": ["Казахстана"], "KG": ["Киргизии"]},
     set()),
]


@pytest.mark.parametrize(("text", "entities", "expected"), ABROAD_PAIRS)
def test_two_places_abroad_after_a_cue_pair_without_russia(
        tools: Toolkit, text: str, entities: dict[str, list[str]],
        expected: set[frozenset[str]]) -> None:
    doc = document(text, tools, entities)
    assert found_pairs(cooperation.extract(doc, tools)) == expected


# one Russian company making the goods of a company from abroad pairs with it; two
# Russian companies, or a zone hosting the plant, pair no firms
MAKERS = [
    ("Компания «Уралагро» начнёт сборку тракторов китайской компании «Лантянь».",
     {"org:Уралагро": ["Уралагро"], "org:Лантянь": ["Лантянь"]},
     ("org:Уралагро", "org:Лантянь", "CN"),
     {frozenset({"org:Уралагро", "org:Лантянь"})}),
    ("Компания «Уралагро» начнёт сборку тракторов компании «Волгамаш».",
     {"org:Уралагро": ["Уралагро"], "org:Волгамаш": ["Волгамаш"]},
     ("org:Уралагро", "org:Волгамаш"),
     set()),
]


@pytest.mark.parametrize(("text", "entities", "sides", "expected"), MAKERS)
def test_a_russian_maker_of_goods_from_abroad_pairs_with_their_firm(
        tools: Toolkit, text: str, entities: dict[str, list[str]], sides: tuple[str, ...],
        expected: set[frozenset[str]]) -> None:
    doc = document(text, tools, entities)
    doc = doc.replace(events=(Event("localization", "planned", participants=sides,
                                    evidence=(Span(0, len(text)),)),))
    found = {pair for pair in found_pairs(cooperation.extract(doc, tools))
             if all(key.startswith("org:") for key in pair)}
    assert found == expected


# a place abroad visiting a Russian company, no Russian region taking part, pairs
# with the company; with a Russian region among the sides, the place rules decide
VISITED_FIRMS = [
    ("Завод «Уралтрак» посетила делегация Республики Казахстан.",
     {"org:Уралтрак": ["Уралтрак"], "KZ": ["Республики Казахстан"]},
     ("org:Уралтрак", "KZ"),
     {frozenset({"org:Уралтрак", "KZ"})}),
    ("Делегация Монголии посетила АО «Сибагромаш».",
     {"org:Сибагромаш": ["Сибагромаш"], "MN": ["Монголии"]},
     ("org:Сибагромаш", "MN"),
     {frozenset({"org:Сибагромаш", "MN"})}),
    ("Делегация Монголии посетила АО «Сибагромаш» в Омской области.",
     {"org:Сибагромаш": ["Сибагромаш"], "MN": ["Монголии"], "RU-OMS": ["Омской области"]},
     ("org:Сибагромаш", "MN", "RU-OMS"),
     {frozenset({"RU-OMS", "MN"})}),
]


@pytest.mark.parametrize(("text", "entities", "sides", "expected"), VISITED_FIRMS)
def test_a_place_abroad_visiting_a_russian_firm_pairs_with_it(
        tools: Toolkit, text: str, entities: dict[str, list[str]], sides: tuple[str, ...],
        expected: set[frozenset[str]]) -> None:
    doc = document(text, tools, entities)
    doc = doc.replace(events=(Event("visit", "done", participants=sides,
                                    evidence=(Span(0, len(text)),)),))
    assert found_pairs(cooperation.extract(doc, tools)) == expected


# a region's official (named elsewhere: «глава региона») signing with an organization
# pairs the region with it; a body
# of the region signing, or an executive body as the partner, pairs no region
REGION_PARTNERS = [
    ("Глава региона подписал соглашение о сотрудничестве с Союзом машиностроителей.",
     {"org:Союз машиностроителей": ["Союзом машиностроителей"]},
     ("per:Иван Петров", "RU-PNZ", "org:Союз машиностроителей"),
     {frozenset({"RU-PNZ", "org:Союз машиностроителей"})}),
    ("Фонд развития Пензенской области подписал соглашение с Союзом машиностроителей.",
     {"RU-PNZ": ["Пензенской области"],
      "org:Союз машиностроителей": ["Союзом машиностроителей"]},
     ("RU-PNZ", "org:Союз машиностроителей"),
     set()),
    ("Губернатор Пензенской области Иван Петров подписал соглашение с министерством "
     "промышленности России.",
     {"RU-PNZ": ["Пензенской области"], "per:Иван Петров": ["Иван Петров"],
      "org:министерство промышленности России": ["министерством промышленности России"]},
     ("per:Иван Петров", "RU-PNZ", "org:министерство промышленности России"),
     set()),
]


@pytest.mark.parametrize(("text", "entities", "sides", "expected"), REGION_PARTNERS)
def test_a_region_signing_with_an_organization_pairs_with_it(
        tools: Toolkit, text: str, entities: dict[str, list[str]], sides: tuple[str, ...],
        expected: set[frozenset[str]]) -> None:
    doc = document(text, tools, entities).replace(
        positions=(Position("per:Иван Петров", "губернатор", "RU-PNZ"),))
    doc = doc.replace(events=(Event("agreement", "done", participants=sides,
                                    evidence=(Span(0, len(text)),)),))
    found = {pair for pair in found_pairs(cooperation.extract(doc, tools)) if "RU-PNZ" in pair}
    assert found == expected


# a localization whose sentence names no Russian region is in the document's own
# region; a news site's address is no firm from abroad
PLANTS_IN_THE_MAIN_REGION = [
    ("Компания Sunway разместит новый завод в индустриальном парке «Луч».",
     {"org:Sunway": ["Sunway"]}, ("org:Sunway", "CN"), "RU-TUL",
     {frozenset({"RU-TUL", "org:Sunway"})}),
    ("Компания Sunway разместит в Орловской области новый завод.",
     {"org:Sunway": ["Sunway"], "RU-ORL": ["Орловской области"]},
     ("org:Sunway", "CN", "RU-ORL"), "RU-TUL",
     {frozenset({"RU-ORL", "org:Sunway"})}),
    ("Newsline.ru: компания Sunway разместит новый завод в индустриальном парке «Луч».",
     {"org:Sunway": ["Sunway"], "org:Newsline.ru": ["Newsline.ru"]},
     ("org:Sunway", "org:Newsline.ru", "CN"), "RU-TUL",
     {frozenset({"RU-TUL", "org:Sunway"})}),
    # a park named by its quoted name alone, its kind written before it, is the region's
    # own and pairs no one (session 35, z… dev)
    ("Компания Sunway разместит новый завод на территории индустриального парка «Луч».",
     {"org:Sunway": ["Sunway"], "org:Луч": ["Луч"]}, ("org:Sunway", "org:Луч"),
     "RU-TUL", {frozenset({"RU-TUL", "org:Sunway"})}),
    ("Компания Sunway стала резидентом ОЭЗ «Узловая» и построит завод.",
     {"org:Sunway": ["Sunway"], "org:Узловая": ["Узловая"]},
     ("org:Sunway", "org:Узловая"), "RU-TUL", {frozenset({"RU-TUL", "org:Sunway"})}),
]


@pytest.mark.parametrize(("text", "entities", "sides", "main", "expected"),
                         PLANTS_IN_THE_MAIN_REGION)
def test_a_plant_with_no_region_named_is_in_the_main_region(
        tools: Toolkit, text: str, entities: dict[str, list[str]], sides: tuple[str, ...],
        main: str, expected: set[frozenset[str]]) -> None:
    doc = document(text, tools, entities).replace(main_region=main)
    doc = doc.replace(events=(Event("localization", "planned",
                                    participants=(*sides, main),
                                    evidence=(Span(0, len(text)),)),))
    assert {pair for pair in found_pairs(cooperation.extract(doc, tools)) if any(
        key.startswith("org:") for key in pair)} == expected


# a cooperation passage whose partner after «с» is a firm (or a list of firms) from
# abroad pairs each with the passage's one Russian region, or the document's own
PARTNER_FIRMS = [
    ("Делегации Курской области сотрудничают с компаниями Velo и Marko.",
     {"RU-KRS": ["Курской области"], "org:Velo": ["Velo"], "org:Marko": ["Marko"]},
     None,
     {frozenset({"RU-KRS", "org:Velo"}), frozenset({"RU-KRS", "org:Marko"})}),
    ("Республика развивает сотрудничество с турецкой компанией «Демир».",
     {"org:Демир": ["Демир"]}, "RU-TA",
     {frozenset({"RU-TA", "org:Демир"})}),
    # a Russian firm is the region's own business
    ("Республика развивает сотрудничество с компанией «Демир».",
     {"org:Демир": ["Демир"]}, "RU-TA",
     set()),
    # two regions: whose partner the firm is stays unsaid
    ("Курская и Орловская области сотрудничают с компанией Velo.",
     {"RU-KRS": ["Курская"], "RU-ORL": ["Орловская области"], "org:Velo": ["Velo"]},
     None,
     set()),
]


@pytest.mark.parametrize(("text", "entities", "main", "expected"), PARTNER_FIRMS)
def test_a_firm_from_abroad_after_with_pairs_with_the_region(
        tools: Toolkit, text: str, entities: dict[str, list[str]], main: str | None,
        expected: set[frozenset[str]]) -> None:
    doc = document(text, tools, entities).replace(main_region=main)
    assert {pair for pair in found_pairs(cooperation.extract(doc, tools)) if any(
        key.startswith("org:") for key in pair)} == expected


# a place of an event that the text names only inside an organization's name is no
# side; an executive body's name does say its region
PLACES_IN_NAMES = [
    ("Делегация провинции Гилян посетит Астраханскую область и бизнес-форум в "
     "Московской ТПП.",
     {"IR-01": ["Гилян"], "RU-AST": ["Астраханскую область"],
      "org:Московская ТПП": ["Московской ТПП"]},
     ("IR-01", "RU-AST", "org:Московская ТПП", "RU-MOW"),
     {frozenset({"RU-AST", "IR-01"})}),
    ("Правительство Курской области подписало соглашение с Гомельским областным "
     "исполкомом.",
     {"RU-KRS": ["Курской области"],
      "org:Гомельский областной исполком": ["Гомельским областным исполкомом"]},
     ("RU-KRS", "org:Гомельский областной исполком", "BY-HO"),
     {frozenset({"RU-KRS", "BY-HO"})}),
]


@pytest.mark.parametrize(("text", "entities", "sides", "expected"), PLACES_IN_NAMES)
def test_a_place_only_in_an_organizations_name_is_no_side(
        tools: Toolkit, text: str, entities: dict[str, list[str]], sides: tuple[str, ...],
        expected: set[frozenset[str]]) -> None:
    doc = document(text, tools, entities)
    doc = doc.replace(events=(Event("visit", "planned", participants=sides,
                                    evidence=(Span(0, len(text)),)),))
    assert {pair for pair in found_pairs(cooperation.extract(doc, tools))
            if not any(key.startswith("org:") for key in pair)} == expected


# a country right after a cue and «с» is a side in its own right beside its region
CUE_PARTNER_COUNTRIES = [
    ("Делегация Наманганской области провела переговоры в регионе, который заинтересован "
     "в расширении сотрудничества с Узбекистаном.",
     {"UZ-NG": ["Наманганской области"], "UZ": ["Узбекистаном"]},
     {frozenset({"RU-KRS", "UZ-NG"}), frozenset({"RU-KRS", "UZ"})}),
    # the country only says whose the region is: the region alone is the partner
    ("Курская область расширяет сотрудничество с Наманганской областью Узбекистана.",
     {"RU-KRS": ["Курская область"], "UZ-NG": ["Наманганской областью"],
      "UZ": ["Узбекистана"]},
     {frozenset({"RU-KRS", "UZ-NG"})}),
]


@pytest.mark.parametrize(("text", "entities", "expected"), CUE_PARTNER_COUNTRIES)
def test_a_country_after_a_cue_and_with_is_a_side(
        tools: Toolkit, text: str, entities: dict[str, list[str]],
        expected: set[frozenset[str]]) -> None:
    doc = document(text, tools, entities).replace(main_region="RU-KRS")
    assert found_pairs(cooperation.extract(doc, tools)) == expected


# a document about a place abroad lists Russian regions as its partners in a sentence
# of their own: the place is their other side; named abroad in the same sentence (the
# venue of a forum), it is not
LISTED_PARTNERS = [
    ("Гомельская область наращивает экспорт. Гомельская область открыла торговый дом. "
     "Главными партнёрами остаются Брянская, Калужская и Тульская области.",
     {"BY-HO": ["Гомельская область", "Гомельская область"],
      "RU-BRY": ["Брянская"], "RU-KLU": ["Калужская"], "RU-TUL": ["Тульская области"]},
     {frozenset({"BY-HO", "RU-BRY"}), frozenset({"BY-HO", "RU-KLU"}),
      frozenset({"BY-HO", "RU-TUL"})}),
    ("Армения ценит помощь соседей. Развиваются прямые связи с Ростовской, "
     "Воронежской и Самарской областями.",
     {"AM": ["Армения"], "RU-ROS": ["Ростовской"], "RU-VOR": ["Воронежской"],
      "RU-SAM": ["Самарской областями"]},
     {frozenset({"AM", "RU-ROS"}), frozenset({"AM", "RU-VOR"}),
      frozenset({"AM", "RU-SAM"})}),
    ("Провинция Цзилинь ищет инвесторов. Курская, Орловская и Тульская области "
     "представили проекты сотрудничества на выставке в Чанчуне.",
     {"CN-JL": ["Провинция Цзилинь"], "RU-KRS": ["Курская"], "RU-ORL": ["Орловская"],
      "RU-TUL": ["Тульская области"], "geo:Чанчунь": ["Чанчуне"]},
     set()),
    # one Russian region named alone pairs with the place abroad too
    ("Брестская область наращивает выпуск молока. Брестская область открыла новый завод. "
     "Соглашение с Курской областью даст импульс сотрудничеству в торговле.",
     {"BY-BR": ["Брестская область", "Брестская область"], "RU-KRS": ["Курской областью"]},
     {frozenset({"BY-BR", "RU-KRS"})}),
    # two regions named alone are each other's pair
    ("Брестская область наращивает выпуск молока. Брестская область открыла новый завод. "
     "Курская и Орловская области развивают сотрудничество в торговле.",
     {"BY-BR": ["Брестская область", "Брестская область"], "RU-KRS": ["Курская"],
      "RU-ORL": ["Орловская области"]},
     {frozenset({"RU-KRS", "RU-ORL"})}),
]


@pytest.mark.parametrize(("text", "entities", "expected"), LISTED_PARTNERS)
def test_regions_listed_as_partners_pair_with_the_place_abroad(
        tools: Toolkit, text: str, entities: dict[str, list[str]],
        expected: set[frozenset[str]]) -> None:
    doc = cooperation.extract(document(text, tools, entities), tools)
    assert found_pairs(doc) == expected


# Russia beside a Russian region that cooperates with the same partner: the region is
# the side, unless Russia is named as one in its own right
RUSSIA_AND_ITS_REGION = [
    ("Курганская область расширяет сотрудничество с Казахстаном. Торговля российским "
     "зерном с Казахстаном растёт.",
     {"RU-KGN": ["Курганская область"], "KZ": ["Казахстаном", "Казахстаном"]},
     {frozenset({"RU-KGN", "KZ"})}),
    ("Россия и Казахстан подписали межправительственное соглашение о сотрудничестве. "
     "Курганская область расширяет сотрудничество с Казахстаном.",
     {"RU": ["Россия"], "RU-KGN": ["Курганская область"], "KZ": ["Казахстан", "Казахстаном"]},
     {frozenset({"RU-KGN", "KZ"}), frozenset({"RU", "KZ"})}),
]


@pytest.mark.parametrize(("text", "entities", "expected"), RUSSIA_AND_ITS_REGION)
def test_russia_gives_way_to_its_region_unless_named_as_a_side(
        tools: Toolkit, text: str, entities: dict[str, list[str]],
        expected: set[frozenset[str]]) -> None:
    doc = cooperation.extract(document(text, tools, entities), tools)
    assert found_pairs(doc) == expected


# Russia named only as the country of an envoy or a mission at a region's meeting is
# no side beside the region; named on its own, it is
ENVOYS_OF_RUSSIA = [
    ("Курганская область развивает сотрудничество с Костанайской областью. О сотрудничестве "
     "с Костанайской областью говорил и посол России Иванов.",
     {"RU-KGN": ["Курганская область"], "KZ-39": ["Костанайской областью"] * 2,
      "RU": ["России"]},
     {frozenset({"RU-KGN", "KZ-39"})}),
    ("Курганская область развивает сотрудничество с Костанайской областью. О сотрудничестве "
     "с Костанайской областью говорил торговый представитель Российской Федерации.",
     {"RU-KGN": ["Курганская область"], "KZ-39": ["Костанайской областью"] * 2,
      "RU": ["Российской Федерации"]},
     {frozenset({"RU-KGN", "KZ-39"})}),
    # named on its own, Russia stays a side
    ("Курганская область развивает сотрудничество с Костанайской областью. О сотрудничестве "
     "России с Костанайской областью говорил посол Иванов.",
     {"RU-KGN": ["Курганская область"], "KZ-39": ["Костанайской областью"] * 2,
      "RU": ["России"]},
     {frozenset({"RU-KGN", "KZ-39"}), frozenset({"RU", "KZ-39"})}),
]


@pytest.mark.parametrize(("text", "entities", "expected"), ENVOYS_OF_RUSSIA)
def test_russia_named_only_through_its_envoy_gives_way_to_its_region(
        tools: Toolkit, text: str, entities: dict[str, list[str]],
        expected: set[frozenset[str]]) -> None:
    doc = cooperation.extract(document(text, tools, entities), tools)
    assert found_pairs(doc) == expected


def test_pairs_without_sectors_take_the_document_words(tools: Toolkit) -> None:
    """No passage on cooperation names a sector: the main pair takes the sectors of the
    text's words, and a pair with none of its own takes the main pair's."""
    text = ("Курская область подписала соглашение о сотрудничестве с Гомельской областью. "
            "Курская область и Гомельская область договорились о партнёрстве.\n"
            "Курская область расширяет связи с Беларусью.\n"
            "Гомельские заводы выпускают сельскохозяйственную технику.")
    doc = cooperation.extract(document(text, tools, {
        "RU-KRS": ["Курская область", "Курская область", "Курская область"],
        "BY-HO": ["Гомельской областью", "Гомельская область"], "BY": ["Беларусью"]}), tools)
    sectors = {frozenset(fact.parties): set(fact.sectors) for fact in doc.cooperation}
    both = {"machinery", "agriculture"}  # agricultural machinery names both
    assert sectors == {frozenset({"RU-KRS", "BY-HO"}): both, frozenset({"RU-KRS", "BY"}): both}


def test_a_russian_venue_gives_way_to_the_documents_region(tools: Toolkit) -> None:
    """«В Сочи подписано соглашение … с Могилевской областью» in a story about another
    Russian region: that region is the side, the venue is not."""
    text = ("Пензенская область укрепляет связи с Беларусью. Делегация Пензенской области "
            "выступила на форуме. В Сочи подписано соглашение о сотрудничестве с "
            "Могилевской областью.")
    doc = cooperation.extract(document(text, tools, {
        "RU-PNZ": ["Пензенская область", "Пензенской области"], "BY": ["Беларусью"],
        "geo:Сочи": ["Сочи"], "BY-MA": ["Могилевской областью"]}), tools)
    assert frozenset({"RU-PNZ", "BY-MA"}) in found_pairs(doc)
    assert not any("RU-KDA" in pair for pair in found_pairs(doc))


# a trade figure supports its parties' pair only where its sentence names them; its
# parties may have been carried over from elsewhere («он составил …», «в соседнюю страну»)
TRADE_FIGURES = [
    ("Товарооборот Курганской области с Казахстаном составил 300 млн долларов.",
     {"RU-KGN": ["Курганской области"], "KZ": ["Казахстаном"]},
     {frozenset({"RU-KGN", "KZ"})}),
    ("Курганская область наращивает выпуск зерна. Область экспортировала в соседнюю страну "
     "товаров на 300 млн долларов.",
     {"RU-KGN": ["Курганская область"]},
     set()),
]


@pytest.mark.parametrize(("text", "entities", "expected"), TRADE_FIGURES)
def test_a_trade_figure_pairs_the_parties_its_sentence_names(
        tools: Toolkit, text: str, entities: dict[str, list[str]],
        expected: set[frozenset[str]]) -> None:
    doc = document(text, tools, entities)
    last = doc.passages[-1]
    figure = Figure("export" if "экспорт" in text else "trade_turnover", 300.0, "USD",
                    parties=("RU-KGN", "KZ"), evidence=(Span(last.start, last.stop),))
    doc = cooperation.extract(doc.replace(figures=(figure,)), tools)
    assert found_pairs(doc) == expected


# an event's place named only as where it happened («в Москве», «В Пекине») is no side
# when another side of its country is named besides; alone for its country it stays
EVENT_VENUES = [
    ("Глава Вологодской области в Москве провёл встречу с губернатором провинции Шэньси.",
     {"RU-VLG": ["Вологодской области"], "RU-MOW": ["Москве"], "CN-SN": ["провинции Шэньси"]},
     ("RU-VLG", "RU-MOW", "CN-SN"),
     {frozenset({"RU-VLG", "CN-SN"})}),
    ("В Пекине губернатор Рязанской области и делегация провинции Хунань подписали меморандум.",
     {"CN-BJ": ["Пекине"], "RU-RYA": ["Рязанской области"], "CN-HN": ["провинции Хунань"]},
     ("CN-BJ", "RU-RYA", "CN-HN"),
     {frozenset({"RU-RYA", "CN-HN"})}),
    # the country named besides in the sentence, not among the event's sides, is enough
    ("Во время визита в Китай делегация Калужской области подписала в Шанхае контракт.",
     {"CN": ["Китай"], "RU-KLU": ["Калужской области"], "CN-SH": ["Шанхае"]},
     ("RU-KLU", "CN-SH"),
     set()),
    ("В Казани делегация Самарской области побывала на выставке станков.",
     {"RU-TA": ["Казани"], "RU-SAM": ["Самарской области"]},
     ("RU-TA", "RU-SAM"),
     set()),
    # the host abroad is the other side of a visit
    ("В Ташкенте губернатор Омской области провёл переговоры о поставках зерна.",
     {"UZ-TK": ["Ташкенте"], "RU-OMS": ["Омской области"]},
     ("UZ-TK", "RU-OMS"),
     {frozenset({"RU-OMS", "UZ-TK"})}),
    # a venue city stands for its province among the sides: the province is no side then,
    # unless the sentence names the province itself
    ("В Харбине делегация России и представители Китая обсудили поставки леса.",
     {"geo:Харбин": ["Харбине"], "RU": ["России"], "CN": ["Китая"]},
     ("RU", "CN-HL", "CN"),
     {frozenset({"RU", "CN"})}),
    ("В Харбине делегация России встретилась с губернатором провинции Хэйлунцзян.",
     {"geo:Харбин": ["Харбине"], "RU": ["России"], "CN-HL": ["провинции Хэйлунцзян"]},
     ("RU", "CN-HL"),
     {frozenset({"RU", "CN-HL"})}),
    # alone for its country, the province of the venue city is the host and stays
    ("В Харбине губернатор Амурской области провёл переговоры о поставках сои.",
     {"geo:Харбин": ["Харбине"], "RU-AMU": ["Амурской области"]},
     ("RU-AMU", "CN-HL"),
     {frozenset({"RU-AMU", "CN-HL"})}),
    # a region in the accusative is where a delegation goes, not a venue
    ("Делегация провинции Цзилинь прибыла в Татарстан для переговоров.",
     {"CN-JL": ["провинции Цзилинь"], "RU-TA": ["Татарстан"]},
     ("CN-JL", "RU-TA"),
     {frozenset({"RU-TA", "CN-JL"})}),
]


@pytest.mark.parametrize(("text", "entities", "sides", "expected"), EVENT_VENUES)
def test_the_venue_of_an_event_is_no_side_beside_its_countrys_own(
        tools: Toolkit, text: str, entities: dict[str, list[str]], sides: tuple[str, ...],
        expected: set[frozenset[str]]) -> None:
    assert pairs_of_one_event(tools, text, entities, Event("meeting", "done",
                                                            participants=sides)) == expected


# officials of two countries in one event pair the countries, beside the regions that
# take part; a governor stands for his region only
HEADS_OF_STATE = [
    (("per:Владимир Путин", "per:Шавкат Мирзиёев", "RU-SVE", "UZ-NG"),
     {frozenset({"RU", "UZ"}), frozenset({"RU-SVE", "UZ-NG"})}),
    (("per:Евгений Куйвашев", "per:Шавкат Мирзиёев", "RU-SVE", "UZ-NG"),
     {frozenset({"RU-SVE", "UZ-NG"})}),
]


@pytest.mark.parametrize(("sides", "expected"), HEADS_OF_STATE)
def test_officials_of_two_countries_pair_the_countries(
        tools: Toolkit, sides: tuple[str, ...], expected: set[frozenset[str]]) -> None:
    text = "Президент России и президент Узбекистана провели переговоры."
    doc = document(text, tools, {"RU": ["России"], "UZ": ["Узбекистана"]}).replace(
        positions=(Position("per:Владимир Путин", "президент", "RU"),
                   Position("per:Шавкат Мирзиёев", "президент", "UZ"),
                   Position("per:Евгений Куйвашев", "губернатор", "RU-SVE")),
        events=(Event("meeting", "done", participants=sides,
                      evidence=(Span(0, len(text)),)),))
    assert found_pairs(cooperation.extract(doc, tools)) == expected


# a trade figure whose places stand in one list after one preposition (the sources or
# the destinations of a supply) pairs none of them with each other
ONE_SIDED_FIGURES = [
    ("С начала года на экспорт из Курганской и Тюменской областей отправили зерна на "
     "300 млн долларов.",
     {"RU-KGN": ["Курганской"], "RU-TYU": ["Тюменской областей"]},
     set()),
    # a name that is no party (a federal district) may head the list
    ("Экспорт в Уральский федеральный округ, Курганскую и Тюменскую области вырос на "
     "300 млн долларов.",
     {"geo:Уральский федеральный округ": ["Уральский федеральный округ"],
      "RU-KGN": ["Курганскую"], "RU-TYU": ["Тюменскую области"]},
     set()),
    ("Товарооборот Курганской области с Тюменской областью составил 300 млн долларов.",
     {"RU-KGN": ["Курганской области"], "RU-TYU": ["Тюменской областью"]},
     {frozenset({"RU-KGN", "RU-TYU"})}),
]


@pytest.mark.parametrize(("text", "entities", "expected"), ONE_SIDED_FIGURES)
def test_a_trade_figure_of_one_side_pairs_no_one(
        tools: Toolkit, text: str, entities: dict[str, list[str]],
        expected: set[frozenset[str]]) -> None:
    doc = document(text, tools, entities)
    figure = Figure("export", 300.0, "USD", parties=("RU-KGN", "RU-TYU"),
                    evidence=(Span(0, len(text)),))
    doc = cooperation.extract(doc.replace(figures=(figure,)), tools)
    assert found_pairs(doc) == expected


def test_a_flow_between_places_of_one_list_pairs_no_one(tools: Toolkit) -> None:
    text = "Зерно на экспорт идёт из Курганской и Тюменской областей."
    doc = document(text, tools, {"RU-KGN": ["Курганской"], "RU-TYU": ["Тюменской областей"]})
    flow = Flow("RU-KGN", "RU-TYU", goods=("зерно",), evidence=(Span(0, len(text)),))
    assert found_pairs(cooperation.extract(doc.replace(flows=(flow,)), tools)) == set()


def test_a_list_of_twin_towns_pairs_the_cities_not_their_provinces(tools: Toolkit) -> None:
    text = ("Мэрия Перми обсуждает побратимство с городами Харбин и Далянь, а мэрия Твери — "
            "с городом Шэньян.")
    doc = document(text, tools, {"geo:Пермь": ["Перми"], "geo:Харбин": ["Харбин"],
                                 "geo:Далянь": ["Далянь"], "geo:Тверь": ["Твери"],
                                 "geo:Шэньян": ["Шэньян"]})
    expected = {frozenset({"geo:Пермь", "geo:Харбин"}), frozenset({"geo:Пермь", "geo:Далянь"}),
                frozenset({"geo:Тверь", "geo:Шэньян"})}
    assert found_pairs(cooperation.extract(doc, tools)) == expected
    # an event read from the passage pairs no city across the list's twos
    event = Event("meeting", "planned", evidence=(Span(0, len(text)),), participants=(
        "geo:Пермь", "geo:Харбин", "geo:Далянь", "geo:Тверь", "geo:Шэньян"))
    doc = doc.replace(events=(event,))
    assert found_pairs(cooperation.extract(doc, tools)) == expected


# places in one list after one preposition (the sources or the destinations of goods)
# are one side: an event or a cooperation passage pairs them with others, not with
# each other
ONE_SIDED_LISTS = [
    ("Ярмарка товаров из Тамбовской области и Могилёвской области открылась в субботу.",
     {"RU-TAM": ["Тамбовской области"], "BY-MA": ["Могилёвской области"]},
     ("RU-TAM", "BY-MA"), set()),
    ("Тамбовская область и Могилёвская область открыли совместную ярмарку в субботу.",
     {"RU-TAM": ["Тамбовская область"], "BY-MA": ["Могилёвская область"]},
     ("RU-TAM", "BY-MA"), {frozenset({"RU-TAM", "BY-MA"})}),
    ("Торговое сотрудничество растёт: в Россию и Казахстан поставили 300 тонн чая из "
     "Вьетнама.",
     {"RU": ["Россию"], "KZ": ["Казахстан"], "VN": ["Вьетнама"]},
     (), {frozenset({"RU", "VN"})}),
]


@pytest.mark.parametrize(("text", "entities", "sides", "expected"), ONE_SIDED_LISTS)
def test_places_listed_after_one_preposition_are_one_side(
        tools: Toolkit, text: str, entities: dict[str, list[str]], sides: tuple[str, ...],
        expected: set[frozenset[str]]) -> None:
    doc = document(text, tools, entities)
    if sides:
        doc = doc.replace(events=(Event("forum", "done", participants=sides,
                                        evidence=(Span(0, len(text)),)),))
    assert found_pairs(cooperation.extract(doc, tools)) == expected


# a place after «через» is a route, not a party, in a passage and among an event's sides
ROUTE_TEXT = "Бурятия и Китай обсуждают сотрудничество по газопроводу через Монголию."
ROUTE_ENTITIES = {"RU-BU": ["Бурятия"], "CN": ["Китай"], "MN": ["Монголию"]}


@pytest.mark.parametrize("sides", [(), ("RU-BU", "CN", "MN")])
def test_a_place_on_the_route_is_no_party(tools: Toolkit, sides: tuple[str, ...]) -> None:
    doc = document(ROUTE_TEXT, tools, ROUTE_ENTITIES)
    if sides:
        doc = doc.replace(events=(Event("meeting", "done", participants=sides,
                                        evidence=(Span(0, len(ROUTE_TEXT)),)),))
    assert found_pairs(cooperation.extract(doc, tools)) == {frozenset({"RU-BU", "CN"})}



GOVERNOR = Position("per:Иван Петров", "губернатор", "RU-PER")
# a city whose own official takes part is a side itself, not its region or country
GOVERNED_CITIES = [
    ("Губернатор Пермского края встретился с мэром Харбина и обсудил поставки леса.",
     (GOVERNOR, Position("per:Ли Вэй", "мэр", "geo:Харбин")),
     ("per:Иван Петров", "per:Ли Вэй", "geo:Харбин"),
     {frozenset({"RU-PER", "geo:Харбин"})}),
    ("Вице-мэр Бишкека провёл переговоры с губернатором Пермского края о туризме.",
     (GOVERNOR, Position("per:Ли Вэй", "вице-мэр", "geo:Бишкек")),
     ("per:Иван Петров", "per:Ли Вэй"),
     {frozenset({"RU-PER", "geo:Бишкек"})}),
    # a city nobody holds a post of stands for its province
    ("Губернатор Пермского края побывал в Харбине на выставке.",
     (GOVERNOR,),
     ("per:Иван Петров", "geo:Харбин"),
     {frozenset({"RU-PER", "CN-HL"})}),
    # but it meets a city whose own official acts as a city: two cities meet
    ("Мэр Перми принял делегацию Харбина и обсудил обмен студентами.",
     (Position("per:Иван Петров", "мэр", "geo:Пермь"),),
     ("per:Иван Петров", "geo:Харбин"),
     {frozenset({"geo:Пермь", "geo:Харбин"})}),
    ("Глава Бишкека побывал в Перми с рабочим визитом.",
     (Position("per:Ли Вэй", "глава", "geo:Бишкек"),),
     ("per:Ли Вэй", "geo:Пермь"),
     {frozenset({"geo:Бишкек", "geo:Пермь"})}),
]


@pytest.mark.parametrize(("text", "positions", "sides", "expected"), GOVERNED_CITIES)
def test_a_city_whose_official_acts_is_a_side_itself(
        tools: Toolkit, text: str, positions: tuple[Position, ...], sides: tuple[str, ...],
        expected: set[frozenset[str]]) -> None:
    doc = document(text, tools, {}).replace(
        positions=positions,
        events=(Event("meeting", "done", participants=sides,
                      evidence=(Span(0, len(text)),)),))
    assert found_pairs(cooperation.extract(doc, tools)) == expected


# two partner cities are the sides: their regions or countries, only lifted from them,
# are not
TWIN_TOWNS = [
    ("Глава Перми и мэр китайского Вэйхая подписали соглашение о побратимстве.",
     {"geo:Пермь": ["Перми"], "geo:Вэйхай": ["Вэйхая"]},
     {frozenset({"geo:Пермь", "geo:Вэйхай"})}),
    ("Меморандум о побратимстве между столицей Адыгеи и китайским Вэйхаем подписан.",
     {"geo:Майкоп": ["столицей"], "RU-AD": ["Адыгеи"], "geo:Вэйхай": ["Вэйхаем"]},
     {frozenset({"geo:Майкоп", "geo:Вэйхай"})}),
    # a region and a city named a town: the city's province is not a side
    ("Тамбовская область и город Тунцзян подписали меморандум о сотрудничестве.",
     {"RU-TAM": ["Тамбовская область"], "geo:Тунцзян": ["Тунцзян"]},
     {frozenset({"RU-TAM", "geo:Тунцзян"})}),
]


@pytest.mark.parametrize(("text", "entities", "expected"), TWIN_TOWNS)
def test_twin_towns_are_not_lifted_to_their_regions(
        tools: Toolkit, text: str, entities: dict[str, list[str]],
        expected: set[frozenset[str]]) -> None:
    doc = document(text, tools, entities)
    doc = doc.replace(events=(Event("agreement", "done", participants=tuple(entities),
                                    evidence=(Span(0, len(text)),)),))
    assert found_pairs(cooperation.extract(doc, tools)) == expected


def test_a_province_named_more_often_than_its_city_is_not_dropped(tools: Toolkit) -> None:
    text = ("Хабаровский край и провинция Хэйлунцзян развивают партнёрство в логистике. "
            "Сотрудничество края с провинцией Хэйлунцзян растёт. "
            "Губернатор края встретился с мэром Харбина.")
    doc = document(text, tools, {"RU-KHA": ["Хабаровский край"],
                                 "CN-HL": ["Хэйлунцзян"],
                                 "geo:Харбин": ["Харбина"]})
    visit = text.index("Губернатор")
    doc = doc.replace(
        positions=(Position("per:Ли Вэй", "мэр", "geo:Харбин"),),
        events=(Event("meeting", "done", participants=("RU-KHA", "per:Ли Вэй"),
                      evidence=(Span(visit, len(text)),)),))
    assert frozenset({"RU-KHA", "CN-HL"}) in found_pairs(cooperation.extract(doc, tools))


# Russian regions named only after one «с» are those met with, not each other's partners
MET_WITH = [
    ("На встрече с губернатором Тверской области, вице-губернатором Тульской области "
     "делегация обсудила сотрудничество.",
     {"RU-TVE": ["Тверской области"], "RU-TUL": ["Тульской области"]},
     set()),
    ("Гости провели переговоры о сотрудничестве с Тверской и Тульской областями.",
     {"RU-TVE": ["Тверской"], "RU-TUL": ["Тульской областями"]},
     set()),
    # one region before «с» is a side of its own
    ("Губернатор Тверской области обсудил сотрудничество с губернатором Тульской области.",
     {"RU-TVE": ["Тверской области"], "RU-TUL": ["Тульской области"]},
     {frozenset({"RU-TVE", "RU-TUL"})}),
    # «в соответствии с» far before the regions governs none of them
    ("В соответствии с планом Тверская и Тульская области расширяют сотрудничество.",
     {"RU-TVE": ["Тверская"], "RU-TUL": ["Тульская области"]},
     {frozenset({"RU-TVE", "RU-TUL"})}),
]


@pytest.mark.parametrize(("text", "entities", "expected"), MET_WITH)
def test_regions_met_with_are_not_each_others_partners(
        tools: Toolkit, text: str, entities: dict[str, list[str]],
        expected: set[frozenset[str]]) -> None:
    doc = document(text, tools, entities)
    assert found_pairs(cooperation.extract(doc, tools)) == expected
    meeting = Event("meeting", "done", participants=tuple(entities),
                    evidence=(Span(0, len(text)),))
    assert found_pairs(cooperation.extract(doc.replace(events=(meeting,)), tools)) == expected


def test_trading_with_is_a_cue(tools: Toolkit) -> None:
    text = "Курская область активно торгует с Казахстаном зерном и техникой."
    doc = cooperation.extract(document(text, tools, {
        "RU-KRS": ["Курская область"], "KZ": ["Казахстаном"]}), tools)
    assert found_pairs(doc) == {frozenset({"RU-KRS", "KZ"})}


# firms or capital of a place abroad at work in a region pair the two
FOREIGN_FIRMS = [
    ("Большинство южнокорейских предприятий в Калужской области выпускают электронику.",
     {"RU-KLU": ["Калужской области"]},
     {frozenset({"RU-KLU", "KR"})}),
    ("В Псковской области открылись два завода с участием белорусского капитала.",
     {"RU-PSK": ["Псковской области"]},
     {frozenset({"RU-PSK", "BY"})}),
    # a Russian company is no partner from abroad
    ("Большинство российских предприятий в Калужской области выпускают электронику.",
     {"RU-KLU": ["Калужской области"]},
     set()),
]


@pytest.mark.parametrize(("text", "entities", "expected"), FOREIGN_FIRMS)
def test_firms_from_abroad_pair_with_their_region(
        tools: Toolkit, text: str, entities: dict[str, list[str]],
        expected: set[frozenset[str]]) -> None:
    doc = cooperation.extract(document(text, tools, entities), tools)
    assert found_pairs(doc) == expected


# a place adjective of an event noun says where it was held, not who took part
EVENT_ADJECTIVES = [
    ("Глава Чувашии в ходе Петербургского международного экономического форума обсудил "
     "сотрудничество с Монголией.",
     {"RU-CU": ["Чувашии"], "MN": ["Монголией"]},
     {frozenset({"RU-CU", "MN"})}),
    ("На Московской агропромышленной выставке Гомельская область развивает сотрудничество с "
     "Курской областью.",
     {"BY-HO": ["Гомельская область"], "RU-KRS": ["Курской областью"]},
     {frozenset({"BY-HO", "RU-KRS"})}),
]


@pytest.mark.parametrize(("text", "entities", "expected"), EVENT_ADJECTIVES)
def test_a_place_adjective_of_an_event_is_its_venue(
        tools: Toolkit, text: str, entities: dict[str, list[str]],
        expected: set[frozenset[str]]) -> None:
    doc = cooperation.extract(document(text, tools, entities), tools)
    assert found_pairs(doc) == expected


# a hyphenated compound whose last part is a cue, though the lemmatizer keeps its first
# part inflected («городами-побратимами»)
COMPOUND_CUES = [
    ("Ярославль и Новоселица стали городами-побратимами.",
     {"geo:Ярославль": ["Ярославль"], "geo:Новоселица": ["Новоселица"]},
     {frozenset({"geo:Ярославль", "geo:Новоселица"})}),
    ("Смоленск и Ташкале объявлены городами-побратимами.",
     {"geo:Смоленск": ["Смоленск"], "geo:Ташкале": ["Ташкале"]},
     {frozenset({"geo:Смоленск", "geo:Ташкале"})}),
]


@pytest.mark.parametrize(("text", "entities", "expected"), COMPOUND_CUES)
def test_the_last_part_of_a_compound_is_a_cue(
        tools: Toolkit, text: str, entities: dict[str, list[str]],
        expected: set[frozenset[str]]) -> None:
    doc = cooperation.extract(document(text, tools, entities), tools)
    assert found_pairs(doc) == expected


# two places joined by «и» right after a cue noun are a pair, as a compound adjective
# would be, even beside a region of one of them
COORDINATED = [
    ("Глава Бурятии уверен, что форум укрепит взаимодействие России и Монголии.",
     {"RU-BU": ["Бурятии"], "RU": ["России"], "MN": ["Монголии"]},
     {frozenset({"RU", "MN"}), frozenset({"RU-BU", "MN"})}),
    # not joined right after the cue noun: the region stays the more specific side
    ("Глава Бурятии рассказал о сотрудничестве с Монголией на форуме в России.",
     {"RU-BU": ["Бурятии"], "MN": ["Монголией"], "RU": ["России"]},
     {frozenset({"RU-BU", "MN"})}),
]


@pytest.mark.parametrize(("text", "entities", "expected"), COORDINATED)
def test_places_joined_after_a_cue_noun_pair(
        tools: Toolkit, text: str, entities: dict[str, list[str]],
        expected: set[frozenset[str]]) -> None:
    doc = cooperation.extract(document(text, tools, entities), tools)
    assert found_pairs(doc) == expected


# a passage about a plant or production that names one Russian region and a firm from
# abroad («компания X», with a Latin name or a foreign adjective) pairs the two
PLANT_PASSAGES = [
    ("В Орловской области японская компания Hanto построит завод по выпуску насосов.",
     {"RU-ORL": ["Орловской области"], "org:Hanto": ["Hanto"]},
     {frozenset({"RU-ORL", "org:Hanto"}), frozenset({"RU-ORL", "JP"})}),
    ("Индийский концерн Varma Steel наладит в Курской области производство труб.",
     {"RU-KRS": ["Курской области"], "org:Varma Steel": ["Varma Steel"]},
     {frozenset({"RU-KRS", "org:Varma Steel"}), frozenset({"RU-KRS", "IN"})}),
    # a news agency in the dateline is no firm at work in the region
    ("Novosti.net – В Орловской области построят завод по выпуску насосов.",
     {"org:Novosti.net": ["Novosti.net"], "RU-ORL": ["Орловской области"]},
     set()),
    # nothing about a plant or production: the firm's country alone is the partner
    ("В Орловской области японская компания Hanto открыла представительство.",
     {"RU-ORL": ["Орловской области"], "org:Hanto": ["Hanto"]},
     {frozenset({"RU-ORL", "JP"})}),
]


@pytest.mark.parametrize(("text", "entities", "expected"), PLANT_PASSAGES)
def test_a_firm_from_abroad_with_a_plant_pairs_with_the_region(
        tools: Toolkit, text: str, entities: dict[str, list[str]],
        expected: set[frozenset[str]]) -> None:
    doc = cooperation.extract(document(text, tools, entities), tools)
    assert found_pairs(doc) == expected


# a firm is from abroad by an adjective anywhere in the noun phrase before its name
# («японская текстильная и швейная компания "X"») or by «из» and a country after the
# firm noun («фирма из Германии – X»); a city named as the plant's site stands for its
# region
FIRMS_FROM_ABROAD = [
    ("Крупная японская текстильная и швейная компания «Мэйко» построит в Орловской "
     "области завод.",
     {"org:Мэйко": ["Мэйко"], "RU-ORL": ["Орловской области"]},
     {frozenset({"RU-ORL", "org:Мэйко"})}),
    ("Фирма из Германии – «Вальтер» – планирует открыть в Калуге завод стеклотары.",
     {"org:Вальтер": ["Вальтер"], "DE": ["Германии"], "geo:Калуга": ["Калуге"]},
     {frozenset({"RU-KLU", "org:Вальтер"})}),
    # a Russian firm is no partner from abroad
    ("Крупная орловская текстильная и швейная компания «Мэйко» построит в Орловской "
     "области завод.",
     {"org:Мэйко": ["Мэйко"], "RU-ORL": ["Орловской области"]},
     set()),
    # «и» between two noun phrases: the delegation's country is not the firm's
    ("Японская делегация и компания «Мэйко» построят в Орловской области завод.",
     {"org:Мэйко": ["Мэйко"], "RU-ORL": ["Орловской области"]},
     set()),
    # a place adjective inside a quoted name gives the firm no home country
    ("Ресторан «Японский дом» построит в Орловской области завод.",
     {"org:Японский дом": ["Японский дом"], "RU-ORL": ["Орловской области"]},
     set()),
]


@pytest.mark.parametrize(("text", "entities", "expected"), FIRMS_FROM_ABROAD)
def test_a_firm_is_from_abroad_by_its_noun_phrase(
        tools: Toolkit, text: str, entities: dict[str, list[str]],
        expected: set[frozenset[str]]) -> None:
    doc = cooperation.extract(document(text, tools, entities), tools)
    assert {pair for pair in found_pairs(doc) if any(
        key.startswith("org:") for key in pair)} == expected


def test_a_plant_of_the_region_working_with_the_firm_keeps_the_firms_apart(
        tools: Toolkit) -> None:
    text = ("Курский насосный завод и японская компания Hanto наладят в Курской области "
            "выпуск насосов.")
    doc = cooperation.extract(document(text, tools, {
        "org:Курский насосный завод": ["Курский насосный завод"],
        "RU-KRS": ["Курской области"], "org:Hanto": ["Hanto"]}), tools)
    assert frozenset({"RU-KRS", "org:Hanto"}) not in found_pairs(doc)


# an agreement of one Russian region with a firm introduced as from abroad («с
# вьетнамской компанией X») pairs the two; a firm with a Latin name alone («авиакомпания
# X» flying there) or a Russian firm signing beside it does not
AGREEMENT_FIRMS = [
    ("Губернатор подписал соглашения с компанией «Заря» и вьетнамской компанией "
     "«Тхань Лонг» о строительстве теплиц в Курской области.",
     {"org:Заря": ["Заря"], "org:Тхань Лонг": ["Тхань Лонг"],
      "RU-KRS": ["Курской области"]},
     ("org:Заря", "org:Тхань Лонг", "RU-KRS"),
     {frozenset({"RU-KRS", "org:Тхань Лонг"})}),
    ("По соглашению Курской области авиакомпания Sky Wind выполняет рейсы в Курск.",
     {"org:Sky Wind": ["Sky Wind"], "RU-KRS": ["Курской области"]},
     ("org:Sky Wind", "RU-KRS"),
     set()),
]


@pytest.mark.parametrize(("text", "entities", "sides", "expected"), AGREEMENT_FIRMS)
def test_an_agreement_with_a_foreign_firm_pairs_it_with_the_region(
        tools: Toolkit, text: str, entities: dict[str, list[str]], sides: tuple[str, ...],
        expected: set[frozenset[str]]) -> None:
    doc = document(text, tools, entities)
    doc = doc.replace(events=(Event("agreement", "done", participants=sides,
                                    evidence=(Span(0, len(text)),)),))
    assert expected <= found_pairs(cooperation.extract(doc, tools))
    assert not any("org:Заря" in pair or "org:Sky Wind" in pair
                   for pair in found_pairs(cooperation.extract(doc, tools)))


# a federal district named right after «между» is a side in its own right, not Russia;
# named otherwise in a passage (a list of partners, «на пользу округу») it pairs no one
DISTRICTS = [
    ("Товарооборот между Приволжским федеральным округом и Казахстаном вырос на треть.",
     {"geo:Приволжский федеральный округ": ["Приволжским федеральным округом"],
      "KZ": ["Казахстаном"]},
     {frozenset({"geo:Приволжский федеральный округ", "KZ"})}),
    ("Посол заявил, что сотрудничество с Казахстаном принесёт пользу Приволжскому "
     "федеральному округу.",
     {"KZ": ["Казахстаном"],
      "geo:Приволжский федеральный округ": ["Приволжскому федеральному округу"]},
     set()),
]


@pytest.mark.parametrize(("text", "entities", "expected"), DISTRICTS)
def test_a_federal_district_after_between_is_a_side(
        tools: Toolkit, text: str, entities: dict[str, list[str]],
        expected: set[frozenset[str]]) -> None:
    doc = cooperation.extract(document(text, tools, entities), tools)
    assert found_pairs(doc) == expected


# «с регионами России»: the regions of a country taken together are the country's side;
# «двух регионов России и Узбекистана» only locates the regions (see above)
PARTNER_REGIONS = [
    ("Товарооборот Могилёвской области с регионами России превысил 2 млрд долларов.",
     {"BY-MA": ["Могилёвской области"], "RU": ["России"]},
     {frozenset({"RU", "BY-MA"})}),
    ("Могилёвская область развивает сотрудничество с субъектами России.",
     {"BY-MA": ["Могилёвская область"], "RU": ["России"]},
     {frozenset({"RU", "BY-MA"})}),
]


@pytest.mark.parametrize(("text", "entities", "expected"), PARTNER_REGIONS)
def test_regions_of_a_country_as_a_partner_are_the_country(
        tools: Toolkit, text: str, entities: dict[str, list[str]],
        expected: set[frozenset[str]]) -> None:
    doc = cooperation.extract(document(text, tools, entities), tools)
    assert found_pairs(doc) == expected


# a plant of a firm from abroad «на территории области», the region unnamed in the
# passage: the document's own region is the other side
UNNAMED_REGION_PLANTS = [
    ("В 2012 году на территории области открылся завод компании Hanto Motors.",
     "RU-ORL", {frozenset({"RU-ORL", "org:Hanto Motors"})}),
    # no region noun: the plant may be anywhere
    ("В 2012 году в Азии открылся завод компании Hanto Motors.",
     "RU-ORL", set()),
    # the document's main place is abroad: no Russian region to pair
    ("В 2012 году на территории области открылся завод компании Hanto Motors.",
     "KZ-55", set()),
]


@pytest.mark.parametrize(("text", "main", "expected"), UNNAMED_REGION_PLANTS)
def test_a_plant_in_the_unnamed_region_is_the_main_regions(
        tools: Toolkit, text: str, main: str, expected: set[frozenset[str]]) -> None:
    doc = document(text, tools, {"org:Hanto Motors": ["Hanto Motors"]})
    doc = cooperation.extract(doc.replace(main_region=main), tools)
    assert found_pairs(doc) == expected


# text, entities, expected pairs: a place that hosts an event («X примет форум») is
# where the event is held, not a side beside the countries it names
HOSTS = [
    ("Уральск примет в мае новый форум приграничного сотрудничества Казахстана и России.",
     {"geo:Уральск": ["Уральск"], "KZ": ["Казахстана"], "RU": ["России"]},
     {frozenset({"RU", "KZ"})}),
    ("Осенью Ташкент принимал выставку делового партнёрства России и Узбекистана.",
     {"geo:Ташкент": ["Ташкент"], "UZ": ["Узбекистана"], "RU": ["России"]},
     {frozenset({"RU", "UZ"})}),
]


@pytest.mark.parametrize(("text", "entities", "expected"), HOSTS)
def test_a_place_hosting_an_event_is_no_side(
        tools: Toolkit, text: str, entities: dict[str, list[str]],
        expected: set[frozenset[str]]) -> None:
    doc = cooperation.extract(document(text, tools, entities), tools)
    assert found_pairs(doc) == expected


# an executive body among an event's sides signs for the one place its name holds
BODIES = [
    ("Народный комитет Хайфона и Приморский край подписали меморандум.",
     {"org:Народный комитет Хайфона": ["Народный комитет Хайфона"],
      "RU-PRI": ["Приморский край"]},
     ("org:Народный комитет Хайфона", "RU-PRI"),
     {frozenset({"RU-PRI", "geo:Хайфон"})}),
    ("Министерство промышленности Турции и Татарстан заключили соглашение.",
     {"org:Министерство промышленности Турции": ["Министерство промышленности Турции"],
      "RU-TA": ["Татарстан"]},
     ("org:Министерство промышленности Турции", "RU-TA"),
     {frozenset({"RU-TA", "TR"})}),
    # a company is no body: its city is no side
    ("Компания «Завод Хайфона» и Приморский край подписали меморандум.",
     {"org:Завод Хайфона": ["Завод Хайфона"], "RU-PRI": ["Приморский край"]},
     ("org:Завод Хайфона", "RU-PRI"),
     set()),
]


@pytest.mark.parametrize(("text", "entities", "sides", "expected"), BODIES)
def test_an_executive_body_in_an_event_stands_for_its_place(
        tools: Toolkit, text: str, entities: dict[str, list[str]], sides: tuple[str, ...],
        expected: set[frozenset[str]]) -> None:
    doc = document(text, tools, entities)
    doc = doc.replace(events=(Event("agreement", "done", participants=sides,
                                    evidence=(Span(0, len(text)),)),))
    found = {pair for pair in found_pairs(cooperation.extract(doc, tools))
             if not any(key.startswith("org:") for key in pair)}
    assert found == expected


# the main pair takes the sectors of the sentences between two on cooperation and of the
# one after the last, in its paragraph; not of a sentence past a blank line
GAP_SECTORS = [
    ("Омская область развивает сотрудничество с Казахстаном в энергетике. Особое внимание "
     "уделили медицине. Омская область и Казахстан обсудили партнёрство. Говорили и о "
     "туризме.",
     {"energy", "healthcare", "tourism"}),
    ("Омская область развивает сотрудничество с Казахстаном. Говорили и о туризме.\n\n"
     "Новая больница откроется весной.",
     {"tourism"}),
]


@pytest.mark.parametrize(("text", "expected"), GAP_SECTORS)
def test_the_main_pair_takes_the_sectors_between_its_passages(
        tools: Toolkit, text: str, expected: set[str]) -> None:
    doc = cooperation.extract(document(text, tools, {
        "RU-OMS": ["Омская область", "Омская область"], "KZ": ["Казахстаном", "Казахстан"]}),
        tools)
    assert [set(fact.sectors) for fact in doc.cooperation] == [expected]


def test_the_main_pair_is_the_documents_regions_among_equals(tools: Toolkit) -> None:
    """Two pairs with as much support: the one with the document's region is the main
    pair and takes the sectors of the sentences on cooperation that are not the other
    pair's; the other keeps its own."""
    text = ("Курская область развивает сотрудничество с Беларусью в энергетике. "
            "Орловская область развивает сотрудничество с Казахстаном в медицине. "
            "Стороны проявляют интерес к туризму.")
    doc = document(text, tools, {"RU-KRS": ["Курская область"], "BY": ["Беларусью"],
                                 "RU-ORL": ["Орловская область"], "KZ": ["Казахстаном"]})
    doc = cooperation.extract(doc.replace(main_region="RU-ORL"), tools)
    sectors = {frozenset(fact.parties): set(fact.sectors) for fact in doc.cooperation}
    assert sectors == {frozenset({"RU-KRS", "BY"}): {"energy"},
                       frozenset({"RU-ORL", "KZ"}): {"healthcare", "tourism"}}


def test_the_main_pair_is_the_earliest_named_among_equals(tools: Toolkit) -> None:
    """Without the document's region in either, the pair the text names first is the
    main one, though its support (an event) is read after the other's; it takes no
    sector of the other pair's sentence."""
    text = ("Губернатор встретился с послом. "
            "Орловская область развивает сотрудничество с Казахстаном в медицине. "
            "Стороны проявляют интерес к туризму.")
    doc = document(text, tools, {"RU-ORL": ["Орловская область"], "KZ": ["Казахстаном"]})
    doc = doc.replace(main_region=None, events=(Event(
        "meeting", "done", participants=("RU-KRS", "BY"), sectors=("energy",),
        evidence=(Span(0, 32),)),))
    doc = cooperation.extract(doc, tools)
    sectors = {frozenset(fact.parties): set(fact.sectors) for fact in doc.cooperation}
    assert sectors == {frozenset({"RU-KRS", "BY"}): {"energy", "tourism"},
                       frozenset({"RU-ORL", "KZ"}): {"healthcare"}}


# text, event type, the event's sides, expected pairs of places: a city whose mayor's
# office takes part beside its own province is the province's side; with a city of the
# other country in the event too, the two cities meet
CITY_AND_REGION = [
    ("Глава Приморского края провёл переговоры с мэрией Харбина и губернатором провинции "
     "Хэйлунцзян.",
     {"RU-PRI": ["Приморского края"], "geo:Харбин": ["Харбина"],
      "CN-HL": ["провинции Хэйлунцзян"]},
     ("RU-PRI", "geo:Харбин", "CN-HL"),
     {frozenset({"RU-PRI", "CN-HL"})}),
    ("Мэрия Владивостока провела переговоры с мэрией Харбина и губернатором провинции "
     "Хэйлунцзян.",
     {"geo:Владивосток": ["Владивостока"], "geo:Харбин": ["Харбина"],
      "CN-HL": ["провинции Хэйлунцзян"]},
     ("geo:Владивосток", "geo:Харбин", "CN-HL"),
     {frozenset({"geo:Владивосток", "geo:Харбин"})}),
]


@pytest.mark.parametrize(("text", "entities", "sides", "expected"), CITY_AND_REGION)
def test_a_city_beside_its_own_region_in_an_event_is_the_regions_side(
        tools: Toolkit, text: str, entities: dict[str, list[str]], sides: tuple[str, ...],
        expected: set[frozenset[str]]) -> None:
    doc = placed_document(text, tools, entities)
    doc = doc.replace(events=(Event("meeting", "done", participants=sides,
                                    evidence=(Span(0, len(text)),)),))
    assert found_pairs(cooperation.extract(doc, tools)) == expected


# text, event type, expected pairs: a place named only as where a forum or an exhibition
# is held is no side of it, though no other place of its country takes part; the host
# of talks stays one
FORUM_VENUES = [
    ("Делегация Крыма представила свою продукцию на выставке в Дубае.", "forum", set()),
    ("Делегация Крыма провела переговоры в Дубае.", "meeting",
     {frozenset({"RU-CR", "AE"})}),
]


@pytest.mark.parametrize(("text", "kind", "expected"), FORUM_VENUES)
def test_a_forums_venue_is_no_side(tools: Toolkit, text: str, kind: str,
                                   expected: set[frozenset[str]]) -> None:
    entities = {"RU-CR": ["Крыма"], "geo:Дубай": ["Дубае"]}
    doc = placed_document(text, tools, entities)
    doc = doc.replace(events=(Event(kind, "done", participants=("RU-CR", "geo:Дубай"),
                                    evidence=(Span(0, len(text)),)),))
    assert found_pairs(cooperation.extract(doc, tools)) == expected


# text, entities, the forum's sides, expected pairs: a forum pairs only the sides its own
# sentence names (by name, adjective, or inside the forum's name); a region the story
# names elsewhere only came to it
FORUM_SIDES = [
    ("Делегация Омской области побывала в Костанае. Второй форум открылся там в среду.",
     {"RU-OMS": ["Омской области"], "geo:Костанай": ["Костанае"]},
     ("RU-OMS", "KZ"), set()),
    ("Губернатор Тверской области вернулся домой. Выставка прошла в Бресте в мае.",
     {"RU-TVE": ["Тверской области"], "geo:Брест": ["Бресте"]},
     ("RU-TVE", "BY-BR", "BY"), set()),
    ("В Тамбове открылся Совет регионов России и Казахстана.",
     {"geo:Тамбов": ["Тамбове"], "org:Совет регионов России и Казахстана":
      ["Совет регионов России и Казахстана"], "RU": ["России"], "KZ": ["Казахстана"]},
     ("RU", "KZ"), {frozenset({"RU", "KZ"})}),
    ("На форуме Оренбургская область и Актюбинская область обсудили общие проекты.",
     {"RU-ORE": ["Оренбургская область"], "KZ-15": ["Актюбинская область"]},
     ("RU-ORE", "KZ-15"), {frozenset({"RU-ORE", "KZ-15"})}),
]


@pytest.mark.parametrize(("text", "entities", "sides", "expected"), FORUM_SIDES)
def test_a_forum_pairs_the_sides_its_sentence_names(
        tools: Toolkit, text: str, entities: dict[str, list[str]], sides: tuple[str, ...],
        expected: set[frozenset[str]]) -> None:
    doc = placed_document(text, tools, entities)
    last = text.index(". ") + 2 if ". " in text else 0
    doc = doc.replace(events=(Event("forum", "done", participants=sides,
                                    evidence=(Span(last, len(text)),)),))
    assert found_pairs(cooperation.extract(doc, tools)) == expected


# text, entities, whether the two cities pair: a cooperation passage that names one city
# abroad and no Russian place, in a story about a Russian city with its own government,
# pairs the two cities
HOME_CITY = [
    ("Мэрия Казани готовит новые проекты. «Мы развиваем сотрудничество с Анкарой», — "
     "сказал мэр.",
     {"geo:Казань": ["Казани"], "geo:Анкара": ["Анкарой"]}, True),
    ("В администрации Самары прошла встреча. Город расширяет партнёрство с Харбином.",
     {"geo:Самара": ["Самары"], "geo:Харбин": ["Харбином"]}, True),
    # no city government in the story: the city is no side of its own
    ("Казань готовит новые проекты. «Мы развиваем сотрудничество с Анкарой», — сказал он.",
     {"geo:Казань": ["Казань"], "geo:Анкара": ["Анкарой"]}, False),
    # a Russian place named in the passage is the side there
    ("Мэрия Казани готовит новые проекты. Сотрудничество Татарстана с Анкарой растёт.",
     {"geo:Казань": ["Казани"], "RU-TA": ["Татарстана"], "geo:Анкара": ["Анкарой"]}, False),
]


@pytest.mark.parametrize(("text", "entities", "paired"), HOME_CITY)
def test_a_city_abroad_alone_pairs_with_the_storys_governed_city(
        tools: Toolkit, text: str, entities: dict[str, list[str]], paired: bool) -> None:
    doc = cooperation.extract(placed_document(text, tools, entities), tools)
    cities = frozenset(key for key in entities if key.startswith("geo:"))
    assert (cities in found_pairs(doc)) is paired


# text, entities, expected pairs: a place abroad named as a party by its adjective and a
# noun of a side («белорусская сторона», «китайские коллеги») pairs with the region the
# passage names, as a foreign firm does
ADJECTIVE_SIDES = [
    ("Белорусская сторона предложила Омской области поставки техники.",
     {"RU-OMS": ["Омской области"]}, {frozenset({"RU-OMS", "BY"})}),
    ("Китайские коллеги готовы участвовать в проектах Бурятии.",
     {"RU-BU": ["Бурятии"]}, {frozenset({"RU-BU", "CN"})}),
    ("Российская сторона предложила Омской области поставки техники.",
     {"RU-OMS": ["Омской области"]}, set()),
]


@pytest.mark.parametrize(("text", "entities", "expected"), ADJECTIVE_SIDES)
def test_a_side_named_by_its_adjective_pairs_with_the_region(
        tools: Toolkit, text: str, entities: dict[str, list[str]],
        expected: set[frozenset[str]]) -> None:
    doc = cooperation.extract(placed_document(text, tools, entities), tools)
    assert found_pairs(doc) == expected


def test_a_list_of_markets_pairs_none_of_them(pipeline) -> None:
    """The countries a sum went to are markets of the sender, not partners of one
    another (written after a page on Mongolia's meat export)."""
    doc = pipeline(Document(id="t", text=(
        "Монголия нарастила экспорт мяса. За год Монголия экспортировала 31 тыс. тонн мяса. "
        "В Китай, Россию, Казахстан, Японию было экспортировано 16,7 тыс. тонн конины.")))
    found = {tuple(sorted(pair.parties)) for pair in doc.cooperation}
    assert ("MN", "RU") in found
    assert not found & {("JP", "RU"), ("KZ", "RU"), ("CN", "RU")}


def test_a_news_agency_is_no_side(pipeline: Pipeline) -> None:
    """«Барнаул. 24 августа. ИНТЕРФАКС-СИБИРЬ - …»: the agency credited on the dateline
    pairs with no one, whatever the stages before read."""
    text = ("Алтайский край и Монголия подписали соглашение\n\n"
            "Барнаул. 24 августа. ИНТЕРФАКС-СИБИРЬ - Правительство Алтайского края подписало "
            "соглашение о сотрудничестве в сфере торговли с Увсунским аймаком Монголии, "
            "сообщила пресс-служба краевого правительства.")
    doc = pipeline(Document(id="agency", text=text))
    assert doc.cooperation
    assert not any(key.startswith("org:") and "ИНТЕРФАКС" in key.upper()
                   for item in doc.cooperation for key in item.parties)
