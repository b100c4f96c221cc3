"""Shared fixtures: models load once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

from coopwatch.pipeline import Pipeline
from coopwatch.tools import Toolkit

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--slow", action="store_true", default=False, help="run slow tests")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--slow"):
        return
    skip = pytest.mark.skip(reason="slow: run with --slow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def tools() -> Toolkit:
    return Toolkit()


@pytest.fixture(scope="session")
def pipeline(tools: Toolkit) -> Pipeline:
    return Pipeline(tools=tools)


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    return SHARED
