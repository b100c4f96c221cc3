"""A fact's effective date: the date the period filters compare, fixed when it is created.

Users mean by a fact's date its own (the event date, the figure period); a year-less
own date (`--04-15`) takes the year of the publication of the document the fact was
first read in, and a fact without a date takes that publication date whole. Both the
own date and that first document are fixed when the fact row is created, so the value
is kept in `facts.effective_date` (migration 0008, indexed with the kind): a period
then reads only the facts inside it instead of joining every fact with its document.

`effective_date` computes it in Python (the write path, `corroboration`), and
`effective_date_sql` in SQL, from the first document's row (the migration and
`summaries.rebuild`, which fill the column for rows written around the repository);
the two give the same text for every input, NULLs included.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, ScalarSelect, String, case, func, select, type_coerce, update
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from coopwatch.store.models import DocumentRow, FactRow


def effective_date(own: str | None, published: str | None) -> str | None:
    """The effective date of a fact with date `own`, first read in a document published
    on `published` (either may be missing)."""
    if own is None:
        return published
    if own.startswith("--"):
        return None if published is None else published[:4] + own[1:]
    return own


def published_of_fact() -> ScalarSelect[str]:
    """The publication date of the document a fact was first read in."""
    return (select(DocumentRow.published).where(DocumentRow.id == FactRow.document_id)
            .correlate(FactRow).scalar_subquery())


def effective_date_sql() -> ColumnElement[str]:
    """`effective_date` as an SQL expression over a fact row and its first document."""
    published = published_of_fact()
    year: ColumnElement[str] = func.substr(published, 1, 4)
    with_year = type_coerce(year, String).concat(func.substr(FactRow.date, 2))
    return case((FactRow.date.is_(None), published),
                (FactRow.date.like("--%"), with_year), else_=FactRow.date)


def fill_effective_dates(session: Session | Connection, *, only_missing: bool = True) -> int:
    """Set `facts.effective_date` from the fact's own date and first document (only where
    it is still NULL, unless `only_missing` is False); returns the rows updated."""
    statement = update(FactRow).values(effective_date=effective_date_sql())
    if only_missing:
        statement = statement.where(FactRow.effective_date.is_(None))
    result = session.execute(statement.execution_options(synchronize_session=False))
    return int(getattr(result, "rowcount", 0) or 0)
