"""Quoted names listed after a product or work word are products, not organizations;
letters that end a document's number («№ 57-ФЗ») name no body (`org_mentions`,
`org_finders`)."""

from __future__ import annotations

import pytest

from coopwatch.extract.entities.stage import link
from coopwatch.nlp.analyze import analyze
from coopwatch.records import Document
from coopwatch.tools import Toolkit


def org_names(text: str, tools: Toolkit) -> set[str]:
    doc = link(analyze(Document(id="t", text=text), tools), tools)
    return {e.name for e in doc.entities if e.type == "ORG"}


PRODUCT_LISTS = [
    # a list of machines after one product word
    ("На выставке показали автобусы «Лидер», «Вектор» и «Сокол» нового поколения.",
     {"Лидер", "Вектор", "Сокол"}),
    # works after a colon, each with its year in brackets
    ("По её книгам поставлены спектакли: «Тихий берег» (2004), «Летний дождь» (2009) "
     "и «Дом у реки» (2015).",
     {"Тихий берег", "Летний дождь", "Дом у реки"}),
]


@pytest.mark.parametrize(("text", "products"), PRODUCT_LISTS)
def test_listed_products_are_no_organizations(text: str, products: set[str],
                                              tools: Toolkit) -> None:
    found = org_names(text, tools)
    assert not any(product in name for name in found for product in products), found


LISTED_COMPANIES = [
    # the same list after a word for companies: organizations
    ("Контракты подписали компании «Лидер», «Вектор» и «Сокол».", {"Лидер", "Вектор", "Сокол"}),
    # a product word before a genitive owner, then a company named in the list
    ("Техника завода «Вектора» и компания «Сокол» вышли на рынок Казахстана.", {"Сокол"}),
]


@pytest.mark.parametrize(("text", "companies"), LISTED_COMPANIES)
def test_listed_companies_stay(text: str, companies: set[str], tools: Toolkit) -> None:
    assert companies <= org_names(text, tools)


DOCUMENT_CODES = [
    "Поправки внесены в закон № 57-ФЗ, их одобрил Совет Федерации.",
    "Приказом № 1210-ОД от 3 марта отозвана лицензия банка, сообщил Центробанк.",
    "Водители обязаны соблюдать ПДД на всех дорогах области.",
]


@pytest.mark.parametrize("text", DOCUMENT_CODES)
def test_document_codes_name_no_body(text: str, tools: Toolkit) -> None:
    found = org_names(text, tools)
    assert not found & {"ФЗ", "ОД", "ПДД"}, found


LONE_ABBREVIATIONS = [
    # a common noun written as an abbreviation, once
    ("Работу продолжит новый НОЦ мирового уровня, сообщили в правительстве края.", "НОЦ"),
    ("Льготы получат участники СПИК, сообщили в правительстве края.", "СПИК"),
    # a word in capitals of a site's header line
    ("НАШ ПРС .RU (новости региона)\n\nВласти области подписали соглашение.", "ПРС"),
]


@pytest.mark.parametrize(("text", "word"), LONE_ABBREVIATIONS)
def test_a_lone_abbreviation_is_no_name(text: str, word: str, tools: Toolkit) -> None:
    assert word not in org_names(text, tools)


SUPPORTED_ABBREVIATIONS = [
    # after a word for a kind of organization
    ("Контракт получила компания ТЕРМ, поставки начнутся весной.", "ТЕРМ"),
    # written twice
    ("ТЕРМ поставит оборудование. Представители ТЕРМ приедут в Омск.", "ТЕРМ"),
    # the maker after its goods
    ("Основу экспорта составляют автомобили ТЕРМ и текстиль.", "ТЕРМ"),
    # listed with a company the NER model names
    ("Детали будут поставляться на ТЕРМ и АвтоВАЗ.", "ТЕРМ"),
    # in brackets after the goods
    ("Основу экспорта составляют тракторы (ТЕРМ) и текстиль.", "ТЕРМ"),
]


@pytest.mark.parametrize(("text", "word"), SUPPORTED_ABBREVIATIONS)
def test_a_supported_abbreviation_stays(text: str, word: str, tools: Toolkit) -> None:
    assert any(word in name for name in org_names(text, tools)), org_names(text, tools)
