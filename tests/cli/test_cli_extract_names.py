"""Issue 13, drill finding 1: a file name that is not valid UTF-8 crashed `extract` while
it wrote the card, and aborted `ingest`. Both now name it with a `\\xff` escape."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

import coopwatch.cli.cards  # noqa: F401  (registers `extract`)
import coopwatch.cli.ingest as ingest_command
import coopwatch.parallel as parallel
from coopwatch.cli.app import app
from coopwatch.pipeline import Pipeline

NEWS = ("Губернатор Омской области встретился с акимом Павлодарской области. Стороны "
        "обсудили поставки зерна и совместную переработку.")


@pytest.fixture()
def inbox(tmp_path: Path) -> Path:
    folder = tmp_path / "inbox"
    folder.mkdir()
    with open(os.path.join(os.fsencode(folder), b"bad_\xff.txt"), "wb") as handle:
        handle.write(NEWS.encode("utf-8"))
    (folder / "good.txt").write_text(NEWS + " Второй текст.", encoding="utf-8")
    return folder


def test_extract_writes_the_card_of_a_file_with_an_undecodable_name(
    inbox: Path, tmp_path: Path, pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(parallel, "Pipeline", lambda: pipeline)
    out = tmp_path / "cards.jsonl"
    result = CliRunner().invoke(app, ["extract", str(inbox), "-o", str(out)])
    assert result.exit_code == 0, result.output
    paths = [json.loads(line)["source"]["path"] for line in out.read_text("utf-8").splitlines()]
    assert paths == [f"{inbox}/bad_\\xff.txt", f"{inbox}/good.txt"]


def test_ingest_stores_a_file_with_an_undecodable_name(
    inbox: Path, tmp_path: Path, pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ingest_command, "Pipeline", lambda: pipeline)
    url = f"sqlite:///{tmp_path}/store.sqlite3"
    result = CliRunner().invoke(app, ["ingest", str(inbox), "--db", url],
                                env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert re.search(r"stored\W+2", result.output)
