"""The overview, `/`: totals, latest events, the most active pairs, a small map of
the regions, events per month,
the documents (all, on or off topic, a page at a time), the most reported entities and
the inputs rejected at ingest with their reasons."""

from __future__ import annotations

from sqlalchemy.orm import Session

from coopwatch.records import Relevance
from coopwatch.records.labels import label
from coopwatch.store import read
from coopwatch.web import charts, map_page
from coopwatch.web import format as cell
from coopwatch.web.cache import kept
from coopwatch.web.errors import PageError, QueryArgs
from coopwatch.web.layout import esc, link, section, table, tag, topic

PAGE_SIZE = 25
TOP_ENTITIES = 20
LATEST = 10
PAIRS = 10
REJECTIONS = 20

# (value of ?on_topic, label of the filter link)
TOPIC_FILTERS: tuple[tuple[bool | None, str], ...] = (
    (None, "все"), (True, "по теме"), (False, "не по теме"),
)


def render(session: Session, args: QueryArgs) -> str:
    number = args.number("page", 1)
    on_topic = args.flag("on_topic")
    listed = read.count_documents(session, on_topic=on_topic)
    last = max(1, -(-listed // PAGE_SIZE))
    if number > last:
        raise PageError(f"Страницы {number} нет: всего страниц {last}.", status=404)
    documents = read.list_documents(session, limit=PAGE_SIZE, offset=(number - 1) * PAGE_SIZE,
                                    on_topic=on_topic)
    totals = kept(session, "counts", lambda: read.counts(session))
    return (
        tag("h1", "Обзор")
        + tag("p", esc(f"{totals.documents} документов, {totals.entities} сущностей, "
                       f"{totals.facts} фактов, {totals.rejections} отклонено"),
              class_="totals")
        + section("События по месяцам", _months(session))
        + section("Последние события", _latest(session))
        + section("Самые активные пары", _pairs(session))
        + section("Карта регионов", map_page.overview_map(session))
        + section("Документы", _topic_filter(on_topic) + _documents(documents)
                  + _pager(number, last, on_topic))
        + section("Чаще всего упоминаются", _entities(session))
        + section("Отклонённые при загрузке", _rejections(session))
    )


def _months(session: Session) -> str:
    months = kept(session, "months", lambda: read.events_per_month(session))
    undated = sum(count for month, count in months if month == read.UNDATED)
    dated = [(month, count) for month, count in months if month != read.UNDATED]
    note = tag("p", esc(f"Без даты: {undated}."), class_="found") if undated else ""
    return charts.bars(dated, "События по месяцам") + note


def _latest(session: Session) -> str:
    events = read.list_events(session, limit=LATEST)
    names = read.entity_names(session, cell.keys_of(events.items))
    rows = [(cell.date(e.date, e.source.published), cell.coded("event_type", e.type),
             cell.event_title(e, names), cell.entities(e.participants, names),
             cell.evidence(e.source.document_id, "event", e.source.ordinal, e.evidence))
            for e in events.items]
    return table(["дата", "тип", "что", "участники", "основание"], rows, class_="latest")


def _pairs(session: Session) -> str:
    graph = kept(session, "pairs", lambda: read.cooperation_graph(session, limit=PAIRS))
    names = {node.key: node.name or node.key for node in graph.nodes}
    rows = [(cell.entity(e.source, names), cell.entity(e.target, names), esc(e.facts),
             esc(e.weight), link(f"/graph?edge={e.source},{e.target}#pair", "факты"))
            for e in graph.edges]
    return table(["сторона", "сторона", "фактов сотрудничества", "документов", ""], rows,
                 class_="pairs")


def _documents(documents: list[read.DocumentSummary]) -> str:
    rows = [
        (link(f"/documents/{d.id}", d.title or d.id), cell.date(d.published),
         _origin(d), _topic_cell(d.relevance), esc(d.entity_count), esc(d.fact_count))
        for d in documents
    ]
    headers = ["заголовок", "дата", "источник", "тема", "сущности", "факты"]
    return table(headers, rows, class_="documents")


def _origin(document: read.DocumentSummary) -> str:
    if document.url:
        return link(document.url, document.url.split("/")[2] if "//" in document.url
                    else document.url)
    return esc("файл" if document.path else None)


def _entities(session: Session) -> str:
    entities = kept(session, "top entities",
                    lambda: read.list_entities(session, limit=TOP_ENTITIES))
    return table(
        ["сущность", "тип", "документы", "упоминания"],
        [(cell.entity(e.key, {e.key: e.name}), esc(label("entity_type", e.type)),
          esc(e.document_count), esc(e.mention_count)) for e in entities],
        class_="entities",
    )


def _rejections(session: Session) -> str:
    rejected = read.list_rejections(session, limit=REJECTIONS)
    if not rejected:
        return tag("p", "Отклонённых нет.", class_="empty")
    rows = [(esc(r.path.replace("\\", "/").rsplit("/", 1)[-1]), cell.coded("reason", r.reason),
             esc(r.detail), esc(r.ingested_at[:10])) for r in rejected]
    return table(["файл", "причина", "подробности", "когда"], rows, class_="rejections")


def _href(page_number: int, on_topic: bool | None) -> str:
    """The list's address for a page and a topic filter."""
    topic_query = "" if on_topic is None else f"on_topic={str(on_topic).lower()}"
    if page_number == 1 and topic_query:
        return f"/?{topic_query}"
    return f"/?page={page_number}" + (f"&{topic_query}" if topic_query else "")


def _topic_cell(relevance: Relevance | None) -> str:
    """«по теме» / «не по теме» with the score on hover; a dash for a version-1 card."""
    if relevance is None:
        return esc(None)
    return tag("span", esc(topic(relevance)), title=f"{relevance.score:.2f}",
               class_="on-topic" if relevance.on_topic else "off-topic")


def _topic_filter(current: bool | None) -> str:
    """Links to the list of all documents, of those on topic and of those off topic."""
    parts = [tag("strong", esc(label_)) if value is current
             else link(_href(1, value) if value is not None else "/", label_)
             for value, label_ in TOPIC_FILTERS]
    return tag("nav", " · ".join(parts), class_="topics")


def _pager(current: int, last: int, on_topic: bool | None) -> str:
    """Links to the previous and next pages, and where we are."""
    parts = [link(_href(current - 1, on_topic), "← назад")] if current > 1 else []
    parts.append(tag("span", esc(f"страница {current} из {last}")))
    if current < last:
        parts.append(link(_href(current + 1, on_topic), "дальше →"))
    return tag("nav", " ".join(parts), class_="pager")
