"""One article by its address: fetched (conditionally when known), read as ingest reads
an HTML page, stored through the ingest service, and recorded as a watched URL.

An article already read is not fetched again, unless its source lists it with another
date (then conditionally), its last fetch failed for a passing reason, or it is asked
for by name (`coopwatch fetch`). A text that changed is stored as a new document and
linked as the URL's next version; the same text again stores nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from coopwatch.ingest.documents import build_document
from coopwatch.ingest.readers import RawDocument
from coopwatch.parallel import PipelineFn
from coopwatch.records import Document, Rejection
from coopwatch.service.ingest import ingest_document
from coopwatch.settings import Settings
from coopwatch.store import repository
from coopwatch.store import watch as state
from coopwatch.store.db import Database
from coopwatch.store.reprints import ReprintIndex
from coopwatch.watch.decoding import page_text
from coopwatch.watch.fetcher import Fetched, Fetcher, Validators
from coopwatch.watch.listings import Listed

RETRIED = frozenset({"timeout", "network_error", "http_error"})  # worth another try later


@dataclass(frozen=True)
class ArticleOutcome:
    """What became of one article URL.

    `stored` (a new document), `new_version` (a changed text, stored as a new version),
    `unchanged` (fetched again, same text or 304), `known` (not fetched: already read),
    `duplicate` (the text is already stored: under another address, or by a run cut
    short before it recorded this URL, which is then recorded), `rejected` (by ingest or
    the pipeline) or `failed` (the fetch failed: `reason` is the fetch status).
    """

    url: str
    status: str
    doc_id: str | None = None
    reason: str = ""
    detail: str = ""

    @property
    def stored(self) -> bool:
        return self.status in ("stored", "new_version")


@dataclass
class ArticleReader:
    """Reads articles into the store; one per process, with one reprint index."""

    settings: Settings
    database: Database
    fetcher: Fetcher
    pipeline: PipelineFn
    reprints: ReprintIndex | None = field(default=None, repr=False)

    def read(self, listed: Listed, *, source: str | None = None,
             force: bool = False) -> ArticleOutcome:
        """Fetch, ingest and record one listed article (see the module's docstring)."""
        with self.database.sessions() as session:
            known = state.known_url(session, url=listed.url)
        if known is not None and not force and not _worth_reading(known, listed):
            return ArticleOutcome(listed.url, "known", doc_id=known.document_id)
        validators = (Validators(known.etag, known.last_modified)
                      if known is not None and known.content_hash else Validators())
        fetched = self.fetcher.get(listed.url, validators)
        if fetched.status == "not_modified" and known is not None:
            self._record(listed, source, known.status, fetched)
            return ArticleOutcome(listed.url, "unchanged", doc_id=known.document_id)
        if not fetched.ok:
            self._record(listed, source, "failed", fetched, detail=fetched.status)
            return ArticleOutcome(listed.url, "failed", reason=fetched.status,
                                  detail=fetched.detail)
        return self._ingest(listed, source, fetched, known)

    def _ingest(self, listed: Listed, source: str | None, fetched: Fetched,
                known: state.KnownUrl | None) -> ArticleOutcome:
        doc = self._document(listed, fetched)
        if isinstance(doc, Rejection):
            return self._rejected(listed, source, fetched, doc)
        digest = repository.content_hash(doc.text)
        if known is not None and known.content_hash == digest:
            self._record(listed, source, known.status, fetched)
            return ArticleOutcome(listed.url, "unchanged", doc_id=known.document_id)
        outcome = ingest_document(doc, database=self.database, pipeline=self.pipeline,
                                  reprints=self._reprints())
        if outcome.status == "rejected":
            return self._rejected(listed, source, fetched,
                                  Rejection(listed.url, outcome.reason, outcome.detail))
        version = (known.version if known is not None else 0) + 1
        with self.database.sessions.begin() as session:
            adopt = outcome.status == "stored" or not state.has_version(
                session, document_id=outcome.doc_id or "")
            url_id = state.record_url(
                session, url=listed.url, source=source,
                status="stored" if adopt else "duplicate",
                content_hash=digest, document_id=outcome.doc_id, listed_date=listed.date,
                etag=fetched.validators.etag, last_modified=fetched.validators.last_modified,
                version=version if adopt else None)
            if adopt and outcome.doc_id:
                state.link_version(session, url_id=url_id, document_id=outcome.doc_id,
                                   version=version)
        status = ("duplicate" if outcome.status == "duplicate"
                  else "stored" if version == 1 else "new_version")
        return ArticleOutcome(listed.url, status, doc_id=outcome.doc_id)

    def _document(self, listed: Listed, fetched: Fetched) -> Document | Rejection:
        text = page_text(fetched.body, fetched.content_type)
        if text is None:
            return Rejection(listed.url, "bad_encoding", "no charset named or detected fits")
        html = "text/plain" not in (fetched.content_type or "")
        raw = RawDocument(name=listed.url, path=listed.url, body=text, html=html,
                          url=listed.url, title=listed.title, published=listed.published)
        return build_document(raw, self.settings)

    def _rejected(self, listed: Listed, source: str | None, fetched: Fetched,
                  rejection: Rejection) -> ArticleOutcome:
        with self.database.sessions.begin() as session:
            repository.save_rejection(session, rejection=rejection)
        self._record(listed, source, "rejected", fetched, detail=rejection.reason)
        return ArticleOutcome(listed.url, "rejected", reason=rejection.reason,
                              detail=rejection.detail)

    def _record(self, listed: Listed, source: str | None, status: str, fetched: Fetched, *,
                detail: str = "") -> None:
        with self.database.sessions.begin() as session:
            state.record_url(session, url=listed.url, source=source, status=status,
                             detail=detail, listed_date=listed.date,
                             etag=fetched.validators.etag,
                             last_modified=fetched.validators.last_modified)

    def _reprints(self) -> ReprintIndex:
        if self.reprints is None:
            with self.database.sessions() as session:
                self.reprints = ReprintIndex.load(session)
        return self.reprints


def _worth_reading(known: state.KnownUrl, listed: Listed) -> bool:
    """A known URL is read again when listed with a new date or when it failed in passing."""
    if known.status == "failed" and known.detail in RETRIED:
        return True
    return listed.date is not None and listed.date != known.listed_date
