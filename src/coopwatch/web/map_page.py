"""The map, `/map`: Russia's federal subjects and partner countries' regions, shaded by
how many facts each is a party of, with the graph's filters that apply to one region.

Outlines come from `region_shapes` (Natural Earth's admin-1 boundaries, simplified at
build time); the page draws them as inline SVG, each region a link to its profile with
its name and count on hover. One grouped count query answers for every region and
every country drawn (`read.region_activity`), kept while the store does not change.
Regions with facts but no outline (newer oblasts, cities Natural Earth does not
separate, countries without a panel) are listed under the map; a partner panel's
caption gives the facts of the country as a whole.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import urlencode

from sqlalchemy.orm import Session

from coopwatch.records import EVENT_TYPES, SECTORS
from coopwatch.store import read
from coopwatch.web.cache import kept
from coopwatch.web.errors import QueryArgs
from coopwatch.web.forms import coded, field, select
from coopwatch.web.layout import esc, link, section, table, tag
from coopwatch.web.region_shapes import (
    RUSSIA,
    Shape,
    country_names,
    panels,
    regions,
)

FORM_FIELDS = ("kind", "sector", "event_type", "since", "until", "min_confidence")
KINDS = (("", "все факты"), ("cooperation", "сотрудничество"), ("event", "события"),
         ("figure", "показатели"), ("flow", "поставки"), ("position", "должности"))
ALWAYS_SHOWN = ("CN", "BY", "KZ")  # partner panels drawn even without facts
LEVELS = 5  # shades of activity, besides "no facts"
DOT_SIZE = 6.0  # regions smaller than this (pixels) get a dot that can be seen and clicked
MARGIN = 4.0
TOP_REGIONS = 20

Activity = Mapping[str, read.RegionActivity]


def render(session: Session, args: QueryArgs) -> str:
    filters = _filters(args)
    activity, countries = _split(_activity(session, filters))
    query = [(name, args.text(name) or "") for name in FORM_FIELDS if args.text(name)]
    scale = Scale.of(activity)
    names = regions()
    russian = sum(1 for key in activity if names[key].country == RUSSIA)
    summary = (f"Регионов России с фактами: {russian} из "
               f"{sum(1 for r in names.values() if r.country == RUSSIA)}; регионов других "
               f"стран с фактами: {len(activity) - russian}. Цвет — число фактов, где регион — "
               "сторона; наведите на регион, чтобы увидеть название, щёлкните, чтобы открыть "
               "профиль.")
    body = (tag("h1", "Карта регионов") + _form(args) + tag("p", esc(summary), class_="found")
            + scale.legend()
            + tag("figure", drawing(RUSSIA, activity, scale, "map map-ru")
                  + tag("figcaption", esc("Россия: субъекты федерации"))))
    body += section("Регионы стран-партнёров", _partners(activity, countries, scale))
    body += _unmapped(activity)
    body += section("Самые активные регионы", _top(activity))
    kind = args.text("kind")
    graph = [(k, v) for k, v in query if k != "kind"] + [
        ("kind", kind if kind in read.GRAPH_KINDS else "all")]
    return body + tag("p", link("/graph?" + urlencode(graph), "Тот же отбор на графе →"))


def overview_map(session: Session) -> str:
    """A small map of Russia for the overview, shaded by all facts, linking to `/map`."""
    activity, _ = _split(_activity(session, read.RegionFilters()))
    scale = Scale.of(activity)
    return (scale.legend() + drawing(RUSSIA, activity, scale, "map map-small")
            + tag("p", link("/map", "Карта регионов и стран-партнёров →")))


def _filters(args: QueryArgs) -> read.RegionFilters:
    """The filters of the query; an event type keeps events only, as on the graph."""
    wanted: dict[str, Any] = {
        "kind": args.text("kind"), "sector": args.text("sector"),
        "event_type": args.text("event_type"), "since": args.text("since"),
        "until": args.text("until"), "min_confidence": args.fraction("min_confidence"),
    }
    return read.RegionFilters(**{key: value for key, value in wanted.items()
                                 if value is not None})


def _activity(session: Session, filters: read.RegionFilters) -> Activity:
    """The facts of every region, and of every country drawn, as a whole."""
    keys = (*regions(), *panels())
    filters.selection()  # bad values fail here, before the cache is asked
    return kept(session, ("map", filters.model_dump_json()),
                lambda: read.region_activity(session, keys=keys, filters=filters))


def _split(activity: Activity) -> tuple[Activity, Activity]:
    """The regions' activity, and the countries' own."""
    known = regions()
    return ({key: item for key, item in activity.items() if key in known},
            {key: item for key, item in activity.items() if key not in known})


class Scale:
    """Shades of activity: level 0 for no facts, 1..LEVELS on a geometric scale up to the
    most active region's count, whose level is always the darkest."""

    def __init__(self, bounds: Sequence[int]) -> None:
        self.bounds = tuple(bounds)  # the highest count of each level in use, ascending

    @classmethod
    def of(cls, activity: Activity) -> Scale:
        top = max((item.facts for item in activity.values()), default=0)
        if top == 0:
            return cls(())
        # level s ends at top^(s/LEVELS), but never below s: a small top keeps a level
        # per count (1, 2, 3) instead of lumping them together
        steps = {min(top, max(step, round(top ** (step / LEVELS))))
                 for step in range(1, LEVELS + 1)}
        return cls(sorted(steps))

    def level(self, facts: int) -> int:
        if facts <= 0 or not self.bounds:
            return 0
        index = next((n for n, bound in enumerate(self.bounds) if facts <= bound),
                     len(self.bounds) - 1)
        return LEVELS - (len(self.bounds) - 1 - index)

    def legend(self) -> str:
        items = [tag("span", "нет фактов", class_="swatch m0")]
        low = 1
        for bound in self.bounds:
            text = str(bound) if bound == low else f"{low}–{bound}"
            items.append(tag("span", esc(text), class_=f"swatch m{self.level(bound)}"))
            low = bound + 1
        return tag("p", tag("span", "фактов:") + "".join(items), class_="legend map-legend")


def drawing(panel: str, activity: Activity, scale: Scale, class_: str) -> str:
    """One country's regions as an SVG, the small ones drawn last and with a dot."""
    shapes = panels().get(panel, ())
    if not shapes:
        return ""
    left = min(s.box[0] for s in shapes) - MARGIN
    top = min(s.box[1] for s in shapes) - MARGIN
    width = max(s.box[2] for s in shapes) - left + MARGIN
    height = max(s.box[3] for s in shapes) - top + MARGIN
    ordered = sorted(shapes, key=lambda s: -s.size)
    marks = [_region(shape, activity.get(shape.key), scale) for shape in ordered]
    name = country_names().get(panel, panel)
    return tag("svg", tag("title", esc(name)) + "".join(marks),
               viewBox=f"{left:.1f} {top:.1f} {width:.1f} {height:.1f}", class_=class_,
               role="img", xmlns="http://www.w3.org/2000/svg", data_panel=panel)


def _region(shape: Shape, found: read.RegionActivity | None, scale: Scale) -> str:
    region = regions()[shape.key]
    facts = found.facts if found else 0
    level = f"m{scale.level(facts)}"
    hint = f"{region.name} ({shape.key}): {counted(facts, 'факт', 'факта', 'фактов')}"
    content = tag("title", esc(hint)) + tag("path", "", d=shape.path, class_=level)
    if shape.size < DOT_SIZE:
        content += tag("circle", "", cx=f"{shape.x:.1f}", cy=f"{shape.y:.1f}", r="3.5",
                       class_=f"{level} dot")
    return tag("a", content, href=f"/entities/{shape.key}", class_="region",
               data_key=shape.key, data_facts=str(facts))


def counted(number: int, one: str, few: str, many: str) -> str:
    """`number` with the Russian plural of its noun: 1 факт, 3 факта, 5 фактов."""
    tens, units = number % 100, number % 10
    word = (many if 11 <= tens <= 14 else one if units == 1
            else few if 2 <= units <= 4 else many)
    return f"{number} {word}"


def _partners(activity: Activity, countries: Activity, scale: Scale) -> str:
    """A panel per partner country with facts in its regions or of its own (and the
    main partners always), captioned with the facts of the country as a whole."""
    names = regions()
    active = {names[key].country for key in activity} | set(countries)
    shown = [panel for panel in panels()
             if panel != RUSSIA and (panel in ALWAYS_SHOWN or panel in active)]
    figures = [tag("figure", drawing(panel, activity, scale, "map map-partner")
                   + tag("figcaption", link(f"/entities/{panel}",
                                            country_names().get(panel, panel))
                         + esc(": " + counted(countries[panel].facts if panel in countries
                                              else 0, "факт", "факта", "фактов")
                               + " у страны в целом"),
                         data_country=panel))
               for panel in shown]
    hidden = len(panels()) - 1 - len(shown)
    note = tag("p", esc(f"Ещё {hidden} стран без фактов при этом отборе не показаны."),
               class_="found") if hidden else ""
    return tag("div", "".join(figures), class_="map-partners") + note


def _unmapped(activity: Activity) -> str:
    drawn = {shape.key for shapes in panels().values() for shape in shapes}
    missing = sorted((key for key in activity if key not in drawn),
                     key=lambda key: (-activity[key].facts, key))
    if not missing:
        return ""
    items = [tag("li", link(f"/entities/{key}", regions()[key].name)
                 + esc(f" ({key}, {country_names().get(regions()[key].country, '')}): "
                       f"{counted(activity[key].facts, 'факт', 'факта', 'фактов')}"))
             for key in missing]
    return section("Нет на карте", tag("p", esc(
        "Регионы с фактами, у которых нет контура: новые области, города, которые в "
        "границах Natural Earth не выделены, страны без своей карты."), class_="found")
        + tag("ul", "".join(items), class_="unmapped"))


def _top(activity: Activity) -> str:
    ranked = sorted(activity.values(), key=lambda item: (-item.facts, item.key))[:TOP_REGIONS]
    if not ranked:
        return tag("p", "При этом отборе у регионов нет фактов.", class_="empty")
    names, countries = regions(), country_names()
    rows = [(link(f"/entities/{item.key}", names[item.key].name) + " "
             + tag("span", esc(item.key), class_="key"),
             esc(countries.get(names[item.key].country, names[item.key].country)),
             esc(item.facts)) for item in ranked]
    return table(["регион", "страна", "фактов"], rows, class_="map-top")


def _form(args: QueryArgs) -> str:
    fields = [
        select(args, "kind", "факты", KINDS),
        select(args, "sector", "отрасль", coded("sector", SECTORS)),
        select(args, "event_type", "тип события", coded("event_type", EVENT_TYPES)),
        field(args, "since", "с даты", "2024"), field(args, "until", "по дату", "2025-06"),
        field(args, "min_confidence", "уверенность от", "0.8"),
        tag("button", "Показать", type="submit"), link("/map", "сбросить"),
    ]
    return tag("form", "".join(fields), action="/map", method="get", class_="filters")
