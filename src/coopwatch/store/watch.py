"""The state of `coopwatch watch` and `fetch`: sources, article URLs, versions.

Keyword-only functions over a Session; the caller owns the transaction. A source's
validators are written by `finish_pass` only, after every article of the pass is done,
so that a pass cut short is read in full again. An article URL is recorded after its
document is stored (`record_url`): a restart between the two reads the URL again, finds
its text stored and only records it. A changed text at a known URL is stored as a new
document and linked as the URL's next version (`link_version`).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from coopwatch.store.corroboration import recount
from coopwatch.store.models import (
    DocumentRow,
    DocumentVersionRow,
    FactSourceRow,
    ReprintGroupRow,
    WatchSourceRow,
    WatchUrlRow,
    utc_now,
)


@dataclass(frozen=True)
class KnownUrl:
    """What is recorded of an article URL."""

    id: int
    url: str
    status: str
    detail: str
    content_hash: str | None
    document_id: str | None
    version: int
    listed_date: str | None
    etag: str | None
    last_modified: str | None


@dataclass(frozen=True)
class SourceStatus:
    """A source as the status page shows it."""

    name: str
    url: str
    last_fetch_at: datetime | None
    last_success_at: datetime | None
    last_status: str | None
    last_error: str | None
    last_error_at: datetime | None
    new_documents: int
    documents: int
    errors: int
    next_run_at: datetime | None
    etag: str | None
    last_modified: str | None


def url_hash(url: str) -> str:
    return hashlib.sha256(url.encode("utf-8")).hexdigest()


def known_url(session: Session, *, url: str) -> KnownUrl | None:
    row = session.scalars(select(WatchUrlRow).where(WatchUrlRow.url_hash == url_hash(url))).first()
    if row is None:
        return None
    return KnownUrl(id=row.id, url=row.url, status=row.status, detail=row.detail,
                    content_hash=row.content_hash,
                    document_id=row.document_id, version=row.version,
                    listed_date=row.listed_date, etag=row.etag,
                    last_modified=row.last_modified)


def record_url(
    session: Session, *, url: str, source: str | None, status: str, detail: str = "",
    content_hash: str | None = None, document_id: str | None = None,
    listed_date: str | None = None, etag: str | None = None,
    last_modified: str | None = None, version: int | None = None,
) -> int:
    """Create or update the URL's record; its id. `content_hash`, `document_id` and the
    validators keep their old values when None is given."""
    row = session.scalars(select(WatchUrlRow).where(WatchUrlRow.url_hash == url_hash(url))).first()
    if row is None:
        row = WatchUrlRow(url_hash=url_hash(url), url=url, version=0, detail="")
        session.add(row)
    row.source = source or row.source
    row.status, row.detail, row.fetched_at = status, detail, utc_now()
    row.listed_date = listed_date or row.listed_date
    row.content_hash = content_hash or row.content_hash
    row.document_id = document_id or row.document_id
    row.etag = etag or row.etag
    row.last_modified = last_modified or row.last_modified
    row.version = row.version if version is None else version
    session.flush()
    return row.id


def link_version(session: Session, *, url_id: int, document_id: str, version: int) -> None:
    """Record `document_id` as the `version`-th text of the URL. From the second version
    on, the document joins the reprint group of the first, and its facts are recounted:
    two versions of one article are one independent source."""
    session.add(DocumentVersionRow(document_id=document_id, url_id=url_id, version=version))
    session.flush()
    first = session.scalar(
        select(DocumentRow.group_id).join(DocumentVersionRow,
                                          DocumentVersionRow.document_id == DocumentRow.id)
        .where(DocumentVersionRow.url_id == url_id).order_by(DocumentVersionRow.version)
        .limit(1))
    row = session.get(DocumentRow, document_id)
    if row is None or first is None or row.group_id == first:
        return
    left = row.group_id
    row.group_id = first
    session.flush()
    if left is not None and session.scalar(
            select(DocumentRow.id).where(DocumentRow.group_id == left).limit(1)) is None:
        session.execute(delete(ReprintGroupRow).where(ReprintGroupRow.id == left))
    facts = session.scalars(select(FactSourceRow.fact_id)
                            .where(FactSourceRow.document_id == document_id)).all()
    recount(session, fact_ids=facts)


def has_version(session: Session, *, document_id: str) -> bool:
    """Whether the document is recorded as a version of some watched URL's text."""
    return session.get(DocumentVersionRow, document_id) is not None


def versions_of(session: Session, *, url: str) -> list[str]:
    """The documents stored for the texts read at `url`, first version first."""
    return list(session.scalars(
        select(DocumentVersionRow.document_id).join(
            WatchUrlRow, WatchUrlRow.id == DocumentVersionRow.url_id)
        .where(WatchUrlRow.url_hash == url_hash(url)).order_by(DocumentVersionRow.version)))


def source_status(session: Session, *, name: str) -> SourceStatus | None:
    row = session.get(WatchSourceRow, name)
    return _status(row) if row is not None else None


def source_statuses(session: Session) -> list[SourceStatus]:
    rows = session.scalars(select(WatchSourceRow).order_by(WatchSourceRow.name))
    return [_status(row) for row in rows]


def _status(row: WatchSourceRow) -> SourceStatus:
    return SourceStatus(
        name=row.name, url=row.url, last_fetch_at=row.last_fetch_at,
        last_success_at=row.last_success_at, last_status=row.last_status,
        last_error=row.last_error, last_error_at=row.last_error_at,
        new_documents=row.new_documents, documents=row.documents, errors=row.errors,
        next_run_at=row.next_run_at, etag=row.etag, last_modified=row.last_modified)


def finish_pass(
    session: Session, *, name: str, url: str, status: str, interval: int,
    new_documents: int = 0, error: str | None = None, etag: str | None = None,
    last_modified: str | None = None, save_validators: bool = False,
) -> None:
    """Record a pass over a source: when, how it went, what it stored, the next run.

    `status` is `ok`, `not_modified`, `stopped` (cut short) or a failure; the validators
    are saved only with `save_validators` (a complete pass). A source whose URL changed in
    the settings forgets its validators.
    """
    row = session.get(WatchSourceRow, name)
    if row is None:
        row = WatchSourceRow(name=name, url=url, new_documents=0, documents=0, errors=0)
        session.add(row)
    if row.url != url:
        row.url, row.etag, row.last_modified = url, None, None
    now = utc_now()
    row.last_fetch_at, row.last_status = now, status
    row.new_documents = new_documents
    row.documents = (row.documents or 0) + new_documents
    row.next_run_at = now + timedelta(seconds=interval)
    if error is not None:
        row.last_error, row.last_error_at = error, now
        row.errors = (row.errors or 0) + 1
    elif status != "stopped":
        row.last_success_at = now
    if save_validators:
        row.etag, row.last_modified = etag, last_modified
    session.flush()
