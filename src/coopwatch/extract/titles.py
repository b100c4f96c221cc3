"""Position titles in text: «вице-губернатор», «заместитель премьер-министра».

Titles are data (`data/titles.tsv`): the nominative title and its scope. A title found
in a run of tokens is reported in that nominative form; a prefix title («заместитель»,
«первый заместитель») joins the title after it, which keeps its genitive as written.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from coopwatch.extract.lexicon import LemmaLexicon, data_rows, lemmas_of
from coopwatch.nlp.morph import Morph
from coopwatch.records import Token

PREFIX = "prefix"


@dataclass(frozen=True)
class TitleMatch:
    """A title at token indices [first, last) of a passage."""

    first: int
    last: int
    title: str
    scope: str


@dataclass(frozen=True)
class TitleLexicon:
    lexicon: LemmaLexicon
    scopes: dict[str, str]

    def find(self, tokens: Sequence[Token]) -> list[TitleMatch]:
        """Titles in these tokens, left to right, prefixes joined to the title they head."""
        found = [
            TitleMatch(match.first, match.last, match.label, self.scopes[match.label])
            for match in self.lexicon.matches(lemmas_of(tokens))
            if tokens[match.first].pos in {"NOUN", "PROPN", "ADJ", "VERB"}
        ]
        return _join_prefixes(found, tokens)


@lru_cache(maxsize=4)
def title_lexicon(morph: Morph) -> TitleLexicon:
    """The titles of `data/titles.tsv`, their words lemmatized to match token lemmas."""
    rows = [(row[0], row[1]) for row in data_rows("titles.tsv")]
    pairs = [(" ".join(morph.lemma(word) for word in title.split()), title) for title, _ in rows]
    return TitleLexicon(lexicon=LemmaLexicon.from_pairs(pairs), scopes=dict(rows))


def _join_prefixes(found: list[TitleMatch], tokens: Sequence[Token]) -> list[TitleMatch]:
    joined: list[TitleMatch] = []
    for match in found:
        previous = joined[-1] if joined else None
        if previous and previous.scope == PREFIX and previous.last == match.first:
            tail = " ".join(token.text.lower() for token in tokens[match.first:match.last])
            joined[-1] = TitleMatch(
                previous.first, match.last, f"{previous.title} {tail}", match.scope
            )
        else:
            joined.append(match)
    return [match for match in joined if match.scope != PREFIX]
