"""Shares told as fraction words: «на Китай приходится четверть экспорта области» is a
share of 25 percent. The words and values are in `figures/fractions.tsv`."""

from __future__ import annotations

from collections.abc import Sequence

from coopwatch.extract.figures.amounts import PERCENT, Amount
from coopwatch.lexicon.datafiles import data_rows
from coopwatch.records import Token

FRACTIONS = {lemma: float(percent) for percent, lemma in data_rows("figures/fractions.tsv")}
# words that make a sentence speak of a share, besides the `share` metric words
SHARE_VERBS = frozenset({"приходиться", "прийтись"})
# a fraction after these is a change («на треть») or a time («в первой половине»)
NOT_AFTER = frozenset({"на", "в", "во"})


def find_fractions(tokens: Sequence[Token], words: Sequence[str],
                   speaks_of_share: bool) -> list[Amount]:
    """The fraction words of a sentence as percent amounts, when it speaks of a share."""
    if not (speaks_of_share or SHARE_VERBS.intersection(words)):
        return []
    found = []
    for index, (token, word) in enumerate(zip(tokens, words, strict=False)):
        before = tokens[index - 1] if index else None
        if word not in FRACTIONS or (before is not None and (
                before.text.lower() in NOT_AFTER or before.pos == "ADJ")):
            continue
        found.append(Amount(start=token.start, stop=token.stop, text=token.text,
                            value=FRACTIONS[word], unit=PERCENT, in_digits=False,
                            multiplied=False))
    return found
