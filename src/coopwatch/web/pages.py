"""HTML routes: the document list (with top entities) and one document's card.

The list shows whether each document is on topic (schema 2) and filters on it with
`?on_topic=true` / `false`; a version-1 card is neither and shows a dash.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.responses import HTMLResponse

from coopwatch.api.deps import SessionDep
from coopwatch.records import Relevance
from coopwatch.store import read
from coopwatch.web import card_page
from coopwatch.web.layout import esc, link, page, section, table, tag, topic

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)

PAGE_SIZE = 25
TOP_ENTITIES = 20


# (value of ?on_topic, label of the filter link)
TOPIC_FILTERS: tuple[tuple[bool | None, str], ...] = (
    (None, "все"), (True, "по теме"), (False, "не по теме"),
)


@router.get("/")
def index(
    session: SessionDep, page_number: Annotated[int, Query(alias="page", ge=1, le=read.MAX_INTEGER)] = 1,
    on_topic: bool | None = None,
) -> str:
    """Documents, newest first, a page at a time, all or only those on (off) topic; beside
    them the most reported entities."""
    offset = (page_number - 1) * PAGE_SIZE
    documents = read.list_documents(session, limit=PAGE_SIZE, offset=offset, on_topic=on_topic)
    listed = read.count_documents(session, on_topic=on_topic)
    totals = read.counts(session)
    entities = read.list_entities(session, limit=TOP_ENTITIES)
    rows = [
        (link(f"/documents/{d.id}", d.title or d.id), esc(d.published), esc(d.path or d.url),
         _topic_cell(d.relevance), esc(d.entity_count), esc(d.fact_count))
        for d in documents
    ]
    headers = ["заголовок", "дата", "источник", "тема", "сущности", "факты"]
    body = (
        tag("p", esc(f"{totals.documents} документов, {totals.entities} сущностей, "
                     f"{totals.facts} фактов, {totals.rejections} отклонено"), class_="totals")
        + section("Документы", _topic_filter(on_topic)
                  + table(headers, rows, class_="documents")
                  + _pager(page_number, listed, on_topic))
        + section("Чаще всего упоминаются", table(
            ["сущность", "ключ", "тип", "документы", "упоминания"],
            [(esc(e.name), tag("code", esc(e.key)), esc(e.type), esc(e.document_count),
              esc(e.mention_count)) for e in entities],
            class_="entities",
        ))
    )
    return page("coopwatch", body)


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
    parts = [tag("strong", esc(label)) if value is current
             else link(_href(1, value) if value is not None else "/", label)
             for value, label in TOPIC_FILTERS]
    return tag("nav", " · ".join(parts), class_="topics")


def _pager(current: int, total: int, on_topic: bool | None) -> str:
    """Links to the previous and next pages, and where we are."""
    last = max(1, -(-total // PAGE_SIZE))
    parts = [link(_href(current - 1, on_topic), "← назад")] if current > 1 else []
    parts.append(tag("span", esc(f"страница {current} из {last}")))
    if current < last:
        parts.append(link(_href(current + 1, on_topic), "дальше →"))
    return tag("nav", " ".join(parts), class_="pager")


@router.get("/documents/{doc_id}")
def document(doc_id: str, session: SessionDep) -> HTMLResponse:
    """One card: source, text with evidence highlighted, entities and facts."""
    card = read.get_card(session, doc_id=doc_id)
    if card is None:
        body = tag("p", esc(f"Документ {doc_id!r} не найден.")) + link("/", "← к списку")
        return HTMLResponse(page("не найден", body), status_code=404)
    return HTMLResponse(page(card.source.title or card.id, card_page.render(card)))
