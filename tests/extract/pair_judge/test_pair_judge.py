"""The learned pair model: what it reads of a pair, and how its stage keeps, drops and
adds pairs of parties."""

from __future__ import annotations

import pytest

from builders import pipeline_before
from coopwatch.extract.confidence.stage import Model
from coopwatch.extract.pair_judge import stage as judge_stage
from coopwatch.extract.pair_judge.stage import (
    PairModel,
    Scene,
    candidates,
    features,
    judge,
    kind,
    model,
    propose_all,
    scored_pairs,
)
from coopwatch.records import Document, Entity, Mention, Source
from coopwatch.tools import Toolkit

TEXT = (
    "Омская область и Павлодарская область подписали соглашение о сотрудничестве.\n\n"
    "Губернатор Омской области Виталий Хоценко провёл переговоры с акимом Павлодарской "
    "области в Омске. Товарооборот Омской области с Казахстаном в 2024 году составил "
    "1,1 млрд долларов.\n\nЧитать также: погода в Омске"
)


@pytest.fixture(scope="module")
def before_judge(tools: Toolkit) -> Document:
    """The card of TEXT as the stage gets it (every stage before `pair_judge`)."""
    upto = pipeline_before("pair_judge", tools)
    return upto(Document(id="t", text=TEXT, source=Source(published="2025-04-02")))


@pytest.mark.parametrize(("key", "within", "expected"), [
    ("RU", None, "ru"),
    ("RU-OMS", None, "rureg"),
    ("KZ", None, "country"),
    ("KZ-55", None, "freg"),
    ("CN-HL", None, "freg"),
    ("org:Нестле", None, "org"),
    ("geo:Омск", "RU-OMS", "rucity"),
    ("geo:Павлодар", "KZ-55", "city"),
    ("geo:Хуньчунь", None, "city"),
])
def test_kind_of_a_party(key: str, within: str | None, expected: str) -> None:
    entity = Entity(key, "GEO", key.partition(":")[2] or key, within=within)
    assert kind(key, {key: entity}) == expected


def _scene(*entities: Entity) -> Scene:
    return Scene.of(Document(id="t", text="x" * 400, entities=entities))


@pytest.mark.parametrize(("body", "place", "expected"), [
    ("Особая экономическая зона Санкт-Петербурга", "Санкт-Петербург", True),
    ("Торгово-промышленная палата Татарстана", "Республика Татарстан", True),
    ("ОЭЗ Липецк", "Липецкая область", True),
    ("Нестле", "Калужская область", False),
    ("Минский автомобильный завод", "Смоленская область", False),
])
def test_an_organization_named_after_a_place(body: str, place: str, expected: bool) -> None:
    org = Entity(f"org:{body}", "ORG", body, mentions=(Mention(0, 5, body),))
    geo = Entity("RU-XX", "GEO", place, mentions=(Mention(10, 15, place),))
    values = features(_scene(org, geo), (geo.key, org.key), rule=False)
    assert values["named_after"] == float(expected)


def test_a_city_lies_in_its_region_and_country() -> None:
    city = Entity("geo:Павлодар", "GEO", "Павлодар", within="KZ-55")
    region = Entity("KZ-55", "GEO", "Павлодарская область")
    scene = _scene(city, region)
    assert scene.inside("geo:Павлодар", "KZ-55")
    assert scene.inside("geo:Павлодар", "KZ")
    assert not scene.inside("geo:Павлодар", "RU-OMS")
    assert features(scene, ("KZ", "geo:Павлодар"), rule=False)["inside"] == 1.0


LINKED = [
    ("Омская область развивает сотрудничество с Павлодарской областью.",
     ("RU-OMS", "KZ-55"), "with"),
    ("Товарооборот между Татарстаном и Китаем вырос на треть.", ("RU-TA", "CN"), "between"),
    ("Омская область и Павлодарская область подвели итоги года.", ("RU-OMS", "KZ-55"), None),
]


@pytest.mark.parametrize(("text", "pair", "link"), LINKED)
def test_a_pair_joined_by_a_preposition(text: str, pair: tuple[str, str], link: str | None,
                                        tools: Toolkit) -> None:
    upto = pipeline_before("pair_judge", tools)
    card = upto(Document(id="t", text=text, source=Source(published="2025-04-02")))
    values = features(Scene.of(card), pair, rule=False)
    assert values["with"] == float(link == "with")
    assert values["between"] == float(link == "between")
    assert values["apart"] == 0.0


def test_the_model_file_has_a_floor_and_only_known_features(before_judge: Document) -> None:
    found = model()
    assert 0.0 < found.floor < 1.0
    produced = {name for _, values, _ in scored_pairs(Scene.of(before_judge)) for name in values}
    one_hot = {name for name in found.weights if "=" in name}
    assert set(found.weights) - one_hot <= produced


def test_the_rules_pair_told_outright_is_kept(before_judge: Document, tools: Toolkit) -> None:
    assert ("RU-OMS", "KZ-55") in {fact.parties for fact in before_judge.cooperation}
    kept = judge(before_judge, tools)
    assert ("RU-OMS", "KZ-55") in {fact.parties for fact in kept.cooperation}


def test_a_city_is_never_paired_with_its_own_region(before_judge: Document,
                                                    tools: Toolkit) -> None:
    kept = {frozenset(fact.parties) for fact in judge(before_judge, tools).cooperation}
    assert frozenset(("RU-OMS", "geo:Омск")) not in kept


def test_every_candidate_is_proposed_for_training(before_judge: Document,
                                                  tools: Toolkit) -> None:
    proposed = propose_all(before_judge, tools)
    pairs = {frozenset(fact.parties) for fact in proposed.cooperation}
    assert {frozenset(pair) for pair in candidates(before_judge)} >= pairs
    assert {frozenset(fact.parties) for fact in before_judge.cooperation} <= pairs
    rule = {fact.parties: fact for fact in before_judge.cooperation}
    assert all(fact is rule[fact.parties] for fact in proposed.cooperation
               if fact.parties in rule)


def test_an_added_pair_points_at_the_passage_naming_both(
        before_judge: Document, tools: Toolkit, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(judge_stage, "model", lambda: PairModel(Model(10.0, {}), 0.5))
    card = judge(before_judge, tools)
    rule = {frozenset(fact.parties) for fact in before_judge.cooperation}
    added = [fact for fact in card.cooperation if frozenset(fact.parties) not in rule]
    assert added
    for fact in added:
        assert fact.evidence
        for key in fact.parties:
            starts = mention_starts(card, key)
            assert not starts or any(span.start <= start < span.stop
                                     for span in fact.evidence for start in starts)


def test_a_pair_under_the_floor_is_left_out(before_judge: Document, tools: Toolkit,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(judge_stage, "model", lambda: PairModel(Model(-10.0, {}), 0.5))
    assert judge(before_judge, tools).cooperation == ()


def mention_starts(card: Document, key: str) -> list[int]:
    """Where the entity's mentions start."""
    return [mention.start for entity in card.entities if entity.key == key
            for mention in entity.mentions]
