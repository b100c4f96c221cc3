"""People the NER model left untagged: a known first name and a surname in the
nominative outside every span (`person_unseen`)."""

from __future__ import annotations

import pytest

from coopwatch.extract.entities.person_unseen import unseen_names
from coopwatch.tools import Toolkit

PAIRS = [
    # a first name and a surname the dictionary knows, in the nominative
    ("Вечером Раис Республики Татарстан Рустам Минниханов прибыл в Душанбе.",
     ["Рустам Минниханов"]),
    ("Губернатор Сергей Кобзев открыл выставку.", ["Сергей Кобзев"]),
    # no pair: a common noun first («Роман»), a place second, oblique cases
    ("Роман Толстого вышел в Минске.", []),
    ("Делегация Сергея Кобзева прибыла в Пекин.", []),
    ("Визит Александр провёл в Татарстан.", []),
]


@pytest.mark.parametrize(("text", "names"), PAIRS)
def test_unseen_first_name_and_surname(text: str, names: list[str], tools: Toolkit) -> None:
    assert [m.normal for m in unseen_names(text, tools.morph, [])] == names


def test_pairs_inside_ner_spans_are_left(tools: Toolkit) -> None:
    text = "Губернатор Сергей Кобзев открыл выставку."
    start = text.index("Сергей")
    assert unseen_names(text, tools.morph, [(start, start + 6)]) == []


EAST_ASIAN_TAILS = [
    # a Chinese name ending a place's span
    ("Консул КНР в Иркутске Ма Цзиньлинь открыл выставку.", "Иркутске Ма Цзиньлинь",
     ["Ма Цзиньлинь"]),
    ("Встреча с начальником таможни Суйфэньхэ Лю Сяобо прошла в Уссурийске.",
     "Суйфэньхэ Лю Сяобо", ["Лю Сяобо"]),
    # a known word after the family name, or the span being the name alone: left
    ("Делегация из Пекина Ли Мост привезла образцы.", "Пекина Ли Мост", []),
    ("Консул Ма Цзиньлинь открыл выставку.", "Ма Цзиньлинь", []),
]


@pytest.mark.parametrize(("text", "span", "names"), EAST_ASIAN_TAILS)
def test_east_asian_name_ending_a_place_span(text: str, span: str, names: list[str],
                                              tools: Toolkit) -> None:
    start = text.index(span)
    place = (start, start + len(span))
    found = unseen_names(text, tools.morph, [place], [place])
    assert [m.normal for m in found] == names
