"""Moscow standing for Russia: «Москва передала Белоруссии 25 тысяч тонн пшеницы»,
«Москва и Тегеран обсудили открытие контейнерной линии» (read, once Tehran stands for
Iran, as Moscow with Iran). A pair of Moscow with a country abroad is a pair of Russia
with that country, unless the sentence speaks of the city and its government
(`geo/city_government_words.txt`). Moscow with a city abroad stays a pair of cities
(«соглашение о сотрудничестве Москвы и Белграда»)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from coopwatch.lexicon.datafiles import data_rows
from coopwatch.records import Document, Span
from coopwatch.text.regions import is_country_key

MOSCOW = "RU-MOW"
RUSSIA = "RU"


@lru_cache(maxsize=1)
def city_government_words() -> tuple[str, ...]:
    return tuple(row[0] for row in data_rows("geo/city_government_words.txt"))


def on_moscow(doc: Document) -> bool:
    """Whether the page is on Moscow: its main region, named more than once («товарооборот
    Москвы с Узбекистаном … В столице зарегистрировано 2 тысячи компаний»)."""
    entity = doc.entity(MOSCOW) if doc.main_region == MOSCOW else None
    return entity is not None and len(entity.mentions) > 1


def as_states(first: str, second: str, said: str, city_page: bool = False) -> tuple[str, str]:
    """The pair with Moscow read as Russia, when the other side is a country abroad,
    `said` (the sentence) does not speak of the city's government and the page is not
    on Moscow (`city_page`, `on_moscow`); else as it is."""
    if MOSCOW not in (first, second) or city_page:
        return first, second
    other = second if first == MOSCOW else first
    lowered = said.lower()
    if not is_country_key(other) or other == RUSSIA or any(
            word in lowered for word in city_government_words()):
        return first, second
    return (RUSSIA, other) if first == MOSCOW else (other, RUSSIA)


def read_as_states(doc: Document, first: str, second: str,
                   evidence: Sequence[Span]) -> tuple[str, str]:
    """`as_states` for a fact of the document, said in `evidence`."""
    said = " ".join(doc.text[span.start:span.stop] for span in evidence)
    return as_states(first, second, said, on_moscow(doc))
