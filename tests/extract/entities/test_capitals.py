"""Capitals named by a phrase (`capitals`): «столица» with a known place after it or the
place's adjective before it stands, for the fact stages only, for the capital city."""

from __future__ import annotations

import pytest

from coopwatch.extract.entities.stage import link
from coopwatch.nlp.analyze import analyze
from coopwatch.records import Document
from coopwatch.tools import Toolkit


def linked(text: str, tools: Toolkit) -> Document:
    return link(analyze(Document(id="t", text=text), tools), tools)


def alias_keys(doc: Document, word: str) -> set[str]:
    """Keys the fact stages' mention index gives the first `word` of the text."""
    start = doc.text.index(word)
    return {item.key for item in doc.entity_mentions
            if item.start == start and item.stop == start + len(word)}


CAPITALS = [
    # a region in the genitive after «столица», in each case of «столица»
    ("Столица Татарстана примет форум регионов России и Китая в мае.",
     "Столица", "geo:Казань"),
    ("Вчера в столице Бурятии открылся российско-монгольский бизнес-форум.",
     "столице", "geo:Улан-Удэ"),
    ("Делегация из Харбина посетила столицу Якутии и обсудила поставки леса.",
     "столицу", "geo:Якутск"),
    ("Губернатор провёл переговоры у столицы Башкортостана с инвесторами.",
     "столицы", "geo:Уфа"),
    ("Побратимские связи со столицей Удмуртии установил город Гомель.",
     "столицей", "geo:Ижевск"),
    ("Аэропорт столицы Приморья принял первый рейс из Сеула.",
     "столицы", "geo:Владивосток"),
    # a dateline before the sentence
    ("МОСКВА, 3 июня. В столице Калмыкии подписано соглашение с Казахстаном.",
     "столице", "geo:Элиста"),
    # a lower-case kind of place between «столица» and the name
    ("Делегация посетила столицу провинции Хэйлунцзян и обсудила поставки сои.",
     "столицу", "geo:Харбин"),
    ("В столице провинции Цзилинь прошла выставка российских товаров.",
     "столице", "geo:Чанчунь"),
    ("Инвесторы из столицы области Гомельской приедут в Брянск.",
     "столицы", None),
    # a country in the genitive
    ("Самолёт с грузом вылетел из столицы Узбекистана в Новосибирск.",
     "столицы", "geo:Ташкент"),
    ("Омские аграрии отправили зерно в столицу Монголии.",
     "столицу", "geo:Улан-Батор"),
    ("Ярмарка в столице Казахстана собрала компании из Омской и Томской областей.",
     "столице", "geo:Астана"),
    ("Товарооборот со столицей Кыргызстана вырос на 12%.",
     "столицей", "geo:Бишкек"),
    # a country's adjective before «столица», in any case
    ("Переговоры прошли в белорусской столице при участии министров.",
     "столице", "geo:Минск"),
    ("Белорусская столица и Новосибирск договорились о сотрудничестве.",
     "столица", "geo:Минск"),
    ("Губернатор прибыл в узбекскую столицу с рабочим визитом.",
     "столицу", "geo:Ташкент"),
    ("Делегация китайской столицы осмотрела завод в Калуге.",
     "столицы", "CN-BJ"),
    ("Рейсы из казахстанской столицы в Омск возобновятся летом.",
     "столицы", "geo:Астана"),
    # a region's adjective before «столица»
    ("В татарстанской столице открылся торговый дом Узбекистана.",
     "столице", "geo:Казань"),
    # a quote and a parenthetical tail
    ("«Мы рады видеть гостей в столице Бурятии», — сказал мэр (фото пресс-службы).",
     "столице", "geo:Улан-Удэ"),
]


@pytest.mark.parametrize(("text", "word", "key"), [r for r in CAPITALS if r[2]])
def test_capital_phrase_stands_for_the_capital_city(text: str, word: str, key: str,
                                                    tools: Toolkit) -> None:
    doc = linked(text, tools)
    assert key in alias_keys(doc, word)
    assert doc.entity(key) is not None


NO_CAPITALS = [
    # a nickname: the capitalised word before «столица» makes it a name
    ("Туристы приехали в Северную столицу России на выходные.", "столицу"),
    # a title of a project in quotes
    ("Стартовал проект «Томск – Новогодняя столица Сибири» для туристов.", "столица"),
    # the genitive is no known place
    ("Фестиваль прошёл в столице региона при поддержке спонсоров.", "столице"),
    ("Город называют столицей нефтехимии.", "столицей"),
    # a lower-case adjective that is no place's: a city named by its trade, not the capital
    ("Альметьевск называют нефтяной столицей Татарстана.", "столицей"),
    ("Делегация посетила культурную столицу России.", "столицу"),
    ("Третья столица России принимает гостей из Китая.", "столица"),
]


@pytest.mark.parametrize(("text", "word"), NO_CAPITALS)
def test_capital_word_with_no_place_stands_for_nothing(text: str, word: str,
                                                       tools: Toolkit) -> None:
    assert not alias_keys(linked(text, tools), word)


@pytest.mark.parametrize(("text", "word", "key"), CAPITALS)
def test_capital_phrase_adds_no_mention_to_the_card(text: str, word: str, key: str | None,
                                                   tools: Toolkit) -> None:
    start = text.index(word)
    doc = linked(text, tools)
    assert not any(m.start == start for e in doc.entities for m in e.mentions)
