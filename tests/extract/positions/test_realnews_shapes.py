"""Positions in the shapes of regional news: bare region words abroad, diplomats of a
mission, a city's officials.
Sentences written here; entities given by hand, places typed as the gazetteer types them."""

from __future__ import annotations

import pytest

import builders
from coopwatch.extract import positions
from coopwatch.records import Document
from coopwatch.tools import Toolkit


def _document(text: str, tools: Toolkit, entities: dict[str, list[str]]) -> Document:
    return builders.placed_document(text, tools, entities)


def _found(text: str, entities: dict[str, list[str]], tools: Toolkit) -> set[tuple]:
    doc = positions.extract(_document(text, tools, entities), tools)
    return {(item.person, item.title, item.of) for item in doc.positions}


# sentence, entities (key -> surface forms), positions that must be found
FOUND = [
    # a bare region word is of the region abroad: an «аким», a foreign country's adjective,
    # the delegation a leader heads
    ("Омскую область посетил аким области Нуржан Сарсенов. Павлодарская область и Омская "
     "область дружат давно.",
     {"KZ-55": ["Павлодарская область"], "RU-OMS": ["Омскую область", "Омская область"],
      "per:Нуржан Сарсенов": ["Нуржан Сарсенов"]},
     {("per:Нуржан Сарсенов", "аким", "KZ-55")}),
    ("Глава Чувашии посетил китайскую провинцию Хунань. Он встретился с губернатором этого "
     "китайского региона Ли Мином.",
     {"RU-CU": ["Чувашии"], "CN-HN": ["провинцию Хунань"], "per:Ли Мин": ["Ли Мином"]},
     {("per:Ли Мин", "губернатор", "CN-HN")}),
    ("В Пермский край прибыла делегация Наманганской области Узбекистана во главе с "
     "руководителем региона Шавкатом Абдуразаковым.",
     {"RU-PER": ["Пермский край"], "UZ-NG": ["Наманганской области"], "UZ": ["Узбекистана"],
      "per:Шавкат Абдуразаков": ["Шавкатом Абдуразаковым"]},
     {("per:Шавкат Абдуразаков", "руководитель", "UZ-NG")}),
    # a consul of a consulate is of the consulate's country
    ("Губернатор принял генерального консула Генерального консульства Ирана в Казани "
     "Рузбеха Ахмади.",
     {"org:Генеральное консульство Ирана в Казани": [
         "Генерального консульства Ирана в Казани"],
      "per:Рузбех Ахмади": ["Рузбеха Ахмади"]},
     {("per:Рузбех Ахмади", "генеральный консул", "IR")}),
    # a city's title of a country or a capital is of the one city of it that is named
    ("Глава Тывы прилетел в Улан-Батор. Переговоры с ним провёл мэр столицы Монголии "
     "Батбаяр Ганбат.",
     {"RU-TY": ["Тывы"], "geo:Улан-Батор": ["Улан-Батор"], "MN": ["Монголии"],
      "per:Батбаяр Ганбат": ["Батбаяр Ганбат"]},
     {("per:Батбаяр Ганбат", "мэр", "geo:Улан-Батор")}),
    ("Курганскую область посетила делегация Китая из города Харбин во главе с вице-мэром "
     "Ван Лином.",
     {"RU-KGN": ["Курганскую область"], "CN": ["Китая"], "geo:Харбин": ["Харбин"],
      "per:Ван Лин": ["Ван Лином"]},
     {("per:Ван Лин", "вице-мэр", "geo:Харбин")}),
    # a bare region word of another kind than the page's region names the region of its kind
    ("Связи Ставропольского края и Абхазии обсудили вице-губернатор края Олег Кузнецов и "
     "министр экономики республики Адгур Ардзинба. Ставропольский край и Абхазия дружат.",
     {"RU-STA": ["Ставропольского края", "Ставропольский край"],
      "GE-AB": ["Абхазии", "Абхазия"],
      "per:Олег Кузнецов": ["Олег Кузнецов"], "per:Адгур Ардзинба": ["Адгур Ардзинба"]},
     {("per:Олег Кузнецов", "вице-губернатор", "RU-STA"),
      ("per:Адгур Ардзинба", "министр экономики", "GE-AB")}),
    ("В Благовещенске гостей представлял мэр китайского города Чжао Мин. Делегация "
     "приехала из Хэйхэ.",
     {"geo:Благовещенск": ["Благовещенске"], "geo:Хэйхэ": ["Хэйхэ"],
      "per:Чжао Мин": ["Чжао Мин"]},
     {("per:Чжао Мин", "мэр", "geo:Хэйхэ")}),
]


@pytest.mark.parametrize(("text", "entities", "expected"), FOUND)
def test_real_news_position_shapes(
    text: str, entities: dict[str, list[str]], expected: set, tools: Toolkit
) -> None:
    found = _found(text, entities, tools)
    assert expected <= found, found


# sentence, entities, positions that must not be found
NOT_FOUND = [
    # a commission's co-chair does not lend the commission to the next title
    ("На церемонии был сопредседатель Межправительственной комиссии, вице-премьер "
     "Олег Данилов.",
     {"org:Межправительственная комиссия": ["Межправительственной комиссии"],
      "per:Олег Данилов": ["Олег Данилов"]},
     {("per:Олег Данилов", "вице-премьер", "org:Межправительственная комиссия")}),
    # an «аким» is not of the Russian region the text is about
    ("Омскую область посетил аким области Нуржан Сарсенов. Павлодарская область и Омская "
     "область дружат давно.",
     {"KZ-55": ["Павлодарская область"], "RU-OMS": ["Омскую область", "Омская область"],
      "per:Нуржан Сарсенов": ["Нуржан Сарсенов"]},
     {("per:Нуржан Сарсенов", "аким", "RU-OMS")}),
    # with two cities of that country named, «китайского города» names neither
    ("Мэр китайского города Чжао Мин пригласил гостей в Хэйхэ и Харбин.",
     {"geo:Хэйхэ": ["Хэйхэ"], "geo:Харбин": ["Харбин"], "per:Чжао Мин": ["Чжао Мин"]},
     {("per:Чжао Мин", "мэр", "geo:Хэйхэ"), ("per:Чжао Мин", "мэр", "geo:Харбин")}),
]


@pytest.mark.parametrize(("text", "entities", "wrong"), NOT_FOUND)
def test_real_news_shapes_that_must_not_be_read(
    text: str, entities: dict[str, list[str]], wrong: set, tools: Toolkit
) -> None:
    assert not wrong & _found(text, entities, tools)
