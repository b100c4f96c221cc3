"""Noun phrases put back in the nominative: the adjectives keep their own stem."""

from __future__ import annotations

import pytest

from coopwatch.nlp.analyze import analyze
from coopwatch.records import Document
from coopwatch.text.nominative import nominative_phrase
from coopwatch.text.token_index import TokenIndex
from coopwatch.tools import Toolkit

PHRASES = [
    # a superlative's lexeme holds «высшая» and «высочайшая»: the written stem wins
    ("Эксперты Высшей школы экономики оценили рост.", "Высшей школы экономики",
     "Высшая школа экономики"),
    ("Она окончила Калининградскую высшую школу управления в 2003 году.",
     "Калининградскую высшую школу", "Калининградская высшая школа"),
    ("Заседание Высшего Евразийского экономического совета прошло в Минске.",
     "Высшего Евразийского экономического совета", "Высший Евразийский экономический совет"),
    # other adjectives as before
    ("Делегация Минского автомобильного завода прибыла в Казань.",
     "Минского автомобильного завода", "Минский автомобильный завод"),
    # an adjective in brackets among the others (session 35, z… dev)
    ("Студенты Северного (Арктического) федерального университета имени М. В. Ломоносова "
     "приехали в Харбин.", "Северного (Арктического) федерального университета имени "
     "М. В. Ломоносова", "Северный (Арктический) федеральный университет имени "
     "М. В. Ломоносова"),
    ("Ректор Уральского (Екатеринбургского) горного университета встретился с гостями.",
     "Уральского (Екатеринбургского) горного университета",
     "Уральский (Екатеринбургский) горный университет"),
    # a noun the tagger took for an adjective heads the phrase (session 35, z… dev)
    ("Делегация Аппарата Парламента Республики Абхазия посетила Москву.",
     "Аппарата Парламента Республики Абхазия", "Аппарат Парламента Республики Абхазия"),
    # a name with no noun reading in the accusative the tagger gives, and one in the
    # nominative: its accusative is its nominative
    ("Область поставляет продукцию на «Беларуськалий».", "Беларуськалий", "Беларуськалий"),
]


@pytest.mark.parametrize(("text", "phrase", "expected"), PHRASES)
def test_nominative_keeps_the_written_stem(text: str, phrase: str, expected: str,
                                           tools: Toolkit) -> None:
    doc = analyze(Document(id="t", text=text), tools)
    start = text.index(phrase)
    tokens = TokenIndex.of(doc).inside(start, start + len(phrase))
    assert nominative_phrase(tools.morph, phrase, tokens, start) == expected
