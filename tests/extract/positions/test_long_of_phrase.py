"""The of-phrase between a title and its holder is measured in words: quote marks and
the parentheses of an abbreviation do not count (`stage.py`, _words), so a body named
in quotes with its short name after it still reaches the name.
Sentences written here; entities given by hand, places typed as the gazetteer types them."""

from __future__ import annotations

import pytest
from test_realnews_shapes import _found

from coopwatch.tools import Toolkit

COMPANY = "org:Северная энергетическая компания"

# text, entities (key -> surface forms), positions that must be found
FOUND = [
    ("Соглашение подписал председатель совета директоров открытого акционерного общества "
     "«Северная энергетическая компания» (СЭК) Иван Петров.",
     {COMPANY: ["Северная энергетическая компания"], "per:Иван Петров": ["Иван Петров"]},
     {("per:Иван Петров", "председатель совета директоров", COMPANY)}),
]

# text, entities, positions that must not be found
NOT_FOUND = [
    # twelve words are still too many
    ("Выступил председатель совета директоров открытого акционерного общества северной "
     "региональной топливной энергетической и угольной добывающей компании края Иван "
     "Петров.",
     {"per:Иван Петров": ["Иван Петров"]},
     {("per:Иван Петров", "председатель совета директоров", None)}),
]


@pytest.mark.parametrize(("text", "entities", "expected"), FOUND)
def test_quote_marks_do_not_lengthen_the_of_phrase(
    text: str, entities: dict[str, list[str]], expected: set, tools: Toolkit
) -> None:
    assert expected <= _found(text, entities, tools)


@pytest.mark.parametrize(("text", "entities", "wrong"), NOT_FOUND)
def test_too_long_of_phrase_reaches_no_name(
    text: str, entities: dict[str, list[str]], wrong: set, tools: Toolkit
) -> None:
    assert not wrong & _found(text, entities, tools)
