"""The JSON API under /api, one module per resource; each route only calls a query."""

from __future__ import annotations

from fastapi import APIRouter

from coopwatch.api.routes import documents, entities, exports, facts, graph, search

router = APIRouter(prefix="/api")
for module in (documents, entities, facts, graph, search, exports):
    router.include_router(module.router)

__all__ = ["router"]
