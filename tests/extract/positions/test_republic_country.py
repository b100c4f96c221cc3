"""«Республики» after a title on a page about a krai or an oblast: the one republic the
page names, a country when no region is one. Sentences written here; entities by hand,
places typed as the gazetteer types them."""

from __future__ import annotations

import pytest
from test_realnews_shapes import _found

from coopwatch.tools import Toolkit

P = "per:Иван Петров"

# text, entities (key -> surface forms), positions that must be found
FOUND = [
    ("Делегация Хабаровского края посетит Республику Беларусь. В Хабаровском крае её "
     "ждут. Запланирована встреча с министром промышленности Республики Иваном Петровым.",
     {"RU-KHA": ["Хабаровского края", "Хабаровском крае"], "BY": ["Республику Беларусь"],
      P: ["Иваном Петровым"]},
     {(P, "министр промышленности", "BY")}),
]

# text, entities, positions that must not be found
NOT_FOUND = [
    # two republics named: «Республики» is neither
    ("Делегация Хабаровского края посетит Республику Беларусь и Республику Казахстан. В "
     "Хабаровском крае её ждут. Запланирована встреча с министром промышленности "
     "Республики Иваном Петровым.",
     {"RU-KHA": ["Хабаровского края", "Хабаровском крае"], "BY": ["Республику Беларусь"],
      "KZ": ["Республику Казахстан"], P: ["Иваном Петровым"]},
     {(P, "министр промышленности", "BY"), (P, "министр промышленности", "KZ")}),
]


@pytest.mark.parametrize(("text", "entities", "expected"), FOUND)
def test_republic_is_the_named_republic(
    text: str, entities: dict[str, list[str]], expected: set, tools: Toolkit
) -> None:
    assert expected <= _found(text, entities, tools)


@pytest.mark.parametrize(("text", "entities", "wrong"), NOT_FOUND)
def test_republic_with_two_republics_named(
    text: str, entities: dict[str, list[str]], wrong: set, tools: Toolkit
) -> None:
    assert not wrong & _found(text, entities, tools)
