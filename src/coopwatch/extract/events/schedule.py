"""Schedules: one event told for several places, each on its own date.

«Дни области пройдут: 3 мая – Курская область, 9 июня – Тверская область» names one
kind of event held in turn: every item after the colon, a date and a place, is an event
of its own with the sides named before the colon, the place of the item as a further
side and as the place, and the date of the item.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from coopwatch.records import Document, Event
from coopwatch.text.mentions import entity_mentions
from coopwatch.text.passages import Passage

MIN_ITEMS = 2  # one dated place is a place and a date, no schedule


@dataclass(frozen=True)
class Item:
    """One item of a schedule: its date and its place."""

    date: str
    place: str


def schedule(doc: Document, passage: Passage) -> list[Item]:
    """The items of a schedule after the passage's colon: comma-separated parts, each
    with one date and then one place and nothing else named; no schedule (an empty list)
    when any part is otherwise or there are fewer than `MIN_ITEMS` of them."""
    colon = next((token.stop for token in passage.tokens if token.text == ":"), None)
    if colon is None:
        return []
    items = []
    for start, stop in _parts(doc.text, colon, passage.stop):
        item = _item(doc, start, stop)
        if item is None:
            return []
        items.append(item)
    return items if len(items) >= MIN_ITEMS else []


def _parts(text: str, start: int, stop: int) -> list[tuple[int, int]]:
    """The [start, stop) spans between commas (and a final full stop) of the text."""
    parts, begin = [], start
    for index in range(start, stop):
        if text[index] in ",;":
            parts.append((begin, index))
            begin = index + 1
    parts.append((begin, stop))
    return [(first, last) for first, last in parts if text[first:last].strip(" .\n")]


def _item(doc: Document, start: int, stop: int) -> Item | None:
    """A date followed by one place named in [start, stop), or None."""
    times = [time for time in doc.times if start <= time.start and time.stop <= stop]
    named = entity_mentions(doc, start, stop)
    if len(times) != 1 or not times[0].value or len(named) != 1:
        return None
    where = named[0]
    if where.entity.type != "GEO" or where.start < times[0].stop:
        return None
    return Item(times[0].value, where.key)


def split(event: Event, items: list[Item]) -> list[Event]:
    """The event once for every item: the sides named outside the schedule, the item's
    place as a side and as the place, and the item's date."""
    listed = {item.place for item in items}
    own = tuple(key for key in event.participants if key not in listed)
    return [replace(event, participants=(*own, item.place), place=item.place, date=item.date)
            for item in dict.fromkeys(items)]
