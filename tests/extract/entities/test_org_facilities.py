"""Buildings and sites the NER model types as organizations (`org_facilities`): a name
headed by a word for a building or a site, a quoted name after such a word, and a body
named by its building used as the venue («в Белом доме»)."""

from __future__ import annotations

import pytest

from coopwatch.extract.entities.stage import link
from coopwatch.nlp.analyze import analyze
from coopwatch.records import Document, Entity
from coopwatch.tools import Toolkit


def entities(text: str, tools: Toolkit) -> tuple[Entity, ...]:
    return link(analyze(Document(id="t", text=text), tools), tools).entities


def org_mentions(text: str, tools: Toolkit) -> set[str]:
    return {m.text for e in entities(text, tools) if e.type == "ORG" for m in e.mentions}


NOT_ORGS = [
    # a name whose head noun is a building or a site
    ("Самолёт приземлился в Шереметьевском аэропорту Москвы поздно вечером.",
     "Шереметьевском аэропорту"),
    ("Церемония прошла на Центральном республиканском стадионе в Ташкенте.",
     "Центральном республиканском стадионе"),
    ("Писателя похоронят на Новодевичьем кладбище в понедельник.", "Новодевичьем кладбище"),
    ("Делегация из Казани посетила Вестминстерское аббатство и парламент.",
     "Вестминстерское аббатство"),
    # a kremlin is a site: the venue of a meeting, not a body
    ("Переговоры с делегацией Вьетнама прошли в Псковском Кремле во вторник.",
     "Псковском Кремле"),
    ("Гостей из Китая принимали в Нижегородском Кремле в пятницу.", "Нижегородском Кремле"),
    # a quoted name after a word for a hotel or a business centre
    ("Переговоры прошли в гостинице «Северная звезда» в центре Омска.", "Северная звезда"),
    ("Офис компании переехал в бизнес-центр «Янтарный» на набережной.", "Янтарный"),
    # a body named by its building, as the venue
    ("Президент Франции принял гостей в Елисейском дворце в четверг.",
     "Елисейском дворце"),
    ("Губернатор выступал в Белом доме перед конгрессменами.", "Белом доме"),
    ("Об этом заявили представители компании в ходе встречи в Доме правительства.",
     "Доме правительства"),
]


@pytest.mark.parametrize(("text", "span"), NOT_ORGS)
def test_buildings_and_sites_are_no_organizations(text: str, span: str, tools: Toolkit) -> None:
    assert span not in org_mentions(text, tools)


BODIES = [
    # the same building's name as the body that acts
    ("Белый дом заявил о новых пошлинах на сталь.", "Белый дом"),
    # a body whose name has a building word that is not its head
    ("Компания «Аэропорт Толмачёво» объявила тендер на новый терминал.",
     "Аэропорт Толмачёво"),
    # words that also head bodies' names are kept
    ("Соглашение подписал Дворец молодёжи Екатеринбурга и региональный фонд.",
     "Дворец молодёжи Екатеринбурга"),
]


@pytest.mark.parametrize(("text", "span"), BODIES)
def test_bodies_stay(text: str, span: str, tools: Toolkit) -> None:
    assert span in org_mentions(text, tools)


SITES = [
    # a quoted name after a word for a port names the port, a place
    ("Зерно довезут до морского порта «Тамань» и отправят в Турцию.", "Тамань"),
    ("Уголь перегружают в порту «Посьет» круглый год.", "Посьет"),
    # a border checkpoint
    ("Фрукты из Китая ввезли через ЖДПП «Забайкальск» в марте.", "Забайкальск"),
    ("Грузовики прошли через МАПП «Верхний Ларс» без очереди.", "Верхний Ларс"),
]


@pytest.mark.parametrize(("text", "name"), SITES)
def test_ports_and_checkpoints_are_no_organizations(text: str, name: str,
                                                    tools: Toolkit) -> None:
    assert not any(name in mention for mention in org_mentions(text, tools))


PORT_COMPANIES = [
    # a port's company, its quoted name headed by the word
    ("АО «Ванинский порт» увеличило перевалку угля на пятую часть.", "Ванинский порт"),
    ("Акционеры ПАО «Новороссийский морской торговый порт» одобрили дивиденды.",
     "Новороссийский морской торговый порт"),
]


@pytest.mark.parametrize(("text", "name"), PORT_COMPANIES)
def test_port_companies_stay(text: str, name: str, tools: Toolkit) -> None:
    assert any(name in mention for mention in org_mentions(text, tools))
