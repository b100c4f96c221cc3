"""Reprints across documents: MinHash groups and fact corroboration, on both backends.

The measured claims of the knowledge-base issue: ingesting the same corpus twice changes
nothing; a document reprinted five times with changed boilerplate is one group of six
documents, and each of its facts is one row with six sources from one group.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from coopwatch.ingest import read_inputs
from coopwatch.pipeline import Pipeline
from coopwatch.records import Document, Source
from coopwatch.settings import Settings
from coopwatch.store import read, repository
from coopwatch.store.db import Database
from coopwatch.store.fact_keys import fact_key, resolve_parties
from coopwatch.store.facts import flatten
from coopwatch.store.models import DocumentRow, FactRow, FactSourceRow
from coopwatch.store.reprints import THRESHOLD, ReprintIndex, shingles, signature

pytest_plugins = ["db_fixtures"]

# Boilerplate a news site wraps around a press release: a headline line and a tail.
HEADLINES = (
    "Новости региона",
    "Экономика | 12:40",
    "ГЛАВНОЕ ЗА ДЕНЬ",
    "Пресс-служба сообщает",
    "Лента новостей — промышленность",
)
TAILS = (
    "Поделиться:",
    "Подписывайтесь на наш канал в Telegram",
    "Фото: пресс-служба правительства региона",
    "Читайте также: итоги недели",
    "Источник: официальный сайт",
)


def reprint(body: str, n: int) -> str:
    return f"{HEADLINES[n]}\n\n{body}\n\n{TAILS[n]}"


@pytest.fixture(scope="module")
def seed_cards(pipeline: Pipeline, shared_dir: Path) -> list[Document]:
    """The five seed texts through the real pipeline, once for the module."""
    inputs = read_inputs([shared_dir / "corpus" / "seeds"], Settings())
    return [pipeline(doc) for doc in inputs if isinstance(doc, Document)]


@pytest.fixture(scope="module")
def reprinted_cards(pipeline: Pipeline, seed_cards: list[Document]) -> list[Document]:
    """One seed text as published, then the same day on five other sites."""
    original = seed_cards[3]
    published = original.source.published or "2025-09-29"
    texts = [original.text] + [reprint(original.text, n) for n in range(5)]
    return [
        pipeline(Document(id=f"site-{n}", text=text,
                          source=Source(path=f"site{n}/news.txt", published=published)))
        for n, text in enumerate(texts)
    ]


def _card_keys(card: Document) -> set[str]:
    """The fact keys of a card on its own (no entity merged with another document's)."""
    return {fact_key(fact, resolve_parties(fact.parties, {})) for fact in flatten(card)}


def _save_all(database: Database, cards: list[Document]) -> list[repository.SaveResult]:
    with database.sessions.begin() as session:
        index = ReprintIndex.load(session)
        return [repository.save_document(session, doc=card, reprints=index) for card in cards]


@pytest.mark.parametrize(("text", "expected"), [
    ("Минск и Петербург подписали дорожную карту", {
        "минск и петербург подписали дорожную".encode(),
        "и петербург подписали дорожную карту".encode(),
    }),
    ("Поставки ТРАКТОРОВ!", {"поставки тракторов".encode()}),
    ("Ещё, ещё  — еще", {"еще еще еще".encode()}),
])
def test_shingles_are_runs_of_five_lowercase_words(text: str, expected: set[bytes]) -> None:
    assert shingles(text) == expected


def test_reprints_are_similar_and_other_news_is_not(
    seed_cards: list[Document], reprinted_cards: list[Document]
) -> None:
    original = signature(reprinted_cards[0].text)
    for card in reprinted_cards[1:]:
        assert original.jaccard(signature(card.text)) >= THRESHOLD
    for other in seed_cards[:3]:
        assert original.jaccard(signature(other.text)) < 0.3


def test_same_corpus_twice_changes_nothing(
    database: Database, seed_cards: list[Document]
) -> None:
    first = _save_all(database, seed_cards)
    assert [result.status for result in first] == ["stored"] * len(seed_cards)
    assert len({result.group_id for result in first}) == len(seed_cards)  # no reprints
    with database.sessions() as session:
        before = _snapshot(session)
    second = _save_all(database, seed_cards)
    assert [result.status for result in second] == ["duplicate"] * len(seed_cards)
    assert [r.doc_id for r in second] == [r.doc_id for r in first]
    with database.sessions() as session:
        assert _snapshot(session) == before
    assert before[0].facts > 0 and before[1]["reprint_groups"] == len(seed_cards)


def _snapshot(session: Session) -> tuple[read.StoreCounts, dict[str, int], list[Any]]:
    """Row counts of every table and each fact's key and corroboration."""
    tables = ("reprint_groups", "document_signatures", "fact_sources", "fact_parties",
              "evidence", "entity_names", "entity_aliases", "document_search")
    rows = {table: session.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
            for table in tables}
    facts = sorted(session.execute(select(FactRow.fact_key, FactRow.corroboration,
                                          FactRow.group_count)).all())
    return read.counts(session), rows, facts


def _facts_of(session: Session, doc_id: str) -> list[FactRow]:
    return list(session.scalars(select(FactRow).join(
        FactSourceRow, FactSourceRow.fact_id == FactRow.id
    ).where(FactSourceRow.document_id == doc_id)))


def test_a_press_release_on_six_sites_is_one_group_and_facts_count_six_sources(
    database: Database, reprinted_cards: list[Document]
) -> None:
    results = _save_all(database, reprinted_cards)
    assert results[0].reprint_of is None
    assert all(result.reprint_of is not None for result in results[1:])
    assert len({result.group_id for result in results}) == 1
    with database.sessions() as session:
        groups = read.list_reprint_groups(session)
        assert len(groups) == 1
        assert groups[0].document_ids == tuple(card.id for card in reprinted_cards)
        assert groups[0].canonical_document_id == reprinted_cards[0].id
        facts = _facts_of(session, reprinted_cards[0].id)
        stored = session.execute(select(FactRow.fact_key, FactRow.corroboration,
                                        FactRow.group_count)).all()
    reported = Counter(key for card in reprinted_cards for key in _card_keys(card))
    assert {key: (count, 1) for key, count in reported.items()} == {
        key: (corroboration, groups) for key, corroboration, groups in stored}
    in_all_six = [fact for fact in facts if fact.corroboration == 6]
    assert len(in_all_six) >= 0.9 * len(facts) > 0
    with database.sessions() as session:
        shared = session.get(FactRow, in_all_six[0].id)
        sources = read.sources_of(session, fact_id=shared.id)
        assert [s.document_id for s in sources] == [card.id for card in reprinted_cards]
        assert {e.document_id for e in shared.evidence} == {c.id for c in reprinted_cards}
        listed = {d.id: d.fact_count for d in read.list_documents(session, limit=20)}
    assert listed == {card.id: len(_card_keys(card)) for card in reprinted_cards}


def test_facts_also_reported_elsewhere_count_another_group(
    database: Database, seed_cards: list[Document], reprinted_cards: list[Document]
) -> None:
    _save_all(database, reprinted_cards)
    _save_all(database, seed_cards[:3])
    others = {card.id for card in seed_cards[:3]}
    with database.sessions() as session:
        counted = {}
        for fact in _facts_of(session, reprinted_cards[0].id):
            sources = {s.document_id for s in read.sources_of(session, fact_id=fact.id)}
            elsewhere = len(sources & others)
            counted[fact.id] = (fact.corroboration, fact.group_count) == (6 + elsewhere,
                                                                          1 + elsewhere)
    assert counted and all(counted.values())


def test_reprint_groups_persist_across_ingest_runs(
    database: Database, reprinted_cards: list[Document]
) -> None:
    _save_all(database, reprinted_cards[:2])
    later = _save_all(database, reprinted_cards[2:])  # a new batch rebuilds the LSH index
    with database.sessions() as session:
        groups = read.list_reprint_groups(session)
    assert [len(group.document_ids) for group in groups] == [6]
    assert {result.group_id for result in later} == {groups[0].id}


def test_an_earlier_reprint_becomes_the_canonical_document(
    database: Database, reprinted_cards: list[Document]
) -> None:
    late, early = reprinted_cards[1], reprinted_cards[2]
    early = early.replace(source=Source(path="early.txt", published="2024-12-31"))
    _save_all(database, [late, early])
    with database.sessions() as session:
        (group,) = read.list_reprint_groups(session)
    assert group.canonical_document_id == early.id


def test_the_same_fact_from_two_independent_documents_counts_two_groups(
    database: Database, reprinted_cards: list[Document]
) -> None:
    card = reprinted_cards[0]
    rewritten = Document(
        id="rewrite", text="Совсем другой текст другого издания. " * 20,
        source=Source(path="other/news.txt"), figures=card.figures[:1],
    )
    _save_all(database, [card, rewritten])
    with database.sessions() as session:
        shared = session.scalars(select(FactRow).where(
            FactRow.id.in_(select(FactSourceRow.fact_id).where(
                FactSourceRow.document_id == "rewrite"))
        )).one()
        groups = session.scalar(select(func.count(func.distinct(DocumentRow.group_id))))
    assert (shared.corroboration, shared.group_count) == (2, 2)
    assert groups == 2
