"""The JSON API under /api, one module per resource; each route only calls a query."""

from __future__ import annotations

from fastapi import APIRouter

from coopwatch.api import schemas
from coopwatch.api.routes import documents, entities, exports, facts, graph, search

# Every route may answer 422 (a bad parameter, or a NUL refused by `security.Guard`).
router = APIRouter(prefix="/api", responses=schemas.errors(422))
for module in (documents, entities, facts, graph, search, exports):
    router.include_router(module.router)

__all__ = ["router"]
