"""Regions the press calls by their number: «губернатора 47-го региона» is the Leningrad
Oblast; a plain count («в 85 регионах») or a number no region has names none."""

from __future__ import annotations

import pytest

from coopwatch.extract.entities.region_numbers import numbered_regions, region_numbers
from coopwatch.tools import Toolkit

# text, the keys its numbered-region phrases stand for
CASES = [
    ("Встреча губернатора 47-го региона Александра Дрозденко с консулом.", ["RU-LEN"]),
    ("В 54-м регионе открылся завод, а 16-й регион нарастил экспорт.", ["RU-NVS", "RU-TA"]),
    ("Делегация 91-го региона прибыла в Минск.", ["RU-91"]),
    # near misses: a count, a number of no region, a year
    ("Форум собрал представителей 85 регионов России.", []),
    ("Делегация 88-го региона прибыла в Минск.", []),
    ("В 2023-м году регион нарастил экспорт.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_numbered_regions(tools: Toolkit, text: str, expected: list[str]) -> None:
    assert [alias.key for alias in numbered_regions(text, tools.gazetteer)] == expected


def test_every_number_names_a_known_region(tools: Toolkit) -> None:
    assert all(tools.gazetteer.get(key) is not None for key in region_numbers().values())
