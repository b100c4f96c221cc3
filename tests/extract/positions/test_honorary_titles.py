"""A title of `honorary_titles.txt` after an adjective of honour names no post:
«общенациональный лидер» is said of a state's late founder. The same title without it
stays a post."""

from __future__ import annotations

from functools import partial

import pytest

import builders
from coopwatch.extract import positions
from coopwatch.tools import Toolkit

document = partial(builders.document, name_from_key=False)


@pytest.mark.parametrize(("text", "entities"), [
    ("Гости возложили цветы к памятнику общенациональному лидеру Азербайджана Ильясу "
     "Мамедову.",
     {"AZ": ["Азербайджана"], "per:Ильяс Мамедов": ["Ильясу Мамедову"]}),
    ("Открыта выставка об общенациональном лидере Ильясе Мамедове.",
     {"per:Ильяс Мамедов": ["Ильясе Мамедове"]}),
])
def test_honorary_leader_is_no_post(
    text: str, entities: dict[str, list[str]], tools: Toolkit
) -> None:
    doc = positions.extract(document(text, tools, entities), tools)
    assert not [p for p in doc.positions if p.title == "лидер"], doc.positions


def test_leader_of_a_party_stays_a_post(tools: Toolkit) -> None:
    text = "Лидер партии «Рассвет» Ильяс Мамедов выступил на съезде."
    doc = positions.extract(document(text, tools, {
        "org:Рассвет": ["партии «Рассвет»"], "per:Ильяс Мамедов": ["Ильяс Мамедов"]}), tools)
    assert ("лидер", "org:Рассвет") in {(p.title, p.of) for p in doc.positions}
