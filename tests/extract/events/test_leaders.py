"""Talks told during a visit with no person of their own are held by the one person
who led the visit. Sentences written for these tests."""

from __future__ import annotations

import pytest

from coopwatch.pipeline import STAGES, Pipeline
from coopwatch.records import Document
from coopwatch.records.document import Source
from coopwatch.tools import Toolkit

UP_TO_EVENTS = STAGES[:[stage.name for stage in STAGES].index("events") + 1]

# text, the meeting's sides expected
LED = [
    ("Делегация Оренбургской области во главе с губернатором Денисом Паслером посетила "
     "Актюбинскую область.\nВ Актобе прошла встреча делегаций Оренбургской и Актюбинской "
     "областей.",
     {"RU-ORE", "KZ-15", "per:Денис Паслер"}),
    ("Делегация Вологодской области во главе с губернатором Олегом Кувшинниковым прибыла "
     "в Минск.\nСегодня состоялось заседание совместной комиссии Вологодской области и "
     "Республики Беларусь.",
     {"RU-VLG", "BY", "per:Олег Кувшинников"}),
    ("Делегация Самарской области во главе с губернатором Вячеславом Федорищевым посетила "
     "провинцию Хэнань.\nТам прошли переговоры представителей Самарской области с "
     "руководством провинции Хэнань.",
     {"RU-SAM", "CN-HA", "per:Вячеслав Федорищев"}),
    ("Делегация Ташкентской области во главе с хокимом Зойиром Мирзаевым посетила "
     "Новосибирскую область.\nВ Новосибирске состоялась встреча представителей "
     "Новосибирской и Ташкентской областей.",
     {"RU-NVS", "UZ-TO", "per:Зойир Мирзаев"}),
    ("Делегация Хабаровского края во главе с губернатором Дмитрием Деминым прибыла в "
     "провинцию Хэйлунцзян.\nВ Харбине прошли переговоры Хабаровского края и провинции "
     "Хэйлунцзян.",
     {"RU-KHA", "CN-HL", "per:Дмитрий Демин"}),
    # the talks in a region of the country the visit went to
    ("Делегация Татарстана во главе с Раисом Рустамом Миннихановым прибыла с визитом в "
     "Таджикистан.\nВ Худжанде прошли переговоры представителей Татарстана и Согдийской "
     "области.",
     {"RU-TA", "TJ-SU", "per:Рустам Минниханов"}),
    ("Делегация Курской области во главе с губернатором Александром Хинштейном прибыла в "
     "Беларусь.\nВ Гомеле прошли переговоры Курской и Гомельской областей.",
     {"RU-KRS", "BY-HO", "per:Александр Хинштейн"}),
]

# a visit led by two people: the talks take neither
NOT_LED = [
    ("Делегация Курганской области во главе с губернатором Вадимом Шумковым и "
     "вице-губернатором Ириной Кочетовой прибыла в Костанайскую область.\nВ Костанае "
     "прошли переговоры Курганской и Костанайской областей.",
     {"RU-KGN", "KZ-39"}),
]


@pytest.fixture(scope="module")
def up_to_events(tools: Toolkit) -> Pipeline:
    return Pipeline(tools=tools, stages=UP_TO_EVENTS)


def _meetings(text: str, pipeline: Pipeline) -> list[set[str]]:
    doc = pipeline(Document(id="led", text=text, source=Source(published="2025-05-17")))
    return [set(event.participants) for event in doc.events if event.type == "meeting"]


@pytest.mark.parametrize(("text", "sides"), LED)
def test_talks_during_a_visit_take_its_leader(text: str, sides: set[str],
                                              up_to_events: Pipeline) -> None:
    assert sides in _meetings(text, up_to_events)


@pytest.mark.parametrize(("text", "sides"), NOT_LED)
def test_talks_take_no_one_of_a_visit_led_by_several(text: str, sides: set[str],
                                                     up_to_events: Pipeline) -> None:
    assert sides in _meetings(text, up_to_events)
