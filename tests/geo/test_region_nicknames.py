"""Region nicknames in «-щина» in oblique cases: the dictionary guesses an unknown
«-щине» as a form of «-щиня», and the gazetteer reads it as «-щина» too."""

from __future__ import annotations

import pytest

from coopwatch.geo.gazetteer import with_region_nicknames
from coopwatch.tools import Toolkit

FORMS = [
    ("Брянщине", "RU-BRY"),
    ("Курщине", "RU-KRS"),
    ("Брянщиной", "RU-BRY"),
    ("Гомельщине", "BY-HO"),
    ("Смоленщины", "RU-SMO"),
    ("Томщине", "RU-TOM"),
    ("Тюменщины", "RU-TYU"),
]


# nicknames of two words, in running text
def test_a_nickname_of_two_words_is_its_region(tools: Toolkit) -> None:
    hits = tools.gazetteer.find("В 2020 году Соловьиный край начал поставлять во Вьетнам мясо.")
    assert [hit.place.key for hit in hits if hit.place.key.startswith("RU")] == ["RU-KRS"]


@pytest.mark.parametrize(("word", "key"), FORMS)
def test_nickname_in_an_oblique_case(word: str, key: str, tools: Toolkit) -> None:
    place = tools.gazetteer.resolve(word)
    assert place is not None and place.key == key


def test_found_in_running_text(tools: Toolkit) -> None:
    hits = tools.gazetteer.find("Урожай на Брянщине и Курщине вырос.")
    assert [(hit.text, hit.place.key) for hit in hits] == [
        ("Брянщине", "RU-BRY"), ("Курщине", "RU-KRS")]


def test_only_the_nickname_ending_changes() -> None:
    assert with_region_nicknames(frozenset({"брянщиня", "брянщине"})) == frozenset(
        {"брянщиня", "брянщине", "брянщина"})
    assert with_region_nicknames(frozenset({"тюмень"})) == frozenset({"тюмень"})
