"""Places as the gazetteer data lists them, and a place found in a text."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Place:
    key: str                      # ISO 3166 code (CN, RU-SPE, CN-ZJ, RU-93) or "geo:Name"
    name: str                     # canonical nominative name: "Смоленская область"
    geo_kind: str                 # country, region, federal_district, city, district, other
    within: str | None = None     # key of the enclosing country or region
    aliases: tuple[str, ...] = ()  # other names: official, short, colloquial, abbreviations


@dataclass(frozen=True)
class PlaceMention:
    start: int
    stop: int
    text: str
    place: Place


def read_place(fields: list[str]) -> tuple[Place, set[str]]:
    """A place and its flags from a line: key, name, kind, within, aliases (|), flags."""
    key, name, kind, within, aliases, flags = [*fields, "", "", ""][:6]
    alias_list = tuple(dict.fromkeys(a.strip() for a in aliases.split("|") if a.strip()))
    place = Place(key, name, kind, None if within in ("", "-") else within, alias_list)
    return place, set(flags.split())
