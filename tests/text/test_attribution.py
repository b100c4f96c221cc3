"""Names that credit the news or name its venue, read from the syntax tree."""

from __future__ import annotations

import pytest

import builders
from coopwatch.pipeline import Pipeline
from coopwatch.records import Document
from coopwatch.text.attribution import credit_or_venue, host_of_mission, said_there
from coopwatch.tools import Toolkit

# sentence, a name in it, whether it is a person, whether it credits or is the venue
CASES = [
    ("Стороны подписали соглашение, сообщает агентство Амур-Инфо.", "Амур-Инфо", False, True),
    ("Об этом сообщили агентству ТАСС в правительстве области.", "ТАСС", False, True),
    ("Об этом сообщили агентству ТАСС в правительстве области.", "правительстве области",
     False, True),
    ("Губернатор написал об этом в своём Telegram-канале.", "Telegram-канале", False, True),
    ("По данным Минэкономразвития, оборот вырос на треть.", "Минэкономразвития", False, True),
    ("Соглашение подписано на выставке Иннопром в Екатеринбурге.", "Иннопром", False, True),
    ("Об этом рассказал пресс-секретарь губернатора Иван Соколов.", "Иван Соколов", True,
     True),
    # a name right after a reporting verb at the end of the sentence, however parsed
    ("Меморандум был подписан в рамках поездки, передаёт BAQ.KZ.", "BAQ.KZ", False, True),
    ("Стороны договорились о поставках, пишет «Вечерний Омск».", "Вечерний Омск", False,
     True),
    # the agency and the reporter after a dateline
    ("ЧЕЛЯБИНСК, 22 сен - РИА Новости, Наталья Еремеева. Область подписала соглашение.",
     "РИА Новости", False, True),
    ("ЧЕЛЯБИНСК, 22 сен - РИА Новости, Наталья Еремеева. Область подписала соглашение.",
     "Наталья Еремеева", True, True),
    # the city a dateline opens with, whatever the agency's mark
    ("ГРОДНО, 5 мая (БелТА) – Область нарастила экспорт.", "ГРОДНО", False, True),
    ("ЕРЕВАН /Арменпресс/ - Армения нарастила экспорт.", "ЕРЕВАН", False, True),
    ("АСТАНА. KAZINFORM – Область нарастила экспорт.", "АСТАНА", False, True),
    ("Воронеж. 29.08.2023. Тамбовские власти подписали соглашение.", "Воронеж", False, True),
    ("МОСКВА подписала соглашение с Минском.", "МОСКВА", False, False),
    # the one who acts
    ("Компания Камский литейный завод подписала контракт с партнёрами.",
     "Камский литейный завод", False, False),
    ("Губернатор Иван Соколов сообщил о подписании соглашения.", "Иван Соколов", True, False),
    ("Иван Соколов пообщался с послом на полях форума.", "Иван Соколов", True, False),
]


@pytest.mark.parametrize(("text", "name", "person", "expected"), CASES)
def test_credit_or_venue(text: str, name: str, person: bool, expected: bool,
                         tools: Toolkit) -> None:
    doc = builders.analyzed(text, tools)
    start = text.index(name)
    tokens = [token for sentence in doc.sentences for token in sentence.tokens]
    assert credit_or_venue(tokens, start, start + len(name), person=person) is expected


# with `where` (a figure's parties), a place where something takes place is a venue; a
# visit's host named so stays a side for the other stages
WHERE = [
    ("Ранее вопросы сотрудничества между Россией и Вьетнамом обсудили в рамках Восточного "
     "экономического форума во Владивостоке.", "Владивостоке", True),
    ("Соглашение подписано в ходе форума, который проходит во Владивостоке.",
     "Владивостоке", True),
]


@pytest.mark.parametrize(("text", "name", "expected"), WHERE)
def test_where_it_takes_place(text: str, name: str, expected: bool, tools: Toolkit) -> None:
    doc = builders.analyzed(text, tools)
    start = text.index(name)
    tokens = [token for sentence in doc.sentences for token in sentence.tokens]
    assert credit_or_venue(tokens, start, start + len(name), where=True) is expected


def test_a_visits_host_is_no_venue_without_where(tools: Toolkit) -> None:
    text = "Церемония прошла в Тюмени во время визита казахстанской делегации."
    doc = builders.analyzed(text, tools)
    start = text.index("Тюмени")
    tokens = [token for sentence in doc.sentences for token in sentence.tokens]
    assert credit_or_venue(tokens, start, start + len("Тюмени")) is False


# a place after «в» in a reporting clause is where the news was told, whatever the parser
# hung it on; a place the reporting clause does not lead to is not
TOLD = [
    ("Россия экспортировала в Китай 1,5 млн тонн зерна, сообщил руководитель ведомства на "
     "заседании коллегии в среду в Москве, пишет агентство.", "Москве", True),
    ("Губернатор сообщил, что область отправила зерно в Китай.", "Китай", False),
    ("Делегация побывала в Москве, сообщили в правительстве.", "Москве", False),
    ("Область отправила в Китай зерно, сообщил губернатор.", "Китай", False),
]


@pytest.mark.parametrize(("text", "name", "expected"), TOLD)
def test_where_the_news_was_told(text: str, name: str, expected: bool, tools: Toolkit) -> None:
    assert said_there(_tokens(text, tools), text.index(name)) is expected


def _tokens(text: str, tools: Toolkit) -> list:
    """The tokens of an analysed text, sentence after sentence."""
    doc = builders.analyzed(text, tools)
    return [token for sentence in doc.sentences for token in sentence.tokens]


def test_where_the_news_was_told_is_no_main_region(pipeline: Pipeline) -> None:
    text = ("Россия экспортировала в Китай 1,5 млн тонн зерна, сообщил руководитель ведомства "
            "на заседании коллегии в среду в Москве. Экспорт российского зерна в Китай вырос.")
    doc = pipeline(Document(id="t", text=text))
    assert doc.main_region is None
    assert {(flow.source, flow.target) for flow in doc.flows} == {("RU", "CN")}


def test_a_missions_seat_is_no_main_region(pipeline: Pipeline) -> None:
    text = ("Хургаде и Шарм-эль-Шейху нашли побратимов в России\n\nКак сообщил посол Египта "
            "в Москве Мухаммад Эль-Бадри, губернаторы провинций приедут в Россию до конца "
            "года для подписания соглашений о сотрудничестве в сфере туризма.")
    doc = pipeline(Document(id="t", text=text))
    assert doc.main_region is None
    assert {frozenset(fact.parties) for fact in doc.cooperation} == {frozenset({"RU", "EG"})}


# a country or city named as the seat of a foreign mission, alone or down a list of
# seats, whatever the parser hung it on; the mission's own country and a place after
# another «в» are no seats
SEATS = [
    ("Губернатор встретился с Послом Индонезии в Российской Федерации и Республике "
     "Беларусь Ахмадом Сурьей.", "Республике Беларусь", True),
    ("Губернатор встретился с Послом Индонезии в Российской Федерации и Республике "
     "Беларусь Ахмадом Сурьей.", "Российской Федерации", True),
    ("Генеральный консул Республики Казахстан в Казани Ерлан Жумабаев прибыл в Пензу.",
     "Казани", True),
    ("Посол Вьетнама в России, Армении и Белоруссии посетил завод.", "Белоруссии", True),
    ("Губернатор встретился с Послом Индонезии в Российской Федерации и Республике "
     "Беларусь Ахмадом Сурьей.", "Индонезии", False),
    ("Делегация Индонезии побывала в Казани и Чебоксарах.", "Чебоксарах", False),
    ("Посол прибыл в Казань и Чебоксары.", "Чебоксары", False),
]


@pytest.mark.parametrize(("text", "name", "expected"), SEATS)
def test_the_seat_of_a_mission(text: str, name: str, expected: bool, tools: Toolkit) -> None:
    start = text.index(name)
    assert host_of_mission(_tokens(text, tools), start, start + len(name)) is expected
