"""Entities named as people write them: keys or names in any case form, and back.

`resolve_entity` turns what a user typed in a filter (`RU-TA`, `Татарстан`,
`Татарстана`, `Китай`, `Heilongjiang`) into a stored key: a key as it is, otherwise the
entity whose name or alias has the same lemmas (the search index's morphology, so a
case form finds its nominative). An unknown name raises `BadQuery` with the closest
names as suggestions. `entity_names` gives the names of keys for display.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import TypeVar

import pycountry
from sqlalchemy import select
from sqlalchemy.orm import Session

from coopwatch.geo.gazetteer import Gazetteer
from coopwatch.store.models import EntityAliasRow, EntityRow, FactPartyRow
from coopwatch.store.read.filters import (
    BadQuery,
    EventFilters,
    FactFilters,
    FigureFilters,
    FlowFilters,
    parse_pair,
)
from coopwatch.store.search import default_terms

SUGGESTIONS = 5


@dataclass(frozen=True)
class Named:
    """An entity with every way of naming it, folded."""

    key: str
    name: str
    document_names: tuple[str, ...]


def fold(text: str | None) -> str | None:
    """Case and ё folded, for matching names as people type them."""
    return None if text is None else text.lower().replace("ё", "е")


def entity_names(session: Session, keys: Iterable[str]) -> dict[str, str]:
    """key -> canonical name for the stored entities among `keys`."""
    wanted = sorted(set(keys))
    if not wanted:
        return {}
    rows = session.execute(select(EntityRow.key, EntityRow.name).where(EntityRow.key.in_(wanted)))
    return {key: name for key, name in rows}


@lru_cache(maxsize=100_000)
def _lemmas(text: str) -> tuple[str, ...]:
    terms = default_terms()
    return tuple(term.term for term in terms.terms(text))


def _known(session: Session) -> list[Named]:
    aliases: dict[int, list[str]] = {}
    for entity_id, alias in session.execute(select(EntityAliasRow.entity_id,
                                                   EntityAliasRow.alias)):
        aliases.setdefault(entity_id, []).append(alias)
    return [Named(row.key, row.name, (row.name, *aliases.get(row.id, ())))
            for row in session.execute(select(EntityRow.id, EntityRow.key, EntityRow.name))]


def resolve_entity(session: Session, text: str) -> str:
    """The key of the entity `text` names (a key, a name or an alias in any case form)."""
    wanted = text.strip()
    if not wanted:
        raise BadQuery("an empty entity name: give a name (Татарстан) or a key (RU-TA)")
    if _stored_key(session, wanted) or gazetteer().get(wanted) is not None:
        return wanted
    known = _known(session)
    found = _by_name(wanted, known)
    if found is None:
        place = gazetteer().resolve(wanted)
        found = place.key if place is not None else _latin(wanted)
    if found is None:
        raise BadQuery(_unknown(wanted, known))
    return found


def _stored_key(session: Session, key: str) -> bool:
    """Whether an entity or a fact's party has this key."""
    return (session.scalar(select(EntityRow.key).where(EntityRow.key == key)) is not None
            or session.scalar(select(FactPartyRow.entity_key)
                              .where(FactPartyRow.entity_key == key).limit(1)) is not None)


def _by_name(wanted: str, known: list[Named]) -> str | None:
    """The key of the stored entity with this key (any case), name or alias: as typed
    (case and ё folded), then lemma by lemma."""
    folded = fold(wanted)
    for entity in known:
        if fold(entity.key) == folded or any(fold(name) == folded
                                             for name in entity.document_names):
            return entity.key
    lemmas = _lemmas(wanted)
    for entity in known:
        if any(_lemmas(name) == lemmas for name in entity.document_names):
            return entity.key
    return None


@cache
def gazetteer() -> Gazetteer:
    """The gazetteer on the search index's morphology, loaded once per process."""
    return Gazetteer.load(default_terms().morph)


def _latin(wanted: str) -> str | None:
    """The ISO 3166 code of a country or province named in English (China, Heilongjiang)."""
    folded = wanted.casefold()
    for country in pycountry.countries:
        if folded in (country.name.casefold(), getattr(country, "common_name", "").casefold()):
            return str(country.alpha_2)
    for subdivision in pycountry.subdivisions:
        name = subdivision.name.casefold()
        if name == folded or name.split(" ")[0] == folded:
            return str(subdivision.code)
    return None


def _unknown(wanted: str, known: list[Named]) -> str:
    """The message for a name no entity has, with the closest names."""
    names = {fold(name) or "": entity for entity in known for name in entity.document_names}
    close = difflib.get_close_matches(fold(wanted) or "", list(names), n=SUGGESTIONS, cutoff=0.5)
    prefix = (fold(wanted) or "")[:4]
    close += [name for name in names if prefix and name.startswith(prefix) and name not in close]
    shown = list(dict.fromkeys(f"{names[name].name} ({names[name].key})" for name in close))
    hint = "; maybe: " + ", ".join(shown[:SUGGESTIONS]) if shown else ""
    return f"unknown entity {wanted!r}: no key, name or alias matches{hint}"


def suggestions(session: Session, text: str) -> list[tuple[str, str]]:
    """(key, name) of the entities closest to `text`, for a page that says «не найдено»."""
    known = _known(session)
    names = {fold(name) or "": entity for entity in known for name in entity.document_names}
    close = difflib.get_close_matches(fold(text) or "", list(names), n=SUGGESTIONS, cutoff=0.5)
    found = {names[name].key: names[name].name for name in close}
    return list(found.items())


FactFiltersT = TypeVar("FactFiltersT", EventFilters, FigureFilters, FlowFilters, FactFilters)


def with_keys(session: Session, filters: FactFiltersT) -> FactFiltersT:
    """The filters with every party and both ends of the pair as stored keys."""
    if not filters.party and not filters.pair:
        return filters
    party = [resolve_entity(session, name) for name in filters.party]
    pair = None
    if filters.pair:
        first, second = (resolve_entity(session, name) for name in parse_pair(filters.pair))
        pair = f"{first},{second}"
    return filters.model_copy(update={"party": party, "pair": pair})
