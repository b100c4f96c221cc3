"""A saved search's new facts as an Atom 1.0 feed (RFC 4287), written with lxml.

Each fact is an entry: its id is a tag URI of the fact's key (stable across
re-ingestion), its time when the fact was stored, its link the card of the document
that reported it first, its summary the evidence, its categories the fact's type (or
metric) and sectors. Addresses are absolute, from the request's base URL.
"""

from __future__ import annotations

from datetime import datetime

import lxml.etree

from coopwatch.store.read import Alert, EventItem
from coopwatch.store.searches import SavedSearch

ATOM = "http://www.w3.org/2005/Atom"
TAG_AUTHORITY = "tag:coopwatch,2026"
TITLE_CHARS = 140


def atom_feed(search: SavedSearch, alerts: list[Alert], *, base_url: str) -> bytes:
    """The feed document, UTF-8 with an XML declaration."""
    base = base_url.rstrip("/")
    feed = lxml.etree.Element(f"{{{ATOM}}}feed", nsmap={None: ATOM})
    feed.set("{http://www.w3.org/XML/1998/namespace}lang", "ru")
    _text(feed, "id", f"{TAG_AUTHORITY}:search/{search.name}")
    _text(feed, "title", f"coopwatch: {search.name}")
    _text(feed, "subtitle", f"Новые факты ({search.kind}) по сохранённому поиску «{search.name}»")
    newest = max((alert.stored_at for alert in alerts), default=search.created_at)
    _text(feed, "updated", _when(newest))
    _link(feed, f"{base}/api/feeds/{search.name}", "self", "application/atom+xml")
    _link(feed, f"{base}/", "alternate", "text/html")
    author = lxml.etree.SubElement(feed, f"{{{ATOM}}}author")
    _text(author, "name", "coopwatch")
    _text(feed, "generator", "coopwatch")
    for alert in alerts:
        _entry(feed, alert, base)
    return lxml.etree.tostring(feed, xml_declaration=True, encoding="utf-8", pretty_print=True)


def _entry(feed: lxml.etree._Element, alert: Alert, base: str) -> None:
    item = alert.item
    entry = lxml.etree.SubElement(feed, f"{{{ATOM}}}entry")
    _text(entry, "id", f"{TAG_AUTHORITY}:fact/{alert.fact_key}")
    _text(entry, "title", _title(alert))
    _text(entry, "updated", _when(alert.stored_at))
    if item.source.published:
        _text(entry, "published", _published(item.source.published))
    _link(entry, f"{base}/documents/{item.source.document_id}", "alternate", "text/html")
    evidence = " … ".join(span.text for span in item.evidence)
    _text(entry, "summary", evidence or item.source.document_title or "")
    terms = ([item.type, *item.sectors] if isinstance(item, EventItem)
             else [item.metric, item.kind])
    for term in dict.fromkeys(terms):
        lxml.etree.SubElement(entry, f"{{{ATOM}}}category", term=term)


def _title(alert: Alert) -> str:
    item = alert.item
    if isinstance(item, EventItem):
        head = f"{item.type}: {', '.join(item.participants)}"
        detail = item.title or (item.evidence[0].text if item.evidence else "")
        when = item.date
    else:
        head = f"{item.metric}: {', '.join(item.parties)}"
        amount = f"{item.value} {item.unit or ''}".strip() if item.value is not None else ""
        detail, when = amount, item.period
    text = " — ".join(part for part in (head, when, detail) if part)
    return text if len(text) <= TITLE_CHARS else text[: TITLE_CHARS - 1] + "…"


def _published(date: str) -> str:
    """A partial ISO date (2025, 2025-05, 2025-05-12) as an RFC 3339 time, at its start."""
    parts = [*date[:10].split("-"), "01", "01"][:3]
    return f"{parts[0]}-{parts[1]}-{parts[2]}T00:00:00Z"


def _when(moment: datetime) -> str:
    return moment.isoformat() if moment.tzinfo else moment.isoformat() + "Z"


def _text(parent: lxml.etree._Element, name: str, text: str) -> None:
    lxml.etree.SubElement(parent, f"{{{ATOM}}}{name}").text = text


def _link(parent: lxml.etree._Element, href: str, rel: str, media: str) -> None:
    lxml.etree.SubElement(parent, f"{{{ATOM}}}link", href=href, rel=rel, type=media)
