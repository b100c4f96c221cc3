"""Amounts that measure no trade and give no figure (a ratio per head, a share of people,
how far a plan was met; each page also states a real trade figure, which stays), and
amounts as news writes them (a tonne with one «н», a percent «от уровня» of a year).
Sentences written here."""

from __future__ import annotations

import pytest

from coopwatch.pipeline import Pipeline
from coopwatch.records import Document


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


# page, the one (metric, value, unit) that must be found
PAGES = [
    ("Экспорт Кабардино-Балкарии вырос\n\nПо показателю «экспорт услуг на душу населения» "
     "республика занимает первое место: 8,2 доллара. Экспорт республики в Китай составил "
     "18,7 млн долларов.", ("export", 18_700_000.0, "USD")),
    ("Экспорт краба в Китай вырос\n\nКраб считается деликатесом: позволить себе его могут "
     "только 3-5% россиян. Доля Китая в экспорте краба составила 80%.",
     ("share", 80.0, "percent")),
    ("Экспорт Кабардино-Балкарии вырос\n\nЦелевой показатель по экспорту на 2020 год выполнен "
     "на 245%. Экспорт республики в Турцию составил 12 млн долларов.",
     ("export", 12_000_000.0, "USD")),
]


@pytest.mark.parametrize(("text", "expected"), PAGES)
def test_only_the_trade_figure_is_found(pipeline: Pipeline, text: str,
                                        expected: tuple[str, float, str]) -> None:
    doc = pipeline(Document(id="page", text=text))
    assert [(f.metric, f.value, f.unit) for f in doc.figures] == [expected]


# page, (metric, value, unit, change percent) that must be found
READINGS = [
    # a tonne misspelt with one «н»
    ("Дагестан и Иран\n\nВ первом квартале из порта Махачкалы в Иран было экспортировано "
     "более 160 тысяч тон зерна.", ("export", 160_000.0, "тонна", None)),
    # a percent «от уровня» of a year is an index of growth, not a share
    ("Вологодская область и Белоруссия\n\nПо итогам 2022 года достигнуты рекордные "
     "показатели товарооборота с Белоруссией — почти 140% от уровня предыдущего года.",
     ("trade_turnover", None, None, 40.0)),
    # «от общего объёма» names a whole: a share
    ("Вологодская область и Белоруссия\n\nНа Белоруссию пришлось 17,9% от общего объема "
     "товарооборота области.", ("share", 17.9, "percent", None)),
]


@pytest.mark.parametrize(("text", "expected"), READINGS)
def test_amounts_read_as_news_writes_them(pipeline: Pipeline, text: str,
                                          expected: tuple) -> None:
    doc = pipeline(Document(id="page", text=text))
    assert [(f.metric, f.value, f.unit, f.change.percent if f.change else None)
            for f in doc.figures] == [expected]
