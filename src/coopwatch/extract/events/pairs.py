"""Lists of signing pairs: several agreements told in one sentence.

«Подписаны соглашения между Курской и Гродненской областями, Тверской областью и
Витебском» names an agreement for each group of the list after «между»: comma-separated
parts, a group closed by the part that joins its last two sides with «и»
(«между A, B и C, D и E»: A, B and C signed one, D and E another).

«подписали меморандум с Карагандинской областью, а на выставке — о сотрудничестве с
Костанайской областью» names one agreement with each partner after «с», the verb left
out after «а» (`gapped_partners`).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

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
        if _plural_after_and(tokens[first:last]):
            return []  # «между A и аналогичными министерствами B, C и D»: A with each
        keys += [item.key for item in named]
        if any(token.text.lower() == AND and not _inside(token.start, named)
               for token in tokens[first:last]):
            groups.append(tuple(dict.fromkeys(keys)))
            keys = []
    if keys or len(groups) < MIN_GROUPS:
        return []
    return groups


def one_and_many(doc: Document, passage: Passage) -> tuple[list[str], list[str]]:
    """The sides of «между A и аналогичными министерствами B, C и D»: the places named
    before that «и» and those of the list after it, each of which A signs with; two
    empty lists for any other passage."""
    tokens = passage.tokens
    between = next((index for index, token in enumerate(tokens)
                    if token.text.lower() == BETWEEN), None)
    if between is None:
        return [], []
    turn = next((index for index in range(between + 1, len(tokens) - 1)
                 if tokens[index].text.lower() == AND and tokens[index + 1].text.islower()
                 and tokens[index + 1].feat("Number") == "Plur"
                 and tokens[index + 1].pos in ("ADJ", "NOUN")), None)
    if turn is None:
        return [], []
    end = next((index for index in range(turn + 1, len(tokens))
                if tokens[index].pos in ("VERB", "ADP") or tokens[index].text in {".", ";"}),
               len(tokens))
    first = [item.key for item in entity_mentions(doc, tokens[between].stop, tokens[turn].start)
             if item.entity.type == "GEO"]
    listed = [item.key for item in entity_mentions(doc, tokens[turn].stop, tokens[end - 1].stop)
              if item.entity.type == "GEO"]
    if len(set(first)) != 1 or len(set(listed)) < MIN_GROUPS:
        return [], []
    return first[:1], list(dict.fromkeys(listed))


def _plural_after_and(tokens: Sequence[Token]) -> bool:
    """A plural common word right after «и» («и аналогичными министерствами
    Запорожской области, ДНР и ЛНР»): the list that follows is one side, no groups."""
    return any(token.text.lower() == AND and following.text.islower()
               and following.feat("Number") == "Plur" and following.pos in ("ADJ", "NOUN")
               for token, following in pairwise(tokens))


WITH = frozenset({"с", "со"})
BUT = "а"


def gapped_partners(doc: Document, passage: Passage,
                    found: Sequence[Trigger]) -> list[str]:
    """The partners of an agreement named after «с», one before «, а» and one after it
    in a stretch with no verb of its own («…с A, а на выставке — о … с B»); an empty list
    for any other passage."""
    tokens = passage.tokens
    agreements = [item for item in found if item.type == "agreement"]
    if not agreements:
        return []
    turn = next((index for index in range(agreements[0].last, len(tokens) - 1)
                 if tokens[index].text == "," and tokens[index + 1].text.lower() == BUT), None)
    if turn is None:
        return []
    # the gapped stretch: up to the end of the quote or of the sentence
    end = next((index for index in range(turn + 2, len(tokens))
                if tokens[index].text == ";" or _closes_quote(tokens, turn, index) or (
                    tokens[index].text == "," and index + 1 < len(tokens)
                    and tokens[index + 1].text in {"—", "–", "-"})), len(tokens))
    if any(token.pos == "VERB" for token in tokens[turn + 2:end]):
        return []
    before = _partner_after_with(doc, tokens[agreements[0].last:turn])
    after = _partner_after_with(doc, tokens[turn + 2:end])
    if before is None or after is None or before == after:
        return []
    return [before, after]


def _closes_quote(tokens: Sequence[Token], turn: int, index: int) -> bool:
    """A closing quote of a quotation opened before `turn` (not a name's own quotes)."""
    return tokens[index].text == "»" and not any(
        token.text == "«" for token in tokens[turn:index])


def _partner_after_with(doc: Document, tokens: Sequence[Token]) -> str | None:
    """The one party named right after «с» among the tokens."""
    found = []
    for index, token in enumerate(tokens[:-1]):
        if token.text.lower() in WITH:
            named = entity_mentions(doc, tokens[index + 1].start, tokens[-1].stop)
            if (named and named[0].start == tokens[index + 1].start) or (
                    named and tokens[index + 1].pos == "ADJ"
                    and named[0].start <= tokens[index + 1].start):
                found.append(named[0].key)
    return found[0] if len(set(found)) == 1 else None


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
