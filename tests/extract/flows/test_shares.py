"""Shares of a sender's exports told after its total (coopwatch.extract.flows.shares)."""

from __future__ import annotations

import pytest

from coopwatch.pipeline import Pipeline
from coopwatch.records import Document


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


# text, expected (from, to) pairs
SHARES = [
    # the bulk of the export the sentence before totalled fell to the countries after «на»
    ("За 10 месяцев объем экспорта Ростовской области составил 5,3 млрд долларов. "
     "Наибольшие объемы пришлись на Турцию – 1,1 млрд долларов и Египет – 0,6 млрд.",
     {("RU-ROS", "TR"), ("RU-ROS", "EG")}),
    ("Объем экспорта Ростовской области составил 5,3 млрд долларов. Основная доля пришлась "
     "на Турцию.", {("RU-ROS", "TR")}),
    # an import total names no sender to go on with
    ("Объем импорта Ростовской области составил 5,3 млрд долларов. Основная доля пришлась "
     "на Китай.", set()),
    # a sentence before that names two places gives no one sender
    ("Объем экспорта Ростовской области в Казахстан составил 300 млн долларов. Основная "
     "доля пришлась на зерно.", {("RU-ROS", "KZ")}),
]


@pytest.mark.parametrize(("text", "expected"), SHARES)
def test_the_bulk_of_an_export_falls_to_its_receivers(pipeline: Pipeline, text: str,
                                                      expected: set[tuple[str, str]]) -> None:
    doc = pipeline(Document(id="shares", text=text))
    assert {(flow.source, flow.target) for flow in doc.flows} == expected
