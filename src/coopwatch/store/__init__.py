"""The store: document cards and their entities and facts in a SQL database.

`models` declares the tables, `db` connects and migrates (SQLite with WAL by default,
PostgreSQL when the URL names one), `repository` writes them and `read` answers
questions (one module per concern: documents, facts, entities, graph, search; the
answer types in `read.results`, the parameter checks in `read.filters`). Saving a card
goes through `reprints` (MinHash/LSH groups of near-duplicates), `entities` (one row per
entity across documents, organizations merged by name), `corroboration` (one row per
fact with its sources, keyed by `fact_keys`) and `search` (lemmas in FTS5 / a `russian`
tsvector).

Functions for writers and readers (all keyword-only, over a `Session`; the caller owns
the transaction):

    repository.save_document(session, *, doc, reprints=None, terms=None) -> SaveResult
        reprints: one `reprints.ReprintIndex.load(session)` per ingest batch;
        terms: one `search.SearchTerms.load(toolkit.morph)` per process.
    repository.find_by_text(session, *, text) -> str | None
    repository.save_rejection(session, *, rejection) -> bool
    repository.reindex_documents(session, *, terms=None) -> int
        signatures and search entries for documents stored before migration 0002
    read.get_card(session, *, doc_id) -> Document | None
    read.list_documents(session, *, limit=50, offset=0, on_topic=None)
        -> list[DocumentSummary]
    read.count_documents(session, *, on_topic=None) -> int
    read.list_entities(session, *, type=None, limit=50, offset=0) -> list[EntitySummary]
    read.positions_of(session, *, key) -> list[PositionHeld]
        a person's positions, or the positions held in a region/country/organization,
        ordered by the first publication reporting them
    read.sources_of(session, *, fact_id) -> list[FactSource]
    read.list_reprint_groups(session, *, min_size=2, limit=50, offset=0)
        -> list[ReprintGroup]
    read.counts(session) -> StoreCounts
    read.list_events / list_figures / find_entities / entity_profile /
        cooperation_graph / search_documents: the pages the API and `coopwatch query` show
    search.search(session, *, query, limit=20, offset=0, terms=None) -> list[SearchHit]
        SearchHit(doc_id, title, snippet, score); every word of the query must occur

Fact rows (`models.FactRow`) are one per fact across documents: `corroboration` is the
number of documents reporting it, `group_count` the number of distinct reprint groups
among them; `fact_sources` links a fact to each document (use it, not
`facts.document_id`, to list a document's facts); `evidence.document_id` says which
text an evidence range points into.

`summaries` keeps what profiles and the graph read instead of scanning an entity's
facts (migration 0007): per-entity counts, partners, sectors, facts newest first,
positions' sources, and the graph's edges per fact kind and sector; `save_document`
adds to them, `summaries.rebuild(session)` counts them again (`coopwatch summaries`).

`watch` keeps the state of `coopwatch watch` and `fetch` (sources, article URLs,
versions of a changed article) and `searches` the saved searches whose new facts
`read.new_facts` lists (migration 0006).

Cards version 2 (migration 0003): `documents.on_topic` / `relevance_score` hold the
card's relevance, `fact_sources.confidence` what each source's card gave a fact, and
`facts.confidence` the highest of those (`corroboration` says why); all null for
version-1 cards. The fact filters take `min_confidence` and `on_topic`
(`read.QualityFilters`).
"""
