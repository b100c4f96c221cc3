"""The cooperation graph, `/graph`: an SVG drawn on the server, with filters.

Nodes are entities placed by a small force layout (deterministic: the same graph is
drawn the same way); a node links to its profile, an edge to this page with
`edge=A,B`, which lists that pair's facts with their evidence under the graph.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import lru_cache
from typing import Any
from urllib.parse import urlencode

import numpy as np
from sqlalchemy.orm import Session

from coopwatch.records import ENTITY_TYPES, EVENT_TYPES, GEO_KINDS, SECTORS
from coopwatch.records.labels import label
from coopwatch.store import read
from coopwatch.web import format as cell
from coopwatch.web.cache import kept
from coopwatch.web.errors import PageError, QueryArgs
from coopwatch.web.forms import coded, field, select
from coopwatch.web.layout import esc, link, section, table, tag

EDGES_SHOWN = 60
WIDTH, HEIGHT = 900, 560
ROUNDS = 50
GRAVITY = 0.5  # pulls components that no edge joins towards the middle
FORM_FIELDS = ("country", "type", "geo_kind", "sector", "kind", "event_type", "since", "until",
               "min_confidence")


def render(session: Session, args: QueryArgs) -> str:
    wanted = _wanted(args)
    filters = read.GraphFilters(**wanted)
    graph = kept(session, ("graph", filters.model_dump_json()), lambda: read.cooperation_graph(
        session, filters=filters, limit=EDGES_SHOWN))
    query = [(name, args.text(name) or "") for name in FORM_FIELDS if args.text(name)]
    body = (tag("h1", "Граф сотрудничества") + _form(args)
            + tag("p", esc(f"Рёбер: {graph.total_edges}, показано {len(graph.edges)}; "
                           f"узлов: {len(graph.nodes)}. Толщина ребра — число документов; "
                           "щёлкните узел, чтобы открыть профиль, или ребро, чтобы увидеть "
                           "факты пары."), class_="found")
            + _legend() + _drawing(graph, query))
    edge = args.text("edge")
    if edge:
        body += _pair(session, edge, query)
    body += section("Рёбра", _edges_table(graph, query))
    return body


def _wanted(args: QueryArgs) -> dict[str, Any]:
    kind = args.text("kind")
    kinds = list(read.GRAPH_KINDS) if kind == "all" else [kind] if kind else ["cooperation"]
    if args.text("event_type") and "event" not in kinds:
        kinds = ["event"]
    wanted: dict[str, Any] = {
        "country": args.text("country"), "type": args.text("type"),
        "geo_kind": args.text("geo_kind"), "sector": args.text("sector"),
        "event_type": args.text("event_type"), "since": args.text("since"),
        "until": args.text("until"), "min_confidence": args.fraction("min_confidence"),
        "kind": kinds,
    }
    return {key: value for key, value in wanted.items() if value is not None}


def layout(nodes: Sequence[str], edges: Sequence[tuple[str, str, int]]
           ) -> dict[str, tuple[float, float]]:
    """Positions in [0, 1]² by a Fruchterman-Reingold layout started on a circle."""
    count = len(nodes)
    if count == 0:
        return {}
    index = {key: n for n, key in enumerate(nodes)}
    angles = 2 * np.pi * np.arange(count) / count
    place = np.column_stack([0.5 + 0.4 * np.cos(angles), 0.5 + 0.4 * np.sin(angles)])
    ends = np.array([(index[s], index[t]) for s, t, _ in edges], dtype=int).reshape(-1, 2)
    ideal = math.sqrt(1.0 / count)
    for round_ in range(ROUNDS):
        delta = place[:, None, :] - place[None, :, :]
        far = np.maximum(np.linalg.norm(delta, axis=2), 0.01)
        shift = (delta / far[:, :, None] * (ideal * ideal / far)[:, :, None]).sum(axis=1)
        shift -= GRAVITY * count * ideal * (place - 0.5)
        between = place[ends[:, 0]] - place[ends[:, 1]]
        length = np.maximum(np.linalg.norm(between, axis=1), 0.01)
        pull = between / length[:, None] * (length * length / ideal)[:, None]
        np.subtract.at(shift, ends[:, 0], pull)
        np.add.at(shift, ends[:, 1], pull)
        heat = 0.1 * (1 - round_ / ROUNDS) + 0.005
        size = np.maximum(np.linalg.norm(shift, axis=1), 1e-9)
        place += shift / size[:, None] * np.minimum(size, heat)[:, None]
        place[:, 0] = np.clip(place[:, 0], 0.03, 0.97)
        place[:, 1] = np.clip(place[:, 1], 0.05, 0.95)
    return {key: (float(place[n, 0]), float(place[n, 1])) for key, n in index.items()}


@lru_cache(maxsize=256)
def _layout(nodes: tuple[str, ...], edges: tuple[tuple[str, str, int], ...]
            ) -> dict[str, tuple[float, float]]:
    """`layout`, computed once per graph."""
    return layout(nodes, edges)


def _node_class(node: read.GraphNode, countries: set[str]) -> str:
    if node.type == "GEO":
        return "n-country" if node.key in countries else "n-region"
    return "n-org" if node.type == "ORG" else "n-per"


def _drawing(graph: read.Graph, query: list[tuple[str, str]]) -> str:
    if not graph.edges:
        return tag("p", "Рёбер нет: ослабьте фильтры.", class_="empty")
    where = _layout(tuple(node.key for node in graph.nodes),
                    tuple((e.source, e.target, e.weight) for e in graph.edges))
    top = max(edge.weight for edge in graph.edges)
    countries = {n.key for n in graph.nodes if n.type == "GEO" and "-" not in n.key}
    names = {n.key: n.name or n.key for n in graph.nodes}
    heaviest = max(n.weight for n in graph.nodes)
    marks = []
    for edge in graph.edges:
        (x1, y1), (x2, y2) = where[edge.source], where[edge.target]
        coords = {"x1": f"{x1 * WIDTH:.1f}", "y1": f"{y1 * HEIGHT:.1f}",
                  "x2": f"{x2 * WIDTH:.1f}", "y2": f"{y2 * HEIGHT:.1f}"}
        hint = f"{names[edge.source]} — {names[edge.target]}: {edge.facts} фактов"
        marks.append(tag("a", tag("title", esc(hint))
                         + tag("line", "", **coords, class_="edge",
                               stroke_width=f"{1 + 5 * edge.weight / top:.1f}")
                         + tag("line", "", **coords, class_="edge-hit"),
                         href=_href(query, edge=f"{edge.source},{edge.target}") + "#pair",
                         class_="edge-link", data_edge=f"{edge.source},{edge.target}"))
    for node in graph.nodes:
        x, y = where[node.key]
        radius = 5 + 9 * math.sqrt(node.weight / heaviest)
        marks.append(tag("a", tag("title", esc(f"{node.name or node.key} ({node.key})"))
                         + tag("circle", "", cx=f"{x * WIDTH:.1f}", cy=f"{y * HEIGHT:.1f}",
                               r=f"{radius:.1f}", class_=_node_class(node, countries))
                         + tag("text", esc(node.name or node.key),
                               x=f"{x * WIDTH + (radius if x < 0.7 else -radius):.1f}",
                               y=f"{y * HEIGHT - radius:.1f}", class_="label",
                               text_anchor="start" if x < 0.7 else "end"),
                         href=f"/entities/{node.key}", class_="node", data_key=node.key))
    return tag("svg", "".join(marks), viewBox=f"0 0 {WIDTH} {HEIGHT}", class_="graph",
               role="img", xmlns="http://www.w3.org/2000/svg")


def _legend() -> str:
    kinds = (("n-country", "страна"), ("n-region", "регион, провинция, город"),
             ("n-org", "организация"), ("n-per", "персона"))
    return tag("p", "".join(tag("span", esc(text), class_=f"swatch {kind}")
                            for kind, text in kinds), class_="legend")


def _href(query: list[tuple[str, str]], **extra: str) -> str:
    return "/graph?" + urlencode([*query, *extra.items()])


def _pair(session: Session, edge: str, query: list[tuple[str, str]]) -> str:
    first, second = (read.resolve_entity(session, key) for key in read.parse_pair(edge))
    total, facts = read.pair_facts(session, first=first, second=second)
    names = read.entity_names(session, [first, second])
    if not facts:
        raise PageError(f"У пары {names.get(first, first)} — {names.get(second, second)} "
                        "нет общих фактов.", status=404)
    rows = [(cell.coded("fact_kind", fact.kind), cell.date(fact.date, fact.published),
             _summary(fact), link(f"/documents/{fact.document_id}",
                                  fact.document_title or fact.document_id),
             cell.evidence(fact.document_id, fact.kind, fact.ordinal, fact.evidence),
             cell.confidence(fact.confidence))
            for fact in facts]
    title = (f"Факты пары: {names.get(first, first)} — {names.get(second, second)} "
             f"({total})")
    return tag("section", tag("h2", esc(title))
               + table(["вид", "дата", "что", "документ", "основание", "уверенность"], rows,
                       class_="pair-facts")
               + tag("p", link(_href(query), "← закрыть")), id="pair")


def _summary(fact: read.PairFact) -> str:
    data = fact.payload
    if fact.kind == "event":
        kind = label("event_type", data.get("type")) or ""
        return esc(data.get("title") or kind.capitalize())
    if fact.kind == "figure":
        return esc(f"{label('metric', data.get('metric'))}: {cell.number(data.get('value'))} "
                   f"{data.get('unit') or ''}".strip())
    if fact.kind == "flow":
        return esc(", ".join(data.get("goods") or ()) or "поставки")
    return esc(", ".join(label("sector", s) or s for s in data.get("sectors") or ())
               or label("fact_kind", fact.kind))


def _edges_table(graph: read.Graph, query: list[tuple[str, str]]) -> str:
    names = {n.key: n.name or n.key for n in graph.nodes}
    rows = [(cell.entity(e.source, names), cell.entity(e.target, names), esc(e.weight),
             esc(e.facts), cell.confidence(e.confidence),
             link(_href(query, edge=f"{e.source},{e.target}") + "#pair", "факты"))
            for e in graph.edges]
    return table(["сторона", "сторона", "документов", "фактов", "уверенность", ""], rows,
                 class_="edges")


def _form(args: QueryArgs) -> str:
    kinds = [("", "сотрудничество"), ("event", "события"), ("figure", "показатели"),
             ("flow", "поставки"), ("all", "все факты")]
    fields = [
        field(args, "country", "страна или регион", "Китай"),
        select(args, "type", "тип сущностей", coded("entity_type", ENTITY_TYPES)),
        select(args, "geo_kind", "вид места", coded("geo_kind", GEO_KINDS)),
        select(args, "sector", "отрасль", coded("sector", SECTORS)),
        select(args, "kind", "рёбра из", kinds),
        select(args, "event_type", "тип события", coded("event_type", EVENT_TYPES)),
        field(args, "since", "с даты", "2024"), field(args, "until", "по дату", "2025-06"),
        field(args, "min_confidence", "уверенность от", "0.8"),
        tag("button", "Показать", type="submit"), link("/graph", "сбросить"),
    ]
    return tag("form", "".join(fields), action="/graph", method="get", class_="filters")
