"""Golden cards and API answers for the example corpus: what a refactoring must not change.

`python tests/golden.py` (or `make golden`) writes them under tests/golden/; the test
`test_golden.py` computes them again and compares file by file. Cards are one
pretty-printed JSON file per example input, so a review reads a change as a diff of the
fields that moved. API answers come from a SQLite store that ingested the same corpus,
with the ingestion clock (`ingested_at`, the day in the table of rejected inputs) left
out.
"""

from __future__ import annotations

import json
import os
import re
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "tests" / "golden"
CORPUS = "corpus/examples"

CLOCK_FIELDS = frozenset({"ingested_at", "created_at"})
# the page's table of rejected inputs shows the day each was rejected: the ingestion clock
REJECTIONS_TABLE = re.compile(r'<table class="rejections">.*?</table>', re.S)
A_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")

# (name of the golden file, path and query of the GET request)
API_REQUESTS: tuple[tuple[str, str], ...] = (
    ("documents.json", "/api/documents?limit=500"),
    ("stats.json", "/api/stats"),
    ("entities.json", "/api/entities?limit=500"),
    ("entities_geo.json", "/api/entities?type=GEO&limit=50"),
    ("entities_search.json", "/api/entities?q=татар"),
    ("events.json", "/api/events?limit=500"),
    ("events_party.json", "/api/events?party=RU-TA&limit=100"),
    ("figures.json", "/api/figures?limit=500"),
    ("figures_metric.json", "/api/figures?metric=trade_turnover&limit=100"),
    ("graph.json", "/api/graph"),
    ("graph_sector.json", "/api/graph?sector=automotive"),
    ("search.json", "/api/search?q=поставки%20тракторов"),
    ("search_soy.json", "/api/search?q=соя"),
    ("profile_ru_ta.json", "/api/entities/RU-TA/profile"),
    ("profile_cn.json", "/api/entities/CN/profile"),
    ("profile_by.json", "/api/entities/BY/profile"),
    ("profile_ru_nvs.json", "/api/entities/RU-NVS/profile"),
    ("export_cards.jsonl", "/api/export/cards.jsonl"),
    ("export_events.csv", "/api/export/events.csv"),
    ("export_figures.csv", "/api/export/figures.csv"),
    ("export_graph.graphml", "/api/export/graph.graphml"),
    ("page_index.html", "/"),
)


def _pretty(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def card_files() -> dict[str, str]:
    """`cards/<input name>.json`: the card or the rejection of every example input."""
    from coopwatch.ingest import read_inputs
    from coopwatch.parallel import map_documents
    from coopwatch.pipeline import Pipeline
    from coopwatch.records import Rejection
    from coopwatch.settings import Settings

    files: dict[str, str] = {}
    results = map_documents(read_inputs([Path(CORPUS)], Settings()), workers=1,
                            pipeline=Pipeline())
    for index, result in enumerate(results):
        if isinstance(result, Rejection):
            name, data = result.path, {"rejected": result.reason, "detail": result.detail}
        else:
            name, data = result.source.path or result.id, result.to_json()
        stem = Path(name).name.replace(":", "_")
        files[f"cards/{index:03d}_{stem}.json"] = _pretty(data)
    return files


def _without_clock(data: Any) -> Any:
    if isinstance(data, dict):
        return {key: _without_clock(value) for key, value in data.items()
                if key not in CLOCK_FIELDS}
    if isinstance(data, list):
        return [_without_clock(value) for value in data]
    return data


def _html_without_clock(body: str) -> str:
    return REJECTIONS_TABLE.sub(lambda match: A_DAY.sub("(день загрузки)", match.group()),
                                body)


def _answers(client: Any) -> Iterator[tuple[str, str]]:
    for name, url in API_REQUESTS:
        response = client.get(url)
        body = response.text
        if response.headers.get("content-type", "").startswith("application/json"):
            body = _pretty(_without_clock(response.json()))
        elif response.headers.get("content-type", "").startswith("text/html"):
            body = _html_without_clock(body)
        yield f"api/{name}", f"{response.status_code}\n{body}"
    documents = client.get("/api/documents?limit=500").json()["items"]
    for item in documents:
        doc_id = item["id"]
        card = client.get(f"/api/documents/{doc_id}")
        yield (f"api/document_{doc_id}.json",
               f"{card.status_code}\n{_pretty(_without_clock(card.json()))}")


def api_files() -> dict[str, str]:
    """`api/<name>`: the status and body of each request over the ingested corpus."""
    from fastapi.testclient import TestClient

    from coopwatch.api import create_app
    from coopwatch.ingest import read_inputs
    from coopwatch.pipeline import Pipeline
    from coopwatch.service.ingest import ingest_items
    from coopwatch.settings import Settings
    from coopwatch.store.db import Database, migrate

    with tempfile.TemporaryDirectory() as folder:
        settings = Settings(database_url=f"sqlite:///{folder}/golden.sqlite3")
        migrate(settings)
        database = Database.connect(settings)
        try:
            list(ingest_items(read_inputs([Path(CORPUS)], settings), database=database,
                              pipeline=Pipeline()))
        finally:
            database.dispose()
        with TestClient(create_app(settings, pipeline=lambda doc: doc)) as client:
            return dict(_answers(client))


def golden_files() -> dict[str, str]:
    """Every golden file by its path under tests/golden/."""
    return {**card_files(), **api_files()}


def write() -> None:
    files = golden_files()
    for old in GOLDEN.rglob("*"):
        if old.is_file() and str(old.relative_to(GOLDEN)) not in files:
            old.unlink()
    for name, text in files.items():
        path = GOLDEN / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    print(f"wrote {len(files)} golden files under {GOLDEN.relative_to(ROOT)}")


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    os.chdir(ROOT)
    write()
