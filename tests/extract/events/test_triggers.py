"""Tests of the event triggers of a passage (coopwatch.extract.events.triggers)."""

from __future__ import annotations

import pytest

import builders
from coopwatch.extract.events.parts import status
from coopwatch.extract.events.triggers import triggers
from coopwatch.tools import Toolkit

# a talk verb with a partner in «с» names talks even beside a visit, and they were held;
# the same verb without a partner beside a visit stays the visit's topic
PARTNER_TALKS = [
    ("Томскую область посетили гости из провинции Хэнань, они обсуждали с губернатором "
     "Иваном Петровым поставки зерна.", True),
    ("Делегация Витебской области прибыла в Псков и побеседовала с мэром города.", True),
    ("Делегация Витебской области прибыла в Псков, где обсуждали поставки зерна.", False),
    # «с учётом», «с интересом»: no partner
    ("Делегация Витебской области прибыла в Псков, где обсуждали с учётом пожеланий "
     "поставки зерна.", False),
]


@pytest.mark.parametrize(("text", "talks"), PARTNER_TALKS)
def test_a_talk_verb_with_a_partner_is_talks_beside_a_visit(text: str, talks: bool,
                                                            tools: Toolkit) -> None:
    doc = builders.dated_document(text, tools, {}, "2025-04-02")
    found = [(passage, item) for passage in doc.passages for item in triggers(passage)]
    meetings = [(passage, item) for passage, item in found if item.type == "meeting"]
    assert any(item.type == "visit" for _, item in found)
    assert bool(meetings) == talks
    assert all(status(passage, item) == "done" for passage, item in meetings)


# a host receiving a delegation holds talks with it, and the delegation still visits;
# a delegation only named, or received as a decision, is no reception
RECEIVED_DELEGATIONS = [
    ("Губернатор Томской области принял делегацию провинции Хэнань.", True, True),
    ("Делегацию гостей из Гомеля принял мэр Пскова Иван Петров.", True, True),
    ("Делегация провинции Хэнань побывала на заводе в Томске.", False, True),
    ("Губернатор Томской области принял решение о строительстве моста.", False, False),
]


@pytest.mark.parametrize(("text", "talks", "visit"), RECEIVED_DELEGATIONS)
def test_a_received_delegation_is_talks_and_a_visit(text: str, talks: bool, visit: bool,
                                                    tools: Toolkit) -> None:
    doc = builders.dated_document(text, tools, {}, "2025-04-02")
    types = {item.type for passage in doc.passages for item in triggers(passage)}
    assert ("meeting" in types) == talks
    assert ("visit" in types) == visit


# places that become twins name their twinning agreement; twins only named are none
TWINNINGS = [
    ("Псков и Гомель могут стать городами-побратимами.", True),
    ("Томск станет побратимом китайского города Лоян.", True),
    ("В прошлом году Гомель стал побратимом Пскова.", True),
    ("Мэр Пскова рассказал о дружбе с жителями Гомеля.", False),
]


@pytest.mark.parametrize(("text", "agreement"), TWINNINGS)
def test_places_becoming_twins_is_an_agreement(text: str, agreement: bool,
                                               tools: Toolkit) -> None:
    doc = builders.dated_document(text, tools, {}, "2025-04-02")
    types = {item.type for passage in doc.passages for item in triggers(passage)}
    assert ("agreement" in types) == agreement


# creating or launching a plant or an enterprise is a localization, as a production is
CREATED_PLANTS = [
    ("Компания из Гуандуна обсуждает создание завода по выпуску автобусов в Томске.", True),
    ("Инвесторы из Минска создали предприятие в Пскове.", True),
    ("Партнёры договорились о запуске предприятия по выпуску тракторов.", True),
    ("Губернатор посетил предприятие по выпуску автобусов.", False),
    # plants of a foreign firm said to operate in the region already (session 31, v… dev)
    ("В индустриальном парке уже действуют предприятия японской компании «Хаяси».", True),
    ("В Калуге действует завод бельгийского концерна по выпуску шин.", True),
    ("В области действует программа поддержки экспортёров.", False),
    # a works, a shop floor or a printing house (session 35, read dev)
    ("Немецкие полиграфисты построят в Калужской области новую типографию.", True),
    ("Китайский инвестор построит в Приморье мясоперерабатывающий комбинат.", True),
    ("Белорусская компания откроет в Смоленской области цех.", True),
    ("Губернатор посетил цех белорусской компании.", False),
]


@pytest.mark.parametrize(("text", "localization"), CREATED_PLANTS)
def test_a_created_plant_is_a_localization(text: str, localization: bool,
                                           tools: Toolkit) -> None:
    doc = builders.dated_document(text, tools, {}, "2025-04-02")
    types = {item.type for passage in doc.passages for item in triggers(passage)}
    assert ("localization" in types) == localization


# joint projects named as such are a joint project when nothing else is told; beside
# talks about them they are the talks' topic
JOINT_PROJECTS = [
    ("Омск и Павлодар хотят развивать совместные проекты в сфере туризма.", True, False),
    ("Губернаторы Омской и Павлодарской областей обсудили направления совместных "
     "проектов.", True, True),
    ("Делегация Павлодара прибыла в Омск для переговоров о совместных проектах.", False, True),
]


@pytest.mark.parametrize(("text", "joint", "other"), JOINT_PROJECTS)
def test_joint_projects_are_a_weak_trigger(text: str, joint: bool, other: bool,
                                           tools: Toolkit) -> None:
    doc = builders.dated_document(text, tools, {}, "2025-04-02")
    types = {item.type for passage in doc.passages for item in triggers(passage)}
    assert ("joint_project" in types) == joint
    assert bool(types - {"joint_project"}) == other


# a ferry service the two sides open between them is a joint project; a flight someone
# takes is not, nor an air service talked over (left out: pages tell it in passing)
LINKS = [
    ("Стороны запустят паромное сообщение между портами Оля и Туркменбаши.", True),
    ("Возобновлено прямое авиасообщение между Казанью и Шанхаем.", False),
    # a ferry line named as the scene, not opened by the sides (tests/gold/own.json 016)
    ("Паромная линия Усть-Луга — Балтийск остаётся главной транспортной связью.", False),
    ("Делегация прибыла в Шанхай прямым рейсом.", False),
]


@pytest.mark.parametrize(("text", "joint"), LINKS)
def test_links_between_the_sides_are_joint_projects(text: str, joint: bool,
                                                     tools: Toolkit) -> None:
    doc = builders.dated_document(text, tools, {}, "2025-04-02")
    types = {item.type for passage in doc.passages for item in triggers(passage)}
    assert ("joint_project" in types) == joint


# a verb's object or passive subject told before it still makes the verb's phrase; a noun
# of the phrase that is no object of the verb does not
FRONTED_OBJECTS = [
    ("Завод по выпуску лифтов построят в Нижнем Новгороде.", True),
    ("Выпуск белорусских тракторов будет налажен в Амурской области.", True),
    ("Производство шин белорусская компания наладит в Брянске.", True),
    ("Новый завод по выпуску шин компания построит в Пскове.", True),
    ("Завод в Пскове работает три года, и компания построила рядом склад.", False),
]


# a quantity noun before the plants: the plants it counts make the phrase with the verb
# (session 35, read dev: «могут открыть в Ярославской области ряд предприятий»)
COUNTED_OBJECTS = [
    ("Индийские компании могут открыть в Ярославской области ряд предприятий.", True),
    ("Китайские инвесторы построят в Приморье серию заводов.", True),
    ("Турецкие партнёры откроют в Татарстане несколько фабрик.", True),
    # guards: a quantity of what no phrase names, a quantity in another case
    ("В Приморье откроется ряд магазинов.", False),
    ("Делегация посетила ряд предприятий Ярославской области.", False),
]


@pytest.mark.parametrize(("text", "localization"), FRONTED_OBJECTS + COUNTED_OBJECTS)
def test_an_object_before_its_verb_or_counted_makes_the_phrase(text: str, localization: bool,
                                                    tools: Toolkit) -> None:
    doc = builders.dated_document(text, tools, {}, "2025-04-02")
    types = {item.type for passage in doc.passages for item in triggers(passage)}
    assert ("localization" in types) == localization


# agreeing on cooperation tells an agreement reached, whose own word of agreeing is no
# cue of a plan; agreeing on a plant, or to develop cooperation later, names no agreement
AGREED_COOPERATION = [
    ("Губернаторы Курской области и Гомельской области договорились о сотрудничестве.",
     True),
    ("Глава Тувы договорился с послом Монголии о развитии партнерства.", True),
    ("По итогам поездки были достигнуты договоренности между Томском и Хэфэем о "
     "развитии взаимодействия.", True),
    ("Мэрия Пскова и Гомельский горисполком договорились об укреплении связей.", True),
    ("Стороны договорились о размещении в регионе сборочного производства.", False),
    ("Стороны договорились развивать сотрудничество в сфере образования.", False),
]


@pytest.mark.parametrize(("text", "agreement"), AGREED_COOPERATION)
def test_agreeing_on_cooperation_is_an_agreement_reached(text: str, agreement: bool,
                                                         tools: Toolkit) -> None:
    doc = builders.dated_document(text, tools, {}, "2025-04-02")
    found = [(passage, item) for passage in doc.passages for item in triggers(passage)
             if item.type == "agreement"]
    assert bool(found) == agreement
    assert all(status(passage, item) == "done" for passage, item in found)


# a talk verb whose subject joins both sides names talks even beside another event; one
# side alone, or a thing beside a person, names none
PAIRED_SUBJECTS = [
    ("Строительство завода обсудили губернатор Томской области Иван Петров и "
     "генеральный директор компании Ли Вэй.", True),
    ("Инвестиционные проекты обсудили мэр Пскова и посол Беларуси.", True),
    ("Строительство завода обсудил губернатор Томской области Иван Петров.", False),
    ("Строительство завода и поставки зерна обсудили на заседании правительства.", False),
]


@pytest.mark.parametrize(("text", "talks"), PAIRED_SUBJECTS)
def test_a_talk_verb_with_both_sides_as_subject_is_talks(text: str, talks: bool,
                                                        tools: Toolkit) -> None:
    doc = builders.dated_document(text, tools, {}, "2025-04-02")
    types = {item.type for passage in doc.passages for item in triggers(passage)}
    assert len(types - {"meeting"}) == 1
    assert ("meeting" in types) == talks
