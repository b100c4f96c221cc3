"""Stage `events`: meetings, visits, agreements, localization, joint projects,
investments and forums, each with status, date, participants, place and sectors.

One event per event type named in a passage (a sentence cut at line breaks); events of
the same type with the same participants are merged over the document.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from coopwatch.extract.events.bodies import without_bodies_of_sides
from coopwatch.extract.events.filters import (
    an_outlet,
    anaphoric,
    anniversary,
    cited,
    deictic,
    evaluated,
    framed,
    makes_up_a_delegation,
    names_event,
    signs_the_document_told,
    venue_only,
)
from coopwatch.extract.events.hosts import with_hosts
from coopwatch.extract.events.leaders import with_leaders
from coopwatch.extract.events.merge import same_event
from coopwatch.extract.events.pairs import gapped_partners, signing_groups
from coopwatch.extract.events.parts import (
    Earlier,
    agreement_title,
    credited,
    dateline,
    event_date,
    finer_place,
    housing_orgs,
    in_frame_of_talks,
    joint_parties,
    participants,
    place,
    recalled,
    receives_visitors,
    scoped_starts,
    sides,
    speaker_only,
    status,
    subject_of,
    the_sides,
    visited_country,
)
from coopwatch.extract.events.schedule import schedule, split
from coopwatch.extract.events.settle import AGENT_NOUN_RELS
from coopwatch.extract.events.triggers import Trigger, triggers
from coopwatch.extract.sectors.stage import sectors_of
from coopwatch.lexicon.datafiles import data_rows
from coopwatch.lexicon.folding import fold
from coopwatch.records import EVENT_TYPES, Document, Event, one_of
from coopwatch.text.attribution import names_a_venue
from coopwatch.text.mentions import entity_mentions
from coopwatch.text.passages import Passage
from coopwatch.text.regions import is_place_key, is_russian_region
from coopwatch.text.token_tree import TokenTree
from coopwatch.tools import Toolkit


@dataclass(frozen=True)
class Reading:
    """An event as read in one passage, with whether the passage is a headline."""

    event: Event
    headline: bool
    anaphoric: bool = False  # named again in passing: «в завершение встречи»
    credits: frozenset[str] = frozenset()  # named only as a source or venue (`credited`)
    restated: bool = False  # a plant named again with no company («Запуск запланирован…»)
    recalled: bool = False  # the passage recalls an earlier event («Напомним, …»)
    quoted: bool = False  # a passage of direct speech («Тот договор, который мы подпишем…»)


def extract(doc: Document, tools: Toolkit) -> Document:
    """Fill `doc.events`, leaving out events with no participant or Russia alone,
    meetings and agreements whose one participant is Russian or a person or that are
    told as done with one participant, and visits whose one participant is a Russian
    region: Russia, one Russian region or one person alone («В областной администрации
    состоялась встреча») is no side of a meeting or an agreement, and a region alone
    is no visit. A meeting or a forum takes the officials of its sides who speak after
    it (`_with_speakers`)."""
    readings = _merge(list(_read(doc, tools)), _kinds(doc))
    events = [_final(doc, reading, tools) for reading in readings]
    events = with_hosts(doc, [event for event in events if not _one_sided(event)], tools)
    events = with_leaders(doc, _with_signatories(doc, _with_members(doc, events)))
    events = _one_signing(_with_speakers(doc, events, tools), _kinds(doc))
    return doc.replace(events=tuple(events))


def _one_signing(events: list[Event], kind_of: Callable[[str], str | None]) -> list[Event]:
    """Agreements that the same person signs, and that are one event by
    `event_merge.same_event` once their signatories are known, are one signing told
    twice («Правительства Москвы и Абу-Даби подписали программу …», then «Программу
    скрепили подписями министр … Сергей Черемин и …»): the first keeps its fields and
    takes the other's sides and evidence."""
    kept: list[Event] = []
    for event in events:
        index = next((i for i, other in enumerate(kept)
                      if event.type == other.type == "agreement"
                      and _a_signer_in_both(event, other, kind_of)
                      and same_event(other, event, kind_of)), None)
        if index is None:
            kept.append(event)
            continue
        first = kept[index]
        kept[index] = replace(
            first, participants=tuple(dict.fromkeys((*first.participants, *event.participants))),
            sectors=tuple(dict.fromkeys((*first.sectors, *event.sectors))),
            evidence=tuple(sorted({*first.evidence, *event.evidence}, key=lambda span: span.start)))
    return kept


def _a_signer_in_both(first: Event, second: Event, kind_of: Callable[[str], str | None]) -> bool:
    return any(kind_of(key) == "PER" for key in set(first.participants) & set(second.participants))


MEMBER_TYPES = frozenset({"visit"})


def _with_members(doc: Document, events: list[Event]) -> list[Event]:
    """Visits with the people a passage names as their delegation's members or head
    («В состав делегации также вошли…», «Делегацию возглавил губернатор…»): the passage
    tells who went on the visit told nearest before it (else nearest after it)."""
    return _with_people_of_passages(
        doc, events, MEMBER_TYPES,
        lambda passage: makes_up_a_delegation(passage, triggers(passage)))


SIGNED_TYPES = frozenset({"agreement"})


def _with_signatories(doc: Document, events: list[Event]) -> list[Event]:
    """Agreements with the people a passage names as having put their signatures under
    a document («Подписи под документом поставили губернатор … и председатель …»,
    «Документ завизировали…»): they signed the agreement told nearest before the
    passage (else nearest after it)."""
    return _with_people_of_passages(
        doc, events, SIGNED_TYPES,
        lambda passage: any(token.lemma in signature_words() for token in passage.tokens)
        or signs_the_document_told(passage))


def _with_people_of_passages(doc: Document, events: list[Event], types: frozenset[str],
                             names_them: Callable[[Passage], bool]) -> list[Event]:
    """Events of `types` with the people of each passage that `names_them`, given to
    the event of those types told nearest before the passage (else nearest after it)."""
    chosen = [index for index, event in enumerate(events)
              if event.type in types and event.evidence]
    if not chosen:
        return events
    found = list(events)
    for passage in doc.passages:
        if not names_them(passage):
            continue
        people = [item.key for item in entity_mentions(doc, passage.start, passage.stop)
                  if item.entity.type == "PER"]
        index = _nearest_visit(found, chosen, passage.start)
        if people and index is not None:
            event = found[index]
            keys = tuple(dict.fromkeys((*event.participants, *people)))
            found[index] = replace(event, participants=keys)
    return found


@lru_cache(maxsize=1)
def signature_words() -> frozenset[str]:
    """Words for the signatures under a document (`events/signature_words.txt`)."""
    return frozenset(row[0] for row in data_rows("events/signature_words.txt"))


def _nearest_visit(events: Sequence[Event], visits: Sequence[int], start: int) -> int | None:
    """Of the visits (indices into `events`), the one told last before `start`, else the
    one told first after it."""
    before = [(max(span.start for span in events[index].evidence if span.start < start), index)
              for index in visits if any(span.start < start for span in events[index].evidence)]
    if before:
        return max(before)[1]
    after = [(min(span.start for span in events[index].evidence), index) for index in visits]
    return min(after)[1] if after else None


# talks and forums whose sides' officials speaking after them took part; a visit's
# speakers may be its hosts, no sides of it, and one who speaks after a signing may only
# comment on it
SPOKEN_TYPES = frozenset({"meeting", "forum"})
# what is agreed on or planned at the talks is their content: the talks go on past it
TOLD_STATUSES = frozenset({"done", "ongoing"})


def _with_speakers(doc: Document, events: list[Event], tools: Toolkit) -> list[Event]:
    """Meetings and forums with the officials of their sides who speak after them,
    before the next done or ongoing event is told («Губернатор провёл встречу с белорусской
    делегацией. … Председатель Витебского облисполкома Александр Субботин отметил…»):
    the one who spoke for a side took part in the talks or the forum."""
    starts = sorted(span.start for event in events for span in event.evidence
                    if event.status in TOLD_STATUSES)
    found = []
    for event in events:
        if event.type not in SPOKEN_TYPES or not event.evidence:
            found.append(event)
            continue
        stop = max(span.stop for span in event.evidence)
        until = next((start for start in starts if start >= stop), len(doc.text))
        until = min(until, _background_start(doc.text, stop))
        keys = [*event.participants]
        for person, of in _officials_after(doc, stop, until):
            if _of_a_side(of, event.participants, tools):
                keys += [person] + ([of] if ":" not in of else [])
        found.append(replace(event, participants=tuple(dict.fromkeys(keys))))
    return found


# a line that opens a note or background below the news: «Справка:», «Напомним, …»
BACKGROUND_LINE = re.compile(r"\n\s*(?:Справка|Напомним|Ранее|Читайте|Читать|Смотрите)\b")


def _background_start(text: str, start: int) -> int:
    """Where a note or background below the news begins after `start`: people named in
    it («Справка: аким … ранее работал …») did not speak at the talks."""
    found = BACKGROUND_LINE.search(text, start)
    return found.start() if found else len(text)


def _officials_after(doc: Document, start: int, stop: int) -> list[tuple[str, str]]:
    """People named in [start, stop) with the territory they hold a post of, each named
    in a main clause: «Пётр Лебедев считает, что лидеры Путин и Лукашенко придают
    значение …» is Lebedev speaking of the leaders, who are no side of the talks."""
    posts = {position.person: position.of for position in doc.positions if position.of}
    passages = [passage for passage in doc.passages
                if passage.start < stop and passage.stop > start]
    return [(item.key, posts[item.key]) for item in entity_mentions(doc, start, stop)
            if item.key in posts and _in_main_clause(passages, item.start, item.stop)]


MAIN_CLAUSE_RELS = frozenset({"root", "conj", "parataxis"})


def _in_main_clause(passages: Sequence[Passage], start: int, stop: int) -> bool:
    """Whether the name at [start, stop) hangs in its passage's main clause (under no
    clause of saying or thinking: ccomp, advcl, acl)."""
    passage = next((p for p in passages if p.start <= start < p.stop), None)
    if passage is None:
        return True
    tree = TokenTree(passage.tokens)
    word = tree.top(start, stop)
    while word is not None and word.rel in AGENT_NOUN_RELS:  # up to the name's clause word
        word = tree.head(word)
    if word is None:
        return True
    verb = tree.head(word)
    return verb is None or verb.rel in MAIN_CLAUSE_RELS


def _of_a_side(of: str, sides: Sequence[str], tools: Toolkit) -> bool:
    """A territory that is a side or lies in a foreign country that is one."""
    if of in sides:
        return True
    country = tools.gazetteer.country(of) if ":" not in of else None
    return country is not None and country != "RU" and country in sides


def _final(doc: Document, reading: Reading, tools: Toolkit) -> Event:
    """The event of merged readings with its sides only: no source or venue of the news,
    no body of government beside its official and its territory (`bodies`), no country
    beside its own region or city (`parts.sides`), except at a forum or on a visit: a
    forum of the regions of two countries («Форум регионов России и Беларуси») keeps the
    countries named beside their regions, a visit the foreign country it went to
    beside the province of its talks («в рамках визита в Турцию … в провинции …»)."""
    event = reading.event
    keys = [key for key in event.participants if key not in reading.credits
            and not (event.type != "forum" and _a_venue(doc, key, tools))
            and not an_outlet(doc, key)]
    if event.type != "agreement":  # an agreement's bodies may be its signing parties
        keys = without_bodies_of_sides(doc, keys, tools)
    if event.type == "visit":
        keys = _without_hosts(doc, event, keys, tools)
    if event.type in PLACED_TYPES:
        keys = _without_people(keys)
    countries = [key for key in keys if _a_country_key(key) and (
        event.type == "forum" or (event.type == "visit" and key != "RU"
                                  and _visited(doc, event, key, tools)))]
    found = sides(doc, keys, tools)
    return replace(event, participants=(*found, *[key for key in countries if key not in found]))


def _visited(doc: Document, event: Event, key: str, tools: Toolkit) -> bool:
    """Whether a passage of the visit names the country as one of its sides
    (`parts.visited_country`): the country it went to, not one only named beside the
    province of its talks («в китайской провинции Хэнань»)."""
    return any(visited_country(doc, passage, key, tools) for passage in doc.passages
               if passage.span in event.evidence)


def _a_country_key(key: str) -> bool:
    """A country's key («RU», «BY»): no region, city or other entity."""
    return ":" not in key and "-" not in key


# a plant placed, a joint venture, a sum invested: companies and places are their
# sides; the governor who announced, signed for or opened it speaks for the region
PLACED_TYPES = frozenset({"localization", "joint_project", "investment"})


def _without_people(keys: list[str]) -> list[str]:
    """The keys without people, unless people are all there is («Губернатор Андрей
    Воробьёв открыл завод компании Uflex»: the company and the region)."""
    others = [key for key in keys if not key.startswith("per:")]
    return others or keys


def _without_hosts(doc: Document, event: Event, keys: list[str], tools: Toolkit) -> list[str]:
    """A visit's sides without the officials of the place visited: the governor who
    welcomed the delegation («встретился с прибывшим на Дон губернатором», «Глава
    области приветствовал визит») hosts it; the visitors and the place are its sides.
    A visit whose people all hold titles there keeps them (the news may have the place
    wrong)."""
    if event.place is None:
        return keys
    around = {event.place, *tools.gazetteer.enclosing(event.place)} - {"RU"}
    hosts = {position.person for position in doc.positions
             if position.of in around and not position.of.startswith("org:")}
    hosts -= {position.person for position in doc.positions
              if position.of and position.of not in around and position.person in hosts}
    people = [key for key in keys if key.startswith("per:")]
    if not people or set(people) <= hosts:
        return keys
    return [key for key in keys if key not in hosts]


def _a_venue(doc: Document, key: str, tools: Toolkit) -> bool:
    """An organization named as a forum or an exhibition, a building (`events/buildings.txt`:
    «Дом правительства», «Ратуша Минска») or an international bloc (`events/blocs.txt`):
    where things happen or a frame, no side."""
    entity = doc.entity(key) if key.startswith("org:") else None
    if entity is None:
        return False
    words = [word.strip("«»\"()").lower() for word in entity.name.split()]
    lemmas = [tools.morph.lemma(word) for word in words]
    return bool(set(words) & blocs()) or names_a_venue(lemmas) or bool(
        lemmas[:1] and lemmas[0] in buildings())


@lru_cache(maxsize=1)
def buildings() -> frozenset[str]:
    """First words of the names of buildings (`events/buildings.txt`)."""
    return frozenset(row[0] for row in data_rows("events/buildings.txt"))


@lru_cache(maxsize=1)
def blocs() -> frozenset[str]:
    return frozenset(row[0] for row in data_rows("events/blocs.txt"))


ONE_SIDED_TYPES = frozenset({"meeting", "agreement"})  # two sides by their nature
DONE_STATUSES = frozenset({"done"})  # told as held or signed: both sides are named
# a visit needs a visitor and a place visited: a Russian region alone is a delegation
# going nowhere named («делегация края отбывает») or a region visited by no one named
# («область встречала иностранную делегацию»); a person alone may have gone abroad; an
# investment needs an investor besides the place («Инвестиционные проекты на выставке
# представила Тверская область» tells of no investment); nor is a region alone a
# localization («В регионе работают предприятия по переработке зерна»: its own plants)
REGION_SIDED_TYPES = frozenset({"visit", "investment", "localization"})


def _one_sided(event: Event) -> bool:
    """Whether the event has too few sides to be one (see `extract`). A meeting or an
    agreement told as done with one side alone, of whatever kind, is one named in
    passing («торговля со странами соглашения о партнёрстве», «работают по прямым
    контрактам»): news of talks held or a document signed names both sides. One still
    to come may name its partner alone («намерены подписать меморандум с Ташкентской
    областью»: the home region speaks)."""
    if set(event.participants) <= {"RU"}:  # no one, or Russia alone: nobody's event
        return True
    if len(event.participants) != 1:
        return False
    only = event.participants[0]
    if event.type in REGION_SIDED_TYPES:
        return is_russian_region(only)
    if event.type not in ONE_SIDED_TYPES:
        return False
    return only == "RU" or is_russian_region(only) or only.startswith("per:") or (
        event.status in DONE_STATUSES)


SIDES_OF = frozenset({"meeting", "visit", "agreement"})
WORKING = frozenset({"работать"})  # a plant at work: a localization done
MIN_SIDES = 2  # participants of talks whose sides a later signing «в ходе встречи» takes
FRAMED_TYPES = frozenset({"visit", "forum"})  # named again as a frame (`filters.framed`)
ABROAD_TYPES = frozenset({"forum", "visit"})
# a meeting or forum «в Таджикистане» took place in the one city of it the text names; a
# visit or a signing keeps the country the text says («визит в Беларусь»: the whole trip)
FINER_TYPES = frozenset({"meeting", "forum"})  # the host country of a city abroad takes part


def _with_host_country(doc: Document, parties: tuple[str, ...], where: str | None,
                       tools: Toolkit) -> tuple[str, ...]:
    """A forum or visit in a city abroad («посетили Кантонскую ярмарку в Гуанчжоу») has
    the city's country as a side when no side of that country is named; the region
    around the city instead when the news names that region («Дни области в Костанае»
    beside «Костанайская область»)."""
    if where is None or not where.startswith("geo:"):
        return parties
    country = tools.gazetteer.country(where)
    if country in (None, "RU") or any(
        ":" not in key and key.partition("-")[0] == country for key in parties
    ):
        return parties
    named = {entity.key for entity in doc.entities if entity.mentions}
    region = next((key for key in tools.gazetteer.enclosing(where)
                   if "-" in key and ":" not in key and key in named), None)
    return (*parties, region or country)


def _kinds(doc: Document) -> Callable[[str], str | None]:
    """The entity type of a key of this document."""
    kinds = {entity.key: entity.type for entity in doc.entities}
    return kinds.get


def _read(doc: Document, tools: Toolkit) -> Iterator[Reading]:
    reference = dateline(doc)
    earlier: Earlier | None = None  # the time of the events of the passage before
    last: Passage | None = None
    # the participants of the last meeting or visit; before any, the two places the
    # headline joins
    sides: tuple[str, ...] = _headline_pair(doc)
    talks: tuple[str, ...] = ()  # those of the last one with two sides or more
    placed: str | None = None  # the place of the events before in this paragraph
    previous: list[Reading] = []  # the readings of the passage before
    for passage in doc.passages:
        found = [item for item in triggers(passage) if names_event(passage, item)]
        if earlier and last and "\n" in doc.text[last.stop:passage.start]:
            earlier = replace(earlier, paragraph=False)
        if placed and last and "\n" in doc.text[last.stop:passage.start]:
            placed = None
        context = Context(reference, earlier, last, _is_headline(passage), sides, placed,
                          talks)
        readings = [
            _reading(doc, passage, [item for item in found if item.type == type_], tools,
                     context, found)
            for type_ in dict.fromkeys(item.type for item in found)
        ]
        kept = _without_side_talks(passage, found,
                                   [item for item in readings if item is not None])
        kept = _paired(doc, passage, found, _scheduled(doc, passage, kept))
        yield from kept
        yield from _taken_part_in(doc, passage, found, previous, tools)
        previous = kept
        sides = next((item.event.participants for item in reversed(kept)
                      if item.event.type in SIDES_OF), sides)
        talks = next((item.event.participants for item in reversed(kept)
                      if item.event.type in SIDES_OF
                      and len(item.event.participants) >= MIN_SIDES), talks)
        placed = next((item.event.place for item in kept
                       if item.event.place and item.event.status in HAPPENED), placed)
        dated = next((item.event for item in kept if item.event.date), None)
        if dated is not None:
            earlier = Earlier(dated.date, dated.status == "done", paragraph=True,
                              planned=dated.status == "planned")
        elif kept:
            earlier = None
        last = passage


def _headline_pair(doc: Document) -> tuple[str, ...]:
    """The two places a headline names and nothing else: «Якутия и Приморье расширят
    межрегиональное сотрудничество» makes them the sides «регионы» and «стороны» stand
    for before any talks are told."""
    if not doc.passages or not _is_headline(doc.passages[0]):
        return ()
    first = doc.passages[0]
    keys = [item.key for item in entity_mentions(doc, first.start, first.stop)]
    places = list(dict.fromkeys(key for key in keys if is_place_key(key)))
    return tuple(places) if len(places) == HEADLINE_SIDES and len(set(keys)) == len(places) else ()


HEADLINE_SIDES = 2


def _taken_part_in(doc: Document, passage: Passage, found: Sequence[Trigger],
                   previous: Sequence[Reading], tools: Toolkit) -> Iterator[Reading]:
    """The forum of the passage before, again with the sides this passage says took part
    in it («Прошел российско-китайский форум. В нем приняли участие делегации Томской
    области и провинции Цзилинь.»); the merge joins the two readings."""
    if any(item.type == "forum" for item in found) or not _takes_part_in_the_last(passage):
        return
    for reading in previous:
        if reading.event.type == "forum":
            joined = (*reading.event.participants, *participants(doc, passage, tools))
            yield replace(reading, event=replace(reading.event,
                                                 participants=tuple(dict.fromkeys(joined))))
            return


def _takes_part_in_the_last(passage: Passage) -> bool:
    """Whether the passage says who took part in an event it points back at with a
    pronoun or a general noun («В нем приняли участие…», «Участниками мероприятия
    стали…», `events/joined_words.txt`, `events/taking_part.txt`)."""
    lemmas = {token.lemma for token in passage.tokens}
    if not lemmas & taking_part_words():
        return False
    tree = TokenTree(passage.tokens)
    for token in passage.tokens:
        if token.lemma not in joined_words():
            continue
        head = tree.head(token)
        if any(child.lemma == "в" for child in tree.children(token)) or (
                head is not None and head.lemma in taking_part_words()):
            return True
    return False


@lru_cache(maxsize=1)
def joined_words() -> frozenset[str]:
    """Words pointing back at the event told before (`events/joined_words.txt`)."""
    return frozenset(row[0] for row in data_rows("events/joined_words.txt"))


@lru_cache(maxsize=1)
def taking_part_words() -> frozenset[str]:
    """Words for taking part in an event (`events/taking_part.txt`)."""
    return frozenset(row[0] for row in data_rows("events/taking_part.txt"))


def _scheduled(doc: Document, passage: Passage, readings: list[Reading]) -> list[Reading]:
    """The readings of a passage that ends in a schedule («Дни области пройдут: 3 мая –
    Курская область, 9 июня – Тверская область»), one per item (`schedule.split`)."""
    items = schedule(doc, passage)
    if not items:
        return readings
    return [replace(reading, event=event) for reading in readings
            for event in split(reading.event, items)]


def _paired(doc: Document, passage: Passage, found: Sequence[Trigger],
            readings: list[Reading]) -> list[Reading]:
    """The agreement of a passage that lists its signing pairs («Подписаны соглашения
    между A и B, C и D») once for each pair (`pairs.signing_groups`)."""
    groups = signing_groups(doc, passage, found)
    partners = [] if groups else gapped_partners(doc, passage, found)
    if partners:  # «с A, а на выставке — о сотрудничестве с B»: one agreement with each
        groups = [(*(key for key in reading.event.participants if key not in partners), partner)
                  for reading in readings if reading.event.type == "agreement"
                  for partner in partners][:len(partners)]
    if not groups:
        return readings
    split = []
    for reading in readings:
        if reading.event.type != "agreement":
            split.append(reading)
            continue
        split += [replace(reading, event=replace(reading.event, participants=group))
                  for group in groups]
    return split


@dataclass(frozen=True)
class Context:
    """What a passage's events are read against: the dateline, the time of the events
    just before, the passage before, whether this passage is a headline, the sides of
    the last meeting or visit, and the place of the events before in its paragraph (an
    event whose passage names no place took place there: a signing at the forum just
    told)."""

    reference: str | None
    earlier: Earlier | None
    last: Passage | None
    headline: bool
    sides: tuple[str, ...] = ()
    place: str | None = None
    talks: tuple[str, ...] = ()  # the sides of the last talks with two sides or more


HAPPENED = frozenset({"done", "ongoing"})  # events with a place; one still to come has none
# a visit's host receives the delegation (`parts.receives_visitors`)
HOSTED_VISITS = frozenset({"visit"})
# talks held in an organization's building («в торгпредстве состоялась встреча»)
HOUSED_TYPES = frozenset({"meeting"})
# events whose speakers are no sides by speaking (`parts.speaker_only`); an official who
# speaks of talks spoke at them (`_with_speakers`)
TOLD_OF_TYPES = frozenset({"visit", "agreement", "localization", "joint_project",
                           "investment"})
# a forum named as the venue of another event («на полях форума», «в рамках форума
# регионов России и Беларуси») is a forum of its own when it has two sides
VENUE_SIDES = 2


def _reading(
    doc: Document, passage: Passage, found: list[Trigger], tools: Toolkit, context: Context,
    every: Sequence[Trigger] = (),
) -> Reading | None:
    """The event the triggers of one type name in this passage, or None for a joint
    project with fewer than two parties and for a forum named only as the venue of
    another event (`filters.venue_only`) unless it has two sides and its own phrase
    names one (`_names_sides`)."""
    first = found[0]
    event_status = status(passage, first)
    celebrated = first.type == "agreement" and anniversary(passage, first)
    if celebrated:
        event_status = "done"  # «празднование 25-летия Договора»: signed long ago
    if first.type == "localization" and event_status == "ongoing" and fold(
            passage.tokens[first.first].lemma or "") in WORKING:
        event_status = "done"  # «успешно работают заводы»: localized already
    subject = subject_of(passage, found)  # what an agreement is about
    parties = participants(doc, passage, tools, subject)
    if first.type in TOLD_OF_TYPES and event_status != "proposed":
        parties = _without_speakers(doc, passage, parties, first)
    if first.type in HOSTED_VISITS:
        parties = tuple(key for key in parties if not receives_visitors(doc, passage, key))
    if first.type in HOUSED_TYPES:
        housing = housing_orgs(doc, passage)
        parties = tuple(key for key in parties if key not in housing)
    if first.type == "agreement" and in_frame_of_talks(passage):
        # «В ходе встречи подписано соглашение»: the talks' sides, not a one-sided visit
        # told between («Делегация прибыла в Пензенскую область»)
        parties = tuple(dict.fromkeys((*(context.talks or context.sides), *parties)))
    elif the_sides(passage):
        parties = tuple(dict.fromkeys((*context.sides, *parties)))
    elif first.type == "meeting" and context.sides and not any(map(_foreign, parties)):
        # «Орловщину посетила делегация из КНР. В администрации состоялась встреча.»:
        # a meeting with no foreign side of its own is held with the last visit's sides
        parties = tuple(dict.fromkeys((*context.sides, *parties)))
    if first.type == "joint_project":
        parties = joint_parties(doc, passage, context.last, parties)
        if len(parties) < 2:
            return None
    sources = credited(doc, passage)
    restated = first.type in RESTATED_TYPES and _only_home(
        [key for key in parties if key not in sources and not an_outlet(doc, key)])
    if restated:
        parties = (*_agents_before(doc, passage, tools), *parties)
    scope = scoped_starts(passage, first, [item for item in every if item.type != first.type])
    where = place(doc, passage, scope, subject if first.type == "agreement" else None)
    if first.type in FINER_TYPES:
        where = finer_place(doc, where, tools)
    if where is None and not context.headline and event_status in HAPPENED:
        where = context.place
    if first.type in ABROAD_TYPES:
        parties = _with_host_country(doc, parties, where, tools)
    if first.type == "forum" and all(venue_only(passage, item, every) for item in found) and (
            len(set(parties) - {"RU"}) < VENUE_SIDES or not _names_sides(doc, passage, found)):
        return None
    event = Event(
        type=one_of(first.type, EVENT_TYPES),
        status=event_status,
        date=None if celebrated else event_date(
            doc, passage, context.earlier, context.reference, event_status, first.type, scope),
        participants=parties,
        place=where,
        title=agreement_title(passage, found) if first.type == "agreement" else None,
        sectors=sectors_of(passage.tokens),
        evidence=(passage.span,),
    )
    again = (first.type == "meeting" and all(
        anaphoric(passage, item) or _talked_over(passage, item) for item in found)) or (
        first.type == "agreement" and all(cited(passage, item) for item in found)) or (
        first.type in FRAMED_TYPES and all(framed(passage, item) for item in found)) or all(
        deictic(passage, item) for item in found) or all(
        evaluated(passage, item) for item in found)
    return Reading(event, context.headline, again, sources & set(parties),
                   restated, recalled(passage), _quoted(passage))


SPOKEN_OF_SIDES = 2  # sides an event keeps beside its speakers to drop them


def _without_speakers(doc: Document, passage: Passage, parties: tuple[str, ...],
                      trigger: Trigger) -> tuple[str, ...]:
    """The parties without the people who only speak of the event in this passage
    (`parts.speaker_only`), when two sides remain without them: a speaker of a passage
    that names no other side may be the one who acts («…, — сказал губернатор»). The
    stage keeps the speaker of an event proposed: he proposes it («Заключить меморандум
    предлагаю…», — заявил глава)."""
    kept = tuple(key for key in parties if not speaker_only(doc, passage, key, trigger))
    return kept if len(kept) >= SPOKEN_OF_SIDES else parties


def _names_sides(doc: Document, passage: Passage, found: Sequence[Trigger]) -> bool:
    """Whether a forum's own phrase names a side («Дней Москвы в ОАЭ», «форума регионов
    России и Узбекистана»): a forum of those sides, not only a venue («на полях
    Восточного экономического форума»)."""
    tokens = passage.tokens
    tree = TokenTree(tokens)
    inside = [tokens[index] for index in range(len(tokens))
              if any(index == head or _below(tree, index, head)
                     for item in found for head in range(item.first, item.last))]
    return any(token.start <= item.start < token.stop for token in inside
               for item in entity_mentions(doc, passage.start, passage.stop))


# a plant, named again with no company or partner («Открытие завода запланировано на
# 2024 год», «запуск производства запланирован на ноябрь»), is the plant told before; the
# sources of the news («как сообщили в агентстве развития области») are no company
RESTATED_TYPES = frozenset({"localization"})
BORROW_REACH = 3  # passages looked back for the company of a restated plant


def _only_home(parties: Sequence[str]) -> bool:
    """Whether the parties name no company and no partner abroad: Russia, its regions
    and places, and the people who speak of the plant only."""
    return not any(key.startswith("org:") or _foreign(key) for key in parties)


def _agents_before(doc: Document, passage: Passage, tools: Toolkit) -> tuple[str, ...]:
    """The companies and foreign sides of the nearest passage before this one in its
    paragraph that names any («Компания X планирует открыть завод. Запуск производства
    запланирован на 2020 год»: the plant is X's)."""
    before = [item for item in doc.passages if item.stop <= passage.start]
    for earlier in reversed(before[-BORROW_REACH:]):
        if "\n\n" in doc.text[earlier.stop:passage.start].replace(" ", ""):
            break
        agents = tuple(key for key in participants(doc, earlier, tools)
                       if key.startswith("org:") or _foreign(key))
        if agents:
            return agents
    return ()


def _foreign(key: str) -> bool:
    return ":" not in key and key != "RU" and not is_russian_region(key)


QUOTE_MARKS = frozenset({"«", '"', "„", "“"})
CLOSING_MARKS = frozenset({"»", '"', "“", "”"})
AFTER_SPEECH = frozenset({",", "—", "–", "-", "."})


def _quoted(passage: Passage) -> bool:
    """A passage of direct speech: it opens with a quotation mark, and the mark that
    closes it is followed by a comma or a dash («…», — сказал он) or ends the passage;
    «Татнефть» подписала… opens with a quoted name, not with speech."""
    tokens = passage.tokens
    if len(tokens) < 2 or tokens[0].text not in QUOTE_MARKS:
        return False
    depth = 1
    for index in range(1, len(tokens)):
        if tokens[index].text == "«":
            depth += 1
        elif tokens[index].text in CLOSING_MARKS:
            depth -= 1
        if depth == 0:
            return index + 1 == len(tokens) or tokens[index + 1].text in AFTER_SPEECH
    return True


def _nothing_new(merged: list[Reading], reading: Reading) -> bool:
    """Whether a quoted reading names no side beyond the people that the events told
    before lack: a speaker speaks of those events («Тот договор, который мы сегодня
    подпишем…»); one who names a new partner («запланированы переговоры с Geely»)
    tells a new event."""
    told = {key for item in merged for key in item.event.participants}
    return bool(told) and all(key in told or key.startswith("per:")
                              for key in reading.event.participants)


def _talked_over(passage: Passage, trigger: Trigger) -> bool:
    """A weak meeting verb alone («Обсудили вопрос обучения кадров», «Отдельно
    обсуждалась работа пунктов пропуска»): a topic of the talks told before, not talks of
    its own."""
    return trigger.weak and passage.tokens[trigger.first].pos in {"VERB", "AUX"}


def _without_side_talks(passage: Passage, found: Sequence[Trigger],
                        readings: list[Reading]) -> list[Reading]:
    """Talks still to come about something else the passage names («переговоры о
    локализации», «форум, где пройдут переговоры») are about that, not an event. Talks
    that only stand beside it («встреча с мэром и посещение завода», «в рамках визита
    запланированы встречи») or during which it is to happen («встречи, в ходе которых
    планируется подписать соглашение») are talks of their own (`_talks_about`)."""
    types = {reading.event.type for reading in readings}
    return [
        reading for reading in readings
        if not (reading.event.type == "meeting" and reading.event.status != "done"
                and types - {"meeting"} and _talks_about(passage, found))
    ]


# clauses of their own: a trigger in one is told beside the talks, not as their topic
CLAUSE_RELS = frozenset({"conj", "parataxis", "advcl", "ccomp", "acl:relcl"})
# talks joined to another event by «и» stand beside it, not within it: «посетит завод и
# встретится с руководством компании»
COORDINATED = frozenset({"conj"})


def _talks_about(passage: Passage, found: Sequence[Trigger]) -> bool:
    """Whether a meeting trigger of the passage has another event as its topic (the
    other trigger hangs below it, in no clause of its own: «переговоры о локализации»)
    or lies within another event (below the other trigger, in any clause but one joined
    by «и»: «форум, где пройдут переговоры», not «посетит завод и встретится с …»)."""
    tree = TokenTree(passage.tokens)
    talks = [index for item in found if item.type == "meeting"
             for index in range(item.first, item.last)]
    others = [index for item in found if item.type != "meeting"
              for index in range(item.first, item.last)]
    return any(_below(tree, other, meeting, CLAUSE_RELS)
               or _below(tree, meeting, other, COORDINATED)
               for meeting in talks for other in others)


def _below(tree: TokenTree, index: int, head: int,
           barriers: frozenset[str] = frozenset()) -> bool:
    """Whether the token at `index` hangs below the one at `head` in the syntax tree,
    through no dependent whose relation is among `barriers`."""
    current, seen = index, set()
    while current not in seen:
        seen.add(current)
        if tree.tokens[current].rel in barriers:
            return False
        up = tree.head_at(current)
        if up is None:
            return False
        if up == head:
            return True
        current = up
    return False


def _is_headline(passage: Passage) -> bool:
    """A line with no closing punctuation: a headline or a subheading."""
    return passage.tokens[-1].text not in {".", "!", "?", "»", '"', "…", ":"}


def _merge(readings: list[Reading], kind_of: Callable[[str], str | None]) -> list[Reading]:
    """Fold the readings into events: a headline into the next body event of its type,
    an event with no participants («на встрече обсуждались…») or named again in passing
    («в завершение встречи») into the one before, an event named so far only in
    passing into the next reading of its type (`_passing`), and readings of one event
    (`event_merge.same_event`) into one; a recalled reading with no sides and a title
    of its own is an earlier event of the last one's sides (`_an_earlier_one`); a
    quoted reading that names no new side (`_nothing_new`) is named again in passing."""
    merged: list[Reading] = []
    for position, reading in enumerate(readings):
        if reading.headline and _body_of(readings, position, kind_of):
            continue
        last = _last_of_type(merged, reading.event.type)
        if last is not None and _an_earlier_one(merged[last], reading):
            merged.append(_with_sides_of(merged[last], reading))
            continue
        if reading.quoted and _nothing_new(merged, reading):
            reading = replace(reading, anaphoric=True)
        index = _same(merged, reading.event, kind_of)
        if index is None and (reading.anaphoric or reading.restated
                              or not reading.event.participants):
            index = _last_of_type(merged, reading.event.type)
        if index is None and last is not None and _passing(merged[last], reading, kind_of):
            index = last
        if index is None:
            merged.append(_absorb_headlines(readings, position, kind_of))
        else:
            merged[index] = _union(merged[index], _absorb_headlines(readings, position, kind_of))
    return [reading for reading in merged if reading.event.participants]


def _passing(kept: Reading, reading: Reading, kind_of: Callable[[str], str | None]) -> bool:
    """Whether an event named so far only in passing («приветствовала участников
    форума») is the one this reading tells («поблагодарила за организацию работы
    форума»): unless the two name different people (two meetings). The passing
    mention's own status is no guide: it is read off a phrase («участников форума»)."""
    return kept.anaphoric and not _other_people(kept.event, reading.event, kind_of)


def _next_body(readings: list[Reading], position: int, type_: str) -> Reading | None:
    return next(
        (item for item in readings[position + 1:] if item.event.type == type_ and not item.headline),
        None,
    )


def _body_of(readings: list[Reading], position: int,
             kind_of: Callable[[str], str | None]) -> Reading | None:
    """The body event a headline tells: the next one of its type, unless the two name
    different people («Мэр встретился с делегацией» over a body whose talks were with
    the vice-governor: two meetings)."""
    headline = readings[position]
    body = _next_body(readings, position, headline.event.type)
    if body is None or _other_people(headline.event, body.event, kind_of):
        return None
    return body


def _other_people(first: Event, second: Event, kind_of: Callable[[str], str | None]) -> bool:
    people = [{key for key in event.participants if kind_of(key) == "PER"}
              for event in (first, second)]
    return all(people) and not (people[0] & people[1])


def _absorb_headlines(readings: list[Reading], position: int,
                      kind_of: Callable[[str], str | None]) -> Reading:
    """The reading with the headlines it is the body event for folded in."""
    reading = readings[position]
    for earlier in range(position):
        other = readings[earlier]
        if other.headline and other.event.type == reading.event.type and (
            _body_of(readings, earlier, kind_of) is reading
        ):
            reading = _union(reading, other)
    return reading


def _same(
    merged: list[Reading], event: Event, kind_of: Callable[[str], str | None]
) -> int | None:
    return next(
        (index for index, reading in enumerate(merged)
         if same_event(reading.event, event, kind_of)),
        None,
    )


def _an_earlier_one(last: Reading, reading: Reading) -> bool:
    """A reading with no sides that recalls a dated event under a title of its own
    («Напомним, соглашение между республиками было подписано в апреле 2019 года»,
    after a plan of measures signed today): an earlier event of the same sides, not
    the last one."""
    event, before = reading.event, last.event
    return (not event.participants and reading.recalled and bool(event.date)
            and bool(event.title and before.title) and event.title != before.title)


def _with_sides_of(last: Reading, reading: Reading) -> Reading:
    """The reading with the sides of the last event (its regions and countries)."""
    sides = tuple(key for key in last.event.participants if ":" not in key)
    return replace(reading, event=replace(reading.event, participants=sides))


def _last_of_type(merged: list[Reading], type_: str) -> int | None:
    found = [index for index, reading in enumerate(merged) if reading.event.type == type_]
    return found[-1] if found else None


def _union(kept: Reading, new: Reading) -> Reading:
    """One event of two readings; its status, date and title are those of the body
    reading that names more participants (the earlier one on a tie)."""
    fuller = len(set(new.event.participants)) > len(set(kept.event.participants))
    if kept.anaphoric != new.anaphoric:  # named again in passing: its time is not the event's
        fuller = kept.anaphoric
    if kept.headline != new.headline:
        fuller = kept.headline
    base, extra = (new, kept) if fuller else (kept, new)
    evidence = sorted({*kept.event.evidence, *new.event.evidence}, key=lambda span: span.start)
    event = replace(
        base.event,
        date=base.event.date or (None if extra.anaphoric else extra.event.date),
        place=base.event.place or extra.event.place,
        title=base.event.title or extra.event.title,
        participants=tuple(dict.fromkeys((*kept.event.participants, *new.event.participants))),
        sectors=tuple(dict.fromkeys((*kept.event.sectors, *new.event.sectors))),
        evidence=tuple(evidence),
    )
    acting = ((set(kept.event.participants) - kept.credits)
              | (set(new.event.participants) - new.credits))
    credits = (kept.credits | new.credits) - acting
    return Reading(event, kept.headline and new.headline, kept.anaphoric and new.anaphoric,
                   frozenset(credits))
