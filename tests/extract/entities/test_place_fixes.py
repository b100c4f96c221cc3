"""Places fixed on real pages (`place_fixes`): a dateline's city in capitals, a region's
initials, kind phrases that are no place, «X муниципальный район»."""

from __future__ import annotations

import pytest

from coopwatch.extract.entities.place_fixes import fixed_places
from coopwatch.extract.entities.stage import link
from coopwatch.nlp.analyze import analyze
from coopwatch.records import Document, Entity, Mention
from coopwatch.text.token_index import TokenIndex
from coopwatch.tools import Toolkit


def entities(text: str, tools: Toolkit) -> tuple[Entity, ...]:
    return link(analyze(Document(id="t", text=text), tools), tools).entities


def by_type(text: str, tools: Toolkit, kind: str) -> dict[str, Entity]:
    return {e.key: e for e in entities(text, tools) if e.type == kind}


DATELINES = [
    # a city the gazetteer does not know keeps its name, title-cased
    ("ГАГРА, 12 мая – Sputnik. Делегация Краснодарского края посетила республику.",
     "geo:Гагра"),
    # a city it knows gets its key
    ("ТАШКЕНТ, 27 мар – Sputnik. Хоким области принял делегацию из Казани.",
     "geo:Ташкент"),
]


@pytest.mark.parametrize(("text", "key"), DATELINES)
def test_dateline_city_is_a_place(text: str, key: str, tools: Toolkit) -> None:
    geo = by_type(text, tools, "GEO")
    assert key in geo
    assert not {name for name in (e.name for e in by_type(text, tools, "ORG").values())
                if name.isupper()}


INITIALS = [
    # «Чеченская Республика» spelled by its initials
    ("Глава Чеченской Республики встретился с послом Омана. Правительство ЧР "
     "подготовит проект соглашения.", "ЧР", "RU-CE"),
    # «Республика Мордовия»
    ("Делегация Республики Мордовия побывала в Ухане. Сообщили в администрации "
     "главы РМ.", "РМ", "RU-MO"),
    # a country's official name
    ("Экспорт зерна в Казахстан вырос: 40 тыс. тонн закупили компании из РК.",
     "РК", "KZ"),
    # initials the gazetteer gives to another place: «РТ» on a page on Tuva
    ("Делегация Республики Тыва посетила Монголию. Как сообщил министр экономики РТ, "
     "соглашение подписано.", "РТ", "RU-TY"),
]


@pytest.mark.parametrize(("text", "initials", "key"), INITIALS)
def test_initials_name_the_place_of_the_page(text: str, initials: str, key: str,
                                             tools: Toolkit) -> None:
    found = entities(text, tools)
    place = next(e for e in found if e.key == key)
    assert initials in {m.text for m in place.mentions}
    assert not [e.key for e in found if e.key != key and initials in {m.text for m in e.mentions}]
    assert not any(e.name.startswith(initials) and e.key != key for e in found)


def test_initials_with_two_places_stay_unresolved(tools: Toolkit) -> None:
    text = ("Республика Коми и Республика Карелия подписали план. Власти РК "
            "обсудили поставки леса.")
    found = entities(text, tools)
    for key in ("RU-KO", "RU-KR"):
        place = next(e for e in found if e.key == key)
        assert "РК" not in {m.text for m in place.mentions}


KIND_PHRASES = [
    ("Оренбургские компании приняли участие в ярмарке Восточного региона Китая.",
     "geo:Восточный регион"),
    ("В Омск прибыла делегация Автономного района Внутренняя Монголия.",
     "geo:Автономный район"),
]


@pytest.mark.parametrize(("text", "key"), KIND_PHRASES)
def test_kind_phrase_is_no_place(text: str, key: str, tools: Toolkit) -> None:
    assert key not in by_type(text, tools, "GEO")


def test_municipal_district_is_the_district(tools: Toolkit) -> None:
    text = ("Между Менделеевским муниципальным районом и городом Бурса подписано "
            "соглашение. Менделеевский район поставит в Турцию зерно.")
    geo = by_type(text, tools, "GEO")
    assert "geo:Менделеевский муниципальный район" not in geo
    assert "geo:Менделеевский район" in geo


def geo_at(text: str, span: str, name: str) -> Entity:
    """An unknown place (geo: key) the first pass made of a substring of `text`."""
    start = text.index(span)
    return Entity(key="geo:" + name, type="GEO", name=name,
                  mentions=(Mention(start=start, stop=start + len(span), text=span,
                                    type="GEO"),))


def fixed(text: str, tools: Toolkit, found: list[Entity]) -> list[Entity]:
    doc = analyze(Document(id="t", text=text), tools)
    return fixed_places(text, TokenIndex.of(doc), tools.morph, tools.gazetteer, found)


BODIES = [
    ("Делегация встретилась с представителями Ширакской администрации.",
     "Ширакской администрации", "Ширакская администрация", "Ширакская администрация"),
    ("Соглашение одобрено Правительством Республики Армения.",
     "Правительством Республики Армения", "Правительство Республика Армения",
     "Правительство Республики Армения"),
]


@pytest.mark.parametrize(("text", "span", "name", "org"), BODIES)
def test_body_named_after_a_place_is_an_organization(text: str, span: str, name: str,
                                                     org: str, tools: Toolkit) -> None:
    found = fixed(text, tools, [geo_at(text, span, name)])
    assert [(e.type, e.name) for e in found] == [("ORG", org)]


FREED = [
    # a common word taken into the place at a sentence's start
    ("Доля Республики Казахстан в обороте выросла.", "Доля Республики Казахстан",
     "Доля Республика Казахстан", {"KZ": "Республики Казахстан"}),
    # two countries joined by a hyphen
    ("Форум Китай-Россия пройдёт в Харбине.", "Китай-Россия", "Китай-Россия",
     {"CN": "Китай", "RU": "Россия"}),
    # two cities joined by a hyphen: a route
    ("Открыт автобусный маршрут Ереван-Ставрополь.", "Ереван-Ставрополь",
     "Ереван-Ставрополь", {"geo:Ереван": "Ереван", "geo:Ставрополь": "Ставрополь"}),
    # a city and a country
    ("Поезд Минск-Китай отправился с новым грузом.", "Минск-Китай", "Минск-Китай",
     {"geo:Минск": "Минск", "CN": "Китай"}),
    # a country and a part of the world: a route; the part of the world is no side
    ("Поезд по маршруту Китай-Европа прошел через Приморье.", "Китай-Европа",
     "Китай-Европа", {"CN": "Китай"}),
]


@pytest.mark.parametrize(("text", "span", "name", "places"), FREED)
def test_known_places_inside_an_unknown_one(text: str, span: str, name: str,
                                            places: dict[str, str], tools: Toolkit) -> None:
    found = fixed(text, tools, [geo_at(text, span, name)])
    assert {e.key: e.mentions[0].text for e in found} == places


def test_known_hyphenated_city_stays_whole(tools: Toolkit) -> None:
    text = "Грузы идут через Кызыл-Орду на юг."
    found = fixed(text, tools, [geo_at(text, "Кызыл-Орду", "Кызылорда")])
    assert [e.mentions[0].text for e in found] == ["Кызыл-Орду"]


def test_unknown_hyphenated_place_stays(tools: Toolkit) -> None:
    text = "Паром пойдёт по линии Аладжа-Махачкала летом."
    found = fixed(text, tools, [geo_at(text, "Аладжа-Махачкала", "Аладжа-Махачкала")])
    assert [e.key for e in found] == ["geo:Аладжа-Махачкала"]


COORDINATED = [
    ("Соглашение подписали губернаторы Гомельской и Брянской области.", {"BY-HO", "RU-BRY"}),
    ("Встретились торговые палаты Омской и Павлодарской областей.", {"RU-OMS", "KZ-55"}),
    ("Делегации Курганской, Костанайской и Северо-Казахстанской областей обсудили "
     "поставки.", {"RU-KGN", "KZ-39", "KZ-59"}),
]


@pytest.mark.parametrize(("text", "keys"), COORDINATED)
def test_coordinated_regions_are_each_a_region(text: str, keys: set[str],
                                               tools: Toolkit) -> None:
    assert keys <= set(by_type(text, tools, "GEO"))


def test_adjective_before_a_cut_kind_word(tools: Toolkit) -> None:
    text = "Делегация посетила Худжанд, столицу провинции Согдийской об"
    found = fixed(text, tools, [geo_at(text, "Согдийской", "Согдийской")])
    assert [e.key for e in found] == ["TJ-SU"]


CURRENCIES = [
    "Оборот составил 310,5 млн. долл. США за девять месяцев.",
    "Экспорт зерна достиг 45 млн $ США, что на 12% больше.",
]


@pytest.mark.parametrize("text", CURRENCIES)
def test_country_of_a_currency_is_no_mention(text: str, tools: Toolkit) -> None:
    assert "US" not in by_type(text, tools, "GEO")


def test_country_after_a_sum_without_currency_stays(tools: Toolkit) -> None:
    text = "Оборот с США составил 310 млн рублей."
    assert "US" in by_type(text, tools, "GEO")


REGION_BODIES = [
    ("Соглашение подписал председатель Брестского облисполкома.", "BY-BR"),
    ("Делегация встретилась с Могилёвским областным исполнительным комитетом.", "BY-MA"),
    ("Проект одобрен Иссык-Кульской облгосадминистрацией.", "KG-Y"),
    ("Договор заключён с Гродненским областным исполкомом.", "BY-HR"),
]


@pytest.mark.parametrize(("text", "key"), REGION_BODIES)
def test_region_named_in_its_body(text: str, key: str, tools: Toolkit) -> None:
    assert key in by_type(text, tools, "GEO")


PLACE_ADJECTIVES = [
    # the adjective before a delegation, at the start of a sentence or not
    ("Пензенская делегация прибыла в Ташкент на ярмарку.", "RU-PNZ", "Пензенская"),
    ("Переговоры с курской делегацией прошли в Минске.", "RU-KRS", "курской"),
    # before the governor
    ("Ульяновский губернатор обсудил поставки зерна в Иран.", "RU-ULY", "Ульяновский"),
]


@pytest.mark.parametrize(("text", "key", "written"), PLACE_ADJECTIVES)
def test_adjective_before_a_delegation_names_the_place(text: str, key: str, written: str,
                                                       tools: Toolkit) -> None:
    geo = by_type(text, tools, "GEO")
    assert key in geo
    assert written in {m.text for m in geo[key].mentions}


def test_adjective_of_a_place_named_elsewhere_adds_nothing(tools: Toolkit) -> None:
    text = "Делегация Курской области прибыла в Минск. Курская делегация посетила завод."
    geo = by_type(text, tools, "GEO")
    assert {m.text for m in geo["RU-KRS"].mentions} == {"Курской области"}


def test_adjective_before_other_nouns_is_no_place(tools: Toolkit) -> None:
    text = "Поставки пензенского зерна в Иран выросли."
    assert "RU-PNZ" not in by_type(text, tools, "GEO")


NAME_FORMS = [
    # a plural name in the locative after a preposition
    ("Рыбаки работают на Командорах и в Северных Сопках.", "Северных Сопках",
     "Северные Сопках", "geo:Северные Сопки"),
    # the normalizer cut the locative ending: the plural nominative
    ("Отдыхающие в Минводах оценили курорт.", "Минводах", "Минвод", "geo:Минводы"),
    # a neuter noun and its adjective
    ("Завод в Ангарском-Приморском расширит выпуск.", "Ангарском-Приморском",
     "Ангарское-Приморский", "geo:Ангарское-Приморское"),
    # unchanged: a singular name ending in «-ах» in the nominative
    ("Карабах остаётся темой переговоров.", "Карабах", "Карабах", "geo:Карабах"),
]


@pytest.mark.parametrize(("text", "span", "name", "key"), NAME_FORMS)
def test_name_forms_of_unknown_places(text: str, span: str, name: str, key: str,
                                      tools: Toolkit) -> None:
    assert [e.key for e in fixed(text, tools, [geo_at(text, span, name)])] == [key]


def test_person_glued_after_a_place(tools: Toolkit) -> None:
    text = "Глава Республики Тыва Владислав Ховалыг посетил Монголию."
    glued = geo_at(text, "Тыва Владислав Ховалыг", "Тыва Владислав Ховалыг")
    found = fixed(text, tools, [glued])
    assert {(e.type, e.key) for e in found} == {("GEO", "RU-TY"), ("PER", "per:Владислав Ховалыг")}


EAST_ASIAN_GLUED = [
    # a Vietnamese family name after a known place
    ("Посол Республики Вьетнам Фам Ван Хунг посетил Омск.", "Республики Вьетнам Фам Ван Хунг",
     {("GEO", "VN"), ("PER", "per:Фам Ван Хунг")}),
    # a three-word Vietnamese name after a kind word, taken for a place
    ("Вице-губернатор провинции Нгуен Ван Тхань принял делегацию.", "Нгуен Ван Тхань",
     {("PER", "per:Нгуен Ван Тхань")}),
]


@pytest.mark.parametrize(("text", "span", "expected"), EAST_ASIAN_GLUED)
def test_east_asian_name_taken_for_a_place(text: str, span: str,
                                           expected: set[tuple[str, str]],
                                           tools: Toolkit) -> None:
    found = fixed(text, tools, [geo_at(text, span, span)])
    assert {(e.type, e.key) for e in found} == expected


def test_unknown_place_of_three_words_stays_without_a_family_name(tools: Toolkit) -> None:
    text = "Дороги провинции Кханх Хоа Бак обновят."
    found = fixed(text, tools, [geo_at(text, "Кханх Хоа Бак", "Кханх Хоа Бак")])
    assert {(e.type, e.key) for e in found} == {("GEO", "geo:Кханх Хоа Бак")}


def test_place_with_a_common_word_after_it_stays(tools: Toolkit) -> None:
    text = "Проект Тыва Энерго получил заказ."
    found = fixed(text, tools, [geo_at(text, "Тыва Энерго", "Тыва Энерго")])
    assert [e.key for e in found] == ["geo:Тыва Энерго"]


def test_a_district_named_before_its_region_lies_within_it(tools: Toolkit) -> None:
    geo = by_type("Завод построят в Октябрьском районе Забайкальского края.", tools, "GEO")
    district = [e for e in geo.values() if e.name == "Октябрьский район"]
    assert district and district[0].within == "RU-ZAB"
