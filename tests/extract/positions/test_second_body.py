"""A second organization joined by «и» to the of-phrase's is the holder's too, but not
past the holder's name: there «и» joins another party of the sentence."""

from __future__ import annotations

import builders
from coopwatch.tools import Toolkit


def test_party_after_the_name_is_not_a_second_body(tools: Toolkit) -> None:
    text = ('Председатель совета директоров "Вега" Иван Петров и АО "Узбекшелк" подписали '
            "контракт на поставку станков.")
    found = builders.positions_read(text, {"org:Вега": ["Вега"], "org:Узбекшелк": ['АО "Узбекшелк"'],
                          "per:Иван Петров": ["Иван Петров"]}, tools)
    assert ("per:Иван Петров", "председатель совета директоров", "org:Вега") in found, found
    assert not any(of == "org:Узбекшелк" for _, _, of in found), found
