"""The map's count of facts per region, on SQLite and PostgreSQL: each filter against a
count made fact by fact, bad values refused, the number of regions bounded, and without
filters a read of the parties' index alone."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.dialects import sqlite
from sqlalchemy.orm import Session

from builders import kazan_card, spb_card, tatar_card
from coopwatch.store import read, repository
from coopwatch.store.db import Database
from coopwatch.store.models import DocumentRow, FactPartyRow, FactRow
from coopwatch.store.read.regions import MAX_REGIONS

pytest_plugins = ["db_fixtures"]

KEYS = ("RU-SPE", "RU-TA", "RU-BRY", "CN-ZJ", "BY", "RU-MOW", "geo:Минск")


@pytest.fixture()
def session(database: Database) -> Iterator[Session]:
    with database.sessions.begin() as session:
        for card in (spb_card(), kazan_card(), tatar_card()):
            repository.save_document(session, doc=card)
    with database.sessions() as session:
        yield session


def _by_hand(session: Session, keep: Callable[[Any], bool]) -> dict[str, int]:
    """key -> facts it is a party of among those `keep` accepts, counted in Python."""
    rows = session.execute(
        select(FactPartyRow.entity_key, FactRow.id, FactRow.kind, FactRow.subtype,
               FactRow.date, FactRow.payload, DocumentRow.published)
        .join(FactRow, FactRow.id == FactPartyRow.fact_id)
        .join(DocumentRow, DocumentRow.id == FactRow.document_id)).all()
    pairs = {(row.entity_key, row.id) for row in rows if row.entity_key in KEYS and keep(row)}
    return dict(Counter(key for key, _ in pairs))


def _effective(row: Any) -> str:
    if row.date and not row.date.startswith("--"):
        return str(row.date)
    if row.date and row.published:
        return str(row.published[:4] + row.date[1:])
    return str(row.published or "")


CASES: list[tuple[dict[str, Any], Callable[[Any], bool]]] = [
    ({}, lambda row: True),
    ({"kind": "event"}, lambda row: row.kind == "event"),
    ({"kind": "событие"}, lambda row: row.kind == "event"),
    ({"event_type": "visit"}, lambda row: row.kind == "event" and row.subtype == "visit"),
    ({"sector": "automotive"},
     lambda row: "automotive" in ((row.payload or {}).get("sectors") or ())),
    ({"since": "2025-06"}, lambda row: _effective(row)[:7] >= "2025-06"),
    ({"until": "2024"}, lambda row: "0" <= _effective(row)[:4] <= "2024"),
]


@pytest.mark.parametrize(("given", "keep"), CASES, ids=[str(given) for given, _ in CASES])
def test_each_filter_counts_the_facts_it_keeps(session: Session, given: dict[str, Any],
                                               keep: Callable[[Any], bool]) -> None:
    found = read.region_activity(session, keys=KEYS, filters=read.RegionFilters(**given))
    assert {key: item.facts for key, item in found.items()} == _by_hand(session, keep)
    assert all(item.facts > 0 and item.key == key for key, item in found.items())


def test_the_unfiltered_count_differs_from_the_filtered_ones(session: Session) -> None:
    every = read.region_activity(session, keys=KEYS, filters=read.RegionFilters())
    assert {"RU-SPE", "RU-TA", "RU-BRY", "CN-ZJ", "BY"} <= set(every)
    assert "RU-MOW" not in every
    for given, _ in CASES[1:]:
        some = read.region_activity(session, keys=KEYS, filters=read.RegionFilters(**given))
        assert some != every, given


@pytest.mark.parametrize("given", [
    {"kind": "rumour"}, {"sector": "космос"}, {"event_type": "party"},
    {"since": "вчера"}, {"until": "2024-13"},
])
def test_bad_values_are_refused(session: Session, given: dict[str, Any]) -> None:
    with pytest.raises(read.BadQuery):
        read.region_activity(session, keys=KEYS, filters=read.RegionFilters(**given))


def test_the_regions_asked_at_once_are_bounded(session: Session) -> None:
    too_many = [f"RU-{n}" for n in range(MAX_REGIONS + 1)]
    with pytest.raises(ValueError, match="at most"):
        read.region_activity(session, keys=too_many, filters=read.RegionFilters())
    assert read.region_activity(session, keys=(), filters=read.RegionFilters()) == {}


def test_without_filters_the_count_reads_the_parties_index_alone(session: Session) -> None:
    if session.get_bind().dialect.name != "sqlite":
        pytest.skip("the plan is checked on SQLite")
    captured: list[str] = []
    original = session.execute

    def spy(statement: Any, *args: Any, **kwargs: Any) -> Any:
        captured.append(str(statement.compile(dialect=sqlite.dialect(),
                                              compile_kwargs={"literal_binds": True})))
        return original(statement, *args, **kwargs)

    session.execute = spy  # type: ignore[method-assign]
    read.region_activity(session, keys=KEYS, filters=read.RegionFilters())
    session.execute = original  # type: ignore[method-assign]
    assert len(captured) == 1 and "facts" not in captured[0].replace("fact_parties", "")
    plan = str(session.connection().exec_driver_sql("EXPLAIN QUERY PLAN " + captured[0]).all())
    assert "COVERING INDEX ix_fact_parties_entity_key_fact_id" in plan
