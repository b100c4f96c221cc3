"""What the ORG filter (`org_filter`) judges an organization by: a few numbers read off
the entity, its mentions and the facts of its card, the same at training time
(bench/realnews/train_org_filter.py) and at run time. No string of a particular name is a
feature: only shapes (quotes, capitals, length, Latin letters), the class of a kind word
(`data/entities/org_filter_kinds.tsv`), where the mentions stand, whether the NER model
found it, whether a fact needs it, and the lemma of the name's head word (`lemma=…`: the
trainer keeps the lemmas of five training documents or more, in practice kind words and
legal forms: «совет», «комитет», «ооо», «таможня»; any other lemma has no weight). Every
feature is 0/1 or scaled to 0..1."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from coopwatch.extract.entities.candidates import overlaps
from coopwatch.lexicon.datafiles import data_rows
from coopwatch.lexicon.folding import fold
from coopwatch.nlp.morph import Morph
from coopwatch.records import (
    Cooperation,
    Document,
    Entity,
    Event,
    Figure,
    Flow,
    Mention,
    Position,
    Token,
)
from coopwatch.text.token_index import TokenIndex
from coopwatch.tools import Toolkit

LATIN = re.compile(r"[A-Za-z]")
INITIALS = re.compile(r"\b[А-ЯЁA-Z]\.\s?[А-ЯЁA-Z]\.")
PROPER = ("Name", "Surn", "Patr", "Geox", "Orgn", "Trad", "Abbr", "UNKN")
LETTERS = re.compile(r"[^\W\d_]+")
QUOTES = "«\"„“'"
Fact = Position | Event | Figure | Flow | Cooperation
EDGE = 0.1  # the share of the text at either end where page furniture sits


@lru_cache(maxsize=1)
def kind_classes() -> dict[str, str]:
    """Kind-word lemma (folded) -> its class: business, state, media..."""
    return {fold(row[0]): row[1] for row in data_rows("entities/org_filter_kinds.tsv")}


@lru_cache(maxsize=1)
def source_cues() -> frozenset[str]:
    """Lemmas that cite a news source: сообщать, ссылка, данные (folded)."""
    return frozenset(fold(row[0]) for row in data_rows("entities/org_filter_cues.txt"))


def _scaled(count: int, most: int) -> float:
    return min(count, most) / most


def fact_keys(doc: Document) -> frozenset[str]:
    """The keys a fact of the card points at (a position's `of` apart)."""
    keys: set[str] = set()
    for event in doc.events:
        keys.update(event.participants)
    for figure in doc.figures:
        keys.update(figure.parties)
    for flow in doc.flows:
        keys.update((flow.source, flow.target))
    for item in doc.cooperation:
        keys.update(item.parties)
    return frozenset(keys)


def _evidence(doc: Document) -> list[tuple[int, int]]:
    groups: tuple[tuple[Fact, ...], ...] = (doc.positions, doc.events, doc.figures, doc.flows,
                                            doc.cooperation)
    return [(span.start, span.stop) for facts in groups for fact in facts
            for span in fact.evidence]


def _inside(mention: Mention, spans: list[tuple[int, int]]) -> bool:
    return any(start <= mention.start and mention.stop <= stop for start, stop in spans)


def _ner_spans(doc: Document) -> list[tuple[int, int]]:
    return [(m.start, m.stop) for m in doc.mentions if m.type == "ORG"]


def _quoted(text: str, mention: Mention) -> bool:
    before = text[max(0, mention.start - 2):mention.start].strip()
    return (bool(before) and before[-1] in QUOTES) or mention.text[:1] in QUOTES


def _short_line(text: str, mention: Mention, most: int = 4) -> bool:
    """The mention stands on a line of at most `most` words: a menu, a tag, a caption."""
    start = text.rfind("\n", 0, mention.start) + 1
    stop = text.find("\n", mention.stop)
    line = text[start:stop if stop >= 0 else len(text)]
    return len(LETTERS.findall(line)) <= most


def _caps(name: str) -> bool:
    words = LETTERS.findall(name)
    return len(words) == 1 and len(words[0]) > 1 and words[0].isupper()


def _lemmas(tokens: tuple[Token, ...]) -> Iterator[str]:
    return (fold(token.lemma or token.text) for token in tokens)


def kind_of(index: TokenIndex, entity: Entity) -> str | None:
    """The class of the first kind word in the first mention or just before it."""
    first = entity.mentions[0]
    near = (*index.before(first.start, 1), *index.inside(first.start, first.stop))
    classes = kind_classes()
    return next((classes[lemma] for lemma in _lemmas(near) if lemma in classes), None)


def _cited(index: TokenIndex, entity: Entity) -> bool:
    cues = source_cues()
    return any(lemma in cues for m in entity.mentions
               for lemma in _lemmas(index.before(m.start, 3)))


def _head(index: TokenIndex, entity: Entity) -> str:
    tokens = index.inside(entity.mentions[0].start, entity.mentions[0].stop)
    words = [t for t in tokens if LETTERS.search(t.text)]
    if not words:
        return "other"
    return words[0].pos if words[0].pos in ("NOUN", "PROPN", "ADJ") else "other"


def head_lemma(index: TokenIndex, mention: Mention) -> str | None:
    """The lemma (folded) of a mention's head word: its first noun or proper noun, else
    its first word («Совета директоров» -> «совет», «ООО «Ромашка»» -> «ооо»)."""
    words = [t for t in index.inside(mention.start, mention.stop) if LETTERS.search(t.text)]
    if not words:
        return None
    head = next((t for t in words if t.pos in ("NOUN", "PROPN")), words[0])
    return fold(head.lemma or head.text)


def _tagged(morph: Morph, name: str, grammeme: str) -> bool:
    """A word of the name whose best reading carries the grammeme (Geox: a place)."""
    for word in LETTERS.findall(name):
        parses = morph.parse(word)
        if parses and grammeme in parses[0].tag:
            return True
    return False


def common_share(morph: Morph, name: str) -> float:
    """The share of the name's words that are dictionary words and no proper name: high
    for a generic phrase («Особая экономическая зона», «организационный комитет»)."""
    words = LETTERS.findall(name)
    common = 0
    for word in words:
        parses = morph.parse(word.lower())
        if (parses and parses[0].is_known and not word.isupper()
                and not any(mark in parses[0].tag for mark in PROPER)):
            common += 1
    return common / len(words) if words else 0.0


@dataclass(frozen=True)
class CardContext:
    """What every ORG of one card is read against, gathered once: its tokens, the keys
    its facts point at, the facts' evidence and the NER model's ORG spans."""

    index: TokenIndex
    keys: frozenset[str]
    evidence: list[tuple[int, int]]
    ner: list[tuple[int, int]]

    @classmethod
    def of(cls, doc: Document) -> CardContext:
        return cls(TokenIndex.of(doc), fact_keys(doc), _evidence(doc), _ner_spans(doc))


def org_features(doc: Document, card: CardContext, tools: Toolkit,
                 entity: Entity) -> dict[str, float]:
    """The features of one ORG entity of the card."""
    morph, index = tools.morph, card.index
    mentions = entity.mentions
    length = max(len(doc.text), 1)
    first = mentions[0].start / length if mentions else 0.0
    last = mentions[-1].start / length if mentions else 0.0
    kind = kind_of(index, entity) if mentions else None
    values = {
        "mentions": _scaled(len(mentions), 4),
        "single": float(len(mentions) <= 1),
        "fact": float(entity.key in card.keys),
        "position_of": float(any(p.of == entity.key for p in doc.positions)),
        "evidence": float(any(_inside(m, card.evidence) for m in mentions)),
        "head_of_text": float(bool(mentions) and last < EDGE),
        "tail_of_text": float(first > 1 - EDGE),
        "short_line": float(bool(mentions) and all(_short_line(doc.text, m) for m in mentions)),
        "quoted": float(any(_quoted(doc.text, m) for m in mentions)),
        "caps": float(_caps(entity.name)),
        "latin": float(bool(LATIN.search(entity.name))),
        "words": _scaled(len(LETTERS.findall(entity.name)), 5),
        "ner": float(any(overlaps(m.start, m.stop, card.ner) for m in mentions)),
        "aliases": float(bool(entity.aliases)),
        "cited": float(bool(mentions) and _cited(index, entity)),
        "place_word": float(_tagged(morph, entity.name, "Geox")),
        "place_name": float(tools.gazetteer.resolve(entity.name) is not None),
        "common": common_share(morph, entity.name),
        "lower": float(entity.name[:1].islower()),
        "initials": float(bool(INITIALS.search(entity.name))),
        "off_topic": float(doc.relevance is not None and not doc.relevance.on_topic),
        f"head={_head(index, entity) if mentions else 'other'}": 1.0,
    }
    if kind:
        values[f"kind={kind}"] = 1.0
    lemma = head_lemma(index, mentions[0]) if mentions else None
    if lemma:
        values[f"lemma={lemma}"] = 1.0
    return values


def card_org_features(doc: Document, tools: Toolkit) -> list[tuple[Entity, dict[str, float]]]:
    """Every ORG entity of the card with its features."""
    card = CardContext.of(doc)
    return [(entity, org_features(doc, card, tools, entity))
            for entity in doc.entities if entity.type == "ORG"]
