"""Cooperation in wordings of session 29, as the rules find them (the pipeline up to the
pair judge, `conftest.py`): two places of
one foreign country are one side, never a pair of partners. The pages are written for
this table; each row gives the pairs an annotator would mark."""

from __future__ import annotations

import pytest

from coopwatch.pipeline import Pipeline
from coopwatch.records import Document

# page, expected pairs
WORDINGS: list[tuple[str, list[tuple[str, str]]]] = [
    # two Egyptian cities listed on one side with Russian cities
    ("Хургада и Шарм-эль-Шейх станут побратимами российских городов\n\nЕгипетские курортные "
     "города Хургада и Шарм-эль-Шейх и два российских города станут побратимами, сообщил "
     "губернатор провинции. Стороны обсудили туризм и торговлю.", [("RU", "EG")]),
    # two Chinese provinces on one side, the Russian region on the other
    ("Приморье расширяет связи с Китаем\n\nДелегации провинций Хэйлунцзян и Цзилинь "
     "подписали с Приморским краем соглашения о сотрудничестве в сфере торговли.",
     [("RU-PRI", "CN"), ("RU-PRI", "CN-HL"), ("RU-PRI", "CN-JL")]),
]


@pytest.mark.parametrize(("text", "expected"), WORDINGS)
def test_wordings(rules_pipeline: Pipeline, text: str, expected: list[tuple[str, str]]) -> None:
    doc = rules_pipeline(Document(id="wording", text=text))
    assert {frozenset(fact.parties) for fact in doc.cooperation} == {
        frozenset(pair) for pair in expected}
