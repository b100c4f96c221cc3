"""The state of `coopwatch watch` per source: GET /api/watch/sources."""

from __future__ import annotations

from dataclasses import asdict
from datetime import datetime
from typing import Any

from fastapi import APIRouter
from pydantic import BaseModel

from coopwatch.api import schemas
from coopwatch.api.deps import SessionDep, SettingsDep
from coopwatch.store import watch as state

router = APIRouter(prefix="/api", tags=["watch"], responses=schemas.errors(422))


class WatchedSource(BaseModel):
    """A source of `coopwatch watch` and its state."""

    name: str
    url: str
    kind: str | None
    interval: int | None
    configured: bool
    last_fetch_at: datetime | None
    last_success_at: datetime | None
    last_status: str | None
    last_error: str | None
    last_error_at: datetime | None
    new_documents: int
    documents: int
    errors: int
    next_run_at: datetime | None


def source_report(session: SessionDep, settings: SettingsDep) -> list[dict[str, Any]]:
    """Every source of the settings, then any other the store remembers, with its state:
    last fetch, last success, last status and error, documents stored by the last pass
    and in all, errors, next run. `configured` is false for a source no longer listed."""
    known = {status.name: status for status in state.source_statuses(session)}
    found = []
    for source in settings.sources:
        status = known.pop(source.name, None)
        found.append({"name": source.name, "url": source.url, "kind": source.kind,
                      "interval": source.interval, "configured": True}
                     | _state(status))
    for status in known.values():
        found.append({"name": status.name, "url": status.url, "kind": None,
                      "interval": None, "configured": False} | _state(status))
    return found


def _state(status: state.SourceStatus | None) -> dict[str, Any]:
    if status is None:
        return {"last_fetch_at": None, "last_success_at": None, "last_status": None,
                "last_error": None, "last_error_at": None, "new_documents": 0,
                "documents": 0, "errors": 0, "next_run_at": None}
    values = asdict(status)
    for name in ("name", "url", "etag", "last_modified"):
        values.pop(name)
    return values


@router.get("/watch/sources", response_model=list[WatchedSource])
def watch_sources(session: SessionDep, settings: SettingsDep) -> list[dict[str, Any]]:
    """Each watched source: last fetch, new documents, errors and the next run."""
    return source_report(session, settings)
