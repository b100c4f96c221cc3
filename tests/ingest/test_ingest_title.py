"""Titles from the text: the headline under the page's date stamps."""

from __future__ import annotations

import pytest

from coopwatch.ingest.title import headline

HEADLINES = [
    # stamps of posting and editing above the headline are no headline
    ("Posted 12 июля 2023, 00:45\nPublished 12 июля 2023, 00:45\nModified 12 июля 2023, "
     "00:47\nКуда тоннами вывозят рыбу из Приморья\nТекст новости.",
     "Куда тоннами вывозят рыбу из Приморья"),
    ("Опубликовано: 12.07.2023 10:15\nЭкспорт вырос вдвое в Омской области\nТекст.",
     "Экспорт вырос вдвое в Омской области"),
    # a stamp alone names nothing
    ("12 июля 2023", None),
    # unchanged: a headline on the first line
    ("Экспорт вырос вдвое в Омской области\nТекст.", "Экспорт вырос вдвое в Омской области"),
]


@pytest.mark.parametrize(("text", "expected"), HEADLINES)
def test_the_headline_sits_under_the_date_stamps(text: str, expected: str | None) -> None:
    assert headline(text) == expected
