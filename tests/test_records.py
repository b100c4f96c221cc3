"""Records round-trip through JSON unchanged."""

from __future__ import annotations

from coopwatch.records import (
    Change,
    Cooperation,
    Document,
    Entity,
    Event,
    Figure,
    Flow,
    Mention,
    Position,
    Source,
    Span,
)


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
