"""Mentions of organizations cut short of a quote with no partner inside them."""

from __future__ import annotations

import pytest

from coopwatch.extract.entities.org_bounds import without_dangling_quotes
from coopwatch.records import Entity, Mention


def org(text: str, span: str) -> Entity:
    start = text.index(span)
    mention = Mention(start=start, stop=start + len(span), text=span, type="ORG")
    return Entity(key="org:x", type="ORG", name="x", mentions=(mention,))


CASES = [
    # a closing quote whose opening one the span left out
    ("в интервью Русской службе «Голоса Америки» он сказал", "Голоса Америки»",
     "Голоса Америки"),
    # an opening quote left behind by a cut name
    ("следователи «Исламского государства задержали", "«Исламского государства",
     "Исламского государства"),
    # a straight quote alone at the end
    ('завод "Ротор" и фонд "Север" подписали', 'Ротор"', "Ротор"),
    # balanced quotes stay
    ("акции ОАО «ВымпелКом» выросли", "ОАО «ВымпелКом»", "ОАО «ВымпелКом»"),
    ('игроки ФК "Тамбов" победили', 'ФК "Тамбов"', 'ФК "Тамбов"'),
    # nothing but a quote and a kind word left: kept as it was
    ("в СИЗО «Лефортово» находится", "«", "«"),
]


@pytest.mark.parametrize(("text", "span", "expected"), CASES)
def test_dangling_quotes(text: str, span: str, expected: str) -> None:
    (entity,) = without_dangling_quotes([org(text, span)])
    (mention,) = entity.mentions
    assert mention.text == expected
    assert text[mention.start:mention.stop] == expected


def test_other_types_are_left_alone() -> None:
    place = org("в «Москве» прошла встреча", "Москве»")
    place = Entity(key="geo:x", type="GEO", name="x", mentions=place.mentions)
    assert without_dangling_quotes([place]) == [place]
