"""FactRuEval-2016 track 3 scoring for Occupation and Meeting facts (argument overlap).

A fact is a type and arguments (role, words). Two arguments match when they have the
same role and share a content word (compared as lemmas). Two facts can be paired when
they have the same type and their anchor role (Who, or a Participant) matches; the
quality of a pair is the Jaccard overlap of their arguments: matched / (gold + ours −
matched). Facts are paired one to one, best quality first; precision is the summed
quality over our facts, recall over the gold facts.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from coopwatch.evaluate.benchmarks.factrueval import GoldFact
from coopwatch.evaluate.benchmarks.tally import Scores, Tally, with_overall
from coopwatch.records import Document

FACT_TYPES = ("Occupation", "Meeting")
ANCHOR = {"Occupation": "Who", "Meeting": "Participant"}
ROLES = {"Occupation": ("Who", "Position", "Where"), "Meeting": ("Participant",)}
# The best published scores of track 3 (organizers' test set, Dialogue 2016).
PUBLISHED_F1 = {"Occupation": 0.662, "overall": 0.508}
FUNCTION_WORDS = frozenset({
    "в", "во", "на", "и", "по", "с", "со", "о", "об", "обо", "для", "от", "до", "из", "за",
    "к", "ко", "при", "у", "под", "над", "а",
})
WORD = re.compile(r"[\w-]+")

Lemmatize = Callable[[str], str]


@dataclass(frozen=True)
class Argument:
    role: str
    words: frozenset[str]


@dataclass(frozen=True)
class Fact:
    type: str
    arguments: tuple[Argument, ...]


def content_words(text: str, lemmatize: Lemmatize) -> frozenset[str]:
    """Lemmas of the words of a phrase, lower case, ё as е, without function words."""
    words = (word.lower().replace("ё", "е") for word in WORD.findall(text))
    return frozenset(lemmatize(w).replace("ё", "е") for w in words if w not in FUNCTION_WORDS)


def gold_facts(facts: Sequence[GoldFact], lemmatize: Lemmatize) -> list[Fact]:
    """The Occupation and Meeting facts of a document with their scored roles."""
    return [
        Fact(fact.type, tuple(
            Argument(arg.role, content_words(arg.text, lemmatize))
            for arg in fact.arguments if arg.role in ROLES[fact.type] and arg.text
        ))
        for fact in facts if fact.type in ROLES
    ]


def our_facts(doc: Document, lemmatize: Lemmatize) -> list[Fact]:
    """Positions as Occupation (Who, Position, Where), meeting events as Meeting."""
    facts = []
    for position in doc.positions:
        if position.title.removeprefix("экс-") in OWNERSHIP_TITLES:
            continue
        arguments = [("Who", _name(doc, position.person)), ("Position", position.title)]
        if position.of:
            arguments.append(("Where", _name(doc, position.of)))
        facts.append(_fact("Occupation", arguments, lemmatize))
    for event in doc.events:
        people = [key for key in event.participants if _is_person(doc, key)]
        if event.type == "meeting" and len(people) >= MEETING_PEOPLE:
            arguments = [("Participant", _name(doc, key)) for key in people]
            facts.append(_fact("Meeting", arguments, lemmatize))
    return facts


# Owning or founding a company is FactRuEval's Ownership, not an Occupation (a track-3 type
# we do not score): our positions with these titles are left out of the Occupation facts
# (none of the Occupation facts of documents 1-61 has such a Position).
OWNERSHIP_TITLES = frozenset({
    "владелец", "совладелец", "основатель", "сооснователь", "учредитель", "соучредитель",
    "создатель",
})


# FactRuEval's Meeting is people meeting people: our meetings also have regions,
# countries and organizations as parties, which its Participant never names.
MEETING_PEOPLE = 2


def _is_person(doc: Document, key: str) -> bool:
    entity = doc.entity(key)
    return entity is not None and entity.type == "PER"


def _fact(kind: str, arguments: list[tuple[str, str]], lemmatize: Lemmatize) -> Fact:
    return Fact(kind, tuple(Argument(role, content_words(text, lemmatize))
                            for role, text in arguments))


def _name(doc: Document, key: str) -> str:
    """The entity's names in the card, its name and its aliases («Россия РФ Российская
    Федерация»: the gold names an entity by whichever form its text used); for a key
    without an entity, the key's text."""
    entity = doc.entity(key)
    return " ".join((entity.name, *entity.aliases)) if entity else key.split(":", 1)[-1]


def _argument_pairs(gold: Fact, ours: Fact) -> list[tuple[int, int]]:
    """Matched arguments (gold index, our index), one to one, in order."""
    pairs, used = [], set()
    for g, wanted in enumerate(gold.arguments):
        for o, found in enumerate(ours.arguments):
            if o not in used and wanted.role == found.role and wanted.words & found.words:
                pairs.append((g, o))
                used.add(o)
                break
    return pairs


def fact_quality(gold: Fact, ours: Fact) -> float:
    """Jaccard overlap of the arguments; 0 unless the types and an anchor argument match."""
    if gold.type != ours.type:
        return 0.0
    pairs = _argument_pairs(gold, ours)
    if not any(gold.arguments[g].role == ANCHOR[gold.type] for g, _ in pairs):
        return 0.0
    return len(pairs) / (len(gold.arguments) + len(ours.arguments) - len(pairs))


def score_facts(gold: Sequence[Fact], ours: Sequence[Fact],
                types: Sequence[str] = FACT_TYPES) -> Scores:
    """Per fact type and overall: summed quality of the one-to-one pairs."""
    candidates = sorted(
        ((fact_quality(g_fact, o_fact), g, o)
         for g, g_fact in enumerate(gold) for o, o_fact in enumerate(ours)),
        key=lambda item: (-item[0], item[1], item[2]),
    )
    used_gold: set[int] = set()
    used_ours: set[int] = set()
    matched = dict.fromkeys(types, 0.0)
    for quality, g, o in candidates:
        if quality <= 0:
            break
        if g not in used_gold and o not in used_ours:
            used_gold.add(g)
            used_ours.add(o)
            matched[gold[g].type] += quality
    scores = {kind: Tally(matched[kind], sum(f.type == kind for f in ours),
                          sum(f.type == kind for f in gold)) for kind in types}
    return with_overall(scores, types)
