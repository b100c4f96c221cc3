"""A search ranks only the matches indexed last (`search.RANKED_MATCHES`), on SQLite and
PostgreSQL: its pages against a straightforward ranking of those matches, the same
answer as ranking every match when fewer match, and what the paged answer says."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from builders import bench_module
from coopwatch.store import read, repository, search
from coopwatch.store.db import Database

pytest_plugins = ["db_fixtures"]

CARDS = 24
# Every match of the terms with its score and its place in the index, straightforwardly.
ALL_SQLITE = text(
    "SELECT document_id, -bm25(document_search), rowid FROM document_search "
    "WHERE document_search MATCH :query")
ALL_POSTGRESQL = text(
    "SELECT s.document_id, ts_rank(s.vector, q), s.seq FROM document_search s, "
    "plainto_tsquery('russian', :query) q WHERE s.vector @@ q")


@pytest.fixture()
def stored(database: Database) -> Database:
    maker = bench_module("synthetic_kb").CardMaker(seed=11)
    with database.sessions.begin() as session:
        for number in range(CARDS):
            assert repository.save_document(session, doc=maker.card(number)).status == "stored"
    return database


def _reference(session: Session, query: str, bound: int) -> list[str]:
    """The ids of the `bound` matches indexed last, best score first, then by id."""
    wanted = search.query_terms(query, search.default_terms())
    sqlite = session.get_bind().dialect.name == "sqlite"
    match = " ".join(f'"{w}"' for w in wanted) if sqlite else " ".join(wanted)
    rows = session.execute(ALL_SQLITE if sqlite else ALL_POSTGRESQL, {"query": match}).all()
    newest = sorted(rows, key=lambda row: -row[2])[:bound]
    return [row[0] for row in sorted(newest, key=lambda row: (-row[1], row[0]))]


@pytest.mark.parametrize("query", ["новость", "товарооборот", "соглашение о сотрудничестве"])
@pytest.mark.parametrize("bound", [5, 9, 1000])
def test_pages_rank_the_matches_indexed_last(
    stored: Database, query: str, bound: int,
) -> None:
    with stored.sessions() as session:
        wanted = search.query_terms(query, search.default_terms())
        matches = search.ranked_matches(session, wanted, bound)
        expected = _reference(session, query, bound)
        assert matches.ranked == len(expected)
        everything = _reference(session, query, 10_000)
        assert matches.more == (len(everything) > bound)
        pages = [hit.doc_id for offset in range(0, matches.ranked, 4)
                 for hit in search.search(session, query=query, limit=4, offset=offset,
                                          matches=matches)]
        assert pages == expected
        if bound == 1000:
            assert pages == everything and not matches.more
    if query == "новость":
        assert len(everything) == CARDS  # every synthetic card says «Новость № …»


def test_the_paged_answer_counts_the_ranked_and_says_more_match(
    stored: Database, monkeypatch: pytest.MonkeyPatch,
) -> None:
    with stored.sessions() as session:
        whole = read.search_documents(session, query="новость", limit=50)
        assert (whole.total, whole.more, len(whole.items)) == (CARDS, False, CARDS)
        monkeypatch.setattr(search, "RANKED_MATCHES", 7)
        first = read.search_documents(session, query="новость", limit=5)
        second = read.search_documents(session, query="новость", limit=5, offset=5)
        past = read.search_documents(session, query="новость", limit=5, offset=7)
        assert (first.total, first.more, second.total) == (7, True, 7)
        assert [h.doc_id for h in first.items + second.items] == \
            _reference(session, "новость", 7)
        assert past.items == () and past.to_json()["more"] is True
        newest = {h.doc_id for h in first.items + second.items}
        assert newest == {f"syn-{n:07d}" for n in range(CARDS - 7, CARDS)}
