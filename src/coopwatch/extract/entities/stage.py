"""Stage `entities`: NER mentions and gazetteer hits -> entities with keys, names, aliases.

Places come first (the gazetteer overrides the NER type), then people (the remaining
PER spans, grouped by surname), then organizations (the remaining ORG spans and the
ones the NER model misses). Entities are listed in order of their first mention.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise

from coopwatch.extract.entities.candidates import Candidate, overlaps, without_brackets
from coopwatch.extract.entities.capitals import capital_aliases, with_capital_entities
from coopwatch.extract.entities.furniture import (
    PLACE_ADJECTIVE,
    credited_only,
    is_named_org,
    outside_urls,
    quoted_title_only,
    readable_mentions,
    url_spans,
    weather_only,
)
from coopwatch.extract.entities.lexicon import name_particles, person_titles, place_kinds
from coopwatch.extract.entities.namings import with_namings
from coopwatch.extract.entities.org_bounds import (
    with_site_domains,
    without_dangling_quotes,
    without_legal_forms,
)
from coopwatch.extract.entities.org_cases import joined_case_forms
from coopwatch.extract.entities.org_facilities import without_facilities
from coopwatch.extract.entities.org_forms import fixed_orgs
from coopwatch.extract.entities.org_mentions import org_candidates
from coopwatch.extract.entities.org_noise import without_org_noise
from coopwatch.extract.entities.org_offices import with_regional_offices
from coopwatch.extract.entities.org_parts import without_platform_venues
from coopwatch.extract.entities.org_shared import with_shared_heads
from coopwatch.extract.entities.org_variants import merged_org_variants
from coopwatch.extract.entities.orgs import group_orgs, org_entity
from coopwatch.extract.entities.person_cases import fixed_person_cases
from coopwatch.extract.entities.person_forms import fixed_people
from coopwatch.extract.entities.person_unseen import spans, unseen_names
from coopwatch.extract.entities.persons import (
    fix_normal,
    person_entities,
    split_people,
    trim_titles,
    unglued,
)
from coopwatch.extract.entities.place_fixes import fixed_places
from coopwatch.extract.entities.place_forms import fixed_place_forms
from coopwatch.extract.entities.places import geo_entities, place_candidates
from coopwatch.extract.entities.region_numbers import numbered_regions
from coopwatch.lexicon.folding import fold
from coopwatch.records import Document, Entity, Mention, Token
from coopwatch.text.annotations import with_entity_lookups
from coopwatch.text.token_index import TokenIndex
from coopwatch.tools import Toolkit

REGNAL = re.compile(r"[ \t]([IVX]{1,4})(?![\w.-])")
ROMAN = re.compile(r"[IVX]{1,4}")
SENTENCE_MARKS = (".", "!", "?", "…")


def link(doc: Document, tools: Toolkit) -> Document:
    """Fill `doc.entities` from `doc.mentions`, `doc.sentences` and the gazetteer, and
    the lookups the fact stages make in them (`text.annotations`)."""
    morph, gazetteer = tools.morph, tools.gazetteer
    index = TokenIndex.of(doc)
    urls = url_spans(doc.text)
    doc = doc.replace(mentions=tuple(_name_parts_joined(doc.text, without_titles(
        doc, index, urls))))
    doc = doc.replace(mentions=(*doc.mentions, *unseen_names(
        doc.text, morph, spans(doc.mentions),
        spans(m for m in doc.mentions if m.type == "GEO"))))
    places = place_candidates(doc, morph, gazetteer, index)
    people, not_people = split_people(morph, person_mentions(doc, index, places))
    orgs = org_candidates(doc, morph, gazetteer, index, places, people, not_people)
    groups = group_orgs(orgs, gazetteer.resolve)
    entities = [
        *geo_entities(places),
        *(without_brackets(e) for e in person_entities(morph, people)),
        *(without_brackets(org_entity(group)) for group in groups),
    ]
    entities = outside_urls(with_namings(doc.text, morph, index, entities), urls)
    entities = [e for e in entities
                if e.type != "ORG" or is_named_org(e, index, morph)]
    entities = [e for e in entities if e.type != "PER" or not (
        credited_only(doc.text, e) or quoted_title_only(doc.text, e))]
    entities = [e for e in entities if e.type != "GEO" or not weather_only(doc.text, e)]
    entities = without_facilities(index, without_org_noise(doc.text, index, morph, gazetteer,
                                                           entities))
    entities = without_platform_venues(index, entities)
    entities = with_site_domains(doc.text, without_legal_forms(
        morph, without_dangling_quotes(entities)))
    entities = fixed_places(doc.text, index, morph, gazetteer, entities)
    entities = joined_case_forms(merged_org_variants(gazetteer, entities))
    entities = fixed_people(doc.text, morph, gazetteer, entities)
    entities = fixed_person_cases(doc.text, morph, gazetteer, entities)
    entities = fixed_place_forms(doc.text, morph, gazetteer, entities)
    entities = with_regional_offices(doc.text, morph, fixed_orgs(doc.text, morph, entities))
    entities = with_shared_heads(doc.text, morph, entities)
    entities = org_namesakes_joined(entities)
    aliases = [*capital_aliases(doc.text, morph, gazetteer, entities),
               *numbered_regions(doc.text, gazetteer)]
    entities = with_capital_entities(gazetteer, entities, aliases)
    return with_entity_lookups(doc.replace(entities=tuple(sorted(entities, key=_first_offset))),
                               [(alias.key, alias.mention) for alias in aliases])


def org_namesakes_joined(entities: Sequence[Entity]) -> list[Entity]:
    """«компания Люйчжоу … представители Люйчжоу»: a one-word person whose name is the
    name of an organization of the page is that organization named again (a foreign
    company's name reads as a surname to the NER model)."""
    orgs = {fold(e.name): e for e in entities if e.type == "ORG"}
    joined: dict[str, list[Mention]] = {}
    kept: list[Entity] = []
    for entity in entities:
        owner = orgs.get(fold(entity.name)) if entity.type == "PER" and " " not in entity.name \
            else None
        if owner is None:
            kept.append(entity)
        else:
            joined.setdefault(owner.key, []).extend(entity.mentions)
    return [e if e.key not in joined else replace(e, mentions=tuple(sorted(
        {*e.mentions, *joined[e.key]}, key=lambda m: m.start))) for e in kept]


def person_mentions(doc: Document, index: TokenIndex,
                    places: Sequence[Candidate]) -> list[Mention]:
    """PER spans that are not places and look like a person's name, without title
    words, their normal form in the nominative."""
    taken = [(c.start, c.stop) for c in places]
    found = []
    for read in doc.mentions:
        if read.type != "PER" or overlaps(read.start, read.stop, taken):
            continue
        for mention in two_names(unglued(read), index):
            tokens = index.inside(mention.start, mention.stop)
            if is_personal(mention) and not _modifier(tokens) and not place_adjective(
                    index, tokens):
                found.append(fix_normal(mention, tokens, title_before(index, mention.start)))
    return found


def _name_parts_joined(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """A first name the tagger read as a place right before the rest of the name read
    as a person, when the page writes the whole name elsewhere as one person: «с
    губернатором провинции Мариэтой Каридад Пуй Самора» after «… Матанас Мариэтой
    Каридад Пуй Самора» is no place «Мариэтой»."""
    people = {m.text for m in mentions if m.type == "PER"}
    found = list(mentions)
    for place, person in pairwise(mentions):
        if place.type == "GEO" and person.type == "PER" and not text[
                place.stop:person.start].strip() and (
                f"{place.text} {person.text}" in people):
            found.remove(place)
    return found


def two_names(mention: Mention, index: TokenIndex) -> list[Mention]:
    """A span the tagger ran over two people side by side, each a name of two words or
    more that the parser joined by «flat:name» under a head of its own: «С хокимом
    Бухарской области Ботиром Зариповым Радий Хабиров обсудил…» names Zaripov and
    Khabirov."""
    tokens = index.inside(mention.start, mention.stop)
    ids = {token.id for token in tokens}
    heads = [i for i, token in enumerate(tokens) if token.head_id not in ids]
    if len(heads) != 2 or heads[0] != 0 or not all(
            token.rel == "flat:name" for i, token in enumerate(tokens) if i not in heads):
        return [mention]
    groups = [tokens[:heads[1]], tokens[heads[1]:]]
    if any(len(group) < 2 or any(token.head_id != group[0].id for token in group[1:])
           for group in groups):
        return [mention]
    return [Mention(start=group[0].start, stop=group[-1].stop,
                    text=mention.text[group[0].start - mention.start:
                                      group[-1].stop - mention.start],
                    type=mention.type, normal=None) for group in groups]


def _modifier(tokens: Sequence[Token]) -> bool:
    """A lone adjective that modifies a noun: «Донской губернатор» names no one."""
    return len(tokens) == 1 and tokens[0].pos == "ADJ" and tokens[0].rel == "amod"


ADJECTIVE_LINKS = frozenset({"и", ",", "или"})
MAX_LISTED_ADJECTIVES = 3


def place_adjective(index: TokenIndex, tokens: Sequence[Token]) -> bool:
    """A lone capitalized adjective of a place before a lower-case kind of place, perhaps
    with others listed between: «губернаторы Хубсугульского и Дорногобийского аймаков»
    name regions, not people; «Вишневский, область …» and «Белецкий и районы» name a
    person beside a place word."""
    if len(tokens) != 1 or not PLACE_ADJECTIVE.search(tokens[0].text):
        return False
    following = index.after(tokens[0].stop, 2 * MAX_LISTED_ADJECTIVES + 1)
    after_link = False  # the kind word must follow an adjective, not «и» or a comma
    for token in following:
        if token.text in ADJECTIVE_LINKS:
            after_link = True
            continue
        if token.text[:1].isupper() and PLACE_ADJECTIVE.search(token.text):
            after_link = False
            continue
        return (not after_link and token.text.islower()
                and fold(token.lemma) in place_kinds())
    return False


def title_before(index: TokenIndex, start: int) -> Token | None:
    """A title word shortly before a name in its sentence («с мэром Хэйхэ Чжан
    Цзилином»): the name stands in apposition to it and shares its case."""
    for back, token in enumerate(reversed(index.before(start, TITLE_REACH))):
        if token.text in SENTENCE_MARKS:  # a title of the sentence before is no head
            return None
        if fold(token.lemma) in person_titles():
            return token
        if back >= NEAR_TITLE and not (token.text.isalpha() and token.text.islower()):
            # further back only past the lower-case words of the title's own phrase
            # («Министра экономического развития и промышленности области А.Х.Хакимова»)
            return None
    return None


NEAR_TITLE, TITLE_REACH = 3, 8  # words before a name a title is looked for


def without_titles(doc: Document, index: TokenIndex,
                   urls: Sequence[tuple[int, int]]) -> list[Mention]:
    """The NER mentions, PER spans without the title words taken in («Раис Татарстана»
    -> «Татарстана», which the gazetteer then reads as a place) and with the regnal
    number the NER model leaves out («Елизавета» + «II»)."""
    found = []
    for read in readable_mentions(doc, urls):
        mention: Mention | None = read
        if read.type in ("PER", "GEO"):  # «Раис Республики Татарстан» tagged GEO
            mention = trim_titles(read, index.inside(read.start, read.stop))
        if mention is not None and mention.type == "PER":
            mention = with_regnal_number(doc.text, mention)
        if mention is not None:
            found.append(mention)
    return found


def with_regnal_number(text: str, mention: Mention) -> Mention:
    """A name followed by a Roman numeral takes it in: «Елизаветы II», «Георг VI»."""
    match = REGNAL.match(text, mention.stop)
    if match is None:
        return mention
    stop = match.end(1)
    normal = f"{mention.normal or mention.text} {match.group(1)}"
    return Mention(start=mention.start, stop=stop, text=text[mention.start:stop],
                   type=mention.type, normal=normal)


def is_personal(mention: Mention) -> bool:
    """A name of a person: capitalized words (name particles aside: «Сами аль-Хадж»),
    not an all-capital abbreviation."""
    words = [word for word in mention.text.split() if word[:1].isalpha()]
    named = [word for word in words if not is_particle(word)]
    return bool(named) and all(word[:1].isupper() for word in named) and not any(
        word.isupper() and len(word) > 1 and not word.endswith(".")
        and not ROMAN.fullmatch(word) for word in words)


def is_particle(word: str) -> bool:
    """A name particle, alone («ибн») or as a hyphenated prefix («аль-Хадж»)."""
    head, _, rest = word.partition("-")
    return fold(head) in name_particles() and word[:1].islower() and (
        not rest or rest[:1].isupper())


def _first_offset(entity: Entity) -> tuple[int, str]:
    return (min((m.start for m in entity.mentions), default=0), entity.key)
