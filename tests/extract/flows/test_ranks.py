"""Rankings after a supply: «На втором месте – Монголия» names one more receiver."""

from __future__ import annotations

import pytest

from builders import document
from coopwatch.extract import flows
from coopwatch.tools import Toolkit

# text, entities, expected (from, to) pairs
CASES = [
    # the ranking right after the supply, one rank elided («на третьем»)
    ("Лес из Томской области вывозят в Китай. На втором месте – Монголия, на третьем – "
     "Казахстан.",
     {"RU-TOM": ["Томской области"], "CN": ["Китай"], "MN": ["Монголия"],
      "KZ": ["Казахстан"]},
     {("RU-TOM", "CN"), ("RU-TOM", "MN"), ("RU-TOM", "KZ")}),
    # one sentence with no supply between, the ranked country as the subject
    ("Лес из Томской области вывозят в Китай. Об этом сообщили в ведомстве. Второе "
     "место занимает Монголия.",
     {"RU-TOM": ["Томской области"], "CN": ["Китай"], "MN": ["Монголия"]},
     {("RU-TOM", "CN"), ("RU-TOM", "MN")}),
    # a ranking of sellers after a supply to one receiver
    ("Станки в Омскую область поставляет Германия. На втором месте – Италия.",
     {"RU-OMS": ["Омскую область"], "DE": ["Германия"], "IT": ["Италия"]},
     {("DE", "RU-OMS"), ("IT", "RU-OMS")}),
    # the leader, with no «место»; a region abroad among the receivers before
    ("Уголь из Кемеровской области шёл в Корею и на Тайвань. Лидером стала Япония.",
     {"RU-KEM": ["Кемеровской области"], "KR": ["Корею"], "CN-TW": ["Тайвань"],
      "JP": ["Япония"]},
     {("RU-KEM", "KR"), ("RU-KEM", "CN-TW"), ("RU-KEM", "JP")}),
    # leaders of countries named in the genitive rank no receiver
    ("Лес из Томской области вывозят в Китай. Лидеры Монголии и Китая встретились.",
     {"RU-TOM": ["Томской области"], "CN": ["Китай", "Китая"], "MN": ["Монголии"]},
     {("RU-TOM", "CN")}),
    # two senders read so far: whose ranking it is is not said
    ("Лес из Томской области вывозят в Китай. Уголь из Кемеровской области вывозят в "
     "Корею. На втором месте – Монголия.",
     {"RU-TOM": ["Томской области"], "RU-KEM": ["Кемеровской области"], "CN": ["Китай"],
      "KR": ["Корею"], "MN": ["Монголия"]},
     {("RU-TOM", "CN"), ("RU-KEM", "KR")}),
    # the next ones, with no «место»: «Далее идут …» after a sentence between
    ("Основными покупателями узбекских фруктов стала Россия. На нее приходится 41,8% "
     "экспорта. Далее идут Пакистан (14,6%), Казахстан (12,0%) и Кыргызстан (9,1%).",
     {"RU": ["Россия"], "UZ": ["узбекских"], "PK": ["Пакистан"], "KZ": ["Казахстан"],
      "KG": ["Кыргызстан"]},
     {("UZ", "RU"), ("UZ", "PK"), ("UZ", "KZ"), ("UZ", "KG")}),
    # «далее» with no verb of going on ranks nothing
    ("Лес из Томской области вывозят в Китай. Далее речь шла о Монголии.",
     {"RU-TOM": ["Томской области"], "CN": ["Китай"], "MN": ["Монголии"]},
     {("RU-TOM", "CN")}),
    # no supply before the ranking: nothing
    ("Делегация из Томской области посетила Китай. На втором месте – Монголия.",
     {"RU-TOM": ["Томской области"], "CN": ["Китай"], "MN": ["Монголия"]},
     set()),
    # a sentence naming a country with no rank in it adds no receiver
    ("Лес из Томской области вывозят в Китай. Монголия тоже интересна.",
     {"RU-TOM": ["Томской области"], "CN": ["Китай"], "MN": ["Монголия"]},
     {("RU-TOM", "CN")}),
    # a ranking too far after the supply
    ("Лес из Томской области вывозят в Китай. Об этом сообщили в ведомстве. Рубка "
     "выросла. На втором месте – Монголия.",
     {"RU-TOM": ["Томской области"], "CN": ["Китай"], "MN": ["Монголия"]},
     {("RU-TOM", "CN")}),
]


# a ranking that names what it ranks by, with no supply read before it
MEASURED = [
    # by supplies: the page's region sends to every country ranked
    ("Экспорт продукции Омской области составил 500 млн долларов. На первом месте по "
     "поставкам находится Китай, далее идут Казахстан и Узбекистан.",
     {"RU-OMS": ["Омской области"], "CN": ["Китай"], "KZ": ["Казахстан"],
      "UZ": ["Узбекистан"]},
     {("RU-OMS", "CN"), ("RU-OMS", "KZ"), ("RU-OMS", "UZ")}),
    # among buyers, a compound noun («стран-импортёров»)
    ("Омская область экспортировала продукции на 500 млн долларов. Лидером среди "
     "стран-импортеров остается Китай, на втором месте Казахстан.",
     {"RU-OMS": ["Омская область"], "CN": ["Китай"], "KZ": ["Казахстан"]},
     {("RU-OMS", "CN"), ("RU-OMS", "KZ")}),
    # by imports: the countries ranked sell to the region
    ("Товарооборот Омской области составил 3 млрд долларов. Первое место по импорту "
     "занимает Китай, второе — Германия.",
     {"RU-OMS": ["Омской области"], "CN": ["Китай"], "DE": ["Германия"]},
     {("CN", "RU-OMS"), ("DE", "RU-OMS")}),
    # trade partners ranked: no way the goods go
    ("Товарооборот Омской области составил 3 млрд долларов. Китай занимает первое место "
     "среди торговых партнеров региона, на втором месте Казахстан.",
     {"RU-OMS": ["Омской области"], "CN": ["Китай"], "KZ": ["Казахстан"]},
     set()),
    # a supply told before with another sender: the ranking is no one's own
    ("Приморский край нарастил перевалку. Уголь из Кемеровской области и Хакасии "
     "отправлялся в Корею. Лидером стала Япония, на долю которой пришлось 29,5% всей "
     "отгрузки. Приморский край доволен.",
     {"RU-PRI": ["Приморский край", "Приморский край"], "RU-KEM": ["Кемеровской области"],
      "RU-KK": ["Хакасии"], "KR": ["Корею"], "JP": ["Япония"]},
     {("RU-KEM", "KR"), ("RU-KK", "KR")}),
    # by trade and export at once: no one way
    ("Экспорт Омской области растет. Египет занимает после Турции второе место по объему "
     "внешнеторгового оборота и экспорта.",
     {"RU-OMS": ["Омской области"], "EG": ["Египет"], "TR": ["Турции"]},
     set()),
    # buyers and sellers in one ranking: no one way
    ("Товарооборот Омской области составил 3 млрд долларов. Китай лидирует и среди "
     "покупателей, и среди поставщиков.",
     {"RU-OMS": ["Омской области"], "CN": ["Китай"]},
     set()),
]


@pytest.mark.parametrize(("text", "entities", "expected"), CASES + MEASURED)
def test_a_ranking_names_its_ends(tools: Toolkit, text: str,
                                  entities: dict[str, list[str]],
                                  expected: set[tuple[str, str]]) -> None:
    doc = flows.extract(document(text, tools, entities), tools)
    assert {(flow.source, flow.target) for flow in doc.flows} == expected
