"""Changes: growth against the previous period as written in regional economic news."""

from __future__ import annotations

from dataclasses import replace

import pytest

from builders import analyzed
from coopwatch.extract.figures.amounts import find_amounts
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


# «в N раза» with the decimal comma typed with a space after it (session 35, z… dev)
TIMES_CHANGES = [
    ("Компания увеличила поставки на Ямал в 2, 5 раза.", [Change(factor=2.5)]),
    ("Экспорт вырос в 2,5 раза.", [Change(factor=2.5)]),
    ("Импорт сократился в 2 раза.", [Change(factor=0.5)]),
]


@pytest.mark.parametrize(("text", "expected"), FRACTION_CHANGES + TIMES_CHANGES)
def test_a_growth_by_a_fraction_word_or_a_factor(tools: Toolkit, text: str,
                                                  expected: list) -> None:
    sentence = analyzed(text, tools, None, doc_id="t").sentences[0]
    words = lemmas(sentence.tokens)
    found = find_changes(sentence.text, sentence.start, sentence.tokens, words, [])
    assert [cue.change for cue in found] == expected


# a percent of the base period: the growth is the percent less 100
BASE_CHANGES = [
    ("Оборот торговли с Сербией составил 136% к аналогичному периоду прошлого года.",
     [Change(percent=36.0)]),
    ("Экспорт достиг 112,5 процента к уровню прошлого года.", [Change(percent=12.5)]),
    ("Импорт составил 85% к 2023 году.", [Change(percent=-15.0)]),
    # «рост» told without «на» above 100: an index; «прирост», «на» tell the percent
    ("Товарооборот составил 150,5 млн долларов, а рост – 118,2%.", [Change(percent=18.2)]),
    ("Темп роста экспорта составил 124%.", [Change(percent=24.0)]),
    ("Прирост поставок в Китай достиг 149%.", [Change(percent=149.0)]),
    ("Экспорт вырос на 118%.", [Change(percent=118.0)]),
    # no base after the percent: no change
    ("Доля Китая составила 40% в обороте края.", []),
    ("На Китай приходится 40% к общему объёму экспорта.", []),
]


@pytest.mark.parametrize(("text", "expected"), BASE_CHANGES)
def test_a_percent_of_the_base(tools: Toolkit, text: str, expected: list) -> None:
    assert _changes(tools, text) == expected


def _changes(tools: Toolkit, text: str) -> list[Change]:
    """The changes found in a one-sentence text, its amounts read first."""
    sentence = analyzed(text, tools, None, doc_id="t").sentences[0]
    words = lemmas(sentence.tokens)
    amounts = [replace(a, start=a.start + sentence.start, stop=a.stop + sentence.start)
               for a in find_amounts(sentence.text)]
    found = find_changes(sentence.text, sentence.start, sentence.tokens, words, amounts)
    return [cue.change for cue in found]


# two changes told at once after one «на»: both are changes, not a change and a share
PAIRED_CHANGES = [
    ("Поставки овощей и фруктов выросли на 55% и 16% соответственно.",
     [Change(percent=55.0), Change(percent=16.0)]),
    ("Экспорт зерна и масла сократился на 12 процентов и 4 процента соответственно.",
     [Change(percent=-12.0), Change(percent=-4.0)]),
    # the first number with no unit of its own, the second with «проц.»
    ("Оба показателя выросли соответственно на 61,3 и 18,8 проц.", [Change(percent=18.8)]),
    # a share after a change and a comma stays a share
    ("Экспорт вырос на 12%, 40% из него пришлось на Китай.", [Change(percent=12.0)]),
]


@pytest.mark.parametrize(("text", "expected"), PAIRED_CHANGES)
def test_two_changes_after_one_na(tools: Toolkit, text: str, expected: list) -> None:
    assert _changes(tools, text) == expected
