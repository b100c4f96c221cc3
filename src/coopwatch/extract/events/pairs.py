"""Lists of signing pairs: several agreements told in one sentence.

«Подписаны соглашения между Курской и Гродненской областями, Тверской областью и
Витебском» names an agreement for each group of the list after «между»: comma-separated
parts, a group closed by the part that joins its last two sides with «и»
(«между A, B и C, D и E»: A, B and C signed one, D and E another).
"""

from __future__ import annotations

from collections.abc import Sequence

from coopwatch.extract.events.triggers import Trigger
from coopwatch.records import Document, Token
from coopwatch.text.mentions import EntityMention, entity_mentions
from coopwatch.text.passages import Passage

MIN_GROUPS = 2  # one group is one agreement: the passage's own reading tells it
BETWEEN = "между"
AND = "и"


def signing_groups(doc: Document, passage: Passage,
                   found: Sequence[Trigger]) -> list[tuple[str, ...]]:
    """The sides of every agreement of a plural agreement trigger followed by «между» and
    a list of groups, or an empty list when the passage has no such list (a part naming
    nobody, a list not closed by «и», fewer than `MIN_GROUPS` groups)."""
    tokens = passage.tokens
    plural = [item for item in found if item.type == "agreement"
              and tokens[item.last - 1].feat("Number") == "Plur"]
    if not plural:
        return []
    between = next((index for index in range(plural[0].last, len(tokens))
                    if tokens[index].text.lower() == BETWEEN), None)
    if between is None:
        return []
    groups: list[tuple[str, ...]] = []
    keys: list[str] = []
    for first, last in _parts(tokens, between + 1):
        start, stop = tokens[first].start, tokens[last - 1].stop
        named = [item for item in entity_mentions(doc, start, passage.stop)
                 if item.start < stop]
        if not named and not _elided(tokens[first:last]):
            return []
        keys += [item.key for item in named]
        if any(token.text.lower() == AND and not _inside(token.start, named)
               for token in tokens[first:last]):
            groups.append(tuple(dict.fromkeys(keys)))
            keys = []
    if keys or len(groups) < MIN_GROUPS:
        return []
    return groups


def _elided(tokens: Sequence[Token]) -> bool:
    """An adjective alone whose noun closes the group («Свердловской, Тверской и Курской
    областями»): a side the list names, however short."""
    return all(token.pos == "ADJ" for token in tokens)


def _inside(start: int, named: Sequence[EntityMention]) -> bool:
    """Whether a character offset falls inside a name («университет экономики и права»)."""
    return any(item.start <= start < item.stop for item in named)


def _parts(tokens: Sequence[Token], start: int) -> list[tuple[int, int]]:
    """Token ranges [first, last) between commas from `start` to the end, leaving out
    closing punctuation."""
    parts, first = [], start
    for index in range(start, len(tokens)):
        if tokens[index].text in {",", ";", ".", "!"}:
            if index > first:
                parts.append((first, index))
            first = index + 1
    if first < len(tokens):
        parts.append((first, len(tokens)))
    return parts
