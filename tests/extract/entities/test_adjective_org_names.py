"""Organization names of a capitalized adjective and a kind noun
(`org_finders.adjective_names`), as a table of Russian sentences.

The yargy grammar of `bench/org_adjective_grammar.py` (the measured alternative) must
find the same names.
"""

from __future__ import annotations

import pytest

import builders
from coopwatch.extract.entities.org_finders import adjective_names
from coopwatch.text.token_index import TokenIndex
from coopwatch.tools import Toolkit

# sentence, the names found in it
CASES = [
    ("Продукцию выпускают на Оршанском льнокомбинате.", ["Оршанском льнокомбинате"]),
    ("Договор подписали с Вяземским машиностроительным заводом.",
     ["Вяземским машиностроительным заводом"]),
    ("Оборудование для Новолипецкого металлургического комбината привезли из Китая.",
     ["Новолипецкого металлургического комбината"]),
    # at a sentence's start only a town's or region's adjective names an organization
    ("Брестский мясокомбинат нарастил выпуск.", ["Брестский мясокомбинат"]),
    ("Крупный завод нарастил выпуск.", []),
    # more than two adjectives between the name and the noun: no name
    ("Сделку одобрил Минский большой новый современный завод.", []),
    # a kind word too general to make a name
    ("В Ярославской области открыли новое производство.", []),
]


def _names(text: str, tools: Toolkit, find: object) -> list[str]:
    doc = builders.analyzed(text, tools)
    spans = find(doc, tools.morph, TokenIndex.of(doc), tools.gazetteer)  # type: ignore[operator]
    return [text[span.start:span.stop] for span in spans]


@pytest.mark.parametrize(("text", "names"), CASES)
def test_adjective_org_name(text: str, names: list[str], tools: Toolkit) -> None:
    grammar = builders.bench_module("org_adjective_grammar")
    assert _names(text, tools, adjective_names) == names
    assert _names(text, tools, grammar.grammar_names) == names
