"""The region a document is about (`text.regions.main_region`)."""

from __future__ import annotations

import pytest

from coopwatch.pipeline import Pipeline
from coopwatch.records import Document

MAIN = [
    # a region named only as the venue gives way to one named otherwise
    ("Переговоры прошли в Московской области. Делегация Тульской области обсудила поставки "
     "оружия. Тульская область готова к сотрудничеству.", "RU-TUL"),
    # a region named only as where goods go is no venue: a menu's region does not win
    ("Вина Кубани\n\nВ Мурманскую область из Беларуси поступило 200 тонн овощей. Кроме "
     "того, в Мурманскую область завезли 30 тонн ягод.", "RU-MUR"),
    # several receivers in one sentence are no venues either, nor the page's region
    ("Кировские овощи\n\nИз Кировской области отгружено 300 тонн овощей. В Пермский край "
     "поставили 40 тонн моркови, в Удмуртию – 12 тонн лука.", "RU-KIR"),
]


@pytest.mark.parametrize(("text", "region"), MAIN)
def test_main_region(pipeline: Pipeline, text: str, region: str | None) -> None:
    assert pipeline(Document(id="page", text=text)).main_region == region
