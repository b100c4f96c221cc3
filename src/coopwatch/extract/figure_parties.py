"""The parties a figure is about: the regions, countries and organizations its sentence
names (adjectives such as "белорусским" included), completed with the document's main
Russian region when a sentence names only the foreign side."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from coopwatch.records import Document, Sentence
from coopwatch.tools import Toolkit

_PLACE_KEY = re.compile(r"^[A-Z]{2}(?:-[A-Z0-9]{1,3})?$")


def is_place_key(key: str) -> bool:
    """A country or first-level region key (`BY`, `RU-SPE`, `CN-ZJ`)."""
    return bool(_PLACE_KEY.match(key))


def is_russian(key: str) -> bool:
    return key == "RU" or key.startswith("RU-")


def main_actor(doc: Document) -> str | None:
    """The Russian region the document mentions most, else Russia if mentioned."""
    counts = Counter({entity.key: len(entity.mentions) for entity in doc.entities
                      if is_place_key(entity.key) and entity.key.startswith("RU-")})
    if counts:
        return counts.most_common(1)[0][0]
    return "RU" if doc.entity("RU") else None


def sentence_keys(doc: Document, sentence: Sentence, tools: Toolkit | None) -> list[str]:
    """Keys of the places and organizations a sentence names, in text order."""
    found: list[tuple[int, str]] = []
    for entity in doc.entities:
        if not (is_place_key(entity.key) or entity.key.startswith("org:")):
            continue
        found += [(m.start, entity.key) for m in entity.mentions
                  if sentence.start <= m.start and m.stop <= sentence.stop]
    found += _adjective_keys(sentence, tools)
    return list(dict.fromkeys(key for _, key in sorted(found)))


def _adjective_keys(sentence: Sentence, tools: Toolkit | None) -> list[tuple[int, str]]:
    if tools is None:
        return []
    gazetteer = tools.gazetteer
    return [(token.start, place.key) for token in sentence.tokens if token.pos == "ADJ"
            for place in gazetteer.adjective(token.text) if is_place_key(place.key)]


def figure_parties(keys: Sequence[str], metric: str, main: str | None) -> tuple[str, ...]:
    """The parties of a figure from the keys of its sentence.

    Money figures are between places; counts may name an organization too. A foreign
    place alone gets the document's main Russian region as the other side.
    """
    places = [key for key in keys if is_place_key(key)]
    orgs = [key for key in keys if key.startswith("org:")]
    chosen = places + orgs[: max(0, 2 - len(places))] if metric == "count" else places
    if main and main not in chosen and (not chosen or not any(map(is_russian, chosen))):
        chosen = [main, *chosen]
    return tuple(chosen)
