"""Each fact's effective date, kept and indexed for the period filters.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03

- `facts.effective_date`: the date a period filter compares (`store.fact_dates`): the
  fact's own date; a year-less one (`--04-15`) with the year of the first document's
  publication; none at all, that publication date. Both parts are fixed when the fact
  is created, so the column is filled here once from the stored rows and then by the
  write path (`corroboration`) and `summaries.rebuild` (bulk loads).
- `facts(kind, effective_date)`: the facts of a kind within a period are one index
  range, where before each fact of the kind was joined with its first document.

A column added, filled and indexed, then `ANALYZE`, all in the migration's one
transaction (`env.py`): a kill leaves the store at 0007.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from coopwatch.store.fact_dates import fill_effective_dates

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

INDEX = "ix_facts_kind_effective_date"


def upgrade() -> None:
    op.add_column("facts", sa.Column("effective_date", sa.String(length=32), nullable=True))
    fill_effective_dates(op.get_bind())
    op.create_index(INDEX, "facts", ["kind", "effective_date"])
    op.execute("ANALYZE facts")


def downgrade() -> None:
    op.drop_index(INDEX, table_name="facts")
    with op.batch_alter_table("facts") as batch:
        batch.drop_column("effective_date")
