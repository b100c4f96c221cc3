"""A region named right after its country in a title's of-phrase: the title is the
region's («председатель совета Китая провинции Хубэй» is of CN-HB).
Sentences written here; entities given by hand, places typed as the gazetteer types them."""

from __future__ import annotations

import pytest
from test_realnews_shapes import _found as positions_read

from coopwatch.tools import Toolkit


def _found(text: str, entities: dict[str, list[str]], tools: Toolkit) -> set[tuple]:
    return {(person, of) for person, _, of in positions_read(text, entities, tools)}


# text, entities (key -> surface forms), (person, of) pairs that must be found
FOUND = [
    ("Документ подписал председатель народного совета Китая провинции Хубэй Ли Мин.",
     {"CN": ["Китая"], "CN-HB": ["Хубэй"], "per:Ли Мин": ["Ли Мин"]},
     {("per:Ли Мин", "CN-HB")}),
    ("С гостями встретился секретарь городского комитета Китая провинции Цзилинь Ван Бо.",
     {"CN": ["Китая"], "CN-JL": ["провинции Цзилинь"], "per:Ван Бо": ["Ван Бо"]},
     {("per:Ван Бо", "CN-JL")}),
]


@pytest.mark.parametrize(("text", "entities", "expected"), FOUND)
def test_region_after_its_country(
    text: str, entities: dict[str, list[str]], expected: set, tools: Toolkit
) -> None:
    found = _found(text, entities, tools)
    assert expected <= found, found


# text, entities, (person, of) pairs that must not be found
NOT_FOUND = [
    # after a preposition the region is where the envoy serves, not whose he is
    ("На встрече был генеральный консул Китая в провинции Приморье Ли Мин.",
     {"CN": ["Китая"], "RU-PRI": ["Приморье"], "per:Ли Мин": ["Ли Мин"]},
     {("per:Ли Мин", "RU-PRI")}),
    # a region of another country is no part of the first
    ("Выступил посол Казахстана области Омской Нурлан Ахметов.",
     {"KZ": ["Казахстана"], "RU-OMS": ["области Омской"],
      "per:Нурлан Ахметов": ["Нурлан Ахметов"]},
     {("per:Нурлан Ахметов", "RU-OMS")}),
]


@pytest.mark.parametrize(("text", "entities", "wrong"), NOT_FOUND)
def test_no_region_after_its_country(
    text: str, entities: dict[str, list[str]], wrong: set, tools: Toolkit
) -> None:
    assert not wrong & _found(text, entities, tools)
