"""Full-text search over the documents as a paged answer (the index is `store.search`).

A search ranks at most `search.RANKED_MATCHES` matches, the documents indexed last:
`total` counts those, and `more` says that older documents match too and were left
out (a common word matches tens of thousands; ranking them all cost most of a cold
search). With fewer matches, every one is ranked and `more` is false.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy.orm import Session

from coopwatch.store import search
from coopwatch.store.read.filters import DEFAULT_LIMIT, BadQuery, check_page
from coopwatch.store.search import SearchHit


@dataclass(frozen=True)
class SearchPage:
    """A page of search hits, as a `Page` (`total`, `limit`, `offset`, `items`) with
    `more`: `total` counts the ranked matches (at most `search.RANKED_MATCHES`), `more`
    is true when older documents match as well and were not ranked."""

    total: int
    limit: int
    offset: int
    items: tuple[SearchHit, ...]
    more: bool = False

    def to_json(self) -> dict[str, Any]:
        return {"total": self.total, "limit": self.limit, "offset": self.offset,
                "items": [asdict(item) for item in self.items], "more": self.more}


def search_documents(
    session: Session, *, query: str, limit: int = DEFAULT_LIMIT, offset: int = 0
) -> SearchPage:
    """Documents with every word of `query` in any form, best first, with a snippet
    (`coopwatch.store.search`), among the matches indexed last; how many were ranked,
    and whether more match."""
    check_page(limit, offset)
    terms = search.default_terms()
    wanted = search.query_terms(query, terms)
    if not wanted:
        raise BadQuery("the search query must contain at least one word")
    matches = search.ranked_matches(session, wanted)
    hits = search.search(session, query=query, limit=limit, offset=offset, terms=terms,
                         matches=matches) if offset < matches.ranked else []
    return SearchPage(matches.ranked, limit, offset, tuple(hits), more=matches.more)
