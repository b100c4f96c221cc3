"""Per-entity summaries that a profile reads instead of scanning an entity's facts.

The most reported entities are parties of a third of all facts, so counting their
partners, sectors and facts at read time grows with the store. These tables (migration
0007) hold the answers, kept as each card is stored (`count_document`, called by
`repository.save_document` in the same transaction) and rebuilt from the fact tables by
`rebuild` (the migration, `coopwatch summaries`, bulk loaders that bypass the
repository):

- `entity_counts`: per entity, the documents naming it and the distinct facts of each
  kind it is a party of;
- `entity_partners`: per ordered pair of entities, the facts both are parties of and
  the documents reporting any of them;
- `entity_sectors`: per entity and sector, the facts naming that sector;
- `position_reports`: per position, its sources and first and last publication dates;
- `party_facts`: per entity, the facts it is a party of with their kind, date and
  effective date (`fact_dates`, since migration 0008);
- `pair_edges`: per fact kind (and per kind and sector), each pair of entities that
  are parties of the same facts, with the documents reporting them, their number and
  highest confidence: the cooperation graph without filters on the facts themselves.

The counts stay exact because the store only adds: a document is never replaced or
removed (the same text again is a duplicate, another text under a taken id a
conflict), and a fact's parties and payload are those of its first report (its key
hashes the parties). So a stored document adds one to every pair and entity it
reports or names, and a fact adds to the fact counts once, when it is created. A
reprint is a new document: it adds documents, never facts.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from itertools import permutations
from typing import Any

from sqlalchemy import Connection, case, delete, distinct, func, select
from sqlalchemy.orm import Session, aliased

from coopwatch.store.entities import INSERTS
from coopwatch.store.fact_dates import fill_effective_dates
from coopwatch.store.models import (
    DocumentEntityRow,
    DocumentRow,
    EntityCountRow,
    EntityPartnerRow,
    EntityRow,
    EntitySectorRow,
    FactPartyRow,
    FactRow,
    FactSourceRow,
    PairEdgeRow,
    PartyFactRow,
    PositionReportRow,
    table_of,
)

DOCUMENTS = "documents"
SUMMARY_MODELS = (EntityCountRow, EntityPartnerRow, EntitySectorRow, PositionReportRow,
                  PartyFactRow, PairEdgeRow)


@dataclass(frozen=True)
class SavedFacts:
    """The facts one stored card reports (`reported`), and those it created (`created`)."""

    reported: frozenset[int]
    created: frozenset[int]


def sectors_of(payload: Mapping[str, Any] | None) -> list[str]:
    """The sectors a fact's payload lists, as listed (a repeated sector stays repeated)."""
    listed = (payload or {}).get("sectors")
    return [str(sector) for sector in listed] if isinstance(listed, list) else []


def _add(session: Session, model: type[Any], keys: tuple[str, ...],
         tally: Mapping[tuple[Any, ...], tuple[int, ...]], columns: tuple[str, ...]) -> None:
    """Add each tally to its row's counters (INSERT … ON CONFLICT DO UPDATE, one row
    at a time in key order, so that concurrent writers lock rows in the same order)."""
    if not tally:
        return
    table = table_of(model)
    insert = INSERTS[session.get_bind().dialect.name](table)
    statement = insert.on_conflict_do_update(
        index_elements=list(keys),
        set_={column: table.c[column] + insert.excluded[column] for column in columns})
    for key in sorted(tally):
        session.execute(statement, dict(zip(keys + columns, key + tally[key], strict=True)))


def count_document(session: Session, *, doc_id: str, facts: SavedFacts) -> None:
    """Add a newly stored document and the facts it created to the summaries."""
    session.flush()
    named = session.scalars(
        select(EntityRow.key).join(DocumentEntityRow, DocumentEntityRow.entity_id == EntityRow.id)
        .where(DocumentEntityRow.document_id == doc_id)).all()
    parties: dict[int, list[str]] = {}
    for fact_id, key in session.execute(
            select(FactPartyRow.fact_id, FactPartyRow.entity_key)
            .where(FactPartyRow.fact_id.in_(sorted(facts.reported)))
            .order_by(FactPartyRow.fact_id, FactPartyRow.id)):
        parties.setdefault(fact_id, [])
        if key not in parties[fact_id]:
            parties[fact_id].append(key)
    reported = session.execute(
        select(FactRow.id, FactRow.kind, FactRow.payload, FactRow.date, FactRow.confidence,
               FactRow.effective_date)
        .where(FactRow.id.in_(sorted(facts.reported)))).all()
    counts: Counter[tuple[str, str]] = Counter((key, DOCUMENTS) for key in set(named))
    sectors: Counter[tuple[str, str]] = Counter()
    pair_facts: Counter[tuple[str, str]] = Counter()
    edges: dict[tuple[str, str, str, str], list[Any]] = {}
    listed = []
    for fact_id, kind, payload, date, confidence, effective in reported:
        keys = parties.get(fact_id, [])
        new = fact_id in facts.created
        for edge in _edge_keys(kind, payload, keys):
            kept = edges.setdefault(edge, [0, 1, None])
            kept[0] += new
            kept[2] = _higher(kept[2], confidence)
        if not new:
            continue
        listed += [{"entity_key": key, "fact_id": fact_id, "kind": kind, "date": date,
                    "effective_date": effective} for key in keys]
        counts.update((key, kind) for key in keys)
        sectors.update((key, sector) for key in keys for sector in sectors_of(payload))
        pair_facts.update(permutations(keys, 2))
    pairs = {pair for keys in parties.values() for pair in permutations(keys, 2)}
    if listed:
        session.execute(table_of(PartyFactRow).insert(), listed)
    _add(session, EntityCountRow, ("entity_key", "what"),
         {key: (n,) for key, n in counts.items()}, ("count",))
    _add(session, EntitySectorRow, ("entity_key", "sector"),
         {key: (n,) for key, n in sectors.items()}, ("facts",))
    _add(session, EntityPartnerRow, ("entity_key", "partner_key"),
         {pair: (pair_facts[pair], 1) for pair in pairs}, ("facts", "documents"))
    _add_edges(session, edges)
    positions = session.scalars(select(FactRow.id).where(
        FactRow.id.in_(sorted(facts.reported)), FactRow.kind == "position")).all()
    refresh_positions(session, fact_ids=positions)


def _edge_keys(kind: str, payload: Mapping[str, Any] | None,
               keys: list[str]) -> set[tuple[str, str, str, str]]:
    """(kind, sector, source, target) of the graph edges one fact makes: each pair of
    its parties in key order, for all facts of its kind ("") and for each sector."""
    pairs = [(first, second) for first in keys for second in keys if first < second]
    return {(kind, sector, first, second) for sector in ("", *sectors_of(payload))
            for first, second in pairs}


def _higher(one: float | None, other: float | None) -> float | None:
    """The higher of two confidences; a missing one does not count."""
    if one is None:
        return other
    return one if other is None or one >= other else other


def _add_edges(session: Session, edges: Mapping[tuple[str, str, str, str], list[Any]]) -> None:
    """Add one document to each edge (and the facts it created), keeping the highest
    confidence."""
    if not edges:
        return
    table = table_of(PairEdgeRow)
    insert = INSERTS[session.get_bind().dialect.name](table)
    old, new = table.c.confidence, insert.excluded.confidence
    statement = insert.on_conflict_do_update(
        index_elements=["kind", "sector", "source", "target"],
        set_={"documents": table.c.documents + insert.excluded.documents,
              "facts": table.c.facts + insert.excluded.facts,
              "confidence": case((new.is_(None), old), (old.is_(None), new),
                                 (new > old, new), else_=old)})
    for (kind, sector, source, target), (created, documents, confidence) in sorted(
            edges.items()):
        session.execute(statement, {"kind": kind, "sector": sector, "source": source,
                                    "target": target, "documents": documents,
                                    "facts": created, "confidence": confidence})


def refresh_positions(session: Session, *, fact_ids: Iterable[int]) -> None:
    """Recompute the `position_reports` rows of these positions from their sources
    (written over the old ones: like `corroboration.recount`, two writers storing
    sources of one position at once may leave the later one's count without the
    other's source until the next store or `rebuild`)."""
    ids = sorted(set(fact_ids))
    if not ids:
        return
    table = table_of(PositionReportRow)
    insert = INSERTS[session.get_bind().dialect.name](table)
    statement = insert.on_conflict_do_update(
        index_elements=["fact_id"],
        set_={column: insert.excluded[column]
              for column in ("sources", "since", "until", "first_document_id")})
    for row in _position_rows(session, FactSourceRow.fact_id.in_(ids)):
        session.execute(statement, row)


def _position_rows(session: Session | Connection, *where: Any) -> list[dict[str, Any]]:
    reports: dict[int, list[tuple[str | None, str]]] = {}
    for fact_id, document_id, published in session.execute(
            select(FactSourceRow.fact_id, FactSourceRow.document_id, DocumentRow.published)
            .join(DocumentRow, DocumentRow.id == FactSourceRow.document_id)
            .join(FactRow, FactRow.id == FactSourceRow.fact_id)
            .where(FactRow.kind == "position", *where)):
        reports.setdefault(fact_id, []).append((published, document_id))
    rows = []
    for fact_id, found in sorted(reports.items()):
        dates = sorted(published for published, _ in found if published)
        first = min(found, key=lambda report: (report[0] is None, report[0] or "", report[1]))
        rows.append({"fact_id": fact_id, "sources": len({doc for _, doc in found}),
                     "since": dates[0] if dates else None,
                     "until": dates[-1] if dates else None, "first_document_id": first[1]})
    return rows


def rebuild(session: Session | Connection, *, effective_dates: bool = True) -> dict[str, int]:
    """Empty the summaries and count them again from the documents and facts; returns
    the rows written per table. Takes a session, or a connection (the migration's).
    Facts written without their effective date (bulk loads) get it here too, unless
    `effective_dates` is False (migration 0007, which runs before the column exists)."""
    if effective_dates:
        fill_effective_dates(session)
    for model in SUMMARY_MODELS:
        session.execute(delete(model))
    written = {
        "entity_counts": _rebuild_counts(session),
        "entity_partners": _rebuild_partners(session),
        "entity_sectors": _rebuild_sectors(session),
        "party_facts": _rebuild_party_facts(session, effective_dates),
        "pair_edges": _rebuild_edges(session),
    }
    positions = _position_rows(session)
    for first in range(0, len(positions), 10_000):
        session.execute(table_of(PositionReportRow).insert(), positions[first:first + 10_000])
    written["position_reports"] = len(positions)
    return written


def _insert_all(session: Session | Connection, model: type[Any], rows: list[dict[str, Any]]) -> int:
    for first in range(0, len(rows), 10_000):
        session.execute(table_of(model).insert(), rows[first:first + 10_000])
    return len(rows)


def _rebuild_counts(session: Session | Connection) -> int:
    documents = session.execute(
        select(EntityRow.key, func.count(distinct(DocumentEntityRow.document_id)))
        .join(DocumentEntityRow, DocumentEntityRow.entity_id == EntityRow.id)
        .group_by(EntityRow.key)).all()
    kinds = session.execute(
        select(FactPartyRow.entity_key, FactRow.kind, func.count(distinct(FactRow.id)))
        .join(FactRow, FactRow.id == FactPartyRow.fact_id)
        .group_by(FactPartyRow.entity_key, FactRow.kind)).all()
    rows = [{"entity_key": key, "what": DOCUMENTS, "count": n} for key, n in documents]
    rows += [{"entity_key": key, "what": kind, "count": n} for key, kind, n in kinds]
    return _insert_all(session, EntityCountRow, rows)


def _rebuild_partners(session: Session | Connection) -> int:
    mine, theirs = aliased(FactPartyRow), aliased(FactPartyRow)
    pairs = (select(mine.fact_id.label("fact_id"), mine.entity_key.label("one"),
                    theirs.entity_key.label("other"))
             .join(theirs, (theirs.fact_id == mine.fact_id)
                   & (theirs.entity_key != mine.entity_key)).distinct()).subquery()
    facts = dict(((one, other), n) for one, other, n in session.execute(
        select(pairs.c.one, pairs.c.other, func.count())
        .group_by(pairs.c.one, pairs.c.other)).all())
    documents = session.execute(
        select(pairs.c.one, pairs.c.other, func.count(distinct(FactSourceRow.document_id)))
        .join(FactSourceRow, FactSourceRow.fact_id == pairs.c.fact_id)
        .group_by(pairs.c.one, pairs.c.other)).all()
    rows = [{"entity_key": one, "partner_key": other, "facts": facts.get((one, other), 0),
             "documents": n} for one, other, n in documents]
    return _insert_all(session, EntityPartnerRow, rows)


def _rebuild_sectors(session: Session | Connection) -> int:
    listed = (select(FactRow.id.label("fact_id"), FactPartyRow.entity_key.label("key"),
                     FactRow.payload["sectors"].as_string().label("sectors"))
              .join(FactPartyRow, FactPartyRow.fact_id == FactRow.id).distinct()).subquery()
    tally: Counter[tuple[str, str]] = Counter()
    for key, sectors, n in session.execute(
            select(listed.c.key, listed.c.sectors, func.count())
            .group_by(listed.c.key, listed.c.sectors)):
        for sector in json.loads(sectors) if sectors else ():
            tally[(key, sector)] += n
    return _insert_all(session, EntitySectorRow, [
        {"entity_key": key, "sector": sector, "facts": n}
        for (key, sector), n in sorted(tally.items())])


def _rebuild_party_facts(session: Session | Connection, effective_dates: bool) -> int:
    columns = [FactPartyRow.entity_key, FactRow.id, FactRow.kind, FactRow.date]
    names = ["entity_key", "fact_id", "kind", "date"]
    if effective_dates:  # a column since 0008
        columns.append(FactRow.effective_date)
        names.append("effective_date")
    parties = select(*columns).join(FactRow, FactRow.id == FactPartyRow.fact_id).distinct()
    session.execute(table_of(PartyFactRow).insert().from_select(names, parties))
    return session.scalar(select(func.count()).select_from(PartyFactRow)) or 0


def _rebuild_edges(session: Session | Connection) -> int:
    """Every edge from the facts' parties and sources, a fact kind at a time."""
    written = 0
    for (kind,) in session.execute(select(FactRow.kind).distinct()).all():
        facts: dict[int, tuple[Any, float | None, list[str]]] = {}
        for fact_id, payload, confidence, key in session.execute(
                select(FactRow.id, FactRow.payload, FactRow.confidence, FactPartyRow.entity_key)
                .join(FactPartyRow, FactPartyRow.fact_id == FactRow.id)
                .where(FactRow.kind == kind).order_by(FactRow.id, FactPartyRow.id)):
            keys = facts.setdefault(fact_id, (payload, confidence, []))[2]
            if key not in keys:
                keys.append(key)
        edges: dict[tuple[str, str, str, str], list[Any]] = {}
        fact_edges = {fact_id: _edge_keys(kind, payload, keys)
                      for fact_id, (payload, _confidence, keys) in facts.items()}
        for fact_id, found in fact_edges.items():
            for edge in found:
                kept = edges.setdefault(edge, [0, set(), None])
                kept[0] += 1
                kept[2] = _higher(kept[2], facts[fact_id][1])
        for fact_id, document_id in session.execute(
                select(FactSourceRow.fact_id, FactSourceRow.document_id)
                .join(FactRow, FactRow.id == FactSourceRow.fact_id).where(FactRow.kind == kind)):
            for edge in fact_edges.get(fact_id, ()):
                edges[edge][1].add(document_id)
        written += _insert_all(session, PairEdgeRow, [
            {"kind": edge[0], "sector": edge[1], "source": edge[2], "target": edge[3],
             "facts": n, "documents": len(documents), "confidence": confidence}
            for edge, (n, documents, confidence) in sorted(edges.items())])
    return written
