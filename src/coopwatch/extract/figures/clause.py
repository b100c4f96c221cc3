"""Reading for the figures stage: each sentence once, and the clause of each number once.

`read_sentence` turns a sentence into a `FigureSentence`: the folded lemmas of its
tokens, its metric words, the parties it names and, when it holds a number, its
amounts, changes, periods and the kind its words state. `read_clause` turns the clause
around one number into a `FigureClause`: the clause's tokens (between commas or
semicolons), the qualifier before the number, the kind the clause states, and the keys
and clues of the clauses the figure's parties come from.

The attributes of a figure (`attributes.py`) are worked out from these records alone;
nothing goes back to the tokens or the lexicons.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from coopwatch.extract.dates.anchors import Anchor
from coopwatch.extract.dates.timexpr import TimeExpr, find_times
from coopwatch.extract.figures.amounts import Amount, find_amounts
from coopwatch.extract.figures.changes import ChangeCue, find_changes
from coopwatch.extract.figures.cues import (
    Qualifier,
    StatedKind,
    clause_range,
    kind_of,
    lemmas,
    metric_matches,
    qualifier_before,
    reaches,
)
from coopwatch.extract.figures.fractions import find_fractions
from coopwatch.extract.figures.parties import (
    CLAUSE_MARKS,
    Clues,
    PartyMention,
    Sides,
    bracket_owner,
    clause_span,
    document_sides,
    investor_mentions,
    is_mutual,
    is_site,
    keys_within,
    own_stretch,
    party_mentions,
    postposed_place,
    says_our_region,
    says_ours,
    says_total,
    sentence_parties,
)
from coopwatch.extract.figures.periods import Base, figure_times, split_periods
from coopwatch.extract.figures.speaker import speaker_side
from coopwatch.lexicon.numwords import NUMBER_WORD
from coopwatch.records import Document, Sentence, Token
from coopwatch.text.regions import is_place_key
from coopwatch.tools import Toolkit

# a sentence without any of these holds no figure («в четыре раза» is one)
_HAS_NUMBER = re.compile(r"\d|вдвое|втрое|вчетверо|впятеро|удво|утро|полтор|миллиард|миллион|"
                         r"тысяч|раза?(?!\w)|четверт|трет[ьи]|половин", re.I)

_NUMBER_WORD = re.compile(NUMBER_WORD, re.I)  # «еще три соглашения»


@dataclass(frozen=True)
class Context:
    """What every figure of a document needs to know."""

    doc: Document
    tools: Toolkit | None
    anchor: Anchor
    sides: Sides  # the document's main Russian region and main partner
    times: tuple[TimeExpr, ...]  # of the whole text, resolved against `anchor`
    parties: tuple[PartyMention, ...]  # the entity mentions that can be parties
    investors: tuple[PartyMention, ...] = ()  # the companies that can invest, by offset
    sites: frozenset[str] = frozenset()  # organizations that are places to invest in


@dataclass(frozen=True)
class Carried:
    """The metric and the parties of the sentences just before, for a sentence that
    names none ("Мы уже можем замахнуться на 3 млрд долларов")."""

    metric: str = "other"
    keys: tuple[str, ...] = ()
    period: str | None = None  # the period a sentence of figures shortly before stated
    russian: tuple[str, ...] = ()  # the Russian regions the sentences just before named
    currency: str | None = None  # of the last sum of the sentence just before


@dataclass(frozen=True)
class Cue:
    """A lexicon phrase found in a sentence: its offsets and its label."""

    start: int
    stop: int
    label: str


FINE = "fine"  # the label of the words of a fine (`figures/metrics.tsv`)


@dataclass(frozen=True)
class FigureSentence:
    """A sentence read once for the figures in it."""

    sentence: Sentence
    lemmas: tuple[str, ...]  # folded, one per token
    metrics: tuple[Cue, ...]  # metric words ("товарооборот", "объём инвестиций")
    parties: tuple[PartyMention, ...]  # places and organizations named, by offset
    carried: Carried  # from the sentences before
    kind: StatedKind | None = None  # the kind the whole sentence states, if it has numbers
    periods: tuple[TimeExpr, ...] = ()  # time expressions that name a figure's period
    bases: tuple[Base, ...] = ()  # those that are the base of a comparison or a range start
    amounts: tuple[Amount, ...] = ()  # outside the time expressions
    changes: tuple[ChangeCue, ...] = ()
    # periods it names but cannot date («за девять месяцев текущего года», publication
    # date unknown)
    undated: tuple[TimeExpr, ...] = ()
    fines: tuple[Cue, ...] = ()  # words of a fine: the sum after one is no figure
    home_russian: bool = False  # the page's home side is a Russian region or Russia

    @property
    def keys(self) -> list[str]:
        """The keys the sentence names itself."""
        return keys_within(self.parties, self.sentence.start, self.sentence.stop)

    @property
    def numbers(self) -> list[int]:
        """Where the amounts and the changes start, in text order."""
        return sorted([a.start for a in self.amounts] + [cue.start for cue in self.changes])


@dataclass(frozen=True)
class FigureClause:
    """The clause of one number, read once: everything a figure's attributes need."""

    sentence: FigureSentence
    at: int  # where the number starts
    tokens: tuple[Token, ...]  # of the clause, between commas or semicolons
    lemmas: tuple[str, ...]
    kind: StatedKind | None  # the kind the clause states
    qualifier: Qualifier | None  # right before the number, `start` in the document
    reaching: bool  # a verb of reaching comes before the qualifier ("довести до")
    keys: tuple[str, ...]  # named in the clauses the parties come from
    clues: Clues  # what those clauses say about the parties besides the keys


def read_document(doc: Document, tools: Toolkit | None, anchor: Anchor) -> Context:
    """What the figures of a document share: its sides, its time expressions resolved
    against `anchor`, and the party key of each entity mention."""
    parties = party_mentions(doc, tools)
    return Context(doc=doc, tools=tools, anchor=anchor, sides=document_sides(doc, tools),
                   times=tuple(with_elliptic_years(figure_times(doc.text, anchor))),
                   parties=parties,
                   investors=investor_mentions(doc, parties, doc.sentences),
                   sites=frozenset(e.key for e in doc.entities
                                   if e.type == "ORG" and is_site(doc, e)))


# a part of a year named without its year («по итогам первого полугодия», «за январь-май»),
# and the words that make it relative to the publication date instead («этого года»)
_PART_OF_YEAR = re.compile(r"полугоди|квартал|месяц|половин|январ|феврал|март|апрел|ма[йяе]|"
                           r"июн|июл|август|сентябр|октябр|ноябр|декабр", re.I)
_RELATIVE = re.compile(r"(?<!\w)(?:эт|текущ|нынешн|прошл|минувш|следующ|будущ|предыдущ|"
                       r"уходящ|истекш|прошедш|нач|кон)\w*", re.I)
_STATED_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def with_elliptic_years(times: list[TimeExpr]) -> list[TimeExpr]:
    """The time expressions, a part of a year told without its year taking the year of
    the part of a year named before it with one («в первом полугодии 2022 года ... по
    итогам первого полугодия»); relative ones keep the publication date's year."""
    resolved, year = [], None
    for time in times:
        if time.period is None and year is not None and _PART_OF_YEAR.search(time.text) \
                and not _RELATIVE.search(time.text) and not _STATED_YEAR.search(time.text):
            again = [t for t in find_times(time.text, Anchor(year=year)) if t.period]
            if len(again) == 1 and again[0].text == time.text:
                time = replace(time, value=again[0].value, period=again[0].period)
        elif time.period and _STATED_YEAR.search(time.text) and _PART_OF_YEAR.search(time.text):
            year = int(time.period[:4])
        resolved.append(time)
    return resolved


def read_sentence(context: Context, sentence: Sentence, carried: Carried) -> FigureSentence:
    """The words, metric words and parties of a sentence, and its numbers if it has any."""
    words = tuple(lemmas(sentence.tokens))
    cues = [Cue(sentence.tokens[m.first].start, sentence.tokens[m.last - 1].stop, m.label)
            for m in metric_matches(sentence.tokens, words)]
    metrics = tuple(cue for cue in cues if cue.label != FINE)
    parties = sentence_parties(context.doc, sentence, context.parties, context.tools)
    read = FigureSentence(sentence, words, metrics, parties, carried,
                          fines=tuple(cue for cue in cues if cue.label == FINE),
                          home_russian=context.sides.main is not None
                          and not context.sides.abroad)
    numbered = _HAS_NUMBER.search(sentence.text) or _NUMBER_WORD.search(sentence.text)
    return _with_numbers(context, read) if numbered else read


def _with_numbers(context: Context, read: FigureSentence) -> FigureSentence:
    sentence = read.sentence
    times = [t for t in context.times if sentence.start <= t.start < sentence.stop]
    amounts = [_shift(a, sentence.start) for a in find_amounts(sentence.text)]
    amounts = [a for a in amounts if not any(t.start <= a.start < t.stop for t in times)]
    amounts = sorted(amounts + find_fractions(
        sentence.tokens, read.lemmas, any(cue.label == "share" for cue in read.metrics)),
        key=lambda amount: amount.start)
    changes = find_changes(sentence.text, sentence.start, sentence.tokens, read.lemmas,
                           amounts)
    said = kind_of(sentence.tokens, read.lemmas) if amounts or changes else None
    periods, bases = split_periods(sentence.text, sentence.start, times)
    undated = tuple(t for t in times if t.period is None and t.kind not in _NO_PERIOD_KINDS)
    return replace(read, kind=said, periods=tuple(periods), bases=tuple(bases),
                   amounts=tuple(amounts), changes=tuple(changes), undated=undated)


_NO_PERIOD_KINDS = frozenset({"day", "deadline"})  # times that name no period anyway


def _shift(amount: Amount, offset: int) -> Amount:
    return replace(amount, start=amount.start + offset, stop=amount.stop + offset)


def read_clause(context: Context, read: FigureSentence, at: int) -> FigureClause:
    """The clause of the number that starts at `at` in a sentence with numbers."""
    first, last = clause_range(read.sentence.tokens, at, CLAUSE_MARKS)
    tokens, words = read.sentence.tokens[first:last], read.lemmas[first:last]
    qualifier = _qualifier(read.sentence, at)
    previous = [w for t, w in zip(tokens, words, strict=True)
                if qualifier and t.stop <= qualifier.start]
    if qualifier and not previous and first > 0:
        # «экспорт вырос на 1,2%, до 7,8 млн долларов»: the verb is in the clause before
        start = clause_range(read.sentence.tokens, read.sentence.tokens[first - 1].start,
                             CLAUSE_MARKS)[0]
        previous = list(read.lemmas[start:first - 1])
    keys, clues = _party_scope(context, read, at)
    reaching = reaches(previous) or (qualifier is not None and _RANGE_FROM.search(
        read.sentence.text[:qualifier.start - read.sentence.start]) is not None)
    return FigureClause(sentence=read, at=at, tokens=tokens, lemmas=words,
                        kind=kind_of(tokens, words), qualifier=qualifier,
                        reaching=reaching, keys=keys, clues=clues)


# before «до», the start of a range («со 135 млн долларов в 2014 году до 185 млн») or a
# change («импорт — на 48,6%, до 24,5 млн долларов»): «до» names the level reached
_RANGE_FROM = re.compile(r"(?:(?<!\w)со?\s+\d[^,;:]{0,50}|(?<!\w)на\s+\d[\d\s.,]*"
                         r"\s*(?:%|проц\w*)\s*,\s*)$", re.IGNORECASE)


def _qualifier(sentence: Sentence, at: int) -> Qualifier | None:
    found = qualifier_before(sentence.text[: at - sentence.start])
    return replace(found, start=sentence.start + found.start) if found else None


def _party_scope(context: Context, read: FigureSentence, at: int) -> tuple[tuple[str, ...],
                                                                           Clues]:
    """The keys and clues of the clauses a number's parties come from (`clause_span`)."""
    sentence = read.sentence
    first, last = clause_span(sentence, at, read.numbers)
    scope = [token for token in sentence.tokens if first <= token.start < last]
    ours = says_ours(scope)
    speaker = speaker_side(context.doc, sentence, context.tools) if ours else None
    keys = keys_within(read.parties, first, last)
    stretch = own_stretch(sentence, at, read.numbers)
    if stretch is not None:
        own = keys_within(read.parties, *stretch)
        if any(is_place_key(key) for key in own):
            keys = own
    postposed = postposed_place(sentence, at, read.numbers, read.parties)
    if postposed is not None:
        # the number's own place stands for its side: the other places of that side
        # belong to the other numbers («493,6 тонн голубики из Грузии и 179 тонн
        # шелковицы, поступившей из Армении»)
        side = postposed.startswith("RU")
        keys = [postposed, *(key for key in keys if key != postposed and (
            not is_place_key(key) or key.startswith("RU") != side))]
    owner = bracket_owner(sentence, at, read.parties)
    if owner is not None:
        keys = [owner]
    return tuple(keys), Clues(speaker=speaker, mutual=is_mutual(scope),
                              total=says_total(scope), ours=says_our_region(sentence.tokens))
