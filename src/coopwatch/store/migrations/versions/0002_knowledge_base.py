"""Knowledge base across documents: reprint groups, signatures, fact sources, search.

Revision ID: 0002
Revises: 0001
Create Date: 2025-02-01

- `reprint_groups` and `documents.group_id`: every stored document gets a group of its
  own; later near-duplicates join it.
- `document_signatures`: MinHash signatures (empty for documents stored before this
  revision until `repository.reindex_documents` fills them).
- `entity_names`: normalized names of organizations, filled here from their names and
  aliases.
- `facts.fact_key`, `corroboration`, `group_count` and `fact_sources`; `evidence`
  gets the document it points into. Existing facts get a key of their own
  (`legacy-<id>`) and their document as their only source: they merge with nothing.
- `document_search`: an FTS5 table on SQLite, a table with a generated `tsvector`
  (`russian` configuration) and a GIN index on PostgreSQL.
"""

from __future__ import annotations

import re

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

KEY = sa.String(length=255)
QUOTES = re.compile(r"[«»\"„“”']")

SQLITE_SEARCH = (
    "CREATE VIRTUAL TABLE document_search USING fts5("
    "document_id UNINDEXED, lemmas, tokenize = 'unicode61')"
)
POSTGRESQL_SEARCH = (
    "CREATE TABLE document_search ("
    " document_id VARCHAR(64) PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,"
    " lemmas TEXT NOT NULL,"
    " vector TSVECTOR GENERATED ALWAYS AS (to_tsvector('russian', lemmas)) STORED)"
)
POSTGRESQL_SEARCH_INDEX = (
    "CREATE INDEX ix_document_search_vector ON document_search USING GIN (vector)"
)


def _normalized(name: str) -> str:
    """Frozen copy of `coopwatch.store.entities.normalized_name` as of this revision."""
    return " ".join(QUOTES.sub(" ", name).replace("ё", "е").replace("Ё", "Е").casefold().split())


def upgrade() -> None:
    _reprint_groups()
    _signatures()
    _entity_names()
    _fact_sources()
    _search()


def _reprint_groups() -> None:
    op.create_table(
        "reprint_groups",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("canonical_document_id", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_reprint_groups"),
    )
    with op.batch_alter_table("documents") as batch:
        batch.add_column(sa.Column("group_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(
            "fk_documents_group_id_reprint_groups", "reprint_groups", ["group_id"], ["id"],
            ondelete="SET NULL",
        )
        batch.create_index("ix_documents_group_id", ["group_id"])
    op.execute(
        "INSERT INTO reprint_groups (canonical_document_id, created_at) "
        "SELECT id, ingested_at FROM documents"
    )
    op.execute(
        "UPDATE documents SET group_id = (SELECT g.id FROM reprint_groups g "
        "WHERE g.canonical_document_id = documents.id)"
    )


def _signatures() -> None:
    op.create_table(
        "document_signatures",
        sa.Column("document_id", sa.String(length=64), nullable=False),
        sa.Column("num_perm", sa.Integer(), nullable=False),
        sa.Column("hashvalues", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"], ["documents.id"],
            name="fk_document_signatures_document_id_documents", ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("document_id", name="pk_document_signatures"),
    )


def _entity_names() -> None:
    names = op.create_table(
        "entity_names",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("type", sa.String(length=8), nullable=False),
        sa.Column("norm", KEY, nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["entity_id"], ["entities.id"], name="fk_entity_names_entity_id_entities",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_entity_names"),
        sa.UniqueConstraint("type", "norm", name="uq_entity_names_type_norm"),
    )
    op.create_index("ix_entity_names_entity_id", "entity_names", ["entity_id"])
    rows = op.get_bind().execute(sa.text(
        "SELECT e.id, e.name AS name FROM entities e WHERE e.type = 'ORG' "
        "UNION ALL SELECT e.id, a.alias AS name FROM entities e "
        "JOIN entity_aliases a ON a.entity_id = e.id WHERE e.type = 'ORG' ORDER BY 1"
    )).all()
    claimed: dict[str, int] = {}
    for entity_id, name in rows:
        claimed.setdefault(_normalized(name), entity_id)
    op.bulk_insert(names, [
        {"type": "ORG", "norm": norm, "entity_id": entity_id}
        for norm, entity_id in claimed.items() if norm
    ])


def _fact_sources() -> None:
    with op.batch_alter_table("facts") as batch:
        batch.add_column(sa.Column("fact_key", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("corroboration", sa.Integer(), nullable=False,
                                   server_default="1"))
        batch.add_column(sa.Column("group_count", sa.Integer(), nullable=False,
                                   server_default="1"))
    op.execute("UPDATE facts SET fact_key = 'legacy-' || CAST(id AS VARCHAR(20))")
    with op.batch_alter_table("facts") as batch:
        batch.alter_column("fact_key", existing_type=sa.String(length=64), nullable=False)
        batch.create_unique_constraint("uq_facts_fact_key", ["fact_key"])
    op.create_table(
        "fact_sources",
        sa.Column("fact_id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.String(length=64), nullable=False),
        sa.Column("ordinal", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["fact_id"], ["facts.id"],
                                name="fk_fact_sources_fact_id_facts", ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["document_id"], ["documents.id"],
                                name="fk_fact_sources_document_id_documents",
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("fact_id", "document_id", name="pk_fact_sources"),
    )
    op.create_index("ix_fact_sources_document_id", "fact_sources", ["document_id"])
    op.execute(
        "INSERT INTO fact_sources (fact_id, document_id, ordinal) "
        "SELECT id, document_id, ordinal FROM facts"
    )
    with op.batch_alter_table("evidence") as batch:
        batch.add_column(sa.Column("document_id", sa.String(length=64), nullable=True))
    op.execute(
        "UPDATE evidence SET document_id = "
        "(SELECT f.document_id FROM facts f WHERE f.id = evidence.fact_id)"
    )
    with op.batch_alter_table("evidence") as batch:
        batch.alter_column("document_id", existing_type=sa.String(length=64), nullable=False)
        batch.create_foreign_key(
            "fk_evidence_document_id_documents", "documents", ["document_id"], ["id"],
            ondelete="CASCADE",
        )
        batch.create_index("ix_evidence_document_id", ["document_id"])


def _search() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute(SQLITE_SEARCH)
    else:
        op.execute(POSTGRESQL_SEARCH)
        op.execute(POSTGRESQL_SEARCH_INDEX)


def downgrade() -> None:
    op.execute("DROP TABLE IF EXISTS document_search")
    with op.batch_alter_table("evidence") as batch:
        batch.drop_index("ix_evidence_document_id")
        batch.drop_constraint("fk_evidence_document_id_documents", type_="foreignkey")
        batch.drop_column("document_id")
    op.drop_table("fact_sources")
    with op.batch_alter_table("facts") as batch:
        batch.drop_constraint("uq_facts_fact_key", type_="unique")
        batch.drop_column("group_count")
        batch.drop_column("corroboration")
        batch.drop_column("fact_key")
    op.drop_table("entity_names")
    op.drop_table("document_signatures")
    with op.batch_alter_table("documents") as batch:
        batch.drop_index("ix_documents_group_id")
        batch.drop_constraint("fk_documents_group_id_reprint_groups", type_="foreignkey")
        batch.drop_column("group_id")
    op.drop_table("reprint_groups")
