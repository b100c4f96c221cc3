"""Each fact's effective date (migration 0008, `store.fact_dates`) against the join it
replaces, on SQLite and PostgreSQL: what the write path keeps, what the migration and
a rebuild fill, and the facts every period filter selects."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from sqlalchemy import and_, func, or_, select, update
from sqlalchemy.orm import Session

from builders import bench_module, kazan_card, spb_card, tatar_card
from coopwatch.records import Document, Source
from coopwatch.settings import Settings
from coopwatch.store import read, repository, summaries
from coopwatch.store.db import Database
from coopwatch.store.fact_dates import effective_date, effective_date_sql, fill_effective_dates
from coopwatch.store.models import FactRow
from coopwatch.store.read.conditions import (
    Period,
    date_conditions,
    fact_date_conditions,
    facts_of,
)

pytest_plugins = ["db_fixtures"]

PERIODS = (Period("2023", "2023"), Period("2024-01", "2024-06"), Period("2021", None),
           Period(None, "2020-05"), Period("2025-09-29", "2025-09-29"), Period("2024", "2025"),
           Period("2019-03-15", "2022-11"))


def test_the_effective_date_of_each_case() -> None:
    assert effective_date("2024-05-17", "2025-01-02") == "2024-05-17"
    assert effective_date("2024", None) == "2024"
    assert effective_date("--04-15", "2023-11-30") == "2023-04-15"
    assert effective_date("--04", "2023-11-30") == "2023-04"
    assert effective_date("--04-15", None) is None
    assert effective_date(None, "2023-11-30") == "2023-11-30"
    assert effective_date(None, None) is None


def _undated(card: Document, doc_id: str, published: str | None, dates: tuple[str | None, ...]
             ) -> Document:
    """The card under another id and text, published then, its events dated `dates`."""
    event = card.events[0]
    events = tuple(dataclasses.replace(event, date=date, title=f"{event.title or ''} {n}")
                   for n, date in enumerate(dates))
    figures = tuple(dataclasses.replace(figure, period=date)
                    for figure, date in zip(card.figures, dates, strict=False))
    return dataclasses.replace(
        card, id=doc_id, text=card.text + f" Версия {doc_id}.",
        source=Source(title=card.source.title, published=published), events=events,
        figures=figures)


def _cards() -> list[Document]:
    """Synthetic cards (dated events and figures, undated cooperation), and cards with
    year-less and missing dates, with and without a publication date."""
    maker = bench_module("synthetic_kb").CardMaker(seed=5)
    cards = [maker.card(number) for number in range(40)]
    odd = ("--04-15", "--12", None, "2024-02-30", "2022")
    return [*cards, spb_card(), kazan_card(), tatar_card(),
            _undated(spb_card(), "spb-yearless", "2023-11-30", odd),
            _undated(spb_card(), "spb-unpublished", None, odd),
            _undated(tatar_card(), "ta-yearless", "2021-06", ("--06-01", None))]


@pytest.fixture()
def stored(database: Database) -> Database:
    with database.sessions.begin() as session:
        results = [repository.save_document(session, doc=card) for card in _cards()]
    assert {result.status for result in results} == {"stored"}
    return database


def _kept(session: Session) -> dict[int, str | None]:
    return dict(session.execute(select(FactRow.id, FactRow.effective_date)).all())


def _computed(session: Session) -> dict[int, str | None]:
    return dict(session.execute(select(FactRow.id, effective_date_sql())).all())


def test_the_write_path_keeps_what_the_sql_computes(stored: Database) -> None:
    with stored.sessions() as session:
        kept = _kept(session)
        assert kept == _computed(session)
        values = set(kept.values())
        assert {"2023-04-15", "2023-12", "2023-11-30", None} <= values, values


def test_a_rebuild_and_the_migration_fill_the_dates_as_the_writes_kept(
    stored: Database, database_url: str,
) -> None:
    from alembic import command

    from coopwatch.store.db import alembic_config, migrate

    with stored.sessions() as session:
        kept = _kept(session)
    with stored.sessions.begin() as session:
        session.execute(update(FactRow).values(effective_date=None))
    with stored.sessions.begin() as session:
        summaries.rebuild(session)
    with stored.sessions() as session:
        assert _kept(session) == kept
    command.downgrade(alembic_config(database_url), "0007")
    migrate(Settings(database_url=database_url))
    with stored.sessions() as session:
        assert _kept(session) == kept
    with stored.sessions.begin() as session:
        assert fill_effective_dates(session, only_missing=False) == len(kept)


def _by_join(period: Period) -> Any:
    """The period condition as it was before 0008: the own date, or for an undated or
    year-less fact the date computed from its first document's row."""
    own = and_(*date_conditions(FactRow.date, period))
    borrowed = and_(or_(FactRow.date.is_(None), FactRow.date.like("--%")),
                    *date_conditions(effective_date_sql(), period))
    return or_(own, borrowed)


@pytest.mark.parametrize("period", PERIODS, ids=str)
def test_a_period_selects_the_facts_the_join_selected(stored: Database, period: Period) -> None:
    with stored.sessions() as session:
        for kind in ("event", "figure", "cooperation", "flow", "position"):
            fast = set(session.scalars(select(FactRow.id).where(
                FactRow.kind == kind, *fact_date_conditions(period))))
            slow = set(session.scalars(select(FactRow.id).where(
                FactRow.kind == kind, _by_join(period))))
            assert fast == slow, (kind, period)


@pytest.mark.parametrize("given", (
    {"period": "2023"}, {"since": "2024-01", "until": "2024-06"}, {"since": "2021"},
    {"until": "2020-05"}, {"period": "2023", "sector": "machinery"},
    {"period": "2024", "kind": ["event", "figure"]}, {"since": "2022", "country": "CN"},
    {"since": "2019", "until": "2025", "country": "BY"}, {"since": "2024", "country": "RU-SPE", "kind": ["event"]},
    {"until": "2022", "country": "RU", "kind": ["cooperation", "flow"]},
), ids=str)
def test_the_graph_of_a_period_equals_the_graph_counted_with_the_join(  # and a country
    stored: Database, given: dict[str, Any], monkeypatch: pytest.MonkeyPatch,
) -> None:
    from coopwatch.store.read import graph

    with stored.sessions() as session:
        filters = read.GraphFilters.model_validate(given)
        fast = read.cooperation_graph(session, filters=filters, limit=100)
        fast_details = graph.edge_details(session, filters=filters)
        period = filters.selection().period
        monkeypatch.setattr(graph, "fact_date_conditions", lambda _p: [_by_join(period)])
        monkeypatch.setattr(graph, "_country_facts", lambda _wanted: select(FactRow.id))
        slow = read.cooperation_graph(session, filters=filters, limit=100)
        assert fast == slow
        assert fast_details == graph.edge_details(session, filters=filters)
        assert fast.edges, given


@pytest.mark.parametrize("view", ("events", "figures", "flows"))
def test_a_partys_facts_of_a_period_equal_the_join(stored: Database, view: str) -> None:
    kind, listing, filters = {
        "events": ("event", read.list_events, read.EventFilters),
        "figures": ("figure", read.list_figures, read.FigureFilters),
        "flows": ("flow", read.list_flows, read.FlowFilters)}[view]
    with stored.sessions() as session:
        keys = [p.key for p in read.partners(session, key="BY", limit=6)] + ["BY", "RU-SPE"]
        found = 0
        for key in keys:
            for text, period in (("2023", Period("2023", "2023")),
                                 ("2019/2022", Period("2019", "2022")),
                                 ("2025-09", Period("2025-09", "2025-09"))):
                wanted = [FactRow.kind == kind, FactRow.id.in_(facts_of(key, False)),
                          _by_join(period)]
                total = session.scalar(select(func.count()).select_from(FactRow)
                                       .where(*wanted))
                for offset in (0, 2):
                    page = listing(session, filters=filters(party=[key], period=text),
                                   limit=3, offset=offset)
                    assert page.total == total, (key, text)
                    assert [item.source.fact_id for item in page.items] == list(
                        session.scalars(select(FactRow.id).where(*wanted).order_by(
                            FactRow.date.desc().nulls_last(), FactRow.id.desc())
                            .limit(3).offset(offset))), (key, text, offset)
                    found += len(page.items)
        assert found > 0


def test_new_facts_of_a_year_less_date_take_the_year_of_their_first_document(
    database: Database,
) -> None:
    card = spb_card()
    first = dataclasses.replace(
        card, events=(dataclasses.replace(card.events[0], date="--03-08"),),
        figures=(), flows=(), cooperation=(), positions=())
    reprint = dataclasses.replace(first, id="reprint", text=first.text + " Перепечатка.",
                                  source=Source(published="2027-01-01"))
    with database.sessions.begin() as session:
        repository.save_document(session, doc=first)
        repository.save_document(session, doc=reprint)
    with database.sessions() as session:
        assert list(session.scalars(select(FactRow.effective_date))) == ["2025-03-08"]
