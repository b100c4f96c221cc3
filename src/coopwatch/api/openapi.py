"""The OpenAPI document: FastAPI's, with the card declared by the card's own JSON Schema.

A card (GET /api/documents/{id}) is described by `schema/card.schema.json`, the schema
`coopwatch validate` checks cards with, so /docs shows every section and field of it
and the answer is checked against the very schema the cards are made to. Its `$defs`
become components named `Card` + the definition's name (`CardEvent`, `CardSpan`, …).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from importlib import resources
from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

from coopwatch.api.schemas import ERROR_MODELS, REF

CARD = "Card"
CARD_REF = {"$ref": f"#/components/schemas/{CARD}"}
_DEFS_PREFIX = "#/$defs/"


def card_components() -> dict[str, Any]:
    """The card's JSON Schema as OpenAPI components: `Card` and one per definition."""
    text = (resources.files("coopwatch") / "schema" / "card.schema.json").read_text("utf-8")
    schema = json.loads(text)
    definitions = schema.pop("$defs", {})
    for key in ("$schema", "$id"):
        schema.pop(key, None)
    components = {_component(name): body for name, body in definitions.items()}
    components[CARD] = schema
    rewritten: dict[str, Any] = _rewrite_refs(components)
    return rewritten


def _component(name: str) -> str:
    return CARD + "".join(part.capitalize() for part in name.split("_"))


def _rewrite_refs(node: Any) -> Any:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(_DEFS_PREFIX):
            node = {**node, "$ref": "#/components/schemas/"
                    + _component(ref.removeprefix(_DEFS_PREFIX))}
        return {key: _rewrite_refs(value) for key, value in node.items()}
    if isinstance(node, list):
        return [_rewrite_refs(value) for value in node]
    return node


def openapi_with_cards(app: FastAPI) -> Callable[[], dict[str, Any]]:
    """An `app.openapi` that adds the card components to FastAPI's document, once."""

    def build() -> dict[str, Any]:
        if app.openapi_schema is None:
            document = get_openapi(title=app.title, version=app.version,
                                   description=app.description, routes=app.routes)
            components = document.setdefault("components", {}).setdefault("schemas", {})
            components.update(card_components())
            for model in ERROR_MODELS:
                schema = model.model_json_schema(ref_template=REF + "{model}")
                components.update(schema.pop("$defs", {}))
                components[model.__name__] = schema
            app.openapi_schema = document
        return app.openapi_schema

    return build
