"""HTML -> main text, title and publication date (trafilatura; lxml text as a fallback)."""

from __future__ import annotations

from dataclasses import dataclass

import lxml.etree
import lxml.html
import trafilatura

from coopwatch.ingest.published import normalize_date

DATE_OPTIONS = {"extensive_search": False, "original_date": True}  # markup only, not the text
DROPPED_TAGS = ("script", "style", "noscript", "template", "head")
BLOCK_TAGS = frozenset({
    "p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6",
    "article", "section", "blockquote", "header", "footer", "table", "ul", "ol",
})


@dataclass(frozen=True)
class Webpage:
    text: str
    title: str | None = None
    published: str | None = None
    url: str | None = None


def read_webpage(html: str) -> Webpage:
    """The article of a page: its text with paragraphs apart, its title and date if marked."""
    found = trafilatura.bare_extraction(
        html, include_comments=False, include_tables=True, with_metadata=True,
        date_extraction_params=DATE_OPTIONS,
    )
    if isinstance(found, dict):  # only with as_dict=True, which this call does not ask for
        raise TypeError("trafilatura returned a dict")
    text = _paragraphs(found.text) if found is not None and found.text else ""
    if not text.strip():
        text = plain_text(html)
    if found is None:
        return Webpage(text=text)
    return Webpage(
        text=text, title=found.title or None, published=normalize_date(found.date),
        url=found.url or None,
    )


def _paragraphs(text: str) -> str:
    """trafilatura puts one block a line; the cleaned text keeps a blank line between them."""
    return "\n\n".join(line for line in text.split("\n") if line.strip())


def plain_text(html: str) -> str:
    """All visible text of a page, a block a paragraph (when the article is not found)."""
    try:
        root = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return ""
    for element in list(root.iter(*DROPPED_TAGS)):
        element.drop_tree()
    for element in root.iter(*BLOCK_TAGS):
        element.tail = "\n\n" + (element.tail or "")
    return _paragraphs(root.text_content())
