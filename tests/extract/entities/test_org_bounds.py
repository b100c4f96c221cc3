"""Mentions of organizations cut short of a quote with no partner inside them."""

from __future__ import annotations

import pytest

from coopwatch.extract.entities.org_bounds import with_site_domains, without_dangling_quotes
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


def site(text: str, span: str) -> Entity:
    start = text.index(span)
    mention = Mention(start=start, stop=start + len(span), text=span, type="ORG")
    return Entity(key="org:" + span, type="ORG", name=span, mentions=(mention,))


DOMAIN_CASES = [
    # a site's name cut before its domain takes the domain in
    ("Как пишет Вести.ру, завод открыт", "Вести", "Вести.ру"),
    ("Об этом сообщает ИА Север.kz со ссылкой на акимат", "ИА Север", "ИА Север.kz"),
    ("по данным портала Гудок.RU на конец года", "Гудок", "Гудок.RU"),
    ("Об открытии завода сообщает Вести.ру.", "Вести", "Вести.ру"),
    # a full stop after a name, or a dotted word that is no domain, changes nothing
    ("Договор подписал Ростех. Затем стороны", "Ростех", "Ростех"),
    ("сервис Яндекс.Карты показал маршрут", "Яндекс", "Яндекс"),
    ("Компания Север.Юг работает", "Север", "Север"),
]


@pytest.mark.parametrize(("text", "span", "expected"), DOMAIN_CASES)
def test_site_domains(text: str, span: str, expected: str) -> None:
    (entity,) = with_site_domains(text, [site(text, span)])
    (mention,) = entity.mentions
    assert mention.text == expected == entity.name
    assert text[mention.start:mention.stop] == expected
    assert entity.key == "org:" + expected
    if expected != span:
        assert span in entity.aliases


def test_domain_of_an_inflected_mention_keeps_the_name() -> None:
    text = "сообщили в редакции Гудка.ру вчера"
    start = text.index("Гудка")
    mention = Mention(start=start, stop=start + 5, text="Гудка", type="ORG")
    entity = Entity(key="org:Гудок", type="ORG", name="Гудок", mentions=(mention,))
    (found,) = with_site_domains(text, [entity])
    assert found.name == "Гудок"
    assert found.mentions[0].text == "Гудка.ру"
