"""Confidence: every fact of a card gets a probability from the committed model, and the
model reads the features the training script wrote it for."""

from __future__ import annotations

import math

import pytest

from coopwatch.extract.confidence.features import features
from coopwatch.extract.confidence.stage import CATEGORIES, Model, keep_from, models, sift
from coopwatch.pipeline import Pipeline
from coopwatch.records import Cooperation, Document, Event, Relevance, Source, Span

TEXT = (
    "Губернатор Омской области Виталий Хоценко провёл переговоры с акимом Павлодарской "
    "области. Стороны подписали соглашение о сотрудничестве в сфере сельского хозяйства. "
    "Товарооборот Омской области с Казахстаном в 2024 году составил 1,1 млрд долларов."
)


def test_every_fact_has_a_confidence_between_0_and_1(pipeline: Pipeline) -> None:
    card = pipeline(Document(id="t", text=TEXT, source=Source(published="2025-04-02")))
    facts = [fact for category in CATEGORIES for fact in getattr(card, category)]
    assert len(facts) >= 3
    assert all(fact.confidence is not None and 0.0 <= fact.confidence <= 1.0 for fact in facts)


def test_the_model_has_every_category_and_only_known_features() -> None:
    found = models()
    assert set(found) == set(CATEGORIES)
    doc = Document(id="t", text="", relevance=Relevance(True, 0.9))
    samples = {
        "events": Event("meeting", "done", "2025", ("RU-OMS", "KZ-55", "per:Иван Петров"),
                        evidence=(Span(0, 5),)),
        "cooperation": Cooperation(("RU-OMS", "KZ-55"), ("agriculture",), (Span(0, 5),)),
    }
    for category, fact in samples.items():
        names = set(features(fact, doc))
        assert set(found[category].weights) <= names | _possible(category)


def _possible(category: str) -> set[str]:
    """One-hot features other facts of the category may have."""
    return {name for name in models()[category].weights if "=" in name}


@pytest.mark.parametrize(("bias", "weights", "values", "expected"), [
    (0.0, {}, {"evidence": 1.0}, 0.5),
    (1.0, {"evidence": 2.0}, {"evidence": 0.5}, 1 / (1 + math.exp(-2.0))),
    (-1.0, {"evidence": 2.0}, {"other": 1.0}, 1 / (1 + math.exp(1.0))),  # unknown: weight 0
])
def test_logistic_model(bias: float, weights: dict[str, float], values: dict[str, float],
                        expected: float) -> None:
    assert Model(bias, weights).probability(values) == pytest.approx(expected)


def test_facts_under_their_category_floor_are_left_out() -> None:
    floors = {category: keep_from(category) for category in CATEGORIES}
    assert all(0.0 <= value < 1.0 for value in floors.values())
    span = (Span(0, 10),)
    under, at = floors["events"] - 0.01, floors["events"]
    doc = Document(id="d", text="x" * 20, source=Source()).replace(
        events=(Event("meeting", "done", participants=("RU-TA", "CN"), evidence=span,
                      confidence=under),
                Event("visit", "done", participants=("RU-TA", "CN"), evidence=span,
                      confidence=at)),
        cooperation=(Cooperation(("RU-TA", "CN"), evidence=span,
                                 confidence=floors["cooperation"] - 0.01),),
    )
    kept = sift(doc)
    assert [event.type for event in kept.events] == ["visit"]
    assert kept.cooperation == ()
