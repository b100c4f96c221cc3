"""The sentences the figures stage reads: a sum the splitter cut at «долл. | США» is one
sentence again, so its growth and its period stay with it."""

from __future__ import annotations

import pytest

from builders import analyzed
from coopwatch.extract import figures
from coopwatch.extract.figures.sentences import figure_sentences
from coopwatch.records import Change
from coopwatch.tools import Toolkit

# text, the sentences the figures stage reads
SENTENCES = [
    ("Экспорт вырос до 2,4 млрд долл. США, что на 12,5% больше. Импорт не изменился.",
     ["Экспорт вырос до 2,4 млрд долл. США, что на 12,5% больше.", "Импорт не изменился."]),
    ("В 2023 году оборот с Казахстаном составил 310,2 млн. долл. США. Это рекорд.",
     ["В 2023 году оборот с Казахстаном составил 310,2 млн. долл. США.", "Это рекорд."]),
    # a sentence that ends with the unit stays apart from the next one
    ("Оборот составил 5 млн долл. Это рекорд.",
     ["Оборот составил 5 млн долл.", "Это рекорд."]),
    # nor does a line break join them
    ("Оборот составил 5 млн долл.\nСША остаются партнером.",
     ["Оборот составил 5 млн долл.", "США остаются партнером."]),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCES)
def test_a_unit_cut_short_joins_its_sentence(tools: Toolkit, text: str,
                                             expected: list[str]) -> None:
    doc = analyzed(text, tools)
    assert [sentence.text for sentence in figure_sentences(doc)] == expected


# text, (value, unit, period, change) of the figures found
JOINED_FIGURES = [
    ("Экспорт области в первом квартале 2024 года достиг 3,15 млрд юаней /0,44 млрд долл. "
     "США/, что на 21,3% больше, чем годом ранее.",
     [(3.15e9, "CNY", "2024-01/2024-03", None),
      (4.4e8, "USD", "2024-01/2024-03", Change(percent=21.3))]),
    ("В 2019 году товарооборот с Россией составил 845,5 млн. долл. США, из них на долю "
     "Омской области приходится 61,7 млн. долл. США.",
     [(8.455e8, "USD", "2019", None), (6.17e7, "USD", "2019", None)]),
]


@pytest.mark.parametrize(("text", "expected"), JOINED_FIGURES)
def test_a_sum_in_dollars_keeps_its_growth_and_period(tools: Toolkit, text: str,
                                                      expected: list) -> None:
    doc = analyzed(text, tools)
    found = [(f.value, f.unit, f.period, f.change) for f in figures.extract(doc, tools).figures]
    assert len(found) == len(expected)
    for got, want in zip(found, expected, strict=True):
        assert got[0] == pytest.approx(want[0])
        assert got[1:] == want[1:]
