"""Where a visit and the talks of a visit took place when their passage names no place.

A delegation's home is told by the words around it: «делегация из Татарстана»,
«белорусская делегация», «делегацию провинции Хэнань во главе с губернатором…», «наша
делегация» (the region of the news). The visit then took place on the other side: the
one region or country among the event's sides that is not of the visitors' country
(«губернатор провёл встречу с делегацией Хатлонской области»: in the governor's
region); with no visitors named, a visit whose sides are the region of the news and
foreign ones went to that region. Talks and forums told with no place of their own during a visit took place
where the visit did, and so did a signing told with no place of its own (the sides
signed where they met; a signing at a forum or by video names its place or frame,
which it keeps). A meeting or a done signing with no place told in a passage that
names a forum held in a place («подписание состоялось на площадке Форума») took
place at the forum. A plant or an investment with no place is sited in the
special economic zone or industrial park its passage names, else in the one Russian
region among its sides. An event placed in a region or a country that has one city of
it among its sides took place in that city: «в Карелию прибыла делегация …, в
Петрозаводске …» is a visit to Петрозаводск.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from coopwatch.extract.events.merge import APART_STATUSES
from coopwatch.extract.events.parts import without_parents
from coopwatch.records import Document, Event
from coopwatch.text.mentions import entity_mentions
from coopwatch.text.passages import Passage
from coopwatch.text.regions import is_russian_region
from coopwatch.text.token_tree import TokenTree
from coopwatch.tools import Toolkit

VISITOR_NOUNS = frozenset({"делегация", "гость"})
OWN_WORDS = frozenset({"наш"})  # «наша делегация»: of the region of the news
# what a visitor noun's own words are: its adjectives, genitives, «из …», «во главе с …»
HOME_RELS = frozenset({"amod", "nmod", "det", "appos", "flat", "flat:name", "flat:foreign",
                       "case", "nummod", "conj", "cc"})
HOSTED_TYPES = frozenset({"visit", "meeting"})
PRODUCTION_TYPES = frozenset({"localization", "investment"})
# the words that make an organization a site for plants: «ОЭЗ «Алабуга»», «индустриальный
# парк «Уфимский»»
SITE_WORDS = ("оэз", "особая экономическая зона", "особой экономической зоны",
              "индустриальный парк", "технопарк", "промышленный парк")
DURING_VISIT_TYPES = frozenset({"meeting", "forum", "agreement"})
AT_FORUM_TYPES = frozenset({"meeting", "agreement"})
HELD = frozenset({"done", "ongoing"})
VENUE_TYPES = frozenset({"meeting", "visit", "forum", "agreement"})
GATHERING_TYPES = VENUE_TYPES - {"agreement"}  # people met or came: they were somewhere


def with_hosts(doc: Document, events: Sequence[Event], tools: Toolkit) -> list[Event]:
    """The events with the places a visiting delegation tells, then the places of the
    visits lent to the talks, signings and forums held during them."""
    abroad = _held_abroad(doc, events, tools)
    hosted = [_sited(doc, _hosted(doc, event, tools, abroad)) for event in events]
    hosted = [_at_forum(event, hosted) for event in hosted]
    hosted = [_in_city(doc, _during_visit(event, hosted, tools), tools) for event in hosted]
    return _in_one_venue(hosted)


def _in_one_venue(events: Sequence[Event]) -> list[Event]:
    """When every meeting, visit, signing or forum held (done or under way) with a
    place was held in the same one, the meetings, done signings and held forums with no
    place were held there too (a plant's or an investment's place is its site, no
    venue): the news tells one venue («В рамках форума, проходящего в Екатеринбурге,
    регионы подписали соглашения … Соглашения были подписаны между …»)."""
    places = {event.place for event in events
              if event.place and event.status in HELD and event.type in VENUE_TYPES}
    if len(places) != 1:
        return list(events)
    venue = places.pop()
    return [replace(event, place=venue) if event.place is None and _held(event) else event
            for event in events]


def _held(event: Event) -> bool:
    """A meeting or forum done or under way, or a done signing."""
    if event.type == "agreement":
        return event.status == "done"
    return event.type in {"meeting", "forum"} and event.status in HELD


def _at_forum(event: Event, events: Sequence[Event]) -> Event:
    """A meeting or a done signing with no place told in a passage that also tells a
    forum held in a place («Церемония подписания состоялась на площадке Форума»): the
    forum's place (not that of a forum still to come: «подписали соглашение и
    договорились провести выставку в Харбине»)."""
    if event.place is not None or event.type not in AT_FORUM_TYPES or (
            event.type == "agreement" and event.status != "done"):
        return event
    spans = set(event.evidence)
    places = {forum.place for forum in events
              if forum.type == "forum" and forum.place and forum.status in HELD
              and spans & set(forum.evidence)}
    return replace(event, place=places.pop()) if len(places) == 1 else event


def _in_city(doc: Document, event: Event, tools: Toolkit) -> Event:
    """An event placed in a region or a country with one city of it among its sides:
    the city, the venue the news names within the wider place."""
    if event.place is None or ":" in event.place:
        return event
    cities = [key for key in event.participants
              if key.startswith("geo:") and _city_within(doc, key, event.place, tools)]
    return replace(event, place=cities[0]) if len(cities) == 1 else event


def _city_within(doc: Document, key: str, place: str, tools: Toolkit) -> bool:
    """Whether the key is a city lying in the place (a region or a country), by the
    gazetteer or else by what the document's entity says of it."""
    known = tools.gazetteer.get(key) or next(
        (entity for entity in doc.entities if entity.key == key), None)
    if known is None or known.geo_kind != "city" or not known.within:
        return False
    return known.within == place or place in tools.gazetteer.enclosing(known.within)


def _held_abroad(doc: Document, events: Sequence[Event], tools: Toolkit) -> frozenset[str]:
    """The countries abroad where a meeting, visit or forum of the page was held by what
    its own passage says (the places the events have before any guess)."""
    return frozenset(
        _country(event.place, tools) for event in events
        if event.place and event.type in GATHERING_TYPES and event.status in HELD and _country(event.place, tools) != "RU")


def _hosted(doc: Document, event: Event, tools: Toolkit,
            abroad: frozenset[str] = frozenset()) -> Event:
    if event.place is not None or event.type not in HOSTED_TYPES:
        return event
    coming = set()
    for passage in _passages_of(doc, event):
        coming |= visitors(doc, passage, tools)
    where = host(event.participants, coming, tools) or _at_home(doc, event, tools, abroad)
    return replace(event, place=where) if where else event


def _at_home(doc: Document, event: Event, tools: Toolkit,
             abroad: frozenset[str] = frozenset()) -> str | None:
    """A visit that names no place nor visitors, whose sides are the region of the news
    and foreign ones only: a visit to the region of the news («С официальным визитом на
    неё прибыл заместитель руководителя провинции Цзилинь»); unless the page tells talks
    or a forum held in the country of a foreign side: the region's people went there."""
    home = doc.main_region
    if event.type != "visit" or home is None or home not in event.participants:
        return None
    others = [key for key in event.participants if ":" not in key and key != home]
    if any(_country(key, tools) in abroad for key in others):
        return None
    return home if others and all(_country(key, tools) != "RU" for key in others) else None


def _sited(doc: Document, event: Event) -> Event:
    """A plant or an investment with no place: the one special economic zone or
    industrial park its passages name, else the one Russian region among its sides
    (where production is placed: the genre tells foreign plants coming to a region)."""
    if event.place is not None or event.type not in PRODUCTION_TYPES:
        return event
    sites = {
        item.key for passage in _passages_of(doc, event)
        for item in entity_mentions(doc, passage.start, passage.stop)
        if item.entity.type == "ORG" and item.entity.name.lower().startswith(SITE_WORDS)
    }
    if len(sites) == 1:
        return replace(event, place=sites.pop())
    regions = [key for key in event.participants if is_russian_region(key)]
    return replace(event, place=regions[0]) if len(regions) == 1 else event


def _during_visit(event: Event, events: Sequence[Event], tools: Toolkit) -> Event:
    """A meeting, forum or done signing with no place: the place of the visit of its
    sides (the one sharing most of them, of a status that does not set them apart). A
    signing still to come has no place yet. A meeting held with a region's officials
    took place where a visit of its sides went inside that region, whatever the visit's
    status reads («посол приехал в Воронеж … посол встретился с губернатором Воронежской
    области»)."""
    if event.place is not None or event.type not in DURING_VISIT_TYPES or (
            event.type == "agreement" and event.status != "done"):
        return event
    ours = set(event.participants)
    shared = [(index, visit) for index, visit in enumerate(events)
              if visit.type == "visit" and visit.place is not None
              and ours & set(visit.participants)]
    visits = [(len(ours & set(visit.participants)), index, visit)
              for index, visit in shared
              if frozenset({visit.status, event.status}) not in APART_STATUSES]
    if not visits and event.type == "meeting":
        visits = [(len(ours & set(visit.participants)), index, visit)
                  for index, visit in shared if _inside_a_side(visit.place, ours, tools)]
    if not visits:
        return event
    best = max(visits, key=lambda item: (item[0], -item[1]))[2]
    return replace(event, place=best.place)


def _inside_a_side(place: str | None, sides: set[str], tools: Toolkit) -> bool:
    """Whether the place is a region or city among the sides, or lies inside one."""
    if place is None:
        return False
    regions = {key for key in sides if ("-" in key and ":" not in key) or key.startswith("geo:")}
    known = tools.gazetteer.get(place)
    around = ({known.within, *tools.gazetteer.enclosing(known.within)}
              if known and known.within else set())
    return place in regions or bool(around & regions)


def _passages_of(doc: Document, event: Event) -> Iterable[Passage]:
    spans = {(span.start, span.stop) for span in event.evidence}
    return (passage for passage in doc.passages if (passage.start, passage.stop) in spans)


def visitors(doc: Document, passage: Passage, tools: Toolkit) -> set[str]:
    """Keys of the home of the delegation or guests the passage names: places named
    among their own words, the regions and countries of the people leading them, and
    the region of the news for «наша делегация»."""
    tokens = passage.tokens
    tree = TokenTree(tokens)
    found: set[str] = set()
    for index, token in enumerate(tokens):
        if (token.lemma or "").lower() not in VISITOR_NOUNS:
            continue
        words = [tokens[i] for i in _own_words(tree, index) if i != index]
        spans = [(word.start, word.stop) for word in words]
        for item in entity_mentions(doc, passage.start, passage.stop):
            if not any(start <= item.start < stop for start, stop in spans):
                continue
            if item.entity.type == "GEO":
                found.add(item.key)
            elif item.entity.type == "PER":
                found |= {position.of for position in doc.positions
                          if position.person == item.key and position.of
                          and ":" not in position.of}
        for word in words:
            if word.pos == "ADJ":
                found |= {place.key for place in tools.gazetteer.adjective(word.text)}
            if (word.lemma or "").lower() in OWN_WORDS and doc.main_region:
                found.add(doc.main_region)
    return found


def _own_words(tree: TokenTree, index: int) -> set[int]:
    """The token and its dependents through the relations of a noun's own words."""
    inside, todo = {index}, [index]
    while todo:
        at = todo.pop()
        for kid in tree.children_at(at, HOME_RELS):
            if kid not in inside:
                inside.add(kid)
                todo.append(kid)
    return inside


def host(participants: Sequence[str], coming: set[str], tools: Toolkit) -> str | None:
    """The one region or country among the sides that is not of the visitors' country."""
    if not coming:
        return None
    theirs = {_country(key, tools) for key in coming}
    others = [key for key in participants
              if ":" not in key and _country(key, tools) not in theirs]
    others = without_parents(others)
    return others[0] if len(others) == 1 else None


def _country(key: str, tools: Toolkit) -> str:
    return tools.gazetteer.country(key) or key.partition("-")[0]
