"""The pipeline: named stages, in order, each a function `(Document, Toolkit) -> Document`.

Read this file top to bottom to see what happens to a document after ingest. Each stage
declares its contract, as spaCy's components do: the Document fields (card fields or
working annotations) it `requires` and those it `assigns`, and the other stages whose
helpers it `uses` (code it imports, which puts no constraint on the order).
`unmet_requirements` checks an order against the contracts.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from coopwatch.extract import (
    confidence,
    cooperation,
    dates,
    entities,
    events,
    figures,
    flows,
    org_filter,
    pair_judge,
    positions,
    relevance,
    sectors,
)
from coopwatch.extract.events.settle import settle
from coopwatch.nlp import analyze
from coopwatch.records import Document
from coopwatch.text.annotations import with_passages
from coopwatch.text.scripts import fold_scripts
from coopwatch.tools import Toolkit

StageFn = Callable[[Document, Toolkit], Document]

# What ingest gives every document before the first stage.
INGEST_ASSIGNS: tuple[str, ...] = ("id", "text", "source")


@dataclass(frozen=True)
class Stage:
    """A named step and its contract (field names of `Document`; stage names for `uses`)."""

    name: str
    run: StageFn
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()
    uses: tuple[str, ...] = ()
    clears: tuple[str, ...] = ()  # fields it may empty (facts of an off-topic document)


def analyze_into_passages(doc: Document, tools: Toolkit) -> Document:
    """natasha's analysis, then the sentences cut at line breaks into passages."""
    return with_passages(analyze.analyze(doc, tools))


def settle_event_sides(doc: Document, tools: Toolkit) -> Document:
    """The events' sides as their cards list them (`events.settle`), once the stages that
    read every party the events named have run."""
    return settle(doc, tools)


STAGES: tuple[Stage, ...] = (
    # Latin look-alike letters in Cyrillic words made Cyrillic, offsets unchanged
    Stage("scripts", fold_scripts,
          requires=("text",),
          assigns=("text",)),
    # sentences, tokens, syntax, NER mentions; passages
    Stage("analyze", analyze_into_passages,
          requires=("text",),
          assigns=("sentences", "mentions", "passages")),
    # date expressions resolved to ISO
    Stage("dates", dates.annotate,
          requires=("text", "source"),
          assigns=("times",)),
    # mentions -> entities with keys; the mentions rewritten without titles; the
    # entities' mention index and the main region
    Stage("entities", entities.link,
          requires=("text", "sentences", "mentions"),
          assigns=("entities", "mentions", "entity_mentions", "main_region")),
    # person - title - region/org (the Chinese and Vietnamese family names of `entities`'
    # lexicon, whose bearers hold posts abroad)
    Stage("positions", positions.extract,
          requires=("text", "passages", "entities", "entity_mentions", "main_region"),
          assigns=("positions",),
          uses=("entities",)),
    # trade and investment figures (their own time expressions, from `dates`' grammar;
    # the government-body lexicon of `entities`, which is no investor; the envoys' titles
    # of `positions`, whose host city is no party)
    Stage("figures", figures.extract,
          requires=("text", "source", "sentences", "entities", "main_region", "positions"),
          assigns=("figures",),
          uses=("dates", "entities", "positions")),
    # meetings, visits, agreements, ... (their sectors from `sectors`' lexicon; the page's
    # own date by `dates`' helper; the web addresses that name outlets, from `entities`)
    Stage("events", events.extract,
          requires=("text", "source", "passages", "entities", "entity_mentions",
                    "main_region", "positions", "times"),
          assigns=("events",),
          uses=("dates", "entities", "sectors")),
    # who supplies what to whom (status cues and triggers from `events`; the side of a
    # quoted speaker, from his position, by `figures`' helper; the plant nouns of
    # `cooperation`, whose line of work is no supply)
    Stage("flows", flows.extract,
          requires=("text", "passages", "entities", "entity_mentions", "main_region",
                    "positions"),
          assigns=("flows",),
          uses=("cooperation", "events", "figures", "sectors")),
    # pairs of parties that cooperate, supported by events, flows and figures (the
    # government-body and bloc lexicons of `entities` and `events` for its signatories)
    Stage("cooperation", cooperation.extract,
          requires=("text", "passages", "entities", "entity_mentions", "main_region",
                    "positions", "events", "flows", "figures"),
          assigns=("cooperation",),
          uses=("entities", "events", "sectors")),
    # document-level sectors, from the passages that carry a fact; an event's or a flow's
    # from the passages around it when its own name none
    Stage("sectors", sectors.extract,
          requires=("text", "passages", "entities", "events", "flows", "cooperation"),
          assigns=("sectors", "events", "flows", "cooperation")),
    # whether the document is about economic cooperation; an off-topic one loses its facts
    # and the sectors read from them
    Stage("relevance", relevance.assess,
          requires=("passages", "entities", "events", "figures", "flows", "cooperation"),
          assigns=("relevance",),
          clears=("positions", "events", "figures", "flows", "cooperation", "sectors")),
    # every pair of places and organizations weighed by a small learned model: the rules'
    # pairs it finds unlikely left out, the likely pairs they missed added (after
    # relevance, which reads the rules' pairs alone; an off-topic document has none)
    Stage("pair_judge", pair_judge.judge,
          requires=("text", "passages", "entities", "main_region", "relevance", "events",
                    "flows", "figures", "cooperation"),
          assigns=("cooperation",),
          uses=("cooperation", "confidence", "sectors")),
    # each fact's calibrated chance of being right (schema 2); the facts more likely
    # wrong than right left out
    Stage("confidence", confidence.estimate,
          requires=("text", "passages", "entities", "relevance", "positions", "events",
                    "figures", "flows", "cooperation"),
          assigns=("positions", "events", "figures", "flows", "cooperation")),
    # organizations a small model finds more likely spurious than real, and that no fact
    # needs, left out (its features read the facts, so it comes last)
    Stage("org_filter", org_filter.sift_orgs,
          requires=("text", "sentences", "mentions", "entities", "relevance", "positions",
                    "events", "figures", "flows", "cooperation"),
          assigns=("entities", "entity_mentions"),
          uses=("entities",)),
    # the sides each event's card lists, settled last: cooperation draws its
    # pairs from every party the events named (a firm a delegation visited), and the
    # organization filter keeps the organizations they name
    Stage("event_sides", settle_event_sides,
          requires=("passages", "entity_mentions", "events"),
          assigns=("events",),
          uses=("events",)),
)


def unmet_requirements(
    stages: Sequence[Stage], given: Iterable[str] = INGEST_ASSIGNS
) -> list[tuple[str, str]]:
    """(stage, field) for every field a stage requires that neither `given` nor an
    earlier stage assigns; empty when the order satisfies every contract."""
    assigned = set(given)
    unmet = []
    for stage in stages:
        unmet += [(stage.name, name) for name in stage.requires if name not in assigned]
        assigned.update(stage.assigns)
    return unmet


PAGE_PLACES_KNOWN = "entities"  # the stage after which the page's places are known


@dataclass
class Pipeline:
    """Runs the stages; keeps the time spent in each for the benchmarks."""

    tools: Toolkit = field(default_factory=Toolkit)
    stages: tuple[Stage, ...] = STAGES
    seconds: dict[str, float] = field(default_factory=dict)

    def __call__(self, doc: Document) -> Document:
        tools = self.tools
        for stage in self.stages:
            began = time.perf_counter()
            doc = stage.run(doc, tools)
            if stage.name == PAGE_PLACES_KNOWN:
                # the stages after it read place adjectives as this page means them
                tools = self.tools.for_page({e.key for e in doc.entities if e.mentions})
            self.seconds[stage.name] = self.seconds.get(stage.name, 0.0) + (
                time.perf_counter() - began
            )
        return doc

    def map(self, docs: Iterable[Document]) -> Iterator[Document]:
        for doc in docs:
            yield self(doc)
