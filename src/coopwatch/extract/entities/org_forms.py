"""Organizations the first pass cuts short or makes up on real pages, fixed on the
finished entities.

- A body followed by a bare word for the page's own territory («Законодательного
  собрания области», «во Дворце культуры области», «комитета … города») is named with
  that word: it is how the page names that body, and the gold annotates it so. The
  mentions stay as they were: the word still says whose body it is to the fact stages.
- A capitalized dictionary word alone, not between quotes, in the plural
  («Соглашений») or an honorific («Превосходительство»), is a common noun written
  with a capital, not a name (one-word institutions in the singular stay: «Сенат»).
- A name on a line of an exchange-rate widget («ЦБ USD 92.13», «Курс ЦБ на 22.01») is
  page furniture.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from coopwatch.extract.entities.candidates import QUOTES
from coopwatch.lexicon.datafiles import data_rows
from coopwatch.lexicon.folding import fold
from coopwatch.nlp.morph import Morph
from coopwatch.records import Entity, Mention

TERRITORY_TAIL = re.compile(r"[ \t]+(области|края|района|города|республики|округа)(?![\w-])")
NEXT_WORD = re.compile(r"[ \t]+(?=\S)")
RATE_LINE = re.compile(r"(?<![\w])(?:USD|EUR|CNY|Курс|курс)(?![\w])")
RATE_LINE_MAX = 60
NOT_NAME_TAGS = frozenset({"Geox", "Name", "Surn", "Orgn", "Abbr", "Patr", "Trad"})


def fixed_orgs(text: str, morph: Morph, entities: Sequence[Entity]) -> list[Entity]:
    """The entities with the fixes of the module docstring applied to organizations."""
    places = {m.start for e in entities if e.type == "GEO" for m in e.mentions}
    found = []
    for entity in entities:
        if entity.type != "ORG":
            found.append(entity)
            continue
        mentions = tuple(m for m in entity.mentions if not _on_rate_line(text, m))
        if not mentions or _common_word(text, morph, entity):
            continue
        found.append(_with_territory(text, places, replace(entity, mentions=mentions)))
    return found


def _on_rate_line(text: str, mention: Mention) -> bool:
    start = text.rfind("\n", 0, mention.start) + 1
    stop = text.find("\n", mention.stop)
    line = text[start:stop if stop >= 0 else len(text)]
    return len(line.strip()) <= RATE_LINE_MAX and RATE_LINE.search(line) is not None


def _quoted(text: str, mention: Mention) -> bool:
    before = text[mention.start - 1] if mention.start > 0 else ""
    after = text[mention.stop] if mention.stop < len(text) else ""
    return (bool(before) and before in QUOTES) or (bool(after) and after in QUOTES)


def _common_word(text: str, morph: Morph, entity: Entity) -> bool:
    """One capitalized word the dictionary knows only as a common word, never quoted,
    that is a plural («Соглашений») or an honorific («Превосходительство»); an
    institution's one-word name in the singular stays («Сенат», «Кремль»)."""
    words = {m.text for m in entity.mentions}
    if len(words) != 1 or any(_quoted(text, m) for m in entity.mentions):
        return False
    word = words.pop()
    if " " in word or "-" in word or not word[:1].isupper() or not word[1:].islower():
        return False
    parses = morph.parse(word.lower())
    common = bool(parses) and all(p.is_known for p in parses) and any(
        "NOUN" in p.tag for p in parses[:1]) and not any(
        NOT_NAME_TAGS & set(map(str, p.tag.grammemes)) for p in parses)
    plural = all("plur" in p.tag and "Pltm" not in p.tag for p in parses)
    return common and (plural or fold(parses[0].normal_form) in honorifics())


@lru_cache(maxsize=1)
def honorifics() -> frozenset[str]:
    return frozenset(fold(row[0]) for row in data_rows("entities/honorifics.txt"))


def _territory_tail(text: str, places: set[int], stop: int) -> re.Match[str] | None:
    """A bare territory word after a body, not the kind word of a named place after it
    («Правительства области Абай»)."""
    tail = TERRITORY_TAIL.match(text, stop)
    if tail is None:
        return None
    after = NEXT_WORD.match(text, tail.end())
    return None if after is not None and after.end() in places else tail


def _with_territory(text: str, places: set[int], entity: Entity) -> Entity:
    tails = [_territory_tail(text, places, m.stop) for m in entity.mentions]
    if not any(tails) or any(
            word[:1].isupper() for word in entity.name.split()[1:]):
        return entity
    word = next(t.group(1) for t in tails if t)
    longer = f"{entity.name} {word}"
    if all(tails):
        return replace(entity, key="org:" + longer, name=longer,
                       aliases=tuple(a for a in entity.aliases if a != longer))
    return replace(entity, aliases=tuple(dict.fromkeys((*entity.aliases, longer))))
