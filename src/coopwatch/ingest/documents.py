"""A raw document -> a cleaned Document with its source, or a Rejection with a reason."""

from __future__ import annotations

import hashlib
from dataclasses import replace

from coopwatch.ingest.characters import printable, strip_unsafe
from coopwatch.ingest.checks import text_problem
from coopwatch.ingest.clean import Cleaned, clean_text
from coopwatch.ingest.ids import id_problem
from coopwatch.ingest.published import find_published, normalize_date
from coopwatch.ingest.readers import RawDocument
from coopwatch.ingest.title import clean_title, headline
from coopwatch.ingest.webpage import Webpage, read_webpage
from coopwatch.records import Document, Rejection, Source
from coopwatch.settings import Settings

ID_HEX_CHARS = 16


def build_document(raw: RawDocument, settings: Settings) -> Document | Rejection:
    """Main text (for HTML), cleaning, checks, then id, title and publication date.

    Control characters and lone surrogates leave every field first; a given id that
    breaks the id rule (`ids`) rejects the input as `bad_id`.
    """
    raw = _hygienic(raw)
    bad_id = id_problem(raw.id) if raw.id is not None else None
    if raw.id is not None and bad_id:
        return Rejection(raw.name, "bad_id", f"{raw.id[:80]!r}: {bad_id}")
    page = read_webpage(raw.body) if raw.html else Webpage(text=raw.body)
    cleaned = clean_text(page.text)
    problem = text_problem(cleaned.text, settings)
    if problem:
        return Rejection(raw.name, *problem)
    return Document(
        id=raw.id or text_id(cleaned.text), text=cleaned.text,
        source=_source(raw, page, cleaned),
    )


def _hygienic(raw: RawDocument) -> RawDocument:
    return replace(
        raw, name=printable(raw.name), path=printable(raw.path), body=strip_unsafe(raw.body), id=_field(raw.id), url=_field(raw.url),
        title=_field(raw.title), published=_field(raw.published),
    )


def _field(value: str | None) -> str | None:
    return strip_unsafe(value) if value is not None else None


def _source(raw: RawDocument, page: Webpage, cleaned: Cleaned) -> Source:
    published = (
        normalize_date(raw.published) or page.published or cleaned.marker_date
        or find_published(cleaned.text)
    )
    title = clean_title(raw.title) or clean_title(page.title) or headline(cleaned.text)
    return Source(url=raw.url or page.url, path=raw.path, title=title, published=published)


def text_id(text: str) -> str:
    """A stable id from the cleaned text: the first 16 hex digits of its SHA-1."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:ID_HEX_CHARS]
