"""Watching news sources, and saved searches.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03

- `watch_sources`: per source of `coopwatch watch`, its validators (ETag,
  Last-Modified) and its last fetch, success, error, counts and next run.
- `watch_urls`: each article URL seen, with the hash of its cleaned text, the document
  stored for it (or why none was) and its own validators.
- `document_versions`: which document is which version of the text at a watched URL.
- `saved_searches`: a named query over events or figures, served as an Atom feed.

New tables only; nothing stored before is touched.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

KEY = sa.String(length=255)


def _when(name: str, nullable: bool = True) -> sa.Column[object]:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "watch_sources",
        sa.Column("name", KEY, nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("etag", sa.Text(), nullable=True),
        sa.Column("last_modified", sa.String(length=64), nullable=True),
        _when("last_fetch_at"), _when("last_success_at"),
        sa.Column("last_status", sa.String(length=32), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        _when("last_error_at"),
        sa.Column("new_documents", sa.Integer(), nullable=False),
        sa.Column("documents", sa.Integer(), nullable=False),
        sa.Column("errors", sa.Integer(), nullable=False),
        _when("next_run_at"),
        sa.PrimaryKeyConstraint("name", name="pk_watch_sources"),
    )
    op.create_table(
        "watch_urls",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("url_hash", sa.String(length=64), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("source", KEY, nullable=True),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=True),
        sa.Column("document_id", sa.String(length=64), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("listed_date", sa.String(length=32), nullable=True),
        sa.Column("etag", sa.Text(), nullable=True),
        sa.Column("last_modified", sa.String(length=64), nullable=True),
        _when("first_seen_at", nullable=False), _when("fetched_at", nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_watch_urls"),
        sa.UniqueConstraint("url_hash", name="uq_watch_urls_url_hash"),
    )
    op.create_index("ix_watch_urls_source", "watch_urls", ["source"])
    op.create_table(
        "document_versions",
        sa.Column("document_id", sa.String(length=64), nullable=False),
        sa.Column("url_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        _when("stored_at", nullable=False),
        sa.ForeignKeyConstraint(["document_id"], ["documents.id"],
                                name="fk_document_versions_document_id_documents",
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["url_id"], ["watch_urls.id"],
                                name="fk_document_versions_url_id_watch_urls",
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("document_id", name="pk_document_versions"),
    )
    op.create_index("ix_document_versions_url_id", "document_versions", ["url_id"])
    op.create_table(
        "saved_searches",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", KEY, nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("filters", sa.JSON().with_variant(postgresql.JSONB(), "postgresql"),
                  nullable=False),
        _when("created_at", nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_saved_searches"),
        sa.UniqueConstraint("name", name="uq_saved_searches_name"),
    )


def downgrade() -> None:
    op.drop_table("saved_searches")
    op.drop_index("ix_document_versions_url_id", table_name="document_versions")
    op.drop_table("document_versions")
    op.drop_index("ix_watch_urls_source", table_name="watch_urls")
    op.drop_table("watch_urls")
    op.drop_table("watch_sources")
