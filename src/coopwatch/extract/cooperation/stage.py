"""Stage `cooperation`: the pairs of regions, countries (and organizations) that the
document says cooperate, merged over the document.

Support for a pair comes from
- a passage with a cooperation cue (`data/cooperation/cues.tsv`) naming both parties,
  or one foreign party when the document's main region is the other side; two cities
  of two countries named there are the pair themselves (`parties.city_pair`);
- a compound adjective: «российско-китайское производство» → (RU, CN), or two places
  joined by «и» right after a cue noun: «взаимодействие России и Узбекистана»; two
  places abroad so joined (or after a cue and «между») pair with no Russian side;
- organizations that sign with each other or with a region (`signatories`);
- an event, a flow or a trade figure between parties of different sides;
Each pair gets the sectors of its supporting passages and facts; passages that go on
about cooperation without naming the parties («стороны проявляют интерес к…») give
their sectors to the pair with the most support.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from coopwatch.extract.cooperation.parties import (
    OPENING_MARKS,
    RUSSIA,
    abroad,
    city_pair,
    compound_pairs,
    country,
    firm_noun,
    firm_nouns,
    from_abroad,
    from_named_abroad,
    governed_city,
    is_city,
    is_district,
    most_specific,
    named_as_side,
    ordered,
    pairs,
    passage_places,
    place_of,
    route,
    side_nouns,
    twin_lists,
    venue,
    within,
)
from coopwatch.extract.cooperation.signatories import for_a_place, names_a_body, signed_pairs
from coopwatch.extract.entities.lexicon import legal_forms
from coopwatch.extract.entities.org_parts import CLOSING_QUOTES
from coopwatch.extract.events.filters import an_outlet
from coopwatch.extract.events.pairs import one_and_many
from coopwatch.extract.sectors.stage import (
    bearing_passages,
    of_other_pairs,
    sectors_of,
    text_sectors,
    with_gaps,
)
from coopwatch.lexicon.datafiles import data_rows
from coopwatch.lexicon.folding import fold
from coopwatch.lexicon.phrases import LemmaLexicon
from coopwatch.records import Cooperation, Document, Event, Flow, Sector, Span, Token
from coopwatch.text.mentions import EntityMention, entity_mentions
from coopwatch.text.metonymy import read_as_states
from coopwatch.text.passages import Passage
from coopwatch.text.regions import (
    is_country_key,
    is_place_key,
    is_russian_region,
    main_partner,
)
from coopwatch.text.token_tree import TokenTree
from coopwatch.tools import Toolkit

SITE_NAME = re.compile(
    r"(?:особ\w* экономическ\w* зон|оэз|поэз|тор\b|индустриальн\w* парк|технопарк|"
    r"промышленн\w* парк|управляющ\w* компани)", re.IGNORECASE)
# the kind of a site written before its quoted name: «индустриального парка «Узловая»»
SITE_BEFORE = re.compile(rf"{SITE_NAME.pattern}\w*[ \t]*[«\"„“]?[ \t]*$", re.IGNORECASE)
SITE_REACH = 40  # characters before a mention where the kind of its site may start
TRADE_METRICS = frozenset({"trade_turnover", "export", "import"})
PREPOSITIONS = frozenset({"в", "во", "по"})
PAIR = frozenset({"pair"})
LIST_JOINT = re.compile(r"\s*(?:,|\bи\b)\s*")
ANY_CUE = frozenset({"pair", "topic"})
# events that put a company's plant or money into a region
PLANT_EVENTS = frozenset({"localization", "investment"})


def _a_site(doc: Document, key: str) -> bool:
    """Whether an organization is a zone or park that hosts plants, the region's own: its
    name says so («ОЭЗ «Липецк»»), or the words before a mention do («на территории
    индустриального парка «Узловая»»)."""
    if SITE_NAME.match(key.removeprefix("org:")):
        return True
    entity = doc.entity(key)
    return entity is not None and any(
        SITE_BEFORE.search(doc.text, max(0, mention.start - SITE_REACH), mention.start)
        for mention in entity.mentions)


@dataclass(frozen=True)
class Support:
    """One reason to believe a pair cooperates."""

    pair: tuple[str, str]
    sectors: tuple[Sector, ...]
    evidence: tuple[Span, ...]


@lru_cache(maxsize=1)
def cue_lexicon() -> LemmaLexicon:
    """Cooperation cues: label "pair", "topic", or "pair noprep"."""
    rows = list(data_rows("cooperation/cues.tsv"))
    return LemmaLexicon.from_pairs([(row[0], " ".join(row[1:])) for row in rows])


def extract(doc: Document, tools: Toolkit) -> Document:
    """Fill `doc.cooperation`."""
    ended = [passage.span for passage in doc.passages if _ties_ended(passage)]
    # a news agency the dateline credits («Барнаул. 24 августа. ИНТЕРФАКС-СИБИРЬ -») is no
    # side of anything, nor is a tie said to be ended
    found = specific(doc, merge([_as_states(doc, support) for support in supports(doc, tools)
                                 if not any(an_outlet(doc, key) for key in support.pair)
                                 and not _said_where_ended(support, ended)
                                 and not _one_country_abroad(support.pair, tools)]),
                     tools)
    return doc.replace(cooperation=tuple(_with_topic_sectors(doc, found)))


def _one_country_abroad(pair: tuple[str, str], tools: Toolkit) -> bool:
    """Two places of one foreign country are one side, never a pair of partners:
    «Египетские курортные города Хургада и Шарм-эль-Шейх и два российских города
    станут побратимами»."""
    countries = {tools.gazetteer.country(key) for key in pair}
    return len(countries) == 1 and None not in countries and RUSSIA not in countries


def _as_states(doc: Document, support: Support) -> Support:
    """«Москва и Тегеран обсудили …»: Russia and Iran (`text.metonymy`)."""
    pair = ordered(*read_as_states(doc, *support.pair, support.evidence))
    return support if pair == support.pair else Support(pair, support.sectors,
                                                        support.evidence)


@lru_cache(maxsize=1)
def ended_ties() -> tuple[frozenset[str], frozenset[str]]:
    """Verbs that end a tie, and the nouns of ties (`data/cooperation/ended_ties.tsv`)."""
    rows = list(data_rows("cooperation/ended_ties.tsv"))
    return (frozenset(fold(row[1]) for row in rows if row[0] == "verb"),
            frozenset(fold(row[1]) for row in rows if row[0] == "tie"))


def _ties_ended(passage: Passage) -> bool:
    """Whether the passage says a tie was ended, refused or suspended: a verb of ending
    with a noun of ties hung on it («отказалась от сотрудничества», «приостановил
    отношения»)."""
    verbs, ties = ended_ties()
    if not any(fold(token.lemma or "") in verbs for token in passage.tokens):
        return False
    tree = TokenTree(passage.tokens)
    return any(fold(token.lemma or "") in verbs and any(
        fold(child.lemma or "") in ties for child in tree.children(token, {"obj", "obl"}))
        for token in passage.tokens)


def _said_where_ended(support: Support, ended: list[Span]) -> bool:
    """Whether every piece of a support's evidence lies in a passage that ends a tie."""
    return bool(support.evidence) and bool(ended) and all(
        any(span.start <= piece.start and piece.stop <= span.stop for span in ended)
        for piece in support.evidence)


def supports(doc: Document, tools: Toolkit) -> Iterator[Support]:
    """Every support of every pair, from passages and from the facts of earlier stages."""
    main = doc.main_region
    for passage in doc.passages:
        yield from _passage_supports(doc, passage, tools, main)
    for event in doc.events:
        venues = venues_of(doc, event, tools) | _unnamed_places(doc, event, tools)
        keys = _city_sides(doc, [key for key in event.participants if key not in venues],
                           tools)
        keys = _cities_under_regions(keys, tools)
        if event.type == "forum":
            keys = _forum_sides(doc, event, keys, tools)
        for pair in pairs([key for key in keys if key], tools):
            if not any(_met_with(doc, passage, list(pair), tools)
                       or _one_side(doc, passage, list(pair), tools)
                       or _outside_twin_list(doc, passage, pair, tools)
                       for passage in _passages_of(doc, event.evidence)):
                yield Support(pair, event.sectors, event.evidence)
        for pair in pairs(_heads_of_state(doc, event, tools), tools):
            yield Support(pair, event.sectors, event.evidence)
        for passage in _passages_of(doc, event.evidence) if event.type == "agreement" else []:
            one, many = one_and_many(doc, passage)
            for partner in many:  # «между A и аналогичными министерствами B, C и D»
                if partner not in one:
                    yield Support(ordered(one[0], partner), event.sectors, event.evidence)
        for pair in _plant_pairs(doc, event, [key for key in keys if key], tools):
            yield Support(pair, event.sectors, event.evidence)
        for pair in _agreement_firm_pairs(doc, event, [key for key in keys if key], tools):
            yield Support(pair, event.sectors, event.evidence)
        for pair in _met_firm_pairs(doc, event, [key for key in keys if key], tools):
            yield Support(pair, event.sectors, event.evidence)
        for pair in _maker_pairs(doc, event, tools):
            yield Support(pair, event.sectors, event.evidence)
        for pair in _visited_firm_pairs(doc, event, [key for key in keys if key], tools):
            yield Support(pair, event.sectors, event.evidence)
        for pair in _region_partner_pairs(doc, event, [key for key in keys if key], tools):
            yield Support(pair, event.sectors, event.evidence)
    for flow in doc.flows:
        yield from _flow_supports(doc, flow, tools)
    for figure in doc.figures:
        # three countries and more are a list of markets («в Китай, Россию, Казахстан,
        # Японию было экспортировано 16,7 тыс. тонн»), not partners of one another
        if figure.metric in TRADE_METRICS and sum(map(is_country_key, figure.parties)) < 3:
            named = _named_in(doc, figure.evidence, tools)
            for pair in pairs([key for key in figure.parties if is_place_key(key)], tools):
                if all(key in named for key in pair) and not any(
                        _one_side(doc, passage, list(pair), tools)
                        for passage in _passages_of(doc, figure.evidence)):
                    yield Support(pair, (), figure.evidence)


def _city_sides(doc: Document, participants: list[str], tools: Toolkit) -> list[str | None]:
    """The sides of an event's participants (`place_of`, `body_place`); with a city
    whose own official acts among them («мэр Казани принял делегацию Бишкека»), a city
    of another country stays a city instead of standing for its region: the two
    cities meet."""
    keys = [place_of(key, doc, tools) or body_place(doc, key, tools) for key in participants]
    homes = {country(key, tools) for key in keys if key and is_city(key, tools)}
    if not homes:
        return keys
    return [key if not is_city(name, tools) or country(name, tools) in homes else name
            for name, key in zip(participants, keys, strict=True)]


def _forum_sides(doc: Document, event: Event, keys: list[str | None],
                 tools: Toolkit) -> list[str | None]:
    """The sides of a forum that its evidence names, by name (a name inside the forum's
    own, «Совет регионов России и Узбекистана», counts) or adjective: a region the
    story names elsewhere only came to the forum, which pairs it with no one there
    («Второй форум прошёл в Челябинске»)."""
    named = _named_in(doc, event.evidence, tools) | {
        place_of(item.key, doc, tools) or item.key for passage in _passages_of(doc, event.evidence)
        for item in entity_mentions(doc, passage.start, passage.stop)}
    return [key for key in keys if key in named]


def _cities_under_regions(keys: list[str | None], tools: Toolkit) -> list[str | None]:
    """The sides of an event without a city whose own region takes part as well, while
    no city of another country does: a delegation that meets a province's governor
    and the party secretary of its capital meets the province («переговоры с
    секретарём горкома Чанчуня и губернатором провинции Цзилинь»)."""
    places = [key for key in keys if key]
    cities = [key for key in places if is_city(key, tools)]
    if len({country(key, tools) for key in cities}) != 1:
        return keys
    return [None if key in cities and any(
        other != key and not is_city(other, tools) and within(key, other, tools)
        and country(other, tools) != other for other in places) else key for key in keys]


def body_place(doc: Document, key: str, tools: Toolkit) -> str | None:
    """The place an executive body of the event signs for, when its name holds one place
    («Народный комитет Хайфона», «администрация города Вологды»): a body is its place's
    side, as a region's governor is. A city's body stands for the city."""
    entity = next((item for item in doc.entities if item.key == key), None)
    if entity is None or entity.type != "ORG":
        return None
    if not names_a_body(entity.name):
        return None
    found = {mention.place.key if mention.place.geo_kind in ("city", "region", "country")
             else None for mention in tools.gazetteer.find(entity.name)}
    return found.pop() if len(found) == 1 else None


def _outside_twin_list(doc: Document, passage: Passage, pair: tuple[str, str],
                       tools: Toolkit) -> bool:
    """Whether a passage lists twin towns (`twin_lists`) and the pair is not one of
    them: the list says which city goes with which, for the events read from it too."""
    listed = twin_lists(doc, passage, tools)
    return bool(listed) and pair not in listed


def _heads_of_state(doc: Document, event: Event, tools: Toolkit) -> list[str]:
    """The countries whose officials of a country (a president, a minister) take part
    in an event: «встреча Президента России и Президента Узбекистана» pairs the two
    countries even when regions of theirs take part as well (and would win as the more
    specific places)."""
    found = [place_of(key, doc, tools) for key in event.participants if key.startswith("per:")]
    return list(dict.fromkeys(key for key in found
                              if key and tools.gazetteer.country(key) == key))


def venues_of(doc: Document, event: Event, tools: Toolkit) -> set[str]:
    """The places of an event that its evidence names only as where it happened («в
    Москве провёл встречу с губернатором провинции Шэньси», «В Пекине губернатор … и
    представители провинции Гуйчжоу подписали»), while another side of the same
    country takes part or is named besides («во время визита в Китай … подписала в
    Шанхае»): the venue is no side then. Alone for its country (the host of a visit:
    «в Минске встретился с …»), it stays."""
    named: dict[str, list[bool]] = {}
    routes: dict[str, list[bool]] = {}
    for passage in _passages_of(doc, event.evidence):
        for item in entity_mentions(doc, passage.start, passage.stop):
            if item.entity.type == "GEO":
                named.setdefault(item.key, []).append(
                    venue(doc, item.start, passage.tokens))
                routes.setdefault(item.key, []).append(route(passage.tokens, item.start))
    only_routes = {key for key, flags in routes.items() if all(flags)}
    only_venues = {key for key, flags in named.items() if all(flags)} | only_routes
    if event.type != "localization":  # a plant's city is its host, not a venue
        only_venues |= _lifted_venues(doc, only_venues, named, tools)
    sides = {country(place, tools) for key in [*event.participants, *named]
             if key not in only_venues for place in [place_of(key, doc, tools)] if place}
    only_venues &= set(event.participants)
    if event.type == "forum":
        return only_venues
    return {key for key in only_venues
            if key in only_routes or country(place_of(key, doc, tools) or key, tools) in sides}


def _lifted_venues(doc: Document, venues: set[str], named: dict[str, list[bool]],
                   tools: Toolkit) -> set[str]:
    """The regions of venue cities, when the evidence names the region itself nowhere:
    an event «в Харбине» whose sides hold Heilongjiang only through the city has the
    province as its venue too, not as a side."""
    lifted = {place_of(key, doc, tools) for key in venues}
    return {key for key in lifted if key and key not in named}


def _unnamed_places(doc: Document, event: Event, tools: Toolkit) -> set[str]:
    """The places of an event that the document names only inside an organization's
    name («бизнес-форум в Московской ТПП»): no entity of theirs, and no adjective
    of the evidence outside a name says them; they are no side. The name of an
    executive body («с Могилёвским облисполкомом») does say its region."""
    entities = {entity.key for entity in doc.entities}
    loose = [key for key in event.participants if is_place_key(key)
             and key not in entities and key != doc.main_region]
    passages = _passages_of(doc, event.evidence)
    names = [item for passage in passages
             for item in entity_mentions(doc, passage.start, passage.stop)
             if item.entity.type == "ORG"]
    if not loose or any(for_a_place(item, passage.tokens) for passage in passages
                        for item in names):
        return set()  # an executive body («облисполком») stands for its region
    named = _named_in(doc, event.evidence, tools)
    return {key for key in loose if key not in named
            and any(_named_after(item.key, key, tools) for item in names)}


def _named_in(doc: Document, evidence: tuple[Span, ...], tools: Toolkit) -> set[str]:
    """The regions and countries the passages of this evidence name as parties (a
    figure's parties may come from elsewhere: «он составил 3 млрд рублей», «в соседнюю
    страну»)."""
    return {key for passage in _passages_of(doc, evidence)
            for key in passage_places(doc, passage.start, passage.stop, passage.tokens, tools)}


def _passages_of(doc: Document, evidence: tuple[Span, ...]) -> list[Passage]:
    return [passage for passage in doc.passages
            if any(span.start < passage.stop and passage.start < span.stop for span in evidence)]


def _passage_supports(
    doc: Document, passage: Passage, tools: Toolkit, main: str | None
) -> Iterator[Support]:
    sectors = sectors_of(passage.tokens)
    for pair in compound_pairs(passage.tokens, tools):
        yield Support(pair, sectors, (passage.span,))
    for pair in signed_pairs(doc, passage, tools):
        yield Support(pair, sectors, (passage.span,))
    for pair in _coordinated_pairs(doc, passage, tools):
        yield Support(pair, sectors, (passage.span,))
    for pair in _abroad_pairs(doc, passage, tools):
        yield Support(pair, sectors, (passage.span,))
    for pair in _plant_passage_pairs(doc, passage, tools):
        yield Support(pair, sectors, (passage.span,))
    for pair in _patronage_pairs(doc, passage):
        yield Support(pair, sectors, (passage.span,))
    if not (speaks_of_cooperation(passage) or foreign_firms(passage, tools)):
        return
    for pair in _partner_firm_pairs(doc, passage, tools, main):
        yield Support(pair, sectors, (passage.span,))
    listed = twin_lists(doc, passage, tools)
    if listed:
        for pair in listed:
            yield Support(pair, sectors, (passage.span,))
        return
    twins = city_pair(doc, passage, tools) or _home_city_pair(doc, passage, tools)
    if twins and not _listed_together(doc, passage, twins):
        yield Support(twins, sectors, (passage.span,))
        return
    keys = [key for key in passage_places(doc, passage.start, passage.stop, passage.tokens, tools)
            if not is_district(key, tools) or _after_between(doc, passage, key)]
    if _one_side(doc, passage, keys, tools):
        return
    for pair in _cue_partner_pairs(doc, passage, keys, tools, main):
        yield Support(pair, sectors, (passage.span,))
    partner = _partner_of_listed(doc, passage, keys, tools)
    if partner is not None:
        keys = [partner, *keys]
    elif _met_with(doc, passage, keys, tools):
        return
    partners = _partners_after_with(doc, passage)
    among = _among(doc, passage, keys)
    runs = [] if among else _long_lists(doc, passage)
    for pair in pairs(keys, tools, main, among=among):
        if not _one_side(doc, passage, list(pair), tools) and not any(
                set(pair) <= listed for listed in partners + runs):
            yield Support(pair, sectors, (passage.span,))


@lru_cache(maxsize=1)
def patronage() -> tuple[frozenset[str], frozenset[str]]:
    """Lemmas of patronage, and the keys of the regions whose districts have patrons
    (`data/cooperation/patronage.tsv`)."""
    rows = list(data_rows("cooperation/patronage.tsv"))
    return (frozenset(fold(row[1]) for row in rows if row[0] == "word"),
            frozenset(row[1] for row in rows if row[0] == "ward"))


def _patronage_pairs(doc: Document, passage: Passage) -> list[tuple[str, str]]:
    """A region's patronage over a district or town of the new regions: each patron the
    passage names pairs with each ward, the district or town and its region («Курская
    область будет шефствовать над Первомайским районом в ДНР»)."""
    words, wards = patronage()
    if not any(fold(token.lemma or "") in words for token in passage.tokens):
        return []
    places = [item for item in entity_mentions(doc, passage.start, passage.stop)
              if item.entity.type == "GEO"]
    held = [item for item in places if item.key in wards]
    if not held:
        return []
    patrons = list(dict.fromkeys(item.key for item in places if is_russian_region(item.key)
                                 and item.key not in wards))
    # a district or town named right before its region («Первомайским районом в ДНР»)
    owned = [before.key for before, item in pairwise(places)
             if item.key in wards and before.key.startswith("geo:")
             and doc.text[before.stop:item.start].strip(" ,") in ("", "в")]
    ward_keys = list(dict.fromkeys([*owned, *(item.key for item in held)]))
    return [ordered(patron, ward) for patron in patrons for ward in ward_keys]


LONG_LIST = 3  # places listed together, past which the list is one side


def _long_lists(doc: Document, passage: Passage) -> list[set[str]]:
    """The Russian regions of each list of three or more named one after another («с
    министерствами Запорожской области, ДНР и ЛНР»): one side of the passage, never
    partners of one another (a list after «между» says otherwise: `_among`)."""
    places = [item for item in entity_mentions(doc, passage.start, passage.stop)
              if item.entity.type == "GEO"]
    runs: list[list[str]] = [[item.key] for item in places[:1]]
    for before, item in pairwise(places):
        if before.stop <= item.start and LIST_JOINT.fullmatch(doc.text[before.stop:item.start]):
            runs[-1].append(item.key)
        else:
            runs.append([item.key])
    # Russian regions only: «Россия, Китай и Монголия подписали соглашение» pairs across
    return [set(run) for run in runs if len(set(run)) >= LONG_LIST
            and all(is_russian_region(key) for key in run)]


LIST_GAP = re.compile(r"\s*(?:,|и|,\s*и)\s*")


def _partners_after_with(doc: Document, passage: Passage) -> list[set[str]]:
    """The places listed together after «с»: the partners of one side, never of each
    other («сотрудничества КНР с Россией и Украиной»)."""
    places = [item for item in entity_mentions(doc, passage.start, passage.stop)
              if is_place_key(item.key)]
    found: list[set[str]] = []
    run: list[str] = []
    for before, item in zip([None, *places], places, strict=False):
        opened = re.search(r"(?<!\w)со?\s+$", doc.text[passage.start:item.start])
        if before is not None and run and LIST_GAP.fullmatch(doc.text[before.stop:item.start]):
            run.append(item.key)
            continue
        if len(run) > 1:
            found.append(set(run))
        run = [item.key] if opened else []
    if len(run) > 1:
        found.append(set(run))
    return found


PARTNER_WITH = frozenset({"с", "со"})


def _home_city_pair(doc: Document, passage: Passage,
                    tools: Toolkit) -> tuple[str, str] | None:
    """A cooperation passage that names one city abroad and no Russian place («Мы
    готовим программу сотрудничества с Белградом») in a story about a Russian city with
    its own government (a mayor, a city administration): the two cities are the pair,
    as when both are named."""
    home = _home_city(doc, tools)
    if home is None:
        return None
    found = [item for item in entity_mentions(doc, passage.start, passage.stop)
             if item.entity.type == "GEO" and not venue(doc, item.start, passage.tokens)]
    if any(country(place_of(item.key, doc, tools) or item.key, tools) == RUSSIA
           for item in found):
        return None
    cities = {item.key for item in found if is_city(item.key, tools)}
    if len(cities) != 1 or len({item.key for item in found}) != 1:
        return None
    return ordered(home, cities.pop())


def _home_city(doc: Document, tools: Toolkit) -> str | None:
    """The one Russian city of the document that acts through its own government
    (`governed_city`), when it lies in the document's own region or no region leads."""
    cities = [entity.key for entity in doc.entities if entity.type == "GEO"
              and is_city(entity.key, tools) and country(entity.key, tools) == RUSSIA
              and governed_city(entity.key, doc, tools)]
    if len(cities) != 1:
        return None
    if doc.main_region and not within(cities[0], doc.main_region, tools):
        return None
    return cities[0]


def _partner_firm_pairs(doc: Document, passage: Passage, tools: Toolkit,
                        main: str | None) -> list[tuple[str, str]]:
    """A cooperation passage whose partner, after «с», is a firm from abroad («делегации
    республики сотрудничают с компаниями X и Y») pairs the firm with the one Russian
    region the passage names, or with the document's own region when it names none."""
    keys = passage_places(doc, passage.start, passage.stop, passage.tokens, tools)
    regions = [key for key in most_specific(keys, tools) if key.startswith("RU-")]
    if not regions and main and main.startswith("RU-") and not any(
            country(key, tools) == RUSSIA and key != RUSSIA for key in keys):
        regions = [main]
    if len(regions) != 1:
        return []
    found = [item for item in entity_mentions(doc, passage.start, passage.stop)
             if item.entity.type == "ORG"]
    partners: list[str] = []
    for index, item in enumerate(found):
        first = index
        while first > 0 and LIST_JOINT.fullmatch(
                doc.text[found[first - 1].stop:found[first].start]):
            first -= 1
        if (_firm_after_with(passage, found[first].start)
                and from_abroad(doc, item.key, tools)
                and not _a_site(doc, item.key)):
            partners.append(item.key)
    return [ordered(regions[0], key) for key in dict.fromkeys(partners)
            if not _named_after(key, regions[0], tools)]


def _firm_after_with(passage: Passage, start: int) -> bool:
    """Whether a mention follows «с» and a firm noun, adjectives between them allowed:
    «с компаниями X», «с турецкой компанией X»."""
    before = [token for token in passage.tokens if token.stop <= start]
    while before and before[-1].pos == "PUNCT" and before[-1].text in OPENING_MARKS:
        before.pop()
    if not before or not firm_noun(before[-1]):
        return False
    index = len(before) - 2
    while index >= 0 and before[index].pos == "ADJ":
        index -= 1
    return index >= 0 and before[index].text.lower() in PARTNER_WITH



def _cue_partner_pairs(doc: Document, passage: Passage, keys: list[str], tools: Toolkit,
                       main: str | None) -> list[tuple[str, str]]:
    """A country right after a cue and «с» («углублении взаимодействия с Узбекистаном»)
    is a side in its own right, though a region of it is in the passage too (which
    would win as the more specific place): it pairs with the passage's places across
    the border, or with the document's own region."""
    cues = {match.last - 1 for match in cue_lexicon().matches(passage.lemmas)
            if match.label.split()[0] == "pair"}
    starts = {token.start: index for index, token in enumerate(passage.tokens)}
    found: list[tuple[str, str]] = []
    for item in entity_mentions(doc, passage.start, passage.stop):
        at = starts.get(item.start)
        if (at is None or at < 2 or at - 2 not in cues
                or passage.tokens[at - 1].text.lower() not in PARTNER_WITH
                or tools.gazetteer.country(item.key) != item.key or item.key == RUSSIA):
            continue
        if not any(key != item.key and within(key, item.key, tools) for key in keys):
            continue  # no region of it in the passage: the usual rules pair it
        sides = [key for key in most_specific(keys, tools)
                 if country(key, tools) != item.key]
        if not sides and main:
            sides = [main]
        found.extend(pair for side in sides for pair in pairs([side, item.key], tools))
    return found


def _after_between(doc: Document, passage: Passage, key: str) -> bool:
    """Whether the passage names the place right after «между» («товарооборот между
    Дальневосточным федеральным округом и Беларусью»): a federal district is a side in
    a passage only so; a list of partner districts or «пользу Южному федеральному
    округу» pairs it with no one."""
    for item in entity_mentions(doc, passage.start, passage.stop):
        before = [token for token in passage.tokens if token.stop <= item.start]
        if item.key == key and before and before[-1].text.lower() == "между":
            return True
    return False


def _coordinated_pairs(doc: Document, passage: Passage,
                       tools: Toolkit) -> list[tuple[str, str]]:
    """Two places joined by «и» right after a cue noun that governs them: «региональное
    взаимодействие России и Узбекистана» pairs the two countries as «российско-узбекское
    взаимодействие» would, even when a region of one of them is in the passage too."""
    found = [item for item in entity_mentions(doc, passage.start, passage.stop)
             if is_place_key(item.key)]
    cues = {match.last - 1 for match in cue_lexicon().matches(passage.lemmas)
            if match.label.split()[0] == "pair"}  # the cue's last word stands before them
    starts = {token.start: index for index, token in enumerate(passage.tokens)}
    pairs_found = []
    for first, second in pairwise(found):
        at = starts.get(first.start)
        if (at is None or at == 0 or at - 1 not in cues
                or doc.text[first.stop:second.start].strip() != "и"):
            continue
        pairs_found.extend(pairs([first.key, second.key], tools))
    return pairs_found


def _abroad_pairs(doc: Document, passage: Passage, tools: Toolkit) -> list[tuple[str, str]]:
    """Two places abroad of two countries joined by «и» right after a cue, or after a
    cue and «между» («товарооборот Синьцзяна и Кыргызстана», «торговля между
    Казахстаном и Ираном»): a pair with no Russian side, which the other rules (made
    for a Russian side) never give. Places in the nominative after a cue are no such
    pair («в числе наших партнёров Арабские Эмираты и Эквадор»)."""
    found = [item for item in entity_mentions(doc, passage.start, passage.stop)
             if is_place_key(item.key)]
    cues = {match.last - 1 for match in cue_lexicon().matches(passage.lemmas)
            if match.label.split()[0] == "pair"}
    starts = {token.start: index for index, token in enumerate(passage.tokens)}
    pairs_found = []
    for first, second in pairwise(found):
        at = starts.get(first.start)
        if at is None or at == 0 or doc.text[first.stop:second.start].strip() != "и":
            continue
        between = passage.tokens[at - 1].text.lower() == "между"
        if not between and passage.tokens[at].feat("Case") not in (None, "Gen"):
            continue  # the cue's own sides are its genitive («в числе партнёров Эквадор»)
        if between:
            at -= 1
        if at == 0 or at - 1 not in cues:
            continue
        sides = [first.key, second.key]
        if any(country(key, tools) == RUSSIA for key in sides) or (
                country(first.key, tools) == country(second.key, tools)):
            continue
        pairs_found.append(ordered(first.key, second.key))
    return pairs_found


@lru_cache(maxsize=1)
def plant_nouns() -> frozenset[str]:
    """Nouns of plants and production (`data/cooperation/plant_nouns.txt`)."""
    return frozenset(fold(row[0]) for row in data_rows("cooperation/plant_nouns.txt"))


def _plant_passage_pairs(doc: Document, passage: Passage,
                         tools: Toolkit) -> list[tuple[str, str]]:
    """A passage about a plant or production that names one Russian region and a
    company from abroad pairs the two («в Липецкой области китайский автоконцерн X
    расширит производство»), though no localization event holds them both."""
    if not any(fold(token.lemma or token.text) in plant_nouns() for token in passage.tokens):
        return []
    keys = [_region_of_city(key, tools) for key in
            passage_places(doc, passage.start, passage.stop, passage.tokens, tools)]
    regions = [key for key in most_specific(keys, tools) if key.startswith("RU-")]
    if not regions and all(key == RUSSIA for key in keys) and _unnamed_region(doc, passage):
        regions = [doc.main_region] if doc.main_region else []
    if len(regions) != 1 or not regions[0].startswith("RU-"):
        return []
    firms = [item for item in entity_mentions(doc, passage.start, passage.stop)
             if item.entity.type == "ORG" and not _a_site(doc, item.key)]
    companies = dict.fromkeys(item.key for item in firms
                              if _introduced_as_firm(doc, passage, item.start, tools))
    if any(_a_plant_name(item.key) and not from_abroad(doc, item.key, tools) for item in firms):
        return []  # a plant of the region makes it with them: the firms are the pair
    return [ordered(regions[0], company) for company in companies
            if from_abroad(doc, company, tools) and not _named_after(company, regions[0], tools)]


def _region_of_city(key: str, tools: Toolkit) -> str:
    """A city stands for its region as the home of a plant («открытие в Калуге завода»
    is the Kaluga region's), even where its own officials make it a side elsewhere."""
    place = tools.gazetteer.get(key) if is_city(key, tools) else None
    return place.within if place is not None and place.within and is_place_key(
        place.within) else key


def _a_plant_name(key: str) -> bool:
    """Whether an organization's name has a plant noun in it («Череповецкий
    литейно-механический завод»)."""
    return any(fold(word) in plant_nouns() for word in key.removeprefix("org:").lower().split())


UNNAMED_REGION_NOUNS = frozenset({"область", "край", "регион", "республика"})


def _unnamed_region(doc: Document, passage: Passage) -> bool:
    """Whether the passage speaks of a region by its noun alone, outside any name («на
    территории области открылся завод»): the document's own region."""
    named = [(item.start, item.stop) for item in entity_mentions(doc, passage.start, passage.stop)]
    return any((token.lemma or token.text).lower() in UNNAMED_REGION_NOUNS
               and not any(start <= token.start < stop for start, stop in named)
               for token in passage.tokens)


def _introduced_as_firm(doc: Document, passage: Passage, start: int, tools: Toolkit) -> bool:
    """Whether a firm noun stands just before a mention («компания X», «китайский
    автоконцерн X», «фирма из Германии – X»): a news agency's name or a brand is no
    firm at work in a region."""
    before = [token for token in passage.tokens if token.stop <= start][-3:]
    return any(map(_firm_noun, before)) or from_named_abroad(
        doc, passage, start, tools) or _firm_apposed(doc, passage, start)


def _firm_noun(token: Token) -> bool:
    """A word of `cooperation/firm_nouns.txt`, or a compound ending in one («автоконцерн»)."""
    return any(fold(token.lemma or token.text).endswith(noun) for noun in firm_nouns())


APPOSED_FIRM_REACH = 4  # words from the dash or comma after a name to its firm noun
CLOSING_MARKS = frozenset(CLOSING_QUOTES)  # the quote that closes a quoted name


def _firm_apposed(doc: Document, passage: Passage, start: int) -> bool:
    """Whether a firm noun stands in an apposition right after the mention at `start`:
    «CITIC Construction» — крупной и авторитетной компании», «Aucma, китайский
    производитель бытовой техники»; adjectives only between the mark and the noun."""
    item = next((found for found in entity_mentions(doc, passage.start, passage.stop)
                 if found.start == start), None)
    if item is None:
        return False
    after = [token for token in passage.tokens if token.start >= item.stop]
    while after and after[0].text in CLOSING_MARKS:
        after.pop(0)
    if not after or after[0].text not in {",", "—", "–", "-"}:
        return False
    for token in after[1:1 + APPOSED_FIRM_REACH]:
        if token.pos == "NOUN":
            return _firm_noun(token)
        if token.pos not in ("ADJ", "ADV", "CCONJ"):
            return False
    return False


def _partner_of_listed(doc: Document, passage: Passage, keys: list[str],
                       tools: Toolkit) -> str | None:
    """A passage that lists Russian regions alone as partners («основными партнёрами
    остаются Ленинградская, Московская и Смоленская области») or names one Russian region
    alone («от соглашения с Калужской областью ждут импульса») in a document about a
    place abroad: that place is their other side. Not when the passage names anything
    abroad itself, even as the venue («на форуме в Шанхае»), nor for two regions alone,
    which are each other's pair."""
    regions = most_specific(keys, tools)
    if len(regions) in (0, 2) or any(country(key, tools) != RUSSIA for key in regions):
        return None
    named = [item.key for item in entity_mentions(doc, passage.start, passage.stop)]
    if any(abroad(key, doc, tools) for key in named):
        return None
    if any(country(place.key, tools) != RUSSIA for token in passage.tokens
           if token.pos == "ADJ" for place in tools.gazetteer.adjective(token.text)):
        return None
    return main_partner(doc)


SIDE_PREPOSITIONS = frozenset({"из", "по", "для", "от", "у", "в", "во", "на"})


def _one_side(doc: Document, passage: Passage, keys: list[str], tools: Toolkit) -> bool:
    """Places listed after one preposition, or listed together before «с» and a partner
    left unnamed, are one side of what the passage tells, not pairs of each other: «на
    экспорт из Приморья и Сахалина», «управление по Иркутской области и Бурятии»,
    «экспорт на Дальний Восток, Кубань, Ставрополь и …», «Волжский и Палласовский район
    развивают сотрудничество с соседней республикой». Asked of
    one pair, it tells whether the two stand in one such list («ярмарки товаров из
    Рязанской области и Гомельской»): each may pair with others, not with the other."""
    if len(keys) < 2:
        return False
    found = [(item, place_of(item.key, doc, tools) or item.key)
             for item in entity_mentions(doc, passage.start, passage.stop)]
    found = [(item, key) for item, key in found if key in keys]
    run = found[:1]
    for (before, _), (item, key) in pairwise(found):
        if LIST_JOINT.fullmatch(doc.text[before.stop:item.start]):
            run.append((item, key))
        elif {entry for _, entry in run} >= set(keys):
            break
        else:
            run = [(item, key)]
    if len(run) < 2 or {entry for _, entry in run} < set(keys):
        return False
    if _unnamed_partner_after(doc, passage, run[-1][0].stop):
        return True  # «Волжский и Палласовский район … сотрудничество с соседней республикой»
    first = _list_head(doc, passage, run[0][0].start)
    words = doc.text[passage.start:first].split()
    return bool(words) and words[-1].lower() in SIDE_PREPOSITIONS


@lru_cache(maxsize=1)
def unnamed_partner_nouns() -> frozenset[str]:
    """Nouns that stand for a partner left unnamed after «с» (`cooperation/
    unnamed_partner_nouns.txt`): «с соседней республикой», «с зарубежными партнёрами»."""
    return frozenset(row[0] for row in data_rows("cooperation/unnamed_partner_nouns.txt"))


UNNAMED_REACH = 3  # words from «с» to the noun of an unnamed partner


def _listed_together(doc: Document, passage: Passage, pair: tuple[str, str]) -> bool:
    """Whether the two towns stand side by side in one list before «с» and a partner
    left unnamed: «Город Волжский и Палласовский район развивают сотрудничество с
    соседней республикой» (one side, not twins)."""
    found = [item for item in entity_mentions(doc, passage.start, passage.stop)
             if item.key in pair]
    for before, item in pairwise(found):
        if (before.key != item.key and LIST_JOINT.fullmatch(doc.text[before.stop:item.start])
                and _unnamed_partner_after(doc, passage, item.stop)):
            return True
    return False


def _unnamed_partner_after(doc: Document, passage: Passage, stop: int) -> bool:
    """Whether «с» after `stop` governs a partner the passage does not name: «…
    развивают сотрудничество с соседней республикой» (an instrumental noun of
    `cooperation/unnamed_partner_nouns.txt`, no name between)."""
    tokens = [token for token in passage.tokens if token.start >= stop]
    named = [(item.start, item.stop) for item in entity_mentions(doc, stop, passage.stop)]
    for index, token in enumerate(tokens):
        if token.text.lower() not in PARTNER_WITH:
            continue
        for word in tokens[index + 1:index + 1 + UNNAMED_REACH]:
            if any(start <= word.start < end for start, end in named):
                break
            if word.pos == "NOUN":
                if (fold(word.lemma or "") in unnamed_partner_nouns()
                        and word.feat("Case") == "Ins"):
                    return True
                break
    return False


def _met_with(doc: Document, passage: Passage, keys: list[str], tools: Toolkit) -> bool:
    """Russian regions named only after one «с», with no verb before the last of them,
    are those someone met or worked with, not each other's partners: «на встрече с
    губернатором Тверской области, вице-губернатором Тульской области делегация
    обсудила …», «переговоры с Тверской и Тульской областями». «С» governs the first of
    them in the instrumental, directly or through an official's noun; both sides must be
    named there (a region named elsewhere, «губернатор подписал соглашение с
    Татарстаном», is a side of its own)."""
    if len(keys) < 2 or any(country(key, tools) != RUSSIA or key == RUSSIA for key in keys):
        return False
    found = [item for item in entity_mentions(doc, passage.start, passage.stop)
             if (place_of(item.key, doc, tools) or item.key) in keys]
    if {place_of(item.key, doc, tools) or item.key for item in found} < set(keys):
        return False  # a side named elsewhere («подписал соглашение с Татарстаном»)
    before = [token for token in passage.tokens if token.stop <= found[0].start]
    at = len(before) - 1
    while at >= 0 and len(before) - at <= 3 and before[at].pos in ("NOUN", "ADJ"):
        at -= 1  # «с губернатором», «с вице-губернатором»
    if at < 0 or before[at].text.lower() not in PARTNER_WITH:
        return False
    first = next((token for token in passage.tokens if token.start >= found[0].start), None)
    governed = before[at + 1] if at + 1 < len(before) else first
    if first is None or governed is None or governed.feat("Case") != "Ins" or (
            governed is not first and first.feat("Case") != "Gen"):
        return False  # «с губернатором Тверской области», «с Тверской областью»
    between = [token for token in passage.tokens[at:] if token.start < found[-1].start]
    return not any(token.pos in ("VERB", "AUX") or token.text in ".;:!?" for token in between)


def _list_head(doc: Document, passage: Passage, start: int) -> int:
    """Where the list that a mention stands in begins, going back over the names
    before it that are no parties («экспорт на Дальний Восток, Кубань и Ставрополь»:
    a federal district heads the list after the preposition)."""
    earlier = [item for item in entity_mentions(doc, passage.start, passage.stop)
               if item.stop <= start]
    for item in reversed(earlier):
        if not LIST_JOINT.fullmatch(doc.text[item.stop:start]):
            break
        start = item.start
    return start


def _among(doc: Document, passage: Passage, keys: list[str]) -> bool:
    """«соглашение … между Ростовской областью, Ставропольским краем и Калмыкией»: the
    places all stand in the list after «между», so each pairs with each."""
    starts = [token.start for token in passage.tokens if token.text.lower() == "между"]
    if not starts or len(keys) < 3:
        return False
    places = [item for item in entity_mentions(doc, starts[0], passage.stop)
              if item.key in keys]
    run = places[:1]
    for before, item in pairwise(places):
        if not LIST_JOINT.fullmatch(doc.text[before.stop:item.start]):
            break
        run.append(item)
    return {item.key for item in run} >= set(keys)


def speaks_of_cooperation(passage: Passage, kinds: frozenset[str] = PAIR) -> bool:
    """Whether a passage has a cue of these kinds ("pair": names cooperation between
    parties; "topic": goes on about it)."""
    lemmas = passage.lemmas
    for match in cue_lexicon().matches(lemmas) + cue_lexicon().matches(_compound_heads(lemmas)):
        kind, _, flag = match.label.partition(" ")
        after_preposition = match.first > 0 and lemmas[match.first - 1] in PREPOSITIONS
        if kind in kinds and not (flag == "noprep" and after_preposition):
            return True
    return False


def _compound_heads(lemmas: list[str]) -> list[str]:
    """The lemmas with a hyphenated compound reduced to its last part, which the
    lemmatizer inflects alone («городами-побратимами» → «побратим», «регионами-
    партнёрами» → «партнёр»); other lemmas give way to a blank."""
    return [lemma.rsplit("-", 1)[1] if "-" in lemma.strip("-") else "" for lemma in lemmas]


def foreign_firms(passage: Passage, tools: Toolkit) -> bool:
    """Whether a passage names firms or capital of a place abroad by its adjective
    («турецких предприятий в Татарстане», «с участием белорусского капитала»), or the
    place itself as a party («белорусская сторона предложила области поставки»): the
    firms at work in a region are that place's cooperation with it."""
    tokens = passage.tokens
    nouns = firm_nouns() | side_nouns()
    for index, token in enumerate(tokens[:-1]):
        following = tokens[index + 1]
        if (token.pos == "ADJ" and following.pos == "NOUN"
                and fold(following.lemma or following.text) in nouns
                and any(is_place_key(place.key) and country(place.key, tools) != RUSSIA
                        for place in tools.gazetteer.adjective(token.text))):
            return True
    return False


def _plant_pairs(doc: Document, event: Event, places: list[str],
                 tools: Toolkit) -> list[tuple[str, str]]:
    """A company localizing production in a Russian region pairs with the region
    («Haval открыл завод в Тульской области»); the zone or park hosting it («ОЭЗ
    «Липецк»», «индустриальный парк») is the region's own. With a country abroad among
    the sides, only a company from abroad («китайская компания Aucma», a Latin name)
    pairs, with a region the evidence names: a Russian company's plant abroad pairs no
    one with its home region. An investment pairs the same way, but only a company
    shown to be from abroad («китайская компания X вложит … в Приамурье»): a firm of
    unknown home investing is the region's own business."""
    if event.type not in PLANT_EVENTS:
        return []
    kinds = {entity.key: entity.type for entity in doc.entities}
    companies = [key for key in event.participants
                 if kinds.get(key) == "ORG" and not _a_site(doc, key)]
    regions = [key for key in places if key.startswith("RU-")]
    if any(country(key, tools) != RUSSIA for key in places):
        named = _named_regions(doc, event.evidence, tools)
        if doc.main_region in regions and not any(
                country(key, tools) == RUSSIA and key != RUSSIA for key in named):
            named.add(doc.main_region)  # the plant is in the region the story is about
        regions = [key for key in regions if key in named]
        companies = [key for key in companies if from_abroad(doc, key, tools)]
    elif event.type != "localization":
        companies = [key for key in companies if from_abroad(doc, key, tools)]
    return [ordered(region, company) for region in regions for company in companies
            if not _named_after(company, region, tools)]


def _agreement_firm_pairs(doc: Document, event: Event, places: list[str],
                          tools: Toolkit) -> list[tuple[str, str]]:
    """An agreement of one Russian region with a company from abroad pairs the two
    («соглашение с тайской компанией X», signed by the region's governor); a Russian
    company signing beside it is the region's own business."""
    if event.type != "agreement":
        return []
    regions = list(dict.fromkeys(key for key in places if key.startswith("RU-")))
    if len(regions) != 1:
        return []
    firms = {item.key for passage in _passages_of(doc, event.evidence)
             for item in entity_mentions(doc, passage.start, passage.stop)
             if item.entity.type == "ORG" and _foreign_firm_at(doc, passage, item.start, tools)}
    return [ordered(regions[0], key) for key in event.participants
            if key in firms and not _a_site(doc, key)
            and not _named_after(key, regions[0], tools)]


MEETING_EVENTS = frozenset({"meeting", "visit"})


def _met_firm_pairs(doc: Document, event: Event, places: list[str],
                    tools: Toolkit) -> list[tuple[str, str]]:
    """A meeting or visit of one Russian region with a company from abroad, or with an
    official of one («губернатор встретился с президентом компании Hyundai Heavy
    Industries»), pairs the region with the company."""
    if event.type not in MEETING_EVENTS:
        return []
    regions = list(dict.fromkeys(key for key in places if key.startswith("RU-")))
    if len(regions) != 1:
        return []
    kinds = {entity.key: entity.type for entity in doc.entities}
    held = {position.person: position.of for position in doc.positions if position.of}
    sides = [held.get(key, key) if key.startswith("per:") else key for key in event.participants]
    firms = {item.key for passage in _passages_of(doc, event.evidence)
             for item in entity_mentions(doc, passage.start, passage.stop)
             if item.entity.type == "ORG" and _a_firm(doc, passage, item, tools)}
    return [ordered(regions[0], key) for key in dict.fromkeys(sides)
            if kinds.get(key) == "ORG" and key in firms
            and not _a_site(doc, key)
            and from_abroad(doc, key, tools) and not _named_after(key, regions[0], tools)]


def _visited_firm_pairs(doc: Document, event: Event, places: list[str],
                        tools: Toolkit) -> list[tuple[str, str]]:
    """A meeting or visit of a place abroad with a Russian company, no Russian region
    taking part («ПАО «X» посетила делегация Республики Узбекистан»), pairs the
    company with the place."""
    if event.type not in MEETING_EVENTS:
        return []
    if any(country(key, tools) == RUSSIA for key in places):
        return []
    others = list(dict.fromkeys(places))
    if len(others) != 1:
        return []
    firms = {item.key for passage in _passages_of(doc, event.evidence)
             for item in entity_mentions(doc, passage.start, passage.stop)
             if item.entity.type == "ORG" and _a_firm(doc, passage, item, tools)}
    return [ordered(key, others[0]) for key in dict.fromkeys(event.participants)
            if key in firms and not _a_site(doc, key)
            and not names_a_body(key.removeprefix("org:")) and not from_abroad(doc, key, tools)]


def _region_partner_pairs(doc: Document, event: Event, places: list[str],
                          tools: Toolkit) -> list[tuple[str, str]]:
    """An agreement of one Russian region, with nothing abroad among its sides, that an
    official of the region signs «с» an organization («губернатор подписал соглашение
    с Союзом …») pairs the region with it; an executive body or a zone is the place's
    own."""
    if event.type != "agreement":
        return []
    regions = list(dict.fromkeys(places))
    if len(regions) != 1 or not regions[0].startswith("RU-") or not any(
            place_of(key, doc, tools) == regions[0]
            for key in event.participants if key.startswith("per:")):
        return []  # the region signs through its official, not through a body of its own
    partners = {item.key for passage in _passages_of(doc, event.evidence)
                for item in entity_mentions(doc, passage.start, passage.stop)
                if item.entity.type == "ORG" and _after_with(passage, item.start)}
    return [ordered(regions[0], key) for key in dict.fromkeys(event.participants)
            if key in partners and not _a_site(doc, key)
            and not names_a_body(key.removeprefix("org:"))
            and not _named_after(key, regions[0], tools)]


def _after_with(passage: Passage, start: int) -> bool:
    """Whether a mention follows «с», a quote or a firm noun between allowed."""
    before = [token for token in passage.tokens if token.stop <= start]
    while before and (before[-1].text in OPENING_MARKS or before[-1].text == '"'
                      or firm_noun(before[-1])):
        before.pop()
    return bool(before) and before[-1].text.lower() in PARTNER_WITH


def _maker_pairs(doc: Document, event: Event, tools: Toolkit) -> list[tuple[str, str]]:
    """A localization where one Russian company makes the goods of companies from abroad
    («Компания X начнёт сборку тракторов китайской компании Y») pairs the makers: the
    firms are the sides, as well as the region that hosts them."""
    if event.type != "localization":
        return []
    firms = {item.key for passage in _passages_of(doc, event.evidence)
             for item in entity_mentions(doc, passage.start, passage.stop)
             if item.entity.type == "ORG" and _a_firm(doc, passage, item, tools)}
    sides = [key for key in dict.fromkeys(event.participants) if key in firms
             and not _a_site(doc, key) and not names_a_body(key.removeprefix("org:"))]
    foreign = [key for key in sides if from_abroad(doc, key, tools)]
    home = [key for key in sides if key not in foreign]
    if len(home) != 1:
        return []
    return [ordered(home[0], key) for key in foreign]


def _a_firm(doc: Document, passage: Passage, item: EntityMention, tools: Toolkit) -> bool:
    """Whether a mention names a company: a plant's name («Минский тракторный завод»),
    a firm noun before it («компания X») or a legal form before or in it («ООО «X»»,
    «ОАО "X"»)."""
    before = [token for token in passage.tokens if token.stop <= item.start]
    while before and (before[-1].text in OPENING_MARKS or before[-1].text == '"'):
        before.pop()
    words = doc.text[item.start:item.stop].split()
    return (_a_plant_name(item.key) or _introduced_as_firm(doc, passage, item.start, tools)
            or (bool(before) and before[-1].text in legal_forms())
            or (len(words) > 1 and words[0] in legal_forms()))


def _foreign_firm_at(doc: Document, passage: Passage, start: int, tools: Toolkit) -> bool:
    """Whether a mention follows a firm noun with a foreign place's adjective
    («с тайской компанией X», «китайский концерн X»)."""
    before = [token for token in passage.tokens if token.stop <= start][-3:]
    return _introduced_as_firm(doc, passage, start, tools) and any(
        token.pos == "ADJ" and country(place.key, tools) != RUSSIA
        for token in before for place in tools.gazetteer.adjective(token.text)
        if is_place_key(place.key))


def _named_regions(doc: Document, evidence: tuple[Span, ...], tools: Toolkit) -> set[str]:
    return {place_of(item.key, doc, tools) or item.key for span in evidence
            for item in entity_mentions(doc, span.start, span.stop)}


def _named_after(company: str, region: str, tools: Toolkit) -> bool:
    """A body named after the region itself («Торговый дом Удмуртской Республики») is the
    region's own, not its partner."""
    name = company.removeprefix("org:")
    return any(mention.place.key == region for mention in tools.gazetteer.find(name)) or any(
        place.key == region for word in name.split() for place in tools.gazetteer.adjective(word))


def _flow_supports(doc: Document, flow: Flow, tools: Toolkit) -> Iterator[Support]:
    source, target = flow.source, flow.target
    keys = [key for key in (place_of(source, doc, tools), place_of(target, doc, tools)) if key]
    if len(keys) == 2:
        for pair in pairs(keys, tools):
            if not any(_one_side(doc, passage, list(pair), tools)
                       for passage in _passages_of(doc, flow.evidence)):
                yield Support(pair, flow.sectors, flow.evidence)


def merge(found: list[Support]) -> list[tuple[Cooperation, int]]:
    """One cooperation per pair, with the number of supports behind it."""
    merged: dict[tuple[str, str], tuple[Cooperation, int]] = {}
    for support in found:
        kept, count = merged.get(support.pair, (Cooperation(parties=support.pair), 0))
        merged[support.pair] = (_united(kept, support.sectors, support.evidence), count + 1)
    return list(merged.values())


def specific(
    doc: Document, found: list[tuple[Cooperation, int]], tools: Toolkit
) -> list[tuple[Cooperation, int]]:
    """Without (A, a foreign country) when A cooperates more with a region of it, unless
    the country is named as a side in its own right in the pair's evidence
    («сотрудничество между Ростовской областью и Беларусью»), not only as the home of
    its region («с Наманганской областью Узбекистана»). Likewise without (Russia, B)
    when a Russian region cooperates as much with B or a region of B, unless Russia is
    named as a side in the pair's evidence («поставки российских товаров через
    астраханские порты в Индию» is Astrakhan's)."""
    support = {fact.parties: count for fact, count in found}

    def outweighed(party: str, country_key: str, count: int) -> bool:
        return any(
            party in pair and other_count >= count
            and any(within(other, country_key, tools) for other in pair)
            for pair, other_count in support.items()
        )

    def regional(partner: str, count: int) -> bool:
        return any(
            other_count >= count and any(
                within(mine, RUSSIA, tools) and (
                    theirs == partner or within(theirs, partner, tools))
                for mine, theirs in (pair, pair[::-1]))
            for pair, other_count in support.items()
        )

    def lifted(fact: Cooperation, twins: tuple[str, str], count: int) -> bool:
        # two cities always win; a city beside a region only with as much support
        return _lifted_twins(doc, fact, twins, tools) and (
            support[twins] >= count or all(is_city(key, tools) for key in twins))

    twins = [pair for pair in support if any(is_city(key, tools) for key in pair)]
    return [
        (fact, count) for fact, count in found
        if not any(lifted(fact, pair, count) for pair in twins)
        and not any(
            key != RUSSIA and tools.gazetteer.country(key) == key
            and outweighed(other, key, count)
            and not named_as_side(doc, key, _spans(fact), tools)
            for key, other in (fact.parties, fact.parties[::-1])
        ) and not (
            RUSSIA in fact.parties
            and regional(next(key for key in fact.parties if key != RUSSIA), count)
            and not named_as_side(doc, RUSSIA, _spans(fact), tools, missions=True)
        )
    ]


def _lifted_twins(doc: Document, fact: Cooperation, twins: tuple[str, str],
                  tools: Toolkit) -> bool:
    """A pair that only repeats two partner cities at the level of their regions or
    countries («мэр Хабаровска и мэр китайского Вэйхая подписали соглашение о
    побратимстве» gives Хабаровск–Вэйхай, not Хабаровск–Шаньдун): the cities are the
    sides, unless the wider place is named as a side in its own right. Likewise a city
    paired with a region («Забайкальский край и город Маньчжурия») is not lifted to its
    province, unless the province has more support than the city (`specific`): a
    meeting with a city's mayor on a visit to a province the story keeps naming as the
    partner is no reason to drop the province."""
    if fact.parties == twins:
        return False
    for mine, theirs in (fact.parties, fact.parties[::-1]):
        if all(side == city or within(city, side, tools)
               for side, city in ((mine, twins[0]), (theirs, twins[1]))):
            return not any(named_as_side(doc, side, _spans(fact), tools)
                           for side in (mine, theirs) if side not in twins)
    return False


def _spans(fact: Cooperation) -> list[tuple[int, int]]:
    return [(span.start, span.stop) for span in fact.evidence]


def _united(kept: Cooperation, sectors: tuple[Sector, ...],
            evidence: tuple[Span, ...]) -> Cooperation:
    return Cooperation(
        parties=kept.parties,
        sectors=tuple(dict.fromkeys((*kept.sectors, *sectors))),
        evidence=tuple(sorted({*kept.evidence, *evidence}, key=lambda span: span.start)),
    )


def _main_rank(doc: Document, fact: Cooperation, count: int) -> tuple[int, bool, int]:
    """How well a pair stands for the document's cooperation: the most supported; among
    equals, the one with the document's own region, then the one named first."""
    first = min((span.start for span in fact.evidence), default=len(doc.text))
    return count, doc.main_region in fact.parties, -first


# A pair with no sector of its own takes the main pair's only when those are this few: a
# story of one or two fields is about them for every pair; a long list of fields is the
# agenda of the main pair's talks, and the partners named beside it (the other regions at
# a forum, a country's other provinces) took no part in it.
SHARED_MAX = 2


def _with_topic_sectors(doc: Document, found: list[tuple[Cooperation, int]]) -> list[Cooperation]:
    """The cooperation facts, the main pair given the sectors of every passage that goes
    on about cooperation and of the few sentences between two of them and the one after
    the last (`with_gaps`): a report of talks names their fields in sentences with no cue
    of their own («Особое внимание уделили медицине»). A pair with none of its own takes
    the main pair's when they are few (`SHARED_MAX`)."""
    facts = [fact for fact, _ in found]
    if not found:
        return facts
    main = max(range(len(found)), key=lambda i: _main_rank(doc, *found[i]))
    bearing = bearing_passages(doc.replace(cooperation=tuple(facts)))
    topical = [passage for passage in doc.passages if speaks_of_cooperation(passage, ANY_CUE)]
    chosen = {passage.start for passage in [*bearing, *topical]
              if not of_other_pairs(passage, facts, main)}
    passages = with_gaps(doc, [passage for passage in doc.passages if passage.start in chosen])
    extra = tuple(label for passage in passages if not of_other_pairs(passage, facts, main)
                  for label in sectors_of(passage.tokens))
    facts[main] = _united(facts[main], extra, ())
    if not facts[main].sectors:
        # no passage on cooperation names a sector: the document's words do
        facts[main] = _united(facts[main], text_sectors(doc), ())
    if len(facts[main].sectors) > SHARED_MAX:
        return facts  # a broad agenda is the main pair's, not every partner's named beside it
    return [fact if fact.sectors else _united(fact, facts[main].sectors, ()) for fact in facts]
