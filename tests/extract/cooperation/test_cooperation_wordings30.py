"""Cooperation in wordings of session 30, as the rules find them (the pipeline up to the
pair judge, `conftest.py`): places listed
together before «с» and a partner the sentence leaves unnamed are one side, not each
other's partners; a foreign firm told as a firm after its name is a partner. The pages are written for this table; each row gives the pairs an
annotator would mark."""

from __future__ import annotations

import pytest

from coopwatch.pipeline import Pipeline
from coopwatch.records import Document

# page, expected pairs
WORDINGS: list[tuple[str, list[tuple[str, str]]]] = [
    # two towns of one region, their partner the republic next door
    ("Волжский и Палласовский район развивают связи с соседями\n\nГород Волжский и "
     "Палласовский район развивают сотрудничество с соседней республикой, укрепляя "
     "добрососедские отношения.", []),
    # two regions and a partner state left unnamed
    ("Омская и Новосибирская области развивают сотрудничество с соседним государством.", []),
    # two regions on one side, their partners named only by a noun of their country
    ("Омская и Томская области наращивают сотрудничество с китайскими партнёрами в "
     "сфере логистики.", [("RU-OMS", "CN"), ("RU-TOM", "CN")]),
    # a firm told as one by an apposition after its name, a foreign one by its Latin
    # name: the region that met its people works with it
    ("Губернатор Курской области провёл рабочую встречу с вице-президентом «Sino Build» "
     "— крупной строительной компании. Стороны обсудили перспективы сотрудничества.",
     [("RU-KRS", "org:Sino Build")]),
    # the partner named: each of the listed pairs with it
    ("Омская и Новосибирская области развивают сотрудничество с Казахстаном.",
     [("RU-OMS", "KZ"), ("RU-NVS", "KZ")]),
]


@pytest.mark.parametrize(("text", "expected"), WORDINGS)
def test_wordings(rules_pipeline: Pipeline, text: str, expected: list[tuple[str, str]]) -> None:
    doc = rules_pipeline(Document(id="wording", text=text))
    assert {frozenset(fact.parties) for fact in doc.cooperation} == {
        frozenset(pair) for pair in expected}
