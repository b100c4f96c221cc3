"""A title whose «по …» part or of-phrase lists words with commas that «и» closes.
Sentences written here; entities given by hand."""

from __future__ import annotations

import pytest
from test_realnews_shapes import _found

from coopwatch.tools import Toolkit

P = "per:Иван Петров"

# text, entities (key -> surface forms), positions that must be found
FOUND = [
    # a deputy's domains listed in the dative
    ("В делегацию вошел заместитель губернатора по экономике, финансам и инвестициям "
     "Иван Петров.",
     {"RU-KRS": ["Курской области"], P: ["Иван Петров"]},
     {(P, "заместитель губернатора", None)}),
    # a department's adjectives listed in the genitive, the region after them
    ("По словам директора департамента внешнеэкономических, межрегиональных и "
     "международных связей Самарской области Ивана Петрова, экспорт растет.",
     {"RU-SAM": ["Самарской области"], P: ["Ивана Петрова"]},
     {(P, "директор департамента", "RU-SAM")}),
    ("Соглашение подписал министр промышленности, энергетики и торговли Монголии "
     "Иван Петров.",
     {"MN": ["Монголии"], P: ["Иван Петров"]},
     {(P, "министр промышленности", "MN")}),
    # a ministry's further field after a comma: «по делам …»
    ("В обсуждении участвовал министр культуры, по делам национальностей и архивного "
     "дела Курской области Иван Петров.",
     {"RU-KRS": ["Курской области"], P: ["Иван Петров"]},
     {(P, "министр культуры", "RU-KRS")}),
]

# text, entities, positions that must not be found
NOT_FOUND = [
    # a second title after the comma is a second post of the same person, not a listed word
    ("Прибыл заместитель губернатора, министр финансов и экономики Иван Петров.",
     {P: ["Иван Петров"]},
     {(P, "заместитель губернатора, министр финансов", None)}),
    # «по словам …» after a comma is no field of the body: the name it quotes is not
    # the title's holder
    ("Губернатор Курской области, по словам Ивана Петрова, поддержал проект.",
     {"RU-KRS": ["Курской области"], P: ["Ивана Петрова"]},
     {(P, "губернатор", "RU-KRS")}),
    # a title whose long of-phrase ends in another name is not the name's before the
    # comma
    ("Участвовали министр экономики Курской области Иван Петров, руководитель отделения "
     "в г. Курске Представительства МИД России в Нижнем Новгороде Олег Сидоров.",
     {"RU-KRS": ["Курской области"], P: ["Иван Петров"],
      "per:Олег Сидоров": ["Олег Сидоров"]},
     {(P, "руководитель", "RU-KRS"), (P, "руководитель", None)}),
    # a list that no «и» closes is not read as one of-phrase
    ("Выступил министр промышленности, энергетики, торговли Иван Петров.",
     {P: ["Иван Петров"]},
     {(P, "министр промышленности, энергетики, торговли", None)}),
]


@pytest.mark.parametrize(("text", "entities", "expected"), FOUND)
def test_listed_words_stay_in_the_title(
    text: str, entities: dict[str, list[str]], expected: set, tools: Toolkit
) -> None:
    found = _found(text, entities, tools)
    assert all(any(f[0] == e[0] and f[1] == e[1] and (e[2] is None or f[2] == e[2])
                   for f in found) for e in expected), found


@pytest.mark.parametrize(("text", "entities", "wrong"), NOT_FOUND)
def test_no_list_across_titles(
    text: str, entities: dict[str, list[str]], wrong: set, tools: Toolkit
) -> None:
    assert not wrong & _found(text, entities, tools)
