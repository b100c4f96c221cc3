"""People the NER model did not tag: «Раис Республики Татарстан Рустам Минниханов»
came out with no span at all. A first name the dictionary knows in the nominative
(its best reading), then a capitalized word whose best reading is a surname in the
nominative, both outside every NER span, is a person's mention.

A Chinese or Vietnamese family name and a capitalized word the dictionary does not know
at the end of a place's NER span («в Хабаровске Су Фанцю», «Маньчжурия Хао Яосюня»)
is a person's mention too: the gazetteer keeps the place at the span's start.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from coopwatch.extract.entities.candidates import overlaps
from coopwatch.extract.entities.lexicon import east_asian_family_names
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


def unseen_names(text: str, morph: Morph, taken: Sequence[tuple[int, int]],
                 places: Sequence[tuple[int, int]] = ()) -> list[Mention]:
    """PER mentions for the «First Surname» pairs in the nominative no NER span covers,
    and for Chinese or Vietnamese names that end a place's span (`places`)."""
    found: list[Mention] = []
    for match in PAIR.finditer(text):
        start, stop = match.start(1), match.end(2)
        first, last = match.group(1), match.group(2)
        if _east_asian_tail(morph, first, last, start, stop, places):
            found.append(Mention(start=start, stop=stop, text=text[start:stop], type="PER",
                                 normal=f"{first} {last}"))
            continue
        if overlaps(start, stop, taken):
            continue
        if _best(morph, first, "Name") and _best(morph, last.split("-")[-1], "Surn"):
            found.append(Mention(start=start, stop=stop, text=text[start:stop], type="PER",
                                 normal=f"{first} {last}"))
    return found


def _east_asian_tail(morph: Morph, first: str, last: str, start: int, stop: int,
                     places: Sequence[tuple[int, int]]) -> bool:
    """«Су Фанцю» ending the place span «Хабаровске Су Фанцю»: a family name, then a word
    the dictionary does not know, the last two words of a longer place span."""
    if first not in east_asian_family_names() or "-" in last:
        return False
    if not any(a < start and b == stop for a, b in places):
        return False
    return not any(p.is_known for p in morph.parse(last))


def spans(mentions: Iterable[Mention]) -> list[tuple[int, int]]:
    return [(m.start, m.stop) for m in mentions]
