"""Changes: growth against the previous period as written in regional economic news."""

from __future__ import annotations

import pytest

from builders import analyzed
from coopwatch.extract.figures.changes import find_changes
from coopwatch.extract.figures.cues import lemmas
from coopwatch.records import Change
from coopwatch.tools import Toolkit

# sentence, the changes found in it
FRACTION_CHANGES = [
    ("За год оборот торговли с Монголией вырос на четверть.", [Change(percent=25.0)]),
    ("Поставки зерна в Китай сократились на треть.", [Change(percent=-33.3)]),
    ("Экспорт леса увеличился на половину.", [Change(percent=50.0)]),
    # a fraction that is no growth: a share, a time
    ("На Индию приходится четверть экспорта края.", []),
    ("Во второй половине года экспорт вырос.", []),
    # a fraction after «на» with no direction word in its clause
    ("Соглашение рассчитано на четверть века.", []),
]


@pytest.mark.parametrize(("text", "expected"), FRACTION_CHANGES)
def test_a_growth_by_a_fraction_word(tools: Toolkit, text: str, expected: list) -> None:
    sentence = analyzed(text, tools, None, doc_id="t").sentences[0]
    words = lemmas(sentence.tokens)
    found = find_changes(sentence.text, sentence.start, sentence.tokens, words, [])
    assert [cue.change for cue in found] == expected
