"""Regression tests of the server drills (issue 13): each reproduces one finding.

Body limits, jobs off the request path, bounded integers, NULs, the error model, the
media types of exports, links to sources, security headers and the token rules. Store
reads run on SQLite and PostgreSQL (`database_url`); the body-size drill runs against a
real uvicorn server.
"""

from __future__ import annotations

import logging
import socket
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import pytest

from builders import spb_card, tatar_card
from coopwatch.records import Document
from coopwatch.settings import Settings
from coopwatch.store import repository
from live_server import live

if TYPE_CHECKING:
    from fastapi.testclient import TestClient

pytest_plugins = ["db_fixtures"]

TOKEN = "s3cret-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
TEXT = ("Делегация Омской области посетила Павлодар и обсудила поставки зерна в Казахстан. "
        "Стороны договорились расширять сотрудничество.")
HUGE = 2**63
OVER_INT32 = 2**31
MAX_INT32 = 2**31 - 1


@contextmanager
def _client(database_url: str, *, pipeline: Callable[[Document], Document] | None = None,
            cards: tuple[Document, ...] = (), **settings: object) -> Iterator[TestClient]:
    from fastapi.testclient import TestClient

    from coopwatch.api import create_app

    settings = {"api_token": TOKEN, **settings}
    app = create_app(Settings(database_url=database_url, **settings),  # type: ignore[arg-type]
                     pipeline=pipeline or (lambda doc: doc))
    with app.state.database.sessions.begin() as session:
        for card in cards:
            repository.save_document(session, doc=card)
    with TestClient(app) as client:
        yield client


@pytest.fixture()
def client(database_url: str) -> Iterator[TestClient]:
    with _client(database_url, cards=(spb_card(), tatar_card())) as served:
        yield served


class Gate:
    """A pipeline that holds each document until the test opens the gate."""

    def __init__(self) -> None:
        self.started = threading.Event()
        self.opened = threading.Event()

    def __call__(self, doc: Document) -> Document:
        self.started.set()
        assert self.opened.wait(timeout=60), "the test never opened the gate"
        return doc


# --- finding 8: the body-size limit, the text cap, the queue


def test_an_announced_50_mb_body_is_refused_before_it_is_sent(tmp_path) -> None:
    """The server answers 413 while the client has sent only the headers and 1 kB."""
    from coopwatch.api import create_app

    app = create_app(Settings(database_url=f"sqlite:///{tmp_path}/limit.sqlite3",
                              api_token=TOKEN), pipeline=lambda doc: doc)
    with live(app) as url:
        address = urlsplit(url)
        with socket.create_connection((address.hostname, address.port), timeout=10) as conn:
            conn.sendall(b"POST /api/documents HTTP/1.1\r\nHost: test\r\n"
                         b"Content-Type: application/json\r\n"
                         b"Authorization: Bearer " + TOKEN.encode() + b"\r\n"
                         b"Content-Length: 52428800\r\n\r\n" + b"{" * 1024)
            answer = _read_answer(conn)
    assert answer.startswith("HTTP/1.1 413"), answer
    assert "over 6291456 bytes" in answer
    assert "content-security-policy" in answer.lower()


def _read_answer(conn: socket.socket) -> str:
    """One HTTP answer off the socket: the head, then as many bytes as it announces."""
    data = b""
    while b"\r\n\r\n" not in data and (chunk := conn.recv(65536)):
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = next(int(line.split(b":")[1]) for line in head.split(b"\r\n")
                  if line.lower().startswith(b"content-length:"))
    while len(body) < length and (chunk := conn.recv(65536)):
        body += chunk
    return (head + b"\r\n\r\n" + body).decode()


def test_a_streamed_body_over_the_limit_is_413(database_url: str) -> None:
    """No Content-Length (chunked): the count of received bytes stops it."""
    with _client(database_url, max_request_bytes=64 * 1024) as client:
        chunks = (b"x" * 16384 for _ in range(16))
        response = client.post("/api/documents", content=chunks,
                               headers={**AUTH, "Content-Type": "application/json"})
        assert response.status_code == 413 and "65536" in response.json()["detail"]


def test_a_text_over_the_cap_is_refused_at_once(database_url: str) -> None:
    with _client(database_url, max_text_chars=1000) as client:
        response = client.post("/api/documents", json={"text": TEXT * 10}, headers=AUTH)
        assert response.status_code == 422
        [issue] = response.json()["detail"]
        assert issue["type"] == "too_long" and issue["loc"] == ["body", "text"]


def test_an_html_page_whose_text_is_over_the_cap_ends_as_a_rejected_job(
    database_url: str,
) -> None:
    with _client(database_url, max_text_chars=1000) as client:
        paragraphs = "".join(f"<p>{number}. {TEXT}</p>" for number in range(20))
        html = f"<html><body><article>{paragraphs}</article></body></html>"
        job = client.post("/api/documents", json={"html": html}, headers=AUTH).json()
        client.app.state.jobs.wait_idle()
        done = client.get(job["url"]).json()
        assert (done["status"], done["reason"]) == ("rejected", "too_long")


def test_a_long_extraction_holds_no_other_request(database_url: str) -> None:
    """While one document is in the pipeline, reads answer and another POST is queued."""
    gate = Gate()
    with _client(database_url, pipeline=gate, cards=(spb_card(),)) as client:
        first = client.post("/api/documents", json={"text": TEXT}, headers=AUTH)
        assert first.status_code == 202
        assert gate.started.wait(timeout=30)
        for url in ("/api/events", "/api/documents/spb-by", "/", "/api/search?q=Минск"):
            assert client.get(url).status_code == 200, url
        second = client.post("/api/documents", json={"text": TEXT + " Ещё."}, headers=AUTH)
        assert second.status_code == 202
        assert client.get(first.json()["url"]).json()["status"] == "running"
        assert client.get(second.json()["url"]).json()["status"] == "queued"
        gate.opened.set()
        client.app.state.jobs.wait_idle()
        assert client.get(first.json()["url"]).json()["status"] == "stored"
        assert client.get(second.json()["url"]).json()["status"] == "stored"


def test_a_full_queue_answers_429(database_url: str) -> None:
    gate = Gate()
    with _client(database_url, pipeline=gate, job_queue_size=1) as client:
        assert client.post("/api/documents", json={"text": TEXT}, headers=AUTH).status_code == 202
        assert gate.started.wait(timeout=30)  # the first job left the queue for the worker
        assert client.post("/api/documents", json={"text": TEXT + " 2"},
                           headers=AUTH).status_code == 202
        full = client.post("/api/documents", json={"text": TEXT + " 3"}, headers=AUTH)
        assert full.status_code == 429 and full.headers["retry-after"].isdigit()
        gate.opened.set()
        client.app.state.jobs.wait_idle()
        assert client.post("/api/documents", json={"text": TEXT + " 4"},
                           headers=AUTH).status_code == 202


def test_a_failing_store_rejects_the_job_and_the_worker_goes_on(database_url: str) -> None:
    def broken(doc: Document) -> Document:
        raise RuntimeError("models fell over")

    with _client(database_url, pipeline=broken) as client:
        for text in (TEXT, TEXT + " 2"):
            job = client.post("/api/documents", json={"text": text}, headers=AUTH).json()
            client.app.state.jobs.wait_idle()
            done = client.get(job["url"]).json()
            assert (done["status"], done["reason"]) == ("rejected", "pipeline_error")
            assert "models fell over" in done["detail"]


# --- finding 10: bounded integers and NULs are 422, never 500


PAGED = [("/api/documents", {}), ("/api/entities", {}), ("/api/entities", {"q": "пет"}),
         ("/api/events", {}), ("/api/figures", {}), ("/api/graph", {}),
         ("/api/search", {"q": "Минск"})]


@pytest.mark.parametrize(("url", "params"), PAGED)
@pytest.mark.parametrize("offset", [HUGE, OVER_INT32])
def test_huge_offsets_are_422(client: TestClient, url: str, params: dict, offset: int) -> None:
    response = client.get(url, params={**params, "offset": offset})
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["query", "offset"]


@pytest.mark.parametrize(("url", "params"), PAGED)
def test_the_largest_offset_is_an_empty_page(client: TestClient, url: str, params: dict) -> None:
    response = client.get(url, params={**params, "offset": MAX_INT32})
    assert response.status_code == 200
    body = response.json()
    assert body.get("items", body.get("edges")) == []


@pytest.mark.parametrize(("url", "name"), [("/", "page"), ("/api/graph", "min_weight"),
                                           ("/api/export/graph.graphml", "min_weight")])
@pytest.mark.parametrize("value", [HUGE, OVER_INT32])
def test_huge_pages_and_weights_are_422(
    client: TestClient, url: str, name: str, value: int
) -> None:
    assert client.get(url, params={name: value}).status_code == 422
    largest = client.get(url, params={name: MAX_INT32})
    if url == "/":  # a page past the last one is the overview's friendly Russian 422
        assert largest.status_code == 422
        assert largest.headers["content-type"].startswith("text/html")
    else:
        assert largest.status_code == 200


@pytest.mark.parametrize(("url", "params"), [
    ("/api/search", {"q": "Минск\x00"}),
    ("/api/entities", {"q": "пет\x00"}),
    ("/api/events", {"party": "RU-SPE\x00"}),
    ("/api/figures", {"party": "\x00"}),
    ("/api/export/events.csv", {"party": "BY\x00"}),
    ("/api/documents/spb%00by", {}),
    ("/api/documents/spb%00by/text", {}),
    ("/api/entities/RU%00SPE/profile", {}),
    ("/documents/spb%00by", {}),
])
def test_a_nul_anywhere_in_the_address_is_422(client: TestClient, url: str, params: dict) -> None:
    response = client.get(url, params=params)
    assert response.status_code == 422
    [issue] = response.json()["detail"]
    assert issue["type"] == "nul_character" and issue["loc"] == ["query" if params else "path"]


# --- finding 10: the declared error model and media types match what is returned


def test_every_api_route_declares_its_errors(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    for path, operations in spec["paths"].items():
        for method, operation in operations.items():
            invalid = operation["responses"]["422"]["content"]["application/json"]["schema"]
            assert invalid == {"$ref": "#/components/schemas/Invalid"}, (method, path)
            if "{" in path:
                assert "404" in operation["responses"], (method, path)
    post = spec["paths"]["/api/documents"]["post"]["responses"]
    assert {"202", "401", "413", "422", "429"} <= set(post)


@pytest.mark.parametrize(("path", "media_type"), [
    ("/api/export/cards.jsonl", "application/x-ndjson"),
    ("/api/export/events.csv", "text/csv; charset=utf-8"),
    ("/api/export/figures.csv", "text/csv; charset=utf-8"),
    ("/api/export/graph.graphml", "application/graphml+xml"),
])
def test_exports_declare_the_media_type_they_send(
    client: TestClient, path: str, media_type: str
) -> None:
    declared = client.get("/openapi.json").json()["paths"][path]["get"]["responses"]["200"]
    assert list(declared["content"]) == [media_type]
    assert client.get(path).headers["content-type"] == media_type


def test_the_docs_show_real_schemas(client: TestClient) -> None:
    """No open-ended objects (Swagger's `additionalProp1`) but the counted mappings,
    which carry an example; the card is its JSON Schema."""
    spec = client.get("/openapi.json").json()
    schemas = spec["components"]["schemas"]

    def open_ended(node: object, where: str, example: bool = False) -> Iterator[str]:
        """Objects with free keys and no example of them, here or in an enclosing schema."""
        if isinstance(node, dict):
            example = example or bool(node.get("examples"))
            if node.get("additionalProperties") not in (None, False) and not example:
                yield where
            for key, value in node.items():
                yield from open_ended(value, f"{where}/{key}", example)
        elif isinstance(node, list):
            for index, value in enumerate(node):
                yield from open_ended(value, f"{where}[{index}]", example)

    assert list(open_ended(spec, "")) == []
    assert schemas["Card"]["properties"]["events"]["items"] == {
        "$ref": "#/components/schemas/CardEvent"}
    card = client.get("/api/documents/spb-by").json()
    assert set(card) <= set(schemas["Card"]["properties"])


# --- finding 7: only http(s) URLs become links


@pytest.mark.parametrize("url", ["javascript:alert(document.domain)",
                                 " JavaScript:alert(1)",
                                 "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="])
def test_a_source_url_that_is_not_http_is_not_a_link(database_url: str, url: str) -> None:
    card = spb_card()
    card = card.replace(source=replace(card.source, url=url))
    with _client(database_url, cards=(card,)) as client:
        page = client.get("/documents/spb-by").text
        assert 'href="javascript' not in page.lower().replace(" ", "")
        assert 'href="data:' not in page and "unlinked-url" in page


def test_an_http_source_url_is_a_link(client: TestClient) -> None:
    page = client.get("/documents/spb-by").text
    assert 'href="https://example.ru/spb"' in page


# --- security headers


@pytest.mark.parametrize("url", ["/", "/documents/spb-by", "/api/stats", "/docs", "/redoc",
                                 "/static/style.css", "/api/nothing-here"])
def test_every_answer_carries_the_security_headers(client: TestClient, url: str) -> None:
    headers = client.get(url).headers
    assert headers["content-security-policy"].startswith("default-src 'self'; script-src 'self';")
    assert "frame-ancestors 'none'" in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["x-frame-options"] == "DENY"
    assert headers["referrer-policy"] == "no-referrer"


def test_the_docs_load_nothing_from_elsewhere(client: TestClient) -> None:
    for url in ("/docs", "/redoc"):
        page = client.get(url).text
        assert "http://" not in page and "https://" not in page and "<script>" not in page
    assert client.get("/static/apidocs/swagger-ui-bundle.js").status_code == 200
    assert client.get("/static/apidocs/redoc.standalone.js").status_code == 200
    assert client.get("/static/swagger-init.js").status_code == 200
    redoc = client.get("/static/redoc.js")
    assert redoc.status_code == 200 and "Redoc" in redoc.text and "cdn.redoc.ly" not in redoc.text


# --- finding 9: tokens


@pytest.mark.parametrize("token", ["change-me", "", " , ", "change-me,other-secret"])
@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.1.5", "example.org", "::"])
def test_the_default_or_no_token_is_refused_beyond_loopback(token: str, host: str) -> None:
    from coopwatch.api.security import UnsafeToken, check_token

    with pytest.raises(UnsafeToken, match="COOPWATCH_API_TOKEN"):
        check_token(Settings(api_token=token, host=host))


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "::1", "127.0.0.2"])
def test_the_default_token_on_loopback_is_a_warning(
    host: str, caplog: pytest.LogCaptureFixture
) -> None:
    from coopwatch.api.security import check_token

    with caplog.at_level(logging.WARNING, logger="coopwatch.api"):
        check_token(Settings(host=host))
    assert "default 'change-me'" in caplog.text


def test_a_real_token_anywhere_is_quiet(caplog: pytest.LogCaptureFixture) -> None:
    from coopwatch.api.security import check_token

    with caplog.at_level(logging.WARNING, logger="coopwatch.api"):
        check_token(Settings(api_token="a-long-secret", host="0.0.0.0"))
    assert caplog.text == ""


def test_serve_refuses_the_default_token_on_all_interfaces(
    monkeypatch: pytest.MonkeyPatch, tmp_path
) -> None:
    from typer.testing import CliRunner

    from coopwatch.cli import app
    from coopwatch.settings import get_settings

    monkeypatch.delenv("COOPWATCH_API_TOKEN", raising=False)
    monkeypatch.setenv("COOPWATCH_DATABASE_URL", f"sqlite:///{tmp_path}/serve.sqlite3")
    get_settings.cache_clear()
    try:
        result = CliRunner().invoke(app, ["serve", "--host", "0.0.0.0", "--port", "9"])
    finally:
        get_settings.cache_clear()
    assert result.exit_code == 2
    assert "refusing to listen on 0.0.0.0" in result.output.replace("\n", " ")
    assert not (tmp_path / "serve.sqlite3").exists()  # stopped before touching the store


def test_tokens_rotate(database_url: str) -> None:
    with _client(database_url, api_token="old-secret, new-secret") as client:
        _post_with_tokens(client)


def _post_with_tokens(client: TestClient) -> None:
    for token, status in (("old-secret", 202), ("new-secret", 202), ("other", 401),
                          ("old-secret,new-secret", 401), ("", 401)):
        response = client.post("/api/documents", json={"text": TEXT},
                               headers={"Authorization": f"Bearer {token}"})
        assert response.status_code == status, token


def test_token_comparison_checks_every_token() -> None:
    from coopwatch.api.security import token_matches

    assert token_matches("b", ["a", "b", "c"]) and not token_matches("d", ["a", "b", "c"])
    assert not token_matches("ab", ["a"]) and not token_matches("", [])


# --- the read cache


def test_a_stored_submission_empties_the_read_cache(database_url: str) -> None:
    with _client(database_url, cards=(spb_card(),)) as client:
        assert client.get("/api/stats").json()["documents"] == 1
        client.post("/api/documents", json={"text": TEXT}, headers=AUTH)
        client.app.state.jobs.wait_idle()
        assert client.get("/api/stats").json()["documents"] == 2


@pytest.mark.parametrize(("seconds", "seen"), [(60.0, 1), (0.0, 2)])
def test_writes_from_elsewhere_show_once_the_answer_expires(
    database_url: str, seconds: float, seen: int
) -> None:
    """Another process's write is not seen while an answer is kept; 0 keeps none."""
    with _client(database_url, cards=(spb_card(),), read_cache_seconds=seconds) as client:
        assert client.get("/api/stats").json()["documents"] == 1
        with client.app.state.database.sessions.begin() as session:
            repository.save_document(session, doc=tatar_card())
        assert client.get("/api/stats").json()["documents"] == seen
        assert client.get("/api/jobs/x").status_code == 404  # never kept


@pytest.mark.slow
def test_the_default_pipeline_runs_in_a_child_process(database_url: str) -> None:
    """No pipeline given: the job's extraction runs in a spawned child with the models."""
    from fastapi.testclient import TestClient

    from coopwatch.api import create_app

    app = create_app(Settings(database_url=database_url, api_token=TOKEN))
    with TestClient(app) as client:
        job = client.post("/api/documents", json={"text": TEXT}, headers=AUTH).json()
        app.state.jobs.wait_idle()
        done = client.get(job["url"]).json()
        assert done["status"] == "stored", done
        card = client.get(f"/api/documents/{done['document_id']}").json()
        assert {"RU-OMS", "KZ"} <= {entity["key"] for entity in card["entities"]}
