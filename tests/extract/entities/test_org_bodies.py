"""Bodies named by the adjective of their town or region, in capitals or not, are
organizations (`org_bodies.place_body_spans`); a country's adjective or a region's own
word («областной») names no such body."""

from __future__ import annotations

import pytest

from coopwatch.extract.entities.org_bodies import place_body_spans
from coopwatch.extract.entities.stage import link
from coopwatch.lexicon.folding import fold
from coopwatch.nlp.analyze import analyze
from coopwatch.records import Document
from coopwatch.text.token_index import TokenIndex
from coopwatch.tools import Toolkit

COUNTRIES = frozenset({"китайской", "российская", "российского"})


def body_texts(text: str, tools: Toolkit) -> list[str]:
    doc = analyze(Document(id="t", text=text), tools)
    spans = place_body_spans(tools.morph, TokenIndex.of(doc),
                             lambda word: word.lower() in COUNTRIES)
    return [text[start:stop] for start, stop in spans]


PLACE_BODIES = [
    # a capitalized adjective at a sentence's start
    ("Омская таможня задержала партию сыра.", ["Омская таможня"]),
    # in lower case after a cue of the source
    ("Об этом сообщили в пресс-службе омской таможни.", ["омской таможни"]),
    # an adjective and a noun, the town's adjective in capitals
    ("Данные привело Волжское таможенное управление.", ["Волжское таможенное управление"]),
    # a region's adjective before the two words in lower case
    ("Отчёт подготовили в приволжского таможенного управления отделе.",
     ["приволжского таможенного управления"]),
]


@pytest.mark.parametrize(("text", "expected"), PLACE_BODIES)
def test_place_adjective_names_a_body(text: str, expected: list[str], tools: Toolkit) -> None:
    assert body_texts(text, tools) == expected


NO_PLACE_BODIES = [
    # a country's adjective: the country's service, not a named body
    "Груз проверила китайской таможни служба.",
    # a region's own word
    "Начальник областной таможни выступил с докладом.",
    # a plain lower-case adjective of another shape
    "Сотрудники новой таможни приступили к работе.",
    # the body word alone
    "Таможня усилила контроль на границе.",
]


@pytest.mark.parametrize("text", NO_PLACE_BODIES)
def test_no_place_adjective_no_body(text: str, tools: Toolkit) -> None:
    assert body_texts(text, tools) == []


def test_lower_case_customs_is_an_organization(tools: Toolkit) -> None:
    text = ("Губернатор встретился с руководством омской таможни. По данным таможни, "
            "вывоз зерна в Казахстан вырос на 12%.")
    doc = link(analyze(Document(id="t", text=text), tools), tools)
    names = {fold(e.name) for e in doc.entities if e.type == "ORG"}
    assert "омская таможня" in names
