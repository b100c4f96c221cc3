"""The dashboard with cards of both versions: whether a document is on topic, the topic
filter, and each fact's confidence on the card page."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from builders import version_2_cards
from coopwatch.settings import Settings
from coopwatch.store import repository

if TYPE_CHECKING:
    from fastapi.testclient import TestClient


@pytest.fixture()
def client(tmp_path: Path) -> Iterator[TestClient]:
    from fastapi.testclient import TestClient  # the app's imports wait for the first test

    from coopwatch.api import create_app

    app = create_app(Settings(database_url=f"sqlite:///{tmp_path}/web-v2.sqlite3"))
    with app.state.database.sessions.begin() as session:
        for card in version_2_cards():
            repository.save_document(session, doc=card)
    with TestClient(app) as client:
        yield client


def _rows(html: str) -> dict[str, str]:
    """The document list's rows by document id."""
    listed = html.split('class="documents"')[1].split("</table>")[0]
    return {row.split('href="/documents/')[1].split('"')[0]: row
            for row in listed.split("<tr>") if 'href="/documents/' in row}


def test_the_list_says_whether_each_document_is_on_topic(client: TestClient) -> None:
    html = client.get("/").text
    assert "<th>тема</th>" in html
    rows = _rows(html)
    assert '<span title="0.95" class="on-topic">по теме</span>' in rows["spb-by"]
    assert '<span title="0.20" class="off-topic">не по теме</span>' in rows["ta-spb"]
    assert "по теме" not in rows["ta-zj"] and "<td>—</td>" in rows["ta-zj"]


@pytest.mark.parametrize(("query", "listed", "current"), [
    ("", {"spb-by", "ta-spb", "ta-zj"}, "все"),
    ("?on_topic=true", {"spb-by"}, "по теме"),
    ("?on_topic=false", {"ta-spb"}, "не по теме"),
])
def test_the_list_filters_on_topic(
    client: TestClient, query: str, listed: set[str], current: str
) -> None:
    html = client.get("/" + query).text
    assert set(_rows(html)) == listed
    topics = html.split('class="topics"')[1].split("</nav>")[0]
    assert f"<strong>{current}</strong>" in topics
    assert topics.count("<a ") == 2
    assert client.get("/?on_topic=maybe").status_code == 422


def test_the_pager_keeps_the_topic_filter(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("coopwatch.web.overview.PAGE_SIZE", 1)
    html = client.get("/?on_topic=true").text
    assert "страница 1 из 1" in html
    everything = client.get("/?page=2").text
    assert 'href="/?page=3"' in everything and 'href="/?page=1"' in everything
    monkeypatch.setattr("coopwatch.web.overview.PAGE_SIZE", 2)
    assert "страница 1 из 1" in client.get("/?on_topic=false").text


def test_the_card_page_shows_relevance_and_each_facts_confidence(client: TestClient) -> None:
    html = client.get("/documents/spb-by").text
    assert "Тема: по теме (оценка 0.95)" in html
    assert html.count("<th>уверенность</th>") == 5  # positions, events, figures, flows, coop.
    assert html.count("<td>0.90</td>") == 6         # a visit and an agreement among them
    old = client.get("/documents/ta-zj").text        # a version-1 card
    assert "Тема: —" in old and "<td>0.90</td>" not in old


@pytest.mark.parametrize(("page_number", "on_topic", "href"), [
    (1, None, "/?page=1"), (2, None, "/?page=2"), (1, True, "/?on_topic=true"),
    (3, False, "/?page=3&on_topic=false"),
])
def test_list_addresses(page_number: int, on_topic: bool | None, href: str) -> None:
    from coopwatch.web.overview import _href

    assert _href(page_number, on_topic) == href
