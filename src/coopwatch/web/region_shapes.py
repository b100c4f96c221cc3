"""The outlines the map draws, and the names of the places it shows.

`data/web/region_shapes.tsv` holds one line per region: its key, its panel (the country
whose drawing it belongs to), a label point, its bounding box and its SVG path, in the
pixels of that panel's drawing. `scripts/build_region_shapes.py` makes it from Natural
Earth's admin-1 boundaries (the file's header names the source and its licence).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from coopwatch.geo.places import read_place
from coopwatch.lexicon.datafiles import data_rows

SHAPES_FILE = "web/region_shapes.tsv"
REGION_FILES = ("geo/ru_regions.tsv", "geo/foreign_regions.tsv")
COUNTRY_FILE = "geo/countries.tsv"
RUSSIA = "RU"


@dataclass(frozen=True)
class Shape:
    """One region's outline in its panel's pixels."""

    key: str
    panel: str
    x: float  # label point
    y: float
    box: tuple[float, float, float, float]  # x0, y0, x1, y1
    path: str

    @property
    def size(self) -> float:
        """The longer side of the bounding box."""
        return max(self.box[2] - self.box[0], self.box[3] - self.box[1])


@dataclass(frozen=True)
class Region:
    """A region the gazetteer lists: its key, Russian name and country."""

    key: str
    name: str
    country: str


@cache
def shapes() -> tuple[Shape, ...]:
    """Every outline, in the file's order (panel by panel)."""
    found = []
    for key, panel, x, y, x0, y0, x1, y1, path in data_rows(SHAPES_FILE):
        found.append(Shape(key, panel, float(x), float(y),
                           (float(x0), float(y0), float(x1), float(y1)), path))
    return tuple(found)


@cache
def panels() -> dict[str, tuple[Shape, ...]]:
    """Country key -> its regions' outlines; Russia first."""
    found: dict[str, list[Shape]] = {}
    for shape in shapes():
        found.setdefault(shape.panel, []).append(shape)
    return {panel: tuple(found[panel])
            for panel in sorted(found, key=lambda panel: (panel != RUSSIA, panel))}


@cache
def regions() -> dict[str, Region]:
    """Key -> region, for Russia's federal subjects and partner countries' regions."""
    found = {}
    for name in REGION_FILES:
        for fields in data_rows(name):
            place, _ = read_place(fields)
            found[place.key] = Region(place.key, place.name, place.within or "")
    return found


@cache
def country_names() -> dict[str, str]:
    """ISO 3166-1 code -> the country's Russian name."""
    return {place.key: place.name
            for place, _ in (read_place(fields) for fields in data_rows(COUNTRY_FILE))}
