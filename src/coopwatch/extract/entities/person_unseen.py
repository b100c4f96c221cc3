"""People the NER model did not tag: «Раис Республики Татарстан Рустам Минниханов»
came out with no span at all. A first name the dictionary knows in the nominative
(its best reading), then a capitalized word whose best reading is a surname in the
nominative, both outside every NER span, is a person's mention.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from coopwatch.extract.entities.candidates import overlaps
from coopwatch.nlp.morph import Morph
from coopwatch.records import Mention

PAIR = re.compile(  # a lookahead: pairs may overlap («Татарстан Рустам Минниханов»)
    r"(?<![\w.-])(?=([А-ЯЁ][а-яё]+)[ \t]+([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)(?![\w-]))")


def _best(morph: Morph, word: str, mark: str) -> bool:
    """Whether the best dictionary reading of a word is a `mark` (Name, Surn) in the
    nominative."""
    parses = morph.parse(word)
    return bool(parses) and parses[0].is_known and mark in parses[0].tag and (
        "nomn" in parses[0].tag)


def unseen_names(text: str, morph: Morph, taken: Sequence[tuple[int, int]]) -> list[Mention]:
    """PER mentions for the «First Surname» pairs in the nominative no NER span covers."""
    found: list[Mention] = []
    for match in PAIR.finditer(text):
        start, stop = match.start(1), match.end(2)
        if overlaps(start, stop, taken):
            continue
        first, last = match.group(1), match.group(2)
        if _best(morph, first, "Name") and _best(morph, last.split("-")[-1], "Surn"):
            found.append(Mention(start=start, stop=stop, text=text[start:stop], type="PER",
                                 normal=f"{first} {last}"))
    return found


def spans(mentions: Iterable[Mention]) -> list[tuple[int, int]]:
    return [(m.start, m.stop) for m in mentions]
