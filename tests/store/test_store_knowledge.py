"""Entities and facts across documents, on both backends: organizations merged by name,
persons by canonical name only, positions over time, the identity of a fact."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import select

from coopwatch.records import Document, Entity, Figure, Flow, Mention, Position, Source, Span
from coopwatch.store import read, repository
from coopwatch.store.db import Database
from coopwatch.store.entities import normalized_name
from coopwatch.store.fact_keys import fact_key, resolve_parties
from coopwatch.store.facts import flatten
from coopwatch.store.models import EntityRow, FactPartyRow, FactRow

pytest_plugins = ["db_fixtures"]


def card(doc_id: str, text: str, *entities: Entity, published: str | None = None,
         **facts: tuple) -> Document:
    """A small card: its text, entities and facts (evidence: the whole text)."""
    return Document(id=doc_id, text=text, source=Source(path=f"{doc_id}.txt",
                                                        published=published),
                    entities=entities, **facts)


def org(name: str, *aliases: str) -> Entity:
    return Entity(f"org:{name}", "ORG", name, aliases=aliases)


def person(name: str, *aliases: str) -> Entity:
    return Entity(f"per:{name}", "PER", name, aliases=aliases)


WHOLE = (Span(0, 10),)


def save(database: Database, *cards: Document) -> None:
    with database.sessions.begin() as session:
        for each in cards:
            repository.save_document(session, doc=each)


@pytest.mark.parametrize(("name", "expected"), [
    ("«Гродно Азот»", "гродно азот"),
    ("Минский  автомобильный завод", "минский автомобильный завод"),
    ("Объединённая судостроительная корпорация", "объединенная судостроительная корпорация"),
    ('ОАО "БелАЗ"', "оао белаз"),
])
def test_names_compare_without_case_quotes_and_yo(name: str, expected: str) -> None:
    assert normalized_name(name) == expected


@pytest.mark.parametrize("first_then_second", [True, False])
def test_an_organization_named_by_its_alias_is_one_entity(
    database: Database, first_then_second: bool
) -> None:
    maz = org("Минский автомобильный завод", "МАЗ")
    full = card("full", "Минский автомобильный завод (МАЗ) поставит автобусы в Омск.", maz,
                flows=(Flow("org:Минский автомобильный завод", "RU-OMS", ("автобусы",),
                            evidence=WHOLE),))
    short = card("short", "МАЗ поставит в Омскую область партию автобусов весной.",
                 org("МАЗ"), flows=(Flow("org:МАЗ", "RU-OMS", ("автобусы",),
                                         evidence=WHOLE),))
    save(database, *((full, short) if first_then_second else (short, full)))
    with database.sessions() as session:
        orgs = session.scalars(select(EntityRow).where(EntityRow.type == "ORG")).all()
        assert len(orgs) == 1
        (listed,) = read.list_entities(session, type="ORG")
        flows = session.scalars(select(FactRow).where(FactRow.kind == "flow")).all()
        senders = set(session.scalars(select(FactPartyRow.entity_key)
                                      .where(FactPartyRow.role == "from")))
    assert listed.document_count == 2
    assert [(f.corroboration, f.group_count) for f in flows] == [(2, 2)]
    assert senders == {orgs[0].key}


def test_an_organization_is_found_by_its_alias_the_other_way_round(database: Database) -> None:
    save(database,
         card("a", "Гродно Азот расширяет сотрудничество с Татарстаном.", org("Гродно Азот")),
         card("b", "ОАО «Гродно Азот» и казанские химики обсудили поставки.",
              org("Гродненский азотный комбинат", "Гродно Азот")))
    with database.sessions() as session:
        assert [e.key for e in read.list_entities(session, type="ORG")] == [
            "org:Гродно Азот"]


def test_persons_merge_by_canonical_name_not_by_surname(database: Database) -> None:
    save(database,
         card("a", "Губернатор Алексей Текслер встретился с партнёрами из Костаная.",
              person("Алексей Текслер", "Текслер")),
         card("b", "Алексей Текслер посетил выставку в Астане вместе с делегацией.",
              person("Алексей Текслер")),
         card("c", "Министр Сергей Текслер (однофамилец) выступил на форуме в Минске.",
              person("Сергей Текслер", "Текслер")))
    with database.sessions() as session:
        people = {e.key: e.document_count for e in read.list_entities(session,
                                                                            type="PER")}
    assert people == {"per:Алексей Текслер": 2, "per:Сергей Текслер": 1}


def test_positions_over_time(database: Database) -> None:
    who = person("Кирилл Поляков")
    spb = Entity("RU-SPE", "GEO", "Санкт-Петербург", "region", "RU")
    save(
        database,
        card("2025", "Вице-губернатор Петербурга Кирилл Поляков посетил Минск.", who, spb,
             published="2025-09-29",
             positions=(Position("per:Кирилл Поляков", "вице-губернатор", "RU-SPE", WHOLE),)),
        card("2023", "Председатель комитета Кирилл Поляков провёл встречу с белорусами.",
             who, published="2023-04-11",
             positions=(Position("per:Кирилл Поляков", "председатель комитета", None,
                                 WHOLE),)),
        card("2025b", "Вице-губернатор Санкт-Петербурга Кирилл Поляков открыл форум.", who, spb,
             published="2025-10-02",
             positions=(Position("per:Кирилл Поляков", "вице-губернатор", "RU-SPE", WHOLE),)),
    )
    with database.sessions() as session:
        held = read.positions_of(session, key="per:Кирилл Поляков")
        in_region = read.positions_of(session, key="RU-SPE")
        nobody = read.positions_of(session, key="per:Никто")
    assert [(p.title, p.of, p.since, p.until, p.document_id, p.sources) for p in held] == [
        ("председатель комитета", None, "2023-04-11", "2023-04-11", "2023", 1),
        ("вице-губернатор", "RU-SPE", "2025-09-29", "2025-10-02", "2025", 2),
    ]
    assert [(p.person, p.title) for p in in_region] == [
        ("per:Кирилл Поляков", "вице-губернатор")]
    assert nobody == []


TURNOVER = Figure("trade_turnover", 3.0e9, "USD", "exact", "actual", "2024",
                  parties=("RU-SPE", "BY"), evidence=WHOLE)


def _key(figure: Figure, merged: dict[str, str] | None = None) -> str:
    (fact,) = flatten(Document(id="x", text="x" * 10, figures=(figure,)))
    return fact_key(fact, resolve_parties(fact.parties, merged or {}))


@pytest.mark.parametrize(("other", "same"), [
    (replace(TURNOVER, evidence=(Span(3, 7),)), True),
    (replace(TURNOVER, parties=("BY", "RU-SPE")), True),
    (replace(TURNOVER, value=3.1e9), False),
    (replace(TURNOVER, period="2023"), False),
    (replace(TURNOVER, kind="target"), False),
    (replace(TURNOVER, unit="RUB"), False),
    (replace(TURNOVER, metric="export"), False),
])
def test_a_fact_is_the_same_fact_whatever_its_wording(other: Figure, same: bool) -> None:
    assert (_key(other) == _key(TURNOVER)) is same


def test_a_fact_key_uses_the_merged_entities() -> None:
    by_acronym = Figure("contract_value", 5.0e6, "USD", parties=("org:МАЗ", "RU-OMS"),
                        evidence=WHOLE)
    by_name = Figure("contract_value", 5.0e6, "USD",
                     parties=("org:Минский автомобильный завод", "RU-OMS"), evidence=WHOLE)
    merged = {"org:МАЗ": "org:Минский автомобильный завод"}
    assert _key(by_acronym) != _key(by_name)
    assert _key(by_acronym, merged) == _key(by_name)


def test_mentions_of_a_merged_organization_count_for_it(database: Database) -> None:
    text = "МАЗ и Омск подписали контракт."
    short = Entity("org:МАЗ", "ORG", "МАЗ", mentions=(Mention(0, 3, "МАЗ"),))
    save(database,
         card("full", "Минский автомобильный завод работает с Омском.",
              org("Минский автомобильный завод", "МАЗ")),
         card("short", text, short))
    with database.sessions() as session:
        (listed,) = read.list_entities(session, type="ORG")
    assert (listed.key, listed.mention_count, listed.document_count) == (
        "org:Минский автомобильный завод", 1, 2)
