"""An entity's profile, `/entities/{key}`: partners ranked by facts, the timeline of
events, figures as tables and charts per metric and partner, targets against results,
officials and their posts, sectors and documents; every fact links to its evidence.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime
from urllib.parse import urlencode

from sqlalchemy.orm import Session

from coopwatch.records.labels import label
from coopwatch.store import read
from coopwatch.web import charts
from coopwatch.web import format as cell
from coopwatch.web.errors import PageError
from coopwatch.web.layout import esc, link, section, table, tag
from coopwatch.web.targets import VERDICTS, check_targets

SHOWN = 30
FIGURES_SHOWN = 100


def render(session: Session, key: str) -> tuple[str, str]:
    """(title, body) of the profile; PageError 404 with suggestions for an unknown key."""
    entity = read.get_entity(session, key=key)
    if entity is None:
        raise PageError(_unknown(session, key), status=404)
    partners = read.partners(session, key=key, limit=SHOWN)
    events = read.list_events(session, filters=read.EventFilters(party=[key]), limit=SHOWN)
    figures = read.list_figures(session, filters=read.FigureFilters(party=[key]),
                                limit=FIGURES_SHOWN)
    positions = read.positions_of(session, key=key)
    keys = (cell.keys_of(events.items) | cell.keys_of(figures.items)
            | {p.person for p in positions} | {p.of for p in positions if p.of}
            | ({entity.within} if entity.within else set()))
    names = {**read.entity_names(session, keys), key: entity.name}
    body = (
        _header(entity, names)
        + section("Партнёры", _partners(key, partners))
        + section("События", _timeline(events, names, key))
        + section("Показатели", _figures(figures, names, key))
        + section("Цели и результаты", _targets(figures.items, names))
        + section("Должностные лица", _positions(positions, names))
        + section("Отрасли", _sectors(key, read.sector_counts(session, key=key)))
        + section("Документы", _documents(read.documents_of(session, key=key, limit=SHOWN)))
    )
    return entity.name, body


def _unknown(session: Session, key: str) -> str:
    close = read.suggestions(session, key)
    hint = ("; возможно, вы искали: " + ", ".join(f"{name} ({k})" for k, name in close)
            if close else "")
    return f"Сущности с ключом «{key}» нет{hint}."


def _header(entity: read.EntityMatch, names: cell.Names) -> str:
    kind = label("entity_type", entity.type) or entity.type
    if entity.geo_kind:
        kind += ", " + (label("geo_kind", entity.geo_kind) or entity.geo_kind)
    facts = "/facts?" + urlencode({"party": entity.key})
    lines = [tag("h1", esc(entity.name) + " " + tag("small", esc(entity.key), class_="key")),
             tag("p", esc(kind) + (" · входит в " + cell.entity(entity.within, names)
                                   if entity.within else "")
                 + f" · документов: {entity.document_count} · " + link(facts, "все факты")
                 + " · " + link("/graph?" + urlencode({"country": entity.key}), "на графе"),
                 class_="source")]
    if entity.aliases:
        lines.append(tag("p", "Другие имена: " + esc(", ".join(entity.aliases)),
                         class_="sectors"))
    return "".join(lines)


def _partners(key: str, partners: tuple[read.Partner, ...]) -> str:
    if not partners:
        return tag("p", "Партнёров нет.", class_="empty")
    rows = [(cell.entity(p.key, {p.key: p.name} if p.name else {}),
             esc(label("entity_type", p.type)), esc(p.facts), esc(p.documents),
             link("/graph?" + urlencode({"country": key, "edge": f"{key},{p.key}"}),
                  "факты пары"))
            for p in partners]
    return table(["партнёр", "тип", "фактов", "документов", "основания"], rows,
                 class_="partners")


def _timeline(events: read.Page[read.EventItem], names: cell.Names, key: str) -> str:
    if not events.items:
        return tag("p", "Событий нет.", class_="empty")
    items = "".join(tag("li", tag("span", cell.date(e.date, e.source.published), class_="when")
                        + " " + cell.coded("event_type", e.type) + ": "
                        + tag("strong", cell.event_title(e, names)) + " — "
                        + cell.entities(e.participants, names) + " "
                        + cell.evidence(e.source.document_id, "event", e.source.ordinal,
                                        e.evidence))
                    for e in events.items)
    more = link("/facts?" + urlencode({"view": "events", "party": key}),
                f"все события ({events.total})")
    return tag("ol", items, class_="timeline") + tag("p", more)


def _figures(figures: read.Page[read.FigureItem], names: cell.Names, key: str) -> str:
    if not figures.items:
        return tag("p", "Показателей нет.", class_="empty")
    rows = [(cell.date(f.period, f.source.published), cell.coded("metric", f.metric),
             cell.amount(f), cell.coded("figure_kind", f.kind), cell.entities(f.parties, names),
             cell.evidence(f.source.document_id, "figure", f.source.ordinal, f.evidence))
            for f in figures.items]
    more = link("/facts?" + urlencode({"view": "figures", "party": key}),
                f"все показатели ({figures.total})")
    return (table(["период", "показатель", "значение", "вид", "стороны", "основание"], rows,
                  class_="figures") + tag("p", more) + _series(figures.items, names, key))


def _series(figures: tuple[read.FigureItem, ...], names: cell.Names, key: str) -> str:
    """A chart per metric, unit and partner of the actual figures with a year."""
    lines: dict[tuple[str, str, str], dict[str, float]] = defaultdict(dict)
    for f in figures:
        year = (f.period or "")[:4]
        if f.kind == "actual" and f.value is not None and year.isdigit():
            partner = ", ".join(names.get(p, p) for p in f.parties if p != key) or "все"
            lines[(f.metric, f.unit or "", partner)].setdefault(year, f.value)
    charts_html = [
        tag("figure", charts.series(sorted(points.items()), f"{metric} {partner}")
            + tag("figcaption", esc(f"{label('metric', metric)}, {unit or 'ед.'} — {partner}")))
        for (metric, unit, partner), points in sorted(lines.items()) if len(points) > 1
    ]
    return "".join(charts_html)


def _targets(figures: tuple[read.FigureItem, ...], names: cell.Names) -> str:
    checks = check_targets(figures, datetime.now(UTC).year)
    if not checks:
        return tag("p", "Целей не заявлено.", class_="empty")
    rows = [(cell.entities(c.target.parties, names), cell.coded("metric", c.target.metric),
             cell.amount(c.target) + " к " + cell.date(c.target.period, None),
             "; ".join(cell.amount(a) + " в " + cell.date(a.period, None) for a in c.actuals)
             or esc(None),
             tag("span", esc(VERDICTS[c.verdict]), class_=f"verdict {c.verdict}"),
             cell.evidence(c.target.source.document_id, "figure", c.target.source.ordinal,
                           c.target.evidence))
            for c in checks]
    return table(["стороны", "показатель", "цель", "факт", "итог", "основание"], rows,
                 class_="targets")


def _positions(positions: list[read.PositionHeld], names: cell.Names) -> str:
    if not positions:
        return tag("p", "Должностных лиц нет.", class_="empty")
    rows = [(cell.entity(p.person, names), esc(p.title), cell.entity(p.of, names),
             esc(p.since or "дата неизвестна"),
             link(f"/documents/{p.document_id}", "документ"))
            for p in positions[:SHOWN]]
    return table(["персона", "должность", "где", "с", "основание"], rows, class_="positions")


def _sectors(key: str, sectors: dict[str, int]) -> str:
    if not sectors:
        return tag("p", "Отраслей нет.", class_="empty")
    return tag("ul", "".join(
        tag("li", link("/facts?" + urlencode({"view": "events", "party": key,
                                              "sector": sector}),
                       label("sector", sector) or sector) + f" — {count}")
        for sector, count in sectors.items()), class_="sectors-list")


def _documents(documents: list[read.DocumentMention]) -> str:
    if not documents:
        return tag("p", "Документов нет.", class_="empty")
    return tag("ul", "".join(
        tag("li", cell.date(d.published) + " " + link(f"/documents/{d.document_id}",
                                                        d.title or d.document_id))
        for d in documents), class_="documents-list")
