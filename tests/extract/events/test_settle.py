"""A visit's or talks' sides as the card lists them: organizations that only a later
passage names where the visitors went or what was talked of are left out, unless that
passage names them as acting. Sentences written for these tests."""

from __future__ import annotations

import pytest

from coopwatch.extract.events.settle import settle
from coopwatch.pipeline import STAGES, Pipeline
from coopwatch.records import Document
from coopwatch.records.document import Source
from coopwatch.tools import Toolkit

UP_TO_EVENTS = STAGES[:[stage.name for stage in STAGES].index("events") + 1]

# text, event type, the sides it keeps, the organizations it loses
LATER_ORGS = [
    ("Делегация Томской области во главе с губернатором Владимиром Мазуром прибыла с "
     "визитом в Ташкент. В ходе визита гости посетили завод «Узавто Моторс» и технопарк "
     "«Юнусабад».",
     "visit", {"RU-TOM", "UZ", "per:Владимир Мазур"},
     {"org:Узавто Моторс", "org:Юнусабад"}),
    ("Посол Индии Вирендра Пратап посетил Иркутскую область с рабочим визитом. Посол "
     "побывал на Иркутском авиационном заводе и в компании «Фармасинтез».",
     "visit", {"IN", "RU-IRK", "per:Вирендра Пратап"},
     {"org:Иркутский авиационный завод", "org:Фармасинтез"}),
    ("Губернатор Ростовской области Юрий Слюсарь с рабочим визитом прибыл в Минск. Он "
     "посетил Минский тракторный завод и ОАО «Белшина».",
     "visit", {"RU-ROS", "BY", "per:Юрий Слюсарь"},
     {"org:Минский тракторный завод", "org:Белшина"}),
    ("Губернатор Курской области Александр Хинштейн встретился с послом Сербии Момчило "
     "Бабичем. Стороны обсудили работу компании «Агропром» и университета «Синергия».",
     "meeting", {"RU-KRS", "RS", "per:Александр Хинштейн", "per:Момчило Бабич"},
     {"org:Агропром", "org:Синергия"}),
    ("Делегация Гомельской области во главе с председателем облисполкома Иваном Крупко "
     "посетила Чувашию. Гости побывали на Чебоксарском электроаппаратном заводе и в "
     "компании «ЭКРА».",
     "visit", {"BY-HO", "RU-CU", "per:Иван Крупко"},
     {"org:Чебоксарский электроаппаратный завод", "org:ЭКРА"}),
    ("Вице-губернатор Санкт-Петербурга Кирилл Поляков встретился с делегацией провинции "
     "Цзянсу. Стороны обсудили поставки техники завода «Кировец».",
     "meeting", {"RU-SPE", "CN-JS", "per:Кирилл Поляков"}, {"org:Кировец"}),
    ("Правительство Курской области и Сербия подписали соглашение о сотрудничестве. "
     "Соглашение предусматривает совместные проекты компании «Агропром» и университета "
     "«Синергия».",
     "agreement", {"RU-KRS", "RS"}, {"org:Агропром", "org:Синергия"}),
]

# text, event type, an organization a later passage names as acting: it stays
ACTING_ORGS = [
    ("Делегация Челябинской области посетила Казахстан. Во встрече приняли участие "
     "представители министерства сельского хозяйства и компании «Макфа».",
     "meeting", "org:Макфа"),
]


@pytest.fixture(scope="module")
def up_to_events(tools: Toolkit) -> Pipeline:
    return Pipeline(tools=tools, stages=UP_TO_EVENTS)



@pytest.mark.parametrize(("text", "type_", "kept", "dropped"), LATER_ORGS)
def test_organizations_only_a_later_passage_names_are_no_sides(
    text: str, type_: str, kept: set[str], dropped: set[str], up_to_events: Pipeline,
    tools: Toolkit,
) -> None:
    doc = up_to_events(Document(id="settle", text=text, source=Source(published="2025-05-17")))
    before = [set(event.participants) for event in doc.events if event.type == type_]
    after = [set(event.participants) for event in settle(doc, tools).events
             if event.type == type_]
    assert any(dropped <= keys for keys in before), before  # the stage named them
    assert kept in after, after


@pytest.mark.parametrize(("text", "type_", "org"), ACTING_ORGS)
def test_an_organization_acting_in_a_later_passage_stays(
    text: str, type_: str, org: str, up_to_events: Pipeline, tools: Toolkit,
) -> None:
    doc = up_to_events(Document(id="settle", text=text, source=Source(published="2025-05-17")))
    after = [set(event.participants) for event in settle(doc, tools).events
             if event.type == type_]
    assert any(org in keys for keys in after), after


def test_the_sides_are_settled_after_cooperation_reads_them() -> None:
    names = [stage.name for stage in STAGES]
    assert names.index("event_sides") > names.index("cooperation")
    assert names[-1] == "event_sides"
