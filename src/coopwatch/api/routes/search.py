"""Full-text search over the documents' texts."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from coopwatch.api.deps import SessionDep
from coopwatch.api.params import Limit, Offset
from coopwatch.store import read

router = APIRouter(tags=["search"])


@router.get("/search", response_model=read.SearchPage)
def search(
    session: SessionDep,
    q: Annotated[str, Query(min_length=1, description="Words, e.g. 'поставки тракторов'.")],
    limit: Limit = 50, offset: Offset = 0,
) -> dict[str, Any]:
    """Documents matching the words of `q`, with a snippet, best first. Only the 1,000
    matching documents indexed last are ranked and paged: `total` counts them, and
    `more` is true when older documents match as well."""
    return read.search_documents(session, query=q, limit=limit, offset=offset).to_json()
