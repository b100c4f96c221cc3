"""Cooperation parties: towns and districts the gazetteer does not know, as sides of a
twin-town or municipal pair."""

from __future__ import annotations

import pytest

from builders import document
from coopwatch.extract.cooperation.parties import (
    city_pair,
    governed_city,
    pairs,
    passage_places,
    route,
    twin_lists,
    venue,
)
from coopwatch.tools import Toolkit

# text, entities, the pair of the first passage (None: no municipal pair)
MUNICIPAL_PAIRS = [
    # a twin-town word anywhere in the passage marks the unknown place as a town
    ("Ярославль и Новоселица стали городами-побратимами.",
     {"geo:Ярославль": ["Ярославль"], "geo:Новоселица": ["Новоселица"]},
     {"geo:Ярославль", "geo:Новоселица"}),
    # the noun before the list the place stands in
    ("Обсуждалось сотрудничество между городами Калуга и Зеленоборск.",
     {"geo:Калуга": ["Калуга"], "geo:Зеленоборск": ["Зеленоборск"]},
     {"geo:Калуга", "geo:Зеленоборск"}),
    # a district by its own name, a municipality by the noun before it, each with its
    # country named right after it
    ("Подписано соглашение о сотрудничестве между Озёрским районом Татарстана и "
     "муниципалитетом Ташкале Турции.",
     {"geo:Озёрский район": ["Озёрским районом"], "RU-TA": ["Татарстана"],
      "geo:Ташкале": ["Ташкале"], "TR": ["Турции"]},
     {"geo:Озёрский район", "geo:Ташкале"}),
    # two unknown towns whose countries are not said are taken as the two sides
    ("Обсуждалось сотрудничество между городами Зеленоборск и Ташкале.",
     {"geo:Зеленоборск": ["Зеленоборск"], "geo:Ташкале": ["Ташкале"]},
     {"geo:Зеленоборск", "geo:Ташкале"}),
    # but not when the text says the unknown town is of the other's country
    ("Обсуждалось сотрудничество между городами Зеленоборск Татарстана и Смоленск.",
     {"geo:Зеленоборск": ["Зеленоборск"], "RU-TA": ["Татарстана"],
      "geo:Смоленск": ["Смоленск"]},
     None),
    # nothing says the unknown place is a town
    ("Сотрудничество Калуги и Приозерья крепнет.",
     {"geo:Калуга": ["Калуги"], "geo:Приозерье": ["Приозерья"]},
     None),
    # two districts of one country
    ("Озёрский район Татарстана и Лесной район Татарстана развивают сотрудничество.",
     {"geo:Озёрский район": ["Озёрский район"], "geo:Лесной район": ["Лесной район"],
      "RU-TA": ["Татарстана"]},
     None),
]


@pytest.mark.parametrize(("text", "entities", "expected"), MUNICIPAL_PAIRS)
def test_unknown_towns_pair_as_municipalities(
        tools: Toolkit, text: str, entities: dict[str, list[str]],
        expected: set[str] | None) -> None:
    doc = document(text, tools, entities)
    found = city_pair(doc, doc.passages[0], tools)
    assert (set(found) if found else None) == expected


# text, entities, expected pairs: a twin-town passage with a list of cities abroad pairs
# each with the Russian city named last before it (or first after it)
TWIN_LISTS = [
    ("Мэрия Перми обсуждает побратимство с городами Харбин и Далянь, а мэрия Твери — с "
     "городом Шэньян.",
     {"geo:Пермь": ["Перми"], "geo:Харбин": ["Харбин"], "geo:Далянь": ["Далянь"],
      "geo:Тверь": ["Твери"], "geo:Шэньян": ["Шэньян"]},
     {("geo:Пермь", "geo:Харбин"), ("geo:Пермь", "geo:Далянь"), ("geo:Тверь", "geo:Шэньян")}),
    # a town the gazetteer does not know lies abroad
    ("Тверь подписала договоры о побратимстве с Гомелем, Брестом и городом Лидавичи.",
     {"geo:Тверь": ["Тверь"], "geo:Гомель": ["Гомелем"], "geo:Брест": ["Брестом"],
      "geo:Лидавичи": ["Лидавичи"]},
     {("geo:Тверь", "geo:Гомель"), ("geo:Тверь", "geo:Брест"), ("geo:Тверь", "geo:Лидавичи")}),
    # two cities are `city_pair`'s
    ("Мэрия Перми обсуждает побратимство с городом Харбин.",
     {"geo:Пермь": ["Перми"], "geo:Харбин": ["Харбин"]},
     set()),
    # no twin-town word
    ("Мэрия Перми обсуждает сотрудничество с городами Харбин и Далянь.",
     {"geo:Пермь": ["Перми"], "geo:Харбин": ["Харбин"], "geo:Далянь": ["Далянь"]},
     set()),
    # cities of two countries abroad
    ("Пермь стала побратимом Харбина и Гомеля.",
     {"geo:Пермь": ["Пермь"], "geo:Харбин": ["Харбина"], "geo:Гомель": ["Гомеля"]},
     set()),
]


@pytest.mark.parametrize(("text", "entities", "expected"), TWIN_LISTS)
def test_a_list_of_twin_towns_pairs_each_with_its_russian_city(
        tools: Toolkit, text: str, entities: dict[str, list[str]],
        expected: set[tuple[str, str]]) -> None:
    doc = document(text, tools, entities)
    found = {frozenset(pair) for pair in twin_lists(doc, doc.passages[0], tools)}
    assert found == {frozenset(pair) for pair in expected}


# text, entities, whether Perm is a side in its own right: its government named right
# before it («мэрия Перми», «в администрации Перми») makes it one, as an official would
CITY_BODIES = [
    ("Мэрия Перми подписала соглашение с Харбином.", {"geo:Пермь": ["Перми"]}, True),
    ("Переговоры прошли в администрации Перми.", {"geo:Пермь": ["Перми"]}, True),
    ("Председатель горисполкома Гомеля посетил Пермь.",
     {"geo:Гомель": ["Гомеля"], "geo:Пермь": ["Пермь"]}, False),
    ("Делегация Перми посетила Харбин.", {"geo:Пермь": ["Перми"]}, False),
]


@pytest.mark.parametrize(("text", "entities", "expected"), CITY_BODIES)
def test_a_city_whose_government_is_named_is_a_side(
        tools: Toolkit, text: str, entities: dict[str, list[str]], expected: bool) -> None:
    doc = document(text, tools, entities)
    assert governed_city("geo:Пермь", doc, tools) is expected


# text, the place's surface form, whether it is only the venue
TOWN_VENUES = [
    ("Форум прошёл в г. Кокшетау при участии губернатора.", "Кокшетау", True),
    ("Соглашение подписали в городе Зеленоборске главы районов.", "Зеленоборске", True),
    ("Делегация приехала в город Зеленоборск на переговоры.", "Зеленоборск", False),
    ("Соглашение подписали в Зеленоборске главы районов.", "Зеленоборске", True),
    # a region with its kind word is a venue only where an event is held in it
    ("В Тульской области проходит совет регионов двух стран.", "Тульской", True),
    ("Совет регионов двух стран состоялся в Тульской области в среду.", "Тульской", True),
    ("В Тульской области открылся новый завод.", "Тульской", False),
    ("Делегация побывала в Тульской области на прошлой неделе.", "Тульской", False),
]


@pytest.mark.parametrize(("text", "surface", "expected"), TOWN_VENUES)
def test_a_town_after_in_and_a_town_word_is_a_venue(
        tools: Toolkit, text: str, surface: str, expected: bool) -> None:
    doc = document(text, tools, {})
    assert venue(doc, text.index(surface), doc.passages[0].tokens) is expected


# text, the place's surface form, whether it is a route: after «через», adjectives and
# one noun of the crossing or ground between
ROUTES = [
    ("Грузы пошли через Монголию в Китай.", "Монголию", True),
    ("Грузы пошли через южные порты в Индию.", "Индию", False),
    ("Машины ввезли через МАПП Забайкальск в Россию.", "Забайкальск", True),
    ("Газ пойдёт через территорию Казахстана в Китай.", "Казахстана", True),
    ("Газ пойдёт через два года в Казахстан.", "Казахстан", False),
    # a time noun is no ground: the place after it is a party
    ("Через год Казахстан и Татарстан подпишут договор.", "Казахстан", False),
    ("Уголь пойдёт через порт Ванино в Китай.", "Ванино", True),
]


@pytest.mark.parametrize(("text", "surface", "expected"), ROUTES)
def test_a_place_after_through_is_a_route(
        tools: Toolkit, text: str, surface: str, expected: bool) -> None:
    doc = document(text, tools, {})
    assert route(doc.passages[0].tokens, text.index(surface)) is expected


# text, entities, the places of the passage: a venue is no side where a compound
# adjective names the two sides
VENUES_BESIDE_COMPOUNDS = [
    ("В Сочи подписано соглашение о российско-казахстанском сотрудничестве.",
     {"geo:Сочи": ["Сочи"]},
     ["RU", "KZ"]),
    ("В Сочи подписано соглашение о сотрудничестве с казахстанскими партнёрами.",
     {"geo:Сочи": ["Сочи"]},
     ["RU-KDA", "KZ"]),
]


@pytest.mark.parametrize(("text", "entities", "expected"), VENUES_BESIDE_COMPOUNDS)
def test_a_venue_beside_a_compound_adjective_is_no_side(
        tools: Toolkit, text: str, entities: dict[str, list[str]],
        expected: list[str]) -> None:
    doc = document(text, tools, entities)
    passage = doc.passages[0]
    assert passage_places(doc, passage.start, passage.stop, passage.tokens, tools) == expected


# text, entities, the places of the passage
TOWNS_AS_SIDES = [
    # «город X» with a region: the city itself is the side
    ("Тамбовская область и город Тунцзян расширяют сотрудничество.",
     {"RU-TAM": ["Тамбовская область"], "geo:Тунцзян": ["Тунцзян"]},
     ["RU-TAM", "geo:Тунцзян"]),
    # without the town word the city stands for its province
    ("Тамбовская область и Тунцзян расширяют сотрудничество.",
     {"RU-TAM": ["Тамбовская область"], "geo:Тунцзян": ["Тунцзян"]},
     ["RU-TAM", "CN-HL"]),
    # a list of towns to visit is no side by itself
    ("Делегация Тамбовской области посетит китайские города Тунцзян и Харбин.",
     {"RU-TAM": ["Тамбовской области"], "geo:Тунцзян": ["Тунцзян"], "geo:Харбин": ["Харбин"]},
     ["RU-TAM", "CN-HL", "CN"]),
    # «г.» after a number is a year, not a town word
    ("В 2019 г. Тунцзян и Тамбовская область расширили сотрудничество.",
     {"RU-TAM": ["Тамбовская область"], "geo:Тунцзян": ["Тунцзян"]},
     ["CN-HL", "RU-TAM"]),
]


@pytest.mark.parametrize(("text", "entities", "expected"), TOWNS_AS_SIDES)
def test_a_city_called_a_town_stays_a_city(
        tools: Toolkit, text: str, entities: dict[str, list[str]],
        expected: list[str]) -> None:
    doc = document(text, tools, entities)
    passage = doc.passages[0]
    assert passage_places(doc, passage.start, passage.stop, passage.tokens, tools) == expected


# places, expected pairs: Russia as a whole pairs with a state or a region abroad, not
# with a town abroad; a Russian town still pairs with one
COUNTRY_AND_TOWN = [
    (["RU", "geo:Белград"], []),
    (["RU", "geo:Харбин"], []),
    (["RU", "RS"], [("RU", "RS")]),
    (["RU", "CN-HL"], [("RU", "CN-HL")]),
    (["geo:Казань", "geo:Харбин"], [("geo:Казань", "geo:Харбин")]),
]


@pytest.mark.parametrize(("keys", "expected"), COUNTRY_AND_TOWN)
def test_russia_pairs_with_no_town_abroad(tools: Toolkit, keys: list[str],
                                          expected: list[tuple[str, str]]) -> None:
    assert pairs(keys, tools) == expected
