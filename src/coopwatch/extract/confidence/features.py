"""What a fact's confidence is estimated from: a few numbers read off the fact itself, the
sentence its evidence starts in and its document, the same at training time
(bench/realnews/train_confidence.py) and at run time. Every feature is 0/1 or scaled to
0..1.

The sentence and document numbers say how crowded the fact's neighbourhood is: a table of
countries, a list of partner regions or a long digest makes many facts of one kind out of
one sentence or around one party, and those are wrong far more often than a fact told in
a sentence of its own.
"""

from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import dataclass, field

from coopwatch.records import Cooperation, Document, Event, Figure, Flow, Position
from coopwatch.text.regions import between_russian_parties, is_place_key, is_russia_or_region

Fact = Position | Event | Figure | Flow | Cooperation
CATEGORIES = ("positions", "events", "figures", "flows", "cooperation")
# what "many" is for each count before it is scaled to 0..1
MANY_FACTS = 30
MANY_IN_SENTENCE = 6
MANY_PLACES = 10
MANY_NUMBERS = 10
MANY_TOKENS = 80
LONG_TEXT = 20_000
LEAD = 600
# the names `_crowding` gives: the trainer keeps them for a category only where they
# lower its cross-validated log-loss
CROWDING = ("kind_in_document", "kind_in_sentence", "party_facts", "sentence_places",
            "sentence_numbers", "sentence_tokens", "long_text", "in_lead", "later")


@dataclass
class Neighbourhood:
    """What the features need of a document, computed once for all its facts: the
    sentences (passages) as spans, the places named in each, and per category how many
    facts start their evidence in each sentence and name each party."""

    doc: Document
    starts: list[int] = field(default_factory=list)
    stops: list[int] = field(default_factory=list)
    numbers: list[int] = field(default_factory=list)
    tokens: list[int] = field(default_factory=list)
    places: list[int] = field(default_factory=list)
    per_sentence: dict[str, Counter[int]] = field(default_factory=dict)
    per_party: dict[str, Counter[str]] = field(default_factory=dict)

    @classmethod
    def of(cls, doc: Document) -> Neighbourhood:
        near = cls(doc)
        for passage in doc.passages:
            near.starts.append(passage.start)
            near.stops.append(passage.stop)
            near.numbers.append(sum(token.text[:1].isdigit() for token in passage.tokens))
            near.tokens.append(len(passage.tokens))
        near.places = _places_per_sentence(doc, near)
        for category in CATEGORIES:
            facts = getattr(doc, category)
            near.per_sentence[category] = Counter(near.sentence_of(fact) for fact in facts)
            near.per_party[category] = Counter(key for fact in facts for key in set(sides(fact)))
        return near

    def sentence_of(self, fact: Fact) -> int:
        """The number of the passage the fact's first evidence starts in (-1: none)."""
        if not fact.evidence or not self.starts:
            return -1
        start = min(span.start for span in fact.evidence)
        number = bisect.bisect_right(self.starts, start) - 1
        return number if number >= 0 and start < self.stops[number] else -1


def _places_per_sentence(doc: Document, near: Neighbourhood) -> list[int]:
    named: list[set[str]] = [set() for _ in near.starts]
    for entity in doc.entities:
        if entity.type != "GEO":
            continue
        for mention in entity.mentions:
            number = bisect.bisect_right(near.starts, mention.start) - 1
            if number >= 0 and mention.start < near.stops[number]:
                named[number].add(entity.key)
    return [len(keys) for keys in named]


def sides(fact: Fact) -> tuple[str, ...]:
    """The keys a fact links: what a fact crowded around one party shares."""
    if isinstance(fact, Position):
        return (fact.person,)
    if isinstance(fact, Event):
        return fact.participants
    if isinstance(fact, Figure):
        return fact.parties
    if isinstance(fact, Flow):
        return (fact.source, fact.target)
    return fact.parties


def _crowding(fact: Fact, category: str, near: Neighbourhood) -> dict[str, float]:
    doc = near.doc
    number = near.sentence_of(fact)
    inside = number >= 0
    party = max((near.per_party[category][key] for key in set(sides(fact))), default=0)
    first = min((span.start for span in fact.evidence), default=0)
    return {
        "kind_in_document": _scaled(len(getattr(doc, category)), MANY_FACTS),
        "kind_in_sentence": _scaled(near.per_sentence[category][number], MANY_IN_SENTENCE)
        if inside else 0.0,
        "party_facts": _scaled(party, MANY_FACTS // 3),
        "sentence_places": _scaled(near.places[number], MANY_PLACES) if inside else 0.0,
        "sentence_numbers": _scaled(near.numbers[number], MANY_NUMBERS) if inside else 0.0,
        "sentence_tokens": _scaled(near.tokens[number], MANY_TOKENS) if inside else 0.0,
        "long_text": _scaled(len(doc.text), LONG_TEXT),
        "in_lead": float(first < LEAD),
        "later": first / len(doc.text) if doc.text else 0.0,
    }


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
        "russian": float(any(is_russia_or_region(key) for key in places)),
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
    return {f"metric={_metric(fact)}": 1.0, f"kind={fact.kind}": 1.0,
            "parties": _scaled(len(fact.parties), 3), "period": float(fact.period is not None),
            "change": float(fact.change is not None), "value": float(fact.value is not None),
            **_places(fact.parties)}


def _metric(fact: Figure) -> str:
    """The figure's metric; `other` counted between Russian parties only (a supply from
    one region to another) apart from the rest of `other`."""
    if fact.metric == "other" and between_russian_parties(fact.parties):
        return "other_inside_russia"
    return fact.metric


def flow_features(fact: Flow) -> dict[str, float]:
    return {"goods": _scaled(len(fact.goods), 3),
            "places": float(is_place_key(fact.source) and is_place_key(fact.target))}


def cooperation_features(fact: Cooperation) -> dict[str, float]:
    first, second = fact.parties
    return {"regions": float("-" in first and "-" in second),
            "country": float("-" not in first or "-" not in second),
            "sectors": _scaled(len(fact.sectors), 3)}


def features(fact: Fact, doc: Document, near: Neighbourhood | None = None) -> dict[str, float]:
    """The features of a fact in its document (`near`: the document's neighbourhood,
    when the caller has it for all the document's facts)."""
    near = near or Neighbourhood.of(doc)
    return {**_common(fact, doc), **_own(fact), **_crowding(fact, _category(fact), near)}


def _category(fact: Fact) -> str:
    if isinstance(fact, Position):
        return "positions"
    if isinstance(fact, Event):
        return "events"
    if isinstance(fact, Figure):
        return "figures"
    if isinstance(fact, Flow):
        return "flows"
    return "cooperation"


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
