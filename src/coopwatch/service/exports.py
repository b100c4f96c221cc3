"""Export formats of query answers: cards as JSON lines, events and figures as CSV, the
cooperation graph as GraphML (written with xml.etree). The API and `coopwatch export`
both write through these; each returns text pieces so that big exports stream.

CSV files start with a UTF-8 BOM (a Russian Excel then reads them as UTF-8) and may use
';' as the delimiter (`CsvStyle`); they carry the document's title and URL, and each
entity key's name in the column beside it. Schema 2: cards are written as version 2 (a stored version-1 card keeps its content
and simply lacks relevance and confidence); the CSV files end with the fact's
`confidence` and whether the document it was first read in is `on_topic` (empty when
unknown); GraphML edges carry the highest `confidence` of their facts.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any
from xml.etree import ElementTree

from coopwatch.records import Document
from coopwatch.store.read import (
    EdgeDetails,
    EventItem,
    Evidence,
    FactOrigin,
    FigureItem,
    Graph,
)

GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"
LIST_SEPARATOR = "; "
BOM = "\ufeff"  # lets a Russian Excel read the file as UTF-8
DELIMITERS = (",", ";")
QUALITY_COLUMNS = ("confidence", "on_topic")
DOCUMENT_COLUMNS = ("document_id", "document_title", "document_url", "published")
EVENT_COLUMNS = (*DOCUMENT_COLUMNS, "type", "status", "date", "participants",
                 "participant_names", "place", "place_name", "title", "sectors",
                 "evidence_spans", "evidence", *QUALITY_COLUMNS)
FIGURE_COLUMNS = (*DOCUMENT_COLUMNS, "metric", "value", "unit", "approx", "kind",
                  "period", "change_percent", "change_factor", "parties", "party_names",
                  "evidence_spans", "evidence", *QUALITY_COLUMNS)
NO_NAMES: Mapping[str, str] = {}


@dataclass(frozen=True)
class CsvStyle:
    """How a CSV file is written: the delimiter, and whether it starts with a BOM."""

    delimiter: str = ","
    bom: bool = True


DEFAULT_STYLE = CsvStyle()


def cards_jsonl(cards: Iterable[dict[str, Any]]) -> Iterator[str]:
    """One card per line, UTF-8 as is, written as the current schema version."""
    for card in cards:
        yield json.dumps(Document.from_json(card).to_json(), ensure_ascii=False) + "\n"


def _csv_line(values: Iterable[Any], style: CsvStyle) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n", delimiter=style.delimiter).writerow(
        "" if value is None else value for value in values)
    return buffer.getvalue()


def _header(columns: Iterable[str], style: CsvStyle) -> str:
    return (BOM if style.bom else "") + _csv_line(columns, style)


def _named(keys: Iterable[str | None], names: Mapping[str, str]) -> str:
    return _joined(names.get(key, key) for key in keys if key)


def _document(source: FactOrigin) -> tuple[Any, ...]:
    return source.document_id, source.document_title, source.document_url, source.published


def _joined(values: Iterable[str]) -> str:
    return LIST_SEPARATOR.join(values)


def _spans(evidence: tuple[Evidence, ...]) -> str:
    return _joined(f"{item.start}-{item.stop}" for item in evidence)


def _evidence_text(evidence: tuple[Evidence, ...]) -> str:
    return " … ".join(item.text for item in evidence)


def _quality(confidence: float | None, source: FactOrigin) -> tuple[Any, ...]:
    """The values of QUALITY_COLUMNS: the confidence, and true / false / empty (unknown)."""
    return confidence, None if source.on_topic is None else str(source.on_topic).lower()


def events_csv(
    events: Iterable[EventItem], *, names: Mapping[str, str] = NO_NAMES,
    style: CsvStyle = DEFAULT_STYLE,
) -> Iterator[str]:
    """A header line, then one line per event; lists joined with '; ', each key's name
    in the column beside it."""
    yield _header(EVENT_COLUMNS, style)
    for event in events:
        yield _csv_line((
            *_document(event.source), event.type, event.status,
            event.date, _joined(event.participants), _named(event.participants, names),
            event.place, _named([event.place], names), event.title,
            _joined(event.sectors), _spans(event.evidence), _evidence_text(event.evidence),
            *_quality(event.confidence, event.source),
        ), style)


def figures_csv(
    figures: Iterable[FigureItem], *, names: Mapping[str, str] = NO_NAMES,
    style: CsvStyle = DEFAULT_STYLE,
) -> Iterator[str]:
    """A header line, then one line per figure; the change as percent or factor columns."""
    yield _header(FIGURE_COLUMNS, style)
    for figure in figures:
        change = figure.change or {}
        yield _csv_line((
            *_document(figure.source), figure.metric, figure.value,
            figure.unit, figure.approx, figure.kind, figure.period, change.get("percent"),
            change.get("factor"), _joined(figure.parties), _named(figure.parties, names),
            _spans(figure.evidence), _evidence_text(figure.evidence),
            *_quality(figure.confidence, figure.source),
        ), style)


GRAPHML_KEYS = (  # id, for, attr.name, attr.type
    ("name", "node", "name", "string"),
    ("type", "node", "type", "string"),
    ("node_weight", "node", "weight", "int"),
    ("weight", "edge", "weight", "int"),
    ("facts", "edge", "facts", "int"),
    ("confidence", "edge", "confidence", "double"),
    ("sectors", "edge", "sectors", "string"),
    ("first_date", "edge", "first_date", "string"),
    ("last_date", "edge", "last_date", "string"),
    ("documents", "edge", "documents", "string"),
)
NO_DETAILS: Mapping[tuple[str, str], EdgeDetails] = {}


def graph_graphml(graph: Graph, details: Mapping[tuple[str, str], EdgeDetails] = NO_DETAILS
                  ) -> str:
    """The graph as an undirected GraphML document; with `details`, each edge also
    carries its sectors, first and last dates and documents ('; '-joined)."""
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
        more = details.get((edge.source, edge.target))
        if more is not None:
            _data(element, sectors=_joined(more.sectors) or None, first_date=more.first_date,
                  last_date=more.last_date, documents=_joined(more.documents))
    return ElementTree.tostring(root, encoding="unicode", xml_declaration=True) + "\n"


def _data(element: ElementTree.Element, **values: Any) -> None:
    for key, value in values.items():
        if value is not None:
            ElementTree.SubElement(element, f"{{{GRAPHML_NS}}}data", {"key": key}).text = str(value)
