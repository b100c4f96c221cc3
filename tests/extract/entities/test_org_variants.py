"""One organization written several ways on a page (`org_variants`): places named
differently inside the name, a clipped compound, a clipped ministry that does not
decline, a kind word written twice."""

from __future__ import annotations

import pytest

from coopwatch.extract.entities.org_variants import merged_org_variants
from coopwatch.extract.entities.stage import link
from coopwatch.nlp.analyze import analyze
from coopwatch.records import Document, Entity, Mention
from coopwatch.tools import Toolkit


def orgs(text: str, tools: Toolkit) -> list[Entity]:
    doc = link(analyze(Document(id="t", text=text), tools), tools)
    return [e for e in doc.entities if e.type == "ORG"]


ONE_ORG = [
    # the places inside the name named two ways
    ("Сотрудники Посольства России в Республике Казахстан посетили завод. Представители "
     "Посольства РФ в Казахстане обсудили поставки.",
     {"Посольство России в Республике Казахстан", "Посольство РФ в Казахстане"}),
    # a clipped compound and its two words
    ("Председатель Государственного собрания Башкортостана встретился с послом. "
     "Делегация Госсобрания Башкортостана посетит Анкару.",
     {"Государственное собрание Башкортостана", "Госсобрание Башкортостана"}),
]


@pytest.mark.parametrize(("text", "names"), ONE_ORG)
def test_variants_are_one_organization(text: str, names: set[str], tools: Toolkit) -> None:
    holding = [e for e in orgs(text, tools) if names & {e.name, *e.aliases}]
    assert len(holding) == 1
    assert names <= {holding[0].name, *holding[0].aliases}


def test_different_places_stay_apart(tools: Toolkit) -> None:
    text = ("Представители Посольства России в Республике Казахстан и Посольства России "
            "в Республике Узбекистан провели встречу.")
    assert len([e for e in orgs(text, tools) if e.name.startswith("Посольство")]) == 2


def org(name: str, written: str) -> Entity:
    return Entity(key="org:" + name, type="ORG", name=name,
                  mentions=(Mention(start=0, stop=len(written), text=written, type="ORG"),))


CLIPPED_MINISTRIES = [
    (org("Минкавказразвитие России", "Минкавказразвития России"), "Минкавказразвития России"),
    (org("Минобрнаука", "Минобрнауки"), "Минобрнауки"),
    # a clipped ministry that declines keeps its nominative
    (org("Минпромторг России", "Минпромторга России"), "Минпромторг России"),
]


@pytest.mark.parametrize(("entity", "name"), CLIPPED_MINISTRIES)
def test_clipped_ministry_keeps_its_genitive(entity: Entity, name: str,
                                             tools: Toolkit) -> None:
    assert [e.name for e in merged_org_variants(tools.gazetteer, [entity])] == [name]


def test_kind_word_written_once(tools: Toolkit) -> None:
    found = merged_org_variants(tools.gazetteer, [org("Агентство Агентство Минск",
                                                      "Агентство «Минск»")])
    assert [e.name for e in found] == ["Агентство Минск"]


def test_short_name_beginning_one_longer_name(tools: Toolkit) -> None:
    found = merged_org_variants(tools.gazetteer, [
        org("Совместная комиссия по развитию торговли", "Совместной комиссии по развитию "
            "торговли"),
        org("Совместная комиссия", "Совместной комиссии")])
    assert [(e.name, e.aliases) for e in found] == [
        ("Совместная комиссия по развитию торговли", ("Совместная комиссия",))]


def test_short_name_beginning_two_longer_names_stays(tools: Toolkit) -> None:
    found = merged_org_variants(tools.gazetteer, [
        org("Совместная комиссия по торговле", "Совместной комиссии по торговле"),
        org("Совместная комиссия по туризму", "Совместной комиссии по туризму"),
        org("Совместная комиссия", "Совместной комиссии")])
    assert len(found) == 3


QUALIFIED = [
    # a kind word before a name of the page
    (["Корпорация Zenitron", "Zenitron"], 1),
    # an adjective of status before a name of the page
    (["Федеральный фонд поддержки экспорта", "Фонд поддержки экспорта"], 1),
    # a place adjective makes another body
    (["Омский тракторный завод", "Тракторный завод"], 2),
    # two words more is no qualifier
    (["Российская венчурная корпорация Zenitron", "Zenitron"], 2),
]


@pytest.mark.parametrize(("names", "count"), QUALIFIED)
def test_a_qualified_name_is_the_same_organization(names: list[str], count: int,
                                                   tools: Toolkit) -> None:
    entities = [org(name, name) for name in names]
    assert len(merged_org_variants(tools.gazetteer, entities)) == count
