"""A bare region word («главы региона», «вице-премьер края») on a page with no main region
is of the Russian region of its kind named last before it (`of.py`).
Sentences written here; entities given by hand, places typed as the gazetteer types them."""

from __future__ import annotations

import pytest
from test_realnews_shapes import _found

from coopwatch.tools import Toolkit

P = "per:Иван Петров"
S = "per:Пётр Сидоров"

# text, entities (key -> surface forms), positions that must be found
FOUND = [
    # two regions named as often: the one named just before the title
    ("Соглашение подписали министр Тверской области Пётр Сидоров – по поручению главы "
     "региона Ивана Петрова – и губернатор Омской области. Тверская область и Омская "
     "область дружат.",
     {"RU-TVE": ["Тверской области", "Тверская область"],
      "RU-OMS": ["Омской области", "Омская область"],
      S: ["Пётр Сидоров"], P: ["Ивана Петрова"]},
     {(P, "глава", "RU-TVE")}),
    # named in the paragraph before
    ("Договор связывает Омскую область и Пермский край. Его одобрили депутаты Омской "
     "области и Пермского края.\n\nОб этом сообщил вице-премьер региона Иван Петров.",
     {"RU-PER": ["Пермский край", "Пермского края"],
      "RU-OMS": ["Омскую область", "Омской области"], P: ["Иван Петров"]},
     {(P, "вице-премьер", "RU-PER")}),
    # the region word's kind: «края» skips the oblast named after the krai
    ("Делегации Пермского края и Омской области прибыли в Минск. Делегацию возглавил "
     "заместитель губернатора края Иван Петров.",
     {"RU-PER": ["Пермского края"], "RU-OMS": ["Омской области"], "BY": ["Минск"],
      P: ["Иван Петров"]},
     {(P, "заместитель губернатора", "RU-PER")}),
]

# text, entities, positions that must not be found
NOT_FOUND = [
    # a region named only after the title is not what it refers to
    ("Об этом сообщил вице-премьер региона Иван Петров. Договор связывает Пермский край и "
     "Омскую область.",
     {"RU-PER": ["Пермский край"], "RU-OMS": ["Омскую область"], P: ["Иван Петров"]},
     {(P, "вице-премьер", "RU-PER"), (P, "вице-премьер", "RU-OMS")}),
]


@pytest.mark.parametrize(("text", "entities", "expected"), FOUND)
def test_bare_region_word_is_the_region_named_last(
    text: str, entities: dict[str, list[str]], expected: set, tools: Toolkit
) -> None:
    assert expected <= _found(text, entities, tools)


@pytest.mark.parametrize(("text", "entities", "wrong"), NOT_FOUND)
def test_bare_region_word_before_any_region(
    text: str, entities: dict[str, list[str]], wrong: set, tools: Toolkit
) -> None:
    assert not wrong & _found(text, entities, tools)


# text, entities, positions that must be found: a region's adjective alone in the
# of-phrase («краевого управления») says the region as «края» does
ADJECTIVE_FOUND = [
    ("Омская область и Казахстан подписали соглашение, сообщил руководитель областного "
     "управления по внешним связям Иван Петров.",
     {"RU-OMS": ["Омская область"], "KZ": ["Казахстан"], P: ["Иван Петров"]},
     {(P, "руководитель", "RU-OMS")}),
]


@pytest.mark.parametrize(("text", "entities", "expected"), ADJECTIVE_FOUND)
def test_region_adjective_alone_is_the_region(
    text: str, entities: dict[str, list[str]], expected: set, tools: Toolkit
) -> None:
    assert expected <= _found(text, entities, tools)
