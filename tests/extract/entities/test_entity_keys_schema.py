"""Issue 13, drill finding 11: `extract` wrote cards that failed its own schema.

An unclosed quote before a name (`ООО " Ромашка`) left a space after the colon of the
organization's key (`org: Ромашка`), which the key pattern of card.schema.json refuses.
"""

from __future__ import annotations

import pytest

from coopwatch.evaluate.validate import check_card
from coopwatch.extract.entities.orgs import unquote
from coopwatch.pipeline import Pipeline
from coopwatch.records import Document, Source

TEXTS = [
    "В Казани ООО \" Ромашка и АО \" Вектор подписали соглашение о поставках.",
    "Компания « Ромашка подписала соглашение с правительством Татарстана о поставках молока.",
    "Директор ООО « Ромашка встретился с губернатором Омской области Виталием Хоценко.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_cards_with_unclosed_quotes_pass_the_schema(pipeline: Pipeline, text: str) -> None:
    card = pipeline(Document(id="quotes", text=text, source=Source(path="quotes.txt")))
    plain = card.replace(**{name: () for name in Document.WORKING}).to_json()
    assert check_card(plain) == []
    assert all(not entity.key.split(":", 1)[-1][:1].isspace() for entity in card.entities)


@pytest.mark.parametrize(("text", "name"), [("\" Ромашка", "Ромашка"), ("«  Вектор  М", "Вектор М")])
def test_unquote_leaves_no_edge_spaces(text: str, name: str) -> None:
    assert unquote(text) == (name, None)
