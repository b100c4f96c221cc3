"""Cooperation parties: which regions and countries a passage or a fact involves, and
the pairs of them that cooperate.

Persons are never parties: they stand for the region or country they hold a title of.
A city stands for its region. The most specific place wins: «Санкт-Петербург» and
«Россия» in one passage give Санкт-Петербург. A pair joins two different countries, or
two different Russian regions.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from itertools import combinations

from coopwatch.extract.entities.candidates import OPENING_QUOTES
from coopwatch.extract.entities.org_bounds import a_web_address
from coopwatch.lexicon.currency import names_a_currency
from coopwatch.lexicon.datafiles import data_rows
from coopwatch.lexicon.folding import fold
from coopwatch.records import Document, Token
from coopwatch.text.attribution import (
    MISSION_NOUNS,
    dateline_city,
    home_of_regions,
    host_of_mission,
)
from coopwatch.text.mentions import EntityMention, entity_mentions
from coopwatch.text.passages import Passage
from coopwatch.text.regions import is_place_key
from coopwatch.text.token_tree import TokenTree, top_of
from coopwatch.tools import Toolkit

RUSSIA = "RU"
REGION_KINDS = frozenset({"region", "country"})
# a federal district is a side in its own right («товарооборот между Дальневосточным
# федеральным округом и Беларусью»), not Russia as a whole
DISTRICT_KINDS = frozenset({"federal_district"})


def place_of(key: str, doc: Document, tools: Toolkit) -> str | None:
    """The country or region a key stands for: itself, a city's region, a person's
    region or country (by their title); None for organizations and other places."""
    if is_place_key(key):
        place = tools.gazetteer.get(key)
        return key if place is None or place.geo_kind in REGION_KINDS else None
    if key.startswith("geo:"):
        place = tools.gazetteer.get(key)
        if governed_city(key, doc, tools) or (
                place is not None and place.geo_kind in DISTRICT_KINDS):
            return key
        within = place.within if place else None
        return within if within and is_place_key(within) else None
    if key.startswith("per:"):
        held = [p.of for p in doc.positions if p.person == key and p.of and (
            is_place_key(p.of) or governed_city(p.of, doc, tools))]
        return held[0] if held else None
    return None


def governed_city(key: str, doc: Document, tools: Toolkit) -> bool:
    """A city (or district) whose own official or government the text names («мэр
    Анкары», «вице-мэр Харбина», «председатель Минского горисполкома», «мэрия Казани»):
    the city acts as a side in its own right, not as a part of its region or country."""
    return is_city(key, tools) and (
        any(position.of == key for position in doc.positions) or _city_body(key, doc))


def _city_body(key: str, doc: Document) -> bool:
    """Whether a mention of the city follows a noun of a city's government
    (`municipal_words.tsv`, kind "body"): «мэрия Казани», «в администрации Красноярска»."""
    bodies = municipal_words("body")
    for passage in doc.passages:
        tokens = passage.tokens
        for item in entity_mentions(doc, passage.start, passage.stop):
            if item.key != key:
                continue
            before = [token for token in tokens if token.stop <= item.start]
            if before and fold(before[-1].lemma or before[-1].text) in bodies:
                return True
    return False


def is_city(key: str, tools: Toolkit) -> bool:
    """Whether the key is a city or a district of the gazetteer (`geo:` keys only: a
    federal city's region key is not)."""
    place = tools.gazetteer.get(key) if key.startswith("geo:") else None
    return place is not None and place.geo_kind in CITY_KINDS


def is_district(key: str, tools: Toolkit) -> bool:
    """Whether the key is a federal district of the gazetteer."""
    place = tools.gazetteer.get(key) if key.startswith("geo:") else None
    return place is not None and place.geo_kind in DISTRICT_KINDS


def passage_places(
    doc: Document, start: int, stop: int, tokens: Sequence[Token], tools: Toolkit
) -> list[str]:
    """The regions and countries a stretch of text names or implies, adjectives included."""
    found = entity_mentions(doc, start, stop)
    organizations = [item for item in found if item.entity.type == "ORG"]
    places = [item for item in found
              if not any(org.start <= item.start and item.stop <= org.stop
                         for org in organizations)]
    places = [item for item in places if not (
        item.key == RUSSIA and home_of_regions(tokens, item.start, item.stop)
        and not _partner_regions(tokens, item.start))
        and not host_of_mission(tokens, item.start, item.stop)
        and not route(tokens, item.start) and not dateline_city(tokens, item.start)]
    hosts = [item for item in places if not venue(doc, item.start, tokens)]
    paired = {key for pair in compound_pairs(tokens, tools) for key in pair}
    if len({item.key for item in hosts} | paired) >= 2 or (
            doc.main_region and hosts and len(hosts) < len(places)
            and all(abroad(item.key, doc, tools) for item in hosts)):
        # «В Сочи подписано соглашение о сотрудничестве с Могилевской областью» in a
        # story about another region: the venue is no side, the document's region is;
        # nor beside a compound adjective that names the two sides («в Новосибирске
        # подписано соглашение о казахстанско-российском сотрудничестве»)
        places = hosts
    named = [(item.start, item.stop) for item in found]
    tree = TokenTree(tokens)
    adjectives = adjective_places([t for i, t in enumerate(tokens) if not _inside(t, named)
                                   and not _russian_regions(t, tokens, tools)
                                   and not _in_a_name(tree, i)], tools)
    keys = [item.key if is_city(item.key, tools) and _named_a_town(tokens, item.start)
            else place_of(item.key, doc, tools) for item in places]
    if any(country(key, tools) != RUSSIA for key in [*keys, *adjectives] if key):
        # with a partner abroad in view, regions that came along with the subject are
        # not its partners: «Орловская область вместе с Москвой и Челябинском
        # представила на российско-китайском форуме …»
        keys = [key for key, item in zip(keys, places, strict=True)
                if not (key and country(key, tools) == RUSSIA and _companion(tokens, item.start))]
    return list(dict.fromkeys(key for key in [*keys, *adjectives] if key))


WITH_WORDS = frozenset({"с", "со"})
PARTNER_REGION_NOUNS = frozenset({"регион", "субъект"})


def _partner_regions(tokens: Sequence[Token], start: int) -> bool:
    """«с регионами России»: the regions of a country taken together as a partner
    («товарооборот Витебской области с регионами России») are the country's side, unlike
    «двух регионов России и Узбекистана», where the country only locates them."""
    at = next((i for i, token in enumerate(tokens) if token.start == start), None)
    if at is None or at < 2:
        return False
    noun, preposition = tokens[at - 1], tokens[at - 2]
    return ((noun.lemma or noun.text).lower() in PARTNER_REGION_NOUNS
            and preposition.text.lower() in WITH_WORDS)


def route(tokens: Sequence[Token], start: int) -> bool:
    """A place after «через» is a route, not a party: «газопровод через Монголию», «через
    астраханские порты в Индию»; so is one named after the crossing or ground it goes
    through, one noun between: «через МАПП Маньчжурия», «через территорию Казахстана»."""
    at = next((i for i, token in enumerate(tokens) if token.start == start), None)
    index = (at or 0) - 1
    nouns = 0
    while index >= 0 and (tokens[index].pos == "ADJ" or (
            tokens[index].pos in ("NOUN", "PROPN") and nouns == 0
            and fold(tokens[index].lemma or tokens[index].text) in route_nouns())):
        nouns += tokens[index].pos != "ADJ"
        index -= 1
    return at is not None and index >= 0 and tokens[index].text.lower() == "через"


@lru_cache(maxsize=1)
def route_nouns() -> frozenset[str]:
    """Nouns of the ground or crossing a route goes through (`data/cooperation/route_nouns.txt`)."""
    return frozenset(fold(row[0]) for row in data_rows("cooperation/route_nouns.txt"))


def _russian_regions(token: Token, tokens: Sequence[Token], tools: Toolkit) -> bool:
    """«российский» of «этим российским регионом»: a region of Russia, not Russia."""
    return (token.pos == "ADJ"
            and any(place.key == RUSSIA for place in tools.gazetteer.adjective(token.text))
            and home_of_regions(tokens, token.start, token.stop))


CITY_KINDS = frozenset({"city", "district"})
FEDERAL_CITIES = frozenset({"RU-MOW", "RU-SPE", "RU-SEV"})


def city_pair(doc: Document, passage: Passage, tools: Toolkit) -> tuple[str, str] | None:
    """Two cities (or districts) of two countries that a cooperation passage names as its
    sides: twin towns and municipal agreements («Екатеринбург и Далянь подписали
    соглашение о побратимстве», «соглашение Москвы и Белграда») pair the cities, not
    their regions; a federal city (Moscow, St Petersburg, Sevastopol) is a city too. A city
    named as the venue («в Казани») or as where a company is («МТМ (Челябинск)») is no
    side. A town or district the gazetteer does not know counts when the passage marks it
    as one («между городами Тверь и Сухум»); its country is the one named right after it
    («Елабужский район Татарстана»), and when unsaid, it is taken to lie across the
    border from the other side («между городами Кинель и Сюйчан»)."""
    homes = _city_homes(doc, passage, tools)
    if len(homes) != 2:
        return None
    (first, home), (second, other) = homes.items()
    if (home == other and home is not None) or (
            RUSSIA not in (home, other) and None not in (home, other)):
        return None
    return ordered(first, second)


def _city_homes(doc: Document, passage: Passage, tools: Toolkit) -> dict[str, str | None]:
    """The cities (and districts) a passage names as possible sides, in the order of
    their first mention, each with its country (None when unsaid): not the venue, not
    a company's city in brackets."""
    homes: dict[str, str | None] = {}
    found = entity_mentions(doc, passage.start, passage.stop)
    for index, item in enumerate(found):
        if item.key in homes or venue(doc, item.start, passage.tokens):
            continue
        if item.key in FEDERAL_CITIES:
            homes[item.key] = RUSSIA  # Moscow is a city as well as a region
        elif is_city(item.key, tools) and not _bracketed(doc.text, item.start, item.stop):
            homes[item.key] = tools.gazetteer.country(item.key)
        elif _unknown_municipality(passage, item, tools):
            homes[item.key] = _home_named_after(doc, found, index, tools)
    return homes


def twin_lists(doc: Document, passage: Passage, tools: Toolkit) -> list[tuple[str, str]]:
    """A twin-town passage (a word of `municipal_words.tsv` of kind "twin") that names
    Russian cities and a list of cities of one country abroad: «мэрия Казани ведёт
    переговоры о побратимстве с городами Ухань и Сямынь, а мэрия Нижнекамска — с
    городом Цзиси». Each city abroad pairs with the Russian city named last before it
    (or the first one after it, when none comes before); cities are the sides, not their
    provinces. A town of unsaid country lies abroad, as in `city_pair`. Empty unless at
    least three cities of Russia and of one country abroad."""
    twin = municipal_words("twin")
    if not any(fold(lemma.rsplit("-", 1)[-1]) in twin for lemma in passage.lemmas):
        return []
    homes = _city_homes(doc, passage, tools)
    countries = {home for home in homes.values() if home is not None}
    if len(homes) < 3 or len(countries) != 2 or RUSSIA not in countries:
        return []
    keys = list(homes)
    found: list[tuple[str, str]] = []
    for index, key in enumerate(keys):
        if homes[key] == RUSSIA:
            continue
        before = [other for other in keys[:index] if homes[other] == RUSSIA]
        after = [other for other in keys[index + 1:] if homes[other] == RUSSIA]
        side = before[-1] if before else after[0]
        found.append(ordered(side, key))
    return found


def _unknown_municipality(passage: Passage, item: EntityMention,
                          tools: Toolkit) -> bool:
    """A place the gazetteer does not know that the passage marks as a town or a district
    (`data/cooperation/municipal_words.tsv`): by its own name («Елабужский район»), by the
    noun before it or before the list it stands in («между городами Тверь и Сухум», «с
    муниципалитетом Чайджума»), or by a twin-town word in the passage («… стали
    городами-побратимами»)."""
    if (item.entity.type != "GEO" or not item.key.startswith("geo:")
            or tools.gazetteer.get(item.key) is not None):
        return False
    near, twin = municipal_words("near"), municipal_words("twin")
    words = item.key.removeprefix("geo:").lower().split()
    if len(words) > 1 and fold(words[-1]) in near:
        return True
    if any(fold(lemma.rsplit("-", 1)[-1]) in twin for lemma in passage.lemmas):
        return True
    tokens = passage.tokens
    at = next((i for i, token in enumerate(tokens) if token.start == item.start), None)
    if at is None:
        return False
    index = at - 1
    while index >= 0 and (tokens[index].pos == "PROPN" or tokens[index].text in LIST_MARKS):
        index -= 1
    return index >= 0 and fold(tokens[index].lemma or tokens[index].text) in near


LIST_MARKS = frozenset({",", "и", "-", "–", "—", ":"})


def _home_named_after(doc: Document, found: Sequence[EntityMention], index: int,
                      tools: Toolkit) -> str | None:
    """The country of a municipality as the text names it right after it: «Иссык-Кульский
    район Кыргызстана», «Восточное Сараево (Республика Сербская)», «муниципалитетом
    Чайджума Турецкой Республики»."""
    if index + 1 >= len(found):
        return None
    item, following = found[index], found[index + 1]
    if not is_place_key(following.key) or doc.text[item.stop:following.start].strip(" (") != "":
        return None
    return country(following.key, tools)


@lru_cache(maxsize=3)
def municipal_words(kind: str) -> frozenset[str]:
    """Words of towns and districts of one kind, "near", "twin" or "body"
    (`data/cooperation/municipal_words.tsv`)."""
    return frozenset(fold(row[0]) for row in data_rows("cooperation/municipal_words.tsv")
                     if row[1] == kind)


def _bracketed(text: str, start: int, stop: int) -> bool:
    """«Компания МТМ (Челябинск)»: where an organization is, not a side."""
    return text[max(0, start - 1):start] == "(" and text[stop:stop + 1] == ")"


COMPANION_WORDS = frozenset({"вместе", "наряду"})
LIST_WORDS = frozenset({",", "и"})


def _companion(tokens: Sequence[Token], start: int) -> bool:
    """A place in the list after «вместе с» or «наряду с»."""
    at = next((i for i, token in enumerate(tokens) if token.start == start), None)
    if at is None:
        return False
    index = at - 1
    while index >= 1:
        word = tokens[index].text.lower()
        if word in ("с", "со"):
            return tokens[index - 1].text.lower() in COMPANION_WORDS
        if tokens[index].pos not in ("PROPN", "NOUN", "ADJ") and word not in LIST_WORDS:
            return False
        index -= 1
    return False


VENUE_PREPOSITIONS = frozenset({"в", "во"})
REGION_WORDS = frozenset({"область", "край", "республика", "провинция", "округ", "штат"})


def venue(doc: Document, start: int, tokens: Sequence[Token]) -> bool:
    """A one-word place in the locative after «в», where something happened: «В Сочи
    подписано соглашение», «В Пекине губернатор … подписали» (not «в Калужской
    области», whose kind word says a region, unless it hangs on a verb of holding: «в
    Московской области проходит совет»; nor «в Татарстан», a direction); or any place
    after «в г.» or «в городе» («в г. Атырау»)."""
    at = next((i for i, token in enumerate(tokens) if token.start == start), None)
    if at is not None and (_after_town_word(tokens, at) or _hosts_an_event(tokens, at)):
        return True
    if at is None or at == 0 or tokens[at - 1].text.lower() not in VENUE_PREPOSITIONS:
        return False
    following = tokens[at + 1] if at + 1 < len(tokens) else None
    if following is not None and fold(following.lemma) in REGION_WORDS:
        return following.feat("Case") == "Loc" and _where_held(tokens, following)
    return tokens[at].feat("Case") == "Loc"


@lru_cache(maxsize=1)
def held_verbs() -> frozenset[str]:
    """Verbs of an event being held (`data/cooperation/held_verbs.txt`)."""
    return frozenset(fold(row[0]) for row in data_rows("cooperation/held_verbs.txt"))


def _where_held(tokens: Sequence[Token], word: Token) -> bool:
    """Whether a region's kind word («в Московской области») says where an event is
    held: it hangs on a verb of holding («проходит», «состоялось»)."""
    verb = TokenTree(tokens).head(word)
    return (verb is not None and word.rel == "obl"
            and fold(verb.lemma or verb.text) in held_verbs())


@lru_cache(maxsize=1)
def host_verbs() -> frozenset[str]:
    """Verbs whose subject hosts an event (`data/cooperation/host_verbs.txt`)."""
    return frozenset(fold(row[0]) for row in data_rows("cooperation/host_verbs.txt"))


def _hosts_an_event(tokens: Sequence[Token], at: int) -> bool:
    """A place that is the subject of a hosting verb whose object is an event noun:
    «Костанай примет очередной форум», «Уфа принимала саммит» — the place says where
    the event is held, not who takes part."""
    place = tokens[at]
    if place.rel != "nsubj":
        return False
    tree = TokenTree(tokens)
    verb = tree.head(place)
    if verb is None or fold(verb.lemma or verb.text) not in host_verbs():
        return False
    return any(fold(token.lemma or token.text) in venue_nouns()
               for token in tree.children(verb, {"obj"}))


TOWN_WORDS = frozenset({"г", "гор"})


def _after_town_word(tokens: Sequence[Token], at: int) -> bool:
    """A place after «в г.» or «в городе»: «в г. Атырау», «в городе Чолпон-Ате» (not «в
    город …», a direction)."""
    index = at - 1
    if index >= 1 and tokens[index].text == "." and tokens[index - 1].text.lower() in TOWN_WORDS:
        index -= 1
    elif index < 0 or not _town_word(tokens[index]):
        return False
    return index >= 1 and tokens[index - 1].text.lower() in VENUE_PREPOSITIONS


def _named_a_town(tokens: Sequence[Token], start: int) -> bool:
    """A city the passage calls a town right before its name, not as the venue nor in a list
    of towns: «Забайкальский край и город Маньчжурия укрепляют сотрудничество» — the city is
    the side itself, not its province (but «посетить индийские города Дели, Мумбаи»)."""
    at = next((i for i, token in enumerate(tokens) if token.start == start), None)
    if at is None or _after_town_word(tokens, at):
        return False
    index = at - 1
    word = index - 1 if index >= 1 and tokens[index].text == "." else index
    if word >= 1 and tokens[word - 1].text.isdigit():
        return False  # «в 2019 г. Казань и Харбин …»: «г.» after a number is a year
    if word < index and tokens[word].text.lower() in TOWN_WORDS:
        return True
    return (index >= 0 and tokens[index].feat("Number") != "Plur"
            and _town_word(tokens[index], cases=("Nom", "Ins", "Gen", "Dat", "Acc")))


def _town_word(token: Token, cases: tuple[str, ...] = ("Loc",)) -> bool:
    return token.text.lower().rstrip(".") in TOWN_WORDS or (
        fold(token.lemma or "") == "город" and token.feat("Case") in cases)


def _inside(token: Token, spans: Sequence[tuple[int, int]]) -> bool:
    return any(start <= token.start and token.stop <= stop for start, stop in spans)


def adjective_places(tokens: Sequence[Token], tools: Toolkit) -> list[str]:
    """Regions and countries named by adjectives («белорусские», «российско-китайского»)."""
    tree = TokenTree(tokens)
    return [
        place.key for index, token in enumerate(tokens)
        if token.pos == "ADJ" and not _before_not_party(tokens, index)
        and not names_a_currency(tokens, index) and not _names_a_venue(tree, token)
        for place in tools.gazetteer.adjective(token.text) if is_place_key(place.key)
    ]


@lru_cache(maxsize=1)
def not_party_nouns() -> frozenset[str]:
    """Nouns a place adjective names no party with (`data/cooperation/not_party_nouns.txt`)."""
    return frozenset(fold(row[0]) for row in data_rows("cooperation/not_party_nouns.txt"))


@lru_cache(maxsize=1)
def venue_nouns() -> frozenset[str]:
    """Nouns of events held somewhere (`data/cooperation/venue_nouns.txt`)."""
    return frozenset(fold(row[0]) for row in data_rows("cooperation/venue_nouns.txt"))


def _names_a_venue(tree: TokenTree, token: Token) -> bool:
    """A single place adjective whose head is an event noun: «Петербургского
    международного экономического форума», «Харбинской ярмарки» say where, not who."""
    head = tree.head(token)
    return ("-" not in token.text and head is not None
            and fold(head.lemma or head.text) in venue_nouns())


def _before_not_party(tokens: Sequence[Token], index: int) -> bool:
    following = tokens[index + 1:index + 3]
    nouns = [token for token in following if token.pos == "NOUN"]
    return bool(nouns) and fold(nouns[0].lemma or nouns[0].text) in not_party_nouns()


def compound_pairs(tokens: Sequence[Token], tools: Toolkit) -> list[tuple[str, str]]:
    """Pairs named by one compound adjective: «российско-китайское» → (RU, CN)."""
    found = []
    tree = TokenTree(tokens)
    for index, token in enumerate(tokens):
        if token.pos == "ADJ" and "-" in token.text and not _in_a_name(tree, index):
            places = [p.key for p in tools.gazetteer.adjective(token.text) if is_place_key(p.key)]
            if len(places) == 2:
                found.append(ordered(places[0], places[1]))
    return found


@lru_cache(maxsize=1)
def not_pair_nouns() -> frozenset[str]:
    """Nouns a compound place adjective names a body or venue with
    (`data/cooperation/not_pair_nouns.txt`)."""
    return frozenset(fold(row[0]) for row in data_rows("cooperation/not_pair_nouns.txt"))


def _in_a_name(tree: TokenTree, index: int) -> bool:
    """A compound place adjective that names a body or a venue («российско-китайской
    комиссии») or stands in a quoted title."""
    token = tree.tokens[index]
    if "-" not in token.text:
        return False
    head = tree.head(token)
    body = head is not None and fold(head.lemma or head.text) in not_pair_nouns()
    return body or _quoted(tree.tokens, index)


def _quoted(tokens: Sequence[Token], index: int) -> bool:
    """Inside «…» (a title: «Потенциал регионов в углублении российско-таджикистанского
    сотрудничества»)."""
    depth = 0
    for token in tokens[:index]:
        depth += {"«": 1, "»": -1}.get(token.text, 0)
    return depth > 0


def most_specific(keys: Iterable[str], tools: Toolkit) -> list[str]:
    """The keys without those that contain another of them (RU when RU-SPE is there)."""
    keys = list(dict.fromkeys(keys))
    return [key for key in keys if not any(within(other, key, tools) for other in keys)]


def within(inner: str, outer: str, tools: Toolkit) -> bool:
    """Whether place `inner` lies (directly or not) within place `outer`."""
    return outer in tools.gazetteer.enclosing(inner)


def country(key: str, tools: Toolkit) -> str:
    return tools.gazetteer.country(key) or key.split("-")[0]


def abroad(key: str, doc: Document, tools: Toolkit) -> bool:
    """Whether a party stands for a place outside Russia (an organization counts as home)."""
    return country(place_of(key, doc, tools) or RUSSIA, tools) != RUSSIA


def pairs(keys: Sequence[str], tools: Toolkit, main: str | None = None,
          among: bool = False) -> list[tuple[str, str]]:
    """The cooperating pairs among places; with one foreign side alone, the main region
    of the document is the other side («сотрудничество с Беларусью»). With a partner
    abroad only pairs across the border count; without one, two Russian regions are a
    pair only when they are the only two (a list of regions at a forum pairs no one),
    or when the text lists them all as the sides («между A, B и C»: `among`)."""
    keys = most_specific(keys, tools)
    if main and keys and all(country(key, tools) != RUSSIA for key in keys):
        keys = [main, *keys]
    foreign = any(country(key, tools) != RUSSIA for key in keys)
    return [ordered(a, b) for a, b in combinations(keys, 2) if _may_cooperate(a, b, tools)
            and (_across(a, b, tools) if foreign else (len(keys) == 2 or among))]


def _across(first: str, second: str, tools: Toolkit) -> bool:
    """Two sides of a border: with a partner abroad in view, two Russian regions named
    together are one side («делегации Омской и Томской областей в Казахстане»)."""
    return country(first, tools) != country(second, tools)


def _may_cooperate(first: str, second: str, tools: Toolkit) -> bool:
    """Two places of different countries, one of them Russian («отношения с Китаем и
    Индией» pair no one here), or two Russian regions."""
    if first == second or within(first, second, tools) or within(second, first, tools):
        return False
    home, other = country(first, tools), country(second, tools)
    if RUSSIA not in (home, other):
        return False
    if RUSSIA in (first, second) and any(is_city(key, tools) for key in (first, second)):
        return False  # Russia as a whole pairs with a state or a region, not a town abroad
    return home != other or RUSSIA not in (first, second)


def ordered(first: str, second: str) -> tuple[str, str]:
    """A pair in a stable order: a Russian party first, else alphabetical."""
    def rank(key: str) -> tuple[int, str]:
        return (0 if key == RUSSIA or key.startswith("RU-") else 1, key)

    low, high = sorted((first, second), key=rank)
    return low, high


# nouns of a place or a body of a country: «Наманганской областью Узбекистана»,
# «Гродненского облисполкома Беларуси», «двух регионов России и Кыргызстана»
HOME_NOUNS = frozenset({"область", "край", "республика", "провинция", "округ", "штат",
                        "регион", "облисполком", "горисполком", "город", "префектура",
                        "аймак", "вилоят", "район", "уезд", "автономия", "губерния",
                        "субъект", "муниципалитет", "столица"})


def named_as_side(doc: Document, country_key: str, spans: Iterable[tuple[int, int]],
                  tools: Toolkit, missions: bool = False) -> bool:
    """Whether a country is named in its own right inside these spans: a mention that
    is not in brackets after another name («(Республика Беларусь)») and does not only
    say whose a region or a body is («с Наманганской областью Узбекистана»,
    «облисполкома Беларуси»). An adjective («вьетнамской провинции») never is. With
    `missions`, neither is a country that only sends a mission or an envoy
    («торговым представителем Российской Федерации в КНР», «посол России»)."""
    for start, stop in spans:
        tokens = [token for passage in doc.passages if passage.start < stop
                  and start < passage.stop for token in passage.tokens]
        for item in entity_mentions(doc, start, stop):
            if item.key != country_key or _bracketed_after(doc.text, item.start):
                continue
            if missions and _sends_mission(tokens, item.start):
                continue
            if not _home_of_other(doc, tokens, item.start, item.stop, country_key, tools):
                return True
    return False


def _sends_mission(tokens: Sequence[Token], start: int) -> bool:
    """Whether a country name follows a noun of a mission or an envoy right away
    («посол России», «торговым представителем Российской Федерации»), whatever the
    parser hung it on."""
    before = [token for token in tokens if token.stop <= start]
    return bool(before) and fold(before[-1].lemma or before[-1].text) in MISSION_NOUNS


def _bracketed_after(text: str, start: int) -> bool:
    return text[:start].rstrip().endswith("(")


def _home_of_other(doc: Document, tokens: Sequence[Token], start: int, stop: int,
                   country_key: str, tools: Toolkit) -> bool:
    """A country name whose syntactic head (through «и») is a region or body noun, or a
    name of a place of that country: the country only says whose it is."""
    tree = TokenTree(tokens)
    token = top_of([token for token in tokens if start <= token.start and token.stop <= stop])
    while token is not None and token.rel == "conj":
        token = tree.head(token)
    if token is None or token.rel not in ("nmod", "appos"):
        return False
    head = tree.head(token)
    if head is None:
        return False
    if fold(head.lemma or head.text) in HOME_NOUNS:
        return True
    return any(item.start <= head.start and head.stop <= item.stop
               and item.key != country_key and within(item.key, country_key, tools)
               for item in entity_mentions(doc, head.start, head.stop + 1))


LATIN = re.compile(r"[A-Za-z]")
# the marks a quoted name opens with, one by one
OPENING_MARKS = frozenset(OPENING_QUOTES)


def from_abroad(doc: Document, company: str, tools: Toolkit) -> bool:
    """Whether the text shows a company is from abroad: a Latin name (Aucma, TH Group;
    not a site's address: Letnews.ru), or a foreign country's adjective in the noun
    phrase before a mention («китайская компания Ляньфа», «турецкого холдинга …») or in
    an unquoted name."""
    name = company.removeprefix("org:")
    if LATIN.search(name) and not a_web_address(name):
        return True
    entity = next((item for item in doc.entities if item.key == company), None)
    if entity is None:
        return False
    for mention in entity.mentions:
        passage = next((item for item in doc.passages
                        if item.start <= mention.start < item.stop), None)
        if passage is None:
            continue
        quoted = doc.text[max(0, mention.start - 1):mention.start] in OPENING_MARKS
        own = [] if quoted else [  # «Японский дом» is a name, no home country
            token for token in passage.tokens
            if mention.start <= token.start and token.stop <= mention.stop]
        before = _phrase_before(passage.tokens, mention.start)
        if any(token.pos == "ADJ" and "-" not in token.text
               and country(place.key, tools) != RUSSIA
               for token in [*before, *own] for place in tools.gazetteer.adjective(token.text)
               if is_place_key(place.key)):
            return True
        if from_named_abroad(doc, passage, mention.start, tools):
            return True
    return False


def from_named_abroad(doc: Document, passage: Passage, start: int, tools: Toolkit) -> bool:
    """«фирма из Германии – "X"»: a firm noun, «из» and a place abroad right before the
    mention."""
    before = [token for token in passage.tokens if token.stop <= start][-6:]
    for index, token in enumerate(before[1:], start=1):
        if token.text.lower() != "из" or not firm_noun(before[index - 1]):
            continue
        rest = doc.text[token.stop:start]
        places = [item for item in entity_mentions(doc, token.stop, start)
                  if is_place_key(item.key)]
        if (places and country(places[0].key, tools) != RUSSIA
                and rest[:places[0].start - token.stop].strip() == ""
                and rest[places[0].stop - token.stop:].strip(" -–—\"«»") == ""):
            return True
    return False


@lru_cache(maxsize=1)
def firm_nouns() -> frozenset[str]:
    """Nouns of firms and capital (`data/cooperation/firm_nouns.txt`)."""
    return frozenset(fold(row[0]) for row in data_rows("cooperation/firm_nouns.txt"))


@lru_cache(maxsize=1)
def side_nouns() -> frozenset[str]:
    """Nouns that name a place abroad as a party after its adjective: сторона, коллега
    (`data/cooperation/side_nouns.txt`)."""
    return frozenset(fold(row[0]) for row in data_rows("cooperation/side_nouns.txt"))


def firm_noun(token: Token) -> bool:
    """Whether a word is a noun of firms or capital («фирма», «компания»)."""
    return fold(token.lemma or token.text) in firm_nouns()


PHRASE_POS = frozenset({"ADJ", "NOUN", "CCONJ", "PUNCT"})
PHRASE_STOPS = frozenset({",", ".", "(", ")", ":", ";"})


def _phrase_before(tokens: Sequence[Token], start: int, most: int = 6) -> list[Token]:
    """The words of the noun phrase that ends right before a mention: «крупнейшая
    вьетнамская текстильная и швейная корпорация "Винатекс"» gives its adjectives,
    nouns and an «и» between two adjectives, up to a comma or another kind of word
    («Белорусская делегация и компания "X"» gives «компания» alone)."""
    before = [token for token in tokens if token.stop <= start]
    phrase: list[Token] = []
    for token in reversed(before[-most:]):
        if token.pos not in PHRASE_POS or token.text in PHRASE_STOPS:
            break
        if token.pos == "CCONJ" and not (phrase and phrase[-1].pos == "ADJ"):
            break  # «и» joins adjectives of one noun, not two noun phrases
        phrase.append(token)
    return phrase
