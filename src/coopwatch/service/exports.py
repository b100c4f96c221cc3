"""Export formats of query answers: cards as JSON lines, events and figures as CSV, the
cooperation graph as GraphML (written with xml.etree). The API and `coopwatch export`
both write through these; each returns text pieces so that big exports stream.

Schema 2: cards are written as version 2 (a stored version-1 card keeps its content
and simply lacks relevance and confidence); the CSV files end with the fact's
`confidence` and whether the document it was first read in is `on_topic` (empty when
unknown); GraphML edges carry the highest `confidence` of their facts.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from typing import Any
from xml.etree import ElementTree

from coopwatch.records import Document
from coopwatch.store.read import EventItem, Evidence, FactOrigin, FigureItem, Graph

GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"
LIST_SEPARATOR = "; "
QUALITY_COLUMNS = ("confidence", "on_topic")
EVENT_COLUMNS = ("document_id", "published", "type", "status", "date", "participants",
                 "place", "title", "sectors", "evidence_spans", "evidence", *QUALITY_COLUMNS)
FIGURE_COLUMNS = ("document_id", "published", "metric", "value", "unit", "approx", "kind",
                  "period", "change_percent", "change_factor", "parties", "evidence_spans",
                  "evidence", *QUALITY_COLUMNS)


def cards_jsonl(cards: Iterable[dict[str, Any]]) -> Iterator[str]:
    """One card per line, UTF-8 as is, written as the current schema version."""
    for card in cards:
        yield json.dumps(Document.from_json(card).to_json(), ensure_ascii=False) + "\n"


def _csv_line(values: Iterable[Any]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerow(
        "" if value is None else value for value in values)
    return buffer.getvalue()


def _joined(values: Iterable[str]) -> str:
    return LIST_SEPARATOR.join(values)


def _spans(evidence: tuple[Evidence, ...]) -> str:
    return _joined(f"{item.start}-{item.stop}" for item in evidence)


def _evidence_text(evidence: tuple[Evidence, ...]) -> str:
    return " … ".join(item.text for item in evidence)


def _quality(confidence: float | None, source: FactOrigin) -> tuple[Any, ...]:
    """The values of QUALITY_COLUMNS: the confidence, and true / false / empty (unknown)."""
    return confidence, None if source.on_topic is None else str(source.on_topic).lower()


def events_csv(events: Iterable[EventItem]) -> Iterator[str]:
    """A header line, then one line per event; lists joined with '; '."""
    yield _csv_line(EVENT_COLUMNS)
    for event in events:
        yield _csv_line((
            event.source.document_id, event.source.published, event.type, event.status,
            event.date, _joined(event.participants), event.place, event.title,
            _joined(event.sectors), _spans(event.evidence), _evidence_text(event.evidence),
            *_quality(event.confidence, event.source),
        ))


def figures_csv(figures: Iterable[FigureItem]) -> Iterator[str]:
    """A header line, then one line per figure; the change as percent or factor columns."""
    yield _csv_line(FIGURE_COLUMNS)
    for figure in figures:
        change = figure.change or {}
        yield _csv_line((
            figure.source.document_id, figure.source.published, figure.metric, figure.value,
            figure.unit, figure.approx, figure.kind, figure.period, change.get("percent"),
            change.get("factor"), _joined(figure.parties), _spans(figure.evidence),
            _evidence_text(figure.evidence), *_quality(figure.confidence, figure.source),
        ))


GRAPHML_KEYS = (  # id, for, attr.name, attr.type
    ("name", "node", "name", "string"),
    ("type", "node", "type", "string"),
    ("node_weight", "node", "weight", "int"),
    ("weight", "edge", "weight", "int"),
    ("facts", "edge", "facts", "int"),
    ("confidence", "edge", "confidence", "double"),
)


def graph_graphml(graph: Graph) -> str:
    """The graph as an undirected GraphML document."""
    ElementTree.register_namespace("", GRAPHML_NS)
    root = ElementTree.Element(f"{{{GRAPHML_NS}}}graphml")
    for key_id, domain, name, kind in GRAPHML_KEYS:
        ElementTree.SubElement(root, f"{{{GRAPHML_NS}}}key", {
            "id": key_id, "for": domain, "attr.name": name, "attr.type": kind})
    body = ElementTree.SubElement(root, f"{{{GRAPHML_NS}}}graph",
                                  {"id": "cooperation", "edgedefault": "undirected"})
    for node in graph.nodes:
        element = ElementTree.SubElement(body, f"{{{GRAPHML_NS}}}node", {"id": node.key})
        _data(element, name=node.name, type=node.type, node_weight=node.weight)
    for number, edge in enumerate(graph.edges):
        element = ElementTree.SubElement(body, f"{{{GRAPHML_NS}}}edge", {
            "id": f"e{number}", "source": edge.source, "target": edge.target})
        _data(element, weight=edge.weight, facts=edge.facts, confidence=edge.confidence)
    return ElementTree.tostring(root, encoding="unicode", xml_declaration=True) + "\n"


def _data(element: ElementTree.Element, **values: Any) -> None:
    for key, value in values.items():
        if value is not None:
            ElementTree.SubElement(element, f"{{{GRAPHML_NS}}}data", {"key": key}).text = str(value)
