"""`coopwatch watch`, `fetch` and `searches` as a user runs them, with the real pipeline,
against a local HTTP server: SIGTERM in the middle of a pass, then `--once` to finish;
articles by address; saved searches saved, listed and deleted."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from coopwatch.cli import app
from coopwatch.settings import Settings
from coopwatch.store import read
from coopwatch.store.db import Database
from news_server import Page, Site, article, rss, serving

ARTICLES = 5
COOPWATCH = Path(sys.executable).parent / "coopwatch"


@pytest.fixture()
def site() -> Iterator[Site]:
    with serving(Site()) as served:
        for number in range(ARTICLES):
            served.pages[f"/news/{number}.html"] = Page(article(number).encode(), delay=0.3)
        items = [(served.url(f"/news/{n}.html"), f"Новость {n}") for n in range(ARTICLES)]
        served.pages["/feed.xml"] = Page(rss(items), "application/rss+xml", etag='"f1"')
        yield served


def _config(tmp_path: Path, site: Site) -> Path:
    config = tmp_path / "coopwatch.toml"
    config.write_text(
        "[coopwatch]\nhost_delay = 0.0\nfetch_timeout = 5.0\n\n"
        f'[[coopwatch.sources]]\nname = "region"\nurl = "{site.url("/feed.xml")}"\n'
        "interval = 3600\n", encoding="utf-8")
    return config


def _json_lines(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines() if line.startswith("{")]


def _documents(url: str) -> list[str]:
    database = Database.connect(Settings(database_url=url))
    try:
        with database.sessions() as session:
            return [doc.id for doc in read.list_documents(session, limit=100)]
    finally:
        database.dispose()


def test_sigterm_finishes_the_article_in_hand_and_once_finishes_the_pass(
    tmp_path: Path, site: Site
) -> None:
    db = f"sqlite:///{tmp_path}/watch.sqlite3"
    command = [str(COOPWATCH), "watch", "--config", str(_config(tmp_path, site)), "--db", db]
    env = {**os.environ, "COOPWATCH_CONFIG": ""}
    service = subprocess.Popen(command, stderr=subprocess.PIPE, text=True, env=env)
    assert service.stderr is not None
    lines: list[str] = []
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        line = service.stderr.readline()
        lines.append(line)
        if '"event": "article"' in line:
            service.send_signal(signal.SIGTERM)
            break
    rest = service.communicate(timeout=300)[1]
    logs = _json_lines("".join(lines) + rest)
    assert service.returncode == 0
    passes = [entry for entry in logs if entry["event"] == "pass"]
    stored_first = [entry for entry in logs if entry["event"] == "article"]
    assert [p["status"] for p in passes] == ["stopped"]
    assert 1 <= len(stored_first) < ARTICLES
    assert len(_documents(db)) == len(stored_first)

    once = subprocess.run([*command, "--once"], capture_output=True, text=True, env=env,
                          timeout=300)
    assert once.returncode == 0, once.stderr
    resumed = [entry for entry in _json_lines(once.stderr) if entry["event"] == "article"]
    assert sorted(entry["status"] for entry in resumed) == sorted(
        ["known"] * len(stored_first) + ["stored"] * (ARTICLES - len(stored_first)))
    assert len(set(_documents(db))) == ARTICLES
    assert all(site.count(f"/news/{n}.html") == 1 for n in range(ARTICLES))


def test_fetch_stores_articles_by_address_and_reports_each(tmp_path: Path, site: Site) -> None:
    db = f"sqlite:///{tmp_path}/fetch.sqlite3"
    urls = [site.url("/news/0.html"), site.url("/news/0.html"), site.url("/nothing.html")]
    result = subprocess.run([str(COOPWATCH), "fetch", *urls, "--db", db],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "stored 1, unchanged 1, failed 1" in result.stdout
    assert "http_error HTTP 404" in result.stdout
    assert len(_documents(db)) == 1


def test_saved_searches_are_saved_listed_and_deleted(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path}/searches.sqlite3"
    runner = CliRunner()
    saved = runner.invoke(app, ["searches", "save", "ta-cn", "--party", "RU-TA",
                                "--party", "CN", "--type", "agreement",
                                "--min-confidence", "0.7", "--subregions", "--db", db])
    assert saved.exit_code == 0, saved.output
    assert "/api/feeds/ta-cn" in saved.output
    listed = runner.invoke(app, ["searches", "list", "--db", db])
    assert "ta-cn" in listed.output and '"type": "agreement"' in listed.output
    bad = runner.invoke(app, ["searches", "save", "x", "--type", "picnic", "--db", db])
    assert bad.exit_code == 2 and "picnic" in bad.output
    assert runner.invoke(app, ["searches", "delete", "ta-cn", "--db", db]).exit_code == 0
    assert runner.invoke(app, ["searches", "delete", "ta-cn", "--db", db]).exit_code == 1


def test_watch_without_sources_says_how_to_add_them(tmp_path: Path) -> None:
    empty = tmp_path / "empty.toml"
    empty.write_text("[coopwatch]\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["watch", "--once", "--config", str(empty),
                                      "--db", f"sqlite:///{tmp_path}/x.sqlite3"])
    assert result.exit_code == 2 and "[[coopwatch.sources]]" in result.output
