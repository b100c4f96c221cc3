"""The regions a document is about: the Russian region, or the region abroad, that
its entity mentions clearly favour.

Shared by the positions, events, flows and cooperation stages.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from coopwatch.records import Document, Entity
from coopwatch.text.attribution import dateline_starts, said_there, seat_after_mission

PLACE_KEY = re.compile(r"^[A-Z]{2}(?:-[A-Z0-9]{1,3})?$")


def is_place_key(key: str) -> bool:
    """A country or a first-level region key (`BY`, `RU-SPE`, `CN-ZJ`, `RU-93`)."""
    return bool(PLACE_KEY.match(key))


def is_russian_region(key: str) -> bool:
    return key.startswith("RU-")


def is_russia_or_region(key: str) -> bool:
    """Russia's own key or one of its regions' (`RU`, `RU-TA`)."""
    return key == "RU" or is_russian_region(key)


def between_russian_parties(keys: Sequence[str]) -> bool:
    """Two or more parties, each Russia or a Russian region: what passes between them
    crosses no border («В Саратовскую область поставили 13 тонн свеклы» from Stavropol)."""
    return len(keys) >= 2 and all(is_russia_or_region(key) for key in keys)


def is_country_key(key: str) -> bool:
    """A country's own key, two capitals (`RU`, `CN`), not a region's or a name's."""
    return len(key) == 2 and key.isalpha() and key.isupper()


def main_region(doc: Document, exclude: frozenset[str] = frozenset()) -> str | None:
    """The Russian region the document is about, if exactly one clearly dominates.

    Counts mentions of Russian regions, leaving out `exclude` (regions already held by
    someone else's explicit title), the cities of datelines, of reporting clauses
    («…, сообщил он в Москве») and of foreign missions' seats («посол Египта в
    Москве»), and regions named only as a
    venue («в Московской
    области состоялись переговоры», unless no other is named); the leader must be alone
    or have twice the mentions of the runner-up.
    """
    # «Москва. 8 сентября.»: where it was filed; «…, сообщил он на коллегии в Москве»:
    # where it was told
    filed = dateline_starts(doc.sentences) | _told_or_seated(doc)
    regions = [entity for entity in doc.entities
               if is_russian_region(entity.key) and entity.key not in exclude and any(
                   m.start not in filed for m in entity.mentions)]
    goals = _lone_destinations(doc, regions)
    hosts = [entity for entity in regions if not _venue_only(doc, entity, goals)]
    counts = Counter({entity.key: sum(m.start not in filed for m in entity.mentions)
                      for entity in hosts or regions})
    return clear_leader(counts)


def _told_or_seated(doc: Document) -> frozenset[int]:
    """Where the Russian places start that a reporting clause names as where the news was
    told, or that a foreign mission's seat names («посол Египта в Москве» says where the
    embassy is, not what the page is about)."""
    return frozenset(m.start for entity in doc.entities if is_russian_region(entity.key)
                     for m in entity.mentions for sentence in doc.sentences
                     if sentence.start <= m.start < sentence.stop
                     and (said_there(sentence.tokens, m.start)
                          or seat_after_mission(sentence.tokens, m.start)))


VENUE = re.compile(r"(?:^|[\s(])(?:в|во|на)\s+$", re.IGNORECASE)


def _venue_only(doc: Document, entity: Entity, goals: frozenset[int] = frozenset()) -> bool:
    """Every mention says where something took place, «в Московской области»: the host
    of a meeting, not the region the document is about. The one region a sentence sends
    something to («в Мурманскую область поступила 181 партия», `goals`) is no venue."""
    return all(VENUE.search(doc.text[max(0, m.start - 4):m.start]) and m.start not in goals
               for m in entity.mentions)


def _lone_destinations(doc: Document, regions: list[Entity]) -> frozenset[int]:
    """Where the mentions start of regions after «в/на» in the accusative that are alone
    so in their sentence: where goods go. Several in one sentence are the receivers of a
    region that sends («в Пермский край — 40 тонн, в Удмуртию — 12 тонн»)."""
    found: set[int] = set()
    for sentence in doc.sentences:
        cases = {token.start: token.feat("Case") for token in sentence.tokens}
        goals = [m.start for entity in regions for m in entity.mentions
                 if sentence.start <= m.start < sentence.stop and cases.get(m.start) == "Acc"
                 and VENUE.search(doc.text[max(0, m.start - 4):m.start])]
        if len(goals) == 1:
            found.update(goals)
    return frozenset(found)


def main_foreign_region(doc: Document) -> str | None:
    """The first-level region abroad the document is about: the only one, or the one
    with twice the mentions of the runner-up."""
    counts = Counter(
        {
            entity.key: len(entity.mentions)
            for entity in doc.entities
            if entity.type == "GEO" and _foreign_region_key(entity.key) and entity.mentions
        }
    )
    return clear_leader(counts)


def _foreign_region_key(key: str) -> bool:
    """An ISO 3166-2 code of a region abroad: CN-HB, BY-MI, KZ-15."""
    country, dash, _ = key.partition("-")
    return bool(dash) and country.isupper() and country.isalpha() and country != "RU"


def main_partner(doc: Document) -> str | None:
    """The place abroad the document is about: its first-level region abroad, else the
    foreign country named alone or with twice the mentions of the runner-up."""
    region = main_foreign_region(doc)
    if region is not None:
        return region
    counts = Counter(
        {
            entity.key: len(entity.mentions)
            for entity in doc.entities
            if entity.type == "GEO" and entity.mentions and len(entity.key) == 2
            and entity.key.isalpha() and entity.key.isupper() and entity.key != "RU"
        }
    )
    return clear_leader(counts)


def clear_leader(counts: Counter[str]) -> str | None:
    """The most counted key when it is the only one or has twice the runner-up's count."""
    ranked = counts.most_common(2)
    if len(ranked) == 1 or (len(ranked) == 2 and ranked[0][1] >= 2 * ranked[1][1]):
        return ranked[0][0]
    return None
