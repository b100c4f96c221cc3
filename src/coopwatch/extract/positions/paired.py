"""Heads of two places named together, each of one place in the order the text names them.

«Нижний Новгород и Восточное Сараево стали побратимами. Соглашение подписали мэры
городов Иван Петров и Петар Петрович»; «… подписали Татарстан и Республика Алтай.
Документ завизировали руководители регионов …»: a plural head title before a list of
names, with an of-phrase that only says what kind of places they head («городов»,
«регионов», «двух субъектов России»), gives each name the place of that kind the text
named in the same position — in the title's sentence and the one before it, or else
in the whole document — when there are exactly as many such places as names.
"""

from __future__ import annotations

from collections.abc import Sequence

from coopwatch.records import Document, Token
from coopwatch.text.mentions import entity_mentions
from coopwatch.text.passages import Passage

# plural of-phrase words that name only the kind of the places: «главы двух регионов»
KIND_WORDS = frozenset({"город", "регион", "территория", "субъект", "область", "край",
                        "республика", "провинция", "сторона", "два", "оба", "двое"})
CITY = "city"
REGION = "region"
# the geo kinds a place of each kind may carry: a town the gazetteer does not know is
# «other»
KINDS = {CITY: frozenset({CITY, "other"}), REGION: frozenset({REGION})}


def paired_kind(phrase: Sequence[Token], scope: str) -> str | None:
    """The kind of place each listed head is of, when the of-phrase names only kinds
    (and perhaps the country the places are in, a proper name)."""
    if any(token.lemma not in KIND_WORDS and token.pos != "PROPN" for token in phrase):
        return None
    if any(token.lemma == "город" for token in phrase) or scope == CITY:
        return CITY
    return REGION


def places_in_order(
    doc: Document, passages: Sequence[Passage], at: int, kind: str, count: int
) -> list[str] | None:
    """The `count` places of `kind` named in the passage at `at` and the one before it,
    in the order first named; failing that, in the whole document; None when the number
    of such places is not `count`."""
    window = passages[max(0, at - 1):at + 1]
    for scope in (window, passages):
        keys = _places(doc, scope, kind)
        if len(keys) == count:
            return keys
    return None


def _places(doc: Document, passages: Sequence[Passage], kind: str) -> list[str]:
    keys: list[str] = []
    for passage in passages:
        if not passage.tokens:
            continue
        for item in entity_mentions(doc, passage.tokens[0].start, passage.tokens[-1].stop):
            if item.entity.type == "GEO" and item.entity.geo_kind in KINDS[kind] \
                    and item.key not in keys:
                keys.append(item.key)
    return keys


def passage_at(passages: Sequence[Passage], start: int) -> int | None:
    """The index of the passage holding the character at `start`."""
    return next((index for index, passage in enumerate(passages)
                 if passage.start <= start < passage.stop), None)
