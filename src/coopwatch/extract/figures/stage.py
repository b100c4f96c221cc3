"""Stage `figures`: trade, investment and count figures with their metric, exactness,
kind, period, change and parties.

For each sentence holding a number: the amounts (`amounts.py`), the changes
(`changes.py`) and the time expressions (`dates/timexpr.py`) in it; what each amount
measures comes from the cue words around it (`cues.py`), who it is about from the
entities of the sentence (`parties.py`). A sentence without a metric word or a
party ("Мы уже можем замахнуться на 3 млрд долларов") continues the figure of the
sentence before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from coopwatch.extract.dates.anchors import Anchor
from coopwatch.extract.dates.timexpr import TimeExpr, find_times
from coopwatch.extract.figures.amounts import PERCENT, Amount, find_amounts
from coopwatch.extract.figures.changes import ChangeCue, find_changes
from coopwatch.extract.figures.cues import (
    MEASURE_UNITS,
    approx_before,
    counted_unit,
    kind_of,
    lemmas,
    metric_matches,
)
from coopwatch.extract.figures.parties import (
    Clues,
    Sides,
    ancestors,
    clause_span,
    document_sides,
    figure_parties,
    is_mutual,
    keys_between,
    says_ours,
    sentence_keys,
)
from coopwatch.extract.figures.speaker import speaker_side
from coopwatch.records import Document, Figure, Sentence, Span
from coopwatch.tools import Toolkit

# how many sentences on a figure's metric and parties carry over to the next figure
CARRY_OVER = 2
_NOT_TOPICS = ("count", "share")
_HAS_NUMBER = re.compile(r"\d|вдвое|втрое|удво|утро|полтор|миллиард|миллион|тысяч", re.I)
_RESULTS_OF_YEAR = re.compile(r"(?:по\s+итогам|за)\s+((?:19|20)\d\d)\s+год", re.I)


@dataclass(frozen=True)
class Memory:
    """The metric and the parties the last sentences spoke of, for sentences that omit
    them ("Товарооборот ... растёт. Мы уже можем замахнуться на 3 млрд долларов")."""

    metric: str = "other"
    metric_at: int = -CARRY_OVER - 1
    parties: tuple[str, ...] = ()
    parties_at: int = -CARRY_OVER - 1

    def metric_for(self, index: int) -> str:
        return self.metric if index - self.metric_at <= CARRY_OVER else "other"

    def parties_for(self, index: int) -> list[str]:
        return list(self.parties) if index - self.parties_at <= CARRY_OVER else []


@dataclass(frozen=True)
class Context:
    """What every figure of a document needs to know."""

    doc: Document
    tools: Toolkit | None
    anchor: Anchor
    sides: Sides  # the document's main Russian region and main partner
    times: tuple[TimeExpr, ...]  # of the whole text, resolved against `anchor`


def extract(doc: Document, tools: Toolkit | None) -> Document:
    """Fill `doc.figures` from the sentences of the analysed document."""
    anchor = reference_anchor(doc)
    context = Context(doc=doc, tools=tools, anchor=anchor, sides=document_sides(doc, tools),
                      times=tuple(find_times(doc.text, anchor)))
    memory = Memory()
    figures: list[Figure] = []
    for index, sentence in enumerate(doc.sentences):
        keys = sentence_keys(doc, sentence, tools)
        if _HAS_NUMBER.search(sentence.text):
            figures += sentence_figures(context, sentence, keys or memory.parties_for(index),
                                        memory.metric_for(index))
        memory = _remember(memory, sentence, index, keys)
    return doc.replace(figures=tuple(_unique(figures)))


def _remember(memory: Memory, sentence: Sentence, index: int, keys: list[str]) -> Memory:
    metrics = [m.label for m in metric_matches(sentence.tokens) if m.label not in _NOT_TOPICS]
    if metrics:
        memory = replace(memory, metric=metrics[-1], metric_at=index)
    if keys:
        memory = replace(memory, parties=tuple(keys), parties_at=index)
    return memory


def reference_anchor(doc: Document) -> Anchor:
    """The publication date; when its year is unknown, the year after the latest
    "по итогам N года" of the text (annual results are reported the year after)."""
    anchor = Anchor.parse(doc.source.published)
    if anchor.year is not None:
        return anchor
    years = [int(year) for year in _RESULTS_OF_YEAR.findall(doc.text)]
    return replace(anchor, year=max(years) + 1) if years else anchor


def sentence_figures(context: Context, sentence: Sentence, keys: list[str],
                     fallback: str) -> list[Figure]:
    """The figures of one sentence; `keys` are the parties it names (or the ones before
    it), `fallback` the metric of the sentences before it."""
    times = [t for t in context.times if sentence.start <= t.start < sentence.stop]
    amounts = [_shift(a, sentence.start) for a in find_amounts(sentence.text)
               if not any(t.start <= sentence.start + a.start < t.stop for t in times)]
    changes = find_changes(sentence.text, sentence.start, sentence.tokens, amounts)
    used = {cue.amount for cue in changes if cue.amount}
    numbers = sorted([a.start for a in amounts] + [cue.start for cue in changes])
    placed = []
    for amount in amounts:
        if amount in used:
            continue
        figure = _figure(context, sentence, amount, times, keys, fallback, numbers)
        if figure is not None:
            placed.append((amount.start, figure))
    return _with_changes(context, sentence, placed, changes, times,
                         (keys, fallback, numbers))


def _shift(item, offset: int):
    return replace(item, start=item.start + offset, stop=item.stop + offset)


def _parties(context: Context, sentence: Sentence, at: int, numbers: list[int],
             keys: list[str], metric: str) -> tuple[str, ...]:
    """The parties of the figure whose number is at `at`: from the keys of its clauses,
    else `keys` (of the sentence, or of the sentences before it)."""
    first, last = clause_span(sentence, at, numbers)
    scope = [token for token in sentence.tokens if first <= token.start < last]
    local = keys_between(context.doc, sentence, first, last, context.tools)
    ours = says_ours(scope)
    clues = Clues(speaker=speaker_side(context.doc, sentence, context.tools) if ours else None,
                  mutual=is_mutual(scope))
    return figure_parties(local or keys, metric, context.sides, clues,
                          lambda key: ancestors(key, context.tools))


def _figure(context: Context, sentence: Sentence, amount: Amount, times: list[TimeExpr],
            keys: list[str], fallback: str, numbers: list[int]) -> Figure | None:
    unit = amount.unit or _count_unit(sentence, amount)
    if unit is None:
        return None
    if unit == PERCENT:
        metric = "share"
    elif amount.unit is None:
        metric = "other" if unit in MEASURE_UNITS else "count"
    else:
        metric = _metric(sentence, amount.start, fallback)
    return Figure(
        metric=metric, value=amount.value, unit=unit,
        approx=_approx(sentence, amount.start), kind=_kind(sentence, amount.start),
        period=_period(sentence, times, amount.start),
        parties=_parties(context, sentence, amount.start, numbers, keys, metric),
        evidence=(Span(sentence.start, sentence.stop),),
    )


def _count_unit(sentence: Sentence, amount: Amount) -> str | None:
    if not (amount.in_digits or amount.multiplied) or amount.value < 1:
        return None
    if _in_title(sentence, amount.start):
        return None
    after = [token for token in sentence.tokens if token.start >= amount.stop]
    if after and "\n" in sentence.text[amount.stop - sentence.start:after[0].start - sentence.start]:
        return None
    return counted_unit(after)


def _in_title(sentence: Sentence, start: int) -> bool:
    """Inside a short quoted name («Стратегия 2030», «100 лучших товаров»)."""
    before = sentence.text[: start - sentence.start]
    opened = before.rfind("«")
    if opened < 0 or before.rfind("»") > opened:
        return False
    closed = sentence.text.find("»", start - sentence.start)
    return 0 <= closed - opened < 80


def _metric(sentence: Sentence, start: int, fallback: str) -> str:
    """The nearest metric word before the number, else the first after it, else fallback."""
    tokens = sentence.tokens
    matches = metric_matches(tokens)
    before = [m for m in matches if tokens[m.first].start < start]
    if before:
        return before[-1].label
    return matches[0].label if matches else fallback


def _approx(sentence: Sentence, start: int) -> str:
    before = sentence.text[: start - sentence.start]
    found = approx_before(before)
    if found is None or found[0] != "less_than":
        return found[0] if found else "exact"
    clause = _clause_tokens(sentence, start)
    previous = [t for t in clause if t.stop <= sentence.start + found[1]]
    rechecked = approx_before(before, lemmas(previous))
    return rechecked[0] if rechecked else "exact"


def _clause_tokens(sentence: Sentence, start: int) -> list:
    tokens = sentence.tokens
    index = next((i for i, t in enumerate(tokens) if t.stop > start), len(tokens))
    first = max((i + 1 for i in range(index) if tokens[i].text in ",;"), default=0)
    last = next((i for i in range(index, len(tokens)) if tokens[i].text in ",;"), len(tokens))
    return list(tokens[first:last])


def _kind(sentence: Sentence, start: int) -> str:
    return kind_of(_clause_tokens(sentence, start)) or kind_of(sentence.tokens) or "actual"


def _period(sentence: Sentence, times: list[TimeExpr], start: int) -> str | None:
    """The period named in the clause of the number, else the nearest one before it in
    the sentence ("По итогам 2024 года, товарооборот ..."); a period in a later clause
    belongs to what that clause says, except a deadline ("преодолеем эту планку до конца
    года")."""
    periods = [t for t in times if t.period]
    clause = _clause_tokens(sentence, start)
    inside = [t for t in periods if clause and clause[0].start <= t.start < clause[-1].stop]
    candidates = inside or [t for t in periods if t.start < start or t.kind == "deadline"]
    if not candidates:
        return None
    return min(candidates, key=lambda t: abs(t.start - start)).period


def _with_changes(context: Context, sentence: Sentence, placed: list[tuple[int, Figure]],
                  changes: list[ChangeCue], times: list[TimeExpr],
                  around: tuple[list[str], str, list[int]]) -> list[Figure]:
    """Attach each change to the money figure it is about, or make it a figure alone.

    `placed` are the figures of the sentence with the offsets of their numbers; `around`
    the keys and metric of the sentences before and the offsets of all the numbers.
    """
    keys, fallback, numbers = around
    figures = [figure for _, figure in placed]
    for cue in changes:
        target = _change_target(sentence, placed, cue, times)
        if target is not None and figures[target].change is None:
            figures[target] = replace(figures[target], change=cue.change)
            continue
        metric = _metric(sentence, cue.start, fallback)
        figures.append(Figure(
            metric=metric, value=None, unit=None, approx="exact",
            kind=_kind(sentence, cue.start), period=_period(sentence, times, cue.start),
            change=cue.change,
            parties=_parties(context, sentence, cue.start, numbers, keys, metric),
            evidence=(Span(sentence.start, sentence.stop),),
        ))
    return figures


def _change_target(sentence: Sentence, placed: list[tuple[int, Figure]], cue: ChangeCue,
                   times: list[TimeExpr]) -> int | None:
    """The money figure a change is about: one the same metric word governs, with no
    other period named between them ("составил 310 млн, а за полугодие вырос на 14%")."""
    metric = _metric(sentence, cue.start, "other")
    candidates = [
        i for i, (start, figure) in enumerate(placed)
        if figure.metric not in ("count", "share") and figure.metric == metric
        and not any(t.period and min(start, cue.start) < t.start < max(start, cue.start)
                    for t in times)
    ]
    return candidates[-1] if candidates else None


def _unique(figures: list[Figure]) -> list[Figure]:
    """One figure per metric, value, unit and change: the first one stated."""
    seen: set[tuple] = set()
    kept = []
    for figure in figures:
        key = (figure.metric, figure.value, figure.unit, figure.change)
        if key not in seen:
            seen.add(key)
            kept.append(figure)
    return kept
