"""A second organization joined by «и» to the of-phrase's is the holder's too, but not
past the holder's name: there «и» joins another party of the sentence."""

from __future__ import annotations

import builders
from coopwatch.extract import positions
from coopwatch.tools import Toolkit


def _found(text: str, entities: dict[str, list[str]], tools: Toolkit) -> set[tuple]:
    """(person, title, of) of every position read from `text` with these entities."""
    doc = positions.extract(builders.document(text, tools, entities, name_from_key=False),
                            tools)
    return {(p.person, p.title, p.of) for p in doc.positions}


def test_party_after_the_name_is_not_a_second_body(tools: Toolkit) -> None:
    text = ('Председатель совета директоров "Вега" Иван Петров и АО "Узбекшелк" подписали '
            "контракт на поставку станков.")
    found = _found(text, {"org:Вега": ["Вега"], "org:Узбекшелк": ['АО "Узбекшелк"'],
                          "per:Иван Петров": ["Иван Петров"]}, tools)
    assert ("per:Иван Петров", "председатель совета директоров", "org:Вега") in found, found
    assert not any(of == "org:Узбекшелк" for _, _, of in found), found
