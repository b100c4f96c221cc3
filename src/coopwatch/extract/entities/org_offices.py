"""Regional offices of federal bodies: «управления Россельхознадзора по Омской области».

News about trade cites the regional office of a federal service or ministry: an office
word, the body's name in the genitive and «по» with the territory the office serves
(«пресс-служба управления Роспотребнадзора по Брянской и Орловской областям»). The NER
model reads the body alone; the party of the news is the office, named in the
nominative with the territory as written: «Управление Роспотребнадзора по Брянской и
Орловской областям», an adjective before the office word too («Межрегиональное
управление …»).

A mention of the body outside such a phrase stays the body's, unless the page first
names one office of it and only then the body alone («управление Россельхознадзора по
Омской области» … «В Россельхознадзоре отметили …»): the short name refers back to the
office, whose alias it becomes. A body named before its office is the body.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from coopwatch.lexicon.datafiles import data_rows
from coopwatch.lexicon.folding import fold
from coopwatch.nlp.morph import Morph, reading
from coopwatch.records import Entity, Mention

WORD = r"[А-ЯЁ][\w-]+"
# one territory in the dative: «Омской области», «Брянской, Смоленской и Калужской
# областям», «Республике Бурятия», «городу Москве», «Бурятии»
TERRITORY = (rf"(?:{WORD}(?:, {WORD})*(?: и {WORD})? (?:област(?:и|ям)|кра(?:ю|ям)|округу)"
             rf"|(?:[Рр]еспублик(?:е|ам)|городу) {WORD}|{WORD}(?:ии|ью|ье))")
SERVED = re.compile(rf" по ({TERRITORY}(?: и {TERRITORY})?)(?![\w-])")
WORD_BEFORE = re.compile(r"(?<![\w-])(?:([А-ЯЁа-яё]+)\s+)?([А-ЯЁа-яё]+)\s+$")
OFFICE_FORM = frozenset({"nomn", "sing", "neut"})


@lru_cache(maxsize=1)
def office_words() -> frozenset[str]:
    """Lemmas of words for a regional office: управление (folded)."""
    return frozenset(fold(row[0]) for row in data_rows("entities/office_words.txt"))


def with_regional_offices(text: str, morph: Morph, entities: Sequence[Entity]) -> list[Entity]:
    """The entities, a body's mentions inside an office phrase moved to the office's
    own entity (module docstring)."""
    found: list[Entity] = []
    offices: dict[str, list[Mention]] = {}
    aliases: dict[str, list[str]] = {}
    for entity in entities:
        if entity.type != "ORG":
            found.append(entity)
            continue
        kept = []
        served: dict[str, int] = {}  # office name -> where it is first named
        for mention in entity.mentions:
            office = _office(text, morph, mention)
            if office is None:
                kept.append(mention)
            else:
                offices.setdefault(office[0], []).append(office[1])
                served.setdefault(office[0], mention.start)
        if _refers_back(kept, served):
            only = next(iter(served))
            offices[only] += kept
            aliases.setdefault(only, []).append(entity.name)
        elif kept:
            found.append(entity if len(kept) == len(entity.mentions)
                         else replace(entity, mentions=tuple(kept)))
    by_name = {fold(e.name): i for i, e in enumerate(found) if e.type == "ORG"}
    for name, mentions in offices.items():
        at = by_name.get(fold(name))
        if at is None:
            found.append(Entity(key="org:" + name, type="ORG", name=name,
                                aliases=tuple(aliases.get(name, ())),
                                mentions=tuple(sorted(mentions, key=lambda m: m.start))))
        else:
            known = found[at]
            added = tuple(a for a in aliases.get(name, ()) if a not in known.aliases)
            found[at] = replace(known, aliases=(*known.aliases, *added), mentions=tuple(
                sorted((*known.mentions, *mentions), key=lambda m: m.start)))
    return found


def _refers_back(kept: Sequence[Mention], served: dict[str, int]) -> bool:
    """Whether a body's mentions outside office phrases all follow the first mention of
    its one office: the short name then refers back to that office."""
    return bool(kept) and len(served) == 1 and all(
        mention.start > next(iter(served.values())) for mention in kept)


def _office(text: str, morph: Morph, mention: Mention) -> tuple[str, Mention] | None:
    """The office's name and mention when the body's mention stands between an office
    word and «по» with a territory."""
    if any(char in mention.text for char in "«»\"") or not mention.text[:1].isupper():
        return None
    served = SERVED.match(text, mention.stop)
    before = WORD_BEFORE.search(text, max(0, mention.start - 40), mention.start)
    if served is None or before is None:
        return None
    word = before.group(2)
    if fold(reading(morph, word.lower()).lemma) not in office_words():
        return None
    head, start = reading(morph, word.lower()).lemma, before.start(2)
    kind = _adjective_nominative(morph, before.group(1), word) if before.group(1) else None
    if kind is not None:
        head, start = f"{kind} {head}", before.start(1)
    name = f"{head[:1].upper()}{head[1:]} {mention.text} по {served.group(1)}"
    stop = served.end()
    return name, Mention(start=start, stop=stop, text=text[start:stop], type="ORG",
                         normal=name)


def _adjective_nominative(morph: Morph, word: str, office: str) -> str | None:
    """An adjective that agrees with the office word, in the nominative neuter
    («межрегиональное» of «межрегионального управления»); None for any other word, a
    pronoun («этого», «данного») too."""
    cases = {parse.tag.case for parse in morph.parse(office.lower())
             if parse.tag.number == "sing"}
    for parse in morph.parse(word.lower()):
        tag = parse.tag
        if ("ADJF" in tag and "Apro" not in tag and tag.number == "sing"
                and tag.gender == "neut" and tag.case in cases):
            inflected = parse.inflect(OFFICE_FORM)
            return str(inflected.word) if inflected is not None else None
    return None
