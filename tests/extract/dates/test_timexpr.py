"""Grammars of `timexpr`: ranges joined by any dash."""

from __future__ import annotations

import pytest

from coopwatch.extract.dates.anchors import Anchor
from coopwatch.extract.dates.timexpr import find_times

PUBLISHED = Anchor(2024, 3, 1)

# a range of years or months with its dash: text, expected (text, value, period)
DASHES = [
    ("Программа на 2023−2026 гг. утверждена.", [("2023−2026 гг.", "2023", "2023/2026")]),
    ("План на 2024‑2027 годы принят.", [("2024‑2027 годы", "2024", "2024/2027")]),
    ("В январе−июне 2024 года экспорт вырос.",
     [("январе−июне 2024 года", "2024", "2024-01/2024-06")]),
    ("Ярмарка пройдёт 3−5 апреля.", [("3−5 апреля", "2024-04-03", None)]),
]


@pytest.mark.parametrize(("text", "expected"), DASHES)
def test_ranges_with_any_dash(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    found = find_times(text, PUBLISHED)
    assert [(time.text, time.value, time.period) for time in found] == expected
