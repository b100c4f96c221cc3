"""Cooperation in wordings of session 28, as the rules find them (the pipeline up to the
pair judge, `conftest.py`): partners that
follow a cue in the nominative are the page's partners, not a pair of their own; the
partners of a ranking by trade. The sentences are written for this table; each row
gives the pairs an annotator would mark."""

from __future__ import annotations

import pytest

from builders import pipeline_before
from coopwatch.pipeline import Pipeline
from coopwatch.records import Document
from coopwatch.tools import Toolkit


@pytest.fixture(scope="module")
def rules_pipeline(tools: Toolkit) -> Pipeline:
    """The rules up to the pair judge, without the relevance stage: two rows trade between
    two countries abroad, which names no Russian side and is off topic as a page
    (tests/extract/relevance); the shape is what this table checks."""
    before = pipeline_before("pair_judge", tools)
    return Pipeline(stages=tuple(s for s in before.stages if s.name != "relevance"),
                    tools=tools)


def pairs_of(rules_pipeline: Pipeline, text: str) -> set[frozenset[str]]:
    doc = rules_pipeline(Document(id="wording", text=text))
    return {frozenset(fact.parties) for fact in doc.cooperation}


# text, expected pairs
WORDINGS: list[tuple[str, list[tuple[str, str]]]] = [
    # partners listed after a cue, in the nominative: each pairs with the page's region
    ("Рязанская область нарастила экспорт\n\nТакже теперь в числе наших партнёров Арабские "
     "Эмираты и Эквадор.", [("RU-RYA", "AE"), ("RU-RYA", "EC")]),
    # two places abroad after a cue in the genitive, or after «между», are a pair
    ("Растет товарооборот Синьцзяна и Кыргызстана.", [("CN-XJ", "KG")]),
    ("Растет торговля между Казахстаном и Ираном.", [("KZ", "IR")]),
    # the partners of a ranking by trade pair with the page's side
    ("Витебская область наращивает торговлю с Россией\n\nВ первую четверку по наибольшему "
     "объему экспорта входят Смоленская область и Санкт-Петербург.",
     [("RU", "BY-VI"), ("RU-SMO", "BY-VI"), ("RU-SPE", "BY-VI")]),
]


@pytest.mark.parametrize(("text", "expected"), WORDINGS)
def test_wordings(rules_pipeline: Pipeline, text: str, expected: list[tuple[str, str]]) -> None:
    assert pairs_of(rules_pipeline, text) == {frozenset(pair) for pair in expected}
