"""Mentions of organizations cut short of a quote with no partner inside them."""

from __future__ import annotations

import pytest

from coopwatch.extract.entities.org_bounds import (
    with_site_domains,
    without_dangling_quotes,
    without_legal_forms,
)
from coopwatch.nlp.morph import Morph
from coopwatch.records import Entity, Mention
from coopwatch.tools import Toolkit


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
    # doubled apostrophes of wiki italics at either end
    ("стал главой ''Samsung Group'' в 2014 году", "''Samsung Group''", "Samsung Group"),
    ("по данным ''Forbes'' состояние выросло", "''Forbes", "Forbes"),
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


QUOTED_NAMES = [
    # a legal form and a quoted name: the name inside the quotes
    ("гендиректор ОАО «Северсталь» Иван Петров заявил", "ОАО «Северсталь»", "Северсталь"),
    ('контракт с ООО "Сибирский сухофрукт" продлён', 'ООО "Сибирский сухофрукт"',
     "Сибирский сухофрукт"),
    ("акционеры ОАО НК «Роснефть» собрались", "ОАО НК «Роснефть»", "Роснефть"),
    ("совет директоров ЗАО «ПКФ „Свой Дом“» утвердил", "ЗАО «ПКФ „Свой Дом“»",
     "ПКФ „Свой Дом“"),
    # the closing quote cut off: what is inside the opening one
    ("соглашение с АО «Русатом Оверсиз» подписано", "АО «Русатом", "Русатом"),
    # a kind of organization before the quoted name, with its words
    ("Концерн «Майкрософт» представил предложения", "Концерн «Майкрософт»", "Майкрософт"),
    ("работал инженером Павловского машиностроительного завода «Восход» пять лет",
     "Павловского машиностроительного завода «Восход»", "Восход"),
    ("солистка группы «Ленинград» ушла", "группы «Ленинград»", "Ленинград"),
    # no quotes after the form, or no form or kind before the quotes: as it was
    ("контракт с ООО Ромашка расторгнут", "ООО Ромашка", "ООО Ромашка"),
    ("губернатор посетил «Уралмашзавод» в среду", "«Уралмашзавод»", "«Уралмашзавод»"),
    ("на выставке «Иннопром» в Екатеринбурге", "выставке «Иннопром»",
     "выставке «Иннопром»"),
    # a zone's designator stays: the zone is named after its place
    ("резидент особой экономической зоны «Людиново» начал стройку",
     "особой экономической зоны «Людиново»", "особой экономической зоны «Людиново»"),
    # only the form and the quotes: nothing to cut to
    ("ООО «» зарегистрировано", "ООО «»", "ООО «»"),
]


@pytest.fixture(scope="module")
def morph(tools: Toolkit) -> Morph:
    return tools.morph


@pytest.mark.parametrize(("text", "span", "expected"), QUOTED_NAMES)
def test_quoted_name_after_a_form_or_a_kind(text: str, span: str, expected: str,
                                            morph: Morph) -> None:
    (entity,) = without_legal_forms(morph, [org(text, span)])
    (mention,) = entity.mentions
    assert mention.text == expected
    assert text[mention.start:mention.stop] == expected
    assert entity.name == "x"  # the name is not the mention's business here
