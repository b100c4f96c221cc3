"""Hard-wrapped lines: a title cut from its of-phrase and holder by a line break.
Sentences written here; entities given by hand, places typed as the gazetteer types them."""

from __future__ import annotations

import pytest
from test_realnews_shapes import _found

from coopwatch.tools import Toolkit

# text, entities (key -> surface forms), positions that must be found
FOUND = [
    # the title alone on its line, the genitive of-phrase and the name on the next
    ("Губернатор\nОмской области Иван Соколов посетил выставку в Казахстане.",
     {"RU-OMS": ["Омской области"], "KZ": ["Казахстане"],
      "per:Иван Соколов": ["Иван Соколов"]},
     {("per:Иван Соколов", "губернатор", "RU-OMS")}),
    # a line that ends on a title, the next one goes on with its country
    ("Вчера соглашение подписали Президент Республики Казахстан Касым Жомартов и Президент\n"
     "Российской Федерации Пётр Сидоров.",
     {"KZ": ["Республики Казахстан"], "RU": ["Российской Федерации"],
      "per:Касым Жомартов": ["Касым Жомартов"], "per:Пётр Сидоров": ["Пётр Сидоров"]},
     {("per:Пётр Сидоров", "президент", "RU")}),
    # the wrap falls inside the title; the next line begins in lower case
    ("Вопрос обсудили на совещании у заместителя главы областной\nадминистрации Анны "
     "Петровой в Омской области.",
     {"RU-OMS": ["Омской области"], "per:Анна Петрова": ["Анны Петровой"]},
     {("per:Анна Петрова", "заместитель главы", "RU-OMS")}),
]


@pytest.mark.parametrize(("text", "entities", "expected"), FOUND)
def test_titles_across_a_line_wrap(
    text: str, entities: dict[str, list[str]], expected: set, tools: Toolkit
) -> None:
    found = _found(text, entities, tools)
    assert expected <= found, found


# text, entities, positions that must not be found
NOT_FOUND = [
    # a heading on its own line: the next line begins a new sentence in the nominative
    ("Губернатор встретился с послом\nПосол Китая Ли Мин посетил Омскую область.",
     {"CN": ["Китая"], "RU-OMS": ["Омскую область"], "per:Ли Мин": ["Ли Мин"]},
     {("per:Ли Мин", "посол", None)}),
    # a blank line between: two paragraphs, not a wrap
    ("Губернатор\n\nОмской области Иван Соколов посетил выставку.",
     {"RU-OMS": ["Омской области"], "per:Иван Соколов": ["Иван Соколов"]},
     {("per:Иван Соколов", "губернатор", "RU-OMS")}),
]


@pytest.mark.parametrize(("text", "entities", "wrong"), NOT_FOUND)
def test_lines_that_are_no_wrap(
    text: str, entities: dict[str, list[str]], wrong: set, tools: Toolkit
) -> None:
    assert not wrong & _found(text, entities, tools)
