"""A capital standing for its state: «Москва передала Хараре 25 тысяч тонн российской
пшеницы», «Москва и Тегеран обсудили открытие контейнерной линии». A pair of Moscow with
a country abroad, or with the capital of one, is a pair of Russia with that country,
unless the sentence speaks of the city and its government (`geo/city_government_words.txt`)."""

from __future__ import annotations

from functools import lru_cache

from coopwatch.lexicon.datafiles import data_rows
from coopwatch.text.regions import is_country_key

MOSCOW = "RU-MOW"
RUSSIA = "RU"


@lru_cache(maxsize=1)
def city_government_words() -> tuple[str, ...]:
    return tuple(row[0] for row in data_rows("geo/city_government_words.txt"))


@lru_cache(maxsize=1)
def foreign_capitals() -> dict[str, str]:
    """The key of each foreign country's capital city -> the country's key."""
    return {row[1]: row[0] for row in data_rows("geo/capitals.tsv")
            if is_country_key(row[0]) and row[0] != RUSSIA}


def as_states(first: str, second: str, said: str) -> tuple[str, str]:
    """The pair with Moscow and a capital abroad read as their states, when one side is
    Moscow and the other a country abroad or its capital and `said` (the sentence)
    does not speak of the city's government; else the pair as it is."""
    if MOSCOW not in (first, second):
        return first, second
    other = second if first == MOSCOW else first
    state = foreign_capitals().get(other) or (
        other if is_country_key(other) and other != RUSSIA else None)
    lowered = said.lower()
    if state is None or any(word in lowered for word in city_government_words()):
        return first, second
    return (RUSSIA, state) if first == MOSCOW else (state, RUSSIA)
