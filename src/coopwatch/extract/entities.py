"""Stage `entities`: NER mentions and gazetteer hits -> entities with keys, names, aliases.

Places come first (the gazetteer overrides the NER type), then people (the remaining
PER spans, grouped by surname), then organizations (the remaining ORG spans and the
ones the NER model misses). Entities are listed in order of their first mention.
"""

from __future__ import annotations

from collections.abc import Sequence

from coopwatch.extract.entity_candidates import Candidate, overlaps
from coopwatch.extract.geo_entities import geo_entities, place_candidates
from coopwatch.extract.org_mentions import org_candidates
from coopwatch.extract.orgs import group_orgs, org_entity
from coopwatch.extract.persons import person_entities
from coopwatch.extract.token_index import TokenIndex
from coopwatch.records import Document, Entity, Mention
from coopwatch.tools import Toolkit


def link(doc: Document, tools: Toolkit) -> Document:
    """Fill `doc.entities` from `doc.mentions`, `doc.sentences` and the gazetteer."""
    morph, gazetteer = tools.morph, tools.gazetteer
    index = TokenIndex.of(doc)
    places = place_candidates(doc, morph, gazetteer, index)
    people = person_mentions(doc, places)
    orgs = org_candidates(doc, morph, gazetteer, index, places, people)
    groups = group_orgs(orgs, gazetteer.resolve)
    entities = [
        *geo_entities(places),
        *person_entities(morph, people),
        *(org_entity(group) for group in groups),
    ]
    return doc.replace(entities=tuple(sorted(entities, key=_first_offset)))


def person_mentions(doc: Document, places: Sequence[Candidate]) -> list[Mention]:
    """PER spans that are not places and look like a person's name."""
    taken = [(c.start, c.stop) for c in places]
    return [m for m in doc.mentions
            if m.type == "PER" and not overlaps(m.start, m.stop, taken) and is_personal(m)]


def is_personal(mention: Mention) -> bool:
    """A name of a person: capitalized words, not an all-capital abbreviation."""
    words = [word for word in mention.text.split() if word[:1].isalpha()]
    return bool(words) and all(word[:1].isupper() for word in words) and not any(
        word.isupper() and len(word) > 1 and not word.endswith(".") for word in words)


def _first_offset(entity: Entity) -> tuple[int, str]:
    return (min((m.start for m in entity.mentions), default=0), entity.key)
