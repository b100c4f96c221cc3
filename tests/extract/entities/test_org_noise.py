"""ORG entities that name nothing on real pages (`org_noise`): calendar words of the
header, a page title with the site's name, a count glued to a site name, a bare word
for a kind of body, a title read as a body, a name cut mid-phrase, a place."""

from __future__ import annotations

import pytest

from coopwatch.extract.entities.stage import link
from coopwatch.nlp.analyze import analyze
from coopwatch.records import Document, Entity
from coopwatch.tools import Toolkit


def entities(text: str, tools: Toolkit) -> tuple[Entity, ...]:
    return link(analyze(Document(id="t", text=text), tools), tools).entities


def org_names(text: str, tools: Toolkit) -> set[str]:
    return {e.name for e in entities(text, tools) if e.type == "ORG"}


NOT_ORGS = [
    # an English weekday or month of the page header
    ("Monday, March 14, 2022\nГубернатор Омской области принял делегацию из Павлодара.",
     {"Monday"}),
    ("Friday\nВ Казани открылся павильон провинции Хэнань.", {"Friday"}),
    # a bare word for a kind of body refers back to a body named before
    ("Послом назначен Ильяс Омаров. Это первая встреча после назначения нового "
     "руководителя Секретариата в марте.", {"Секретариат"}),
    ("Министр рассказал о планах. Сферами компетенции нового Комитета станут "
     "логистика и туризм.", {"Комитет"}),
    # a person's title with its adjectives is no body
    ("Об этом сообщили в аппарате Главного федерального инспектора по Курской области.",
     {"Главный федеральный инспектор"}),
    # a name cut before its end: a preposition or an adjective agreeing with nothing
    ("Стороны договорились на заседании Совета по взаимодействию между регионами двух "
     "стран.", {"Совет по взаимодействию между"}),
    ("Губернатор встретился с директором Ассоциации свободных портов «Балтика».",
     {"Ассоциация свободных"}),
]


@pytest.mark.parametrize(("text", "absent"), NOT_ORGS)
def test_noise_is_no_organization(text: str, absent: set[str], tools: Toolkit) -> None:
    assert not org_names(text, tools) & absent


def test_page_title_with_site_name(tools: Toolkit) -> None:
    text = ("Деловой Омск - Sputnik Казахстан, 1920, 03.02.2022\n"
            "АСТАНА, 3 фев – Sputnik. Министр торговли провёл переговоры в Омске.")
    names = org_names(text, tools)
    assert not any(" - " in name for name in names)


def test_count_glued_to_a_site_name(tools: Toolkit) -> None:
    text = ("Татарстан и Узбекистан обсудили поставки техники.\n"
            "Lenta Daily 5 часов назад 21\nЧитать в Lenta Daily")
    names = org_names(text, tools)
    assert not any(name.endswith(" 5") for name in names)


def test_place_typed_as_organization_joins_the_place(tools: Toolkit) -> None:
    found = entities("Бурятия и Монголия будут сотрудничать в сфере туризма.", tools)
    assert "Бурятия" not in {e.name for e in found if e.type == "ORG"}
    assert "RU-BU" in {e.key for e in found if e.type == "GEO"}


KEPT = [
    # a quoted one-word name stays even when the word is a title («форвард»)
    ("В турнире победила хоккейная команда «Форвард» из Благовещенска.", "Форвард"),
    # a full body with its complement stays
    ("Решение принял Совет по внешнеэкономической деятельности Оренбургской области.",
     "Совет по внешнеэкономической деятельности Оренбургской области"),
]


@pytest.mark.parametrize(("text", "name"), KEPT)
def test_names_are_kept(text: str, name: str, tools: Toolkit) -> None:
    assert name in org_names(text, tools)
