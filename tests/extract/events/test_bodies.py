"""A body of a territory's government is no third side beside its official and its
territory; companies, agreements' bodies and bodies with no official named stay."""

from __future__ import annotations

import pytest

import builders
from coopwatch.extract import events
from coopwatch.records import Document, Position
from coopwatch.tools import Toolkit


def document(text: str, tools: Toolkit, entities: dict[str, list[str]],
             posts: list[tuple[str, str, str]]) -> Document:
    doc = builders.dated_document(text, tools, entities, "2025-03-01")
    return doc.replace(positions=tuple(Position(person, title, of) for person, title, of in posts))


# text, entities, posts (person, title, of), event type, the body, whether it stays a side
BODIES = [
    # the official's post is of the territory, the title names the body's word
    ("Губернатор Курганской области Пётр Ковалёв встретился с председателем Гродненского "
     "облисполкома Иваном Сидоровым.",
     {"RU-KGN": ["Курганской области"], "per:Пётр Ковалёв": ["Пётр Ковалёв"],
      "org:Гродненский облисполком": ["Гродненского облисполкома"],
      "per:Иван Сидоров": ["Иваном Сидоровым"]},
     [("per:Пётр Ковалёв", "губернатор", "RU-KGN"),
      ("per:Иван Сидоров", "председатель облисполкома", "BY-HR")],
     "meeting", "org:Гродненский облисполком", False),
    # the official's post is of the body itself, whose name names the country
    ("Министр экономики Курганской области Олег Петров провёл переговоры с главой "
     "Минпромторга Египта Ахмедом Салахом.",
     {"RU-KGN": ["Курганской области"], "per:Олег Петров": ["Олег Петров"],
      "org:Минпромторг Египта": ["Минпромторга Египта"], "EG": ["Египта"],
      "per:Ахмед Салах": ["Ахмедом Салахом"]},
     [("per:Олег Петров", "министр экономики", "RU-KGN"),
      ("per:Ахмед Салах", "глава", "org:Минпромторг Египта")],
     "meeting", "org:Минпромторг Египта", False),
    # a company beside its director stays
    ("Губернатор Курганской области Пётр Ковалёв встретился с генеральным директором "
     "белорусской компании «Гроднотех» Иваном Сидоровым.",
     {"RU-KGN": ["Курганской области"], "per:Пётр Ковалёв": ["Пётр Ковалёв"],
      "org:Гроднотех": ["Гроднотех"], "BY": ["белорусской"],
      "per:Иван Сидоров": ["Иваном Сидоровым"]},
     [("per:Пётр Ковалёв", "губернатор", "RU-KGN"),
      ("per:Иван Сидоров", "генеральный директор", "org:Гроднотех")],
     "meeting", "org:Гроднотех", True),
    # no official of the body takes part: the body is the side
    ("Губернатор Курганской области Пётр Ковалёв провёл встречу с руководством "
     "Гродненского облисполкома.",
     {"RU-KGN": ["Курганской области"], "per:Пётр Ковалёв": ["Пётр Ковалёв"],
      "org:Гродненский облисполком": ["Гродненского облисполкома"]},
     [("per:Пётр Ковалёв", "губернатор", "RU-KGN")],
     "meeting", "org:Гродненский облисполком", True),
    # an agreement's bodies are its signing parties
    ("Председатель Гродненского облисполкома Иван Сидоров подписал соглашение между "
     "облисполкомом и правительством Курганской области.",
     {"RU-KGN": ["Курганской области"],
      "org:Гродненский облисполком": ["Гродненского облисполкома"],
      "per:Иван Сидоров": ["Иван Сидоров"]},
     [("per:Иван Сидоров", "председатель облисполкома", "BY-HR")],
     "agreement", "org:Гродненский облисполком", True),
]


@pytest.mark.parametrize(("text", "entities", "posts", "kind", "body", "stays"), BODIES)
def test_a_body_of_a_side_is_no_side_beside_its_official(
        text: str, entities: dict[str, list[str]], posts: list[tuple[str, str, str]],
        kind: str, body: str, stays: bool, tools: Toolkit) -> None:
    doc = events.extract(document(text, tools, entities, posts), tools)
    found = [event for event in doc.events if event.type == kind]
    assert found, [(event.type, event.participants) for event in doc.events]
    assert all((body in event.participants) == stays for event in found), \
        [event.participants for event in found]
    people = {key for key in entities if key.startswith("per:")}
    assert all(people <= set(event.participants) for event in found)
