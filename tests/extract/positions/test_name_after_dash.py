"""A name after a dash that closes a title and its of-phrase holds the title when it is
in the title's case (`stage.py`, _named_after_dash): «с консулом Китая — Ли Мином».
A genitive title before the dash is whose the person is.
Sentences written here; entities given by hand, places typed as the gazetteer types them."""

from __future__ import annotations

import pytest
from test_realnews_shapes import _found

from coopwatch.tools import Toolkit

# text, entities (key -> surface forms), positions that must be found
FOUND = [
    ("Губернатор обсудил планы с генеральным консулом Китая — Ли Мином.",
     {"CN": ["Китая"], "per:Ли Мин": ["Ли Мином"]},
     {("per:Ли Мин", "генеральный консул", "CN")}),
    ("Утром в мэрию пришёл посол Вьетнама – Иван Петров.",
     {"VN": ["Вьетнама"], "per:Иван Петров": ["Иван Петров"]},
     {("per:Иван Петров", "посол", "VN")}),
]

# text, entities, positions that must not be found
NOT_FOUND = [
    # a genitive title: the person is someone of the title's holder
    ("Цветы вручили супруге президента Франции — Анне Петровой.",
     {"FR": ["Франции"], "per:Анна Петрова": ["Анне Петровой"]},
     {("per:Анна Петрова", "президент", "FR")}),
    # a name in another case than the title's
    ("Губернатор встретился с консулом Китая — Ли Мин приехал вчера.",
     {"CN": ["Китая"], "per:Ли Мин": ["Ли Мин"]},
     {("per:Ли Мин", "консул", "CN")}),
]


@pytest.mark.parametrize(("text", "entities", "expected"), FOUND)
def test_name_after_dash_holds_the_title(
    text: str, entities: dict[str, list[str]], expected: set, tools: Toolkit
) -> None:
    assert expected <= _found(text, entities, tools)


@pytest.mark.parametrize(("text", "entities", "wrong"), NOT_FOUND)
def test_name_after_dash_in_another_case_holds_nothing(
    text: str, entities: dict[str, list[str]], wrong: set, tools: Toolkit
) -> None:
    assert not wrong & _found(text, entities, tools)
