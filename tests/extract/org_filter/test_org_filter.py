"""The ORG filter: the features read off an organization and its card, and the stage that
leaves out the organizations under the model's floor unless a fact needs them."""

from __future__ import annotations

import pytest

from coopwatch.extract.org_filter.signals import card_org_features, common_share
from coopwatch.extract.org_filter.stage import OrgFilter, sift_orgs, trained_filter
from coopwatch.pipeline import analyze_into_passages
from coopwatch.records import Cooperation, Document, Entity, Mention, Relevance, Span
from coopwatch.text.annotations import with_entity_lookups
from coopwatch.tools import Toolkit

# A menu line at the head, a quoted company named twice, a ministry once.
TEXT = (
    "Главная Новости\n"
    "Компания «Северный луч» построит в Томской области завод по выпуску плит. "
    "Проект обсуждали в министерстве. Министерство экономики поддержало проект, "
    "а «Северный луч» получит льготы.\n"
)


def _at(text: str, part: str, nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(part, start + 1)
    return Mention(start, start + len(part), part)


def _card(tools: Toolkit, **facts: object) -> Document:
    entities = (
        Entity("org:Главная Новости", "ORG", "Главная Новости",
               mentions=(_at(TEXT, "Главная Новости"),)),
        Entity("org:Северный луч", "ORG", "Северный луч",
               mentions=(_at(TEXT, "Северный луч"), _at(TEXT, "Северный луч", 1))),
        Entity("org:Министерство экономики", "ORG", "Министерство экономики",
               mentions=(_at(TEXT, "Министерство экономики"),)),
    )
    doc = analyze_into_passages(Document(id="t", text=TEXT), tools)
    return doc.replace(entities=entities, relevance=Relevance(True, 0.9), **facts)


def _features(tools: Toolkit, doc: Document) -> dict[str, dict[str, float]]:
    return {entity.name: values for entity, values in card_org_features(doc, tools)}


def test_features_read_shape_place_and_kind(tools: Toolkit) -> None:
    found = _features(tools, _card(tools))
    menu, company, ministry = (found[name] for name in
                               ("Главная Новости", "Северный луч", "Министерство экономики"))
    assert menu["head_of_text"] == 1.0 and menu["short_line"] == 1.0
    assert company["quoted"] == 1.0 and company["single"] == 0.0
    assert company["mentions"] == 0.5
    assert company["head_of_text"] == 0.0 and company["short_line"] == 0.0
    assert ministry["kind=state"] == 1.0 and ministry["single"] == 1.0
    assert company["fact"] == 0.0


def test_a_party_of_a_fact_is_marked(tools: Toolkit) -> None:
    doc = _card(tools, cooperation=(Cooperation(("org:Северный луч", "RU-TOM"), (), (Span(16, 90),)),))
    found = _features(tools, doc)
    assert found["Северный луч"]["fact"] == 1.0
    assert found["Северный луч"]["evidence"] == 1.0
    assert found["Министерство экономики"]["fact"] == 0.0


@pytest.mark.parametrize(("name", "share"), [
    ("Особая экономическая зона", 1.0),
    ("организационный комитет", 1.0),
    ("Северный луч", 1.0),
    ("Газпромнефть", 0.0),
    ("Ростех", 0.0),
])
def test_common_share_of_generic_phrases(tools: Toolkit, name: str, share: float) -> None:
    assert common_share(tools.morph, name) == share


# Drops whatever has no «quoted» mark, so each case shows what the stage does.
QUOTED_ONLY = OrgFilter(bias=-5.0, weights={"quoted": 10.0}, keep_from=0.5)


def test_the_stage_drops_what_the_model_rejects(tools: Toolkit) -> None:
    card = sift_orgs(_card(tools), tools, QUOTED_ONLY)
    assert [e.name for e in card.entities] == ["Северный луч"]


def test_an_organization_a_fact_needs_is_kept(tools: Toolkit) -> None:
    doc = _card(tools, cooperation=(
        Cooperation(("org:Министерство экономики", "RU-TOM"), (), (Span(16, 90),)),))
    card = sift_orgs(doc, tools, QUOTED_ONLY)
    assert {e.name for e in card.entities} == {"Северный луч", "Министерство экономики"}
    assert card.cooperation == doc.cooperation


def test_the_index_loses_dropped_mentions_and_keeps_alias_mentions(tools: Toolkit) -> None:
    # an alias mention the entities stage gave the index («в министерстве» read as the
    # ministry), which the card's entities do not list, stays once the filter has run
    alias = _at(TEXT, "министерстве")
    doc = with_entity_lookups(_card(tools), [("org:Северный луч", alias)])
    card = sift_orgs(doc, tools, QUOTED_ONLY)
    assert [(item.key, item.mention) for item in card.entity_mentions] == [
        ("org:Северный луч", _at(TEXT, "Северный луч")),
        ("org:Северный луч", alias),
        ("org:Северный луч", _at(TEXT, "Северный луч", 1)),
    ]


def test_a_floor_of_zero_keeps_every_organization(tools: Toolkit) -> None:
    doc = _card(tools)
    assert sift_orgs(doc, tools, OrgFilter(-5.0, {}, 0.0)) is doc


def test_the_committed_model_reads_only_features_the_signals_give() -> None:
    model = trained_filter()
    known = {"mentions", "single", "fact", "position_of", "evidence", "head_of_text",
             "tail_of_text", "short_line", "quoted", "caps", "latin", "words", "ner",
             "aliases", "cited", "place_word", "place_name", "common", "lower", "initials",
             "off_topic"}
    assert all(name in known or name.startswith(("kind=", "head=", "lemma=")) for name in model.weights)
    assert 0.0 <= model.keep_from < 1.0
