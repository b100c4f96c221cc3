"""Organizations read in a piece of something else, not a body of the news.

One word at the end of a quoted phrase whose first word the mention leaves out: the
NER model reads a body in the last word of a route («рейс "Кызыл - Улангом"»), of a
holiday («праздник «Ысыах Туймаады»») or of a place name among quoted ones
(«"Набережные Челны"»). A whole quoted name («ОЭЗ «Иннополис»») is no such part.
"""

from __future__ import annotations

from coopwatch.extract.entities.candidates import OPENING_QUOTES, QUOTES
from coopwatch.extract.entities.lexicon import is_org_kind, legal_forms
from coopwatch.records import Entity, Mention, Token
from coopwatch.text.token_index import TokenIndex

CLOSING_QUOTES = "»“”\""
STRAIGHT = "\""


def is_part_of_something(text: str, index: TokenIndex, entity: Entity) -> bool:
    """Whether every mention of an ORG entity is the end of a longer quoted phrase
    (module docstring)."""
    return bool(entity.mentions) and all(quoted_tail(text, index, m) for m in entity.mentions)


def quoted_tail(text: str, index: TokenIndex, mention: Mention) -> bool:
    """The mention is one word inside quotes on its line, after a word of the quoted
    phrase that it leaves out, and the phrase closes at or after its end. Left-out words
    that say what the body is («ПАО Газпром», «Группа ГАЗ», «ГК Росатом») make the
    phrase the body's full name, not something else."""
    if len(mention.text.split()) > 1:
        return False
    line_start = text.rfind("\n", 0, mention.start) + 1
    opening = _opening_quote(text, line_start, mention.start)
    if opening is None:
        return False
    lead = text[opening + 1:mention.start]
    if not lead.strip() or any(char in QUOTES for char in lead):
        return False
    if any(_names_a_body(token) for token in index.inside(opening + 1, mention.start)):
        return False
    if text[mention.stop - 1:mention.stop] in tuple(CLOSING_QUOTES):
        return True
    closing = text[mention.stop:mention.stop + 2].lstrip(" ")[:1]
    return closing != "" and closing in CLOSING_QUOTES


def _names_a_body(token: Token) -> bool:
    """A legal form, an abbreviation or a word for a kind of body."""
    word = token.text.strip(QUOTES)
    return (word in legal_forms() or (word.isupper() and len(word) > 1)
            or is_org_kind(token.lemma))


def _opening_quote(text: str, line_start: int, start: int) -> int | None:
    """The offset of the quote mark that opens the phrase `start` stands in, if any: the
    last quote mark before it on its line, when that mark opens (a straight one opens
    when the marks before it on the line are even in number)."""
    for at in range(start - 1, line_start - 1, -1):
        char = text[at]
        if char not in QUOTES:
            continue
        if char == STRAIGHT:
            return at if text.count(STRAIGHT, line_start, at) % 2 == 0 else None
        return at if char in OPENING_QUOTES else None
    return None
