"""«Мы», «наш» in a quote: the end of a supply is the quoted speaker's side."""

from __future__ import annotations

import pytest

from builders import document
from coopwatch.extract import flows, positions
from coopwatch.tools import Toolkit

ENTITIES = {
    "RU-SAM": ["Самарскую область", "Самарской области"],
    "CN-HL": ["Хэйлунцзян"],
    "per:Ван Мин": ["Ван Мин"],
    "per:Иван Петров": ["Иван Петров"],
}
VISIT = ("Губернатор провинции Хэйлунцзян Ван Мин посетил Самарскую область, где его "
         "встретил губернатор Самарской области Иван Петров.\n")

# quote and speaker, expected (from, to) pairs
CASES = [
    # a speaker from abroad: his province sends
    ("«Мы готовы поставлять фрукты», – сказал Ван Мин.", {("CN-HL", "RU-SAM")}),
    # a speaker from abroad buys: his province receives
    ("«Мы хотим закупать зерно», – сказал Ван Мин.", {("RU-SAM", "CN-HL")}),
    # «наш» on the supply noun
    ("«Наш экспорт фруктов растёт», – сказал Ван Мин.", {("CN-HL", "RU-SAM")}),
    # the home speaker keeps the document's own direction
    ("«Мы готовы поставлять фрукты», – сказал Иван Петров.", {("RU-SAM", "CN-HL")}),
]


@pytest.mark.parametrize(("quote", "expected"), CASES)
def test_we_is_the_side_of_the_speaker(tools: Toolkit, quote: str,
                                       expected: set[tuple[str, str]]) -> None:
    doc = document(VISIT + quote, tools, ENTITIES, name_from_key=False)
    doc = positions.extract(doc.replace(main_region="RU-SAM"), tools)
    found = flows.extract(doc, tools)
    assert {(flow.source, flow.target) for flow in found.flows} == expected
