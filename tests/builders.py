"""Shared test builders: analyzed documents with hand-given entities, spans of a text,
and three stored-card examples with every kind of fact.

Tests import these directly (`from builders import document`); nothing here is a test.
"""

from __future__ import annotations

import importlib
import re
import sys
from dataclasses import replace
from pathlib import Path
from types import ModuleType

from coopwatch.extract import figures
from coopwatch.nlp.analyze import analyze
from coopwatch.pipeline import STAGES, Pipeline
from coopwatch.records import (
    Change,
    Cooperation,
    Document,
    Entity,
    Event,
    Figure,
    Flow,
    Mention,
    Position,
    Relevance,
    Source,
    Span,
)
from coopwatch.text.annotations import with_entity_lookups, with_passages
from coopwatch.tools import Toolkit

# Entity key prefix -> entity type; any other key (RU-SPE, CN, geo:Минск) is GEO.
KINDS = {"per": "PER", "org": "ORG"}


# --- spans of a text


def span_of(text: str, fragment: str) -> Span:
    """The first occurrence of `fragment` in `text`."""
    start = text.index(fragment)
    return Span(start, start + len(fragment))


def mention_of(text: str, fragment: str) -> Mention:
    """A mention at the first occurrence of `fragment` in `text`."""
    span = span_of(text, fragment)
    return Mention(span.start, span.stop, fragment)


def sentence_of(text: str, fragment: str) -> tuple[Span, ...]:
    """The sentence of `text` containing `fragment`, as evidence."""
    start = text.rfind(". ", 0, text.index(fragment)) + 1
    start += len(text[start:]) - len(text[start:].lstrip())
    stop = text.index(".", text.index(fragment)) + 1
    return (Span(start, stop),)


# --- analyzed documents with hand-given entities


def entity(key: str, surfaces: list[str], text: str, *, name_from_key: bool = True) -> Entity:
    """An entity with a mention at every occurrence of each surface form.

    Its type comes from the key prefix (per:, org:, else GEO); its name is the part of
    a prefixed key after the colon (when `name_from_key`), else the first surface form.
    """
    mentions = tuple(
        Mention(found.start(), found.end(), found.group())
        for surface in surfaces
        for found in re.finditer(re.escape(surface), text)
    )
    kind = KINDS.get(key.split(":")[0], "GEO")
    name = key.split(":", 1)[1] if name_from_key and ":" in key else surfaces[0]
    return Entity(key=key, type=kind, name=name, mentions=mentions)


def analyzed(
    text: str, tools: Toolkit, published: str | None = None, doc_id: str = "test"
) -> Document:
    """The text through the natasha adapter (sentences, tokens, mentions), with its
    passages, as the pipeline's `analyze` stage gives it."""
    doc = Document(id=doc_id, text=text, source=Source(published=published))
    return with_passages(analyze(doc, tools))


def with_entities(
    doc: Document, entities: dict[str, list[str]], *, name_from_key: bool = True
) -> Document:
    """The document with the given entities (key -> surface forms) in place of its own,
    and the lookups the entities stage would build from them."""
    return with_entity_lookups(doc.replace(entities=tuple(
        entity(key, surfaces, doc.text, name_from_key=name_from_key)
        for key, surfaces in entities.items()
    )))


def document(
    text: str, tools: Toolkit, entities: dict[str, list[str]], *, name_from_key: bool = True
) -> Document:
    """The analyzed text with the given entities (key -> surface forms)."""
    return with_entities(analyzed(text, tools), entities, name_from_key=name_from_key)


def placed_document(text: str, tools: Toolkit, entities: dict[str, list[str]]) -> Document:
    """The analyzed text with these entities (named by their first surface form), each
    place of the gazetteer given its kind and the place it lies in, as the entities stage
    gives them."""
    doc = document(text, tools, entities, name_from_key=False)
    placed = []
    for item in doc.entities:
        place = tools.gazetteer.get(item.key) if item.type == "GEO" else None
        placed.append(replace(item, geo_kind=place.geo_kind, within=place.within)
                      if place else item)
    return with_entity_lookups(doc.replace(entities=tuple(placed)))


# --- modules of bench/ (measured alternatives the tests hold to the same answers)

BENCH = Path(__file__).resolve().parents[1] / "bench"


def dated_document(text: str, tools: Toolkit, entities: dict[str, list[str]],
                   published: str | None) -> Document:
    """The analyzed text with its dates (read against `published`) and the given entities
    (named by their first surface form)."""
    from coopwatch.extract import dates

    doc = dates.annotate(analyzed(text, tools, published), tools)
    return with_entities(doc, entities, name_from_key=False)


def positions_read(text: str, entities: dict[str, list[str]],
                   tools: Toolkit) -> set[tuple[str, str, str | None]]:
    """(person, title, of) of every position the positions stage reads from `text` with
    these entities (key -> surface forms)."""
    from coopwatch.extract import positions

    doc = positions.extract(document(text, tools, entities, name_from_key=False), tools)
    return {(p.person, p.title, p.of) for p in doc.positions}


def titles_read(text: str, entities: dict[str, list[str]],
                tools: Toolkit) -> set[tuple[str, str]]:
    """(person, title) of every position the positions stage reads, whatever its of."""
    return {(who, title) for who, title, _ in positions_read(text, entities, tools)}


def sides_of_first(doc: Document, type_: str, sides: set[str], not_sides: set[str]) -> None:
    """Assert that the first event of `type_` in `doc` has all of `sides` among its
    participants and none of `not_sides`."""
    found = [event for event in doc.events if event.type == type_]
    assert found, [(event.type, event.participants) for event in doc.events]
    assert sides <= set(found[0].participants)
    assert not not_sides & set(found[0].participants)


def bench_module(name: str) -> ModuleType:
    """A module of bench/, imported with bench/ on the path as its scripts import it."""
    if str(BENCH) not in sys.path:
        sys.path.insert(0, str(BENCH))
    return importlib.import_module(name)


# --- stored cards (store, API, web and CLI tests)

SPB_TEXT = (
    "Вице-губернатор Санкт-Петербурга Кирилл Поляков посетил Минск. "
    "Петербург и Белоруссия подписали соглашение о создании Центра белорусской техники. "
    "Товарооборот Петербурга с Белоруссией в 2024 году вырос на 12,4% и составил "
    "3 млрд долларов. Петербургские предприятия поставляют в Белоруссию лаки и краски."
)
KAZAN_TEXT = (
    "Делегация Татарстана во главе с Рустамом Миннихановым посетила Санкт-Петербург, "
    "где обсудила поставки продукции нефтехимии."
)


def spb_card(doc_id: str = "spb-by") -> Document:
    """A card with every kind of fact, the way the pipeline would build one."""
    t = SPB_TEXT
    return Document(
        id=doc_id, text=t,
        source=Source(path="news/spb.txt", url="https://example.ru/spb",
                      title="Петербург и Белоруссия", published="2025-09-29"),
        entities=(
            Entity("RU-SPE", "GEO", "Санкт-Петербург", "region", "RU", ("Петербург",),
                   (mention_of(t, "Санкт-Петербурга"), mention_of(t, "Петербург и"))),
            Entity("BY", "GEO", "Белоруссия", "country", None, ("Республика Беларусь",),
                   (mention_of(t, "Белоруссия подписали"),)),
            Entity("geo:Минск", "GEO", "Минск", "city", "BY", (), (mention_of(t, "Минск"),)),
            Entity("per:Кирилл Поляков", "PER", "Кирилл Поляков", None, None, ("Поляков",),
                   (mention_of(t, "Кирилл Поляков"),)),
        ),
        positions=(Position("per:Кирилл Поляков", "вице-губернатор", "RU-SPE",
                            sentence_of(t, "Вице-губернатор")),),
        events=(
            Event("visit", "done", "2025-09-29", ("per:Кирилл Поляков", "RU-SPE"), "geo:Минск",
                  None, (), sentence_of(t, "посетил Минск")),
            Event("agreement", "done", "2025-09", ("RU-SPE", "BY"), None,
                  "соглашение о создании Центра белорусской техники", ("automotive",),
                  sentence_of(t, "подписали")),
        ),
        figures=(
            Figure("trade_turnover", 3.0e9, "USD", "exact", "actual", "2024",
                   Change(percent=12.4), ("RU-SPE", "BY"), sentence_of(t, "Товарооборот")),
        ),
        flows=(Flow("RU-SPE", "BY", ("лаки и краски",), ("chemicals",), "ongoing",
                    sentence_of(t, "поставляют")),),
        cooperation=(Cooperation(("RU-SPE", "BY"), ("automotive", "chemicals"),
                                 sentence_of(t, "подписали")),),
        sectors=("automotive", "chemicals"),
    )


def kazan_card() -> Document:
    """A second card: one visit, two regions, no publication date."""
    t = KAZAN_TEXT
    return Document(
        id="ta-spb", text=t, source=Source(path="news/kazan.txt", title="Татарстан в Петербурге"),
        entities=(
            Entity("RU-TA", "GEO", "Татарстан", "region", "RU", ("Республика Татарстан",),
                   (mention_of(t, "Татарстана"),)),
            Entity("RU-SPE", "GEO", "Санкт-Петербург", "region", "RU", ("Северная столица",),
                   (mention_of(t, "Санкт-Петербург"),)),
        ),
        events=(Event("visit", "done", None, ("RU-TA",), "RU-SPE", None, ("chemicals",),
                      sentence_of(t, "Делегация")),),
    )


TATAR_TEXT = (
    "Татарстан и провинция Чжэцзян обсудили размещение сборки электромобилей в ОЭЗ «Алабуга». "
    "Товарооборот Брянской области с Белоруссией в 2023 году составил 1,2 млрд долларов. "
    "Ёлкинский завод начнёт поставки тракторов в Китай."
)


def tatar_card() -> Document:
    t = TATAR_TEXT
    return Document(
        id="ta-zj", text=t, source=Source(title="Татарстан и Чжэцзян", published="2024-03-05"),
        entities=(
            Entity("RU-TA", "GEO", "Татарстан", "region", "RU", ("РТ",), (mention_of(t, "Татарстан"),)),
            Entity("CN-ZJ", "GEO", "Чжэцзян", "region", "CN", (), (mention_of(t, "Чжэцзян"),)),
            Entity("RU-BRY", "GEO", "Брянская область", "region", "RU", ("Брянщина",),
                   (mention_of(t, "Брянской области"),)),
            Entity("BY", "GEO", "Белоруссия", "country", None, (), (mention_of(t, "Белоруссией"),)),
            Entity("org:Ёлкинский завод", "ORG", "Ёлкинский завод", None, None, (),
                   (mention_of(t, "Ёлкинский завод"),)),
        ),
        events=(Event("localization", "proposed", "2024-03", ("RU-TA", "CN-ZJ"), None,
                      "сборка электромобилей", ("automotive",), sentence_of(t, "размещение")),),
        figures=(Figure("trade_turnover", 1.2e9, "USD", "exact", "actual", "2023", None,
                        ("RU-BRY", "BY"), sentence_of(t, "Брянской")),),
        cooperation=(Cooperation(("CN-ZJ", "RU-TA"), ("automotive",), sentence_of(t, "размещение")),
                     Cooperation(("BY", "RU-SPE"), (), sentence_of(t, "Брянской"))),
        sectors=("automotive",),
    )


FACT_SECTIONS = ("positions", "events", "figures", "flows", "cooperation")


def rated(doc: Document, *, on_topic: bool, score: float, confidence: float) -> Document:
    """The card as schema version 2 gives it: a relevance, and `confidence` on every fact."""
    return doc.replace(relevance=Relevance(on_topic=on_topic, score=score), **{
        name: tuple(replace(fact, confidence=confidence) for fact in getattr(doc, name))
        for name in FACT_SECTIONS
    })


def version_2_cards() -> tuple[Document, ...]:
    """The three stored cards of the v2 tests: spb-by on topic (facts 0.9), ta-spb off
    topic (0.3), ta-zj a version-1 card (no relevance, no confidence)."""
    return (rated(spb_card(), on_topic=True, score=0.95, confidence=0.9),
            rated(kazan_card(), on_topic=False, score=0.2, confidence=0.3),
            tatar_card())


def pipeline_before(stage: str, tools: Toolkit) -> Pipeline:
    """The pipeline's stages up to, not including, the stage named `stage`."""
    names = [item.name for item in STAGES]
    return Pipeline(stages=STAGES[:names.index(stage)], tools=tools)


def pipeline_without(stage: str, tools: Toolkit | None = None) -> Pipeline:
    """The whole pipeline but the stage named `stage`: for tables of extraction shapes
    whose one-sentence pages the relevance stage would judge as a whole (a trade between
    two countries abroad names no Russian side)."""
    kept = tuple(item for item in STAGES if item.name != stage)
    return Pipeline(stages=kept, tools=tools) if tools is not None else Pipeline(stages=kept)


# the stages the figures stage reads from, in the pipeline's order
FIGURE_INPUTS = ("analyze", "dates", "entities", "positions")


def figures_read(pipeline: Pipeline, text: str, published: str = "2024-04-10") -> tuple[Figure, ...]:
    """The figures of a text run through the stages the figures stage reads from."""
    doc = Document(id="t", text=text, source=Source(published=published))
    for stage in pipeline.stages:
        if stage.name in FIGURE_INPUTS:
            doc = stage.run(doc, pipeline.tools)
    return figures.extract(doc, pipeline.tools).figures
