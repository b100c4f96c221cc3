"""The web app over a real SQLite store: HTML pages, JSON routes, evidence highlighting."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from hypothesis import given
from hypothesis import strategies as st

from builders import kazan_card, spb_card
from coopwatch.coverage import pieces
from coopwatch.records import Span
from coopwatch.settings import Settings
from coopwatch.store import repository
from coopwatch.store.db import Database
from coopwatch.web.highlight import highlighted

if TYPE_CHECKING:
    from fastapi.testclient import TestClient


@pytest.fixture()
def client(tmp_path: Path) -> Iterator[TestClient]:
    from fastapi.testclient import TestClient  # the app's imports wait for the first test

    from coopwatch.api import create_app

    settings = Settings(database_url=f"sqlite:///{tmp_path}/web.sqlite3")
    app = create_app(settings)
    database: Database = app.state.database
    with database.sessions.begin() as session:
        repository.save_document(session, doc=spb_card())
        repository.save_document(session, doc=kazan_card())
    with TestClient(app) as client:
        yield client


def test_index_lists_documents_and_top_entities(client: TestClient) -> None:
    response = client.get("/")
    assert response.status_code == 200
    assert "text/html" in response.headers["content-type"]
    assert "Петербург и Белоруссия" in response.text
    assert "Татарстан в Петербурге" in response.text
    assert 'href="/documents/spb-by"' in response.text
    top = response.text.split("Чаще всего упоминаются")[1]
    assert top.index("RU-SPE") < top.index("RU-TA")


def test_index_pages_through_documents(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("coopwatch.web.overview.PAGE_SIZE", 1)
    first, second = (client.get(f"/?page={number}").text.split('class="documents"')[1]
                     .split("</section>")[0] for number in (1, 2))
    assert "/documents/spb-by" in first and "/documents/ta-spb" not in first
    assert "/documents/ta-spb" in second and 'href="/?page=1"' in second
    assert client.get("/?page=0").status_code == 422


def test_document_page_shows_card_with_highlighted_evidence(client: TestClient) -> None:
    response = client.get("/documents/spb-by")
    assert response.status_code == 200
    assert "<title>Петербург и Белоруссия</title>" in response.text
    figure_sentence = spb_card().figures[0].evidence[0]
    assert 'href="#fact-figure-0"' in response.text and 'id="fact-figure-0"' in response.text
    assert f'id="at{figure_sentence.start}"' in response.text
    assert re.search(r'<mark class="[^"]*k-figure[^"]*" data-facts="[^"]*\bfigure-0\b[^"]*">'
                     r"Товарооборот Петербурга", response.text)
    assert "вице-губернатор" in response.text and "лаки и краски" in response.text


def test_unknown_document_page_is_404(client: TestClient) -> None:
    response = client.get("/documents/nope")
    assert response.status_code == 404
    assert "не найден" in response.text


def test_api_documents_and_card(client: TestClient) -> None:
    listed = client.get("/api/documents", params={"limit": 1}).json()
    assert listed["total"] == 2
    assert [item["id"] for item in listed["items"]] == ["spb-by"]
    card = client.get("/api/documents/spb-by")
    assert card.status_code == 200
    assert card.json() == spb_card().to_json()


def test_api_unknown_document_is_404_with_a_message(client: TestClient) -> None:
    response = client.get("/api/documents/nope")
    assert response.status_code == 404
    assert response.json() == {"detail": "no document with id 'nope'"}


def test_api_entities_with_counts_and_type_filter(client: TestClient) -> None:
    items = client.get("/api/entities").json()["items"]
    spb = next(item for item in items if item["key"] == "RU-SPE")
    assert (spb["document_count"], spb["mention_count"]) == (2, 3)
    people = client.get("/api/entities", params={"type": "PER"}).json()["items"]
    assert [item["key"] for item in people] == ["per:Кирилл Поляков"]
    assert client.get("/api/entities", params={"type": "CITY"}).status_code == 422


def test_api_stats(client: TestClient) -> None:
    assert client.get("/api/stats").json() == {
        "documents": 2, "rejections": 0, "entities": 5, "mentions": 7, "facts": 7,
    }


@pytest.mark.parametrize(("evidence", "mentions", "expected"), [
    # (evidence, mention) flags of the pieces of a 20-character text
    ([], [], [(0, 20, False, False)]),
    ([Span(5, 10)], [], [(0, 5, False, False), (5, 10, True, False), (10, 20, False, False)]),
    ([Span(0, 10), Span(5, 15)], [Span(8, 12)],
     [(0, 5, True, False), (5, 8, True, False), (8, 10, True, True), (10, 12, True, True),
      (12, 15, True, False), (15, 20, False, False)]),
    ([Span(15, 30)], [], [(0, 15, False, False), (15, 20, True, False)]),
])
def test_text_is_cut_at_every_boundary(
    evidence: list[Span], mentions: list[Span], expected: list[tuple[int, int, bool, bool]]
) -> None:
    got = [(p.start, p.stop, p.evidence, p.mention) for p in pieces(20, evidence, mentions)]
    assert got == expected


def test_highlighting_escapes_text_and_keeps_it_whole() -> None:
    text = "ООО «Рога & копыта» <b>поставляет</b> лес в Китай."
    html = highlighted(text, [Span(0, len(text))], [Span(text.index("Китай"), len(text) - 1)])
    assert "<b>" not in html and "&amp;" in html
    assert re.sub(r"<[^>]+>", "", html).replace("&amp;", "&").replace("&lt;", "<").replace(
        "&gt;", ">") == text


@given(
    text=st.text(alphabet="абв <&>.", max_size=40),
    ranges=st.lists(st.tuples(st.integers(0, 45), st.integers(0, 45)), max_size=6),
)
def test_pieces_cover_the_text_exactly_once(text: str, ranges: list[tuple[int, int]]) -> None:
    spans = [Span(min(a, b), max(a, b)) for a, b in ranges]
    cut = pieces(len(text), spans[::2], spans[1::2])
    assert "".join(text[p.start:p.stop] for p in cut) == text
    assert all(p.start < p.stop for p in cut)
