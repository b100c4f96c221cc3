"""Tests of the parts of an event read off its passage (coopwatch.extract.events.parts)."""

from __future__ import annotations

from dataclasses import replace

import pytest

import builders
from coopwatch.extract import events, positions
from coopwatch.extract.events.parts import scoped_starts
from coopwatch.extract.events.triggers import triggers
from coopwatch.records import Document
from coopwatch.text.passages import passages
from coopwatch.tools import Toolkit


def document(text: str, tools: Toolkit, entities: dict[str, list[str]], region: str) -> Document:
    """The analyzed text with its dates, the given entities and its main region."""
    return replace(builders.dated_document(text, tools, entities, "2025-04-02"),
                   main_region=region)


# «глава региона», «губернатор области»: the head of the document's own region, whatever
# his title; a head word with a named region or with no region noun brings no one here
HEADS_OF_HOME = [
    ("Губернатор Тверской области Игорь Руденя рассказал о планах. "
     "Также глава региона подписал соглашение с компанией «Сибур».",
     {"RU-TVE": ["Тверской области"], "per:Игорь Руденя": ["Игорь Руденя"],
      "org:Сибур": ["Сибур"]},
     "RU-TVE", "agreement", "per:Игорь Руденя", True),
    ("Глава Курганской области Вадим Шумков выступил на форуме. "
     "Губернатор области провёл встречу с делегацией Казахстана.",
     {"RU-KGN": ["Курганской области"], "per:Вадим Шумков": ["Вадим Шумков"],
      "KZ": ["Казахстана"]},
     "RU-KGN", "meeting", "per:Вадим Шумков", True),
    ("Губернатор Тверской области Игорь Руденя рассказал о планах. "
     "Глава Республики Карелия подписал соглашение с компанией «Сибур».",
     {"RU-TVE": ["Тверской области"], "per:Игорь Руденя": ["Игорь Руденя"],
      "RU-KR": ["Республики Карелия"], "org:Сибур": ["Сибур"]},
     "RU-TVE", "agreement", "per:Игорь Руденя", False),
    # the head of a town district, or an akim, is not the Russian region's head
    ("Губернатор Тверской области Игорь Руденя рассказал о планах. "
     "Глава городского округа подписал соглашение с компанией «Сибур».",
     {"RU-TVE": ["Тверской области"], "per:Игорь Руденя": ["Игорь Руденя"],
      "org:Сибур": ["Сибур"]},
     "RU-TVE", "agreement", "per:Игорь Руденя", False),
    ("Губернатор Омской области Иван Петров рассказал о планах. "
     "Аким области подписал соглашение с компанией «Сибур».",
     {"RU-OMS": ["Омской области"], "per:Иван Петров": ["Иван Петров"],
      "org:Сибур": ["Сибур"]},
     "RU-OMS", "agreement", "per:Иван Петров", False),
]


@pytest.mark.parametrize(("text", "entities", "region", "type_", "person", "present"),
                         HEADS_OF_HOME)
def test_the_head_of_the_home_region_is_a_side(
        text: str, entities: dict[str, list[str]], region: str, type_: str, person: str,
        present: bool, tools: Toolkit) -> None:
    doc = positions.extract(document(text, tools, entities, region), tools)
    doc = events.extract(doc, tools)
    found = [event for event in doc.events if event.type == type_
             and event.evidence[-1].start > 0]
    assert found, [(event.type, event.participants) for event in doc.events]
    assert (person in found[-1].participants) is present


# a planned event with no date of its own goes on the date of the planned event just
# told in its paragraph; in a paragraph of its own it has no date
PLANNED_IN_A_ROW = [
    ("Делегация Чуйской области прибудет в Курган 14 мая. "
     "Губернатор Вадим Шумков встретится с гостями из Киргизии.",
     {"KG-C": ["Чуйской области"], "geo:Курган": ["Курган"],
      "per:Вадим Шумков": ["Вадим Шумков"], "KG": ["Киргизии"]},
     "meeting", "2025-05-14"),
    ("Делегация Чуйской области прибудет в Курган 14 мая.\n"
     "Губернатор Вадим Шумков встретится с гостями из Киргизии.",
     {"KG-C": ["Чуйской области"], "geo:Курган": ["Курган"],
      "per:Вадим Шумков": ["Вадим Шумков"], "KG": ["Киргизии"]},
     "meeting", None),
]


@pytest.mark.parametrize(("text", "entities", "type_", "date"), PLANNED_IN_A_ROW)
def test_a_planned_event_goes_on_the_date_of_the_planned_one_before(
        text: str, entities: dict[str, list[str]], type_: str, date: str | None,
        tools: Toolkit) -> None:
    doc = events.extract(document(text, tools, entities, "RU-KGN"), tools)
    found = [event for event in doc.events if event.type == type_]
    assert found, [(event.type, event.participants) for event in doc.events]
    assert found[0].date == date


# Russia named as the home of regions is no side, unless «и» joins it to another
# country: the regions of two countries make both countries sides of their forum
HOMES_OF_REGIONS = [
    ("В Казани прошёл Форум регионов России и Казахстана.",
     {"RU": ["России"], "KZ": ["Казахстана"], "geo:Казань": ["Казани"]}, True),
    ("В Ташкенте открылся Совет регионов Узбекистана и России.",
     {"RU": ["России"], "UZ": ["Узбекистана"], "geo:Ташкент": ["Ташкенте"]}, True),
    ("Делегация Турции приехала на выставку регионов Поволжья России.",
     {"RU": ["России"], "TR": ["Турции"]}, False),
]


@pytest.mark.parametrize(("text", "entities", "russia"), HOMES_OF_REGIONS)
def test_russia_beside_another_country_of_regions_is_a_side(
    text: str, entities: dict[str, list[str]], russia: bool, tools: Toolkit
) -> None:
    from coopwatch.extract.events.parts import participants
    doc = document(text, tools, entities, "RU-TA")
    (passage,) = doc.passages
    assert ("RU" in participants(doc, passage, tools)) == russia


# a Russian city or district named as a side is the Russian side: the document's region
# is not added as one; a Russian city named only as the place leaves the region to be
# added
RUSSIAN_CITIES_AS_SIDES = [
    ("Казань и Ухань подписали меморандум о сотрудничестве.",
     {"geo:Казань": ["Казань"], "geo:Ухань": ["Ухань"]}, False),
    ("Мэрия Казани подписала соглашение с городом Ухань.",
     {"geo:Казань": ["Казани"], "geo:Ухань": ["Ухань"]}, False),
    ("В Казани подписан меморандум с провинцией Хубэй.",
     {"geo:Казань": ["Казани"], "CN-HB": ["провинцией Хубэй"]}, True),
]


@pytest.mark.parametrize(("text", "entities", "region"), RUSSIAN_CITIES_AS_SIDES)
def test_a_russian_city_as_a_side_leaves_out_the_home_region(
    text: str, entities: dict[str, list[str]], region: bool, tools: Toolkit
) -> None:
    from coopwatch.extract.events.parts import participants
    doc = document(text, tools, entities, "RU-TA")
    (passage,) = doc.passages
    assert ("RU-TA" in participants(doc, passage, tools)) == region


def test_another_event_s_noun_phrase_is_that_event_s(tools: Toolkit) -> None:
    """«Поездка приурочена к планируемой на апрель встрече …»: the month and the leaders
    of the meeting's phrase are not the trip's, though both hang on one verb."""
    text = ("Поездка приурочена к планируемой на апрель встрече Президента России Владимира "
            "Путина и Президента Узбекистана Шавката Мирзиёева.")
    doc = builders.analyzed(text, tools)
    (passage,) = passages(doc)
    found = triggers(passage)
    trip = next(t for t in found if passage.tokens[t.first].text == "Поездка")
    own, theirs = scoped_starts(passage, trip, [t for t in found if t is not trip])
    assert text.index("апрель") not in own and text.index("апрель") in theirs
    assert text.index("Путина") not in own


# a place adjective the tagger calls a noun, hung on its noun as an adjective, still
# names a side: «с китайскими, индийскими и бразильскими регионами»
def test_a_listed_place_adjective_tagged_a_noun_names_a_side(pipeline) -> None:
    doc = pipeline(Document(id="adjectives", text=(
        "Нижегородская область подпишет соглашение о побратимских отношениях с китайскими, "
        "индийскими и бразильскими регионами.")))
    (agreement,) = [event for event in doc.events if event.type == "agreement"]
    assert {"CN", "IN", "BR"} <= set(agreement.participants)
