"""Records round-trip through JSON unchanged, and write exactly the card's keys.

The tables pin the JSON of every record type, key order included (the golden cards
compare sorted keys, the export file does not); Hypothesis checks that any record the
card can hold reads back equal.
"""

from __future__ import annotations

import json
from typing import Any, get_args

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coopwatch.records import (
    ENTITY_TYPES,
    Change,
    Cooperation,
    Document,
    Entity,
    Event,
    EventType,
    Figure,
    FigureApprox,
    FigureKind,
    FigureMetric,
    Flow,
    GeoKind,
    Mention,
    Position,
    Rejection,
    Relevance,
    Sector,
    Source,
    Span,
    Status,
    one_of,
)
from coopwatch.records.codec import JsonRecord


def _card() -> Document:
    return Document(
        id="x1",
        text="Кирилл Поляков посетил Минск.",
        source=Source(path="a.txt", published="2025-09-29"),
        entities=(
            Entity(key="per:Кирилл Поляков", type="PER", name="Кирилл Поляков",
                   mentions=(Mention(0, 14, "Кирилл Поляков"),)),
            Entity(key="geo:Минск", type="GEO", name="Минск", geo_kind="city", within="BY",
                   mentions=(Mention(23, 28, "Минск"),)),
        ),
        positions=(Position("per:Кирилл Поляков", "вице-губернатор", "RU-SPE", (Span(0, 29),)),),
        events=(Event("visit", "done", "2025-09", ("per:Кирилл Поляков", "BY"), "geo:Минск",
                      evidence=(Span(0, 29),)),),
        figures=(Figure("trade_turnover", 3e9, "USD", "exact", "target", "2025",
                        Change(percent=27.0), ("RU-SPE", "BY"), (Span(0, 29),)),),
        flows=(Flow("RU-SPE", "BY", ("тракторы",), ("machinery",), "done", (Span(0, 29),)),),
        cooperation=(Cooperation(("RU-SPE", "BY"), ("machinery",), (Span(0, 29),)),),
        sectors=("machinery",),
    )


def test_card_round_trip() -> None:
    card = _card()
    assert Document.from_json(card.to_json()) == card


def test_flow_uses_schema_keys() -> None:
    data = _card().to_json()["flows"][0]
    assert data["from"] == "RU-SPE" and data["to"] == "BY"


EVIDENCE = [{"start": 0, "stop": 5}]

# record, its JSON exactly (keys in this order)
WRITTEN: list[tuple[JsonRecord, dict[str, Any]]] = [
    (Span(0, 5), {"start": 0, "stop": 5}),
    (Mention(0, 5, "Минск", type="GEO", normal="минск"),
     {"start": 0, "stop": 5, "text": "Минск"}),
    (Entity("per:Иван Петров", "PER", "Иван Петров", aliases=("Петров",)),
     {"key": "per:Иван Петров", "type": "PER", "name": "Иван Петров", "aliases": ["Петров"],
      "mentions": []}),
    (Entity("org:МАЗ", "ORG", "МАЗ", geo_kind="city", within="BY"),
     {"key": "org:МАЗ", "type": "ORG", "name": "МАЗ", "aliases": [], "mentions": []}),
    (Entity("BY", "GEO", "Беларусь", "country", mentions=(Mention(0, 8, "Беларусь"),)),
     {"key": "BY", "type": "GEO", "name": "Беларусь", "geo_kind": "country", "within": None,
      "aliases": [], "mentions": [{"start": 0, "stop": 8, "text": "Беларусь"}]}),
    (Position("per:Иван Петров", "губернатор", evidence=(Span(0, 5),)),
     {"person": "per:Иван Петров", "title": "губернатор", "of": None, "evidence": EVIDENCE}),
    (Event("meeting", "planned", participants=("CN",), sectors=("energy",)),
     {"type": "meeting", "status": "planned", "date": None, "participants": ["CN"],
      "place": None, "title": None, "sectors": ["energy"], "evidence": []}),
    (Change(percent=-3.5), {"percent": -3.5}),
    (Change(factor=2.0), {"factor": 2.0}),
    (Change(percent=1.0, factor=2.0), {"percent": 1.0}),
    (Change(), {}),
    (Figure("count", 12.0, "предприятие", "about", parties=("RU-TA",)),
     {"metric": "count", "value": 12.0, "unit": "предприятие", "approx": "about",
      "kind": "actual", "period": None, "change": None, "parties": ["RU-TA"],
      "evidence": []}),
    (Figure("export", None, None, change=Change(factor=1.5)),
     {"metric": "export", "value": None, "unit": None, "approx": "exact", "kind": "actual",
      "period": None, "change": {"factor": 1.5}, "parties": [], "evidence": []}),
    (Flow("BY", "RU-SPE", ("тракторы",), ("machinery",), "planned"),
     {"from": "BY", "to": "RU-SPE", "goods": ["тракторы"], "sectors": ["machinery"],
      "status": "planned", "evidence": []}),
    (Cooperation(("RU-SPE", "BY")),
     {"parties": ["RU-SPE", "BY"], "sectors": [], "evidence": []}),
    (Source(url="https://x.ru/1"),
     {"url": "https://x.ru/1", "path": None, "title": None, "published": None}),
    (Document(id="d", text="т", mentions=(Mention(0, 1, "т"),)),
     {"schema": 2, "id": "d",
      "source": {"url": None, "path": None, "title": None, "published": None},
      "text": "т", "entities": [], "positions": [], "events": [], "figures": [],
      "flows": [], "cooperation": [], "sectors": []}),
    (Document(id="d", text="т", relevance=Relevance(on_topic=False, score=0.2),
              cooperation=(Cooperation(("RU-SPE", "BY"), confidence=0.7),)),
     {"schema": 2, "id": "d",
      "source": {"url": None, "path": None, "title": None, "published": None},
      "text": "т", "entities": [], "positions": [], "events": [], "figures": [],
      "flows": [], "cooperation": [{"parties": ["RU-SPE", "BY"], "sectors": [],
                                    "evidence": [], "confidence": 0.7}],
      "sectors": [], "relevance": {"on_topic": False, "score": 0.2}}),
    (Rejection("a.html", "empty", "no text"),
     {"path": "a.html", "reason": "empty", "detail": "no text"}),
]


@pytest.mark.parametrize(("record", "expected"), WRITTEN, ids=lambda item: type(item).__name__)
def test_json_keys_values_and_order(record: JsonRecord, expected: dict[str, Any]) -> None:
    written = record.to_json()
    assert written == expected
    assert json.dumps(written) == json.dumps(expected)  # same key order


# what an older or hand-written object reads as
READ: list[tuple[type[JsonRecord], dict[str, Any], JsonRecord | None]] = [
    (Span, {"start": 1.0, "stop": "4"}, Span(1, 4)),
    (Mention, {"start": 0, "stop": 1, "text": "т", "type": "PER"}, Mention(0, 1, "т")),
    (Entity, {"key": "CN", "type": "GEO", "name": "Китай"}, Entity("CN", "GEO", "Китай")),
    (Figure, {"metric": "count", "value": 3, "unit": None},
     Figure("count", 3.0, None)),
    (Figure, {"metric": "count", "change": {}}, Figure("count", None, None)),
    (Flow, {"from": "CN", "to": "BY", "goods": None}, Flow("CN", "BY")),
    # version 2 fields; version 1 cards (without them) read as None
    (Cooperation, {"parties": ["CN", "BY"], "confidence": "0.9"},
     Cooperation(("CN", "BY"), confidence=0.9)),
    (Cooperation, {"parties": ["CN", "BY"]}, Cooperation(("CN", "BY"), confidence=None)),
    (Document, {"schema": 2, "id": "d", "text": "", "source": None,
                "relevance": {"on_topic": True, "score": 0.9}},
     Document(id="d", text="", relevance=Relevance(True, 0.9))),
    (Document, {"schema": 1, "id": "d", "text": "", "future": 1}, Document(id="d", text="")),
    (Source, {}, Source()),
    (Cooperation, {"parties": ["CN"]}, None),
    (Entity, {"type": "GEO", "name": "Китай"}, None),
]


@pytest.mark.parametrize(("kind", "data", "expected"), READ, ids=lambda item: str(item)[:30])
def test_reading_fills_defaults_and_refuses_what_is_missing(
    kind: type[JsonRecord], data: dict[str, Any], expected: JsonRecord | None,
) -> None:
    if expected is None:
        with pytest.raises((KeyError, ValueError)):
            kind.from_json(data)
    else:
        read = kind.from_json(data)
        assert read == expected
        # the same types too: a value written 3 reads as 3.0, an offset "4" as 4
        assert [type(getattr(read, name)) for name in vars(read)] == [
            type(getattr(expected, name)) for name in vars(expected)]


def test_only_the_working_fields_stay_out_of_the_card() -> None:
    full = Document(id="d", text="", relevance=Relevance(True, 1.0))
    card_keys = set(full.to_json()) - {"schema"}
    assert set(vars(full)) - card_keys == set(Document.WORKING)


# --- any record the card can hold reads back equal

def _values(alias: Any) -> st.SearchStrategy[Any]:
    return st.sampled_from(get_args(alias))


KEYS = st.sampled_from(["CN", "RU-SPE", "geo:Минск", "per:Иван Петров", "org:МАЗ"])
WORDS = st.text(min_size=1, max_size=8)
MAYBE = st.none() | WORDS
SPANS = st.tuples(st.integers(0, 500), st.integers(1, 50)).map(lambda p: Span(p[0], p[0] + p[1]))
EVIDENCE_SPANS = st.lists(SPANS, max_size=3).map(tuple)
SECTOR_LIST = st.lists(_values(Sector), max_size=3, unique=True).map(tuple)
KEY_LIST = st.lists(KEYS, max_size=3).map(tuple)
FLOATS = st.floats(allow_nan=False, allow_infinity=False)

MENTIONS = st.builds(lambda span, text: Mention(span.start, span.stop, text), SPANS, WORDS)
ENTITIES = st.one_of(
    st.builds(Entity, KEYS, st.just("GEO"), WORDS, st.none() | _values(GeoKind), st.none() | KEYS,
              st.lists(WORDS, max_size=2).map(tuple), st.lists(MENTIONS, max_size=2).map(tuple)),
    st.builds(Entity, KEYS, st.sampled_from(["PER", "ORG"]), WORDS,
              aliases=st.lists(WORDS, max_size=2).map(tuple)),
)
CHANGES = st.builds(Change, percent=FLOATS) | st.builds(Change, factor=FLOATS)
RECORDS: dict[str, st.SearchStrategy[Any]] = {
    "span": SPANS,
    "mention": MENTIONS,
    "entity": ENTITIES,
    "position": st.builds(Position, KEYS, WORDS, st.none() | KEYS, EVIDENCE_SPANS),
    "event": st.builds(Event, _values(EventType), _values(Status), MAYBE, KEY_LIST,
                       st.none() | KEYS, MAYBE, SECTOR_LIST, EVIDENCE_SPANS),
    "change": CHANGES | st.just(Change()),
    "figure": st.builds(Figure, _values(FigureMetric), st.none() | FLOATS, MAYBE,
                        _values(FigureApprox), _values(FigureKind), MAYBE,
                        st.none() | CHANGES, KEY_LIST, EVIDENCE_SPANS),
    "flow": st.builds(Flow, KEYS, KEYS, st.lists(WORDS, max_size=2).map(tuple), SECTOR_LIST,
                      _values(Status), EVIDENCE_SPANS),
    "cooperation": st.builds(Cooperation, st.tuples(KEYS, KEYS), SECTOR_LIST, EVIDENCE_SPANS),
    "source": st.builds(Source, MAYBE, MAYBE, MAYBE, MAYBE),
    "rejection": st.builds(Rejection, WORDS, WORDS, st.text(max_size=8)),
}
RECORDS["document"] = st.builds(
    Document, id=WORDS, text=st.text(max_size=20), source=RECORDS["source"],
    entities=st.lists(ENTITIES, max_size=2).map(tuple),
    positions=st.lists(RECORDS["position"], max_size=2).map(tuple),
    events=st.lists(RECORDS["event"], max_size=2).map(tuple),
    figures=st.lists(RECORDS["figure"], max_size=2).map(tuple),
    flows=st.lists(RECORDS["flow"], max_size=2).map(tuple),
    cooperation=st.lists(RECORDS["cooperation"], max_size=2).map(tuple),
    sectors=SECTOR_LIST,
)


@pytest.mark.parametrize("name", sorted(RECORDS))
def test_any_record_reads_back_equal(name: str) -> None:
    @given(RECORDS[name])
    def round_trip(record: JsonRecord) -> None:
        data = json.loads(json.dumps(record.to_json(), ensure_ascii=False))
        assert type(record).from_json(data) == record

    round_trip()



def test_one_of_types_a_listed_value_and_refuses_others() -> None:
    assert one_of("GEO", ENTITY_TYPES) == "GEO"
    with pytest.raises(ValueError):
        one_of("LOC", ENTITY_TYPES)
