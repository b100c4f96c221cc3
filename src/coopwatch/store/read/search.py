"""Full-text search over the documents as a paged answer (the index is `store.search`)."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

from coopwatch.store import search
from coopwatch.store.read.filters import DEFAULT_LIMIT, BadQuery, check_page
from coopwatch.store.read.results import Page
from coopwatch.store.search import SearchHit

SQLITE_SEARCH_COUNT = text(
    f"SELECT count(*) FROM {search.SEARCH_TABLE} WHERE {search.SEARCH_TABLE} MATCH :query")


POSTGRESQL_SEARCH_COUNT = text(
    f"SELECT count(*) FROM {search.SEARCH_TABLE} s, plainto_tsquery('russian', :query) q "
    "WHERE s.vector @@ q")


def search_documents(
    session: Session, *, query: str, limit: int = DEFAULT_LIMIT, offset: int = 0
) -> Page[SearchHit]:
    """Documents with every word of `query` in any form, best first, with a snippet
    (`coopwatch.store.search`), and how many match in all."""
    check_page(limit, offset)
    terms = search.default_terms()
    wanted = list(dict.fromkeys(term.term for term in terms.terms(query)))
    if not wanted:
        raise BadQuery("the search query must contain at least one word")
    hits = search.search(session, query=query, limit=limit, offset=offset, terms=terms)
    return Page(_search_total(session, wanted), limit, offset, tuple(hits))


def _search_total(session: Session, wanted: list[str]) -> int:
    """How many documents match the terms (the count behind `search.search`'s pages)."""
    if session.get_bind().dialect.name == "sqlite":
        match = " ".join(f'"{word}"' for word in wanted)
        return session.scalar(SQLITE_SEARCH_COUNT, {"query": match}) or 0
    return session.scalar(POSTGRESQL_SEARCH_COUNT, {"query": " ".join(wanted)}) or 0
