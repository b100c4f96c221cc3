"""The clause record of a number: what reading a sentence and a number's clause once
finds in real sentences of regional economic news."""

from __future__ import annotations

import pytest

from builders import analyzed, mention_of
from coopwatch.extract.dates.anchors import Anchor
from coopwatch.extract.figures import attributes
from coopwatch.extract.figures.clause import (
    Carried,
    FigureClause,
    read_clause,
    read_document,
    read_sentence,
)
from coopwatch.records import Entity
from coopwatch.tools import Toolkit

PUBLISHED = "2025-05-15"

# sentence, the number whose clause is read, and what the record holds:
# metric words of the sentence, the clause, its qualifier's approx, whether a verb of
# reaching comes before the qualifier, the clause's kind, the periods of the sentence,
# the changes of the sentence, the keys of the party scope, whether it says "взаимной"
CLAUSES = [
    ("По итогам 2024 года наш товарооборот превысил 50 миллиардов долларов.", "50",
     {"metrics": ["trade_turnover"],
      "clause": "По итогам 2024 года наш товарооборот превысил 50 миллиардов долларов.",
      "qualifier": "more_than", "reaching": False, "kind": "actual", "periods": ["2024"],
      "changes": [], "keys": [], "mutual": False}),
    ("К 2027 году стороны рассчитывают довести товарооборот до 150 млн долларов.", "150",
     {"metrics": ["trade_turnover"],
      "clause": "К 2027 году стороны рассчитывают довести товарооборот до 150 млн долларов.",
      "qualifier": "less_than", "reaching": True, "kind": "target", "periods": ["2027"],
      "changes": [], "keys": [], "mutual": True}),
    ("На первом этапе выпуск составит до 3 тысяч машин в год.", "3",
     {"metrics": [], "clause": "На первом этапе выпуск составит до 3 тысяч машин в год.",
      "qualifier": "less_than", "reaching": False, "kind": "forecast", "periods": [],
      "changes": [], "keys": [], "mutual": False}),
    ("Инвестиции в первую очередь составят 1,8 млрд рублей, будет создано 220 "
     "высокопроизводительных рабочих мест.", "220",
     {"metrics": ["investment"],
      "clause": "будет создано 220 высокопроизводительных рабочих мест.",
      "qualifier": None, "reaching": False, "kind": "forecast", "periods": [],
      "changes": [], "keys": [], "mutual": False}),
    ("Объём взаимной торговли составил 310 млн белорусских рублей, а за первое полугодие "
     "2025 года он вырос ещё на 14%.", "310",
     {"metrics": ["trade_turnover"],
      "clause": "Объём взаимной торговли составил 310 млн белорусских рублей",
      "qualifier": None, "reaching": False, "kind": "actual",
      "periods": ["2025-01/2025-06"], "changes": ["14%"], "keys": ["BY"], "mutual": True}),
    ("Объём взаимной торговли составил 310 млн белорусских рублей, а за первое полугодие "
     "2025 года он вырос ещё на 14%.", "14",
     {"metrics": ["trade_turnover"],
      "clause": "а за первое полугодие 2025 года он вырос ещё на 14%.",
      "qualifier": None, "reaching": False, "kind": "actual",
      "periods": ["2025-01/2025-06"], "changes": ["14%"], "keys": [], "mutual": False}),
    ("Ожидается, что в этом году товарооборот превысит 2 млрд долларов.", "2",
     {"metrics": ["trade_turnover"],
      "clause": "что в этом году товарооборот превысит 2 млрд долларов.",
      "qualifier": "more_than", "reaching": False, "kind": "forecast", "periods": ["2025"],
      "changes": [], "keys": [], "mutual": False}),
    ("Экспорт продукции в Китай снизился на 5%.", "5",
     {"metrics": ["export"], "clause": "Экспорт продукции в Китай снизился на 5%.",
      "qualifier": None, "reaching": False, "kind": "actual", "periods": [],
      "changes": ["5%"], "keys": [], "mutual": False}),
]


def _clause(tools: Toolkit, text: str, number: str, entities=()) -> FigureClause:
    doc = analyzed(text, tools, PUBLISHED, doc_id="t").replace(entities=tuple(entities))
    context = read_document(doc, tools, Anchor.parse(PUBLISHED))
    (sentence,) = doc.sentences
    read = read_sentence(context, sentence, Carried())
    return read_clause(context, read, text.index(number + " ") if number + " " in text
                       else text.index(number))


def _cues(clause: FigureClause) -> dict:
    read, text = clause.sentence, clause.sentence.sentence.text
    return {
        "metrics": [cue.label for cue in read.metrics],
        "clause": text[clause.tokens[0].start:clause.tokens[-1].stop],
        "qualifier": clause.qualifier.approx if clause.qualifier else None,
        "reaching": clause.reaching,
        "kind": clause.kind,
        "periods": [t.period for t in read.periods],
        "changes": [text[cue.start:cue.stop] for cue in read.changes],
        "keys": list(clause.keys),
        "mutual": clause.clues.mutual,
    }


@pytest.mark.parametrize(("text", "number", "expected"), CLAUSES)
def test_clause_record(tools: Toolkit, text: str, number: str, expected: dict) -> None:
    assert _cues(_clause(tools, text, number)) == expected


def test_clause_lemmas_follow_its_tokens(tools: Toolkit) -> None:
    clause = _clause(tools, "Товарооборот может составить 1 млрд долларов.", "1")
    assert len(clause.lemmas) == len(clause.tokens)
    assert clause.lemmas[:3] == ("товарооборот", "мочь", "составить")
    assert clause.sentence.kind == "forecast"


def test_clause_keys_from_the_entities_it_names(tools: Toolkit) -> None:
    text = "Товарооборот между Санкт-Петербургом и Беларусью превысил 2 млрд долларов."
    entities = [
        Entity(key="RU-SPE", type="GEO", name="Санкт-Петербург",
               mentions=(mention_of(text, "Санкт-Петербургом"),)),
        Entity(key="BY", type="GEO", name="Беларусь", mentions=(mention_of(text, "Беларусью"),)),
    ]
    clause = _clause(tools, text, "2", entities)
    assert clause.keys == ("RU-SPE", "BY")
    assert clause.sentence.keys == ["RU-SPE", "BY"]
    assert clause.qualifier is not None and text[clause.qualifier.start:].startswith("превысил")


# the attributes read off the record: approx, kind and period
ATTRIBUTES = [
    ("К 2027 году стороны рассчитывают довести товарооборот до 150 млн долларов.", "150",
     ("exact", "target", "2027")),
    ("На первом этапе выпуск составит до 3 тысяч машин в год.", "3",
     ("less_than", "forecast", None)),
    ("Инвестиции в первую очередь составят 1,8 млрд рублей, будет создано 220 "
     "высокопроизводительных рабочих мест.", "220", ("exact", "forecast", None)),
]


@pytest.mark.parametrize(("text", "number", "expected"), ATTRIBUTES)
def test_attributes_of_the_record(tools: Toolkit, text: str, number: str,
                                  expected: tuple) -> None:
    clause = _clause(tools, text, number)
    assert (attributes.approx(clause), attributes.kind(clause),
            attributes.period(clause)) == expected
