"""A title that names no place, in a list of officials right after one whose title names a
country or a region, is of that place too (`stage.py`, _sharing_list). Sentences written
here; entities given by hand."""

from __future__ import annotations

import pytest
from test_realnews_shapes import _found

from coopwatch.tools import Toolkit

ABKHAZIA = ("В совещании приняли участие вице-премьер правительства Абхазии Джансух Нанба, "
            "министр экономики Теймураз Миквабия и министр культуры Динара Смыр.")
ABKHAZIA_NAMES = {"GE-AB": ["Абхазии"], "per:Джансух Нанба": ["Джансух Нанба"],
                  "per:Теймураз Миквабия": ["Теймураз Миквабия"],
                  "per:Динара Смыр": ["Динара Смыр"]}
REGION = ("Во встрече участвовали заместитель губернатора Курской области Иван Петров, "
          "министр сельского хозяйства Пётр Сидоров и представитель МИД России Сергей Малов.")
REGION_NAMES = {"RU-KRS": ["Курской области"], "RU": ["России"],
                "per:Иван Петров": ["Иван Петров"], "per:Пётр Сидоров": ["Пётр Сидоров"],
                "per:Сергей Малов": ["Сергей Малов"]}

# text, entities (key -> surface forms), positions that must be found
FOUND = [
    (ABKHAZIA, ABKHAZIA_NAMES, {("per:Теймураз Миквабия", "министр экономики", "GE-AB"),
                                ("per:Динара Смыр", "министр культуры", "GE-AB")}),
    (REGION, REGION_NAMES, {("per:Пётр Сидоров", "министр сельского хозяйства", "RU-KRS")}),
]

NOT_SHARED = [
    # a country's post never takes a region; a second sentence is no list
    ("Губернатор Курской области Иван Петров и министр иностранных дел Сергей Лавров "
     "обсудили визит.",
     {"RU-KRS": ["Курской области"], "per:Иван Петров": ["Иван Петров"],
      "per:Сергей Лавров": ["Сергей Лавров"]}, "per:Сергей Лавров", "RU-KRS"),
    ("Губернатор Курской области Иван Петров провел встречу. Министр экономики Пётр Сидоров "
     "рассказал о планах.",
     {"RU-KRS": ["Курской области"], "per:Иван Петров": ["Иван Петров"],
      "per:Пётр Сидоров": ["Пётр Сидоров"]}, "per:Пётр Сидоров", "RU-KRS"),
]


@pytest.mark.parametrize(("text", "entities", "expected"), FOUND)
def test_a_title_in_a_list_takes_the_place_of_the_one_before(
    text: str, entities: dict[str, list[str]], expected: set, tools: Toolkit
) -> None:
    assert expected <= _found(text, entities, tools)


@pytest.mark.parametrize(("text", "entities", "person", "place"), NOT_SHARED)
def test_no_place_is_shared_outside_a_list(
    text: str, entities: dict[str, list[str]], person: str, place: str, tools: Toolkit
) -> None:
    assert not any(found[0] == person and found[2] == place
                   for found in _found(text, entities, tools))


# a deputy's title after the head of a body, in one list, is of that body (session 35,
# z… dev); a title of another kind takes no body
ASSEMBLY = ("В ней приняли участие председатель Законодательного Собрания Иркутской области "
            "Александр Ведерников и первый вице-спикер Кузьма Алдаров.")
ASSEMBLY_NAMES = {"org:Законодательное Собрание Иркутской области":
                  ["Законодательного Собрания Иркутской области"],
                  "RU-IRK": ["Иркутской области"],
                  "per:Александр Ведерников": ["Александр Ведерников"],
                  "per:Кузьма Алдаров": ["Кузьма Алдаров"]}
PLANT = ("На встрече были генеральный директор завода «Омсктехуглерод» Иван Петров и "
         "заместитель генерального директора Пётр Сидоров.")
PLANT_NAMES = {"org:Омсктехуглерод": ["Омсктехуглерод"], "per:Иван Петров": ["Иван Петров"],
               "per:Пётр Сидоров": ["Пётр Сидоров"]}


@pytest.mark.parametrize(("text", "entities", "expected"), [
    (ASSEMBLY, ASSEMBLY_NAMES,
     ("per:Кузьма Алдаров", "вице-спикер", "org:Законодательное Собрание Иркутской области")),
    (PLANT, PLANT_NAMES,
     ("per:Пётр Сидоров", "заместитель генерального директора", "org:Омсктехуглерод")),
])
def test_a_deputy_in_a_list_takes_the_body_of_the_head_before(
    text: str, entities: dict[str, list[str]], expected: tuple, tools: Toolkit
) -> None:
    assert expected in _found(text, entities, tools)


def test_a_title_of_another_kind_takes_no_body(tools: Toolkit) -> None:
    text = ("В ней приняли участие председатель Законодательного Собрания Иркутской области "
            "Александр Ведерников и генеральный консул Монголии Батсух Ичинхорлоо.")
    names = {**ASSEMBLY_NAMES, "MN": ["Монголии"],
             "per:Батсух Ичинхорлоо": ["Батсух Ичинхорлоо"]}
    assert not any(found[0] == "per:Батсух Ичинхорлоо" and found[2].startswith("org:")
                   for found in _found(text, names, tools))
