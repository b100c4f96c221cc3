"""A raw document -> a cleaned Document with its source, or a Rejection with a reason."""

from __future__ import annotations

import hashlib

from coopwatch.ingest.checks import text_problem
from coopwatch.ingest.clean import Cleaned, clean_text
from coopwatch.ingest.published import find_published, normalize_date
from coopwatch.ingest.readers import RawDocument
from coopwatch.ingest.title import clean_title, headline
from coopwatch.ingest.webpage import Webpage, read_webpage
from coopwatch.records import Document, Rejection, Source
from coopwatch.settings import Settings

ID_HEX_CHARS = 16


def build_document(raw: RawDocument, settings: Settings) -> Document | Rejection:
    """Main text (for HTML), cleaning, checks, then id, title and publication date."""
    page = read_webpage(raw.body) if raw.html else Webpage(text=raw.body)
    cleaned = clean_text(page.text)
    problem = text_problem(cleaned.text, settings)
    if problem:
        return Rejection(raw.name, *problem)
    return Document(
        id=raw.id or text_id(cleaned.text), text=cleaned.text,
        source=_source(raw, page, cleaned),
    )


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
