"""The example corpus gives the same cards and the same API answers as tests/golden/.

A change of behaviour shows here as the list of golden files that differ; if the change
is meant, `make golden` writes the new files and the review reads their diff.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from golden import GOLDEN, ROOT, api_files, card_files


def _differing(files: dict[str, str]) -> list[str]:
    wrong = []
    for name, text in files.items():
        path = GOLDEN / name
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            wrong.append(name)
    return wrong


def _stored(folder: str) -> set[str]:
    return {str(path.relative_to(GOLDEN)) for path in (GOLDEN / folder).rglob("*")
            if path.is_file()}


@pytest.fixture()
def at_root(monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(ROOT)
    return ROOT


def test_cards_are_golden(at_root: Path) -> None:
    files = card_files()
    assert len(files) > 40
    assert _differing(files) == [], "run `make golden` and review the diff if meant"
    assert _stored("cards") == set(files)


def test_api_answers_are_golden(at_root: Path) -> None:
    files = api_files()
    assert _differing(files) == [], "run `make golden` and review the diff if meant"
    assert _stored("api") == set(files)
