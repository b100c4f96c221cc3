"""One organization named in several grammatical cases on a page, or with and without
the abbreviation of its kind, joined.

A one-word name is often written once in the nominative and elsewhere in an oblique
case, between quotes («в ОЭЗ «Алабуга»» … «проект важен для «Алабуги»», «резидентам
«Стабны»»), where the first pass cannot tell the name's nominative and keeps the form
(or guesses a wrong one: «Алабуге» -> «Алабуг»). An ORG entity whose every mention is
one capitalized word that a case form of exactly one other organization's one-word
name spells is that organization: its mentions join it, its name goes. The case
endings are a table (`entities/name_case_endings.tsv`): pymorphy3 guesses unknown names
badly («Алабуга» read as the genitive of «Алабуг»).

A zone or joint venture named once with its kind abbreviation and once without («ОЭЗ
"Стабна"» … «резидентам «Стабны»») is one body too, when a broken quote kept the name
from becoming the alias of the longer form: the longer name stays, the other is its
alias (`entities/bare_kind_acronyms.txt`).

An abbreviation written with a Russian case ending at every mention («на МАЗе») joins
the one organization of the page it names or abbreviates («Минский автомобильный завод»).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from coopwatch.extract.entities.candidates import QUOTES
from coopwatch.extract.entities.org_noise import bare_kind_acronyms
from coopwatch.extract.entities.orgs import acronyms_of
from coopwatch.lexicon.datafiles import data_rows
from coopwatch.lexicon.folding import fold
from coopwatch.records import Entity

MIN_STEM = 3  # letters a name keeps before its ending at least
MIN_SAME_FORMS = 2  # mentions in one written form that show a name does not decline
MAX_ENDING = 2  # letters a wrong guess took off the written form («Исузу» -> «Исуз»)
GENITIVE_ENDINGS = frozenset({"а", "я"})  # the case a name is most often repeated in
CONSONANT = "-"  # the table's mark of a name ending in a consonant
NOT_CONSONANTS = set("аеёиоуыэюяйь")


@lru_cache(maxsize=1)
def case_endings() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(nominative ending, its oblique endings), longest nominative ending first."""
    rows = [(row[0], tuple(row[1].split())) for row in data_rows("entities/name_case_endings.tsv")]
    return tuple(sorted(rows, key=lambda row: -len(row[0])))


def joined_case_forms(entities: Sequence[Entity]) -> list[Entity]:
    """The entities with each ORG written only in case forms of another's name joined
    to it (module docstring)."""
    result = [_nominative_named(e) if e.type == "ORG" else e for e in entities]
    forms = {i: _case_forms(e) for i, e in enumerate(result) if e.type == "ORG"}
    dropped: set[int] = set()
    for j, entity in enumerate(list(result)):
        words = _mention_words(entity) if entity.type == "ORG" else None
        if not words:
            continue
        targets = [i for i, found in forms.items()
                   if i != j and i not in dropped and words <= found
                   and fold(entity.name) not in _names(result[i])]
        if len(targets) != 1:
            continue
        result[targets[0]] = _with_mentions_of(result[targets[0]], entity)
        dropped.add(j)
    named = [_nominative_named(e) if e.type == "ORG" else e
             for i, e in enumerate(result) if i not in dropped]
    return _joined_acronym_cases(_joined_kind_names(named))


def _with_mentions_of(target: Entity, other: Entity) -> Entity:
    """`target` with the mentions of `other` folded in, in text order."""
    return replace(target, mentions=tuple(sorted((*target.mentions, *other.mentions),
                                                 key=lambda m: m.start)))


ACRONYM_CASE = re.compile(r"([А-ЯЁ]{2,6}|[А-ЯЁ][а-яё]{0,3}[А-ЯЁ]{1,4})([аеуыи]|ом|ов|ам|ах)")


def _joined_acronym_cases(entities: list[Entity]) -> list[Entity]:
    """An abbreviation written with a Russian case ending at every mention («на МАЗе»,
    «БелАЗов») joins the one other organization it abbreviates or names («МАЗ»,
    «Минский автомобильный завод»)."""
    result = list(entities)
    dropped: set[int] = set()
    for j, entity in enumerate(entities):
        found = [ACRONYM_CASE.fullmatch(m.text.strip(QUOTES + " ")) for m in entity.mentions]
        stems = {match.group(1) for match in found if match is not None}
        if entity.type != "ORG" or not found or None in found or len(stems) != 1:
            continue
        stem = fold(stems.pop())
        targets = [i for i, other in enumerate(result) if i != j and i not in dropped
                   and other.type == "ORG" and (stem in _names(other) or any(
                       stem in acronyms_of(name) for name in (other.name, *other.aliases)))]
        if len(targets) != 1:
            continue
        result[targets[0]] = _with_mentions_of(result[targets[0]], entity)
        dropped.add(j)
    return [e for k, e in enumerate(result) if k not in dropped]


def _joined_kind_names(entities: list[Entity]) -> list[Entity]:
    """«ОЭЗ Стабна» and «Стабна» as one entity, named with the kind."""
    by_name = {fold(e.name): i for i, e in enumerate(entities) if e.type == "ORG"}
    result = list(entities)
    dropped: set[int] = set()
    for i, entity in enumerate(entities):
        kind, _, rest = entity.name.partition(" ")
        j = by_name.get(fold(rest)) if entity.type == "ORG" and rest else None
        if j is None or j == i or fold(kind) not in bare_kind_acronyms():
            continue
        other = result[j]
        aliases = [a for a in (*result[i].aliases, other.name, *other.aliases)
                   if fold(a) != fold(entity.name)]
        result[i] = replace(result[i], aliases=tuple(dict.fromkeys(aliases)), mentions=tuple(
            sorted((*result[i].mentions, *other.mentions), key=lambda m: m.start)))
        dropped.add(j)
    return [e for i, e in enumerate(result) if i not in dropped]


def _nominative_named(entity: Entity) -> Entity:
    """An entity named by a wrong guess at one of its one-word mentions («Алабуг» for
    «Алабуга», «Алабуге») takes the mention whose case forms the others are."""
    words = {m.text.strip(QUOTES + " ") for m in entity.mentions}
    if len(words) == 1 and len(entity.mentions) >= MIN_SAME_FORMS and (
            (word := next(iter(words))).isalpha() and word[:1].isupper()
            and word != entity.name and word.startswith(entity.name)
            and len(word) - len(entity.name) <= MAX_ENDING
            and word[len(entity.name):] not in GENITIVE_ENDINGS):
        # one form at every mention, whatever case the phrase asks («завод "Исузу"», «для
        # "Исузу"»): a name that does not decline, not a case of «Исуз»; a genitive said
        # twice («Управление Россельхознадзора», «сотрудники Россельхознадзора») is one
        return replace(entity, key="org:" + word, name=word,
                       aliases=tuple(a for a in entity.aliases if a != word))
    if len(words) < 2 or not all(w.isalpha() and w[:1].isupper() for w in words):
        return entity
    named = [w for w in words if {fold(o) for o in words - {w}} <= case_forms(w)]
    if len(named) != 1 or named[0] == entity.name or " " in entity.name:
        return entity
    return replace(entity, key="org:" + named[0], name=named[0],
                   aliases=tuple(a for a in entity.aliases if a != named[0]))


def _names(entity: Entity) -> set[str]:
    return {fold(name) for name in (entity.name, *entity.aliases)}


def _mention_words(entity: Entity) -> set[str] | None:
    """The folded words of the mentions, if each is one capitalized word."""
    words = set()
    for mention in entity.mentions:
        word = mention.text.strip(QUOTES + " ")
        if not word.isalpha() or not word[:1].isupper() or word.isupper():
            return None
        words.add(fold(word))
    return words


def case_forms(name: str) -> set[str]:
    """The folded oblique forms of a one-word name in the nominative: «Алабуга» ->
    алабуги, алабуге, алабугу, алабугой, алабугою."""
    word = fold(name)
    for ending, oblique in case_endings():
        if ending == CONSONANT:
            if word[-1:] in NOT_CONSONANTS:
                continue
            ending = ""
        elif not word.endswith(ending):
            continue
        stem = word[:len(word) - len(ending)]
        if len(stem) >= MIN_STEM:
            return {stem + tail for tail in oblique}
    return set()


def _case_forms(entity: Entity) -> set[str]:
    """The oblique forms of the entity's one-word names, the names themselves left out."""
    names = {name for name in (entity.name, *entity.aliases)
             if name.isalpha() and name[:1].isupper() and not name.isupper()}
    found = {form for name in names for form in case_forms(name)}
    return found - {fold(name) for name in names}
