"""Stage `org_filter`: leave out the organizations of a card that a small logistic model
finds more likely spurious than real.

The model (`data/entities/org_filter.json`) is trained on the real-news dev part by
`bench/realnews/train_org_filter.py` over the features of `org_filter.signals`, and read here as
plain weights: no learning library at run time. It runs after the facts, since whether a
fact needs an organization is one of its features; an organization that a fact points at
(a participant, a party, a position's `of`) is always kept, so no fact loses a key.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache

from coopwatch.extract.org_filter.signals import card_org_features, fact_keys
from coopwatch.lexicon.datafiles import data_text
from coopwatch.records import Document
from coopwatch.tools import Toolkit


@dataclass(frozen=True)
class OrgFilter:
    """Bias and weights of a logistic model, and the estimate an ORG needs to be kept."""

    bias: float
    weights: dict[str, float]
    keep_from: float

    def probability(self, values: dict[str, float]) -> float:
        z = self.bias + sum(self.weights.get(name, 0.0) * value for name, value in values.items())
        return 1.0 / (1.0 + math.exp(-z))


@lru_cache(maxsize=1)
def trained_filter() -> OrgFilter:
    data = json.loads(data_text("entities/org_filter.json"))
    return OrgFilter(float(data["bias"]), {k: float(v) for k, v in data["weights"].items()},
                     float(data["keep_from"]))


def needed(doc: Document) -> frozenset[str]:
    """Keys of the organizations a fact of the card points at."""
    return fact_keys(doc) | {p.of for p in doc.positions if p.of}


def sift_orgs(doc: Document, tools: Toolkit, model: OrgFilter | None = None) -> Document:
    """The card without the ORG entities under the model's floor that no fact needs."""
    model = model or trained_filter()
    keep = needed(doc)
    dropped = {entity.key for entity, values in card_org_features(doc, tools)
               if entity.key not in keep and model.probability(values) < model.keep_from}
    if not dropped:
        return doc
    entities = tuple(e for e in doc.entities if e.type != "ORG" or e.key not in dropped)
    # the index loses the dropped entities' mentions and keeps the rest as the entities
    # stage built it, the alias mentions among them («в столице Бурятии»); no place is
    # dropped, so the main region stays
    mentions = tuple(item for item in doc.entity_mentions if item.key not in dropped)
    return doc.replace(entities=entities, entity_mentions=mentions)
