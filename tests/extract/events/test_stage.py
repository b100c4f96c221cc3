"""Tests of the event stage's final sides (coopwatch.extract.events.stage)."""

from __future__ import annotations

import pytest

import builders
from coopwatch.extract import dates, events, positions
from coopwatch.records import Document
from coopwatch.tools import Toolkit


def document(text: str, tools: Toolkit, entities: dict[str, list[str]]) -> Document:
    """The analyzed text with its dates and the given entities."""
    doc = dates.annotate(builders.analyzed(text, tools, "2025-04-02"), tools)
    return builders.with_entities(doc, entities, name_from_key=False)


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
]


@pytest.mark.parametrize(("text", "entities", "sides", "not_sides"), SPEAKERS)
def test_an_official_of_a_side_speaking_after_a_meeting_took_part(
        text: str, entities: dict[str, list[str]], sides: set[str], not_sides: set[str],
        tools: Toolkit) -> None:
    doc = events.extract(positions.extract(document(text, tools, entities), tools), tools)
    meetings = [event for event in doc.events if event.type == "meeting"]
    assert meetings, [(event.type, event.participants) for event in doc.events]
    assert sides <= set(meetings[0].participants)
    assert not not_sides & set(meetings[0].participants)
