"""Cues around a number that say what a figure is: its metric, how exact it is, whether
it is a result, a goal or an expectation, and what a count counts.

The words are data (`figures/metrics.tsv`, `figures/qualifiers.tsv`, `figures/kinds.tsv`,
`figures/counts.tsv`); the functions here look them up in a sentence's tokens.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Literal, TypeAlias

from coopwatch.lexicon.datafiles import data_rows
from coopwatch.lexicon.folding import fold
from coopwatch.lexicon.phrases import LemmaLexicon, PhraseMatch
from coopwatch.records import Token
from coopwatch.records.values import FIGURE_APPROX, FigureApprox, FigureKind, one_of

METRICS = LemmaLexicon.from_pairs([(phrase, metric) for metric, phrase in
                                   data_rows("figures/metrics.tsv")])
KINDS = LemmaLexicon.from_pairs([(phrase, kind) for kind, phrase in
                                 data_rows("figures/kinds.tsv") if kind != "invested"])
# what the words of a clause state: a kind, or an intent (a goal of trade, the
# expectation of an investment: `intended_kind`)
StatedKind: TypeAlias = Literal["actual", "target", "intent", "forecast"]
INVESTED = frozenset(fold(phrase) for kind, phrase in data_rows("figures/kinds.tsv")
                     if kind == "invested")
# the stronger first: «удалось нарастить» is a result although «нарастить» is a goal word
_STATED_KINDS: tuple[StatedKind, ...] = ("actual", "target", "intent", "forecast")
_COUNTS = list(data_rows("figures/counts.tsv"))
COUNT_PHRASES = {tuple(row[1].split()): row[2] for row in _COUNTS
                 if row[0] in ("phrase", "measure_phrase")}
COUNT_SKIP = frozenset(fold(row[1]) for row in _COUNTS if row[0] == "skip")
MEASURES = {fold(row[1]): row[2] for row in _COUNTS if row[0] == "measure"}
COUNT_UNITS = frozenset(fold(row[1]) for row in _COUNTS if row[0] == "unit")
MEASURE_UNITS = frozenset(MEASURES.values()) | frozenset(
    row[2] for row in _COUNTS if row[0] == "measure_phrase")
# verbs of sending (and selling) goods: a measured amount sent abroad is trade by its
# direction
SHIPMENTS = frozenset(fold(row[0]) for name in ("shipments", "selling")
                      for row in data_rows(f"figures/{name}.txt"))
# what a number in words counts as a figure («три соглашения»); other nouns are no figure
WORDED_COUNTS = frozenset(fold(row[0]) for row in data_rows("figures/worded_counts.txt"))
CENSUS = frozenset((fold(row[1]), row[2]) for row in _COUNTS if row[0] == "census")
DIVISIONS = frozenset(fold(row[1]) for row in _COUNTS if row[0] == "division")
RUSSIAN_WORDS = frozenset(fold(row[1]) for row in _COUNTS if row[0] == "russian")
# units of an area or a length: no goods traded are measured in them
EXTENTS = frozenset(row[1] for row in _COUNTS if row[0] == "extent")


def is_census(unit: str, words: Collection[str]) -> bool:
    """A count of people that is a population («Население превышает 58 млн человек»);
    `words` are the folded lemmas of its sentence."""
    return any((word, unit) in CENSUS for word in words)


def _qualifier_pattern(phrase: str) -> str:
    words = [re.escape(w[:-1]) + r"\w*" if w.endswith("*") else re.escape(w) for w in phrase.split()]
    return r"\s+".join(words)


_QUALIFIER_ROWS = list(data_rows("figures/qualifiers.tsv"))
_QUALIFIERS = sorted((row for row in _QUALIFIER_ROWS if row[0] != "to_verb"),
                     key=lambda row: -len(row[1]))
TO_VERBS = frozenset(fold(row[1]) for row in _QUALIFIER_ROWS if row[0] == "to_verb")
# a qualifier right before the number, maybe with "отметку в", "сумму в", "уровня", or
# "на" («почти на 100 миллионов долларов наторговала»)
QUALIFIER = re.compile(
    r"(?<!\w)(?P<cue>"
    + "|".join(f"(?P<q{i}>{_qualifier_pattern(phrase)})" for i, (_, phrase) in
               enumerate(_QUALIFIERS))
    + r")\s+(?:(?:отметк\w*|уров\w*|планк\w*|сумм\w*|рубеж\w*|порог\w*)\s+)?(?:(?:в|на)\s+)?$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Qualifier:
    """A qualifier right before a number ("около", "более", "до")."""

    approx: FigureApprox  # the approx it gives: about, more_than, less_than
    start: int  # where it starts in the text searched
    bare_to: bool  # a bare "до", which states the value itself after a verb of reaching


def qualifier_before(text: str) -> Qualifier | None:
    """The qualifier at the end of `text`, maybe followed by "отметку в", "сумму в"."""
    match = QUALIFIER.search(text[-60:])
    if match is None:
        return None
    index = next(int(name[1:]) for name, value in match.groupdict().items()
                 if name[1:].isdigit() and value)
    return Qualifier(approx=one_of(_QUALIFIERS[index][0], FIGURE_APPROX),
                     start=len(text) - len(text[-60:]) + match.start(),
                     bare_to=fold(match["cue"]) == "до")


def reaches(previous: Sequence[str]) -> bool:
    """The lemmas hold a verb of reaching ("довести", "увеличить"): "до" after it names
    the value reached, not a bound."""
    return not TO_VERBS.isdisjoint(previous)


def clause_range(tokens: Sequence[Token], at: int, marks: Collection[str]) -> tuple[int, int]:
    """Token indices [first, last) of the clause around the offset `at`: the tokens
    between the nearest `marks` (",", ";") on either side."""
    index = next((i for i, t in enumerate(tokens) if t.stop > at), len(tokens))
    first = max((i + 1 for i in range(index) if tokens[i].text in marks), default=0)
    last = next((i for i in range(index, len(tokens)) if tokens[i].text in marks),
                len(tokens))
    return first, last


def lemmas(tokens: Sequence[Token]) -> list[str]:
    return [fold(token.lemma or token.text) for token in tokens]


_METRIC_STARTS = frozenset(phrase[0] for phrase in METRICS.entries)


def metric_matches(tokens: Sequence[Token],
                   words: Sequence[str] | None = None) -> list[PhraseMatch]:
    """Metric words of a run of tokens, in order; `words` are their `lemmas` if known."""
    words = lemmas(tokens) if words is None else words
    if _METRIC_STARTS.isdisjoint(words):
        return []
    return METRICS.matches(words)


def intended_kind(stated: StatedKind, metric: str) -> FigureKind:
    """The kind of a figure of `metric` whose words state `stated`: an intent is the
    expectation of an investment («намерена вложить 1 млрд») and the goal of the rest
    («планируют довести товарооборот»)."""
    if stated == "intent":
        return "forecast" if metric == "investment" else "target"
    return stated


def kind_of(tokens: Sequence[Token], words: Sequence[str]) -> StatedKind | None:
    """The kind the words of a clause state (`words` are the `lemmas` of `tokens`): a
    goal word wins over an intent word, which wins over an expectation word, else a verb in the future tense makes a
    forecast and verbs in other tenses a result; None when the clause says nothing."""
    labels = {_stated(match, tokens) for match in KINDS.matches(words)}
    for kind in _STATED_KINDS:
        if kind in labels:
            return kind
    tenses = {_tense(token) for token in tokens if token.pos in ("VERB", "AUX")} - {None}
    if not tenses:
        return None
    return "forecast" if "Fut" in tenses else "actual"


def _attributive(tokens: Sequence[Token], at: int) -> bool:
    """An adjective in its full form said of a noun («готовой продукции»), not the
    predicate of an intent («готовы вложить», «готовые вложить средства компании»)."""
    word = tokens[at]
    after = tokens[at + 1] if at + 1 < len(tokens) else None
    return word.pos == "ADJ" and word.feat("Case") is not None and not (
        after is not None and (after.feat("VerbForm") == "Inf" or after.text.lower() == "к"))


def _stated(match: PhraseMatch, tokens: Sequence[Token]) -> str:
    """The kind a kind word states; a goal verb in the finite past tells a result
    (`reached` in `figures/kinds.tsv`: «нарастила экспорт», not «нарастить экспорт»)."""
    if match.label == "intent" and _attributive(tokens, match.first):
        return ""  # «15,5 тонн готовой мясной продукции»: ready-made goods, no intent
    if match.label != "reached":
        return match.label
    verb = tokens[match.first]
    reached = verb.feat("VerbForm") == "Fin" and verb.feat("Tense") == "Past"
    return "actual" if reached else "target"


def _tense(token: Token) -> str | None:
    """The tense of a verb; the analytic future "будет создано" counts as future."""
    if fold(token.text).startswith("буд") and fold(token.lemma) == "быть":
        return "Fut"
    return token.feat("Tense")


def _with_counted(lemma: str, after: Sequence[Token]) -> str:
    """«единица» with the genitive noun it counts, as written: «единица техники»."""
    if after and after[0].pos == "NOUN" and after[0].feat("Case") == "Gen":
        return f"{lemma} {after[0].text.lower()}"
    return lemma


def counted_unit(tokens: Sequence[Token]) -> str | None:
    """What a number counts, from the tokens right after it: "5000 предприятий" ->
    предприятие, "500 рабочих мест" -> "рабочее место", "2 млн т" -> тонна (a unit of
    measure, see MEASURE_UNITS); None if no counted noun follows."""
    words = lemmas(tokens[:4])
    for size in (2, 1):
        unit = COUNT_PHRASES.get(tuple(words[:size]))
        if unit:
            return unit
    for index, (token, lemma) in enumerate(zip(tokens[:4], words, strict=False)):
        if index and (words[index - 1], lemma) in COUNT_PHRASES:
            return COUNT_PHRASES[(words[index - 1], lemma)]
        if index == 0 and fold(token.text) in MEASURES:
            # a unit cut short is often tagged as some other word («81,2 тыс. т зерна»)
            return MEASURES[fold(token.text)]
        if token.pos in ("NOUN", "PROPN"):
            proper = token.pos == "PROPN" or token.text[:1].isupper()
            if lemma in MEASURES:
                return MEASURES[lemma]
            if lemma in COUNT_UNITS:
                return _with_counted(lemma, tokens[index + 1:index + 2])
            return None if lemma in COUNT_SKIP or proper else lemma
        if token.pos not in ("ADJ", "ADV", "PART") or token.text[:1].isupper():
            return None
    return None
