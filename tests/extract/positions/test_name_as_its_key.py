"""A name written as its person's key after a title in another case holds the title,
though the tagger reads its first word as a genitive (`stage.py`, _whose): Chinese names
often do not decline, and «с заместителем … Пань Иян» is Pan Yiyang's post.
Sentences written here; entities given by hand, places typed as the gazetteer types them."""

from __future__ import annotations

import pytest
from test_realnews_shapes import _found

from coopwatch.tools import Toolkit

# text, entities (key -> surface forms), positions that must be found
FOUND = [
    ("Делегация прибыла во главе с заместителем председателя правительства АРВМ Пань Иян.",
     {"org:АРВМ": ["АРВМ"], "per:Пань Иян": ["Пань Иян"]},
     {("per:Пань Иян", "заместитель председателя правительства", "org:АРВМ")}),
]

# text, entities, positions that must not be found
NOT_FOUND = [
    # a declined genitive name is still whose the title is
    ("Мэр встретился с помощником Ивана Петрова.",
     {"per:Иван Петров": ["Ивана Петрова"]},
     {("per:Иван Петров", "помощник", None)}),
]


@pytest.mark.parametrize(("text", "entities", "expected"), FOUND)
def test_name_as_its_key_holds_the_title(
    text: str, entities: dict[str, list[str]], expected: set, tools: Toolkit
) -> None:
    assert expected <= _found(text, entities, tools)


@pytest.mark.parametrize(("text", "entities", "wrong"), NOT_FOUND)
def test_declined_genitive_name_is_whose_the_title_is(
    text: str, entities: dict[str, list[str]], wrong: set, tools: Toolkit
) -> None:
    assert not wrong & _found(text, entities, tools)
