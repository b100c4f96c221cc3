"""Two organizations that share the words after their first: «Донецкий и Торезский
электротехнические заводы» names the Donetsk and the Torez electrical plants, each in
the singular. The NER model finds the second adjective with the shared words, in the
plural; the first organization is given the first adjective's mention.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from coopwatch.extract.entities.lexicon import is_org_kind
from coopwatch.lexicon.folding import fold
from coopwatch.nlp.morph import Morph
from coopwatch.records import Entity, Mention

# «Донецкий и », «Североморский и »: a capitalized adjective and «и» right before
FIRST_BEFORE = re.compile(r"(?<![\w-])([А-ЯЁ][а-яё]+(?:ий|ый|ой|ая|ое))\s+и\s+$")
REACH = 40  # characters before a mention the first adjective may start at


def with_shared_heads(text: str, morph: Morph, entities: Sequence[Entity]) -> list[Entity]:
    """Each organization named «X и Y <plural words>» as the two organizations."""
    found: list[Entity] = []
    for entity in entities:
        found.extend(_split(text, morph, entity) if entity.type == "ORG" else [entity])
    return found


def _split(text: str, morph: Morph, entity: Entity) -> list[Entity]:
    words = entity.name.split()
    if len(words) < 2 or not entity.mentions or entity.aliases:
        return [entity]
    mention = entity.mentions[0]
    before = FIRST_BEFORE.search(text, max(0, mention.start - REACH), mention.start)
    tail = _singular_tail(morph, words[1:])
    if before is None or tail is None or not _adjective(morph, words[0]):
        return [entity]
    second = " ".join([words[0], *tail])
    first = " ".join([before.group(1), *tail])
    first_mention = Mention(start=before.start(1), stop=before.end(1), text=before.group(1),
                            type="ORG")
    return [
        Entity(key="org:" + first, type="ORG", name=first, mentions=(first_mention,)),
        replace(entity, key="org:" + second, name=second, aliases=(entity.name,)),
    ]


def _adjective(morph: Morph, word: str) -> bool:
    return any(parse.tag.POS == "ADJF" for parse in morph.parse(word))


def _singular_tail(morph: Morph, words: Sequence[str]) -> list[str] | None:
    """«электротехнические заводы» -> «электротехнический завод»: plural adjectives and
    their plural kind noun, in the nominative singular; None for any other tail."""
    head = next((p for p in morph.parse(words[-1])
                 if p.tag.POS == "NOUN" and "plur" in p.tag and "nomn" in p.tag), None)
    if head is None or not is_org_kind(fold(head.normal_form)):
        return None
    singular = head.inflect({"sing", "nomn"})
    if singular is None:
        return None
    tail = []
    for word in words[:-1]:
        parse = next((p for p in morph.parse(word)
                      if p.tag.POS == "ADJF" and "plur" in p.tag and "nomn" in p.tag), None)
        form = _inflected(parse, {"sing", "nomn", str(singular.tag.gender)})
        if form is None:
            return None
        tail.append(form)
    return [*tail, singular.word]


def _inflected(parse: Any, grammemes: set[str]) -> str | None:
    if parse is None:
        return None
    form = parse.inflect(grammemes)
    return form.word if form is not None else None
