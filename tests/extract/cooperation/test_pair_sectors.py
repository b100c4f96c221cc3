"""Cooperation: which pairs take the main pair's sectors when their own passages name none."""

from __future__ import annotations

import pytest

from builders import document
from coopwatch.extract import cooperation
from coopwatch.tools import Toolkit

MAIN = frozenset({"RU-KRS", "BY-HO"})
BESIDE = frozenset({"RU-KRS", "BY"})
ENTITIES = {"RU-KRS": ["Курская область"] * 3,
            "BY-HO": ["Гомельской областью", "Гомельская область"], "BY": ["Беларусью"]}

# (sentence of the main pair's fields, its sectors, what the pair named beside it takes)
SHARED = [
    # one or two fields: the story is about them, for every pair it names
    ("Курская область подписала соглашение о сотрудничестве с Гомельской областью в "
     "сфере энергетики.", {"energy"}, {"energy"}),
    ("Курская область подписала соглашение о сотрудничестве с Гомельской областью в "
     "сферах туризма и медицины.", {"tourism", "healthcare"}, {"tourism", "healthcare"}),
    ("Курская область подписала с Гомельской областью соглашение о поставках "
     "сельскохозяйственной техники.", {"machinery", "agriculture"},
     {"machinery", "agriculture"}),
    # a long list of fields is the agenda of the main pair's talks only
    ("Курская область подписала соглашение о сотрудничестве с Гомельской областью в "
     "сферах энергетики, туризма и медицины.", {"energy", "tourism", "healthcare"}, set()),
    ("Курская область подписала с Гомельской областью соглашение о сотрудничестве в "
     "промышленности, сельском хозяйстве, образовании и культуре.",
     {"agriculture", "education", "culture"}, set()),
]


@pytest.mark.parametrize(("sentence", "main", "beside"), SHARED)
def test_a_pair_with_no_sector_takes_the_main_pairs_only_when_few(
        tools: Toolkit, sentence: str, main: set[str], beside: set[str]) -> None:
    text = (f"{sentence} Курская область и Гомельская область договорились о партнёрстве.\n"
            "Курская область расширяет связи с Беларусью.")
    doc = cooperation.extract(document(text, tools, ENTITIES), tools)
    sectors = {frozenset(fact.parties): set(fact.sectors) for fact in doc.cooperation}
    assert sectors == {MAIN: main, BESIDE: beside}
