"""Gazetteer of places: Russian federal subjects, countries, partner-country regions,
federal districts and cities, loaded from the data files in `coopwatch/data/`.

SKELETON: the interface below is the contract other stages code against; the
implementation and the data files are being written.
"""

from __future__ import annotations

from dataclasses import dataclass

from coopwatch.nlp.morph import Morph


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


class Gazetteer:
    @classmethod
    def load(cls, morph: Morph) -> Gazetteer:
        return cls()

    def get(self, key: str) -> Place | None:
        """The place with this key."""
        return None

    def resolve(self, name: str) -> Place | None:
        """The place a name denotes, in any case form: "Смоленщины", "Поднебесной", "РТ"."""
        return None

    def find(self, text: str) -> list[PlaceMention]:
        """Every place name in a text, longest match first, non-overlapping, in order."""
        return []

    def adjective(self, word: str) -> tuple[Place, ...]:
        """Places an adjective refers to, in any form, compounds split:
        "белорусского" -> (BY,), "российско-китайского" -> (RU, CN), "петербургские" -> (RU-SPE,).
        """
        return ()
