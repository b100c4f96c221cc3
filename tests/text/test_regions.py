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
]


@pytest.mark.parametrize(("text", "region"), MAIN)
def test_main_region(pipeline: Pipeline, text: str, region: str | None) -> None:
    assert pipeline(Document(id="page", text=text)).main_region == region
