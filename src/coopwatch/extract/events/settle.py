"""The sides an event's card lists, settled once the later stages have read the events.

The events stage keeps every party its passages name, and the cooperation stage draws
pairs from them (a firm the delegation visited cooperates with the delegation's region).
The card lists only the sides of the event as first told: the companies and bodies that
a later passage of a visit, of talks or of a signing names where the visitors went, what
was talked of or what the document provides for («Гости посетили завод …», «В ходе
визита посол побывал в университете …», «Соглашение предусматривает проекты компании
…») are no sides of it, unless that passage names them as acting («представители компании X
подписали контракт»).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from coopwatch.records import Document, Event, Token
from coopwatch.text.mentions import entity_mentions
from coopwatch.text.token_tree import TokenTree
from coopwatch.tools import Toolkit

FIRST_TOLD_TYPES = frozenset({"visit", "meeting", "agreement"})
AGENT_RELS = frozenset({"nsubj", "nsubj:pass"})
AGENT_NOUN_RELS = frozenset({"nmod", "appos", "conj", "flat", "flat:name", "flat:foreign"})
MIN_SIDES = 2


def settle(doc: Document, tools: Toolkit) -> Document:
    """The document with its events' participants settled (see the module)."""
    del tools
    return doc.replace(events=tuple(_without_later_orgs(doc, event) for event in doc.events))


def _without_later_orgs(doc: Document, event: Event) -> Event:
    """A visit, a meeting or an agreement without the organizations that only a later passage of it
    names, and names as no agent, when two sides remain."""
    spans = sorted(event.evidence, key=lambda span: span.start)
    if event.type not in FIRST_TOLD_TYPES or len(spans) < 2:
        return event
    first = {item.key for item in entity_mentions(doc, spans[0].start, spans[0].stop)}
    later: set[str] = set()
    acting: set[str] = set()
    for passage in doc.passages:
        if passage.span not in spans[1:]:
            continue
        for item in entity_mentions(doc, passage.start, passage.stop):
            if item.entity.type != "ORG":
                continue
            later.add(item.key)
            if _an_agent(passage.tokens, item.start, item.stop):
                acting.add(item.key)
    dropped = later - first - acting
    kept = tuple(key for key in event.participants if key not in dropped)
    return replace(event, participants=kept) if len(kept) >= MIN_SIDES else event


def _an_agent(tokens: Sequence[Token], start: int, stop: int) -> bool:
    """Whether the words at [start, stop) are the subject of their clause or name
    whose it is («представители компании подписали», «делегация завода прибыла»)."""
    tree = TokenTree(tokens)

    def inside(token: Token | None) -> bool:
        return token is not None and start <= token.start < stop

    head = next((token for token in tokens if inside(token) and not inside(tree.head(token))),
                None)
    while head is not None:
        if head.rel in AGENT_RELS:
            return True
        if head.rel not in AGENT_NOUN_RELS:
            return False
        head = tree.head(head)
    return False
