"""Lemma lexicons: phrases (sequences of lemmas) with a label, matched on token lemmas.

The domain data files (sectors, event triggers, position titles) list phrases of lemmas;
this module finds them in a run of tokens, longest match first.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from coopwatch.lexicon.folding import fold
from coopwatch.records import Token


@dataclass(frozen=True)
class PhraseMatch:
    """A lexicon phrase found at token indices [first, last)."""

    first: int
    last: int
    label: str
    phrase: tuple[str, ...]


@dataclass(frozen=True)
class LemmaLexicon:
    """Phrases of lemmas, each with a label (a sector code, an event type, a title)."""

    entries: dict[tuple[str, ...], str]
    # the first lemma of the phrases -> the length of the longest phrase it begins
    starts: dict[str, int]

    @classmethod
    def from_pairs(cls, pairs: Sequence[tuple[str, str]]) -> LemmaLexicon:
        """Build from (phrase, label) pairs; the phrase is lemmas separated by spaces."""
        entries = {tuple(fold(phrase).split()): label for phrase, label in pairs}
        starts: dict[str, int] = {}
        for key in entries:
            if key:
                starts[key[0]] = max(starts.get(key[0], 0), len(key))
        return cls(entries=entries, starts=starts)

    def matches(self, lemmas: Sequence[str]) -> list[PhraseMatch]:
        """Non-overlapping phrase matches, left to right, the longest at each position."""
        folded = [fold(lemma) for lemma in lemmas]
        found: list[PhraseMatch] = []
        index = 0
        while index < len(folded):
            match = self._longest_at(folded, index)
            if match is None:
                index += 1
                continue
            found.append(match)
            index = match.last
        return found

    def _longest_at(self, folded: Sequence[str], index: int) -> PhraseMatch | None:
        longest = self.starts.get(folded[index], 0)
        for size in range(min(longest, len(folded) - index), 0, -1):
            phrase = tuple(folded[index:index + size])
            label = self.entries.get(phrase)
            if label is not None:
                return PhraseMatch(first=index, last=index + size, label=label, phrase=phrase)
        return None


def lemmas_of(tokens: Sequence[Token]) -> list[str]:
    """The lemmas of tokens (the token text when the model gave none)."""
    return [token.lemma or token.text.lower() for token in tokens]
