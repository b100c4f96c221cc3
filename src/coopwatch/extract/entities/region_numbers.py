"""Regions named by their number: «губернатор 47-го региона», «в 54-м регионе» stand
for the Leningrad and Novosibirsk oblasts (`data/geo/region_numbers.tsv`).

Like a «столица» phrase (`capitals`), the phrase is no name: it adds no mention to the
card's entities, only an alias mention the fact stages' lookups see, and the region's
GEO entity (with no mentions) when the text names it no other way. Only an ordinal
number with its ending and the singular «регион» count: «в 85 регионах» is a count.
"""

from __future__ import annotations

import re
from functools import lru_cache

from coopwatch.extract.entities.capitals import CapitalAlias, alias_of
from coopwatch.geo.gazetteer import Gazetteer
from coopwatch.lexicon.datafiles import data_rows

NUMBERED = re.compile(
    r"(?<![\w-])(?P<number>\d{2,3})-(?:й|го|му|м|ом|ый|ого|ому|ым)\s+"
    r"регион(?:а|у|ом|е)?(?![\w-])")


@lru_cache(maxsize=1)
def region_numbers() -> dict[str, str]:
    """Number (two digits) -> the key of the region the press calls by it."""
    return {row[0]: row[1] for row in data_rows("geo/region_numbers.tsv")}


def numbered_regions(text: str, gazetteer: Gazetteer) -> list[CapitalAlias]:
    """Each «N-го региона» of `text` whose number is a region's, as an alias mention."""
    found = []
    for match in NUMBERED.finditer(text):
        key = region_numbers().get(match.group("number"))
        if key is None or gazetteer.get(key) is None:
            continue
        found.append(alias_of(key, match))
    return found
