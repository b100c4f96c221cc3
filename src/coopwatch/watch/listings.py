"""What a source lists: article URLs with a title and a date, from a feed or a sitemap.

Feeds (RSS 0.9x-2.0, RSS 1.0, Atom) are read by feedparser from the bytes and the
Content-Type, so it finds their encoding itself (a cp1251 feed declares it in its XML
declaration). Sitemaps are read with lxml: `<urlset>` lists pages (`<lastmod>`, and in
a Google news sitemap `<news:publication_date>` and `<news:title>`), `<sitemapindex>`
lists further sitemaps. A listing that cannot be read raises `BadListing`.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import feedparser
import lxml.etree

SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9"
NS = {"s": SITEMAP_NS, "n": NEWS_NS}
WEB_SCHEMES = ("http://", "https://")
_PARSER = lxml.etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)


class BadListing(ValueError):
    """A feed or sitemap that could not be read; the message says why."""


@dataclass(frozen=True)
class Listed:
    """One article a source lists.

    `date` is the source's mark of the entry's last change, as written (a new one makes
    the article worth reading again); `published` its publication day (YYYY-MM-DD) when
    the source gives one.
    """

    url: str
    title: str | None = None
    date: str | None = None
    published: str | None = None


@dataclass(frozen=True)
class Listing:
    """A source's articles, and for a sitemap index the sitemaps it names."""

    articles: tuple[Listed, ...] = ()
    sitemaps: tuple[str, ...] = ()


def read_feed(body: bytes, content_type: str | None, url: str | None = None) -> Listing:
    """The entries of an RSS or Atom feed that link to a web page (feedparser takes a
    permalink-looking id for the link of an entry without one: `urn:` ids are left out)."""
    headers = {"content-type": content_type} if content_type else {}
    if url:
        headers["content-location"] = url  # relative links are resolved against it
    parsed: Any = feedparser.parse(body, response_headers=headers)
    entries: Sequence[Any] = parsed.entries
    found = (
        Listed(url=entry.get("link", "").strip(), title=entry.get("title") or None,
               date=_entry_date(entry), published=_day(dict.get(entry, "published_parsed")
                                                       or dict.get(entry, "updated_parsed")))
        for entry in entries
    )
    articles = tuple(item for item in found if item.url.startswith(WEB_SCHEMES))
    if parsed.bozo and not articles:  # feedparser is lenient: broken but useful is kept
        raise BadListing(f"not a feed: {parsed.get('bozo_exception')!s:.300}")
    return Listing(articles=articles)


def _entry_date(entry: dict[str, Any]) -> str | None:
    """When the entry was last changed, as the feed writes it (`updated`, else `published`).

    Read with `dict.get`: feedparser's own `get("updated")` falls back on `published`
    with a deprecation warning.
    """
    date = dict.get(entry, "updated") or dict.get(entry, "published")
    return str(date) if date else None


def _day(parsed: time.struct_time | None) -> str | None:
    """feedparser's UTC time of an entry as its day."""
    return time.strftime("%Y-%m-%d", parsed) if parsed else None


def read_sitemap(body: bytes) -> Listing:
    """The pages of a `<urlset>` or the sitemaps of a `<sitemapindex>`."""
    try:
        root = lxml.etree.fromstring(body, parser=_PARSER)
    except lxml.etree.XMLSyntaxError as error:
        raise BadListing(f"not a sitemap: {error}") from error
    if root is None:
        raise BadListing("not a sitemap: empty document")
    tag = lxml.etree.QName(root).localname
    if tag == "sitemapindex":
        return Listing(sitemaps=tuple(_texts(root, "s:sitemap/s:loc")))
    if tag != "urlset":
        raise BadListing(f"not a sitemap: the root element is <{tag}>")
    return Listing(articles=tuple(_page(element) for element in root.findall("s:url", NS)
                                  if _text(element, "s:loc")))


def _page(element: lxml.etree._Element) -> Listed:
    published = _text(element, "n:news/n:publication_date")
    return Listed(url=_text(element, "s:loc") or "", title=_text(element, "n:news/n:title"),
                  date=_text(element, "s:lastmod") or published,
                  published=published[:10] if published else None)


def _texts(root: lxml.etree._Element, path: str) -> list[str]:
    return [text.strip() for text in root.xpath(f"{path}/text()", namespaces=NS)
            if isinstance(text, str) and text.strip()]


def _text(element: lxml.etree._Element, path: str) -> str | None:
    found = element.findtext(path, namespaces=NS)
    return found.strip() or None if found else None
