"""Small HTML builders; every piece of text goes through `html.escape` here.

Functions return HTML strings: `esc` for text, `tag` for an element, `table` for rows
of already built cells, `page` for the whole document.
"""

from __future__ import annotations

from collections.abc import Iterable
from html import escape
from pathlib import Path

from coopwatch.records import Relevance

STATIC_DIR = Path(__file__).resolve().parent / "static"
WEB_SCHEMES = ("http", "https")


def esc(value: object) -> str:
    """Text as HTML; None is shown as a dash."""
    return "—" if value is None else escape(str(value))


def tag(name: str, content: str = "", **attributes: object) -> str:
    """`<name attr="…">content</name>`; `class_` stands for `class`, None drops it."""
    attrs = "".join(
        f' {key.rstrip("_").replace("_", "-")}="{escape(str(value))}"'
        for key, value in attributes.items() if value is not None
    )
    return f"<{name}{attrs}>{content}</{name}>"


def topic(relevance: Relevance) -> str:
    """Whether a document is on topic, in Russian."""
    return "по теме" if relevance.on_topic else "не по теме"


def confidence(value: float | None) -> str:
    """A fact's confidence (0-1) as two decimals; a dash when it has none (version 1)."""
    return esc(None if value is None else f"{value:.2f}")


def link(href: str, text: str) -> str:
    return tag("a", esc(text), href=href)


def external_link(url: str, text: str) -> str:
    """A link to a source's address when it is http(s); any other scheme (javascript:,
    data:, file:…) is shown as plain text, never as a live link."""
    scheme = url.strip().partition(":")[0].lower() if ":" in url else ""
    if scheme in WEB_SCHEMES:
        return tag("a", esc(text), href=url, rel="noopener noreferrer nofollow")
    return tag("span", esc(text), class_="unlinked-url")


def table(headers: Iterable[str], rows: Iterable[Iterable[str]], class_: str = "") -> str:
    """A table of cells that are already HTML."""
    head = tag("tr", "".join(tag("th", esc(header)) for header in headers))
    body = "".join(tag("tr", "".join(tag("td", cell) for cell in row)) for row in rows)
    return tag("table", tag("thead", head) + tag("tbody", body), class_=class_ or None)


def section(title: str, content: str) -> str:
    return tag("section", tag("h2", esc(title)) + content)


NAVIGATION = (("/", "Обзор"), ("/facts", "Факты"), ("/graph", "Граф"), ("/map", "Карта"))


def page(title: str, body: str, query: str = "") -> str:
    """A whole HTML page with the site header (its search box holds `query`); every page
    loads /static/app.js (no inline scripts: the pages run under a strict CSP)."""
    head = (
        '<meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        + tag("title", esc(title))
        + '<link rel="icon" href="/static/favicon.svg" type="image/svg+xml">'
        + '<link rel="stylesheet" href="/static/style.css">'
        + '<script src="/static/app.js" defer></script>'
    )
    search = tag("form", '<input type="search" name="q" placeholder="Поиск: регион, '
                 'компания, слова" aria-label="Поиск" value="' + escape(query) + '">'
                 + tag("button", "Найти", type="submit"),
                 action="/search", method="get", class_="search")
    navigation = tag("nav", "".join(link(href, text) for href, text in NAVIGATION),
                     class_="site")
    header = tag("header", link("/", "coopwatch") + navigation + search + tag("span", esc(
        "факты о межрегиональном и международном экономическом сотрудничестве"
    ), class_="tagline"))
    return "<!doctype html>" + tag("html", tag("head", head) + tag(
        "body", header + tag("main", body)
    ), lang="ru")
