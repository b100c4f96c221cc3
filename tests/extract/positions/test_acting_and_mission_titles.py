"""Acting holders («исполняющий обязанности …», «врио …»), a mission's ranks below the
ambassador and local names of heads of regions abroad. Sentences written here; entities
given by hand."""

from __future__ import annotations

import pytest
from test_realnews_shapes import _found

from coopwatch.tools import Toolkit

P = "per:Иван Петров"

# text, entities (key -> surface forms), positions that must be found
FOUND = [
    ("Договор подписал временно исполняющий обязанности главы Чувашии Иван Петров.",
     {"RU-CU": ["Чувашии"], P: ["Иван Петров"]},
     {(P, "временно исполняющий обязанности главы", "RU-CU")}),
    ("Об итогах рассказал врио главы Курской области Иван Петров.",
     {"RU-KRS": ["Курской области"], P: ["Иван Петров"]},
     {(P, "врио главы", "RU-KRS")}),
    ("Гостей встретил исполняющий обязанности министра экономики Марий Эл Иван Петров.",
     {"RU-ME": ["Марий Эл"], P: ["Иван Петров"]},
     {(P, "исполняющий обязанности министра экономики", "RU-ME")}),
    ("На приём пришёл советник-посланник посольства Перу Иван Петров.",
     {"org:Посольство Перу": ["посольства Перу"], P: ["Иван Петров"]},
     {(P, "советник-посланник", "PE")}),
    ("Губернатор принял военного атташе посольства Чили Ивана Петрова.",
     {"org:Посольство Чили": ["посольства Чили"], P: ["Ивана Петрова"]},
     {(P, "военный атташе", "CL")}),
    ("С делегацией прибыл вице-консул Монголии Иван Петров.",
     {"MN": ["Монголии"], P: ["Иван Петров"]},
     {(P, "вице-консул", "MN")}),
    ("Форум открыл башкан Гагаузии Иван Петров.",
     {"MD-GA": ["Гагаузии"], P: ["Иван Петров"]},
     {(P, "башкан", "MD-GA")}),
    # a province's head abroad, of the one province the page names
    ("Омскую область посетили гости из провинции Гилян. Делегацию возглавил "
     "генерал-губернатор Иван Петров.",
     {"RU-OMS": ["Омскую область"], "IR-01": ["провинции Гилян"], P: ["Иван Петров"]},
     {(P, "генерал-губернатор", "IR-01")}),
]


@pytest.mark.parametrize(("text", "entities", "expected"), FOUND)
def test_acting_and_mission_titles(
    text: str, entities: dict[str, list[str]], expected: set, tools: Toolkit
) -> None:
    assert expected <= _found(text, entities, tools)
