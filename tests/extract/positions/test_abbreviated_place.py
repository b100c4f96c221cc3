"""An abbreviation in a title's of-phrase stands for the document's place whose name
has those initials: «Правительства РА» is of «Республика Алтай».
Sentences written here; entities given by hand, places typed as the gazetteer types them."""

from __future__ import annotations

from dataclasses import replace

import pytest

import builders
from coopwatch.extract import positions
from coopwatch.records import Document
from coopwatch.text.annotations import with_entity_lookups
from coopwatch.tools import Toolkit


def _document(text: str, tools: Toolkit, entities: dict[str, list[str]],
              names: dict[str, str]) -> Document:
    """The analyzed text with these entities, places typed by the gazetteer, and the
    canonical names given (an abbreviation's place is found by its name's initials)."""
    doc = builders.document(text, tools, entities, name_from_key=False)
    placed = []
    for entity in doc.entities:
        place = tools.gazetteer.get(entity.key) if entity.type == "GEO" else None
        entity = replace(entity, name=names.get(entity.key, entity.name))
        placed.append(replace(entity, geo_kind=place.geo_kind, within=place.within)
                      if place else entity)
    return with_entity_lookups(doc.replace(entities=tuple(placed)))


def _found(text: str, entities: dict[str, list[str]], names: dict[str, str],
           tools: Toolkit) -> set[tuple]:
    doc = positions.extract(_document(text, tools, entities, names), tools)
    return {(item.person, item.of) for item in doc.positions}


# text, entities (key -> surface forms), canonical names, (person, of) that must be found
FOUND = [
    # the abbreviation is no mention of anything
    ("Гостей из Монголии в Республике Алтай принял министр экономики РА Олег Белов.",
     {"MN": ["Монголии"], "RU-AL": ["Республике Алтай"], "per:Олег Белов": ["Олег Белов"]},
     {"RU-AL": "Республика Алтай"},
     {("per:Олег Белов", "RU-AL")}),
    # the abbreviation was taken for an organization; a letter in brackets
    ("Делегацию Республики Саха (Якутия) возглавил председатель правительства РС(Я) "
     "Пётр Иванов.",
     {"RU-SA": ["Республики Саха (Якутия)"], "org:РС": ["РС"],
      "per:Пётр Иванов": ["Пётр Иванов"]},
     {"RU-SA": "Республика Саха (Якутия)"},
     {("per:Пётр Иванов", "RU-SA")}),
    # a district of a region: «Глава АГО»
    ("Глава АГО Олег Петров рассказал об Артемовском городском округе гостям из Индии.",
     {"geo:Артемовский городской округ": ["Артемовском городском округе"],
      "org:АГО": ["АГО"], "IN": ["Индии"], "per:Олег Петров": ["Олег Петров"]},
     {"geo:Артемовский городской округ": "Артемовский городской округ"},
     {("per:Олег Петров", "geo:Артемовский городской округ")}),
]


@pytest.mark.parametrize(("text", "entities", "names", "expected"), FOUND)
def test_abbreviation_of_a_named_place(
    text: str, entities: dict[str, list[str]], names: dict[str, str], expected: set,
    tools: Toolkit,
) -> None:
    found = _found(text, entities, names, tools)
    assert expected <= found, found


# text, entities, canonical names, (person, of) that must not be found
NOT_FOUND = [
    # an abbreviation that begins a longer name is that organization's
    ("Министр Омской области Иван Орлов встретился с главой МИД ОО Петром Сидоровым.",
     {"RU-OMS": ["Омской области"], "org:МИД ОО": ["МИД ОО"],
      "per:Иван Орлов": ["Иван Орлов"], "per:Пётр Сидоров": ["Петром Сидоровым"]},
     {"RU-OMS": "Омская область"},
     {("per:Пётр Сидоров", "RU-OMS")}),
]


@pytest.mark.parametrize(("text", "entities", "names", "wrong"), NOT_FOUND)
def test_abbreviation_that_is_no_place(
    text: str, entities: dict[str, list[str]], names: dict[str, str], wrong: set,
    tools: Toolkit,
) -> None:
    assert not wrong & _found(text, entities, names, tools)
