"""The facts explorer, `/facts`: events, figures or flows in a sortable, paged table,
filtered like the API (`party` by name or key), with an export of exactly what is shown.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from sqlalchemy.orm import Session

from coopwatch.records import (
    EVENT_STATUSES,
    EVENT_TYPES,
    FIGURE_KINDS,
    FIGURE_METRICS,
    SECTORS,
)
from coopwatch.records.labels import label
from coopwatch.store import read
from coopwatch.web import format as cell
from coopwatch.web.errors import PageError, QueryArgs
from coopwatch.web.layout import esc, link, tag

PAGE_SIZE = 25
SORTS = (("-date", "сначала новые"), ("date", "сначала старые"),
         ("-confidence", "сначала надёжные"), ("confidence", "сначала сомнительные"))
VIEWS = (("events", "События"), ("figures", "Показатели"), ("flows", "Поставки"))
COMMON = ("party", "since", "until", "min_confidence", "on_topic", "sort")
# view -> the filters of its form beyond COMMON, each (parameter, label group, choices)
CHOICES: dict[str, tuple[tuple[str, str, Sequence[str]], ...]] = {
    "events": (("type", "event_type", EVENT_TYPES), ("status", "status", EVENT_STATUSES),
               ("sector", "sector", SECTORS)),
    "figures": (("metric", "metric", FIGURE_METRICS), ("kind", "figure_kind", FIGURE_KINDS)),
    "flows": (("status", "status", EVENT_STATUSES),),
}
CHOICE_TITLES = {"type": "тип", "status": "статус", "sector": "отрасль", "metric": "показатель",
                 "kind": "вид"}


@dataclass(frozen=True)
class Shown:
    """One page of a view: its headers, rows of HTML cells and how many match."""

    headers: tuple[str, ...]
    rows: Sequence[Sequence[str]]
    total: int


def render(session: Session, args: QueryArgs) -> str:
    view = args.text("view") or "events"
    if view not in CHOICES:
        raise PageError(f"Нет такой таблицы «{view}»: есть события, показатели и поставки.")
    number = args.number("page", 1)
    wanted = _wanted(args, view)
    shown = SHOWERS[view](session, wanted, number)
    last = max(1, -(-shown.total // PAGE_SIZE))
    if number > last:
        raise PageError(f"Страницы {number} нет: всего страниц {last}.", status=404)
    query = {key: value for key, value in wanted.items() if value not in (None, "", [])}
    return (
        tag("h1", "Факты")
        + _tabs(view, query) + _form(view, args)
        + tag("p", esc(f"Найдено: {shown.total}. Страница {number} из {last}."), class_="found")
        + _export(view, query, number)
        + _table(shown, class_=f"facts {view}")
        + _pager(view, query, number, last)
    )


def _wanted(args: QueryArgs, view: str) -> dict[str, Any]:
    wanted: dict[str, Any] = {name: args.text(name) for name in COMMON}
    wanted["party"] = args.many("party")
    wanted["min_confidence"] = args.fraction("min_confidence")
    wanted["on_topic"] = args.flag("on_topic")
    wanted["sort"] = args.text("sort") or "-date"
    if wanted["sort"] not in dict(SORTS):
        raise PageError(f"Непонятный порядок «{wanted['sort']}».")
    wanted.update({name: args.text(name) for name, _, _ in CHOICES[view]})
    return wanted


def _filters(model: type[Any], wanted: dict[str, Any]) -> Any:
    return model(**{key: value for key, value in wanted.items() if value is not None})


def _events(session: Session, wanted: dict[str, Any], number: int) -> Shown:
    found = read.list_events(session, filters=_filters(read.EventFilters, wanted),
                             limit=PAGE_SIZE, offset=(number - 1) * PAGE_SIZE)
    names = read.entity_names(session, cell.keys_of(found.items))
    rows = [(cell.date(e.date, e.source.published), cell.coded("event_type", e.type),
             cell.coded("status", e.status), cell.entities(e.participants, names),
             cell.event_title(e, names), cell.codes("sector", e.sectors),
             _document(e.source), cell.evidence(e.source.document_id, "event",
                                                e.source.ordinal, e.evidence),
             cell.confidence(e.confidence))
            for e in found.items]
    headers = ("дата", "тип", "статус", "участники", "что", "отрасли", "документ",
               "основание", "уверенность")
    return Shown(headers, rows, found.total)


def _figures(session: Session, wanted: dict[str, Any], number: int) -> Shown:
    found = read.list_figures(session, filters=_filters(read.FigureFilters, wanted),
                              limit=PAGE_SIZE, offset=(number - 1) * PAGE_SIZE)
    names = read.entity_names(session, cell.keys_of(found.items))
    rows = [(cell.date(f.period, f.source.published), cell.coded("metric", f.metric),
             cell.amount(f), cell.coded("figure_kind", f.kind),
             cell.entities(f.parties, names), _document(f.source),
             cell.evidence(f.source.document_id, "figure", f.source.ordinal, f.evidence),
             cell.confidence(f.confidence))
            for f in found.items]
    headers = ("период", "показатель", "значение", "вид", "стороны", "документ", "основание",
               "уверенность")
    return Shown(headers, rows, found.total)


def _flows(session: Session, wanted: dict[str, Any], number: int) -> Shown:
    found = read.list_flows(session, filters=_filters(read.FlowFilters, wanted),
                            limit=PAGE_SIZE, offset=(number - 1) * PAGE_SIZE)
    keys = {key for f in found.items for key in (f.supplier, f.receiver) if key}
    names = read.entity_names(session, keys)
    rows = [(cell.entity(f.supplier, names), cell.entity(f.receiver, names),
             esc(", ".join(f.goods) or None), cell.coded("status", f.status),
             _document(f.source),
             cell.evidence(f.source.document_id, "flow", f.source.ordinal, f.evidence),
             cell.confidence(f.confidence))
            for f in found.items]
    headers = ("откуда", "куда", "что", "статус", "документ", "основание", "уверенность")
    return Shown(headers, rows, found.total)


SHOWERS: dict[str, Callable[[Session, dict[str, Any], int], Shown]] = {
    "events": _events, "figures": _figures, "flows": _flows,
}


def _document(source: read.FactOrigin) -> str:
    return (link(f"/documents/{source.document_id}", source.document_title or source.document_id)
            + " " + tag("small", cell.date(source.published)))


def _table(shown: Shown, class_: str) -> str:
    head = tag("tr", "".join(tag("th", esc(header)) for header in shown.headers))
    body = "".join(tag("tr", "".join(tag("td", c) for c in row)) for row in shown.rows)
    if not shown.rows:
        body = tag("tr", tag("td", "Ничего не найдено.", colspan=len(shown.headers)))
    return tag("table", tag("thead", head) + tag("tbody", body), class_=class_)


def _href(view: str, query: dict[str, Any], number: int = 1) -> str:
    pairs = [("view", view), *_pairs(query)]
    if number > 1:
        pairs.append(("page", str(number)))
    return "/facts?" + urlencode(pairs)


def _pairs(query: dict[str, Any]) -> list[tuple[str, str]]:
    pairs: list[tuple[str, str]] = []
    for key, value in query.items():
        values = value if isinstance(value, list) else [value]
        pairs += [(key, str(v).lower() if isinstance(v, bool) else str(v)) for v in values]
    return pairs


def _tabs(view: str, query: dict[str, Any]) -> str:
    common = {key: value for key, value in query.items() if key in COMMON}
    return tag("nav", " ".join(
        tag("strong", esc(title)) if name == view else link(_href(name, common), title)
        for name, title in VIEWS), class_="tabs")


def _pager(view: str, query: dict[str, Any], number: int, last: int) -> str:
    parts = [link(_href(view, query, number - 1), "← назад")] if number > 1 else []
    parts.append(tag("span", esc(f"страница {number} из {last}")))
    if number < last:
        parts.append(link(_href(view, query, number + 1), "дальше →"))
    return tag("nav", " ".join(parts), class_="pager")


def _export(view: str, query: dict[str, Any], number: int) -> str:
    """Links to the CSV of this page (what is on screen) and of every matching fact."""
    if view == "flows":
        return ""
    pairs = _pairs(query)
    this_page = [*pairs, ("limit", str(PAGE_SIZE)), ("offset", str((number - 1) * PAGE_SIZE))]
    base = f"/api/export/{view}.csv?"
    return tag("p", "Экспорт в CSV: "
               + tag("a", "эта страница", href=base + urlencode(this_page), class_="export",
                     download="")
               + " · " + tag("a", "все найденные", href=base + urlencode(pairs),
                             class_="export-all", download="")
               + " · " + tag("a", "для Excel с «;»", href=base + urlencode(
                   [*this_page, ("delimiter", ";")]), download=""),
               class_="exports")


def _form(view: str, args: QueryArgs) -> str:
    """The filters of the view as a GET form that keeps the current values."""
    fields = [tag("input", "", type="hidden", name_="view", value=view),
              _field("party", "участник (имя или ключ)", args.text("party") or "",
                     placeholder="Татарстан")]
    for name, group, choices in CHOICES[view]:
        fields.append(_select(name, CHOICE_TITLES[name], args.text(name),
                              [("", "все")] + [(c, label(group, c) or c) for c in choices]))
    fields += [
        _field("since", "с даты", args.text("since") or "", placeholder="2024"),
        _field("until", "по дату", args.text("until") or "", placeholder="2025-06"),
        _field("min_confidence", "уверенность от", args.text("min_confidence") or "",
               placeholder="0.8"),
        _select("on_topic", "тема", args.text("on_topic"),
                [("", "все документы"), ("true", "по теме"), ("false", "не по теме")]),
        _select("sort", "порядок", args.text("sort"), list(SORTS)),
        tag("button", "Показать", type="submit"),
        link(f"/facts?view={view}", "сбросить"),
    ]
    return tag("form", "".join(fields), action="/facts", method="get", class_="filters")


def _field(name: str, title: str, value: str, placeholder: str = "") -> str:
    return tag("label", esc(title) + tag("input", "", name_=name, value=value,
                                         placeholder=placeholder or None))


def _select(name: str, title: str, current: str | None,
            options: Sequence[tuple[str, str]]) -> str:
    items = "".join(tag("option", esc(text), value=value,
                        selected="selected" if value == (current or "") else None)
                    for value, text in options)
    return tag("label", esc(title) + tag("select", items, name_=name))
