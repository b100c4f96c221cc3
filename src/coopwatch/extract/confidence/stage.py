"""Stage `confidence`: every fact's estimated chance of being right in every field; the
facts under their category's floor are then left out (`sift`).

One logistic model per fact category (`data/confidence/model.json`), trained on the
real-news dev part by `bench/realnews/train_confidence.py` and read here as plain
weights: no learning library is needed at run time.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from typing import Any, TypeVar

from coopwatch.extract.confidence.features import Fact, Neighbourhood, features
from coopwatch.lexicon.datafiles import data_text
from coopwatch.records import Document
from coopwatch.tools import Toolkit

CATEGORIES = ("positions", "events", "figures", "flows", "cooperation")
F = TypeVar("F", bound=Fact)


@dataclass(frozen=True)
class Model:
    """A logistic model: bias plus a weight per feature (missing features weigh 0)."""

    bias: float
    weights: dict[str, float]

    def probability(self, values: dict[str, float]) -> float:
        z = self.bias + sum(self.weights.get(name, 0.0) * value for name, value in values.items())
        return 1.0 / (1.0 + math.exp(-z))


@lru_cache(maxsize=1)
def _model_file() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(data_text("confidence/model.json"))
    return loaded


@lru_cache(maxsize=1)
def models() -> dict[str, Model]:
    data = _model_file()
    return {name: Model(float(item["bias"]), {k: float(v) for k, v in item["weights"].items()})
            for name, item in data["categories"].items()}


def with_confidence(fact: F, doc: Document, model: Model,
                    near: Neighbourhood | None = None) -> F:
    return replace(fact, confidence=round(model.probability(features(fact, doc, near)), 3))


def estimate(doc: Document, tools: Toolkit) -> Document:
    """Give every fact of the document its confidence, and leave out the facts more
    likely wrong than right (`sift`)."""
    return sift(estimate_all(doc, tools))


def estimate_all(doc: Document, tools: Toolkit) -> Document:
    """Give every fact of the document its confidence (all facts kept: for training)."""
    found = models()
    near = Neighbourhood.of(doc)
    return doc.replace(**{
        category: tuple(with_confidence(fact, doc, found[category], near)
                        for fact in getattr(doc, category))
        for category in CATEGORIES
    })


@cache
def keep_from(category: str) -> float:
    """The confidence a fact of a category needs to be kept (`keep_from` in the model
    file: one floor per category, or one for all)."""
    floors = _model_file().get("keep_from", 0.0)
    if isinstance(floors, dict):
        return float(floors.get(category, 0.0))
    return float(floors)


def sift(doc: Document) -> Document:
    """Leave out the facts below their category's floor: where the model's estimate says
    a fact costs more precision than it brings recall (`train_confidence.py` picks each
    floor by cross-validation over the dev documents)."""
    return doc.replace(**{
        category: tuple(fact for fact in getattr(doc, category)
                        if fact.confidence is None or fact.confidence >= keep_from(category))
        for category in CATEGORIES
    })
