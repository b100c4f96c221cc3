"""One document card as HTML: source, the text with each fact kind's evidence in its own
colour (with a legend), entities, and a table per fact kind.

Names everywhere, linked to the profiles, keys as secondary text; codes in Russian.
Each fact row has the id `fact-<kind>-<n>` (its place in the card); its evidence link
points there, and /static/app.js then marks every fragment of that fact's evidence in
the text (the marks carry `data-facts`). Without script the link still jumps to the
row. Schema 2: the source line says whether the document is on topic, and every fact
table has a confidence column (a dash for a version-1 card).
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable, Iterable, Sequence

from coopwatch.records import (
    Change,
    Document,
    Event,
    Span,
)
from coopwatch.records.labels import label
from coopwatch.store.read import DocumentText
from coopwatch.web import format as cell
from coopwatch.web.highlight import anchor
from coopwatch.web.layout import (
    confidence,
    esc,
    external_link,
    link,
    section,
    table,
    tag,
    topic,
)

KINDS = (("position", "должность"), ("event", "событие"), ("figure", "показатель"),
         ("flow", "поставка"), ("cooperation", "сотрудничество"))


def render(card: Document, text: DocumentText) -> str:
    """The body of the document page."""
    body = tag("div", _text(text), class_="text", id="text")
    return (
        _source(card) + section("Текст", _legend(card) + body)
        + "".join(render_section(card) for render_section in SECTIONS)
    )


def _legend(card: Document) -> str:
    counts = {"position": len(card.positions), "event": len(card.events),
              "figure": len(card.figures), "flow": len(card.flows),
              "cooperation": len(card.cooperation)}
    items = "".join(tag("span", esc(f"{name} ({counts[kind]})"), class_=f"swatch k-{kind}")
                    for kind, name in KINDS)
    return tag("p", "Основания фактов: " + items
               + tag("span", "упоминание", class_="swatch mention"), class_="legend")


def _text(text: DocumentText) -> str:
    """The text with evidence in <mark>s coloured by the first citing fact's kind."""
    starts = {span.start for span in text.evidence}
    html = []
    for segment in text.segments:
        chunk = esc(segment.text)
        if segment.mention:
            chunk = tag("span", chunk, class_="mention")
        if segment.evidence:
            facts = [name.replace("#", "-") for name in segment.facts]
            kinds = " ".join(dict.fromkeys("k-" + name.split("-")[0] for name in facts))
            chunk = tag("mark", chunk, class_=kinds or None, data_facts=" ".join(facts))
        if segment.start in starts:
            chunk = tag("span", "", id=anchor(segment.start), class_="anchor") + chunk
        html.append(chunk)
    return "".join(html)


def _source(card: Document) -> str:
    source = card.source
    if source.url:
        origin = external_link(source.url, source.url)
    else:
        origin = esc("файл " + posixpath.basename((source.path or "").replace("\\", "/"))
                     if source.path else "источник неизвестен")
    published = esc(source.published) if source.published else tag(
        "span", "дата неизвестна", class_="undated")
    lines = [
        tag("h1", esc(source.title or card.id)),
        tag("p", published + " · " + origin + " · "
                 + tag("code", esc(card.id)) + " · "
                 + link(f"/api/documents/{card.id}", "JSON"), class_="source"),
        tag("p", "Отрасли: " + cell.codes("sector", card.sectors), class_="sectors"),
        tag("p", "Тема: " + _relevance(card), class_="relevance"),
    ]
    return "".join(lines)


def _relevance(card: Document) -> str:
    if card.relevance is None:
        return esc(None)
    return esc(f"{topic(card.relevance)} (оценка {card.relevance.score:.2f})")


def _name(card: Document, key: str | None) -> str:
    """An entity as its name linked to its profile, the key as secondary text."""
    if key is None:
        return esc(None)
    entity = card.entity(key)
    return cell.entity(key, {key: entity.name} if entity else {})


def _names(card: Document, keys: Iterable[str]) -> str:
    return ", ".join(_name(card, key) for key in keys) or esc(None)


def _evidence(card: Document, kind: str, number: int, spans: Iterable[Span]) -> str:
    fact = f"{kind}-{number}"
    return " ".join(
        tag("a", esc(card.text[span.start:span.stop]), href=f"#fact-{fact}",
            class_=f"evidence k-{kind}", data_fact=fact, data_at=anchor(span.start))
        for span in spans
    )


def _change(change: Change | None) -> str:
    if change is None:
        return esc(None)
    return esc(f"{change.percent:+g}%" if change.percent is not None else f"×{change.factor:g}")


def _table(kind: str, headers: list[str], rows: Sequence[Sequence[str]]) -> str:
    head = tag("tr", "".join(tag("th", esc(header)) for header in headers))
    body = "".join(tag("tr", "".join(tag("td", c) for c in row), id=f"fact-{kind}-{number}",
                       data_fact=f"{kind}-{number}")
                   for number, row in enumerate(rows))
    return tag("table", tag("thead", head) + tag("tbody", body), class_=f"facts k-{kind}")


def _entities(card: Document) -> str:
    rows = [
        (cell.entity(e.key, {e.key: e.name}),
         esc(label("entity_type", e.type)), esc(label("geo_kind", e.geo_kind)),
         _name(card, e.within), esc(", ".join(e.aliases) or None),
         esc(", ".join(dict.fromkeys(m.text for m in e.mentions)) or None))
        for e in card.entities
    ]
    headers = ["имя", "тип", "вид", "входит в", "другие имена", "упоминания"]
    return section("Сущности", table(headers, rows)) if rows else ""


def _positions(card: Document) -> str:
    rows = [(_name(card, p.person), esc(p.title), _name(card, p.of), confidence(p.confidence),
             _evidence(card, "position", n, p.evidence))
            for n, p in enumerate(card.positions)]
    headers = ["персона", "должность", "где", "уверенность", "основание"]
    return section("Должности", _table("position", headers, rows)) if rows else ""


def _title(card: Document, event: Event) -> str:
    if event.title:
        return esc(event.title)
    names = [getattr(card.entity(key), "name", key) for key in event.participants]
    kind = (label("event_type", event.type) or event.type).capitalize()
    return esc(f"{kind}: {' — '.join(str(n) for n in names[:3])}" if names else kind)


def _events(card: Document) -> str:
    rows = [
        (cell.coded("event_type", e.type), cell.coded("status", e.status),
         cell.date(e.date, card.source.published), _names(card, e.participants),
         _name(card, e.place), _title(card, e), cell.codes("sector", e.sectors),
         confidence(e.confidence), _evidence(card, "event", n, e.evidence))
        for n, e in enumerate(card.events)
    ]
    headers = ["тип", "статус", "дата", "участники", "место", "что", "отрасли", "уверенность",
               "основание"]
    return section("События", _table("event", headers, rows)) if rows else ""


def _figures(card: Document) -> str:
    rows = [
        (cell.coded("metric", f.metric), esc(cell.number(f.value)), esc(f.unit),
         cell.coded("approx", f.approx), cell.coded("figure_kind", f.kind),
         cell.date(f.period, card.source.published), _change(f.change),
         _names(card, f.parties), confidence(f.confidence),
         _evidence(card, "figure", n, f.evidence))
        for n, f in enumerate(card.figures)
    ]
    headers = ["показатель", "значение", "ед.", "точность", "вид", "период", "изменение",
               "стороны", "уверенность", "основание"]
    return section("Показатели", _table("figure", headers, rows)) if rows else ""


def _flows(card: Document) -> str:
    rows = [
        (_name(card, f.source), _name(card, f.target), esc(", ".join(f.goods) or None),
         cell.coded("status", f.status), confidence(f.confidence),
         _evidence(card, "flow", n, f.evidence))
        for n, f in enumerate(card.flows)
    ]
    headers = ["откуда", "куда", "что", "статус", "уверенность", "основание"]
    return section("Поставки", _table("flow", headers, rows)) if rows else ""


def _cooperation(card: Document) -> str:
    rows = [
        (_names(card, c.parties), cell.codes("sector", c.sectors), confidence(c.confidence),
         _evidence(card, "cooperation", n, c.evidence))
        for n, c in enumerate(card.cooperation)
    ]
    headers = ["стороны", "отрасли", "уверенность", "основание"]
    return section("Сотрудничество", _table("cooperation", headers, rows)) if rows else ""


SECTIONS: tuple[Callable[[Document], str], ...] = (
    _entities, _positions, _events, _figures, _flows, _cooperation,
)
