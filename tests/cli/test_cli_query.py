"""`coopwatch query` and `coopwatch export` over a real SQLite store (CliRunner)."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from xml.etree import ElementTree

import pytest
from typer.testing import CliRunner

from builders import kazan_card, spb_card, tatar_card
from coopwatch.cli import export, query  # noqa: F401  (register the commands)
from coopwatch.cli.app import app
from coopwatch.settings import Settings
from coopwatch.store import repository
from coopwatch.store.db import Database, migrate

runner = CliRunner()


@pytest.fixture()
def db(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path}/cli.sqlite3"
    settings = Settings(database_url=url)
    migrate(settings)
    database = Database.connect(settings)
    with database.sessions.begin() as session:
        for card in (spb_card(), kazan_card(), tatar_card()):
            repository.save_document(session, doc=card)
    database.dispose()
    return url


def _run(*args: str) -> str:
    result = runner.invoke(app, list(args), env={"COLUMNS": "300"})
    assert result.exit_code == 0, result.output
    return result.stdout


def test_events_json_matches_the_filters(db: str) -> None:
    page = json.loads(_run("query", "events", "--party", "RU-TA", "--party", "CN",
                           "--subregions", "--since", "2023", "--json", "--db", db))
    assert page["total"] == 1
    assert page["items"][0]["type"] == "localization"


def test_events_table_shows_the_evidence(db: str) -> None:
    out = _run("query", "events", "--pair", "RU-SPE,BY", "--db", db)
    assert "agreement" in out and "подписали" in out and "1–1 of 1" in out


def test_figures_by_metric_and_pair(db: str) -> None:
    page = json.loads(_run("query", "figures", "--metric", "trade_turnover",
                           "--pair", "RU-BRY,BY", "--json", "--db", db))
    assert [(i["value"], i["period"]) for i in page["items"]] == [(1.2e9, "2023")]


def test_entity_profile_and_search(db: str) -> None:
    profile = json.loads(_run("query", "entity", "RU-SPE", "--json", "--db", db))
    assert profile["partners"][0]["key"] == "BY"
    out = _run("query", "entity", "RU-SPE", "--db", db)
    assert "partners" in out and "Белоруссия" in out
    found = json.loads(_run("query", "entities", "Брянщина", "--json", "--db", db))
    assert [item["key"] for item in found["items"]] == ["RU-BRY"]


def test_graph_and_search(db: str) -> None:
    graph = json.loads(_run("query", "graph", "--sector", "automotive", "--json", "--db", db))
    assert graph["total_edges"] == 2
    hits = json.loads(_run("query", "search", "поставки тракторов", "--json", "--db", db))
    assert [hit["doc_id"] for hit in hits["items"]] == ["ta-zj"]


@pytest.mark.parametrize(("args", "message"), [
    (["query", "events", "--since", "весной"], "bad period"),
    (["query", "figures", "--pair", "RU-BRY"], "two different entity keys"),
    (["export", "cards", "-o", "x.jsonl", "--party", "BY"], "takes no --party"),
])
def test_bad_parameters_exit_2_with_the_message(db: str, args: list[str], message: str) -> None:
    result = runner.invoke(app, [*args, "--db", db])
    assert result.exit_code == 2
    assert message in result.output


def test_unknown_entity_exits_1(db: str) -> None:
    result = runner.invoke(app, ["query", "entity", "XX", "--db", db])
    assert result.exit_code == 1 and "no entity with key 'XX'" in result.output


def test_exports(db: str, tmp_path: Path) -> None:
    cards, events = tmp_path / "cards.jsonl", tmp_path / "events.csv"
    graph = tmp_path / "graph.graphml"
    _run("export", "cards", "-o", str(cards), "--db", db)
    _run("export", "events", "--party", "RU-SPE", "-o", str(events), "--db", db)
    _run("export", "graph", "-o", str(graph), "--db", db)
    assert len(cards.read_text(encoding="utf-8").splitlines()) == 3
    with open(events, encoding="utf-8", newline="") as handle:
        assert len(list(csv.DictReader(handle))) == 3
    root = ElementTree.parse(graph).getroot()
    assert len(root.findall("{http://graphml.graphdrawing.org/xmlns}graph/"
                            "{http://graphml.graphdrawing.org/xmlns}edge")) == 2
