"""Confidence features: how crowded a fact's sentence and document are."""

from __future__ import annotations

import pytest

from coopwatch.extract.confidence.features import (
    CROWDING,
    Neighbourhood,
    features,
    figure_features,
)
from coopwatch.pipeline import Pipeline
from coopwatch.records import Document, Figure, Flow, Source, Span

LEAD = "Тюменская область отправила первую партию муки в Казахстан."
LIST = ("За год зерно из региона получили Китай, Монголия, Узбекистан, Киргизия, "
        "Таджикистан и Вьетнам.")
TEXT = f"{LEAD}\n{LIST}"


@pytest.fixture(scope="module")
def card(pipeline: Pipeline) -> Document:
    analysed = pipeline(Document(id="t", text=TEXT, source=Source(published="2025-04-02")))
    flows = [Flow("RU-TYU", "KZ", ("мука",), evidence=(Span(0, len(LEAD)),))]
    at = TEXT.index("Китай")
    flows += [Flow("RU-TYU", key, ("зерно",), evidence=(Span(at, len(TEXT)),))
              for key in ("CN", "MN", "UZ", "KG", "TJ", "VN")]
    return analysed.replace(flows=tuple(flows))


def test_a_fact_of_a_list_sentence_is_crowded_and_the_lead_one_is_not(card: Document) -> None:
    near = Neighbourhood.of(card)
    alone, listed = (features(fact, card, near) for fact in card.flows[:2])
    assert alone["kind_in_sentence"] == pytest.approx(1 / 6)
    assert listed["kind_in_sentence"] == pytest.approx(1.0)  # six flows: as many as counts
    assert listed["sentence_places"] > alone["sentence_places"]
    assert (alone["in_lead"], listed["in_lead"]) == (1.0, 1.0)  # both in the first 600
    assert listed["later"] > alone["later"] == 0.0
    assert alone["kind_in_document"] == listed["kind_in_document"] == pytest.approx(7 / 30)
    assert alone["party_facts"] == pytest.approx(0.7)  # RU-TYU in all seven; ten count as many


def test_the_same_numbers_without_a_precomputed_neighbourhood(card: Document) -> None:
    fact = card.flows[3]
    assert features(fact, card) == features(fact, card, Neighbourhood.of(card))


def test_a_fact_without_evidence_or_sentences_counts_as_outside_any_sentence() -> None:
    bare = Document(id="t", text="")
    values = features(Flow("RU-TYU", "KZ"), bare)
    assert {name for name in CROWDING} <= set(values)
    assert values["kind_in_sentence"] == values["sentence_places"] == 0.0


@pytest.mark.parametrize(("parties", "metric", "name"), [
    # a supply counted between Russian regions is told apart from the rest of `other`
    (("RU-STA", "RU-SAR"), "other", "metric=other_inside_russia"),
    (("RU-STA", "RU"), "other", "metric=other_inside_russia"),
    (("RU-STA", "KZ"), "other", "metric=other"),
    (("RU-STA",), "other", "metric=other"),
    (("RU-STA", "RU-SAR"), "export", "metric=export"),
])
def test_the_metric_feature(parties: tuple[str, ...], metric: str, name: str) -> None:
    figure = Figure(metric=metric, value=13.0, unit="тонна", parties=parties)
    assert figure_features(figure)[name] == 1.0
