"""A lone kind word after a title («директор компании», «председатель правления
холдинга») refers to the organization named before whose name holds a word of that kind:
a legal form («АО «Вега»» is a company) or a foreign word («Vega Holding») (`of.py`,
`data/positions/kind_references.txt`).
Sentences written here; entities given by hand."""

from __future__ import annotations

import pytest
from test_realnews_shapes import _found

from coopwatch.tools import Toolkit

P = "per:Иван Петров"

# text, entities (key -> surface forms), positions that must be found
FOUND = [
    ("Экспорт угля из терминала АО \"Востокуголь\" в Приморье вырос, сообщил "
     "исполнительный директор компании Иван Петров.",
     {"org:Востокуголь": ["АО \"Востокуголь\""], "RU-PRI": ["Приморье"],
      P: ["Иван Петров"]},
     {(P, "исполнительный директор", "org:Востокуголь")}),
    ("Компания Omega Pipe входит в Vega Holding. Об этом сообщил председатель правления "
     "холдинга Иван Петров.",
     {"org:Omega Pipe": ["Omega Pipe"], "org:Vega Holding": ["Vega Holding"],
      P: ["Иван Петров"]},
     {(P, "председатель правления", "org:Vega Holding")}),
]

# text, entities, positions that must not be found
NOT_FOUND = [
    # an organization of another kind is not the one the kind word refers to
    ("Проект поддержал фонд \"Вега\". Об этом сообщил директор компании Иван Петров.",
     {"org:Вега": ["фонд \"Вега\""], P: ["Иван Петров"]},
     {(P, "директор", "org:Вега")}),
]


@pytest.mark.parametrize(("text", "entities", "expected"), FOUND)
def test_kind_word_refers_to_a_name_with_a_word_of_its_kind(
    text: str, entities: dict[str, list[str]], expected: set, tools: Toolkit
) -> None:
    assert expected <= _found(text, entities, tools)


@pytest.mark.parametrize(("text", "entities", "wrong"), NOT_FOUND)
def test_kind_word_skips_another_kind(
    text: str, entities: dict[str, list[str]], wrong: set, tools: Toolkit
) -> None:
    assert not wrong & _found(text, entities, tools)
