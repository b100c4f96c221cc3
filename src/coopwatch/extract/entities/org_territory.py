"""Bodies named by a bare word for a territory, and the territory that word points at.

Regional news names a region's own bodies without the region: «Министерства внешних
связей региона», «Законодательного собрания области», «Народным комитетом провинции»,
«регионального Минсельхоза». The body is the one of the region the page has just named
(«Губернатор Астраханской области … руководители Министерства внешних связей
региона»): its name is the body's words and that region in the genitive («Министерство
внешних связей Астраханской области»), the bare form stays an alias. A body listed
before another one that ends in the territory word shares it («Министерства внешних
связей и Министерства промышленности … региона»).

Which region: the nearest one of the word's kind named before the body, else the only
one of that kind on the page; none, and the body keeps the bare word.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from coopwatch.lexicon.folding import fold
from coopwatch.nlp.morph import Morph
from coopwatch.records import Entity

# a territory word after a body, and what it may point at: a word in the region's name
# (None: any first-level region of Russia; "abroad": a region of another country)
TERRITORY_WORDS: dict[str, str | None] = {
    "области": "область", "края": "край", "республики": "республика",
    "округа": "округ", "региона": None, "провинции": "abroad",
}
LOCAL_WORDS = ("района", "города")  # named with the word, never resolved
# a demonstrative may come between («Академии наук этой провинции»): the same territory
DEMONSTRATIVE = r"(?:(?:этой|этого|данной|данного)[ \t]+)?"
TAIL = re.compile(r"[ \t]+" + DEMONSTRATIVE + "(" + "|".join((*TERRITORY_WORDS, *LOCAL_WORDS))
                  + r")(?![\w-])")
# a lower-case adjective of the region before a body: «регионального Минсельхоза»
REGIONAL = re.compile(r"(?<![\w-])(регионал|областн|краев|республиканск)\w*[ \t]+\Z")
REGIONAL_WORD = {"регионал": "региона", "областн": "области", "краев": "края",
                 "республиканск": "республики"}
AND = re.compile(r"[ \t]+и[ \t]+")
NEXT_WORD = re.compile(r"[ \t]+(?=\S)")
KIND_FIRST = frozenset({"республика", "провинция"})


@dataclass(frozen=True)
class Region:
    """A region of the page: its name, the country it lies in, where it is named."""

    name: str
    within: str | None
    starts: tuple[int, ...]


def regions_of(entities: Sequence[Entity]) -> list[Region]:
    return [Region(e.name, e.within, tuple(m.start for m in e.mentions))
            for e in entities if e.type == "GEO" and e.geo_kind == "region"]


def territory_word(text: str, places: set[int], stop: int) -> str | None:
    """The bare territory word right after a body's mention, not the kind word of a named
    place after it («Правительства области Абай»)."""
    tail = TAIL.match(text, stop)
    if tail is None:
        return None
    after = NEXT_WORD.match(text, tail.end())
    return None if after is not None and after.end() in places else tail.group(1)


def regional_word(text: str, start: int) -> str | None:
    """The territory word a region adjective right before a body stands for."""
    found = REGIONAL.search(text, max(0, start - 40), start)
    return REGIONAL_WORD[found.group(1)] if found else None


def regional_alias(morph: Morph, text: str, start: int, name: str) -> str | None:
    """The body's name with the region adjective written before it, in the nominative:
    «регионального Мининвеста» -> «региональный Мининвест»."""
    found = REGIONAL.search(text, max(0, start - 40), start)
    head = morph.parse(name.split()[0].lower()) if found and name else []
    adjective = morph.parse(found.group(0).split()[0].lower()) if found else []
    if not head or not adjective:
        return None
    gender = head[0].tag.gender or "masc"
    number = "plur" if "plur" in head[0].tag and "Pltm" not in head[0].tag else "sing"
    wanted = {"nomn", number} | ({gender} if number == "sing" else set())
    form = adjective[0].inflect(wanted)
    return f"{form.word} {name}" if form is not None else None


def listed_before(text: str, stop: int, starts: dict[int, str]) -> str | None:
    """The territory word of the body listed right after this one with «и»."""
    joined = AND.match(text, stop)
    return starts.get(joined.end()) if joined else None


def whose(word: str, start: int, regions: Sequence[Region]) -> Region | None:
    """The region a territory word before `start` points at (see the module doc)."""
    if word not in TERRITORY_WORDS:
        return None
    kind = TERRITORY_WORDS[word]
    fitting = [r for r in regions if _fits(r, kind)]
    before = [(max(s for s in r.starts if s < start), r) for r in fitting
              if any(s < start for s in r.starts)]
    if before:
        return max(before, key=lambda pair: pair[0])[1]
    names = {r.name for r in fitting}
    return fitting[0] if len(names) == 1 else None


def _fits(region: Region, kind: str | None) -> bool:
    if kind is None:
        return region.within == "RU"
    if kind == "abroad":
        return region.within not in (None, "RU")
    return kind in fold(region.name).split()


def genitive(morph: Morph, word: str, region: Region) -> str | None:
    """The region's name in the genitive, as a body's name ends: «Астраханской области»,
    «Республики Татарстан», «Чувашии», «провинции Цзилинь»."""
    if TERRITORY_WORDS.get(word) == "abroad" and "провинц" not in fold(region.name):
        return f"провинции {region.name}"
    words = region.name.split()
    if len(words) > 3 or any("-" in w and w.count("-") > 1 for w in words):
        return None
    if fold(words[0]) in KIND_FIRST:
        first = _inflected(morph, words[0])
        return None if first is None else " ".join([first, *words[1:]])
    found = [_inflected(morph, w) for w in words]
    return None if any(w is None for w in found) else " ".join(w for w in found if w)


def _inflected(morph: Morph, word: str) -> str | None:
    """One word of a name in the genitive, its capital kept; hyphenated parts each."""
    if "-" in word:
        parts = [_inflected(morph, part) for part in word.split("-")]
        return None if any(p is None for p in parts) else "-".join(p for p in parts if p)
    for parse in morph.parse(word.lower()):
        if "nomn" not in parse.tag or "plur" in parse.tag:
            continue
        form = parse.inflect({"gent"})
        if form is not None:
            return form.word[:1].upper() + form.word[1:] if word[:1].isupper() else form.word
    return None
