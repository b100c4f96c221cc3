"""The year a sentence implies when it compares a relative period with a named year."""

from __future__ import annotations

import pytest

from coopwatch.extract.figures.periods import year_from_comparison

# sentence, the current year it implies
IMPLIED = [
    ("В первом квартале этого года экспорт области вырос на 12% по сравнению с "
     "аналогичным периодом 2023 года.", 2024),
    ("За прошлый год товарооборот края вырос на 8% по сравнению с 2019 годом.", 2021),
    ("В текущем году поставки выросли на 5% относительно 2021 года.", 2022),
    # a named year is no relative period
    ("В 2024 году товарооборот вырос на 5% по сравнению с 2023 годом.", None),
    # no comparison, nothing to learn from
    ("В прошлом году товарооборот области достиг 2 млрд долларов.", None),
    # the start of a range may lie years before the period
    ("В прошлом году товарооборот вырос с 10 млрд долларов в 2019 году до 12 млрд "
     "долларов.", None),
]


@pytest.mark.parametrize(("text", "expected"), IMPLIED)
def test_year_from_comparison(text: str, expected: int | None) -> None:
    assert year_from_comparison(text) == expected
