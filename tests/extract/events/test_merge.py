"""When two readings of a document name one event (`events.merge`)."""

from __future__ import annotations

import pytest

from coopwatch.extract.events.merge import same_event
from coopwatch.records import Event


def _kind(key: str) -> str | None:
    return "PER" if key.startswith("per:") else "ORG" if key.startswith("org:") else "GEO"


# first sides, second sides, one event: a country named in place of the region of it
# the other reading names stands for that region
COUNTRY_FOR_REGION = [
    (("RU-SAM", "CN-HA"), ("CN", "RU-SAM"), True),
    (("RU-SAM", "CN-HA"), ("CN", "org:Волжская коммуна", "RU-SAM"), True),
    (("RU-TOM", "UZ-SA"), ("RU-TOM", "UZ"), True),
    # the country is the parent of another region of the second reading: no stand-in
    (("RU-SAM", "CN-HA"), ("CN", "CN-HL", "RU-SAM"), False),
    # a country of no region of the other reading stays itself
    (("RU-SAM", "CN-HA"), ("KZ", "RU-SAM"), False),
]


def _same_both_ways(first: tuple[str, ...], second: tuple[str, ...]) -> tuple[bool, bool]:
    """Whether two done agreements with these participants are one event, asked both ways."""
    one = Event(type="agreement", status="done", participants=first)
    other = Event(type="agreement", status="done", participants=second)
    return same_event(one, other, _kind), same_event(other, one, _kind)


@pytest.mark.parametrize(("first", "second", "same"), COUNTRY_FOR_REGION)
def test_a_country_stands_for_its_region_named_in_the_other_reading(
    first: tuple[str, ...], second: tuple[str, ...], same: bool
) -> None:
    assert _same_both_ways(first, second) == (same, same)


# first date and status, second date and status, one event: done readings dated a day
# apart («сегодня» by the page, «вчера» in the text) are one; other dates stay apart
DAY_APART = [
    (("2024-06-29", "done"), ("2024-06-28", "done"), True),
    (("2024-07-01", "done"), ("2024-06-30", "done"), True),
    (("2024-06-29", "done"), ("2024-06-27", "done"), False),
    (("2024-06-29", "planned"), ("2024-06-28", "planned"), False),
    (("2024-06", "done"), ("2024-05", "done"), False),
    (("--06-29", "done"), ("--06-28", "done"), False),
]


@pytest.mark.parametrize(("first", "second", "same"), DAY_APART)
def test_done_readings_a_day_apart_are_one_event(
    first: tuple[str, str], second: tuple[str, str], same: bool
) -> None:
    sides = ("RU-PNZ", "BY-HR")
    one = Event(type="agreement", status=first[1], date=first[0], participants=sides)
    other = Event(type="agreement", status=second[1], date=second[0], participants=sides)
    assert same_event(one, other, _kind) == same
    assert same_event(other, one, _kind) == same


# a country beside a region of its own in one reading adds no side: the two readings
# below name the same two regions, one of them also their countries (from a forum's name)
COUNTRY_BESIDE_ITS_REGION = [
    (("RU", "KZ", "RU-ORE", "KZ-27"),
     ("RU-ORE", "per:Иван Петров", "KZ-27", "per:Асан Сериков"), True),
    (("BY", "RU", "BY-MI", "RU-SMO"),
     ("RU-SMO", "per:Иван Петров", "BY-MI", "per:Пётр Козлов"), True),
    # other regions on both sides: no one event
    (("RU", "KZ", "RU-OMS", "KZ-55"),
     ("RU-ORE", "per:Иван Петров", "KZ-27", "per:Асан Сериков"), False),
]


@pytest.mark.parametrize(("first", "second", "same"), COUNTRY_BESIDE_ITS_REGION)
def test_a_country_beside_its_own_region_adds_no_side(
    first: tuple[str, ...], second: tuple[str, ...], same: bool
) -> None:
    assert _same_both_ways(first, second) == (same, same)
