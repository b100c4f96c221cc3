"""A title that names no whose, held by the subject of a clause that names a party before
it: «Делегацию РФ возглавит …», «Монгольскую сторону представит …» (`of.py`, `_side_of`).
Sentences written here; entities given by hand, places typed as the gazetteer types them."""

from __future__ import annotations

import pytest

import builders
from coopwatch.extract import positions
from coopwatch.tools import Toolkit


def _found(text: str, entities: dict[str, list[str]], tools: Toolkit) -> set[tuple]:
    doc = positions.extract(builders.placed_document(text, tools, entities), tools)
    return {(item.person, item.title, item.of) for item in doc.positions}


BURYATIA = {"RU-BU": ["Бурятия", "Бурятии"]}

# sentence, entities (key -> surface forms), a position that must be found
FOUND = [
    # the party named after the word for a delegation
    ("Делегацию РФ возглавит заместитель председателя правительства Анна Смирнова. "
     "Форум пройдёт в Бурятии, Бурятия готовится.",
     {**BURYATIA, "RU": ["РФ"], "per:Анна Смирнова": ["Анна Смирнова"]},
     ("per:Анна Смирнова", "заместитель председателя правительства", "RU")),
    ("Делегацию Китая возглавил министр коммерции Ван Лин. Гостей встретили в Бурятии, "
     "Бурятия рада гостям.",
     {**BURYATIA, "CN": ["Китая"], "per:Ван Лин": ["Ван Лин"]},
     ("per:Ван Лин", "министр", "CN")),
    # the party named by an adjective before the word for a side
    ("Монгольскую сторону представит вице-премьер Батбаяр Ганбат. Монголия и Бурятия "
     "дружат, Бурятия ждёт гостей.",
     {**BURYATIA, "MN": ["Монголия"], "per:Батбаяр Ганбат": ["Батбаяр Ганбат"]},
     ("per:Батбаяр Ганбат", "вице-премьер", "MN")),
    ("С казахстанской стороны в переговорах участвовал заместитель министра торговли Ерлан Сейтов. "
     "Казахстан и Омская область торгуют, Омская область растёт.",
     {"KZ": ["Казахстан"], "RU-OMS": ["Омская область"],
      "per:Ерлан Сейтов": ["Ерлан Сейтов"]},
     ("per:Ерлан Сейтов", "заместитель министра", "KZ")),
]


@pytest.mark.parametrize(("text", "entities", "expected"), FOUND)
def test_a_title_is_of_the_party_its_clause_names(
    text: str, entities: dict[str, list[str]], expected: tuple, tools: Toolkit
) -> None:
    assert expected in _found(text, entities, tools)


# sentence, entities, a position that must not be found
NOT_FOUND = [
    # a title in another case is the party's counterpart
    ("Китайская делегация встретится с заместителем губернатора Иваном Петровым. Омская "
     "область ждёт гостей из Китая, Омская область готова.",
     {"CN": ["Китая"], "RU-OMS": ["Омская область"], "per:Иван Петров": ["Иваном Петровым"]},
     ("per:Иван Петров", "заместитель губернатора", "CN")),
    # a country says nothing of which of its regions a regional title is of
    ("Иранскую делегацию возглавил генерал-губернатор Реза Ахмади. Иран и Астраханская "
     "область дружат, Астраханская область ждёт гостей.",
     {"IR": ["Иран"], "RU-AST": ["Астраханская область"], "per:Реза Ахмади": ["Реза Ахмади"]},
     ("per:Реза Ахмади", "генерал-губернатор", "IR")),
    # a side with no party named
    ("С другой стороны, заместитель министра торговли Ерлан Сейтов отметил рост. Казахстан и "
     "Омская область торгуют.",
     {"KZ": ["Казахстан"], "RU-OMS": ["Омская область"],
      "per:Ерлан Сейтов": ["Ерлан Сейтов"]},
     ("per:Ерлан Сейтов", "заместитель министра", "KZ")),
]


@pytest.mark.parametrize(("text", "entities", "wrong"), NOT_FOUND)
def test_no_party_where_the_clause_does_not_give_the_holder_one(
    text: str, entities: dict[str, list[str]], wrong: tuple, tools: Toolkit
) -> None:
    assert wrong not in _found(text, entities, tools)
