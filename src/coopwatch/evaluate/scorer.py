"""The scorer: gold documents and predicted cards in, counts and accuracies out.

Pure functions over records; reading files and printing live in `cards` and `report`.

Conventions where the rules leave a gap:
- precision is 1.0 when nothing was predicted, recall is 1.0 when nothing was to be
  found, F1 is 0.0 when both are 0; so a category with neither gold nor predictions
  scores 1.0 everywhere, and one with gold but no predictions scores F1 0.0;
- attribute accuracies (event status and date, figure approx, kind, period, parties,
  cooperation sectors) are averaged over true-positive pairs only: a prediction matched
  to an optional gold item counts for nothing, its attributes included; an accuracy
  with no pair to average over is None;
- document sectors: Jaccard overlap per document (1.0 when both are empty), averaged.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from coopwatch.evaluate.entities import match_entities
from coopwatch.evaluate.facts import FACT_CATEGORIES, FACT_RULES, FactRule, jaccard
from coopwatch.evaluate.gold import GoldDocument
from coopwatch.evaluate.matching import Matching, match_items
from coopwatch.records import ENTITY_TYPES, Document

CATEGORIES: tuple[str, ...] = (*ENTITY_TYPES, *FACT_CATEGORIES)
ATTRIBUTES: tuple[str, ...] = (
    "event status", "event date", "event place", "event participants", "event sectors",
    "figure approx", "figure kind", "figure period",
    "figure parties", "cooperation sectors", "document sectors",
)


@dataclass(frozen=True)
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float:
        predicted = self.tp + self.fp
        return self.tp / predicted if predicted else 1.0

    @property
    def recall(self) -> float:
        expected = self.tp + self.fn
        return self.tp / expected if expected else 1.0

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


@dataclass(frozen=True)
class Mean:
    """A running mean of attribute scores (0..1)."""

    total: float = 0.0
    count: int = 0

    def __add__(self, other: Mean) -> Mean:
        return Mean(self.total + other.total, self.count + other.count)

    @property
    def value(self) -> float | None:
        return self.total / self.count if self.count else None


@dataclass(frozen=True)
class DocumentScore:
    """One document: matchings per category (for the details) and attribute scores."""

    path: str
    matchings: dict[str, Matching[Any, Any]]
    attributes: dict[str, Mean]
    key_map: dict[str, str] = field(default_factory=dict)
    text: str = ""  # the card's text, to quote the evidence of predictions
    # every predicted fact, as the card has it, and whether it matched a gold fact
    # (predictions matched only by optional gold facts are neither)
    outcomes: tuple[Outcome, ...] = ()

    @property
    def counts(self) -> dict[str, Counts]:
        return {name: Counts(m.tp, m.fp, m.fn) for name, m in self.matchings.items()}


@dataclass(frozen=True)
class Score:
    """Micro-averaged over documents."""

    counts: dict[str, Counts]
    attributes: dict[str, Mean]
    documents: tuple[DocumentScore, ...] = ()

    @property
    def fact_f1(self) -> float:
        """The headline: mean F1 of positions, events, figures, flows and cooperation."""
        return sum(self.counts[name].f1 for name in FACT_CATEGORIES) / len(FACT_CATEGORIES)

    def headline(self) -> dict[str, float]:
        """F1 per category and the fact F1: the numbers the CI gate pins."""
        return {**{name: self.counts[name].f1 for name in CATEGORIES}, "fact": self.fact_f1}


def score_document(gold: GoldDocument, card: Document | None) -> DocumentScore:
    """Match one card against its gold document (a missing card predicts nothing)."""
    card = card or Document(id=gold.path, text="")
    entities = match_entities(gold.entities, card.entities)
    matchings: dict[str, Matching[Any, Any]] = dict(entities.by_type)
    attributes = {name: Mean() for name in ATTRIBUTES}
    outcomes: list[Outcome] = []
    for rule in FACT_RULES:
        predicted = getattr(card, rule.category)
        remapped = [rule.remap(item, entities) for item in predicted]
        matching = match_items(getattr(gold, rule.category), remapped, rule.fits, rule.rank)
        matchings[rule.category] = matching
        _add_attributes(attributes, rule, matching)
        outcomes += _outcomes(rule.category, predicted, remapped, matching)
    sectors = jaccard(set(gold.sectors), set(card.sectors))
    attributes["document sectors"] = Mean(sectors, 1)
    return DocumentScore(gold.path, matchings, attributes, entities.key_map, card.text,
                         tuple(outcomes))


@dataclass(frozen=True)
class Outcome:
    """A predicted fact of a category and whether it is right (it matched gold)."""

    category: str
    fact: Any
    right: bool


def _outcomes(category: str, predicted: Sequence[Any], remapped: Sequence[Any],
              matching: Matching[Any, Any]) -> list[Outcome]:
    right = {id(pred) for gold, pred in matching.pairs if not gold.optional}
    wrong = {id(pred) for pred in matching.spurious}
    return [Outcome(category, fact, id(pred) in right)
            for fact, pred in zip(predicted, remapped, strict=True)
            if id(pred) in right or id(pred) in wrong]


def _add_attributes(
    attributes: dict[str, Mean], rule: FactRule, matching: Matching[Any, Any]
) -> None:
    for gold_item, pred_item in matching.true_pairs:
        for name, value in rule.attributes(gold_item, pred_item).items():
            if value is not None:
                attributes[name] = attributes[name] + Mean(value, 1)


def combine(documents: Iterable[DocumentScore]) -> Score:
    """Sum the counts and attribute means of the documents."""
    documents = tuple(documents)
    counts = {name: Counts() for name in CATEGORIES}
    attributes = {name: Mean() for name in ATTRIBUTES}
    for document in documents:
        for name, value in document.counts.items():
            counts[name] = counts[name] + value
        for name, mean in document.attributes.items():
            attributes[name] = attributes[name] + mean
    return Score(counts, attributes, documents)


def score(gold: Sequence[GoldDocument], cards: Sequence[Document | None]) -> Score:
    """Score cards against gold documents, paired by position."""
    if len(gold) != len(cards):
        raise ValueError(f"{len(gold)} gold documents but {len(cards)} cards")
    return combine(score_document(item, card) for item, card in zip(gold, cards, strict=True))
