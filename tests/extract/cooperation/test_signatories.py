"""Cooperation between organizations that sign with each other or with a region:
sentences written here in the shapes of regional news."""

from __future__ import annotations

import pytest

from builders import document
from coopwatch.extract import cooperation
from coopwatch.records import Position
from coopwatch.tools import Toolkit


def org_pairs(text: str, entities: dict[str, list[str]], tools: Toolkit) -> set[frozenset[str]]:
    doc = cooperation.extract(document(text, tools, entities), tools)
    return {frozenset(fact.parties) for fact in doc.cooperation
            if any(party.startswith("org:") for party in fact.parties)}


# text, entities, the pairs with an organization that must be read (and no other)
SIGNED = [
    # the list after «между», two by two, around brackets and lower-case words
    ("Подписано соглашение между Уральским заводом (УЗ) и китайской корпорацией Синотек "
     "о поставках станков.",
     {"org:Уральский завод": ["Уральским заводом", "УЗ"], "org:Синотек": ["Синотек"]},
     {frozenset({"org:Уральский завод", "org:Синотек"})}),
    ("На форуме заключены соглашения между АО «Полимер» и Цзилиньской торговой палатой, "
     "Омским университетом и Харбинским институтом.",
     {"org:Полимер": ["«Полимер»"], "org:Цзилиньская торговая палата": [
         "Цзилиньской торговой палатой"],
      "org:Омский университет": ["Омским университетом"],
      "org:Харбинский институт": ["Харбинским институтом"]},
     {frozenset({"org:Полимер", "org:Цзилиньская торговая палата"}),
      frozenset({"org:Омский университет", "org:Харбинский институт"})}),
    ("Действует меморандум о сотрудничестве между Торговой палатой Бурятии и Союзом "
     "предпринимателей Монголии.",
     {"org:Торговая палата Бурятии": ["Торговой палатой Бурятии"],
      "org:Союз предпринимателей Монголии": ["Союзом предпринимателей Монголии"]},
     {frozenset({"org:Торговая палата Бурятии", "org:Союз предпринимателей Монголии"})}),
    # two subjects of a verb of signing
    ("Холдинг «Сибмаш» и компания «Дунфан» подписали договор о совместном производстве.",
     {"org:Сибмаш": ["«Сибмаш»"], "org:Дунфан": ["«Дунфан»"]},
     {frozenset({"org:Сибмаш", "org:Дунфан"})}),
    # the subject and the «с» phrase, a government body standing for its region
    ("Турецкая компания Озтекин подписала соглашение с правительством Калужской области "
     "о строительстве завода.",
     {"org:Озтекин": ["Озтекин"], "RU-KLU": ["Калужской области"]},
     {frozenset({"org:Озтекин", "RU-KLU"})}),
    ("Завод «Уралтрак» заключил контракт с компанией Ташмаш на поставку тракторов.",
     {"org:Уралтрак": ["«Уралтрак»"], "org:Ташмаш": ["Ташмаш"]},
     {frozenset({"org:Уралтрак", "org:Ташмаш"})}),
    # a ministry signs for its country, which pairs with the company
    ("Меморандум о намерениях подписан между компанией «Нефтехим» и министерством "
     "энергетики Турции.",
     {"org:Нефтехим": ["«Нефтехим»"],
      "org:министерство энергетики Турции": ["министерством энергетики Турции"]},
     {frozenset({"org:Нефтехим", "TR"})}),
    # the «с» phrase under the topic of what is signed
    ("Компания «Техноприбор» подписала меморандум о сотрудничестве с корпорацией Ханьтек.",
     {"org:Техноприбор": ["«Техноприбор»"], "org:Ханьтек": ["Ханьтек"]},
     {frozenset({"org:Техноприбор", "org:Ханьтек"})}),
    ("Холдинг «Сибмаш» заключил договор о поставках с заводом «Ташмаш».",
     {"org:Сибмаш": ["«Сибмаш»"], "org:Ташмаш": ["«Ташмаш»"]},
     {frozenset({"org:Сибмаш", "org:Ташмаш"})}),
    # the two sides in the genitive right after a paper signed, with no «между»
    ("Самым крупным стал договор Сбербанка и ПАО «Уралхим» о кредитовании.",
     {"org:Сбербанк": ["Сбербанка"], "org:Уралхим": ["Уралхим"]},
     {frozenset({"org:Сбербанк", "org:Уралхим"})}),
    ("Подписан меморандум Уралмаша и Синотека о совместном выпуске тракторов.",
     {"org:Уралмаш": ["Уралмаша"], "org:Синотек": ["Синотека"]},
     {frozenset({"org:Уралмаш", "org:Синотек"})}),
]


@pytest.mark.parametrize(("text", "entities", "expected"), SIGNED)
def test_organizations_that_sign_are_a_pair(
    tools: Toolkit, text: str, entities: dict[str, list[str]], expected: set[frozenset[str]]
) -> None:
    assert org_pairs(text, entities, tools) == expected


# text, entities: no pair with an organization may be read
NOT_SIGNED = [
    # three sides after «между» are not read two by two
    ("Соглашение между Уралмашем, Камазом и Синотеком обсуждается.",
     {"org:Уралмаш": ["Уралмашем"], "org:Камаз": ["Камазом"], "org:Синотек": ["Синотеком"]}),
    # no agreement word before «между»
    ("Конкуренция между Уралмашем и Синотеком растёт.",
     {"org:Уралмаш": ["Уралмашем"], "org:Синотек": ["Синотеком"]}),
    # a verb that is not one of signing
    ("Холдинг «Сибмаш» и компания «Дунфан» обсудили цены на металл.",
     {"org:Сибмаш": ["«Сибмаш»"], "org:Дунфан": ["«Дунфан»"]}),
    # a side of its own that signs nothing with the company named in another clause
    ("Компания Озтекин подписала соглашение о строительстве завода, а министерство "
     "провело совещание.",
     {"org:Озтекин": ["Озтекин"]}),
    # an executive body signs for its region, which the place rules pair
    ("Подписано соглашение между правительством Курской области и Гомельским областным "
     "исполнительным комитетом.",
     {"RU-KRS": ["Курской области"],
      "org:Гомельский областной исполнительный комитет": [
          "Гомельским областным исполнительным комитетом"]}),
    ("Правительство Омской области подписало соглашение о сотрудничестве с Павлодарским "
     "областным исполкомом.",
     {"RU-OMS": ["Омской области"],
      "org:Павлодарский областной исполком": ["Павлодарским областным исполкомом"]}),
    ("Стороны подпишут протокол между МИД Армении и правительством Самарской области.",
     {"org:МИД Армении": ["МИД Армении"], "RU-SAM": ["Самарской области"]}),
    # cooperation itself, unlike a paper signed, names no sides in the genitive
    ("Работает комиссия по сотрудничеству Уралмаша и Синотека.",
     {"org:Уралмаш": ["Уралмаша"], "org:Синотек": ["Синотека"]}),
    # three names after a paper signed are not read two by two
    ("Обсуждался договор Уралмаша, Камаза и Синотека.",
     {"org:Уралмаш": ["Уралмаша"], "org:Камаз": ["Камаза"], "org:Синотек": ["Синотека"]}),
    # a bloc is a frame, no side
    ("В рамках ШОС компания «Памир» и ШОС подписали меморандум.",
     {"org:ШОС": ["ШОС"], "org:Памир": ["«Памир»"]}),
]


@pytest.mark.parametrize(("text", "entities"), NOT_SIGNED)
def test_no_pair_without_signing_sides(
    tools: Toolkit, text: str, entities: dict[str, list[str]]
) -> None:
    assert org_pairs(text, entities, tools) == set()


# a person signs for the region, country or organization of their title
HELD = [
    ("Губернатор Роман Старовойт подписал соглашение с компанией Ханьтек.",
     {"per:Роман Старовойт": ["Роман Старовойт"], "org:Ханьтек": ["Ханьтек"]},
     (Position("per:Роман Старовойт", "губернатор", "RU-KRS"),),
     {frozenset({"RU-KRS", "org:Ханьтек"})}),
    ("Директор Игорь Ланин подписал меморандум о сотрудничестве с корпорацией Ханьтек.",
     {"per:Игорь Ланин": ["Игорь Ланин"], "org:Ханьтек": ["Ханьтек"]},
     (Position("per:Игорь Ланин", "директор", "org:Уралтрак"),),
     {frozenset({"org:Уралтрак", "org:Ханьтек"})}),
    # a person without a title stands for no one
    ("Игорь Ланин подписал соглашение с компанией Ханьтек.",
     {"per:Игорь Ланин": ["Игорь Ланин"], "org:Ханьтек": ["Ханьтек"]},
     (), set()),
]


@pytest.mark.parametrize(("text", "entities", "positions", "expected"), HELD)
def test_a_person_signs_for_what_their_title_is_of(
    tools: Toolkit, text: str, entities: dict[str, list[str]],
    positions: tuple[Position, ...], expected: set[frozenset[str]]
) -> None:
    doc = document(text, tools, entities).replace(positions=positions)
    found = cooperation.extract(doc, tools)
    assert {frozenset(fact.parties) for fact in found.cooperation
            if any(party.startswith("org:") for party in fact.parties)} == expected
