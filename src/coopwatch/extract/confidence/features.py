"""What a fact's confidence is estimated from: a few numbers read off the fact itself and
its document, the same at training time (bench/realnews/train_confidence.py) and at run
time. Every feature is 0/1 or scaled to 0..1."""

from __future__ import annotations

from coopwatch.records import Cooperation, Document, Event, Figure, Flow, Position
from coopwatch.text.regions import is_place_key

Fact = Position | Event | Figure | Flow | Cooperation


def _scaled(count: int, most: int) -> float:
    return min(count, most) / most


def _common(fact: Fact, doc: Document) -> dict[str, float]:
    return {
        "relevance": doc.relevance.score if doc.relevance else 1.0,
        "evidence": _scaled(len(fact.evidence), 3),
    }


def _places(keys: tuple[str, ...]) -> dict[str, float]:
    places = [key for key in keys if is_place_key(key)]
    return {
        "russian": float(any(key == "RU" or key.startswith("RU-") for key in places)),
        "foreign": float(any(not key.startswith("RU") for key in places)),
        "person": float(any(key.startswith("per:") for key in keys)),
        "organization": float(any(key.startswith("org:") for key in keys)),
    }


def position_features(fact: Position) -> dict[str, float]:
    of = fact.of or ""
    return {"of_none": float(not of), "of_place": float(is_place_key(of)),
            "of_organization": float(of.startswith("org:")),
            "title_words": _scaled(len(fact.title.split()), 4),
            "full_name": float(" " in fact.person)}


def event_features(fact: Event) -> dict[str, float]:
    return {f"type={fact.type}": 1.0, f"status={fact.status}": 1.0,
            "participants": _scaled(len(fact.participants), 5),
            "dated": float(fact.date is not None), **_places(fact.participants)}


def figure_features(fact: Figure) -> dict[str, float]:
    return {f"metric={fact.metric}": 1.0, f"kind={fact.kind}": 1.0,
            "parties": _scaled(len(fact.parties), 3), "period": float(fact.period is not None),
            "change": float(fact.change is not None), "value": float(fact.value is not None),
            **_places(fact.parties)}


def flow_features(fact: Flow) -> dict[str, float]:
    return {"goods": _scaled(len(fact.goods), 3),
            "places": float(is_place_key(fact.source) and is_place_key(fact.target))}


def cooperation_features(fact: Cooperation) -> dict[str, float]:
    first, second = fact.parties
    return {"regions": float("-" in first and "-" in second),
            "country": float("-" not in first or "-" not in second),
            "sectors": _scaled(len(fact.sectors), 3)}


def features(fact: Fact, doc: Document) -> dict[str, float]:
    """The features of a fact in its document."""
    return {**_common(fact, doc), **_own(fact)}


def _own(fact: Fact) -> dict[str, float]:
    if isinstance(fact, Position):
        return position_features(fact)
    if isinstance(fact, Event):
        return event_features(fact)
    if isinstance(fact, Figure):
        return figure_features(fact)
    if isinstance(fact, Flow):
        return flow_features(fact)
    return cooperation_features(fact)
