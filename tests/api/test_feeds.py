"""Saved searches and their Atom feeds (/api/feeds) over a real store, on SQLite and
PostgreSQL: the feed parses as valid Atom (feedparser), lists just the matching facts,
newest stored first, and a fact stored later appears at its top."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import feedparser
import pytest

from builders import kazan_card, rated, spb_card, tatar_card
from coopwatch.settings import Settings
from coopwatch.store import read, repository, searches

if TYPE_CHECKING:
    from fastapi.testclient import TestClient

pytest_plugins = ["db_fixtures"]

TOKEN = "feed-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture()
def client(database_url: str) -> Iterator[TestClient]:
    from fastapi.testclient import TestClient

    from coopwatch.api import create_app

    # no read cache: these tests store facts behind the server's back, as `coopwatch
    # watch` in another process does (whose facts show after read_cache_seconds)
    app = create_app(Settings(database_url=database_url, api_token=TOKEN,
                              read_cache_seconds=0), pipeline=lambda doc: doc)
    with app.state.database.sessions.begin() as session:
        for card in (rated(spb_card(), on_topic=True, score=0.9, confidence=0.9),
                     kazan_card()):
            repository.save_document(session, doc=card)
    with TestClient(app) as test_client:
        yield test_client


def _parsed_feed(client: TestClient, name: str) -> Any:
    response = client.get(f"/api/feeds/{name}")
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("application/atom+xml")
    parsed = feedparser.parse(response.content)
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version == "atom10"
    return parsed


def test_a_saved_search_feed_is_valid_atom_with_the_matching_facts(client: TestClient) -> None:
    saved = client.post("/api/feeds", headers=AUTH, json={
        "name": "spb-agreements", "kind": "events",
        "filters": {"party": ["RU-SPE"], "type": "agreement", "min_confidence": 0.5}})
    assert saved.status_code == 201, saved.text
    parsed = _parsed_feed(client, "spb-agreements")
    assert parsed.feed.id == "tag:coopwatch,2026:search/spb-agreements"
    assert parsed.feed.updated_parsed is not None
    [entry] = parsed.entries  # the visits and the unrated kazan card are left out
    assert entry.link.endswith("/documents/spb-by")
    assert entry.id.startswith("tag:coopwatch,2026:fact/")
    assert "подписали" in entry.summary
    assert [tag.term for tag in entry.tags] == ["agreement", "automotive"]
    assert entry.updated_parsed is not None and entry.published.startswith("2025-09")


def test_a_fact_stored_later_comes_first_in_the_feed(client: TestClient) -> None:
    client.post("/api/feeds", headers=AUTH, json={
        "name": "tatarstan", "kind": "events", "filters": {"party": ["RU-TA"]}})
    before = _parsed_feed(client, "tatarstan")
    with client.app.state.database.sessions.begin() as session:  # type: ignore[attr-defined]
        repository.save_document(session, doc=tatar_card())
    after = _parsed_feed(client, "tatarstan")
    assert len(after.entries) == len(before.entries) + 1
    assert after.entries[0].link.endswith("/documents/ta-zj")
    assert [e.id for e in after.entries[1:]] == [e.id for e in before.entries]


def test_a_figure_search_and_the_list_of_feeds(client: TestClient) -> None:
    client.post("/api/feeds", headers=AUTH, json={
        "name": "turnover", "kind": "figures", "filters": {"metric": "trade_turnover"}})
    parsed = _parsed_feed(client, "turnover")
    with client.app.state.database.sessions() as session:  # type: ignore[attr-defined]
        total = read.list_figures(session, filters=read.FigureFilters(
            metric="trade_turnover")).total
    assert len(parsed.entries) == total >= 1
    listed = client.get("/api/feeds").json()
    assert [(f["name"], f["kind"], f["feed"].endswith("/api/feeds/turnover")) for f in listed] \
        == [("turnover", "figures", True)]


@pytest.mark.parametrize(("body", "status"), [
    ({"name": "x", "kind": "events", "filters": {"type": "picnic"}}, 422),
    ({"name": "x", "kind": "people", "filters": {}}, 422),
    ({"name": "no spaces", "kind": "events", "filters": {}}, 422),
])
def test_a_search_that_cannot_run_is_not_saved(
    client: TestClient, body: dict[str, Any], status: int
) -> None:
    assert client.post("/api/feeds", headers=AUTH, json=body).status_code == status
    assert client.get("/api/feeds").json() == []


def test_saving_and_deleting_need_the_token_and_unknown_feeds_are_404(
    client: TestClient
) -> None:
    body = {"name": "x", "kind": "events", "filters": {}}
    assert client.post("/api/feeds", json=body).status_code == 401
    assert client.post("/api/feeds", headers=AUTH, json=body).status_code == 201
    assert client.delete("/api/feeds/x").status_code == 401
    assert client.delete("/api/feeds/x", headers=AUTH).status_code == 204
    assert client.get("/api/feeds/x").status_code == 404
    assert client.delete("/api/feeds/x", headers=AUTH).status_code == 404


def test_the_store_keeps_a_search_it_can_run_again(database_url: str) -> None:
    from coopwatch.store.db import Database

    database = Database.connect(Settings(database_url=database_url))
    try:
        filters = searches.filters_of("events", {"pair": "RU-TA,CN", "sector": "automotive",
                                                 "subregions": True})
        with database.sessions.begin() as session:
            searches.save_search(session, name="ta-cn", kind="events", filters=filters)
        with database.sessions() as session:
            found = searches.get_search(session, name="ta-cn")
        assert found is not None and found.filters == filters
    finally:
        database.dispose()
