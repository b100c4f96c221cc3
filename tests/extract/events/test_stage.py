"""Tests of the event stage's final sides (coopwatch.extract.events.stage)."""

from __future__ import annotations

import pytest

import builders
from coopwatch.extract import events, positions
from coopwatch.extract.events import stage
from coopwatch.records import Document, Event
from coopwatch.tools import Toolkit


def document(text: str, tools: Toolkit, entities: dict[str, list[str]]) -> Document:
    """The analyzed text with its dates and the given entities."""
    return builders.dated_document(text, tools, entities, "2025-04-02")


# an official of a side who speaks after the meeting, before the next event told, took
# part in it; an official of a bystander, or one who speaks after another event, did not
SPEAKERS = [
    ("Губернатор Курской области провёл встречу с казахстанской делегацией. "
     "Аким Павлодарской области Асаин Байханов отметил рост товарооборота.",
     {"RU-KRS": ["Курской области"], "KZ": ["казахстанской"],
      "KZ-55": ["Павлодарской области"], "per:Асаин Байханов": ["Асаин Байханов"]},
     {"per:Асаин Байханов", "KZ-55"}, set()),
    ("Губернатор Курской области провёл встречу с казахстанской делегацией. "
     "Стороны договорились провести форум. "
     "Аким Павлодарской области Асаин Байханов отметил рост товарооборота.",
     {"RU-KRS": ["Курской области"], "KZ": ["казахстанской"],
      "KZ-55": ["Павлодарской области"], "per:Асаин Байханов": ["Асаин Байханов"]},
     {"per:Асаин Байханов"}, set()),
    ("Губернатор Курской области провёл встречу с казахстанской делегацией. "
     "Президент Армении Ваган Хачатурян отметил рост товарооборота.",
     {"RU-KRS": ["Курской области"], "KZ": ["казахстанской"], "AM": ["Армении"],
      "per:Ваган Хачатурян": ["Ваган Хачатурян"]},
     set(), {"per:Ваган Хачатурян", "AM"}),
    ("Губернатор Курской области провёл встречу с казахстанской делегацией. "
     "Затем делегация посетила завод компании «Агрокомплекс». "
     "Аким Павлодарской области Асаин Байханов отметил рост товарооборота.",
     {"RU-KRS": ["Курской области"], "KZ": ["казахстанской"],
      "KZ-55": ["Павлодарской области"], "per:Асаин Байханов": ["Асаин Байханов"],
      "org:Агрокомплекс": ["Агрокомплекс"]},
     set(), {"per:Асаин Байханов"}),
    # a note below the news names an official who did not speak at the talks
    ("Губернатор Курской области провёл встречу с казахстанской делегацией.\n"
     "Справка: аким Павлодарской области Асаин Байханов ранее работал в министерстве.",
     {"RU-KRS": ["Курской области"], "KZ": ["казахстанской"],
      "KZ-55": ["Павлодарской области"], "per:Асаин Байханов": ["Асаин Байханов"]},
     set(), {"per:Асаин Байханов"}),
]


@pytest.mark.parametrize(("text", "entities", "sides", "not_sides"), SPEAKERS)
def test_an_official_of_a_side_speaking_after_a_meeting_took_part(
        text: str, entities: dict[str, list[str]], sides: set[str], not_sides: set[str],
        tools: Toolkit) -> None:
    taking_part = _meeting_participants(text, entities, tools)[0]
    assert sides <= taking_part
    assert not not_sides & taking_part


# an official of a side who speaks after a forum, before the next event told, took part
# in it; an official of a bystander did not
FORUM_SPEAKERS = [
    ("В Курске прошёл российско-казахстанский форум межрегионального сотрудничества. "
     "Аким Павлодарской области Асаин Байханов отметил рост товарооборота.",
     {"RU-KRS": ["Курске"], "KZ": ["казахстанский"], "RU": ["российско"],
      "KZ-55": ["Павлодарской области"], "per:Асаин Байханов": ["Асаин Байханов"]},
     {"per:Асаин Байханов"}, set()),
    ("В Курске прошёл российско-казахстанский форум межрегионального сотрудничества. "
     "Президент Армении Ваган Хачатурян отметил рост товарооборота.",
     {"RU-KRS": ["Курске"], "KZ": ["казахстанский"], "RU": ["российско"],
      "AM": ["Армении"], "per:Ваган Хачатурян": ["Ваган Хачатурян"]},
     set(), {"per:Ваган Хачатурян", "AM"}),
]


@pytest.mark.parametrize(("text", "entities", "sides", "not_sides"), FORUM_SPEAKERS)
def test_an_official_of_a_side_speaking_after_a_forum_took_part(
        text: str, entities: dict[str, list[str]], sides: set[str], not_sides: set[str],
        tools: Toolkit) -> None:
    doc = events.extract(positions.extract(document(text, tools, entities), tools), tools)
    forums = [set(event.participants) for event in doc.events if event.type == "forum"]
    assert forums, [(event.type, event.participants) for event in doc.events]
    assert sides <= forums[0]
    assert not not_sides & forums[0]


def _meeting_participants(text: str, entities: dict[str, list[str]],
                          tools: Toolkit) -> list[set[str]]:
    """The participants of each meeting the events stage finds, in order (at least one)."""
    doc = events.extract(positions.extract(document(text, tools, entities), tools), tools)
    meetings = [set(event.participants) for event in doc.events if event.type == "meeting"]
    assert meetings, [(event.type, event.participants) for event in doc.events]
    return meetings


# an event whose passage names no place took place where the event before it in the
# same paragraph did; across a paragraph break only when that is the one venue the news
# tells (`hosts`)
PLACES_IN_A_ROW = [
    ("В Бресте прошёл форум регионов Беларуси и России. "
     "Смоленская и Брестская области подписали соглашение о сотрудничестве.",
     {"geo:Брест": ["Бресте"], "BY": ["Беларуси"], "RU": ["России"],
      "RU-SMO": ["Смоленская"], "BY-BR": ["Брестская области"]},
     "agreement", "geo:Брест"),
    ("В Бресте прошёл форум регионов Беларуси и России.\n"
     "Смоленская и Брестская области подписали соглашение о сотрудничестве.",
     {"geo:Брест": ["Бресте"], "BY": ["Беларуси"], "RU": ["России"],
      "RU-SMO": ["Смоленская"], "BY-BR": ["Брестская области"]},
     "agreement", "geo:Брест"),
    # the place of an event still to come is not where a done one took place
    ("Делегация Омской области посетит Минск в мае. "
     "Губернатор провёл встречу с послом Китая.",
     {"RU-OMS": ["Омской области"], "geo:Минск": ["Минск"], "CN": ["Китая"]},
     "meeting", None),
]


@pytest.mark.parametrize(("text", "entities", "type_", "place"), PLACES_IN_A_ROW)
def test_an_event_takes_the_place_of_the_one_before_in_its_paragraph(
        text: str, entities: dict[str, list[str]], type_: str, place: str | None,
        tools: Toolkit) -> None:
    doc = events.extract(document(text, tools, entities), tools)
    found = [event for event in doc.events if event.type == type_]
    assert found, [(event.type, event.participants) for event in doc.events]
    assert found[0].place == place


# a forum keeps the countries named beside their regions (a forum of the regions of two
# countries), a visit the foreign ones it went to or came from (not one named only beside
# the province: «в китайской провинции»); a meeting or an agreement leaves a country out
# beside its own region
COUNTRIES_BESIDE_REGIONS = [
    ("В Могилеве открылся Форум регионов России и Беларуси, в нем участвуют "
     "делегации Курской области и Гомельской области.",
     {"geo:Могилев": ["Могилеве"], "RU": ["России"], "BY": ["Беларуси"],
      "RU-KRS": ["Курской области"], "BY-HO": ["Гомельской области"]},
     "forum", {"BY", "BY-HO", "RU-KRS"}, set()),
    ("Курская область и Беларусь подписали соглашение, его подписали в Могилевской области.",
     {"RU-KRS": ["Курская область"], "BY": ["Беларусь"], "BY-MA": ["Могилевской области"]},
     "agreement", {"RU-KRS"}, {"BY"}),
    # a visit keeps the foreign country it went to beside the province of its talks
    ("Во время визита в Турцию делегация Курской области провела переговоры "
     "в провинции Измир.",
     {"TR": ["Турцию"], "RU-KRS": ["Курской области"], "TR-35": ["Измир"]},
     "visit", {"TR", "RU-KRS"}, set()),
    # but Russia beside a Russian region adds nothing to a visit
    ("Делегация Курской области из России прибыла с визитом в Китай.",
     {"RU-KRS": ["Курской области"], "RU": ["России"], "CN": ["Китай"]},
     "visit", {"RU-KRS", "CN"}, {"RU"}),
    # a country named only beside the province visited is no side of the visit
    ("Делегация Курской области находится с визитом в китайской провинции Хэнань.",
     {"RU-KRS": ["Курской области"], "CN-HA": ["провинции Хэнань"]},
     "visit", {"RU-KRS", "CN-HA"}, {"CN"}),
    ("Курскую область посетила делегация Наманганской области Узбекистана.",
     {"RU-KRS": ["Курскую область"], "UZ-NG": ["Наманганской области"],
      "UZ": ["Узбекистана"]},
     "visit", {"RU-KRS", "UZ-NG"}, {"UZ"}),
    ("Делегация провинции Хэнань (КНР) прибыла в Курскую область.",
     {"RU-KRS": ["Курскую область"], "CN-HA": ["провинции Хэнань"], "CN": ["КНР"]},
     "visit", {"RU-KRS", "CN-HA"}, {"CN"}),
    # the country it went to stays, by its name or by its capital
    ("Губернатор Курской области находится с рабочей поездкой в КНР, "
     "он провёл переговоры в провинции Хэнань.",
     {"RU-KRS": ["Курской области"], "CN": ["КНР"], "CN-HA": ["провинции Хэнань"]},
     "visit", {"RU-KRS", "CN", "CN-HA"}, set()),
    ("Делегация Курской области выехала с визитом в Ереван, где встретилась "
     "с главой Арагацотнской области Армении.",
     {"RU-KRS": ["Курской области"], "geo:Ереван": ["Ереван"],
      "AM-AG": ["Арагацотнской области"], "AM": ["Армении"]},
     "visit", {"RU-KRS", "AM"}, set()),
]


@pytest.mark.parametrize(("text", "entities", "type_", "sides", "not_sides"),
                         COUNTRIES_BESIDE_REGIONS)
def test_a_forum_or_visit_keeps_the_countries_beside_their_regions(
        text: str, entities: dict[str, list[str]], type_: str, sides: set[str],
        not_sides: set[str], tools: Toolkit) -> None:
    builders.sides_of_first(events.extract(document(text, tools, entities), tools), type_,
                            sides, not_sides)


# a plant named with only the home region and the sources of the news («как сообщили в
# агентстве …») is the plant of the foreign side told just before
SOURCED_PLANTS = [
    ("Делегация Германии прибыла в Калужскую область. "
     "Как сообщили в Агентстве развития Калужской области, цель визита – "
     "организация производства оборудования на территории региона.",
     {"DE": ["Германии"], "RU-KLU": ["Калужскую область"],
      "org:Агентство развития Калужской области": ["Агентстве развития Калужской области"]},
     {"DE", "RU-KLU"}),
]


@pytest.mark.parametrize(("text", "entities", "sides"), SOURCED_PLANTS)
def test_a_plant_told_by_a_source_borrows_the_foreign_side_before(
        text: str, entities: dict[str, list[str]], sides: set[str], tools: Toolkit) -> None:
    doc = events.extract(document(text, tools, entities), tools)
    found = [event for event in doc.events if event.type == "localization"]
    assert found, [(event.type, event.participants) for event in doc.events]
    assert sides <= set(found[0].participants)


# an event named so far only in passing is the one the next reading of its type tells,
# unless the two name different people; an event told in full stays apart
KINDS = {"per:Иван Петров": "PER", "per:Олег Сидоров": "PER", "per:Анна Белова": "PER",
         "RU-BRY": "GEO", "BY-VI": "GEO"}
PASSING = [
    # «приветствовал участников форума», then «поблагодарил за работу форума»
    ((True, ("per:Иван Петров", "RU-BRY")),
     (False, ("per:Иван Петров", "per:Олег Сидоров", "BY-VI")), 1),
    # different people on both sides: two events
    ((True, ("per:Иван Петров",)), (False, ("per:Анна Белова", "BY-VI")), 2),
    # the first told in full: two events
    ((False, ("per:Иван Петров", "RU-BRY")),
     (False, ("per:Иван Петров", "per:Олег Сидоров", "BY-VI")), 2),
]


@pytest.mark.parametrize(("first", "second", "count"), PASSING)
def test_an_event_named_in_passing_is_the_one_told_next(
    first: tuple[bool, tuple[str, ...]], second: tuple[bool, tuple[str, ...]], count: int
) -> None:
    from coopwatch.extract.events.stage import Reading, _merge
    from coopwatch.records import Event, Span
    readings = [Reading(Event("forum", "done", participants=parties,
                              evidence=(Span(index * 10, index * 10 + 5),)),
                        headline=False, anaphoric=passing)
                for index, (passing, parties) in enumerate((first, second))]
    assert len(_merge(readings, KINDS.get)) == count


# a passage of direct speech that names no new side speaks of the events the news
# tells; one that names a new partner tells an event of its own
QUOTES = [
    ("Губернатор Тульской области подписал соглашение с делегацией Беларуси. "
     "«Мы планируем подписать соглашение с Беларусью о поставках техники», — сказал "
     "губернатор.", 1),
    ("Губернатор Тульской области подписал соглашение с делегацией Беларуси. "
     "«Мы планируем подписать соглашение с Казахстаном о поставках техники», — сказал "
     "губернатор.", 2),
    ("Губернатор Тульской области подписал соглашение с делегацией Беларуси. "
     "Губернатор планирует подписать соглашение с Беларусью о поставках техники.", 2),
    # a passage that opens with a quoted name is no direct speech
    ("Губернатор Тульской области подписал соглашение с делегацией Беларуси. "
     "«Тулмаш» планирует подписать соглашение с Беларусью о поставках техники.", 2),
]


@pytest.mark.parametrize(("text", "count"), QUOTES)
def test_direct_speech_names_no_new_event_without_a_new_side(text: str, count: int,
                                                             tools: Toolkit) -> None:
    doc = document(text, tools, {"RU-TUL": ["Тульской области"],
                                 "BY": ["Беларуси", "Беларусью"], "KZ": ["Казахстаном"]})
    found = [event for event in events.extract(doc, tools).events
             if event.type == "agreement"]
    assert len(found) == count, [(event.status, event.participants) for event in found]


# a meeting told after a visit, with no foreign side of its own, is held with the
# visitors; a meeting that names its own foreign side keeps it
MEETINGS_AFTER_VISITS = [
    ("Делегация провинции Хэнань посетила Курскую область. "
     "В областной администрации состоялась рабочая встреча.",
     {"RU-KRS": ["Курскую область"], "CN-HA": ["провинции Хэнань"]},
     {"CN-HA", "RU-KRS"}, set()),
    ("Делегация провинции Хэнань посетила Курскую область. "
     "Затем губернатор провёл встречу с послом Армении.",
     {"RU-KRS": ["Курскую область"], "CN-HA": ["провинции Хэнань"], "AM": ["Армении"]},
     {"AM"}, {"CN-HA"}),
]


# before any talks, «стороны» are the two places a headline joins and names alone
HEADLINE_SIDES = [
    ("Якутия и Приморье расширят сотрудничество\n"
     "Стороны подписали соглашение о сотрудничестве в сфере культуры.",
     {"RU-SA": ["Якутия"], "RU-PRI": ["Приморье"]}, {"RU-SA", "RU-PRI"}),
    ("Курская область и Белоруссия укрепляют связи\n"
     "Стороны подписали соглашение о поставках техники.",
     {"RU-KRS": ["Курская область"], "BY": ["Белоруссия"]}, {"RU-KRS", "BY"}),
]


@pytest.mark.parametrize(("text", "entities", "sides"), HEADLINE_SIDES)
def test_the_sides_are_the_two_places_of_the_headline(
        text: str, entities: dict[str, list[str]], sides: set[str], tools: Toolkit) -> None:
    doc = events.extract(document(text, tools, entities), tools)
    assert [set(event.participants) for event in doc.events
            if event.type == "agreement"] == [sides]


@pytest.mark.parametrize(("text", "entities", "sides", "not_sides"), MEETINGS_AFTER_VISITS)
def test_a_meeting_after_a_visit_is_held_with_the_visitors(
        text: str, entities: dict[str, list[str]], sides: set[str], not_sides: set[str],
        tools: Toolkit) -> None:
    taking_part = _meeting_participants(text, entities, tools)[-1]
    assert sides <= taking_part
    assert not not_sides & taking_part


# the people a passage names as a delegation's head or members went on the visit told
# nearest before it
MEMBERS = [
    ("Делегация Курской области посетила с визитом Монголию. "
     "Делегацию возглавил губернатор Роман Старовойт.",
     {"RU-KRS": ["Курской области"], "MN": ["Монголию"],
      "per:Роман Старовойт": ["Роман Старовойт"]},
     [{"per:Роман Старовойт"}]),
    ("Делегация Курской области находится с визитом в Казахстане. "
     "В состав делегации также вошли депутат Иван Петров и министр Пётр Сидоров.",
     {"RU-KRS": ["Курской области"], "KZ": ["Казахстане"],
      "per:Иван Петров": ["Иван Петров"], "per:Пётр Сидоров": ["Пётр Сидоров"]},
     [{"per:Иван Петров", "per:Пётр Сидоров"}]),
    ("Делегация Курской области посетила с визитом Монголию.\n"
     "Позже делегация Армении прибыла в Курскую область. "
     "В составе делегации – министр Ашот Саркисян.",
     {"RU-KRS": ["Курской области", "Курскую область"], "MN": ["Монголию"],
      "AM": ["Армении"], "per:Ашот Саркисян": ["Ашот Саркисян"]},
     [set(), {"per:Ашот Саркисян"}]),
]


@pytest.mark.parametrize(("text", "entities", "members"), MEMBERS)
def test_the_members_of_a_delegation_went_on_the_visit_before(
        text: str, entities: dict[str, list[str]], members: list[set[str]],
        tools: Toolkit) -> None:
    doc = events.extract(document(text, tools, entities), tools)
    visits = [set(event.participants) for event in doc.events if event.type == "visit"]
    assert len(visits) == len(members), [(e.type, e.participants) for e in doc.events]
    for found, people in zip(visits, members, strict=True):
        assert {key for key in found if key.startswith("per:")} == people


# the people a passage names as having put their signatures under a document signed
# the agreement told nearest before it
SIGNATORIES = [
    ("Курская и Брестская области подписали соглашение о сотрудничестве. "
     "Подписи под документом поставили губернатор Роман Старовойт и "
     "председатель облисполкома Юрий Шулейко.",
     {"RU-KRS": ["Курская"], "BY-BR": ["Брестская области"],
      "per:Роман Старовойт": ["Роман Старовойт"], "per:Юрий Шулейко": ["Юрий Шулейко"]},
     [{"per:Роман Старовойт", "per:Юрий Шулейко"}]),
    ("Курская и Брестская области заключили соглашение о дружбе. "
     "Документ завизировал губернатор Роман Старовойт вместе с "
     "председателем облисполкома Юрием Шулейко.",
     {"RU-KRS": ["Курская"], "BY-BR": ["Брестская области"],
      "per:Роман Старовойт": ["Роман Старовойт"], "per:Юрий Шулейко": ["Юрием Шулейко"]},
     [{"per:Роман Старовойт", "per:Юрий Шулейко"}]),
    ("Курская и Брестская области подписали соглашение о сотрудничестве. "
     "Губернатор Роман Старовойт отметил рост товарооборота.",
     {"RU-KRS": ["Курская"], "BY-BR": ["Брестская области"],
      "per:Роман Старовойт": ["Роман Старовойт"]},
     [set()]),
]


@pytest.mark.parametrize(("text", "entities", "signatories"), SIGNATORIES)
def test_those_who_put_their_signatures_signed_the_agreement_before(
        text: str, entities: dict[str, list[str]], signatories: list[set[str]],
        tools: Toolkit) -> None:
    doc = events.extract(document(text, tools, entities), tools)
    signed = [set(event.participants) for event in doc.events if event.type == "agreement"]
    assert len(signed) == len(signatories), [(e.type, e.participants) for e in doc.events]
    for found, people in zip(signed, signatories, strict=True):
        assert {key for key in found if key.startswith("per:")} == people


# a person named only as the subject of a verb of saying tells of an agreement or a
# visit, and is no side of it, when two other sides are named; one named acting stays
SPEAKERS_OF_EVENTS = [
    ("Курская и Брестская области подписали соглашение о сотрудничестве, "
     "сообщил министр Иван Петров.",
     {"RU-KRS": ["Курская"], "BY-BR": ["Брестская области"],
      "per:Иван Петров": ["Иван Петров"]},
     "agreement", {"RU-KRS", "BY-BR"}, {"per:Иван Петров"}),
    ("Как рассказал министр Иван Петров, делегация Брестской области посетила "
     "Курскую область.",
     {"RU-KRS": ["Курскую область"], "BY-BR": ["Брестской области"],
      "per:Иван Петров": ["Иван Петров"]},
     "visit", {"RU-KRS", "BY-BR"}, {"per:Иван Петров"}),
    ("Министр Иван Петров подписал соглашение о сотрудничестве с Брестской областью, "
     "сообщает пресс-служба.",
     {"BY-BR": ["Брестской областью"], "per:Иван Петров": ["Иван Петров"]},
     "agreement", {"BY-BR", "per:Иван Петров"}, set()),
]


@pytest.mark.parametrize(("text", "entities", "type_", "sides", "not_sides"),
                         SPEAKERS_OF_EVENTS)
def test_one_who_only_speaks_of_an_agreement_or_visit_is_no_side(
        text: str, entities: dict[str, list[str]], type_: str, sides: set[str],
        not_sides: set[str], tools: Toolkit) -> None:
    builders.sides_of_first(events.extract(document(text, tools, entities), tools), type_,
                            sides, not_sides)


# an organization named only as where talks were held (after «в», in the locative) is
# their building, no side of them; one the talks were held with stays
HOUSED_TALKS = [
    ("В Торговом представительстве России состоялась встреча делегации Курской "
     "области с акимом Павлодарской области.",
     {"org:Торговое представительство России": ["Торговом представительстве России"],
      "RU-KRS": ["Курской области"], "KZ-55": ["Павлодарской области"]},
     {"RU-KRS", "KZ-55"}, {"org:Торговое представительство России"}),
    ("Делегация Курской области провела встречу с руководством компании «Агрокомплекс» "
     "и акимом Павлодарской области.",
     {"org:Агрокомплекс": ["Агрокомплекс"], "RU-KRS": ["Курской области"],
      "KZ-55": ["Павлодарской области"]},
     {"RU-KRS", "org:Агрокомплекс"}, set()),
]


@pytest.mark.parametrize(("text", "entities", "sides", "not_sides"), HOUSED_TALKS)
def test_an_organization_housing_talks_is_no_side_of_them(
        text: str, entities: dict[str, list[str]], sides: set[str], not_sides: set[str],
        tools: Toolkit) -> None:
    taking_part = _meeting_participants(text, entities, tools)[0]
    assert sides <= taking_part
    assert not not_sides & taking_part


# the one who receives a delegation («принял делегацию», «обсудил с делегацией») hosts
# the visit and is no side of it; the one who heads or presents it is one of it
HOSTS_OF_VISITS = [
    ("Председатель Брестского облисполкома Пётр Иванов принял делегацию Курской "
     "области, прибывшую с визитом в Брест.",
     {"per:Пётр Иванов": ["Пётр Иванов"], "RU-KRS": ["Курской области"],
      "geo:Брест": ["Брест"]},
     {"RU-KRS"}, {"per:Пётр Иванов"}),
    ("Делегацию Брестской области, прибывшую с визитом в Курскую область, возглавил "
     "председатель облисполкома Пётр Иванов.",
     {"per:Пётр Иванов": ["Пётр Иванов"], "RU-KRS": ["Курскую область"],
      "BY-BR": ["Брестской области"]},
     {"RU-KRS", "BY-BR", "per:Пётр Иванов"}, set()),
]


@pytest.mark.parametrize(("text", "entities", "sides", "not_sides"), HOSTS_OF_VISITS)
def test_the_host_who_receives_a_delegation_is_no_side_of_its_visit(
        text: str, entities: dict[str, list[str]], sides: set[str], not_sides: set[str],
        tools: Toolkit) -> None:
    doc = events.extract(document(text, tools, entities), tools)
    visits = [set(event.participants) for event in doc.events if event.type == "visit"]
    assert visits, [(event.type, event.participants) for event in doc.events]
    assert sides <= visits[0]
    assert not not_sides & visits[0]


# a meeting or an agreement told as done with one side alone is named in passing; one
# still to come may name its partner alone; a Russian region alone is neither a visit nor
# an investment; other events keep one side
ONE_SIDED = [
    ("agreement", "done", ("CN-HL",), True),
    ("agreement", "done", ("RU-TA",), True),
    ("agreement", "planned", ("RU-TA",), True),
    ("meeting", "done", ("KZ",), True),
    ("meeting", "planned", ("per:Иван Петров",), True),
    ("agreement", "planned", ("UZ-TO",), False),
    ("meeting", "planned", ("org:Geely",), False),
    ("agreement", "done", ("RU",), True),
    ("investment", "ongoing", ("RU-PRI",), True),
    ("investment", "ongoing", ("org:Geely",), False),
    ("forum", "done", ("RU-TA",), False),
    ("visit", "done", ("per:Иван Петров",), False),
    ("visit", "done", ("RU-TA",), True),
    ("agreement", "done", ("CN-HL", "RU-AMU"), False),
]


@pytest.mark.parametrize(("type_", "status", "sides", "dropped"), ONE_SIDED)
def test_an_event_of_too_few_sides_is_no_event(type_: str, status: str,
                                                sides: tuple[str, ...], dropped: bool) -> None:
    event = Event(type=type_, status=status, participants=sides)  # type: ignore[arg-type]
    assert stage._one_sided(event) is dropped


# «работают по прямым контрактам» with one side named: no event; a signing of two
# sides, or a plan with its partner alone, is one
ONE_SIDE_TEXTS = [
    ("Предприятия Беларуси работают по прямым контрактам.", {"BY": ["Беларуси"]}, 0),
    ("Торговля Хэйлунцзяна со странами соглашения о партнёрстве выросла.",
     {"CN-HL": ["Хэйлунцзяна"]}, 0),
    ("Приморье и Беларусь подписали соглашение о сотрудничестве.",
     {"RU-PRI": ["Приморье"], "BY": ["Беларусь"]}, 1),
    ("Стороны намерены подписать меморандум с Минской областью.",
     {"BY-MI": ["Минской областью"]}, 1),
]


@pytest.mark.parametrize(("text", "entities", "count"), ONE_SIDE_TEXTS)
def test_a_passing_mention_of_one_side_is_no_event(
        text: str, entities: dict[str, list[str]], count: int, tools: Toolkit) -> None:
    doc = events.extract(positions.extract(document(text, tools, entities), tools), tools)
    assert len(doc.events) == count, [(event.type, event.participants) for event in doc.events]


# talks still to come whose topic is another event are no talks of their own; talks
# beside another event, or during which it is to happen, are
SIDE_TALKS = [
    ("Начнутся переговоры о локализации производства тракторов в Курской области.",
     {"RU-KRS": ["Курской области"]}, 0),
    ("В Минске состоится форум, на котором пройдут переговоры с Курской областью.",
     {"RU-KRS": ["Курской областью"], "geo:Минск": ["Минске"]}, 0),
    ("В планах делегации Минской области встреча с губернатором Курской области и "
     "посещение завода.",
     {"RU-KRS": ["Курской области"], "BY-MI": ["Минской области"]}, 1),
    ("Будут проведены встречи с руководством Минской области, в ходе которых "
     "планируется подписать соглашение с Курской областью.",
     {"RU-KRS": ["Курской областью"], "BY-MI": ["Минской области"]}, 1),
    ("В рамках визита в Курскую область запланированы встречи делегации Минской "
     "области с предпринимателями.",
     {"RU-KRS": ["Курскую область"], "BY-MI": ["Минской области"]}, 1),
]


@pytest.mark.parametrize(("text", "entities", "count"), SIDE_TALKS)
def test_talks_still_to_come_about_another_event_are_no_event(
        text: str, entities: dict[str, list[str]], count: int, tools: Toolkit) -> None:
    doc = events.extract(positions.extract(document(text, tools, entities), tools), tools)
    meetings = [event for event in doc.events if event.type == "meeting"]
    assert len(meetings) == count, [(event.type, event.participants) for event in doc.events]


# a forum named as the venue of another event is a forum of its own when its phrase
# names a side and the passage names two; a venue of no sides is only a venue
VENUE_FORUMS = [
    ("На полях Дней Беларуси Курская область подписала соглашение с Минской областью.",
     {"RU-KRS": ["Курская область"], "BY-MI": ["Минской областью"], "BY": ["Беларуси"]},
     1),
    ("На полях Восточного экономического форума губернатор Курской области встретился "
     "с послом Монголии.",
     {"RU-KRS": ["Курской области"], "MN": ["Монголии"]}, 0),
    ("Соглашение с Курской областью подписано в рамках форума Беларуси.",
     {"RU-KRS": ["Курской областью"], "BY": ["Беларуси"]}, 1),
    ("Соглашение подписано в рамках форума Беларуси.", {"BY": ["Беларуси"]}, 0),
]


@pytest.mark.parametrize(("text", "entities", "count"), VENUE_FORUMS)
def test_a_venue_forum_of_named_sides_is_a_forum(
        text: str, entities: dict[str, list[str]], count: int, tools: Toolkit) -> None:
    doc = events.extract(positions.extract(document(text, tools, entities), tools), tools)
    forums = [event for event in doc.events if event.type == "forum"]
    assert len(forums) == count, [(event.type, event.participants) for event in doc.events]


# talks to come joined by «и» to a visit stand beside it: talks of their own; talks to
# come about a plant are about the plant
COORDINATED_TALKS = [
    ("Губернатор Курской области посетит Китай и встретится с руководством компании Haier.",
     {"RU-KRS": ["Курской области"], "CN": ["Китай"], "org:Haier": ["Haier"]}, True),
    ("Делегация Курской области посетит Гомель и проведет переговоры с руководством "
     "компании «Гомсельмаш».",
     {"RU-KRS": ["Курской области"], "geo:Гомель": ["Гомель"],
      "org:Гомсельмаш": ["Гомсельмаш"]}, True),
    ("Курская область проведет с компанией «Гомсельмаш» переговоры о размещении "
     "производства в регионе.",
     {"RU-KRS": ["Курская область"], "org:Гомсельмаш": ["Гомсельмаш"]}, False),
]


@pytest.mark.parametrize(("text", "entities", "talks"), COORDINATED_TALKS)
def test_talks_to_come_beside_a_visit_are_talks(text: str, entities: dict[str, list[str]],
                                                talks: bool, tools: Toolkit) -> None:
    doc = events.extract(document(text, tools, entities), tools)
    assert any(event.type == "meeting" for event in doc.events) == talks


# an agreement whose anniversary the passage tells was signed long before: done, and the
# time of the celebration is not its date; one to be signed keeps its status and date
ANNIVERSARIES = [
    ("В 2026 году Курская область станет площадкой для празднования 25-летия Договора о "
     "сотрудничестве между Россией и Казахстаном.",
     {"RU-KRS": ["Курская область"], "RU": ["Россией"], "KZ": ["Казахстаном"]},
     ("done", None)),
    ("К годовщине подписания меморандума между Курской областью и Гомельской областью в "
     "мае 2026 года откроется выставка.",
     {"RU-KRS": ["Курской областью"], "BY-HO": ["Гомельской областью"]}, ("done", None)),
    ("В мае 2026 года Курская область и Гомельская область подпишут меморандум.",
     {"RU-KRS": ["Курская область"], "BY-HO": ["Гомельская область"]}, ("planned", "2026-05")),
]


@pytest.mark.parametrize(("text", "entities", "expected"), ANNIVERSARIES)
def test_an_agreement_celebrated_was_signed_before(
        text: str, entities: dict[str, list[str]], expected: tuple[str, str | None],
        tools: Toolkit) -> None:
    doc = events.extract(document(text, tools, entities), tools)
    signed = [(event.status, event.date) for event in doc.events if event.type == "agreement"]
    assert signed == [expected]
