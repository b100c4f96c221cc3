"""Where a visit and the talks during it took place when the passage names no place."""

from __future__ import annotations

import pytest

import builders
from coopwatch.extract import events
from coopwatch.pipeline import Pipeline
from coopwatch.records import Document
from coopwatch.tools import Toolkit


def document(text: str, tools: Toolkit, entities: dict[str, list[str]]) -> Document:
    return builders.dated_document(text, tools, entities, "2025-03-01")


def places_of(text: str, entities: dict[str, list[str]], kind: str,
              tools: Toolkit) -> set[str | None]:
    """The places of the events of `kind` found in a text (at least one must be)."""
    doc = events.extract(document(text, tools, entities), tools)
    found = [event for event in doc.events if event.type == kind]
    assert found, [(event.type, event.participants) for event in doc.events]
    return {event.place for event in found}


# text, entities, event type, the place it took (None: the text does not tell it)
HOSTS = [
    # the delegation's home by a genitive: the talks were on the other side
    ("Губернатор Тамбовской области провёл рабочую встречу с делегацией Гомельской "
     "области.",
     {"RU-TAM": ["Тамбовской области"], "BY-HO": ["Гомельской области"]},
     "meeting", "RU-TAM"),
    # by «из …»
    ("Делегация из провинции Шаньдун прибыла в регион и провела переговоры с "
     "правительством Курганской области.",
     {"CN-SD": ["Шаньдун"], "RU-KGN": ["Курганской области"]},
     "meeting", "RU-KGN"),
    # by a place adjective
    ("Вице-губернатор Липецкой области принял узбекскую делегацию.",
     {"RU-LIP": ["Липецкой области"], "UZ": ["узбекскую"]},
     "visit", "RU-LIP"),
    # «наша делегация»: of the region of the news, which went to the other side
    ("Наша делегация провела переговоры с руководством Джизакской области. "
     "Томская область готова поставлять туда зерно.",
     {"UZ-JI": ["Джизакской области"], "RU-TOM": ["Томская область"]},
     "meeting", "UZ-JI"),
    # no delegation named: no place guessed
    ("Губернатор Тамбовской области провёл рабочую встречу с послом Белоруссии.",
     {"RU-TAM": ["Тамбовской области"], "BY": ["Белоруссии"]},
     "meeting", None),
    # two sides besides the visitors: which one hosted is not told
    ("Делегация Армении встретилась с представителями Омской и Новосибирской областей.",
     {"AM": ["Армении"], "RU-OMS": ["Омской"], "RU-NVS": ["Новосибирской областей"]},
     "meeting", None),
    # the talks of a visit took place where the visit did
    ("Губернатор Оренбургской области находится с визитом в Казахстане. "
     "Губернатор провёл переговоры с акимом Костанайской области.",
     {"RU-ORE": ["Оренбургской области"], "KZ": ["Казахстане"],
      "KZ-39": ["Костанайской области"]},
     "meeting", "KZ"),
    # an agreement still to sign has no place yet
    ("Губернатор Оренбургской области находится с визитом в Казахстане. "
     "Губернатор и аким Костанайской области договорились подписать соглашение.",
     {"RU-ORE": ["Оренбургской области"], "KZ": ["Казахстане"],
      "KZ-39": ["Костанайской области"]},
     "agreement", None),
    # one signed with no place of its own was signed where the visit of its sides was
    ("Делегация Курганской области находится с визитом в Казахстане. "
     "По итогам переговоров подписан меморандум между Курганской и Костанайской "
     "областями.",
     {"RU-KGN": ["Курганской области", "Курганской"], "KZ": ["Казахстане"],
      "KZ-39": ["Костанайской областями"]},
     "agreement", "KZ"),
    ("Губернатор Псковской области прибыл с визитом в Беларусь. Псковская область и "
     "Витебская область подписали соглашение о сотрудничестве.",
     {"RU-PSK": ["Псковской области", "Псковская область"], "BY": ["Беларусь"],
      "BY-VI": ["Витебская область"]},
     "agreement", "BY"),
    # with no visit told, a signing has no place guessed
    ("Псковская область и Витебская область подписали соглашение о сотрудничестве.",
     {"RU-PSK": ["Псковская область"], "BY-VI": ["Витебская область"]},
     "agreement", None),
]


@pytest.mark.parametrize(("text", "entities", "kind", "place"), HOSTS)
def test_the_place_of_a_visit_is_the_side_the_visitors_came_to(
        text: str, entities: dict[str, list[str]], kind: str, place: str | None,
        tools: Toolkit) -> None:
    assert places_of(text, entities, kind, tools) == {place}


# a plant or an investment with no place: the zone or park named, else the one Russian
# region among its sides
SITES = [
    ("Турецкая компания «Кайя» открыла завод стеклотары в ОЭЗ «Зелёный Дол».",
     {"org:Кайя": ["Кайя"], "org:ОЭЗ Зелёный Дол": ["ОЭЗ «Зелёный Дол»"], "TR": ["Турецкая"]},
     "localization", "org:ОЭЗ Зелёный Дол"),
    ("Китайская компания «Хуабэй» наладит производство насосов в Курганской области.",
     {"org:Хуабэй": ["Хуабэй"], "RU-KGN": ["Курганской области"]},
     "localization", "RU-KGN"),
    ("Компания «Хуабэй» из Китая локализует выпуск насосов, сообщил губернатор Курганской "
     "области.",
     {"org:Хуабэй": ["Хуабэй"], "CN": ["Китая"], "RU-KGN": ["Курганской области"]},
     "localization", "RU-KGN"),
]


@pytest.mark.parametrize(("text", "entities", "kind", "place"), SITES)
def test_a_plant_is_sited_in_the_zone_or_the_region_named(
        text: str, entities: dict[str, list[str]], kind: str, place: str,
        tools: Toolkit) -> None:
    assert places_of(text, entities, kind, tools) == {place}


# an event placed in a region or a country with one city of it among its sides took
# place in that city; two such cities, or a city elsewhere (the visitors' own), leave
# the wider place
CITIES = [
    ("Делегация Татарстана прибыла с визитом в Удмуртию, гостей встретил мэр Ижевска.",
     {"RU-TA": ["Татарстана"], "RU-UD": ["Удмуртию"], "geo:Ижевск": ["Ижевска"]},
     "visit", "geo:Ижевск"),
    ("Делегация Курской области прибыла с визитом в Китай по приглашению властей Харбина.",
     {"RU-KRS": ["Курской области"], "CN": ["Китай"], "geo:Харбин": ["Харбина"]},
     "visit", "geo:Харбин"),
    ("Делегация Курской области прибыла с визитом в Белоруссию по приглашению властей "
     "Гродно и Бреста.",
     {"RU-KRS": ["Курской области"], "BY": ["Белоруссию"], "geo:Гродно": ["Гродно"],
      "geo:Брест": ["Бреста"]},
     "visit", "BY"),
    ("Делегация Казани прибыла с визитом в Белоруссию.",
     {"geo:Казань": ["Казани"], "BY": ["Белоруссию"]},
     "visit", "BY"),
]


@pytest.mark.parametrize(("text", "entities", "kind", "place"), CITIES)
def test_an_event_in_a_region_took_place_in_its_one_city_among_the_sides(
        text: str, entities: dict[str, list[str]], kind: str, place: str,
        tools: Toolkit) -> None:
    assert places_of(text, entities, kind, tools) == {place}


# a signing with no place told in a passage that names a placed forum took place at the
# forum, also a paragraph later
FORUM = ("Делегация Курской области участвует в Форуме регионов России и Белоруссии, "
         "который проходит в Гродно.\n")
AT_FORUM = [
    (FORUM + "Церемония подписания соглашения с Гродненской областью состоялась на "
     "площадке форума.",
     {"RU-KRS": ["Курской области"], "RU": ["России"], "BY": ["Белоруссии"],
      "geo:Гродно": ["Гродно"], "BY-HR": ["Гродненской областью"]},
     "geo:Гродно"),
]


@pytest.mark.parametrize(("text", "entities", "place"), AT_FORUM)
def test_a_signing_told_at_a_placed_forum_took_place_there(
        text: str, entities: dict[str, list[str]], place: str | None,
        tools: Toolkit) -> None:
    assert places_of(text, entities, "agreement", tools) == {place}


# a meeting with a region's officials took place where a visit of its sides went inside
# that region, even when the visit reads as still to come; a visit to a province of a
# country that is the meeting's side only as a country lends no place
MET_IN_REGION = [
    ("Посол Кении планирует посетить Воронеж.\n"
     "Во вторник посол Кении провёл переговоры с губернатором Воронежской области.",
     {"KE": ["Кении"], "geo:Воронеж": ["Воронеж"], "RU-VOR": ["Воронежской области"]},
     "geo:Воронеж"),
    ("Губернатор Курской области планирует визит в провинцию Хэнань.\n"
     "Во вторник губернатор Курской области провёл переговоры с послом Китая.",
     {"RU-KRS": ["Курской области"], "CN-HA": ["Хэнань"], "CN": ["Китая"]},
     None),
]


@pytest.mark.parametrize(("text", "entities", "place"), MET_IN_REGION)
def test_a_meeting_with_a_region_took_place_where_a_visit_went_in_it(
        text: str, entities: dict[str, list[str]], place: str | None,
        tools: Toolkit) -> None:
    assert places_of(text, entities, "meeting", tools) == {place}


# when every event held with a place was held in one, the signings and talks with no
# place were held there; two venues, or only a plant's site, lend none
ONE_VENUE = [
    ("Форум регионов России и Белоруссии проходит в Гродно.\n"
     "Соглашения были подписаны между Курской и Гродненской областями, Брянской и "
     "Витебской областями.",
     {"RU": ["России"], "BY": ["Белоруссии"], "geo:Гродно": ["Гродно"],
      "RU-KRS": ["Курской"], "BY-HR": ["Гродненской областями"], "RU-BRY": ["Брянской"],
      "BY-VI": ["Витебской областями"]},
     "agreement", {"geo:Гродно"}),
    ("Форум регионов России и Белоруссии проходит в Гродно. Губернатор Брянской области "
     "посетил Минск.\n"
     "Соглашения были подписаны между Курской и Гродненской областями, Брянской и "
     "Витебской областями.",
     {"RU": ["России"], "BY": ["Белоруссии"], "geo:Гродно": ["Гродно"],
      "RU-KRS": ["Курской"], "geo:Минск": ["Минск"], "BY-HR": ["Гродненской областями"],
      "RU-BRY": ["Брянской области", "Брянской"], "BY-VI": ["Витебской областями"]},
     "agreement", {None, "geo:Минск"}),
    ("Китайская компания «Хуабэй» открыла завод в Курганской области.\n"
     "Губернатор Курганской области провёл переговоры с генеральным консулом Китая.",
     {"org:Хуабэй": ["Хуабэй"], "CN": ["Китая", "Китайская"],
      "RU-KGN": ["Курганской области"]},
     "meeting", {None}),
]


@pytest.mark.parametrize(("text", "entities", "kind", "places"), ONE_VENUE)
def test_events_with_no_place_were_held_at_the_one_venue_told(
        text: str, entities: dict[str, list[str]], kind: str, places: set[str | None],
        tools: Toolkit) -> None:
    assert places_of(text, entities, kind, tools) == places


# a visit that names no place nor visitors, whose sides are the region of the news and
# foreign ones, went to the region of the news; with a Russian side besides, no place
AT_HOME = [
    ("Правительство Приморского края сообщило: с официальным визитом прибыл заместитель "
     "губернатора провинции Цзилинь Ван Мин. Вице-губернатор Приморского края Иван "
     "Петров провёл с ним переговоры.",
     {"RU-PRI": ["Приморского края"], "CN-JL": ["Цзилинь"], "per:Ван Мин": ["Ван Мин"],
      "per:Иван Петров": ["Иван Петров"]},
     "RU-PRI"),
    ("Правительство Приморского края сообщило: с официальным визитом прибыл заместитель "
     "губернатора Хабаровского края Иван Петров.",
     {"RU-PRI": ["Приморского края"], "RU-KHA": ["Хабаровского края"],
      "per:Иван Петров": ["Иван Петров"]},
     None),
    # talks told as held abroad, in the country of the foreign side: the region's people
    # went there, the visit was not to the region of the news
    ("Визит организован в рамках соглашения между Приморским краем и провинцией Цзилинь."
     "\n\nПредставители Приморского края провели переговоры в Чанчуне.",
     {"RU-PRI": ["Приморского края", "Приморским краем"], "CN-JL": ["Цзилинь"],
      "geo:Чанчунь": ["Чанчуне"]},
     None),
]


@pytest.mark.parametrize(("text", "entities", "place"), AT_HOME)
def test_a_visit_with_foreign_sides_went_to_the_region_of_the_news(
        text: str, entities: dict[str, list[str]], place: str | None,
        tools: Toolkit) -> None:
    assert places_of(text, entities, "visit", tools) == {place}



# a bare «республика» after «в» is the republic named last before it with the word (the
# whole pipeline: the page's own entities)
REPUBLICS = [
    ("Губернатор Тюменской области провёл переговоры с послом Республики Беларусь. "
     "Сотрудничество между тюменским регионом и Беларусью перешло в активную фазу после "
     "визита делегации в республику в феврале.", "BY"),
    ("Делегация Омской области посетила Республику Татарстан. В республике гости осмотрели "
     "завод.", "RU-TA"),
]


@pytest.mark.parametrize(("text", "place"), REPUBLICS)
def test_a_visit_to_the_republic_went_to_the_one_named_before(
        pipeline: Pipeline, text: str, place: str) -> None:
    doc = pipeline(Document(id="republic", text=text))
    assert place in {event.place for event in doc.events if event.type == "visit"}, doc.events
