"""Relevance: news of economic cooperation is on topic; sport, weather, crime and culture
are not, and lose their facts while keeping their entities."""

from __future__ import annotations

import pytest

from coopwatch.extract.relevance.stage import TopicCounts, relevance_of
from coopwatch.pipeline import Pipeline
from coopwatch.records import Document, Source

ON_TOPIC = [
    "Губернатор Омской области провёл переговоры с делегацией Павлодарской области. Стороны "
    "подписали соглашение о сотрудничестве в сфере промышленности и торговли.",
    "Товарооборот Курской области с Белоруссией в 2024 году вырос на 12% и составил "
    "420 млн долларов. Основу экспорта составляет продукция машиностроения.",
]
OFF_TOPIC = [
    # sport
    "Омский «Авангард» обыграл минское «Динамо» в матче чемпионата КХЛ. Вратарь хозяев "
    "отразил 30 бросков, победную шайбу забросил нападающий в овертайме.",
    # weather
    "Синоптики предупредили о приближении циклона: в Хабаровском крае ожидаются ливень, "
    "гроза и порывы ветра до 25 метров в секунду. Температура воздуха опустится до нуля.",
    # a forecast in plain words, with a region's trade nearby in the page furniture
    "Прогноз погоды на выходные: в Минской и Могилевской областях днём до плюс 5 градусов, "
    "ночью мороз до минус 8, местами снег и гололёд, туман. Гидрометцентр Белоруссии "
    "предупреждает о сильном ветре.\nЧитать также: Экспорт молока в Россию вырос.",
    # crime
    "В Брянской области полиция задержала подозреваемого в краже: мужчина пытался вывезти "
    "в Белоруссию похищенный товар. Возбуждено уголовное дело, задержанный признал вину.",
    # smuggling found at the border, told without «полиция» or «кража»
    "На таможенном посту при досмотре фуры, следовавшей из Монголии в Бурятию, обнаружили "
    "200 килограммов незаконно добытой рыбы. Груз изъят, водитель дожидается решения "
    "следственно-оперативной группы.",
    # combat sports with foreign guests
    "Борцы из Монголии завоевали три медали на турнире в Красноярске. В финале поединок "
    "чемпиона мира продлился всю схватку, призёром первенства стал гость из Казахстана.",
    # a concert of a diaspora
    "В Ульяновске прошёл новогодний концерт вьетнамской диаспоры: ансамбль исполнил "
    "народные песни, на сцене выступили певица и артисты из Ханоя.",
    # a road accident
    ("В Бурятии грузовик из Китая попал в ДТП: в аварии пострадали двое, водителя "
     "госпитализировали после столкновения с легковым автомобилем."),
    # crime statistics
    "Суд арестовал двух граждан Китая: следователь прокуратуры сообщил о росте "
    "преступности среди иностранцев в приграничном районе.",
]


@pytest.mark.parametrize("text", ON_TOPIC)
def test_cooperation_news_is_on_topic(text: str, pipeline: Pipeline) -> None:
    card = pipeline(Document(id="t", text=text, source=Source(published="2025-03-01")))
    assert card.relevance is not None and card.relevance.on_topic
    assert card.relevance.score > 0.5


@pytest.mark.parametrize("text", OFF_TOPIC)
def test_off_topic_news_keeps_entities_and_has_no_facts(text: str, pipeline: Pipeline) -> None:
    card = pipeline(Document(id="t", text=text, source=Source(published="2025-03-01")))
    assert card.relevance is not None and not card.relevance.on_topic
    assert card.entities
    assert (card.positions, card.events, card.figures, card.flows, card.cooperation) == (
        (), (), (), (), ())


@pytest.mark.parametrize(("counts", "on_topic"), [
    (TopicCounts(economy=0, off_topic=0, facts=0), False),   # nothing either way
    (TopicCounts(economy=1, off_topic=0, facts=1), True),
    (TopicCounts(economy=0, off_topic=3, facts=9), False),   # facts count up to two only
    (TopicCounts(economy=6, off_topic=2, facts=2), True),
])
def test_relevance_from_counts(counts: TopicCounts, on_topic: bool) -> None:
    relevance = relevance_of(counts)
    assert relevance.on_topic is on_topic
    assert 0.0 <= relevance.score <= 1.0
