"""HTML routes, one module per page: `/` (overview), `/entities/{key}` (profile),
`/graph`, `/map`, `/facts` (explorer), `/search?q=`, `/documents/{id}`.

The pages read their query parameters themselves (`QueryArgs`), so that bad input
(a page number, a date, an unknown name or key) gets a Russian page with a 422 or 404
status instead of a JSON error (`errors.friendly`).
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from coopwatch.api.deps import SessionDep
from coopwatch.store import read
from coopwatch.web import (
    card_page,
    explorer,
    graph_page,
    map_page,
    overview,
    profile,
    search_page,
)
from coopwatch.web.errors import PageError, QueryArgs, friendly
from coopwatch.web.layout import page

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)


def _args(request: Request) -> QueryArgs:
    params = request.query_params
    return QueryArgs(dict(params), {key: params.getlist(key) for key in params})


@router.get("/")
def index(request: Request, session: SessionDep) -> HTMLResponse:
    """Totals, latest events, active pairs, events per month, documents, rejections."""
    return friendly(lambda: page("coopwatch — обзор", overview.render(session, _args(request))))


@router.get("/facts")
def facts(request: Request, session: SessionDep) -> HTMLResponse:
    """Events, figures or flows with filters, sorting, pages and CSV export."""
    return friendly(lambda: page("Факты — coopwatch", explorer.render(session, _args(request))))


@router.get("/graph")
def graph(request: Request, session: SessionDep) -> HTMLResponse:
    """The cooperation graph with filters; `edge=A,B` lists the pair's facts."""
    return friendly(lambda: page("Граф — coopwatch", graph_page.render(session, _args(request))))


@router.get("/map")
def region_map(request: Request, session: SessionDep) -> HTMLResponse:
    """Russia's regions and partner countries' regions, shaded by their facts."""
    return friendly(lambda: page("Карта — coopwatch", map_page.render(session, _args(request))))


@router.get("/search")
def search(request: Request, session: SessionDep) -> HTMLResponse:
    """Entities and documents matching the words of `q`."""
    def render() -> str:
        query, body = search_page.render(session, _args(request))
        return page(f"Поиск: {query} — coopwatch" if query else "Поиск — coopwatch", body,
                    query=query)

    return friendly(render)


@router.get("/entities/{key:path}")
def entity(key: str, session: SessionDep) -> HTMLResponse:
    """One entity's profile."""
    def render() -> str:
        title, body = profile.render(session, key)
        return page(f"{title} — coopwatch", body)

    return friendly(render)


@router.get("/documents/{doc_id}")
def document(doc_id: str, session: SessionDep) -> HTMLResponse:
    """One card: source, text with each fact kind's evidence coloured, entities, facts."""
    def render() -> str:
        card = read.get_card(session, doc_id=doc_id)
        text = read.document_text_with_evidence(session, doc_id=doc_id)
        if card is None or text is None:
            raise PageError(f"Документ «{doc_id}» не найден.", status=404)
        return page(card.source.title or card.id, card_page.render(card, text))

    return friendly(render)
