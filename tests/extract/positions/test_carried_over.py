"""A title that names no one in its sentence, right after a sentence that names one person
with no post, is that person's post: news names someone, then calls them by the post.
Sentences written here; entities given by hand."""

from __future__ import annotations

import pytest

import builders
from coopwatch.tools import Toolkit

# sentences, entities (key -> surface forms), the position carried over
CARRIED = [
    ("Иван Петров прилетел в Минск. Министр иностранных дел Франции провёл там переговоры.",
     {"per:Иван Петров": ["Иван Петров"], "FR": ["Франции"], "geo:Минск": ["Минск"]},
     ("per:Иван Петров", "министр иностранных дел", "FR")),
    ("Решение Олега Смирнова удивило многих. Критика в адрес мэра Твери прозвучала вчера.",
     {"per:Олег Смирнов": ["Олега Смирнова"], "geo:Тверь": ["Твери"]},
     ("per:Олег Смирнов", "мэр", "geo:Тверь")),
    ("Павел Орлов прибыл в Казань. Председатель правления банка «Вега» встретился с "
     "партнёрами.",
     {"per:Павел Орлов": ["Павел Орлов"], "org:Вега": ["банка «Вега»"],
      "geo:Казань": ["Казань"]},
     ("per:Павел Орлов", "председатель правления", "org:Вега")),
]

# sentences, entities, the person who gets no post from the second sentence
NOT_CARRIED = [
    # a post many hold at once in one body
    ("Иван Петров выступил в прениях. Член Госдумы предложил поправку.",
     {"per:Иван Петров": ["Иван Петров"], "org:Госдума": ["Госдумы"]},
     "per:Иван Петров"),
    # two people named before: whose post it is, the text does not say
    ("Иван Петров и Олег Смирнов прибыли в Минск. Министр иностранных дел Франции провёл "
     "там переговоры.",
     {"per:Иван Петров": ["Иван Петров"], "per:Олег Смирнов": ["Олег Смирнов"],
      "FR": ["Франции"], "geo:Минск": ["Минск"]},
     "per:Иван Петров"),
    # the person already holds a post
    ("Глава компании «Вега» Иван Петров прибыл в Минск. Министр иностранных дел Франции "
     "провёл там переговоры.",
     {"per:Иван Петров": ["Иван Петров"], "org:Вега": ["компании «Вега»"],
      "FR": ["Франции"], "geo:Минск": ["Минск"]},
     "per:Иван Петров"),
    # a region abroad: its posts are named beside their holders
    ("В Барнаул приехал Ли Мин. Представитель правительства провинции Хэйлунцзян провёл "
     "встречи.",
     {"per:Ли Мин": ["Ли Мин"], "CN-HL": ["провинции Хэйлунцзян"],
      "geo:Барнаул": ["Барнаул"]},
     "per:Ли Мин"),
]


@pytest.mark.parametrize(("text", "entities", "expected"), CARRIED)
def test_nameless_title_after_a_named_person_is_theirs(
    text: str, entities: dict[str, list[str]], expected: tuple, tools: Toolkit
) -> None:
    found = builders.positions_read(text, entities, tools)
    assert expected in found, found


@pytest.mark.parametrize(("text", "entities", "person"), NOT_CARRIED)
def test_nameless_title_is_not_carried_over(
    text: str, entities: dict[str, list[str]], person: str, tools: Toolkit
) -> None:
    found = builders.positions_read(text, entities, tools)
    assert not any(who == person and title != "глава" for who, title, _ in found), found
