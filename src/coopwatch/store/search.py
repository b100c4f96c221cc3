"""Full-text search with Russian morphology: the index side and the query.

A text becomes search terms word by word: razdel tokens, pymorphy3 lemmas, `ё` read as
`е`, and a lemma of a word family (`data/search_word_families.tsv`) read as its
family's first lemma, so that «поставки тракторов» finds «поставляет трактора».
The terms go to `document_search`, which the migrations make per dialect: an FTS5
table on SQLite (queried with MATCH, ranked by bm25), a generated `tsvector` with the
`russian` configuration and a GIN index on PostgreSQL (queried with
`plainto_tsquery('russian', …)`, ranked by `ts_rank`). Every query term must occur.
Only the `RANKED_MATCHES` (1,000) matches indexed last are ranked and paged: a word
found in tens of thousands of documents would otherwise cost a rank of each.
The snippet is cut from the original text around the first word that matched.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from razdel import tokenize
from sqlalchemy import text
from sqlalchemy.orm import Session

from coopwatch.nlp.morph import Morph
from coopwatch.store.models import POSTGRESQL_ONLY_INDEXES

if TYPE_CHECKING:  # Alembic is imported when a migration runs, not with the store
    from alembic.runtime.environment import NameFilterParentNames, NameFilterType

SEARCH_TABLE = "document_search"
FAMILIES_FILE = "search_word_families.tsv"
SNIPPET_BEFORE = 80
SNIPPET_AFTER = 160

# A common word matches tens of thousands of documents, and ranking every one of them
# (bm25 / ts_rank) was most of a cold search. So a search ranks the RANKED_MATCHES
# matches indexed last (FTS5's rowid on SQLite, `seq` on PostgreSQL: both grow as
# documents are indexed), all of them when fewer match; older matches are left out and
# the answer says so (`SearchMatches.more`).
RANKED_MATCHES = 1000

# The newest matches, up to one more than are ranked (to know whether any were left out).
SQLITE_NEWEST = text(
    "SELECT rowid FROM document_search WHERE document_search MATCH :query "
    "ORDER BY rowid DESC LIMIT :count")
POSTGRESQL_NEWEST = text(
    "SELECT s.seq FROM document_search s, plainto_tsquery('russian', :query) AS q(query) "
    "WHERE s.vector @@ q.query ORDER BY s.seq DESC LIMIT :count")
# The best page of the ranked matches is chosen in the full-text table alone, and only
# its documents are read: joining the documents first would carry every match's text
# through the sort.
SQLITE_QUERY = text(
    "SELECT d.id AS doc_id, d.title AS title, d.text AS body, best.score AS score FROM ("
    "SELECT document_id, -bm25(document_search) AS score FROM document_search "
    "WHERE document_search MATCH :query AND rowid >= :lowest "
    "ORDER BY score DESC, document_id "
    "LIMIT :limit OFFSET :offset) AS best JOIN documents d ON d.id = best.document_id "
    "ORDER BY best.score DESC, d.id"
)
POSTGRESQL_QUERY = text(
    "SELECT d.id AS doc_id, d.title AS title, d.text AS body, best.score AS score FROM ("
    "SELECT s.document_id, ts_rank(s.vector, q.query) AS score "
    "FROM document_search s, plainto_tsquery('russian', :query) AS q(query) "
    "WHERE s.vector @@ q.query AND s.seq >= :lowest ORDER BY score DESC, s.document_id "
    "LIMIT :limit OFFSET :offset) AS best JOIN documents d ON d.id = best.document_id "
    "ORDER BY best.score DESC, d.id"
)


def is_search_table(name: str) -> bool:
    """The full-text table or one of FTS5's shadow tables (`document_search_data`, …)."""
    return name == SEARCH_TABLE or name.startswith(SEARCH_TABLE + "_")


def autogenerate_includes(
    name: str | None, type_: NameFilterType, _parents: NameFilterParentNames
) -> bool:
    """Alembic `include_name`: compare every table but the full-text ones, and every
    index but PostgreSQL's sort-order ones (`models.POSTGRESQL_ONLY_INDEXES`)."""
    if type_ == "index" and name in POSTGRESQL_ONLY_INDEXES:
        return False
    return not (type_ == "table" and name is not None and is_search_table(name))


@dataclass(frozen=True)
class SearchHit:
    doc_id: str
    title: str | None
    snippet: str
    score: float

    def to_json(self) -> dict[str, Any]:
        return {"doc_id": self.doc_id, "title": self.title, "snippet": self.snippet,
                "score": self.score}


@dataclass(frozen=True)
class Term:
    """A search term and the character range of the word it comes from."""

    term: str
    start: int
    stop: int


def load_families(name: str = FAMILIES_FILE) -> dict[str, str]:
    """Each lemma of a family -> the family's first lemma."""
    lines = resources.files("coopwatch.data").joinpath(name).read_text(encoding="utf-8")
    heads: dict[str, str] = {}
    for line in lines.splitlines():
        words = [word.strip() for word in line.split("\t") if word.strip()]
        if words and not line.startswith("#"):
            heads.update({word: words[0] for word in words})
    return heads


@dataclass(frozen=True)
class SearchTerms:
    """Turns text into search terms; the same for documents and queries."""

    morph: Morph
    families: dict[str, str]

    @classmethod
    def load(cls, morph: Morph | None = None) -> SearchTerms:
        return cls(morph=morph or Morph.load(), families=load_families())

    def terms(self, text: str) -> Iterator[Term]:
        for token in tokenize(text):
            if any(char.isalnum() for char in token.text):
                yield Term(self.term(token.text), token.start, token.stop)

    def term(self, word: str) -> str:
        lemma = self.morph.lemma(word.lower()).replace("ё", "е")
        return self.families.get(lemma, lemma)

    def line(self, text: str) -> str:
        """The text as one line of terms, as the index stores it."""
        return " ".join(term.term for term in self.terms(text))


@cache
def default_terms() -> SearchTerms:
    """Search terms with a morphology loaded once per process."""
    return SearchTerms.load()


def index_document(
    session: Session, *, doc_id: str, title: str | None, body: str, terms: SearchTerms
) -> None:
    """Put a document's title and text in the full-text index (replacing any entry)."""
    lemmas = terms.line(f"{title or ''}\n{body}")
    params = {"doc_id": doc_id, "lemmas": lemmas}
    session.execute(text(f"DELETE FROM {SEARCH_TABLE} WHERE document_id = :doc_id"), params)
    session.execute(
        text(f"INSERT INTO {SEARCH_TABLE} (document_id, lemmas) VALUES (:doc_id, :lemmas)"),
        params,
    )


@dataclass(frozen=True)
class SearchMatches:
    """The matches a search ranks: how many (`ranked`, at most `RANKED_MATCHES`),
    whether older matches were left out (`more`), and the lowest index position among
    them (`lowest`, 0 when none were left out)."""

    ranked: int
    more: bool
    lowest: int


def query_terms(query: str, terms: SearchTerms) -> list[str]:
    """The distinct search terms of a query, in order."""
    return list(dict.fromkeys(term.term for term in terms.terms(query)))


def _match(wanted: list[str], sqlite: bool) -> str:
    return " ".join(f'"{word}"' for word in wanted) if sqlite else " ".join(wanted)


def _is_sqlite(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


def ranked_matches(session: Session, wanted: list[str],
                   bound: int | None = None) -> SearchMatches:
    """Which matches of the terms a search ranks: the `bound` (`RANKED_MATCHES`)
    indexed last."""
    bound = bound or RANKED_MATCHES
    sqlite = _is_sqlite(session)
    statement = SQLITE_NEWEST if sqlite else POSTGRESQL_NEWEST
    positions = list(session.scalars(
        statement, {"query": _match(wanted, sqlite), "count": bound + 1}))
    more = len(positions) > bound
    return SearchMatches(ranked=min(len(positions), bound), more=more,
                         lowest=positions[bound - 1] if more else 0)


def search(
    session: Session, *, query: str, limit: int = 20, offset: int = 0,
    terms: SearchTerms | None = None, matches: SearchMatches | None = None,
) -> list[SearchHit]:
    """Documents containing every word of `query` in any form, best first among the
    `RANKED_MATCHES` indexed last (`matches`, found here when not given)."""
    terms = terms or default_terms()
    wanted = query_terms(query, terms)
    if not wanted:
        return []
    sqlite = _is_sqlite(session)
    matches = matches or ranked_matches(session, wanted)
    statement = SQLITE_QUERY if sqlite else POSTGRESQL_QUERY
    rows = session.execute(statement, {"query": _match(wanted, sqlite), "limit": limit,
                                       "offset": offset, "lowest": matches.lowest})
    return [
        SearchHit(doc_id=row.doc_id, title=row.title, score=float(row.score),
                  snippet=snippet(row.body, set(wanted), terms))
        for row in rows
    ]


def snippet(body: str, wanted: set[str], terms: SearchTerms) -> str:
    """A window of `body` around the first word whose term is wanted."""
    first = next((term for term in terms.terms(body) if term.term in wanted), None)
    if first is None:
        return " ".join(body[:SNIPPET_BEFORE + SNIPPET_AFTER].split())
    start, stop = _window(body, first)
    prefix = "…" if start > 0 else ""
    suffix = "…" if stop < len(body) else ""
    return prefix + " ".join(body[start:stop].split()) + suffix


def _window(body: str, word: Term) -> tuple[int, int]:
    """Some words before and after `word`, cut at spaces."""
    start = max(0, word.start - SNIPPET_BEFORE)
    stop = min(len(body), word.stop + SNIPPET_AFTER)
    if start > 0:
        space = body.find(" ", start, word.start)
        start = space + 1 if space >= 0 else word.start
    if stop < len(body):
        space = body.rfind(" ", word.stop, stop)
        stop = space if space >= 0 else stop
    return start, stop
