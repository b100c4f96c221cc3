"""Facts of a kind by date: an index for the newest-first pages of the explorer.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03

`facts(kind, date)`: a page of the newest events (figures, flows) reads the index in
order instead of sorting every fact of the kind.
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_facts_kind_date", "facts", ["kind", "date"])


def downgrade() -> None:
    op.drop_index("ix_facts_kind_date", table_name="facts")
