"""ORG entities read in a piece of something else (`org_parts`): one word at the end of a
longer quoted phrase (a route, a holiday, a place name), an online platform's name in
the page's furniture, a common noun standing as a programme's or a section's title, and
the name of a territory right after the word for its kind."""

from __future__ import annotations

import pytest

from coopwatch.extract.entities.org_parts import (
    named_after_place_kind,
    quoted_tail,
    titled_common_noun,
)
from coopwatch.extract.entities.stage import link
from coopwatch.nlp.analyze import analyze
from coopwatch.records import Document, Entity, Mention
from coopwatch.text.token_index import TokenIndex
from coopwatch.tools import Toolkit


def is_tail(text: str, span: str, tools: Toolkit) -> bool:
    doc = analyze(Document(id="t", text=text), tools)
    start = text.index(span)
    mention = Mention(start=start, stop=start + len(span), text=span, type="ORG")
    return quoted_tail(text, TokenIndex.of(doc), mention)


QUOTED_TAILS = [
    # the end of a route in straight quotes
    ('Власти обсудили новый рейс "Омск - Тарко" и грузовые перевозки.', "Тарко", True),
    # the second word of a holiday's name in guillemets
    ("Гостей пригласили на праздник «Сабантуй Юлдуз» в июне.", "Юлдуз", True),
    # a place name among quoted ones
    ('Парки "Алабуга" и "Старые Пески" приняли делегацию.', "Пески", True),
    # a whole quoted name is no part
    ("Стороны подписали соглашение с компанией «Ромашка» в Казани.", "Ромашка", False),
    # a legal form or a kind of body before it: the body's own full name
    ("Поставки ведёт компания «ПАО Ромашка» из Тюмени.", "Ромашка", False),
    ("Договор подписал «Холдинг Север» из Перми.", "Север", False),
    # a quoted name inside a quoted kind phrase opens its own quotes
    ("Резидентом стала «ОЭЗ «Тарко»» на севере.", "Тарко", False),
    # not inside quotes at all
    ("Омск и Тарко связаны новым рейсом.", "Тарко", False),
    # a closed quote before the word: outside the phrase
    ('Рейс "Омск - Сургут" продлят до Тарко в мае.', "Тарко", False),
]


@pytest.mark.parametrize(("text", "span", "expected"), QUOTED_TAILS)
def test_quoted_tail(text: str, span: str, expected: bool, tools: Toolkit) -> None:
    assert is_tail(text, span, tools) is expected


def test_multiword_tail_is_kept(tools: Toolkit) -> None:
    """Only one word is read as a cut piece: a longer span keeps its own reading."""
    text = "Участники форума «Новые Горизонты Сибири» обсудили экспорт."
    assert not is_tail(text, "Горизонты Сибири", tools)


def test_no_org_from_quoted_tail(tools: Toolkit) -> None:
    text = "Глава района посетил национальный праздник «Ысыах Олонхо» в Якутске."
    doc = link(analyze(Document(id="t", text=text), tools), tools)
    assert "Олонхо" not in {e.name for e in doc.entities if e.type == "ORG"}


PLATFORM_PAGES = [
    "Делегация Омска подписала соглашение в Минске.\nЧитайте нас в Telegram",
    "Завод в Липецке начал выпуск тракторов.\nПоделиться: ВКонтакте - Одноклассники",
    "Завод в Липецке начал выпуск тракторов.\nПоделиться\n- ВКонтакте\n- Одноклассники\n",
]


@pytest.mark.parametrize("text", PLATFORM_PAGES)
def test_no_platform_org(text: str, tools: Toolkit) -> None:
    """A platform of the share buttons or of the site's invitation names no party."""
    doc = link(analyze(Document(id="t", text=text), tools), tools)
    names = {e.name for e in doc.entities if e.type == "ORG"}
    assert not names & {"Telegram", "ВКонтакте", "Одноклассники"}


def test_platform_in_the_news_stays(tools: Toolkit) -> None:
    """A platform that is itself a party of the news keeps its ORG."""
    text = "Компания Telegram открыла офис в Дубае."
    doc = link(analyze(Document(id="t", text=text), tools), tools)
    assert "Telegram" in {e.name for e in doc.entities if e.type == "ORG"}


def one_word_org(text: str, word: str) -> Entity:
    start = text.index(word)
    mention = Mention(start=start, stop=start + len(word), text=word, type="ORG")
    return Entity(key="org:" + word, type="ORG", name=word, mentions=(mention,))


TITLES = [
    # a capitalized common noun in the nominative after a noun in an oblique case
    ("Об этом рассказали в программе Новости на местном канале.", "Новости", True),
    ("Сюжет вышел в рубрике Экономика во вторник.", "Экономика", True),
    # a body's name in a dependent case after its head
    ("Машина остановилась у здания Сената в полдень.", "Сената", False),
    # a firm named by a common noun is written in quotes
    ("Контракт получила фабрика «Смена» из Омска.", "Смена", False),
    # a name the dictionary knows as a body
    ("Поставки согласовал Россельхознадзор в мае.", "Россельхознадзор", False),
    # a capital inside the word spells an acronym
    ("На дорогах области работают МАЗы и грузовики.", "МАЗы", False),
    # no noun before it
    ("Вчера Экономика выросла на три процента.", "Экономика", False),
]


@pytest.mark.parametrize(("text", "word", "expected"), TITLES)
def test_titled_common_noun(text: str, word: str, expected: bool, tools: Toolkit) -> None:
    doc = analyze(Document(id="t", text=text), tools)
    found = titled_common_noun(text, TokenIndex.of(doc), tools.morph, one_word_org(text, word))
    assert found is expected


def test_no_org_from_programme_title(tools: Toolkit) -> None:
    text = "Поставки зерна выросли, сообщили в программе Новости «48 часов» на ОНТ."
    doc = link(analyze(Document(id="t", text=text), tools), tools)
    assert not {"Новости", "Новость"} & {e.name for e in doc.entities if e.type == "ORG"}


PLACE_KIND_NAMES = [
    # the name of a district or a province right after the word for its kind
    ("Делегацию принял глава округа Нови-Град на прошлой неделе.", "Нови-Град", True),
    ("Завод построят в провинции Тханьхоа к 2027 году.", "Тханьхоа", True),
    # a body that opens its own clause, or a capitalized kind word
    ("В области Сбербанк открыл новый офис.", "Сбербанк", False),
    ("Соглашение подписали Округ и компания «Север».", "Округ", False),
    # quoted after the kind word: the quote comes between
    ("Офис открыли в районе «Сити» в марте.", "Сити", False),
]


@pytest.mark.parametrize(("text", "word", "expected"), PLACE_KIND_NAMES)
def test_named_after_place_kind(text: str, word: str, expected: bool, tools: Toolkit) -> None:
    doc = analyze(Document(id="t", text=text), tools)
    found = named_after_place_kind(text, TokenIndex.of(doc), one_word_org(text, word))
    assert found is expected
