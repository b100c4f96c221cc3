"""Initial store: documents, rejections, entities, aliases, mentions, facts.

Revision ID: 0001
Revises:
Create Date: 2025-01-01

Written from an autogenerate draft of `coopwatch.store.models`, then reviewed. The
types are frozen here on purpose: later model changes need a new revision.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

KEY = sa.String(length=255)


def _json() -> sa.types.TypeEngine[Any]:
    return sa.JSON().with_variant(postgresql.JSONB(), "postgresql")


def _id() -> sa.Column[int]:
    return sa.Column("id", sa.Integer(), nullable=False)


def _fk(column: str, target: str, table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], [f"{target}.id"], name=f"fk_{table}_{column}_{target}", ondelete="CASCADE"
    )


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("path", sa.Text(), nullable=True),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("published", sa.String(length=32), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("card", _json(), nullable=False),
        sa.Column("sectors", _json(), nullable=False),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_documents"),
        sa.UniqueConstraint("content_hash", name="uq_documents_content_hash"),
    )
    op.create_index("ix_documents_published", "documents", ["published"])

    op.create_table(
        "rejections",
        _id(),
        sa.Column("path", sa.Text(), nullable=False),
        sa.Column("reason", sa.String(length=64), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_rejections"),
    )
    op.create_index("ix_rejections_reason", "rejections", ["reason"])

    op.create_table(
        "entities",
        _id(),
        sa.Column("key", KEY, nullable=False),
        sa.Column("type", sa.String(length=8), nullable=False),
        sa.Column("name", KEY, nullable=False),
        sa.Column("geo_kind", sa.String(length=32), nullable=True),
        sa.Column("within", KEY, nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_entities"),
        sa.UniqueConstraint("key", name="uq_entities_key"),
    )
    op.create_index("ix_entities_type", "entities", ["type"])

    op.create_table(
        "entity_aliases",
        _id(),
        sa.Column("entity_id", sa.Integer(), nullable=False),
        sa.Column("alias", KEY, nullable=False),
        _fk("entity_id", "entities", "entity_aliases"),
        sa.PrimaryKeyConstraint("id", name="pk_entity_aliases"),
        sa.UniqueConstraint("entity_id", "alias", name="uq_entity_aliases_entity_id_alias"),
    )
    op.create_index("ix_entity_aliases_alias", "entity_aliases", ["alias"])

    op.create_table(
        "document_entities",
        sa.Column("document_id", sa.String(length=64), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=False),
        _fk("document_id", "documents", "document_entities"),
        _fk("entity_id", "entities", "document_entities"),
        sa.PrimaryKeyConstraint("document_id", "entity_id", name="pk_document_entities"),
    )
    op.create_index("ix_document_entities_entity_id", "document_entities", ["entity_id"])

    op.create_table(
        "mentions",
        _id(),
        sa.Column("document_id", sa.String(length=64), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("stop", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        _fk("document_id", "documents", "mentions"),
        _fk("entity_id", "entities", "mentions"),
        sa.PrimaryKeyConstraint("id", name="pk_mentions"),
    )
    op.create_index("ix_mentions_document_id", "mentions", ["document_id"])
    op.create_index("ix_mentions_entity_id", "mentions", ["entity_id"])

    op.create_table(
        "facts",
        _id(),
        sa.Column("document_id", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("ordinal", sa.Integer(), nullable=False),
        sa.Column("subtype", KEY, nullable=True),
        sa.Column("status", sa.String(length=16), nullable=True),
        sa.Column("date", sa.String(length=32), nullable=True),
        sa.Column("payload", _json(), nullable=False),
        _fk("document_id", "documents", "facts"),
        sa.PrimaryKeyConstraint("id", name="pk_facts"),
    )
    op.create_index("ix_facts_document_id", "facts", ["document_id"])
    op.create_index("ix_facts_kind_subtype", "facts", ["kind", "subtype"])
    op.create_index("ix_facts_date", "facts", ["date"])

    op.create_table(
        "fact_parties",
        _id(),
        sa.Column("fact_id", sa.Integer(), nullable=False),
        sa.Column("entity_key", KEY, nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        _fk("fact_id", "facts", "fact_parties"),
        sa.PrimaryKeyConstraint("id", name="pk_fact_parties"),
        sa.UniqueConstraint(
            "fact_id", "entity_key", "role", name="uq_fact_parties_fact_id_entity_key_role"
        ),
    )
    op.create_index("ix_fact_parties_fact_id", "fact_parties", ["fact_id"])
    op.create_index("ix_fact_parties_entity_key", "fact_parties", ["entity_key"])

    op.create_table(
        "evidence",
        _id(),
        sa.Column("fact_id", sa.Integer(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("stop", sa.Integer(), nullable=False),
        _fk("fact_id", "facts", "evidence"),
        sa.PrimaryKeyConstraint("id", name="pk_evidence"),
    )
    op.create_index("ix_evidence_fact_id", "evidence", ["fact_id"])


def downgrade() -> None:
    for table in (
        "evidence", "fact_parties", "facts", "mentions", "document_entities",
        "entity_aliases", "entities", "rejections", "documents",
    ):
        op.drop_table(table)
