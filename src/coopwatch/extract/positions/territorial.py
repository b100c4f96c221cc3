"""Titles held in a body that governs a territory are titles of the territory.

«председатель Народного комитета Ханоя», «глава Законодательного Собрания Забайкальского
края», «председатель Могилевского областного исполнительного комитета»: the title is
the body's («председатель народного комитета») and of the territory the body governs
(VN-HN, RU-ZAB, BY-MA), the way a governor is of his region. The bodies are listed in
`data/positions/territorial_bodies.txt`; the territory is the place named inside the
body's name in the text, or its place adjective. A post in an elected assembly
(`data/positions/assemblies.txt`) is also kept as the post in the assembly itself.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from coopwatch.extract.positions.of import capital_words
from coopwatch.lexicon.datafiles import data_rows
from coopwatch.lexicon.folding import fold
from coopwatch.records import Document, Entity, Position
from coopwatch.text.mentions import EntityMention, entity_mentions, mention_at
from coopwatch.tools import Toolkit

# a space, and perhaps the place's kind in lower case: «Народного совета провинции Нгеан»
PLACE_AFTER = re.compile(r" (?:[а-яё]+ )?")


@lru_cache(maxsize=1)
def territorial_bodies() -> tuple[str, ...]:
    return tuple(fold(row[0]) for row in data_rows("positions/territorial_bodies.txt"))


@lru_cache(maxsize=1)
def administration_units() -> frozenset[str]:
    return frozenset(fold(row[0]) for row in data_rows("positions/administration_units.txt"))


@lru_cache(maxsize=1)
def assemblies() -> tuple[str, ...]:
    return tuple(fold(row[0]) for row in data_rows("positions/assemblies.txt"))


def in_assembly(doc: Document, position: Position, tools: Toolkit) -> tuple[Position, ...]:
    """The position as the text gives it, a post in a named assembly, when the assembly
    governs a territory: a speaker is also of his assembly («председатель — Минский
    областной Совет депутатов»), which `of_territory` turns into the territory's."""
    body = _governing_body(doc, position.of, tools)
    if body is None:
        return ()
    lemmas = " ".join(fold(tools.morph.lemma(word.lower())) for word in body.name.split())
    return (position,) if any(f" {name} " in f" {lemmas} " for name in assemblies()) else ()


def of_territory(doc: Document, position: Position, tools: Toolkit) -> Position:
    """The position with the body moved into its title and the territory as its `of`,
    when it is of a governing body whose territory the text names; else unchanged."""
    body = _governing_body(doc, position.of, tools)
    if body is None:
        return position
    for span in position.evidence:
        for item in entity_mentions(doc, span.start, span.stop):
            if item.key != body.key:
                continue
            found = _split(doc, item.start, item.stop, tools)
            if found is not None and not _unit_of_a_state(body, found[1], tools):
                words, territory = found
                title = _joined(position.title, words, tools)
                return replace(position, title=title, of=territory)
    return position


def _joined(title: str, words: str, tools: Toolkit) -> str:
    """The title with the body's words after it, less the words it already ends with:
    «заместитель председателя законодательного собрания» of «Законодательного собрания
    Омской области» stays, «руководитель департамента» of «Департамента связей» becomes
    «руководитель департамента связей»."""
    def lemmas(text: str) -> list[str]:
        return [fold(tools.morph.lemma(word)) for word in text.lower().split()]
    head, tail = lemmas(title), lemmas(words)
    if tail and head[-len(tail):] == tail:
        return title
    shared = next((size for size in range(min(len(head), len(tail)), 0, -1)
                   if head[-size:] == tail[:size]), 0)
    return " ".join([title, *words.split()[shared:]])


def _governing_body(doc: Document, key: str | None, tools: Toolkit) -> Entity | None:
    """The ORG entity of `key` when its name, in lemmas, holds a governing body's."""
    if not key or not key.startswith("org:"):
        return None
    entity = next((e for e in doc.entities if e.key == key), None)
    if entity is None:
        return None
    lemmas = " ".join(fold(tools.morph.lemma(word.lower())) for word in entity.name.split())
    if lemmas.partition(" ")[0] in administration_units():
        return entity
    return entity if any(f" {body} " in f" {lemmas} " for body in territorial_bodies()) \
        else None


def _unit_of_a_state(body: Entity, territory: str, tools: Toolkit) -> bool:
    """A department of a country («Департамент Азии МИД Китая», «Департамент …
    Минэкономразвития России») is a ministry's, not a region's administration unit."""
    first = fold(tools.morph.lemma(body.name.split()[0].lower()))
    return first in administration_units() and "-" not in territory and (
        not territory.startswith("geo:"))


def _split(doc: Document, start: int, stop: int,
           tools: Toolkit) -> tuple[str, str] | None:
    """(the body's words as written, lower-cased; the territory's key) of a body's
    mention: the words before the first place named inside it, less a leading place
    adjective («Минского городского исполнительного комитета» -> «городского
    исполнительного комитета», geo:Минск)."""
    places = [item for item in entity_mentions(doc, start, stop)
              if item.entity.type == "GEO" and item.start > start]
    end = places[0].start if places else stop
    places = places or _place_after(doc, stop)
    words = doc.text[start:end].split()
    territory = None
    if words:
        adjective = tools.gazetteer.adjective(words[0])
        if len(adjective) == 1:
            territory = _region_of_centre(words, adjective[0].key, tools)
            words = words[1:]
    if places:
        inner = [item.key for item in places if "-" in item.key or ":" in item.key]
        territory = territory or (inner[0] if inner else places[0].key)
    territory = territory or _capital_near(doc, start, stop, tools)
    if territory is None or not words:
        return None
    return " ".join(word.lower() for word in words), territory


def _place_after(doc: Document, stop: int) -> list[EntityMention]:
    """The place named right after a body's mention, as its genitive: «Народного
    совета» + «провинции Нгеан» when the body's own mention stops before the province."""
    after = PLACE_AFTER.match(doc.text, stop)
    if after is None:
        return []
    place = mention_at(doc, stop + 1, "GEO") or mention_at(doc, after.end(), "GEO")
    return [place] if place is not None else []


WORD_BEFORE = re.compile(r"(\w+)\s+$")
WORDS_AFTER = re.compile(r"\s+(\w+)(?:\s+(\w+))?")


def _capital_near(doc: Document, start: int, stop: int, tools: Toolkit) -> str | None:
    """The home capital a capital word names just before a body's mention («столичного
    Департамента …») or after it («… столицы», «… российской столицы»), when the
    document names the capital and no place follows the word."""
    before = WORD_BEFORE.search(doc.text[max(0, start - 30):start])
    after = WORDS_AFTER.match(doc.text, stop)
    words = [before.group(1)] if before else []
    if after is not None:
        words += [word for word in after.groups() if word]
    for word in words:
        key = capital_words().get(fold(tools.morph.lemma(word.lower())))
        if key is not None and doc.entity(key) is not None:
            return key
    return None


# a region's adjective after a city's: «Минского областного …» is of the Minsk region
REGION_ADJECTIVES = {"областной": "области"}


def _region_of_centre(words: list[str], place: str, tools: Toolkit) -> str:
    """The region a city's adjective names when a region's adjective follows it
    («Минского областного Совета» -> «Минского области» -> BY-MI), else the place."""
    if len(words) < 2 or ":" not in place:
        return place
    kind = REGION_ADJECTIVES.get(tools.morph.lemma(words[1].lower()))
    region = tools.gazetteer.resolve(f"{words[0]} {kind}") if kind else None
    return region.key if region is not None and "-" in region.key else place
