"""Amounts that measure no trade and give no figure: a ratio per head, a share of people,
how far a plan was met. Sentences written here; each page also states a real trade
figure, which stays."""

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
