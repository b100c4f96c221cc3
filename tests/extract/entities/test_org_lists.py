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
