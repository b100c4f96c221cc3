"""Read-only questions to the knowledge base; the API routes, pages and CLI call these.

Every function is keyword-only over a Session and answers with the records of
`results`. One module per concern: `documents`, `facts`, `entities` (and profiles),
`graph`, `search`; `filters` checks the parameters. The names are gathered here, so a
caller writes `read.list_events(session, ...)`.
"""

from coopwatch.store.read.documents import (
    counts,
    document_text_with_evidence,
    get_card,
    iter_cards,
    list_documents,
    list_rejections,
    list_reprint_groups,
)
from coopwatch.store.read.entities import (
    entity_profile,
    find_entities,
    fold,
    list_entities,
    partners,
    sector_counts,
)
from coopwatch.store.read.facts import (
    event_filter,
    figure_filter,
    iter_events,
    iter_figures,
    list_events,
    list_figures,
    positions_of,
    positions_of_party,
    sources_of,
)
from coopwatch.store.read.filters import (
    DEFAULT_LIMIT,
    GRAPH_KINDS,
    MAX_LIMIT,
    PROFILE_LIMIT,
    BadQuery,
    Period,
    check_page,
    parse_pair,
    parse_period,
    period_bounds,
)
from coopwatch.store.read.graph import cooperation_graph, full_graph, graph_filter
from coopwatch.store.read.results import (
    DocumentSummary,
    DocumentText,
    EntityMatch,
    EntityProfile,
    EntitySummary,
    EventItem,
    Evidence,
    FactOrigin,
    FactSource,
    FigureItem,
    Graph,
    GraphEdge,
    GraphNode,
    Page,
    Partner,
    PositionHeld,
    PositionItem,
    RejectionSummary,
    ReprintGroup,
    StoreCounts,
    TextSegment,
)
from coopwatch.store.read.search import search_documents

__all__ = [
    "DEFAULT_LIMIT", "GRAPH_KINDS", "MAX_LIMIT", "PROFILE_LIMIT", "BadQuery",
    "DocumentSummary", "DocumentText", "EntityMatch", "EntityProfile", "EntitySummary",
    "EventItem", "Evidence", "FactOrigin", "FactSource", "FigureItem", "Graph", "GraphEdge",
    "GraphNode", "Page", "Partner", "Period", "PositionHeld", "PositionItem",
    "RejectionSummary", "ReprintGroup", "StoreCounts", "TextSegment", "check_page",
    "cooperation_graph", "counts", "document_text_with_evidence", "entity_profile",
    "event_filter", "figure_filter", "find_entities", "fold", "full_graph", "get_card",
    "graph_filter", "iter_cards", "iter_events", "iter_figures", "list_documents",
    "list_entities", "list_events", "list_figures", "list_rejections",
    "list_reprint_groups", "parse_pair", "parse_period", "partners", "period_bounds",
    "positions_of", "positions_of_party", "search_documents", "sector_counts", "sources_of",
]
