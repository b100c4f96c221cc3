"""Search, `/search?q=`: the entities the words name, then the documents containing every
word in any form (the API's morphology-aware search), their matched words marked. When
more documents match than a search ranks (`store.search.RANKED_MATCHES`, the ones
indexed last), the count reads «1000+» and a line says so."""

from __future__ import annotations

from urllib.parse import urlencode

from sqlalchemy.orm import Session

from coopwatch.records.labels import label
from coopwatch.store import read
from coopwatch.store.search import SearchHit, default_terms
from coopwatch.web.errors import PageError, QueryArgs
from coopwatch.web.layout import esc, link, section, tag

PAGE_SIZE = 20
ENTITIES_SHOWN = 10


def render(session: Session, args: QueryArgs) -> tuple[str, str]:
    """(query, body) of the search page; an empty query shows a prompt."""
    query = args.text("q") or ""
    number = args.number("page", 1)
    if not query:
        return query, tag("h1", "Поиск") + tag("p", "Введите слова в поле поиска вверху.")
    terms = default_terms()
    wanted = {term.term for term in terms.terms(query)}
    if not wanted:
        raise PageError("В запросе нет ни одного слова.")
    hits = read.search_documents(session, query=query, limit=PAGE_SIZE,
                                 offset=(number - 1) * PAGE_SIZE)
    last = max(1, -(-hits.total // PAGE_SIZE))
    if number > last:
        raise PageError(f"Страницы {number} нет: всего страниц {last}.", status=404)
    found = f"{hits.total}+" if hits.more else f"{hits.total}"
    more = tag("p", esc(f"Документов с этими словами больше {hits.total}: показаны "
                        f"{hits.total} добавленных последними, лучшие первыми. Уточните "
                        "запрос, чтобы увидеть остальные."), class_="more") if hits.more else ""
    body = (tag("h1", esc(f"Поиск: «{query}»"))
            + section("Сущности", _entities(session, query))
            + section(f"Документы ({found})", more + _hits(hits.items, wanted))
            + _pager(query, number, last))
    return query, body


def _entities(session: Session, query: str) -> str:
    found = list(read.find_entities(session, q=query, limit=ENTITIES_SHOWN).items)
    try:
        key = read.resolve_entity(session, query)
    except read.BadQuery:
        key = None
    if key and all(match.key != key for match in found):
        named = read.get_entity(session, key=key)
        found = ([named] if named else []) + found
    if not found:
        return tag("p", "Сущностей с таким именем нет.", class_="empty")
    return tag("ul", "".join(
        tag("li", link(f"/entities/{e.key}", e.name) + " " + tag("small", esc(e.key),
                                                                   class_="key")
            + " — " + esc(label("entity_type", e.type)) + f", документов: {e.document_count}")
        for e in found), class_="entity-hits")


def marked(snippet: str, wanted: set[str]) -> str:
    """The snippet as HTML with the words whose search term is wanted in <mark>."""
    html, last = [], 0
    for term in default_terms().terms(snippet):
        if term.term in wanted:
            html += [esc(snippet[last:term.start]),
                     tag("mark", esc(snippet[term.start:term.stop]), class_="hit")]
            last = term.stop
    html.append(esc(snippet[last:]))
    return "".join(html)


def _hits(hits: tuple[SearchHit, ...], wanted: set[str]) -> str:
    if not hits:
        return tag("p", "Ничего не найдено.", class_="empty")
    return tag("ol", "".join(
        tag("li", link(f"/documents/{hit.doc_id}", hit.title or hit.doc_id)
            + tag("p", marked(hit.snippet, wanted), class_="snippet"))
        for hit in hits), class_="hits")


def _pager(query: str, number: int, last: int) -> str:
    def href(page: int) -> str:
        return "/search?" + urlencode({"q": query, "page": page})

    parts = [link(href(number - 1), "← назад")] if number > 1 else []
    parts.append(tag("span", esc(f"страница {number} из {last}")))
    if number < last:
        parts.append(link(href(number + 1), "дальше →"))
    return tag("nav", " ".join(parts), class_="pager")
