"""Position titles in text: «вице-губернатор», «заместитель премьер-министра»,
«экс-министр» (a title with «экс-» is found as the title and reported with it).

Titles are data (`data/positions/titles.tsv`): the nominative title and its scope. A title found
in a run of tokens is reported in that nominative form; a prefix title («заместитель»,
«первый заместитель») joins the title after it, which keeps its genitive as written.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from coopwatch.lexicon.datafiles import data_rows
from coopwatch.lexicon.phrases import LemmaLexicon, lemmas_of
from coopwatch.nlp.morph import Morph
from coopwatch.records import Token

PREFIX = "prefix"
# the word a title begins with; an adverb for «временно исполняющий обязанности …»
TITLE_HEAD_POS = frozenset({"NOUN", "PROPN", "ADJ", "VERB", "ADV"})
FINITE = frozenset({"Fin", "Inf", "Conv"})  # verb forms no title begins with
FORMER = "экс-"  # «экс-президент», «экс-главой»: the title, said to be a former one
DOT = re.compile(r"\s*\.\s*")  # «и.о.», «и. о.» -> «и . о .», as the tokenizer cuts them


@dataclass(frozen=True)
class TitleMatch:
    """A title at token indices [first, last) of a passage; `inner` are the indices of
    adjectives inside it that name its place («председатель Минского облисполкома»),
    `body` the word they name it with («области»)."""

    first: int
    last: int
    title: str
    scope: str
    inner: tuple[int, ...] = ()
    body: str | None = None


@dataclass(frozen=True)
class TitleLexicon:
    lexicon: LemmaLexicon
    scopes: dict[str, str]
    bodies: dict[str, str]

    def find(self, tokens: Sequence[Token]) -> list[TitleMatch]:
        """Titles in these tokens, left to right, prefixes joined to the title they head;
        a title of a body («председатель облисполкома») also with a place adjective
        inside («председатель Минского облисполкома»)."""
        lemmas = lemmas_of(tokens)
        former = {i for i, lemma in enumerate(lemmas) if lemma.startswith(FORMER)}
        found = [
            TitleMatch(match.first, match.last,
                       FORMER + match.label if match.first in former else match.label,
                       self.scopes[match.label])
            for match in self.lexicon.matches(
                [lemma.removeprefix(FORMER) for lemma in lemmas])
            if (tokens[match.first].pos in TITLE_HEAD_POS or "." in match.label)
            and not any(token.feat("VerbForm") in FINITE  # «командовал», «исполняет
                        for token in tokens[match.first:match.last])  # обязанности»: no title
        ]
        inner = self._with_inner_adjectives(tokens, found)
        starts = {match.first: match.last for match in inner}
        found = [match for match in found if starts.get(match.first, 0) <= match.last]
        return _join_prefixes(sorted([*found, *inner], key=lambda match: match.first), tokens)

    def _with_inner_adjectives(
        self, tokens: Sequence[Token], found: list[TitleMatch]
    ) -> list[TitleMatch]:
        taken = {index for match in found for index in range(match.first, match.last)}
        kept = [i for i, token in enumerate(tokens) if token.pos != "ADJ" or i in taken]
        inner: list[TitleMatch] = []
        for match in self.lexicon.matches(lemmas_of([tokens[i] for i in kept])):
            first, last = kept[match.first], kept[match.last - 1] + 1
            skipped = tuple(i for i in range(first, last) if i not in kept)
            if match.label in self.bodies and skipped and not taken & set(skipped):
                inner.append(TitleMatch(first, last, match.label, self.scopes[match.label],
                                        skipped, self.bodies[match.label]))
        return inner


def title_case(tokens: Sequence[Token], match: TitleMatch) -> str | None:
    """The case of a title: of its first word that has one («временно исполняющим»)."""
    return next((case for token in tokens[match.first:match.last]
                 if (case := token.feat("Case")) is not None), None)


@lru_cache(maxsize=4)
def title_lexicon(morph: Morph) -> TitleLexicon:
    """The titles of `data/positions/titles.tsv`, their words lemmatized to match token lemmas,
    and also as written: a noun made of a participle («нападающий», «заведующий») may
    get its own nominative as lemma from the tagger and the verb's from the dictionary.
    A title with dots («и.о.») is also matched as the tokens it is cut into, and a
    participle noun («командующий») with the verb as its lemma, as the tagger may give it
    («Командующий Восточным военным округом»)."""
    rows = list(data_rows("positions/titles.tsv"))
    pairs = [(row[0], row[0]) for row in rows] + [
        (" ".join(morph.lemma(word) for word in row[0].split()), row[0]) for row in rows] + [
        (DOT.sub(" . ", row[0]), row[0]) for row in rows if "." in row[0]] + [
        (verbal, row[0]) for row in rows if (verbal := _as_participle(row[0], morph))]
    return TitleLexicon(
        lexicon=LemmaLexicon.from_pairs(pairs),
        scopes={row[0]: row[1] for row in rows},
        bodies={row[0]: row[2] for row in rows if len(row) > 2},
    )


def _as_participle(title: str, morph: Morph) -> str | None:
    """The title with its active participle nouns as their verbs («командующий» ->
    «командовать»), where the dictionary's first reading of the word is another. A
    passive one is left as it is: «уполномочен» is no «уполномоченный»."""
    words = title.split()
    verbal = [next((parse.normal_form for parse in morph.parse(word)
                    if "PRTF" in parse.tag and "actv" in parse.tag), word) for word in words]
    return " ".join(verbal) if verbal != [morph.lemma(word) for word in words] else None


def _join_prefixes(found: list[TitleMatch], tokens: Sequence[Token]) -> list[TitleMatch]:
    joined: list[TitleMatch] = []
    for match in found:
        previous = joined[-1] if joined else None
        if previous and previous.scope == PREFIX and previous.last == match.first:
            tail = " ".join(tokens[index].text.lower() for index in range(match.first, match.last)
                            if index not in match.inner)  # less «Минского» of the body
            joined[-1] = TitleMatch(
                previous.first, match.last, f"{previous.title} {tail}", match.scope,
                match.inner, match.body,
            )
        else:
            joined.append(match)
    return [match for match in joined if match.scope != PREFIX]
