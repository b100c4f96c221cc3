"""A card's facts as flat, queryable rows: kind, subtype, status, date, parties, evidence.

Each fact kind says which field is its subtype (event type, figure metric, position
title), its status (event and flow status, figure kind) and its date (event date,
figure period), and which entity keys it refers to in which role
(`models.PARTY_ROLES`). Every kind carries its confidence (schema 2; None in a
version-1 card).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from coopwatch.records import Cooperation, Document, Event, Figure, Flow, Position, Span

Parties = tuple[tuple[str, str], ...]  # (entity key, role)
Described = tuple[str | None, str | None, str | None, Parties]  # subtype, status, date


@dataclass(frozen=True)
class FlatFact:
    """One fact of a card, ready to become a `FactRow` with its parties and evidence."""

    kind: str
    ordinal: int
    subtype: str | None
    status: str | None
    date: str | None
    payload: dict[str, Any]
    parties: Parties
    evidence: tuple[Span, ...]
    confidence: float | None = None


def _roles(role: str, keys: tuple[str, ...] | list[str]) -> Parties:
    return tuple((key, role) for key in keys)


def _position(fact: Position) -> Described:
    parties = _roles("person", [fact.person]) + _roles("of", [fact.of] if fact.of else [])
    return fact.title, None, None, parties


def _event(fact: Event) -> Described:
    parties = _roles("participant", fact.participants)
    parties += _roles("place", [fact.place] if fact.place else [])
    return fact.type, fact.status, fact.date, parties


def _figure(fact: Figure) -> Described:
    return fact.metric, fact.kind, fact.period, _roles("party", fact.parties)


def _flow(fact: Flow) -> Described:
    parties = _roles("from", [fact.source]) + _roles("to", [fact.target])
    return None, fact.status, None, parties


def _cooperation(fact: Cooperation) -> Described:
    return None, None, None, _roles("party", fact.parties)


KINDS = (
    ("position", "positions", _position),
    ("event", "events", _event),
    ("figure", "figures", _figure),
    ("flow", "flows", _flow),
    ("cooperation", "cooperation", _cooperation),
)


def flatten(doc: Document) -> Iterator[FlatFact]:
    """Every fact of the card, in card order, kind by kind."""
    for kind, attribute, describe in KINDS:
        for ordinal, fact in enumerate(getattr(doc, attribute)):
            subtype, status, date, parties = describe(fact)
            yield FlatFact(
                kind=kind, ordinal=ordinal, subtype=subtype, status=status, date=date,
                payload=fact.to_json(), parties=tuple(dict.fromkeys(parties)),
                evidence=fact.evidence, confidence=fact.confidence,
            )
