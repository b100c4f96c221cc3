"""Per-entity summaries for the profiles, and indexes for the newest-first lists.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03

- `entity_counts`, `entity_partners`, `entity_sectors`, `position_reports`,
  `party_facts`: what a profile shows of an entity (documents and facts per kind,
  partners, sectors, the positions' sources and dates, its facts newest first);
  `pair_edges`: the cooperation graph's edges per fact kind, and per kind and sector.
  `coopwatch.store.summaries` keeps them as cards are stored; they are filled here
  from the stored facts (`summaries.rebuild`).
- On PostgreSQL, `facts(kind, date DESC NULLS LAST, id DESC)`,
  `documents(published DESC NULLS LAST, id)` and the same order on `party_facts`:
  the newest-first lists sort with NULLS LAST, which an ascending index serves on
  SQLite (where NULL sorts first, so DESC puts it last) but not on PostgreSQL.

All of it runs in the migration's one transaction (`env.py`): a kill leaves the store at
0006, without half-filled tables.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from coopwatch.store import summaries

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

KEY = sa.String(length=255)
PG_INDEXES = (
    ("ix_facts_kind_date_desc", "facts", "kind, date DESC NULLS LAST, id DESC"),
    ("ix_documents_published_desc", "documents", "published DESC NULLS LAST, id"),
    ("ix_party_facts_newest", "party_facts", "entity_key, kind, date DESC NULLS LAST, fact_id DESC"),
)


def _counter(name: str) -> sa.Column[int]:
    return sa.Column(name, sa.Integer(), nullable=False)


def upgrade() -> None:
    op.create_table(
        "entity_counts",
        sa.Column("entity_key", KEY, nullable=False),
        sa.Column("what", sa.String(length=16), nullable=False),
        _counter("count"),
        sa.PrimaryKeyConstraint("entity_key", "what", name="pk_entity_counts"),
    )
    op.create_table(
        "entity_partners",
        sa.Column("entity_key", KEY, nullable=False),
        sa.Column("partner_key", KEY, nullable=False),
        _counter("facts"), _counter("documents"),
        sa.PrimaryKeyConstraint("entity_key", "partner_key", name="pk_entity_partners"),
    )
    op.create_table(
        "entity_sectors",
        sa.Column("entity_key", KEY, nullable=False),
        sa.Column("sector", KEY, nullable=False),
        _counter("facts"),
        sa.PrimaryKeyConstraint("entity_key", "sector", name="pk_entity_sectors"),
    )
    op.create_table(
        "position_reports",
        sa.Column("fact_id", sa.Integer(), nullable=False),
        _counter("sources"),
        sa.Column("since", sa.String(length=32), nullable=True),
        sa.Column("until", sa.String(length=32), nullable=True),
        sa.Column("first_document_id", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(["fact_id"], ["facts.id"],
                                name="fk_position_reports_fact_id_facts", ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("fact_id", name="pk_position_reports"),
    )
    op.create_table(
        "party_facts",
        sa.Column("entity_key", KEY, nullable=False),
        sa.Column("fact_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("date", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(["fact_id"], ["facts.id"],
                                name="fk_party_facts_fact_id_facts", ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("entity_key", "fact_id", name="pk_party_facts"),
    )
    op.create_index("ix_party_facts_fact_id", "party_facts", ["fact_id"])
    op.create_index("ix_party_facts_entity_key_kind_date", "party_facts",
                    ["entity_key", "kind", "date", "fact_id"])
    op.create_table(
        "pair_edges",
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("sector", KEY, nullable=False),
        sa.Column("source", KEY, nullable=False),
        sa.Column("target", KEY, nullable=False),
        _counter("documents"), _counter("facts"),
        sa.Column("confidence", sa.Float(), nullable=True),
        sa.PrimaryKeyConstraint("kind", "sector", "source", "target", name="pk_pair_edges"),
    )
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        for name, table, columns in PG_INDEXES:
            op.execute(f"CREATE INDEX {name} ON {table} ({columns})")
    summaries.rebuild(bind, effective_dates=False)  # the column comes with 0008
    op.execute("ANALYZE")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for name, _table, _columns in reversed(PG_INDEXES):
            op.execute(f"DROP INDEX {name}")
    op.drop_index("ix_party_facts_entity_key_kind_date", table_name="party_facts")
    op.drop_index("ix_party_facts_fact_id", table_name="party_facts")
    for table in ("pair_edges", "party_facts", "position_reports", "entity_sectors", "entity_partners", "entity_counts"):
        op.drop_table(table)
