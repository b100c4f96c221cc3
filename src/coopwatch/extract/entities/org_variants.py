"""One organization written several ways on a page, joined after grouping.

- The places inside a name may be named differently: «Посольство РФ в Белоруссии» and
  «Посольство России в Республике Беларусь» are one embassy (`orgs` already joins names
  that differ in a trailing place only).
- A clipped compound stands for its two words: «Нацсобрание Дагестана» is «Национальное
  собрание Дагестана».
- A clipped ministry's name ending in a genitive noun does not decline
  («Минвостокразвития», «Минобрнауки»): its name is the word as written.
- A name of two words or more that begins one longer name of the page is that body
  («Межправительственная комиссия» after «Межправительственная комиссия по …»).
- A name that is another name of the page after a kind word or an adjective of status
  is that body («Корпорация Rostec» and «Rostec»; «Федеральный фонд развития
  промышленности» and «Фонд развития промышленности»), but not after a place adjective
  («Минский тракторный завод» is no «тракторный завод»).
- A kind word repeated by the quoted-name rule is written once («Агентство Агентство
  Москва» -> «Агентство Москва»).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from coopwatch.extract.entities.lexicon import is_org_kind
from coopwatch.geo.gazetteer import Gazetteer
from coopwatch.lexicon.datafiles import data_rows
from coopwatch.lexicon.folding import fold
from coopwatch.records import Entity

MIN_CLIP = 3  # letters a clipped first part keeps at least («нац», «гос»)
MINISTRY_CLIP = "мин"
WORD = re.compile(r"[^\s«»\"„“”]+")


@lru_cache(maxsize=1)
def clipped_genitive_tails() -> tuple[str, ...]:
    return tuple(fold(row[0]) for row in data_rows("entities/clipped_genitive_tails.txt"))


def merged_org_variants(gazetteer: Gazetteer, entities: Sequence[Entity]) -> list[Entity]:
    """The entities with each organization's names fixed and its variants joined."""
    fixed = [_fixed_name(e) if e.type == "ORG" else e for e in entities]
    orgs = [i for i, e in enumerate(fixed) if e.type == "ORG"]
    forms = {i: _place_form(gazetteer, fixed[i].name) for i in orgs}
    parent = {i: i for i in orgs}

    def find(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    for position, i in enumerate(orgs):
        for j in orgs[position + 1:]:
            if find(i) != find(j) and _same(forms[i], forms[j]):
                parent[max(find(i), find(j))] = min(find(i), find(j))
    for i in orgs:
        head = _words(fixed[i].name)
        longer = {find(j) for j in orgs if len(head) >= 2 and len(_words(fixed[j].name)) > len(
            head) and _words(fixed[j].name)[:len(head)] == head}
        if len(longer) == 1 and (root := longer.pop()) != find(i):
            parent[max(root, find(i))] = min(root, find(i))
    for i in orgs:
        for j in orgs:
            if find(i) != find(j) and _qualified(gazetteer, fixed[j].name, fixed[i].name):
                parent[max(find(i), find(j))] = min(find(i), find(j))
    groups: dict[int, list[int]] = {}
    for i in orgs:
        groups.setdefault(find(i), []).append(i)
    joined = {root: _joined([fixed[i] for i in members]) for root, members in groups.items()
              if len(members) > 1}
    dropped = {i for members in groups.values() if len(members) > 1 for i in members[1:]}
    return [joined.get(i, entity) for i, entity in enumerate(fixed) if i not in dropped]


def _qualified(gazetteer: Gazetteer, long: str, short: str) -> bool:
    """The longer name is the shorter one after a kind word or an adjective of status:
    «Корпорация Rostec» and «Rostec», «Федеральный фонд …» and «Фонд …»."""
    words, rest = _words(long), _words(short)
    if len(words) != len(rest) + 1 or words[1:] != rest or not long[:1].isupper():
        return False
    parses = gazetteer.morph.parse(words[0])
    if not parses:
        return False
    best = parses[0]
    return is_org_kind(best.normal_form) or (
        "ADJF" in best.tag and "Geox" not in best.tag
        and not gazetteer.adjective(long.split()[0]))


def _words(name: str) -> list[str]:
    return [fold(word.strip(",.«»\"")) for word in name.split()]


def _fixed_name(entity: Entity) -> Entity:
    name = entity.name
    words = name.split()
    if len(words) > 2 and fold(words[0]) == fold(words[1]):
        name = " ".join(words[1:])
    first = fold(words[0]) if words else ""
    if first.startswith(MINISTRY_CLIP) and len(words[0]) > 6:
        written = {WORD.findall(m.text)[0] for m in entity.mentions if WORD.findall(m.text)}
        tails = clipped_genitive_tails()
        kept = [w for w in written if fold(w).startswith(MINISTRY_CLIP) and fold(w).endswith(
            tails)]
        if len(kept) == 1 and kept[0] != words[0]:
            name = " ".join([kept[0], *name.split()[1:]])
    if name == entity.name:
        return entity
    aliases = tuple(a for a in (*entity.aliases, entity.name) if a != name)
    return replace(entity, key="org:" + name, name=name, aliases=aliases)


def _place_form(gazetteer: Gazetteer, name: str) -> tuple[str, ...]:
    """The name's words folded, each run of words naming a known place (three words at
    most, longest first) replaced by the place's key."""
    words = name.split()
    form: list[str] = []
    i = 0
    while i < len(words):
        for size in (3, 2, 1):
            run = words[i:i + size]
            if len(run) == size and run[0][:1].isupper():
                place = gazetteer.resolve(" ".join(run))
                if place is not None:
                    form.append("@" + place.key)
                    i += size
                    break
        else:
            form.append(fold(words[i].strip(",.")))
            i += 1
    return tuple(form)


def _same(first: tuple[str, ...], second: tuple[str, ...]) -> bool:
    """Equal forms, or equal once a clipped compound of one is read as two words of the
    other («нацсобрание» = «национальное собрание»); a form must hold a word besides
    places."""
    if not any(not word.startswith("@") for word in first):
        return False
    if first == second:
        return True
    return _clipped(first, second) or _clipped(second, first)


def _clipped(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    if len(long) != len(short) + 1:
        return False
    for i, word in enumerate(short):
        if i + 1 >= len(long) or short[:i] != long[:i] or short[i + 1:] != long[i + 2:]:
            continue
        head, tail = long[i], long[i + 1]
        if (word.endswith(tail) and len(word) - len(tail) >= MIN_CLIP
                and head.startswith(word[:len(word) - len(tail)])):
            return True
    return False


def _joined(group: list[Entity]) -> Entity:
    """One entity of a group: the name of most words (then the longest), the others as
    aliases, every mention."""
    main = max(group, key=lambda e: (len(e.name.split()), len(e.name)))
    aliases: list[str] = []
    for entity in group:
        for alias in (entity.name, *entity.aliases):
            if alias != main.name and alias not in aliases:
                aliases.append(alias)
    mentions = tuple(sorted((m for e in group for m in e.mentions), key=lambda m: m.start))
    return replace(main, aliases=tuple(aliases), mentions=mentions)
