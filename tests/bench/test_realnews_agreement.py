"""bench/realnews/agreement.py: a second annotation is scored against the first by the
gold rules; the committed one annotates dev records only."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench_scripts import load_script

AGREEMENT = Path(__file__).resolve().parents[2] / "bench" / "realnews" / "agreement.py"


def _record(path: str, importer: str) -> dict:
    return {
        "path": path, "url": f"https://example.org/{path}", "query": "экспорт", "sha256": "0",
        "on_topic": True, "published": "2025-03-01",
        "entities": [{"key": "RU-OMS", "type": "GEO", "name": "Омская область"},
                     {"key": importer, "type": "GEO", "name": importer}],
        "positions": [], "events": [], "figures": [],
        "flows": [{"from": "RU-OMS", "to": importer, "goods": ["пшеница"]}],
        "cooperation": [{"parties": ["RU-OMS", importer]}], "sectors": ["agriculture"],
    }


@pytest.fixture
def agreement(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    module = load_script(AGREEMENT, "realnews_agreement")
    first = [_record("a.txt", "KZ"), _record("b.txt", "CN")]
    monkeypatch.setattr(module, "gold_records", lambda split: first)
    monkeypatch.setattr(module, "SECOND", tmp_path / "second.json")
    return module


def test_the_same_annotation_agrees_fully(agreement) -> None:
    agreement.SECOND.write_text(json.dumps([_record("a.txt", "KZ"), _record("b.txt", "CN")]))
    rows = agreement.agreement(with_system=False, texts=Path("."))
    row = rows["second vs first, optional left out"]
    assert row["documents"] == 2
    assert row["flows"] == row["cooperation"] == row["GEO"] == 1.0


def test_a_different_partner_disagrees(agreement) -> None:
    agreement.SECOND.write_text(json.dumps([_record("a.txt", "KZ"), _record("b.txt", "MN")]))
    row = agreement.agreement(with_system=False, texts=Path("."))[
        "second vs first, optional left out"]
    assert row["flows"] == pytest.approx(0.5)
    assert row["GEO"] < 1.0


def test_the_committed_second_annotation_is_of_dev_records() -> None:
    module = load_script(AGREEMENT, "realnews_agreement_committed")
    seconds = json.loads(module.SECOND.read_text(encoding="utf-8"))
    dev = {record["path"]: record for record in module.gold_records("dev")}
    assert len(seconds) >= 40
    assert all(record["path"] in dev for record in seconds)
    assert all(record["sha256"] == dev[record["path"]]["sha256"] for record in seconds)
