"""`coopwatch query` and `coopwatch export` over a real SQLite store (CliRunner)."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from pathlib import Path
from xml.etree import ElementTree

import pytest
from typer.testing import CliRunner

from builders import kazan_card, spb_card, tatar_card, version_2_cards
from coopwatch.cli import export, query, show  # noqa: F401  (register the commands)
from coopwatch.cli.app import app
from coopwatch.records import Document
from coopwatch.settings import Settings
from coopwatch.store import repository
from coopwatch.store.db import Database, migrate

runner = CliRunner()


def stored(path: Path, cards: Iterable[Document]) -> str:
    """The URL of a new SQLite store at `path` holding `cards`."""
    url = f"sqlite:///{path}"
    settings = Settings(database_url=url)
    migrate(settings)
    database = Database.connect(settings)
    with database.sessions.begin() as session:
        for card in cards:
            repository.save_document(session, doc=card)
    database.dispose()
    return url


@pytest.fixture()
def db(tmp_path: Path) -> str:
    return stored(tmp_path / "cli.sqlite3", (spb_card(), kazan_card(), tatar_card()))


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
    with open(events, encoding="utf-8-sig", newline="") as handle:
        assert len(list(csv.DictReader(handle))) == 3
    root = ElementTree.parse(graph).getroot()
    assert len(root.findall("{http://graphml.graphdrawing.org/xmlns}graph/"
                            "{http://graphml.graphdrawing.org/xmlns}edge")) == 2


# --- cards version 2: confidence and relevance


@pytest.fixture()
def db_v2(tmp_path: Path) -> str:
    """spb-by on topic (facts 0.9), ta-spb off topic (0.3), ta-zj a version-1 card."""
    return stored(tmp_path / "cli-v2.sqlite3", version_2_cards())


@pytest.mark.parametrize(("args", "documents"), [
    (["query", "events", "--min-confidence", "0.5"], {"spb-by"}),
    (["query", "events", "--on-topic"], {"spb-by"}),
    (["query", "events", "--off-topic"], {"ta-spb"}),
    (["query", "figures", "--min-confidence", "0"], {"spb-by"}),
    (["query", "figures"], {"spb-by", "ta-zj"}),
])
def test_fact_queries_filter_on_confidence_and_topic(
    db_v2: str, args: list[str], documents: set[str]
) -> None:
    page = json.loads(_run(*args, "--json", "--db", db_v2))
    assert {item["source"]["document_id"] for item in page["items"]} == documents


def test_tables_show_confidence_and_graph_filters(db_v2: str) -> None:
    out = _run("query", "events", "--min-confidence", "0.5", "--db", db_v2)
    assert "confidence" in out and "0.9" in out
    graph = json.loads(_run("query", "graph", "--min-confidence", "0.5", "--json",
                            "--db", db_v2))
    assert [(e["source"], e["target"], e["confidence"]) for e in graph["edges"]] == [
        ("BY", "RU-SPE", 0.9)]


def test_documents_list_and_filter_on_topic(db_v2: str) -> None:
    every = json.loads(_run("query", "documents", "--json", "--db", db_v2))
    assert every["total"] == 3
    off = json.loads(_run("query", "documents", "--off-topic", "--json", "--db", db_v2))
    assert [(d["id"], d["relevance"]) for d in off["items"]] == [
        ("ta-spb", {"on_topic": False, "score": 0.2})]
    out = _run("query", "documents", "--db", db_v2)
    assert "on topic" in out and "off topic" in out and "0.95" in out


def test_show_prints_relevance_and_confidence(db_v2: str) -> None:
    out = _run("show", "spb-by", "--db", db_v2)
    assert "relevance: on topic (0.95)" in out and "confidence" in out
    assert "relevance: -" in _run("show", "ta-zj", "--db", db_v2)


@pytest.mark.parametrize(("args", "message"), [
    (["query", "events", "--min-confidence", "1.5"], "less than or equal to 1"),
    (["query", "graph", "--min-confidence", "-0.2"], "greater than or equal to 0"),
    (["query", "figures", "--min-confidence", "высокая"], "valid number"),
    (["query", "events", "--min-confidence", "nan"], "--min-confidence"),
    (["export", "events", "-o", "x.csv", "--min-confidence", "2"], "less than or equal to 1"),
    (["export", "cards", "-o", "x.jsonl", "--min-confidence", "0.5"],
     "takes no --min-confidence"),
    (["export", "cards", "-o", "x.jsonl", "--off-topic"], "takes no --on-topic"),
])
def test_bad_quality_options_exit_2(db_v2: str, args: list[str], message: str) -> None:
    result = runner.invoke(app, [*args, "--db", db_v2], env={"COLUMNS": "300"})
    assert result.exit_code == 2
    assert message in " ".join(result.output.replace("│", " ").split())


def test_export_filters_and_columns(db_v2: str, tmp_path: Path) -> None:
    events, figures = tmp_path / "events.csv", tmp_path / "figures.csv"
    cards, graph = tmp_path / "cards.jsonl", tmp_path / "graph.graphml"
    _run("export", "events", "--min-confidence", "0.2", "--off-topic", "-o", str(events),
         "--db", db_v2)
    _run("export", "figures", "--on-topic", "-o", str(figures), "--db", db_v2)
    _run("export", "graph", "--min-confidence", "0.5", "-o", str(graph), "--db", db_v2)
    _run("export", "cards", "-o", str(cards), "--db", db_v2)
    with open(events, encoding="utf-8-sig", newline="") as handle:
        assert [(r["document_id"], r["confidence"], r["on_topic"])
                for r in csv.DictReader(handle)] == [("ta-spb", "0.3", "false")]
    with open(figures, encoding="utf-8-sig", newline="") as handle:
        assert [r["confidence"] for r in csv.DictReader(handle)] == ["0.9"]
    ns = "{http://graphml.graphdrawing.org/xmlns}"
    edges = ElementTree.parse(graph).getroot().findall(f"{ns}graph/{ns}edge")
    assert [e.find(f"{ns}data[@key='confidence']").text for e in edges] == ["0.9"]
    lines = cards.read_text(encoding="utf-8").splitlines()
    assert {json.loads(line)["schema"] for line in lines} == {2}


def test_help_names_the_new_options() -> None:
    for command in (["query", "events"], ["query", "figures"], ["query", "graph"],
                    ["export"]):
        out = runner.invoke(app, [*command, "--help"], env={"COLUMNS": "200"}).output
        assert "--min-confidence" in out and "--on-topic" in out and "--off-topic" in out
