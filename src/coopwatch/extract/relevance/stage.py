"""Stage `relevance`: is the document about economic cooperation at all?

Words of the economy and of cooperation (`data/relevance/topics.tsv`) are counted
against the words of off-topic news (sport, weather, crime, culture, the army, religion,
elections, fires, epidemics), and the facts the stages found add to the economy's side.
A page that names no place in Russia leans far off. The score is a logistic function
of the difference; an off-topic document keeps its
entities but loses its facts (SCHEMA.md, version 2) and the sectors read from them, so a
hockey match or a typhoon warning puts nothing into the knowledge base.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from coopwatch.geo.gazetteer import Gazetteer
from coopwatch.lexicon.datafiles import data_rows
from coopwatch.lexicon.phrases import LemmaLexicon
from coopwatch.records import Document, Relevance, Span
from coopwatch.text.regions import is_russia_or_region
from coopwatch.tools import Toolkit

ECONOMY = "economy"
NEUTRAL = "neutral"  # a phrase that takes its words out of any topic (борьба с ...)
SIDE = "side"  # words of a visit's side story (a memorial, an award): they only mark facts
RUSSIA = "RU"
# Weights set on the real-news dev part (bench/realnews): a fact counts as much as two
# economy words, but only the first two facts count (a crime story's smuggled gold makes
# figures and flows too); an off-topic word counts one and a half; even evidence is 0.5.
FACT_WEIGHT = 2.0
MAX_FACTS = 2
OFF_TOPIC_WEIGHT = 1.5
SLOPE = 0.5
BIAS = -1.0  # a text with no word of either side leans off topic
# A page that names no place in Russia tells of no Russian side's cooperation (a foreign
# firm's deal, a death abroad). Set on the dev part and the NEREL news (none of them on
# this topic): it turned 51 of 840 NEREL pages off topic and no dev page.
NO_RUSSIAN_PLACE = 4.0


@dataclass(frozen=True)
class TopicCounts:
    """What a document's words and facts say of its topic."""

    economy: int
    off_topic: int
    facts: int
    events: int = 0  # of the facts, the events (meetings, visits, signings)
    russian_place: bool = True  # Russia, a Russian region or a place inside one is named

    @property
    def evidence(self) -> float:
        """For (above 0) or against (below 0) economic cooperation. Facts back the words
        of the economy; on a page with none of them, meetings and visits (a leader's trip
        at home, a session with the local officials) are politics and do not count, while
        figures, flows and cooperating pairs still do. A page with no place in Russia
        leans far off."""
        facts = self.facts if self.economy else self.facts - self.events
        return (self.economy + FACT_WEIGHT * min(facts, MAX_FACTS)
                - OFF_TOPIC_WEIGHT * self.off_topic + BIAS
                - (0.0 if self.russian_place else NO_RUSSIAN_PLACE))


@lru_cache(maxsize=1)
def topic_lexicon() -> LemmaLexicon:
    return LemmaLexicon.from_pairs([(row[1], row[0]) for row in data_rows("relevance/topics.tsv")])


def topic_counts(doc: Document, gazetteer: Gazetteer | None = None) -> TopicCounts:
    """Economy and off-topic words over the document's passages, its facts, and whether
    it names a place in Russia (a city by the gazetteer, when one is given)."""
    labels: Counter[str] = Counter()
    for passage in doc.passages:
        labels.update(match.label for match in topic_lexicon().matches(passage.lemmas))
    economy = labels[ECONOMY]
    off_topic = sum(labels.values()) - economy - labels[NEUTRAL] - labels[SIDE]
    facts = len(doc.events) + len(doc.figures) + len(doc.flows) + len(doc.cooperation)
    return TopicCounts(economy, off_topic, facts, len(doc.events),
                       russian_place=names_russia(doc, gazetteer))


def names_russia(doc: Document, gazetteer: Gazetteer | None = None) -> bool:
    """Whether a place the text names is Russia, a Russian region or inside one, or
    (with the gazetteer) its people or an adjective of it stand for one: «позволить
    себе краба могут только 3-5% россиян», «омские аграрии»."""
    if any(entity.type == "GEO" and entity.mentions and (
            is_russia_or_region(entity.key) or (entity.within or "").startswith(RUSSIA)
            or (gazetteer is not None and gazetteer.country(entity.key) == RUSSIA))
           for entity in doc.entities):
        return True
    if gazetteer is None:
        return False
    for passage in doc.passages:
        for token in passage.tokens:
            if token.pos == "ADJ" and any(
                    is_russia_or_region(place.key) for place in gazetteer.adjective(token.text)):
                return True
            people = gazetteer.demonym(token.text) if token.pos == "NOUN" else None
            if people is not None and is_russia_or_region(people.key):
                return True
    return False


def is_side_story(doc: Document, evidence: Sequence[Span]) -> bool:
    """Whether a fact was read only from passages of a visit's side story: a word of a
    memorial, an award or a festival there (flowers laid, medals handed out, guests
    invited to a poetry festival), and none of the economy."""
    labels: Counter[str] = Counter()
    for passage in doc.passages:
        if any(passage.start < span.stop and span.start < passage.stop for span in evidence):
            labels.update(match.label for match in topic_lexicon().matches(passage.lemmas))
    return labels[SIDE] > 0 and not labels[ECONOMY]


def relevance_of(counts: TopicCounts) -> Relevance:
    """On topic only when the evidence is for it: a tie (one stray economy word, no
    facts) leans off, as a text with no word of either side does."""
    score = 1.0 / (1.0 + math.exp(-SLOPE * counts.evidence))
    return Relevance(on_topic=counts.evidence > 0, score=round(score, 3))


def assess(doc: Document, tools: Toolkit) -> Document:
    """Fill `doc.relevance`; an off-topic document keeps its entities only: its sectors
    were read from the passages of its facts, and go with them. An on-topic one loses
    the events and figures read only from a side story."""
    relevance = relevance_of(topic_counts(doc, tools.gazetteer))
    if relevance.on_topic:
        events = tuple(event for event in doc.events if not is_side_story(doc, event.evidence))
        figures = tuple(fig for fig in doc.figures if not is_side_story(doc, fig.evidence))
        return doc.replace(relevance=relevance, events=events, figures=figures)
    return doc.replace(relevance=relevance, positions=(), events=(), figures=(), flows=(),
                       cooperation=(), sectors=())
