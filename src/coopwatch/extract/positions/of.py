"""Of what a title is: the region, country or organization its of-phrase names.

The of-phrase is the genitive run after a title («вице-губернатор Санкт-Петербурга»);
«страны» in it is the country named last before («премьер-министр страны»);
failing it, a place adjective inside the title («председатель Минского облисполкома»)
or just before it («российский президент»), or the delegation a «во главе с» title heads.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from functools import lru_cache

from coopwatch.extract.positions.paired import passage_at
from coopwatch.extract.positions.titles import TitleMatch, title_case
from coopwatch.geo.places import Place
from coopwatch.lexicon.datafiles import data_rows
from coopwatch.lexicon.folding import fold
from coopwatch.records import Document, Token
from coopwatch.text.attribution import home_of_regions
from coopwatch.text.mentions import EntityMention, entity_mentions
from coopwatch.text.regions import (
    clear_leader,
    is_country_key,
    is_place_key,
    is_russian_region,
    main_foreign_region,
)
from coopwatch.tools import Toolkit

GENERIC_REGION_WORDS = frozenset(
    {"республика", "область", "край", "регион", "округ", "субъект", "автономный"}
)
# a region's adjective after a place adjective names the region of that place:
# «председатель гродненского областного исполкома», «краевого» likewise
REGION_ADJECTIVES = {"областной": "области", "краевой": "края"}
# Words for a first-level region abroad: «губернатор провинции» is of the foreign region
# the document speaks of.
FOREIGN_REGION_WORDS = frozenset({"провинция", "штат", "префектура", "остан"})
OF_KINDS = frozenset({"GEO", "ORG"})
JOB = "job"  # the scope of a profession, which a place adjective before it does not place
MAX_PLACE_ADJECTIVES = 2
WORD = re.compile(r"\w[\w-]*")
MAX_KIND_WORD = 24  # characters back from a mention to the kind word before it  # adjectives before a title: «нынешний российский президент»


def resolve_of(
    doc: Document, tokens: Sequence[Token], match: TitleMatch, stop: int, tools: Toolkit
) -> tuple[str | None, bool]:
    """The key the of-phrase (tokens[match.last:stop]) names, or whether it names a
    region only generically; failing both, the place adjective inside the title
    («Минского облисполкома») or before it («российский президент»), or the delegation
    a «во главе с» title heads."""
    phrase = tokens[match.last:stop]
    if match.title in diplomat_titles() and phrase and phrase[0].text.lower() in POSTED_IN:
        # «казахстанский посол в Москве»: the adjective names whose envoy, «в» the host
        sender = _place_before(doc, tokens, match.first, tools)
        if sender is not None:
            return sender, False
    of = _organization_inside(doc, tokens, match, stop) or _posted_to(doc, match, phrase, tools)
    generic = False
    if of is None:
        of, generic = _of_phrase(doc, phrase, tools) if phrase else (None, False)
    if of is None and match.inner and match.body:
        words = " ".join(tokens[index].text for index in match.inner)
        place = tools.gazetteer.resolve(f"{words} {match.body}") or _adjective_place(
            tools, [tokens[index].text for index in match.inner])
        of = place.key if place else None
    if of is None and not generic:  # «Советник Посольства Сергей Афонин»: the title's mission
        of = _embassy_named_before(doc, tokens[match.last - 1:match.last])
    if of is None and not generic and match.scope != JOB:  # «немецкий режиссёр»: a nationality
        of = _place_before(doc, tokens, match.first, tools)
    if of is None:  # «делегация провинции X во главе с руководителем региона»
        of = _delegation_of(doc, tokens, match.first)
    if of is None:  # «Делегацию РФ возглавит …», «Монгольскую сторону представит …»
        of = _side_of(doc, tokens, match, tools)
    if of is None and generic and len(phrase) == 1 and (
            match.title in diplomat_titles() | FOREIGN_SERVICE_TITLES):
        # «министр иностранных дел республики Рашид Мередов» on a page on Astrakhan and
        # Turkmenistan: a state's office, so the region word means the foreign state
        # named before
        of = _foreign_country_before(doc, phrase[-1].start)
    if of is not None and of.startswith("org:") and match.scope == COUNTRY:
        of = _country_named_in(doc, of, tools) or of  # «консул Генконсульства Турции»
    if of is not None and (match.scope == CITY or any(t.lemma in CAPITAL_WORDS for t in phrase)):
        of = _city_of(doc, of) or of
    return of, generic and of is None


def _adjective_place(tools: Toolkit, words: Sequence[str]) -> Place | None:
    """The one place a lone adjective inside a title refers to, when the adjective and
    the body word name none together: «Гомельского горисполкома» -> BY-HO, whose one
    named city a city's title is then of."""
    places = tools.gazetteer.adjective(words[0]) if len(words) == 1 else ()
    return places[0] if len(places) == 1 else None


@lru_cache(maxsize=1)
def envoy_titles() -> frozenset[str]:
    return frozenset(row[0] for row in data_rows("positions/envoy_titles.txt"))


POSTED_IN = frozenset({"в", "во"})


@lru_cache(maxsize=1)
def diplomat_titles() -> frozenset[str]:
    return frozenset(row[0] for row in data_rows("positions/diplomat_titles.txt"))


def _posted_to(
    doc: Document, match: TitleMatch, phrase: Sequence[Token], tools: Toolkit
) -> str | None:
    """An envoy's territory: the region within a country named after «в» in the
    of-phrase («полномочный представитель Правительства Киргизии в Чуйской области»),
    or the one a bare region word there refers to («полпред президента в округе»)."""
    if not _an_envoy(match.title, tools):
        return None
    at = next((i for i, token in enumerate(phrase) if token.text.lower() in POSTED_IN), None)
    if at is None:
        return None
    if at == len(phrase) - 2 and tools.morph.lemma(phrase[-1].text.lower()) in GENERIC_REGION_WORDS:
        return _territory_named_before(doc, phrase[-1], tools)  # «полпред президента в округе»
    return next((item.key for item in entity_mentions(doc, phrase[at].start, phrase[-1].stop)
                 if item.entity.type == "GEO" and item.start > phrase[at].start
                 and _territory_key(item.key)), None)


DEPUTY_HEADS = ("заместитель ", "первый заместитель ", "зам ")


def _an_envoy(title: str, tools: Toolkit) -> bool:
    """An envoy's title, or a deputy's of one: «заместитель полпреда» is posted where
    the envoy is."""
    if title in envoy_titles():
        return True
    rest = next((title[len(head):] for head in DEPUTY_HEADS if title.startswith(head)), None)
    return rest is not None and " ".join(
        tools.morph.lemma(word) for word in rest.split()) in envoy_titles()


def _territory_key(key: str) -> bool:
    """A key of a region within a country («RU-TAT») or of a named place («geo:…»)."""
    return "-" in key or key.startswith("geo:")


def _territory_named_before(doc: Document, word: Token, tools: Toolkit) -> str | None:
    """The territory a bare region word after «в» refers to: the one named last before
    it by a mention holding that word («Дальневосточном федеральном округе» … «в
    округе»)."""
    before = [
        item for item in entity_mentions(doc, 0, word.start)
        if item.entity.type == "GEO" and item.stop <= word.start and _territory_key(item.key)
        and any(tools.morph.lemma(w.lower()) == tools.morph.lemma(word.text.lower())
                for w in WORD.findall(doc.text[item.start:item.stop]))
    ]
    return max(before, key=lambda item: item.stop).key if before else None


def _organization_inside(
    doc: Document, tokens: Sequence[Token], match: TitleMatch, stop: int
) -> str | None:
    """An organization whose name begins inside the title and runs on into the of-phrase:
    «председатель Торгово-промышленной палаты Узбекистана» is of the chamber."""
    if match.last - match.first < 2 or stop <= match.last:
        return None
    inside = tokens[match.first + 1].start, tokens[match.last - 1].stop
    for item in entity_mentions(doc, inside[0], tokens[stop - 1].stop):
        if item.entity.type == "ORG" and inside[0] <= item.start < inside[1] \
                and item.stop > tokens[match.last - 1].stop \
                and not GOVERNMENT_NAME.match(item.entity.name):
            return item.key
    return None


# a government named inside a title («заместитель председателя Кабинета Министров
# Чувашии») stands for its place, as «правительства Чувашии» does
GOVERNMENT_NAME = re.compile(r"(?:[Кк]абинет\w* [Мм]инистров|[Пп]равительств\w*)(?![\w-])")


def _of_phrase(doc: Document, phrase: Sequence[Token], tools: Toolkit) -> tuple[str | None, bool]:
    mentioned = [
        item for item in entity_mentions(doc, phrase[0].start, phrase[-1].stop)
        if item.entity.type in OF_KINDS
        # «губернатор данного региона России»: Russia is the region's home, not the of
        and not (item.key == "RU" and home_of_regions(phrase, item.start, item.stop))
    ]
    if any(_where_the_body_is(phrase, mentioned, item) for item in mentioned):
        return None, False  # «председатель диаспоры в Краснодарском крае»: of the diaspora
    # a body named in lower case («народного комитета провинции X») is no name: the place
    # after it is what the title is of
    named = [item for item in mentioned
             if not (item.entity.type == "ORG" and doc.text[item.start:item.stop].islower())]
    if named:
        return (_branch_place(phrase, named) or _region_after_country(doc, named)
                or _abbreviated_place(doc, doc.text, named[0].start, named[0].stop)
                or named[0].key), False
    embassy = _embassy_named_before(doc, phrase)
    if embassy is not None:
        return embassy, False
    abbreviated = next((key for token in phrase
                        if (key := _abbreviated_place(doc, doc.text, token.start, token.stop))),
                       None)
    if abbreviated is not None:
        return abbreviated, False
    referred = (_kind_reference(doc, phrase, tools) or _country_reference(doc, phrase)
                or _home_capital(doc, phrase))
    if referred is not None:
        return referred, False
    city = _city_of_country_adjective(doc, phrase, tools) or _the_city(doc, phrase)
    if city is not None:  # «мэр китайского города», «мэр города»
        return city, False
    foreign = [token for token in phrase if token.lemma in FOREIGN_REGION_WORDS]
    if foreign:
        return main_foreign_region(doc), False
    if any(token.lemma in GENERIC_REGION_WORDS for token in phrase):
        return (_delegation_home(doc, phrase, tools) or _region_abroad(doc, phrase, tools)
                or _region_of_kind(doc, phrase, tools)
                or _region_named_last(doc, phrase, tools) or _only_region_abroad(doc)), True
    region = _region_of_place_adjective(phrase, tools)
    if region is not None:
        return region, False
    if any(token.lemma in REGION_ADJECTIVES for token in phrase):  # «краевого управления»
        return (_region_of_kind(doc, phrase, tools)
                or _region_named_last(doc, phrase, tools)), True
    place = tools.gazetteer.resolve(doc.text[phrase[0].start:phrase[-1].stop])
    return (place.key if place else _lower_case_body(doc, phrase, tools)
            or _place_in_other_form(doc, phrase, tools)
            # failing all, the body named in lower case is what the title is of:
            # «секретарь по вопросам прав человека американского министерства
            # иностранных дел»
            or next((item.key for item in mentioned if item.entity.type == "ORG"), None)), False


# «в Краснодарском крае» after a body: where the body is, not whose the title is
LOCATED_IN = frozenset({"в", "во", "на"})


def _where_the_body_is(
    phrase: Sequence[Token], mentioned: Sequence[EntityMention], item: EntityMention
) -> bool:
    """A place named after «в» that follows a body named in common nouns, with no name
    before it: «заместитель председателя сербской диаспоры в Краснодарском крае» is of
    the diaspora, which is in the region, not of the region."""
    before = [i for i, token in enumerate(phrase)
              if token.stop <= item.start and token.text.lower() in LOCATED_IN]
    if not before or any(other.start < phrase[before[0]].start for other in mentioned):
        return False
    return any(token.pos == "NOUN" and token.text.islower() for token in phrase[:before[0]])


@lru_cache(maxsize=1)
def branch_words() -> frozenset[str]:
    return frozenset(row[0] for row in data_rows("positions/branch_words.txt"))


def _branch_place(phrase: Sequence[Token], named: Sequence[EntityMention]) -> str | None:
    """A body of an organization in a place: «комитета Коммунистической партии Китая
    провинции Ляонин» is the party's committee of the province, and a title in it is
    of the province (a region's or a city's key named after the organization). The
    body word may follow its adjectives: «постоянного комитета … города Даляня», but is
    no branch when it begins the organization's own name («Народного комитета …»)."""
    noun = next((token for token in phrase if token.pos != "ADJ"), phrase[0])
    if noun.lemma not in branch_words() or named[0].entity.type != "ORG" \
            or named[0].start < noun.stop:
        return None
    return next((item.key for item in named[1:] if item.entity.type == "GEO"
                 and ("-" in item.key or item.key.startswith("geo:"))), None)


# an abbreviation as written, with a letter in brackets: «РА», «АГО», «РС(Я)»
ABBREVIATION = re.compile(r"[А-ЯЁ]{2,}(?:\([А-ЯЁ]+\))?(?![\w(])")
MIN_NAME_WORDS = 2


def _abbreviated_place(doc: Document, text: str, start: int, stop: int) -> str | None:
    """The document's place an abbreviation at `start` stands for, by the initials of
    its name or an alias: «Правительства РА» is of «Республика Алтай», «Глава АГО» of
    «Артемовский городской округ», «правительства РС(Я)» of «Республика Саха (Якутия)».
    The abbreviation must be the whole word (to `stop` or its bracketed letter)."""
    found = ABBREVIATION.match(text, start)
    if found is None or found.end() < stop:
        return None
    letters = "".join(char for char in found.group() if char.isalpha())
    keys = {entity.key for entity in doc.entities
            if entity.type == "GEO" and entity.mentions
            and any(_initials(name) == letters for name in (entity.name, *entity.aliases))}
    return next(iter(keys)) if len(keys) == 1 else None


def _initials(name: str) -> str:
    words = WORD.findall(name)
    return "".join(word[0].upper() for word in words) if len(words) >= MIN_NAME_WORDS else ""


MAX_KIND_WORDS = 1  # «Китая провинции Хубэй»: at most the region's kind word between
# «депутат России от Татарстана», «посол Китая в Приморье»: a region after a preposition
# is where, not whose
PREPOSITIONS = frozenset({"в", "во", "от", "по", "на", "при", "из", "с", "со", "для"})


def _region_after_country(doc: Document, named: Sequence[EntityMention]) -> str | None:
    """A region of the country the of-phrase names first, named right after it: «совета
    Китая провинции Хубэй» is the province's council, and a title in it of CN-HB."""
    if len(named) < 2 or named[0].entity.type != "GEO" or named[0].entity.geo_kind != COUNTRY:
        return None
    country, region = named[0], named[1]
    between = WORD.findall(doc.text[country.stop:region.start])
    if region.entity.type != "GEO" or not region.key.startswith(f"{country.key}-") \
            or len(between) > MAX_KIND_WORDS or any(not word.islower() for word in between) \
            or any(word in PREPOSITIONS for word in between):
        return None
    return region.key


def _place_in_other_form(doc: Document, phrase: Sequence[Token], tools: Toolkit) -> str | None:
    """A place of the document's that the of-phrase names in a form its mentions miss:
    «секретарь партийного комитета Чанчуня» on a page that spells «в Чанчуне»."""
    known = {entity.key for entity in doc.entities if entity.type == "GEO"}
    for token in reversed(phrase):
        if token.pos == "PROPN" and token.text[:1].isupper():
            place = tools.gazetteer.resolve(token.text)
            if place is not None and place.key in known:
                return place.key
    return None


def _lower_case_body(doc: Document, phrase: Sequence[Token], tools: Toolkit) -> str | None:
    """An organization the text names elsewhere, written here in lower case as the whole
    of-phrase: «спикер палаты представителей», with «Палата представителей» named before."""
    if not all(token.text.islower() for token in phrase):
        return None
    lemmas = [fold(token.lemma) for token in phrase]
    for entity in doc.entities:
        if entity.type == "ORG" and any(
                [fold(tools.morph.lemma(word.lower())) for word in WORD.findall(name)] == lemmas
                for name in (entity.name, *entity.aliases)):
            return entity.key
    return None


def _region_of_place_adjective(phrase: Sequence[Token], tools: Toolkit) -> str | None:
    """A lower-case place adjective and a region's adjective opening the of-phrase name a
    region: «гродненского областного исполнительного комитета» -> «гродненского
    области» -> BY-HR."""
    if len(phrase) < 2 or phrase[0].pos != "ADJ" or not phrase[0].text.islower():
        return None
    body = REGION_ADJECTIVES.get(phrase[1].lemma)
    region = tools.gazetteer.resolve(f"{phrase[0].text} {body}") if body else None
    return region.key if region is not None and "-" in region.key else None


COUNTRY = "country"  # the scope of a state's titles (посол, генеральный консул)


def _country_named_in(doc: Document, key: str, tools: Toolkit) -> str | None:
    """The country an organization's name names first: a diplomat of an embassy or a
    consulate («Генерального консула Генконсульства Турции в Казани») is of its country."""
    entity = doc.entity(key)
    for word in WORD.findall(entity.name if entity else key.removeprefix("org:")):
        place = tools.gazetteer.resolve(word) if word[:1].isupper() else None
        if place is not None and place.geo_kind == COUNTRY:
            return place.key
    return None


CITY = "city"  # the scope of a city's titles (мэр, вице-мэр)
CAPITAL_WORDS = frozenset({"столица"})


def _city_of(doc: Document, key: str) -> str | None:
    """A city's title said to be of a country or region («мэр столицы Монголии», «вице-мэр»
    of a delegation from China) is of the one city in it the document names."""
    if not is_place_key(key):
        return None
    cities = {entity.key for entity in doc.entities
              if entity.geo_kind == CITY and entity.mentions and entity.within
              and (entity.within == key or entity.within.startswith(f"{key}-"))}
    return next(iter(cities)) if len(cities) == 1 else None


CITY_WORDS = frozenset({"город"})
CAPITAL_OF = frozenset({COUNTRY, "region"})  # «кубанской столицы», «армянской столицы»


def _city_of_country_adjective(
    doc: Document, phrase: Sequence[Token], tools: Toolkit
) -> str | None:
    """«мэр китайского города»: the one city of that country the document names; «глава
    кубанской столицы»: the one city of that region (or country abroad) it names."""
    capital = any(token.lemma in CAPITAL_WORDS for token in phrase)
    if not capital and not any(token.lemma in CITY_WORDS for token in phrase):
        return None
    kinds = CAPITAL_OF if capital else {COUNTRY}
    places = {place.key for token in phrase if token.pos == "ADJ"
              for place in tools.gazetteer.adjective(token.text)
              if place.geo_kind in kinds and not (capital and place.key == HOME_COUNTRY)}
    return _city_of(doc, next(iter(places))) if len(places) == 1 else None


def _the_city(doc: Document, phrase: Sequence[Token]) -> str | None:
    """«мэр города», «заместитель главы города»: a lone singular «города» is the city the
    document names most, when it clearly leads the others."""
    if len(phrase) != 1 or phrase[0].lemma not in CITY_WORDS \
            or phrase[0].feat("Number") == "Plur":
        return None
    return clear_leader(Counter({
        entity.key: len(entity.mentions) for entity in doc.entities
        if entity.type == "GEO" and entity.geo_kind == CITY and entity.mentions}))


# the kind words of a bare region word and what a region's name or alias holds when it is
# of that kind («Краснодарский край», «Республика Абхазия», «автономный край Воеводина»)
KIND_STEMS = {"республика": "республик", "область": "област", "край": "край",
              "округ": "округ", "автономный": "автономн", "областной": "област",
              "краевой": "край", "республиканский": "республик"}


def _region_of_kind(doc: Document, phrase: Sequence[Token], tools: Toolkit) -> str | None:
    """A bare region word names a region of its kind: when the document's region is of
    another kind («министр финансов республики» on a page about a krai and Abkhazia), it is
    the one region of that kind the document names."""
    stems = {KIND_STEMS[token.lemma] for token in phrase if token.lemma in KIND_STEMS}
    if not stems or doc.main_region is None or _of_kind(doc.main_region, stems, tools):
        return None
    named = [entity.key for entity in doc.entities
             if entity.type == "GEO" and entity.mentions and is_place_key(entity.key)
             and _of_kind(entity.key, stems, tools)]
    regions = {key for key in named if "-" in key}
    # failing a region, a country of that kind: «министр … Республики» on a krai's page
    # that names the Republic of Belarus
    countries = {key for key in named if "-" not in key and key != HOME_COUNTRY}
    places = regions or countries
    return next(iter(places)) if len(places) == 1 else None


HEADING_VERBS = frozenset({"возглавить", "возглавлять"})
DELEGATION = "делегация"
DELEGATION_REACH = 4  # words after «делегация» to the place it comes from


def _delegation_home(doc: Document, phrase: Sequence[Token], tools: Toolkit) -> str | None:
    """A bare region word in the title of the one who heads a delegation is the region
    the delegation comes from, named by its genitive or its adjective in the sentence or
    the one before: «прибыла делегация Хатлонской области … Ее возглавил председатель
    области Давлатали Саид»; a delegation named by its country alone heads from the
    region of that country the page is about."""
    at = passage_at(doc.passages, phrase[0].start)
    if at is None or not any(fold(token.lemma or "") in HEADING_VERBS
                             for token in doc.passages[at].tokens):
        return None
    for passage in (doc.passages[at], *doc.passages[max(0, at - 1):at]):
        tokens = passage.tokens
        for index, token in enumerate(tokens):
            if fold(token.lemma or "") != DELEGATION or token.start >= phrase[0].start:
                continue
            home = _home_of_delegation(doc, tokens, index, tools)
            if home is not None:
                return home
    return None


def _home_of_delegation(doc: Document, tokens: Sequence[Token], index: int,
                        tools: Toolkit) -> str | None:
    stop = tokens[min(len(tokens), index + DELEGATION_REACH + 1) - 1].stop
    named = [item.key for item in entity_mentions(doc, tokens[index].stop, stop)
             if item.entity.type == "GEO" and is_place_key(item.key)]
    adjective = [place.key for place in tools.gazetteer.adjective(tokens[index - 1].text)
                 if is_place_key(place.key)] if index and tokens[index - 1].pos == "ADJ" else []
    for key in [*named[:1], *adjective[:1]]:
        if "-" in key:
            return key
        region = main_foreign_region(doc) if key != HOME_COUNTRY else None
        if region is not None and region.partition("-")[0] == key:
            return region
    return None


def _region_named_last(doc: Document, phrase: Sequence[Token], tools: Toolkit) -> str | None:
    """A bare region word on a page with no main region is the Russian region of its kind
    named last before it: «губернатор Воронежской области Иван Петров – по поручению главы
    региона Петра Сидорова» is of the Voronezh region."""
    if doc.main_region is not None:
        return None
    stems = {KIND_STEMS[token.lemma] for token in phrase if token.lemma in KIND_STEMS}
    before = [item for item in entity_mentions(doc, 0, phrase[0].start)
              if item.stop <= phrase[0].start and is_russian_region(item.key)
              and (not stems or _of_kind(item.key, stems, tools))]
    return max(before, key=lambda item: item.start).key if before else None


MISSION_WORDS = frozenset({"посольство", "генконсульство", "консульство"})
# «в Посольстве Российской Федерации в КНР»: the mission's word and the country after it
MISSION_NAMED = re.compile(r"(?<![\w-])(?:[Пп]осольств|[Гг]енконсульств|[Кк]онсульств)\w*\s+")
MISSION_REACH = 40  # characters after the mission's word to the country it is of


def _embassy_named_before(doc: Document, phrase: Sequence[Token]) -> str | None:
    """A mission named by its bare word («Советник-посланник Посольства Андрей
    Поваляев») is the one named earlier with its country: «в Посольстве Российской
    Федерации в Китайской Народной Республике» makes the counsellor Russia's."""
    if len(phrase) != 1 or fold(phrase[0].lemma or "") not in MISSION_WORDS:
        return None
    found = None
    for match in MISSION_NAMED.finditer(doc.text, 0, phrase[0].start):
        country = next((item.key for item in entity_mentions(
            doc, match.end(), min(match.end() + MISSION_REACH, phrase[0].start))
            if item.entity.type == "GEO" and is_country_key(item.key)
            and item.start == match.end()), None)
        found = country or found
    return found


def _only_region_abroad(doc: Document) -> str | None:
    """A bare region word on a page that names no Russian region is the region abroad
    it is about: «Гагаузская автономия рассчитывает … заявила глава региона Евгения
    Гуцул»."""
    if doc.main_region is not None or any(
            is_russian_region(entity.key) or is_russian_region(entity.within or "")
            for entity in doc.entities):
        return None  # a Russian city («Гостей в Красноярске встретил …») is a place here
    return main_foreign_region(doc)


def _of_kind(key: str, stems: set[str], tools: Toolkit) -> bool:
    place = tools.gazetteer.get(key)
    names = [name.lower() for name in (place.name, *place.aliases)] if place else []
    return any(all(stem in name for stem in stems) for name in names)


def _region_abroad(doc: Document, phrase: Sequence[Token], tools: Toolkit) -> str | None:
    """A bare region word with a foreign country's adjective («губернатор этого турецкого
    региона») is the region abroad the document is about, when it is in that country."""
    countries = {place.key for token in phrase if token.pos == "ADJ"
                 for place in tools.gazetteer.adjective(token.text)
                 if is_place_key(place.key) and "-" not in place.key and place.key != "RU"}
    region = main_foreign_region(doc) if len(countries) == 1 else None
    return region if region and region.partition("-")[0] in countries else None


@lru_cache(maxsize=1)
def kind_references() -> dict[str, frozenset[str]]:
    """Kind lemma -> the other words that name the kind inside a name."""
    return {row[0]: frozenset(row[1].split() if len(row) > 1 else ())
            for row in data_rows("positions/kind_references.txt")}


def _kind_reference(doc: Document, phrase: Sequence[Token], tools: Toolkit) -> str | None:
    """A lone kind word as the of-phrase («главу партии Сергея Митрохина») refers to the
    organization of that kind the text named last before it, by a mention that begins
    with the same word or follows it («банка «Восток»», «партии «Яблоко»»), or that holds
    another word of the kind («АО «Вега»», «Vega Holding»)."""
    if len(phrase) != 1 or phrase[0].lemma not in kind_references():
        return None
    forms = kind_references()[phrase[0].lemma]
    before = [
        item for item in entity_mentions(doc, 0, phrase[0].start)
        if item.entity.type == "ORG" and item.stop <= phrase[0].start
        and (any(tools.morph.lemma(word.lower()) == phrase[0].lemma
                 for word in _first_words(doc.text, item.start, item.stop))
             or any(word.lower() in forms
                    for word in WORD.findall(doc.text[item.start:item.stop])))
    ]
    return max(before, key=lambda item: item.stop).key if before else None


COUNTRY_WORDS = frozenset({"страна"})
# a state's office that no Russian region has: its bare region word means a state abroad
FOREIGN_SERVICE_TITLES = frozenset({"министр иностранных дел"})
HOME_COUNTRY = "RU"


def _country_reference(doc: Document, phrase: Sequence[Token]) -> str | None:
    """«страны» ending the of-phrase («премьер-министр страны», «министр торговли
    страны») refers to the foreign country the text named last before it: in Russian
    news Russia named in between is seldom the one meant («… подписаны председателем
    правительства страны Эмомали Рахмоном» after a mention of Russia)."""
    if phrase[-1].lemma not in COUNTRY_WORDS or phrase[-1].feat("Number") == "Plur":
        return None
    return _foreign_country_before(doc, phrase[-1].start)


def _foreign_country_before(doc: Document, start: int) -> str | None:
    """The foreign country the text named last before `start`."""
    before = [
        item for item in entity_mentions(doc, 0, start)
        if is_place_key(item.key) and "-" not in item.key  # a country's key: «MN»
        and item.key != HOME_COUNTRY and item.stop <= start
    ]
    return max(before, key=lambda item: item.stop).key if before else None


@lru_cache(maxsize=1)
def capital_words() -> dict[str, str]:
    """Lemma -> the key of the home capital it names alone (`capital_words.tsv`)."""
    return {fold(row[0]): row[1] for row in data_rows("positions/capital_words.tsv")}


def _home_capital(doc: Document, phrase: Sequence[Token]) -> str | None:
    """A lone capital word as the of-phrase («мэр столицы Сергей Собянин») is the home
    capital, when the document names it; with an adjective («краевой столицы») or a
    place after it («столицы Монголии») it is another city."""
    if len(phrase) != 1 or phrase[0].feat("Number") == "Plur":
        return None
    key = capital_words().get(fold(phrase[0].lemma))
    return key if key is not None and doc.entity(key) is not None else None


def _first_words(text: str, start: int, stop: int) -> list[str]:
    """The first word of a mention and the word just before it (past a quote)."""
    inside = WORD.findall(text[start:stop])[:1]
    before = WORD.findall(text[max(0, start - MAX_KIND_WORD):start])[-1:]
    return inside + before


def _place_before(
    doc: Document, tokens: Sequence[Token], first: int, tools: Toolkit
) -> str | None:
    """The place a place adjective just before the title names («российский президент»,
    «подмосковного губернатора»), when the document names that place as an entity."""
    for places in _adjective_places(tokens, first, tools):
        if len(places) == 1 and doc.entity(places[0]) is not None:
            return places[0]
    return None


def _adjective_places(tokens: Sequence[Token], first: int, tools: Toolkit) -> Iterator[list[str]]:
    """The place keys of each adjective just before the title, nearest first, up to
    MAX_PLACE_ADJECTIVES and no further than the first word that is no adjective."""
    for index in range(first - 1, max(first - 1 - MAX_PLACE_ADJECTIVES, -1), -1):
        if tokens[index].pos != "ADJ":
            return
        yield [place.key for place in tools.gazetteer.adjective(tokens[index].text)]


def unnamed_place_before(
    doc: Document, tokens: Sequence[Token], first: int, tools: Toolkit
) -> bool:
    """Whether a place adjective just before the title names one place that the document
    does not name as an entity («подмосковного губернатора» on a page that names only
    Moscow): the title is of that place, so no default place is its. Russia is no such
    place: «российский губернатор» is still of the page's region."""
    for places in _adjective_places(tokens, first, tools):
        if len(places) == 1 and places[0] != HOME_COUNTRY:
            return doc.entity(places[0]) is None
    return False


POSSESSIVES = frozenset({"её", "ее", "его", "их", "своим", "своей"})
MAX_SIDE_GAP = 4  # «С китайской стороны в переговорах участвовал заместитель …»
LOCAL_SCOPES = frozenset({"region", "foreign_region", "city"})


@lru_cache(maxsize=1)
def side_words() -> frozenset[str]:
    return frozenset(row[0] for row in data_rows("positions/side_words.txt"))


def _side_of(
    doc: Document, tokens: Sequence[Token], match: TitleMatch, tools: Toolkit
) -> str | None:
    """The party a clause names just before the nominative title of its subject, when
    the title names none: «Делегацию РФ возглавит заместитель председателя
    правительства …», «Монгольскую сторону представит вице-премьер …», «С китайской
    стороны в переговорах участвовал …». The party is a place named right after the
    word for a side (`positions/side_words.txt`) or by an adjective right before it; a
    verb stands between it and the title, and no punctuation. A title in another case
    is the party's counterpart («делегация встретится с заместителем губернатора»), and
    a country says nothing of which of its regions or cities a regional title is of."""
    first = match.first
    if title_case(tokens, match) != "Nom":
        return None
    side = next((i for i in range(first - 2, max(first - 2 - MAX_SIDE_GAP, -1), -1)
                 if tokens[i].lemma in side_words()), None)
    if side is None or not any(token.pos == "VERB" for token in tokens[side + 1:first]):
        return None
    if any(not token.text.isalnum() for token in tokens[side:first]):
        return None
    after = entity_mentions(doc, tokens[side].stop, tokens[first].start)
    named = [item.entity for item in after if item.entity.type == "GEO"
             and item.start == tokens[side + 1].start]
    if not named and (after or side == 0 or tokens[side - 1].pos != "ADJ"):
        return None
    if not named:
        places = [place.key for place in tools.gazetteer.adjective(tokens[side - 1].text)]
        entity = doc.entity(places[0]) if len(places) == 1 else None
        named = [entity] if entity is not None else []
    if not named or (named[0].geo_kind == COUNTRY and match.scope in LOCAL_SCOPES):
        return None
    return named[0].key


def _delegation_of(doc: Document, tokens: Sequence[Token], first: int) -> str | None:
    """«Делегация провинции Гилян во главе с губернатором …»: the place the delegation
    is of, when the title follows «во главе с» (and perhaps «её», «своим»)."""
    if first > 0 and tokens[first - 1].text.lower() in POSSESSIVES:
        first -= 1  # «во главе с её губернатором»
    if first < 3 or [t.lemma for t in tokens[first - 3:first]] != ["в", "глава", "с"]:
        return None
    lead = next((i for i in range(first - 3, -1, -1) if tokens[i].lemma == "делегация"), None)
    if lead is None:
        return None
    named = [
        item for item in entity_mentions(doc, tokens[lead].stop, tokens[first - 3].start)
        if item.entity.type == "GEO"
    ]
    return named[0].key if named else None
