"""Filters as users write them, on both backends: names in any case form, Russian labels,
unknown names refused with suggestions, and dates that mean what users expect (an
undated fact by its document's publication date, a year-less one in that year)."""

from __future__ import annotations

import pytest

from builders import kazan_card, spb_card, tatar_card
from coopwatch.records import Event, Source
from coopwatch.store import read, repository
from coopwatch.store.db import Database

pytest_plugins = ["db_fixtures"]


@pytest.fixture()
def stored(database: Database) -> Database:
    yearless = kazan_card().replace(
        id="ta-yearless", text=kazan_card().text + " ",
        source=Source(title="Без года", published="2023-05-02"),
        events=(Event("meeting", "done", "--04-15", ("RU-TA", "RU-SPE"), None, None, (),
                      kazan_card().events[0].evidence),))
    with database.sessions.begin() as session:
        for card in (spb_card(), kazan_card(), tatar_card(), yearless):
            repository.save_document(session, doc=card)
    return database


@pytest.mark.parametrize(("typed", "key"), [
    ("RU-TA", "RU-TA"), ("Татарстан", "RU-TA"), ("Татарстана", "RU-TA"),
    ("татарстаном", "RU-TA"), ("Республика Татарстан", "RU-TA"), ("Петербурга", "RU-SPE"),
    ("Белоруссии", "BY"), ("Китай", "CN"), ("Китая", "CN"), ("Heilongjiang", "CN-HL"),
    ("China", "CN"), ("ru-ta", "RU-TA"),
])
def test_names_in_any_case_form_resolve_to_keys(stored: Database, typed: str, key: str) -> None:
    with stored.sessions() as session:
        assert read.resolve_entity(session, typed) == key


def test_an_unknown_name_is_refused_with_suggestions(stored: Database) -> None:
    with stored.sessions() as session:
        with pytest.raises(read.BadQuery, match=r"unknown entity 'Татарстн'.*Татарстан \(RU-TA\)"):
            read.list_events(session, filters=read.EventFilters(party=["Татарстн"]))
        with pytest.raises(read.BadQuery, match="unknown entity 'XX'"):
            read.list_events(session, filters=read.EventFilters(party=["XX"]))


def test_party_by_name_lists_what_party_by_key_lists(stored: Database) -> None:
    with stored.sessions() as session:
        by_key = read.list_events(session, filters=read.EventFilters(party=["RU-SPE"]))
        by_name = read.list_events(session, filters=read.EventFilters(party=["Петербурга"]))
        pair = read.list_figures(session, filters=read.FigureFilters(pair="Брянщина,Белоруссия"))
    assert by_key.total == by_name.total == 4
    assert [item.source.fact_id for item in by_name.items] == [
        item.source.fact_id for item in by_key.items]
    assert [figure.parties for figure in pair.items] == [("RU-BRY", "BY")]


@pytest.mark.parametrize(("filters", "total"), [
    (read.EventFilters(sector="автомобили"), 2), (read.EventFilters(sector="Automotive"), 2),
    (read.EventFilters(type="визит"), 2), (read.EventFilters(status="предложено"), 1),
])
def test_russian_labels_filter_like_codes(stored: Database, filters: read.EventFilters,
                                          total: int) -> None:
    with stored.sessions() as session:
        assert read.list_events(session, filters=filters).total == total


def test_an_undated_fact_is_filtered_by_its_documents_publication(stored: Database) -> None:
    with stored.sessions() as session:
        in_2025 = read.list_events(session, filters=read.EventFilters(period="2025"))
        graph = read.cooperation_graph(session, filters=read.GraphFilters(since="2025"))
    # spb-by's two dated events; ta-spb's visit has no date and no publication date
    assert sorted(e.date or "" for e in in_2025.items) == ["2025-09", "2025-09-29"]
    assert {(e.source, e.target) for e in graph.edges} == {("BY", "RU-SPE")}


def test_a_yearless_date_takes_the_publication_year(stored: Database) -> None:
    with stored.sessions() as session:
        spring = read.list_events(session, filters=read.EventFilters(period="2023-04"))
        other_year = read.list_events(session, filters=read.EventFilters(period="2024-04"))
    assert [e.date for e in spring.items] == ["--04-15"]
    assert other_year.total == 0


def test_events_per_month_use_the_dates_users_expect(stored: Database) -> None:
    with stored.sessions() as session:
        months = dict(read.events_per_month(session))
    assert months == {"2023-04": 1, "2024-03": 1, "2025-09": 2, read.UNDATED: 1}


def test_pair_facts_are_every_fact_of_both(stored: Database) -> None:
    with stored.sessions() as session:
        total, facts = read.pair_facts(session, first="BY", second="RU-SPE")
    assert total == 4  # the two cards' cooperation of the pair is one fact
    assert {fact.kind for fact in facts} == {"event", "figure", "flow", "cooperation"}
    assert all(fact.evidence and fact.evidence[0].text for fact in facts)
