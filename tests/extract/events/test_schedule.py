"""Tests of schedules split into events (coopwatch.extract.events.schedule)."""

from __future__ import annotations

import pytest

import builders
from coopwatch.extract import events
from coopwatch.records import Document
from coopwatch.tools import Toolkit


def document(text: str, tools: Toolkit, entities: dict[str, list[str]]) -> Document:
    """The analyzed text with its dates and the given entities."""
    return builders.dated_document(text, tools, entities, "2025-04-02")


# a colon list of «date – place» items is one event per item, with the sides named
# before the colon, the item's place as a side and as the place, and the item's date;
# a single item or items that are not a date and a place are no schedule
SCHEDULES = [
    ("Дни Татарстана в регионах пройдут: 3 мая – Курская область, 9 июня – Тверская область.",
     {"RU-TA": ["Татарстана"], "RU-KRS": ["Курская область"], "RU-TVE": ["Тверская область"]},
     {(("RU-TA", "RU-KRS"), "RU-KRS", "2025-05-03"),
      (("RU-TA", "RU-TVE"), "RU-TVE", "2025-06-09")}),
    ("Форумы Омской области пройдут: 12-13 марта — Алтайский край, "
     "20 апреля — Новосибирская область, 5 мая — Томская область.",
     {"RU-OMS": ["Омской области"], "RU-ALT": ["Алтайский край"],
      "RU-NVS": ["Новосибирская область"], "RU-TOM": ["Томская область"]},
     {(("RU-OMS", "RU-ALT"), "RU-ALT", "2025-03-12"),
      (("RU-OMS", "RU-NVS"), "RU-NVS", "2025-04-20"),
      (("RU-OMS", "RU-TOM"), "RU-TOM", "2025-05-05")}),
    ("Форум Омской области пройдет 3 мая: Алтайский край, Томская область.",
     {"RU-OMS": ["Омской области"], "RU-ALT": ["Алтайский край"],
      "RU-TOM": ["Томская область"]},
     None),
]


@pytest.mark.parametrize(("text", "entities", "expected"), SCHEDULES)
def test_a_schedule_is_one_event_per_item(
        text: str, entities: dict[str, list[str]],
        expected: set[tuple[tuple[str, ...], str, str]] | None, tools: Toolkit) -> None:
    doc = events.extract(document(text, tools, entities), tools)
    found = {(event.participants, event.place, event.date) for event in doc.events
             if event.type == "forum"}
    if expected is None:
        assert len(found) == 1, found
    else:
        assert found == expected
