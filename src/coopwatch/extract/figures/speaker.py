"""Whose side «наш товарооборот» is: the side of the person the passage quotes.

The speaker is the person named nearest to the sentence in its paragraph (a quote and
its attribution: «… наш товарооборот превысил …», – приводит цитату Антона Алиханова),
else the person named last before it; a person named only in a later sentence of
the paragraph is told of, not quoted. Their side is the place their position is of
(губернатор Смоленской области → RU-SMO), or the place in the name of the organization
they head (глава Минпромторга России → RU).
"""

from __future__ import annotations

import re

from coopwatch.records import Document, Sentence
from coopwatch.text.regions import is_place_key
from coopwatch.tools import Toolkit


def speaker(doc: Document, sentence: Sentence) -> str | None:
    """The key of the person a sentence is most likely quoted from."""
    first, last = paragraph(doc.text, sentence.start)
    inside: list[tuple[int, str]] = []
    earlier: list[tuple[int, str]] = []
    for entity in doc.entities:
        if entity.type != "PER":
            continue
        for mention in entity.mentions:
            if first <= mention.start < last and not _told_of_later(doc.text, sentence,
                                                                    mention.start):
                inside.append((_distance(mention.start, sentence), entity.key))
            elif mention.stop <= sentence.start:
                earlier.append((-mention.start, entity.key))
    chosen = min(inside) if inside else min(earlier, default=None)
    return chosen[1] if chosen else None


# a sentence that opens after another ends: a full stop, then a capital letter or a quote
NEXT_SENTENCE = re.compile(r"[.!?…]\s+[«\"„]?[А-ЯЁA-Z]")


def _told_of_later(text: str, sentence: Sentence, offset: int) -> bool:
    """A person named in a later sentence of the paragraph that is no attribution of a
    quote: «Мы экспортируем металлы… Этот вопрос обсудили с премьер-министром Николом
    Пашиняном» is the author's «мы», not the prime minister's; «…», – сказал Алиханов is
    an attribution (no new sentence opens before the name)."""
    # from the sentence's own last mark, which ends the first match
    return offset >= sentence.stop and bool(
        NEXT_SENTENCE.search(text, max(sentence.start, sentence.stop - 1), offset))


def _distance(offset: int, sentence: Sentence) -> int:
    if sentence.start <= offset < sentence.stop:
        return 0
    return sentence.start - offset if offset < sentence.start else offset - sentence.stop


def paragraph(text: str, offset: int) -> tuple[int, int]:
    """The line around an offset (news paragraphs are lines)."""
    start = text.rfind("\n", 0, offset) + 1
    stop = text.find("\n", offset)
    return start, len(text) if stop < 0 else stop


def speaker_side(doc: Document, sentence: Sentence, tools: Toolkit | None) -> str | None:
    """The place the speaker of a sentence speaks for, or None."""
    person = speaker(doc, sentence)
    for position in doc.positions:
        if position.person != person or not position.of:
            continue
        side = _side_of(doc, position.of, tools)
        if side:
            return side
    return None


def _side_of(doc: Document, key: str, tools: Toolkit | None) -> str | None:
    """A place key as it is; an organization's side is the first place in its name."""
    if is_place_key(key):
        return key
    entity = doc.entity(key)
    if entity is None or tools is None:
        return None
    for mention in tools.gazetteer.find(entity.name):
        if is_place_key(mention.place.key):
            return mention.place.key
    return None
