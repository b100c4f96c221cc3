"""Talks held during a visit, with the one who led the visit.

News of a trip names its leader once («Делегация области во главе с губернатором …
прибыла в Минск») and then tells its talks by the delegation alone («Состоялась встреча
делегации с руководством провинции»). The talks that name no person of their own are
held by the visit's leader: the one person of the visit who holds a post of a side of
the talks.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from coopwatch.records import Document, Event

LED_TYPES = frozenset({"meeting"})
MIN_SHARED = 2  # the visit and the talks share both sides (`_shared`)


def with_leaders(doc: Document, events: Sequence[Event]) -> list[Event]:
    """The events with the leader of their visit added to talks that name no person."""
    posts: dict[str, set[str]] = {}
    for position in doc.positions:
        if position.of and not position.of.startswith("org:"):
            posts.setdefault(position.person, set()).add(position.of)
    return [_led(event, events, posts) for event in events]


def _led(event: Event, events: Sequence[Event], posts: dict[str, set[str]]) -> Event:
    if event.type not in LED_TYPES or any(_a_person(key) for key in event.participants):
        return event
    sides = {key for key in event.participants if _a_place(key)}
    visits = [(_shared(sides, visit.participants), -index, visit)
              for index, visit in enumerate(events) if visit.type == "visit"]
    visits = [item for item in visits if item[0] >= MIN_SHARED]
    if not visits:
        return event
    visit = max(visits, key=lambda item: item[:2])[2]
    leaders = [key for key in visit.participants
               if _a_person(key) and posts.get(key, set()) & sides]
    if len(leaders) != 1:
        return event
    return replace(event, participants=(*event.participants, leaders[0]))


def _shared(sides: set[str], keys: Sequence[str]) -> int:
    """How many of the talks' sides the visit has: the same key, or a region of a country
    the visit went to («визит в Таджикистан», talks in the Sughd region)."""
    return sum(1 for side in sides
               if side in keys or ("-" in side and ":" not in side
                                   and side.partition("-")[0] in keys))


def _a_person(key: str) -> bool:
    return key.startswith("per:")


def _a_place(key: str) -> bool:
    """A country's, a region's or another place's key (no person, no organization)."""
    return not key.startswith(("per:", "org:"))
