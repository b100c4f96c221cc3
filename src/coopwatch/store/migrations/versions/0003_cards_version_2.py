"""Cards version 2: the document's relevance and each fact's confidence.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-03

- `documents.on_topic` (indexed) and `documents.relevance_score`: the card's `relevance`.
- `fact_sources.confidence`: the confidence the source's card gave the fact.
- `facts.confidence` (indexed): the highest confidence among the fact's sources.

All are nullable: a version-1 card has neither relevance nor confidence. Documents
already stored are filled from their stored cards, so that a store written by a
version-2 pipeline before this revision loses nothing; version-1 cards stay null.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

BATCH = 500
# fact kind (facts.kind) -> section of the card (frozen copy as of this revision)
SECTIONS = {"position": "positions", "event": "events", "figure": "figures",
            "flow": "flows", "cooperation": "cooperation"}


def upgrade() -> None:
    with op.batch_alter_table("documents") as batch:
        batch.add_column(sa.Column("on_topic", sa.Boolean(), nullable=True))
        batch.add_column(sa.Column("relevance_score", sa.Float(), nullable=True))
        batch.create_index("ix_documents_on_topic", ["on_topic"])
    with op.batch_alter_table("fact_sources") as batch:
        batch.add_column(sa.Column("confidence", sa.Float(), nullable=True))
    with op.batch_alter_table("facts") as batch:
        batch.add_column(sa.Column("confidence", sa.Float(), nullable=True))
        batch.create_index("ix_facts_confidence", ["confidence"])
    _fill_from_cards()


def _cards() -> Iterator[tuple[str, dict[str, Any]]]:
    """(id, card) of every stored document, a batch at a time, in id order."""
    bind = op.get_bind()
    last = ""
    while True:
        rows = bind.execute(sa.text(
            "SELECT id, card FROM documents WHERE id > :last ORDER BY id LIMIT :batch"
        ), {"last": last, "batch": BATCH}).all()
        for doc_id, card in rows:
            yield doc_id, json.loads(card) if isinstance(card, str) else card or {}
        if len(rows) < BATCH:
            return
        last = rows[-1][0]


def _fill_from_cards() -> None:
    bind = op.get_bind()
    documents = sa.table("documents", sa.column("id"), sa.column("on_topic"),
                         sa.column("relevance_score"))
    sources = sa.table("fact_sources", sa.column("fact_id"), sa.column("document_id"),
                       sa.column("ordinal"), sa.column("confidence"))
    kinds = sa.text("SELECT s.fact_id, s.ordinal, f.kind FROM fact_sources s "
                    "JOIN facts f ON f.id = s.fact_id WHERE s.document_id = :doc")
    for doc_id, card in _cards():
        relevance = card.get("relevance")
        if isinstance(relevance, dict):
            bind.execute(documents.update().where(documents.c.id == doc_id).values(
                on_topic=relevance.get("on_topic"), relevance_score=relevance.get("score")))
        for fact_id, ordinal, kind in bind.execute(kinds, {"doc": doc_id}).all():
            facts = card.get(SECTIONS.get(kind, "")) or []
            confidence = facts[ordinal].get("confidence") if ordinal < len(facts) else None
            if confidence is not None:
                bind.execute(sources.update().where(
                    sources.c.fact_id == fact_id, sources.c.document_id == doc_id,
                ).values(confidence=confidence))
    op.execute(
        "UPDATE facts SET confidence = (SELECT max(s.confidence) FROM fact_sources s "
        "WHERE s.fact_id = facts.id)"
    )


def downgrade() -> None:
    with op.batch_alter_table("facts") as batch:
        batch.drop_index("ix_facts_confidence")
        batch.drop_column("confidence")
    with op.batch_alter_table("fact_sources") as batch:
        batch.drop_column("confidence")
    with op.batch_alter_table("documents") as batch:
        batch.drop_index("ix_documents_on_topic")
        batch.drop_column("relevance_score")
        batch.drop_column("on_topic")
