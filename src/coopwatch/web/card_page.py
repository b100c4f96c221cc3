"""One document card as HTML: source, highlighted text, entities, and a table per fact kind.

Entity keys are shown as names (with the key on hover); each fact's evidence links to
the place in the text where it is highlighted. Schema 2: the source line says whether
the document is on topic, and every fact table has a confidence column (a dash for a
version-1 card).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from coopwatch.records import (
    Change,
    Cooperation,
    Document,
    Event,
    Figure,
    Flow,
    Position,
    Span,
)
from coopwatch.web.highlight import anchor, highlighted
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


def render(card: Document) -> str:
    """The body of the document page."""
    evidence = [span for fact in _facts(card) for span in fact.evidence]
    mentions = [Span(m.start, m.stop) for e in card.entities for m in e.mentions]
    text = tag("div", highlighted(card.text, evidence, mentions), class_="text")
    return (
        _source(card) + section("Текст", text)
        + "".join(render_section(card) for render_section in SECTIONS)
    )


def _facts(card: Document) -> tuple[Position | Event | Figure | Flow | Cooperation, ...]:
    return (*card.positions, *card.events, *card.figures, *card.flows, *card.cooperation)


def _source(card: Document) -> str:
    source = card.source
    origin = external_link(source.url, source.url) if source.url else esc(source.path)
    lines = [
        tag("h1", esc(source.title or card.id)),
        tag("p", f"{esc(source.published)} · {origin} · "
                 + tag("code", esc(card.id)) + " · "
                 + link(f"/api/documents/{card.id}", "JSON"), class_="source"),
        tag("p", "Отрасли: " + esc(", ".join(card.sectors) or None), class_="sectors"),
        tag("p", "Тема: " + _relevance(card), class_="relevance"),
    ]
    return "".join(lines)


def _relevance(card: Document) -> str:
    if card.relevance is None:
        return esc(None)
    return esc(f"{topic(card.relevance)} (оценка {card.relevance.score:.2f})")


def _name(card: Document, key: str | None) -> str:
    """An entity key as its name, with the key as a tooltip."""
    if key is None:
        return esc(None)
    entity = card.entity(key)
    return tag("span", esc(entity.name if entity else key), title=key, class_="key")


def _names(card: Document, keys: Iterable[str]) -> str:
    return ", ".join(_name(card, key) for key in keys)


def _evidence(card: Document, spans: Iterable[Span]) -> str:
    return " ".join(
        tag("a", esc(card.text[span.start:span.stop]), href=f"#{anchor(span.start)}",
            class_="evidence")
        for span in spans
    )


def _change(change: Change | None) -> str:
    if change is None:
        return esc(None)
    return esc(f"{change.percent:+g}%" if change.percent is not None else f"×{change.factor:g}")


def _value(value: float | None) -> str:
    return esc(None if value is None else f"{value:,.10g}".replace(",", "\u202f"))


def _entities(card: Document) -> str:
    rows = [
        (esc(e.name), tag("code", esc(e.key)), esc(e.type), esc(e.geo_kind),
         _name(card, e.within), esc(", ".join(e.aliases) or None),
         esc(", ".join(dict.fromkeys(m.text for m in e.mentions)) or None))
        for e in card.entities
    ]
    headers = ["имя", "ключ", "тип", "вид", "входит в", "другие имена", "упоминания"]
    return section("Сущности", table(headers, rows)) if rows else ""


def _positions(card: Document) -> str:
    rows = [(_name(card, p.person), esc(p.title), _name(card, p.of), confidence(p.confidence),
             _evidence(card, p.evidence))
            for p in card.positions]
    headers = ["персона", "должность", "где", "уверенность", "основание"]
    return section("Должности", table(headers, rows)) if rows else ""


def _events(card: Document) -> str:
    rows = [
        (esc(e.type), esc(e.status), esc(e.date), _names(card, e.participants),
         _name(card, e.place), esc(e.title), esc(", ".join(e.sectors) or None),
         confidence(e.confidence), _evidence(card, e.evidence))
        for e in card.events
    ]
    headers = ["тип", "статус", "дата", "участники", "место", "что", "отрасли", "уверенность",
               "основание"]
    return section("События", table(headers, rows)) if rows else ""


def _figures(card: Document) -> str:
    rows = [
        (esc(f.metric), _value(f.value), esc(f.unit), esc(f.approx), esc(f.kind),
         esc(f.period), _change(f.change), _names(card, f.parties), confidence(f.confidence),
         _evidence(card, f.evidence))
        for f in card.figures
    ]
    headers = ["показатель", "значение", "ед.", "точность", "вид", "период", "изменение",
               "стороны", "уверенность", "основание"]
    return section("Показатели", table(headers, rows)) if rows else ""


def _flows(card: Document) -> str:
    rows = [
        (_name(card, f.source), _name(card, f.target), esc(", ".join(f.goods) or None),
         esc(f.status), confidence(f.confidence), _evidence(card, f.evidence))
        for f in card.flows
    ]
    headers = ["откуда", "куда", "что", "статус", "уверенность", "основание"]
    return section("Поставки", table(headers, rows)) if rows else ""


def _cooperation(card: Document) -> str:
    rows = [
        (_names(card, c.parties), esc(", ".join(c.sectors) or None), confidence(c.confidence),
         _evidence(card, c.evidence))
        for c in card.cooperation
    ]
    headers = ["стороны", "отрасли", "уверенность", "основание"]
    return section("Сотрудничество", table(headers, rows)) if rows else ""


SECTIONS: tuple[Callable[[Document], str], ...] = (
    _entities, _positions, _events, _figures, _flows, _cooperation,
)
