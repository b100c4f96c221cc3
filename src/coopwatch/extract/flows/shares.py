"""Shares of a sender's exports told after its total: «Объем экспорта Ростовской области
составил 5,3 млрд долларов. Наибольшие объемы пришлись на Турцию и Египет». A sentence
with no supply word of its own that says the bulk «пришлась на» some countries names the
receivers of the export the sentence before gave a sender and no receiver."""

from __future__ import annotations

from collections.abc import Sequence

from coopwatch.extract.flows.triggers import flow_triggers, trigger_table
from coopwatch.lexicon.folding import fold
from coopwatch.records import Document, Flow, Token
from coopwatch.text.mentions import entity_mentions
from coopwatch.text.passages import Passage
from coopwatch.text.regions import is_country_key, is_place_key
from coopwatch.text.token_tree import TokenTree

FALLING_TO = frozenset({"прийтись", "приходиться"})  # «пришлись на Турцию»
ONTO = "на"
SENDING_NOUNS = frozenset({"noun"})  # «экспорт», «поставки», «вывоз» (not «импорт»)


def shares_after(doc: Document, passage: Passage, before: Passage | None) -> list[Flow]:
    """The flows from the sender of the passage before to the countries this passage says
    the bulk of it fell to; none when this passage has a supply word of its own, or the
    one before names a receiver or no single sender."""
    tokens = passage.tokens
    if before is None or not {fold(t.lemma or "") for t in tokens} & FALLING_TO or (
            flow_triggers(tokens)):
        return []
    receivers = _after_onto(doc, tokens)
    sender = _sender_alone(doc, before.tokens)
    if not receivers or sender is None:
        return []
    return [Flow(source=sender, target=key, status="done", evidence=(passage.span,))
            for key in receivers if key != sender]


def _after_onto(doc: Document, tokens: Sequence[Token]) -> list[str]:
    """The countries named after «на» (a list after it, or each with its own «на»)."""
    found = []
    for index, token in enumerate(tokens[:-1]):
        if token.text.lower() != ONTO:
            continue
        for item in entity_mentions(doc, tokens[index + 1].start, tokens[-1].stop):
            if item.entity.type == "GEO" and is_country_key(item.key) and item.key != "RU":
                found.append(item.key)
        break
    return list(dict.fromkeys(found))


def _sender_alone(doc: Document, tokens: Sequence[Token]) -> str | None:
    """The one place named in the genitive right after a sending noun («объем экспорта
    Ростовской области»), when the passage names no other place: a total with no
    receiver."""
    tree = TokenTree(tokens)
    places = {item.key for item in entity_mentions(doc, tokens[0].start, tokens[-1].stop)
              if item.entity.type == "GEO"}
    for index, token in enumerate(tokens):
        entry = trigger_table().get(fold(token.lemma or token.text))
        if entry is None or entry[0] not in SENDING_NOUNS or token.pos != "NOUN":
            continue
        for child in tree.children_at(index, frozenset({"nmod"})):
            if tokens[child].feat("Case") != "Gen":
                continue
            phrase = sorted(tree.subtree_at(child))
            named = [item.key for item in entity_mentions(doc, tokens[phrase[0]].start,
                                                          tokens[phrase[-1]].stop)
                     if item.entity.type == "GEO" and is_place_key(item.key)]
            if named and places == {named[0]}:
                return named[0]
    return None
