"""Full-text search with Russian morphology, on SQLite FTS5 and PostgreSQL tsvector."""

from __future__ import annotations

import pytest

from coopwatch.records import Document, Source
from coopwatch.store import repository
from coopwatch.store.db import Database
from coopwatch.store.search import SearchTerms, search, snippet
from coopwatch.tools import Toolkit

pytest_plugins = ["db_fixtures"]

NEWS = {
    "tractors": (
        "Машиностроители Урала в Казахстане",
        "Челябинский завод поставляет трактора в Костанайскую область. "
        "В прошлом году партнёры подписали соглашение о сборке техники.",
    ),
    "grain": (
        "Зерно из Казахстана",
        "Костанайская область наращивает поставки зерна в Челябинскую область.",
    ),
    "tourism": (
        "Туристы из Самарканда",
        "Самарская область и Самарканд развивают туризм и культурный обмен.",
    ),
}


@pytest.fixture(scope="module")
def terms(tools: Toolkit) -> SearchTerms:
    return SearchTerms.load(tools.morph)


@pytest.fixture()
def stored(database: Database, terms: SearchTerms) -> Database:
    with database.sessions.begin() as session:
        for doc_id, (title, text) in NEWS.items():
            doc = Document(id=doc_id, text=text, source=Source(title=title))
            repository.save_document(session, doc=doc, terms=terms)
    return database


@pytest.mark.parametrize(("text", "expected"), [
    ("поставки тракторов", "поставлять трактор"),
    ("поставляет трактора", "поставлять трактор"),
    ("Экспорт зерна", "экспортировать зерно"),
    ("экспортирует зерно", "экспортировать зерно"),
    ("сотрудничество регионов", "сотрудничать регион"),
    ("Ещё 5 заводов!", "еще 5 завод"),
])
def test_words_become_lemmas_of_one_family(terms: SearchTerms, text: str, expected: str) -> None:
    assert terms.line(text) == expected


@pytest.mark.parametrize(("query", "found"), [
    ("поставки тракторов", ["tractors"]),
    ("трактор", ["tractors"]),
    ("поставлять", ["grain", "tractors"]),
    ("Костанайская область", ["grain", "tractors"]),
    ("сборка", ["tractors"]),           # «сборке» in the text
    ("машиностроитель", ["tractors"]),  # the title is indexed too
    ("самарканд туризм", ["tourism"]),
    ("поставки туризма", []),           # every word must occur
    ("  ,.!", []),
])
def test_query_finds_documents_with_every_word_in_any_form(
    stored: Database, terms: SearchTerms, query: str, found: list[str]
) -> None:
    with stored.sessions() as session:
        hits = search(session, query=query, limit=10, terms=terms)
    assert sorted(hit.doc_id for hit in hits) == found


def test_hits_carry_title_snippet_and_a_positive_score(
    stored: Database, terms: SearchTerms
) -> None:
    with stored.sessions() as session:
        (hit,) = search(session, query="поставки тракторов", terms=terms)
    assert hit.title == "Машиностроители Урала в Казахстане"
    assert "поставляет трактора" in hit.snippet
    assert hit.score > 0


def test_results_page_with_limit_and_offset(stored: Database, terms: SearchTerms) -> None:
    with stored.sessions() as session:
        everything = search(session, query="область", limit=10, terms=terms)
        pages = [search(session, query="область", limit=1, offset=n, terms=terms)
                 for n in range(len(everything))]
    assert len(everything) == 3
    assert [page[0].doc_id for page in pages] == [hit.doc_id for hit in everything]


def test_a_deleted_document_is_no_longer_found(stored: Database, terms: SearchTerms) -> None:
    with stored.sessions.begin() as session:
        session.delete(session.get(repository.DocumentRow, "tractors"))
    with stored.sessions() as session:
        assert search(session, query="трактор", terms=terms) == []


def test_snippet_is_a_window_around_the_first_match(terms: SearchTerms) -> None:
    body = "Начало новости. " * 20 + "Завод поставляет трактора в Казахстан." + " Конец." * 40
    cut = snippet(body, {"трактор"}, terms)
    assert "поставляет трактора в Казахстан" in cut
    assert cut.startswith("…") and cut.endswith("…")
    assert len(cut) < len(body) / 2
