"""Relative dates resolved against the date the article's own dateline or byline gives
(`find_published`), whatever shape the dateline takes, and never against a news feed or
a calendar header printed beside the article."""

from __future__ import annotations

import pytest

from coopwatch.extract.dates.stage import parse_dates
from coopwatch.ingest.published import find_published

# text, the relative expression, its value
RESOLVED = [
    ("ТАШКЕНТ, 27 мар – РИА Новости. Сегодня губернатор провёл переговоры с хокимом.",
     "Сегодня", "--03-27"),
    ("Омск. 4 декабря 2024. INTERFAX - В прошлом году область отправила в Казахстан зерно.",
     "В прошлом году", "2023"),
    ("Харбин, 30 октября 2023 /Синьхуа/ -- В этом году провинция нарастила экспорт.",
     "В этом году", "2023"),
    ("12 марта 2025, Минск /Корр. БЕЛТА/. Завтра в Гомеле пройдёт форум регионов.",
     "Завтра", "2025-03-13"),
    ("Бишкек, 8 мая, 2024 /Кабар/. Сегодня делегация Омской области прибыла в город.",
     "Сегодня", "2024-05-08"),
    ("Заголовок\n\n17 марта 2022, 09:30 Иван Петров\n\nВчера губернатор встретился с послом.",
     "Вчера", "2022-03-16"),
    ("Заголовок\n\n11:20, 6 ноября\n\nСегодня губернатор встретился с консулом Китая.",
     "Сегодня", "--11-06"),
    ("Заголовок\n\n2019-03-02 10:00\n\n2 марта, Гомель /Корр. БЕЛТА/. Вчера подписано соглашение.",
     "Вчера", "2019-03-01"),
    # a calendar header above the article gives no reference; its byline does
    ("Курган Среда, 7 июня\nЭкономика, 05.06.2017 14:30\n\nВчера губернатор встретился с послом.",
     "Вчера", "2017-06-04"),
    ("Омск Вторник, 2 мая\nСегодня область отправила зерно в Казахстан.", "Сегодня", None),
    # the items of a news feed are not the article's date
    ("Лента\n4 мая, 10:12 -\nПогода\n3 мая, 18:40 -\nДороги\n\nСегодня прошли переговоры.",
     "Сегодня", None),
]


@pytest.mark.parametrize(("text", "expression", "value"), RESOLVED)
def test_relative_date_takes_the_datelines_day(text: str, expression: str,
                                               value: str | None) -> None:
    found = {time.text: time.value for time in parse_dates(text, find_published(text))}
    assert found[expression] == value
