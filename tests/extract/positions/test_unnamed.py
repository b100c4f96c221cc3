"""A head title that names no one is the post of the person the document is about.
Sentences written here; entities given by hand, places typed as the gazetteer types them."""

from __future__ import annotations

import pytest
from test_realnews_shapes import _found

from coopwatch.tools import Toolkit

SOKOLOV = "per:Иван Соколов"

# text, entities (key -> surface forms), positions that must be found
FOUND = [
    # the protagonist named first, then called by the post alone
    ("Иван Соколов встретился с послом Ирана. Губернатор Тверской области отметил рост "
     "товарооборота.",
     {SOKOLOV: ["Иван Соколов"], "RU-TVE": ["Тверской области"], "IR": ["Ирана"]},
     {(SOKOLOV, "губернатор", "RU-TVE")}),
    # the title a few sentences on, after another person's
    ("Иван Соколов встретился с консулом Ирана Али Карими. Али Карими скоро покидает "
     "регион. Губернатор Тверской области поблагодарил его за работу.",
     {SOKOLOV: ["Иван Соколов"], "per:Али Карими": ["Али Карими", "Али Карими"],
      "RU-TVE": ["Тверской области"], "IR": ["Ирана"]},
     {(SOKOLOV, "губернатор", "RU-TVE")}),
    # a bare head of state's title: the country of the leader it names
    ("Александр Лукашенко принял в Минске гостей из Рязани. Президент заверил их в "
     "готовности Беларуси к сотрудничеству.",
     {"per:Александр Лукашенко": ["Александр Лукашенко"], "geo:Минск": ["Минске"],
      "geo:Рязань": ["Рязани"], "BY": ["Беларуси"]},
     {("per:Александр Лукашенко", "президент", "BY")}),
    # the protagonist named first in the passage right before the title, not on top
    ("Омская область расширяет экспорт в Китай. Переговоры с гостями провёл Иван Соколов. "
     "Губернатор области отметил рост поставок.",
     {SOKOLOV: ["Иван Соколов"], "RU-OMS": ["Омская область"], "CN": ["Китай"]},
     {(SOKOLOV, "губернатор", "RU-OMS")}),
    ("Омская область расширяет экспорт в Китай. По словам Ивана Соколова, спрос на зерно "
     "растёт. Глава региона отметил рост поставок.",
     {SOKOLOV: ["Ивана Соколова"], "RU-OMS": ["Омская область"], "CN": ["Китай"]},
     {(SOKOLOV, "глава", "RU-OMS")}),
]

# text, entities, positions that must not be found
NOT_FOUND = [
    # someone else is named beside the title: the title is not the protagonist's
    ("Иван Соколов приехал в Псков. Глава Псковской области и Пётр Лебедев подписали "
     "соглашение. Иван Соколов его одобрил.",
     {SOKOLOV: ["Иван Соколов", "Иван Соколов"], "RU-PSK": ["Псков", "Псковской области"],
      "per:Пётр Лебедев": ["Пётр Лебедев"]},
     {(SOKOLOV, "глава", "RU-PSK")}),
    # a former holder is someone else
    ("Иван Соколов посетил завод в Твери. Бывший губернатор Тверской области отметил рост "
     "выпуска.",
     {SOKOLOV: ["Иван Соколов"], "RU-TVE": ["Твери", "Тверской области"]},
     {(SOKOLOV, "губернатор", "RU-TVE")}),
    # the protagonist is not in the first passage: no one to give the title to
    ("Завод в Твери расширяет выпуск. Губернатор Тверской области отметил рост. Иван "
     "Соколов осмотрел цеха.",
     {SOKOLOV: ["Иван Соколов"], "RU-TVE": ["Твери", "Тверской области"]},
     {(SOKOLOV, "губернатор", "RU-TVE")}),
    # two people without a title, named as often: no protagonist
    ("Иван Соколов и Пётр Лебедев осмотрели завод. Губернатор Тверской области отметил рост.",
     {SOKOLOV: ["Иван Соколов"], "per:Пётр Лебедев": ["Пётр Лебедев"],
      "RU-TVE": ["Тверской области"]},
     {(SOKOLOV, "губернатор", "RU-TVE"), ("per:Пётр Лебедев", "губернатор", "RU-TVE")}),
    # the passage before names someone else first: the title is theirs, not the one met
    ("Омская область расширяет экспорт в Китай. Пётр Лебедев, министр экономики Омской "
     "области, встретился с Иваном Соколовым. Губернатор области поблагодарил его.",
     {SOKOLOV: ["Иваном Соколовым"], "per:Пётр Лебедев": ["Пётр Лебедев"],
      "RU-OMS": ["Омская область", "Омской области"], "CN": ["Китай"]},
     {(SOKOLOV, "губернатор", "RU-OMS")}),
    # the credit line of the governor's press office: no one acts
    ("Иван Соколов обсудил с министром поставки. Иван Соколов поблагодарил коллег. "
     "Источник: пресс-служба губернатора Тверской области.",
     {SOKOLOV: ["Иван Соколов", "Иван Соколов"], "RU-TVE": ["Тверской области"]},
     {(SOKOLOV, "губернатор", "RU-TVE")}),
    # two posts in the passage: which one the protagonist holds is open
    ("Встреча министра иностранных дел России с губернатором Тверской области. Иван "
     "Соколов и Пётр Лебедев обсудили связи. Иван Соколов поблагодарил министерство.",
     {SOKOLOV: ["Иван Соколов", "Иван Соколов"], "per:Пётр Лебедев": ["Пётр Лебедев"],
      "RU-TVE": ["Тверской области"], "RU": ["России"]},
     {(SOKOLOV, "губернатор", "RU-TVE")}),
]


@pytest.mark.parametrize(("text", "entities", "expected"), FOUND)
def test_unnamed_head_title_is_the_protagonists(
    text: str, entities: dict[str, list[str]], expected: set, tools: Toolkit
) -> None:
    assert expected <= _found(text, entities, tools)


@pytest.mark.parametrize(("text", "entities", "wrong"), NOT_FOUND)
def test_unnamed_head_title_not_given(
    text: str, entities: dict[str, list[str]], wrong: set, tools: Toolkit
) -> None:
    assert not wrong & _found(text, entities, tools)
