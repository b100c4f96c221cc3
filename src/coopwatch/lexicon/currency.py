"""Currency words: a place named next to one names a currency, not a party."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from coopwatch.lexicon.datafiles import data_rows
from coopwatch.lexicon.folding import fold
from coopwatch.records import Token


@lru_cache(maxsize=1)
def currency_words() -> frozenset[str]:
    """Lemmas of currency words, folded: доллар, юань, долл (`data/lexicon/currency_words.txt`)."""
    return frozenset(fold(row[0]) for row in data_rows("lexicon/currency_words.txt"))


@lru_cache(maxsize=1)
def reserve_currency_words() -> frozenset[str]:
    """Currencies figures between any two countries are stated in: доллар, евро."""
    return frozenset(fold(row[0]) for row in data_rows("lexicon/currency_words.txt")
                     if row[1:2] == ["reserve"])


def names_a_currency(tokens: Sequence[Token], index: int) -> bool:
    """Whether the place adjective at `index` describes a reserve currency
    («американских долларов»), which says nothing of the parties."""
    following = tokens[index + 1:index + 2]
    return bool(following) and (
        fold(following[0].lemma or following[0].text) in reserve_currency_words())
