"""HTML routes: the document list (with top entities) and one document's card."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.responses import HTMLResponse

from coopwatch.api.deps import SessionDep
from coopwatch.store import read
from coopwatch.web import card_page
from coopwatch.web.layout import esc, link, page, section, table, tag

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)

PAGE_SIZE = 25
TOP_ENTITIES = 20


@router.get("/")
def index(session: SessionDep, page_number: Annotated[int, Query(alias="page", ge=1)] = 1) -> str:
    """Documents, newest first, a page at a time; beside them the most reported entities."""
    offset = (page_number - 1) * PAGE_SIZE
    documents = read.list_documents(session, limit=PAGE_SIZE, offset=offset)
    totals = read.counts(session)
    entities = read.list_entities(session, limit=TOP_ENTITIES)
    rows = [
        (link(f"/documents/{d.id}", d.title or d.id), esc(d.published), esc(d.path or d.url),
         esc(d.entity_count), esc(d.fact_count))
        for d in documents
    ]
    body = (
        tag("p", esc(f"{totals.documents} документов, {totals.entities} сущностей, "
                     f"{totals.facts} фактов, {totals.rejections} отклонено"), class_="totals")
        + section("Документы", table(["заголовок", "дата", "источник", "сущности", "факты"],
                                     rows, class_="documents")
                  + _pager(page_number, totals.documents))
        + section("Чаще всего упоминаются", table(
            ["сущность", "ключ", "тип", "документы", "упоминания"],
            [(esc(e.name), tag("code", esc(e.key)), esc(e.type), esc(e.document_count),
              esc(e.mention_count)) for e in entities],
            class_="entities",
        ))
    )
    return page("coopwatch", body)


def _pager(current: int, total: int) -> str:
    """Links to the previous and next pages, and where we are."""
    last = max(1, -(-total // PAGE_SIZE))
    parts = [link(f"/?page={current - 1}", "← назад")] if current > 1 else []
    parts.append(tag("span", esc(f"страница {current} из {last}")))
    if current < last:
        parts.append(link(f"/?page={current + 1}", "дальше →"))
    return tag("nav", " ".join(parts), class_="pager")


@router.get("/documents/{doc_id}")
def document(doc_id: str, session: SessionDep) -> HTMLResponse:
    """One card: source, text with evidence highlighted, entities and facts."""
    card = read.get_card(session, doc_id=doc_id)
    if card is None:
        body = tag("p", esc(f"Документ {doc_id!r} не найден.")) + link("/", "← к списку")
        return HTMLResponse(page("не найден", body), status_code=404)
    return HTMLResponse(page(card.source.title or card.id, card_page.render(card)))
