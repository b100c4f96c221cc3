"""The systems under test, each turning a text into typed spans (and, for coopwatch, a card).

- `natasha`: natasha's Segmenter + NewsNERTagger alone (the baseline), LOC read as GEO;
- `coopwatch`: every mention of every entity of our card (PER / ORG / GEO), plus the
  amounts behind money and percent figures and the date expressions (for NEREL; on
  FactRuEval, which scores no dates or amounts, the dates and figures stages are skipped).

This module is a benchmark adapter: like `coopwatch.nlp.analyze`, it talks to natasha
directly, because the baseline is natasha itself.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Protocol

from coopwatch.evaluate.benchmarks.ner_analysis import (
    NerToolkit,
    analyze_for_entities,
    analyze_without_syntax,
)
from coopwatch.evaluate.benchmarks.ner_metrics import Typed
from coopwatch.extract import dates, entities, figures
from coopwatch.extract.figures.amounts import PERCENT, find_amounts
from coopwatch.pipeline import STAGES, Pipeline, Stage
from coopwatch.records import Document, Figure
from coopwatch.tools import Toolkit

NATASHA_TYPES = {"PER": "PER", "ORG": "ORG", "LOC": "GEO"}

# What the entities stage needs (and figures, for MONEY / PERCENT), without syntax.
NER_STAGES = (
    Stage("analyze", analyze_without_syntax),
    Stage("dates", dates.annotate),
    Stage("entities", entities.link),
    Stage("figures", figures.extract),
)
# FactRuEval scores persons, organizations and places only: no dates, no figures.
ENTITY_STAGES = (
    Stage("analyze", analyze_for_entities),
    Stage("entities", entities.link),
)
# The stages each NER dataset needs (NEREL also scores MONEY, PERCENT and DATE).
DATASET_STAGES = {"factrueval-dev": ENTITY_STAGES, "nerel-dev": NER_STAGES}
# What Occupation and Meeting facts need: events read the dependency tree (full analysis).
FACT_STAGES = tuple(
    s for s in STAGES if s.name in {"analyze", "dates", "entities", "positions", "events"}
)


@dataclass(frozen=True)
class Annotation:
    spans: tuple[Typed, ...]
    doc: Document | None = None


class System(Protocol):
    name: str

    def load(self) -> None: ...

    def annotate(self, text: str) -> Annotation: ...


class NatashaNer:
    """natasha's NER alone: Segmenter + NewsNERTagger (models may be shared with a Toolkit)."""

    name = "natasha"

    def __init__(self, segmenter: Any = None, tagger: Any = None) -> None:
        self.segmenter, self.tagger = segmenter, tagger

    @classmethod
    def from_toolkit(cls, tools: Toolkit) -> NatashaNer:
        return cls(tools.natasha.segmenter, tools.natasha.ner_tagger)

    def load(self) -> None:
        if self.tagger is None:
            import yargy  # noqa: F401  (before natasha: pymorphy2 on Python 3.11)
            from natasha import NewsEmbedding, NewsNERTagger, Segmenter

            self.segmenter, self.tagger = Segmenter(), NewsNERTagger(NewsEmbedding())

    def annotate(self, text: str) -> Annotation:
        from natasha import Doc

        self.load()
        nat = Doc(text)
        nat.segment(self.segmenter)
        nat.tag_ner(self.tagger)
        return Annotation(tuple(Typed(NATASHA_TYPES[s.type], s.start, s.stop)
                                for s in nat.spans if s.type in NATASHA_TYPES))


class Coopwatch:
    """Our pipeline with the given stages; spans are read from the finished card.

    Without `tools`, models come from a `NerToolkit` (no syntax parser), which suits
    `NER_STAGES`; stages with the full `analyze` need a full `Toolkit`.
    """

    name = "coopwatch"

    def __init__(self, tools: Toolkit | None = None,
                 stages: tuple[Stage, ...] = NER_STAGES) -> None:
        self.pipeline = Pipeline(tools=tools or NerToolkit(), stages=stages)

    def load(self) -> None:
        self.pipeline.tools.natasha  # noqa: B018  (load the models before timing)
        self.pipeline.tools.gazetteer  # noqa: B018

    def annotate(self, text: str) -> Annotation:
        doc = self.pipeline(Document(id="bench", text=text))
        return Annotation(tuple(card_spans(doc)), doc)


def card_spans(doc: Document) -> Iterator[Typed]:
    """Entity mentions (PER/ORG/GEO), figure amounts (MONEY/PERCENT) and dates (DATE)."""
    for entity in doc.entities:
        for mention in entity.mentions:
            yield Typed(entity.type, mention.start, mention.stop)
    yield from (nerel_amount(doc.text, amount) for amount in figure_amounts(doc))
    for time in doc.times:
        date = nerel_date(doc.text, time.start, time.stop)
        if date is not None:
            yield date


# How NEREL bounds a DATE (read off its train split): the words before the date that
# say where in time it falls are in it — a preposition («в 2009 году», «с 1997 года»,
# «до апреля»), a part of the period («в начале 2010 года», «до середины августа»), a
# weekday before the day («в среду, 20 января») — and the dot of «г.» is not; a lone
# «вчера» or «сегодня» is no DATE.
DATE_LEAD = re.compile(
    r"(?<![\w-])(?:(?:в|во|с|со|до|к|ко|на|по|за|после|около|через)\s+)?"
    r"(?:(?:начал[еау]|конц[еау]|середин[еыу])\s+"
    r"|(?:понедельник|вторник|сред[уа]|четверг|пятниц[уа]|суббот[уа]|воскресенье),\s+)?\Z",
    re.IGNORECASE,
)
DEICTIC_DAYS = frozenset({"вчера", "сегодня", "завтра", "позавчера", "послезавтра"})


def nerel_date(text: str, start: int, stop: int) -> Typed | None:
    """A date expression of ours bounded as NEREL bounds its DATE spans (None: none)."""
    if text[start:stop].lower() in DEICTIC_DAYS:
        return None
    stop = stop - 1 if text[start:stop].endswith(".") else stop
    lead = DATE_LEAD.search(text, max(0, start - 40), start)
    if lead is not None and "\n" not in lead.group():
        start = lead.start()
    return Typed("DATE", start, stop)


# NEREL's MONEY and PERCENT take in the word that says how exact the amount is
# («около 200 млн руб.», «более 1 млрд долларов США»; read off its train split).
AMOUNT_LEAD = re.compile(
    r"(?<![\w-])(?:около|порядка|почти|примерно|приблизительно|свыше|более(?:\s+чем)?"
    r"|менее(?:\s+чем)?|не\s+менее|не\s+более)\s+\Z",
    re.IGNORECASE,
)


def nerel_amount(text: str, amount: Typed) -> Typed:
    """An amount of ours bounded as NEREL bounds its MONEY and PERCENT spans."""
    lead = AMOUNT_LEAD.search(text, max(0, amount.start - 20), amount.start)
    return Typed(amount.type, lead.start(), amount.stop) if lead else amount


def figure_amounts(doc: Document) -> Iterator[Typed]:
    """The amounts in each figure's evidence whose value and unit the figure carries."""
    seen: set[Typed] = set()
    for figure in doc.figures:
        for span in figure.evidence:
            for amount in find_amounts(doc.text[span.start:span.stop]):
                kind = _amount_kind(figure, amount.value, amount.unit)
                typed = Typed(kind or "", span.start + amount.start, span.start + amount.stop)
                if kind and typed not in seen:
                    seen.add(typed)
                    yield typed


def _amount_kind(figure: Figure, value: float, unit: str | None) -> str | None:
    if unit == PERCENT:
        values = {figure.value if figure.unit == PERCENT else None,
                  abs(figure.change.percent) if figure.change and figure.change.percent else None}
        return "PERCENT" if _close_to_any(value, values) else None
    if unit and unit == figure.unit and _close_to_any(value, {figure.value}):
        return "MONEY"
    return None


def _close_to_any(value: float, candidates: set[float | None]) -> bool:
    return any(c is not None and abs(c - value) <= 1e-6 * max(1.0, abs(c)) for c in candidates)


def make_system(name: str, tools: Toolkit | None = None,
                stages: tuple[Stage, ...] = NER_STAGES) -> System:
    """`natasha` or `coopwatch`; with `tools`, models are shared (tests)."""
    if name == "natasha":
        return NatashaNer.from_toolkit(tools) if tools else NatashaNer()
    if name == "coopwatch":
        return Coopwatch(tools, stages)
    raise ValueError(f"unknown system {name!r} (natasha, coopwatch)")
