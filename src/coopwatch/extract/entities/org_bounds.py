"""The bounds of an organization's mentions: a quote at either end of a mention with no
partner inside it is no part of the name.

The NER model and the tail rules sometimes stop a span one character past a name's
closing quote whose opening one they left out («Голоса Америки»» read as «Голоса
Америки»»), or take in the opening quote of a name they then cut («СИЗО «»). The
mention keeps the name, not the stray quote; a mention that is only quotes and a kind
word is left as it is.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from coopwatch.records import Entity, Mention

OPENING = "«„"
CLOSING = "»“"
STRAIGHT = "\""


def without_dangling_quotes(entities: Sequence[Entity]) -> list[Entity]:
    """The entities, their ORG mentions cut short of a quote with no partner inside."""
    return [replace(entity, mentions=tuple(_trimmed(m) for m in entity.mentions))
            if entity.type == "ORG" else entity for entity in entities]


def _trimmed(mention: Mention) -> Mention:
    text, start, stop = mention.text, mention.start, mention.stop
    opens = sum(text.count(q) for q in OPENING)
    closes = sum(text.count(q) for q in CLOSING)
    if text[-1:] in CLOSING and closes > opens:
        text, stop = text[:-1], stop - 1
    elif text[:1] in OPENING and opens > closes:
        text, start = text[1:], start + 1
    elif text.count(STRAIGHT) % 2 and text[-1:] == STRAIGHT:
        text, stop = text[:-1], stop - 1
    elif text.count(STRAIGHT) % 2 and text[:1] == STRAIGHT:
        text, start = text[1:], start + 1
    stripped = text.rstrip()
    stop -= len(text) - len(stripped)
    cut = len(stripped) - len(stripped.lstrip())
    text, start = stripped[cut:], start + cut
    if not any(char.isalnum() for char in text) or (start, stop) == (mention.start, mention.stop):
        return mention
    return replace(mention, start=start, stop=stop, text=text)
