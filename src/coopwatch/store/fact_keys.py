"""The identity of a fact across documents: a stable hash of what it asserts.

Two reports are the same fact when they agree on the kind, the subtype (event type,
figure metric, position title), the status and date, the parties in their roles (entity
keys as stored, after merging), and for a figure its value, unit, approximation and
change, for a flow its goods. Evidence, titles of events and sectors are wording, not
identity: they may differ between sources of one fact.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from typing import Any

from coopwatch.store.facts import FlatFact, Parties

FIGURE_FIELDS = ("value", "unit", "approx", "change")


def resolve_parties(parties: Parties, stored_keys: Mapping[str, str]) -> Parties:
    """The parties with each card key replaced by the key of the entity it merged into."""
    resolved = ((stored_keys.get(key, key), role) for key, role in parties)
    return tuple(dict.fromkeys(resolved))


def identity(fact: FlatFact, parties: Parties) -> dict[str, Any]:
    """What makes a fact the same fact, as plain JSON data."""
    ident: dict[str, Any] = {
        "kind": fact.kind, "subtype": fact.subtype, "status": fact.status, "date": fact.date,
        "parties": sorted([role, key] for key, role in parties),
    }
    if fact.kind == "figure":
        ident.update({name: fact.payload.get(name) for name in FIGURE_FIELDS})
    if fact.kind == "flow":
        ident["goods"] = sorted(good.casefold() for good in fact.payload.get("goods", ()))
    return ident


def fact_key(fact: FlatFact, parties: Parties) -> str:
    """sha256 of the fact's identity in canonical JSON, in hex (64 characters)."""
    data = json.dumps(identity(fact, parties), ensure_ascii=False, sort_keys=True,
                      separators=(",", ":"))
    return hashlib.sha256(data.encode("utf-8")).hexdigest()
