"""The store: document cards and their entities and facts in a SQL database.

`models` declares the tables, `db` connects and migrates (SQLite with WAL by default,
PostgreSQL when the URL names one), `repository` is the one place that reads and writes
them (the CLI and the web layer both call it). Saving a card goes through `reprints`
(MinHash/LSH groups of near-duplicates), `entities` (one row per entity across
documents, organizations merged by name), `corroboration` (one row per fact with its
sources, keyed by `fact_keys`) and `search` (lemmas in FTS5 / a `russian` tsvector).

Functions for readers (all keyword-only, over a `Session`; the caller owns the
transaction):

    repository.save_document(session, *, doc, reprints=None, terms=None) -> SaveResult
        reprints: one `reprints.ReprintIndex.load(session)` per ingest batch;
        terms: one `search.SearchTerms.load(toolkit.morph)` per process.
    repository.find_by_text(session, *, text) -> str | None
    repository.get_card(session, *, doc_id) -> Document | None
    repository.list_documents(session, *, limit=50, offset=0) -> list[DocumentSummary]
    repository.list_entities(session, *, type=None, limit=50, offset=0)
        -> list[EntitySummary]
    repository.positions_of(session, *, key) -> list[PositionHeld]
        a person's positions, or the positions held in a region/country/organization,
        ordered by the first publication reporting them
    repository.sources_of(session, *, fact_id) -> list[FactSource]
    repository.list_reprint_groups(session, *, min_size=2, limit=50, offset=0)
        -> list[ReprintGroup]
    repository.counts(session) -> StoreCounts
    repository.reindex_documents(session, *, terms=None) -> int
        signatures and search entries for documents stored before migration 0002
    search.search(session, *, query, limit=20, offset=0, terms=None) -> list[SearchHit]
        SearchHit(doc_id, title, snippet, score); every word of the query must occur

Fact rows (`models.FactRow`) are one per fact across documents: `corroboration` is the
number of documents reporting it, `group_count` the number of distinct reprint groups
among them; `fact_sources` links a fact to each document (use it, not
`facts.document_id`, to list a document's facts); `evidence.document_id` says which
text an evidence range points into.
"""
