"""Stage `flows`: who supplies what to whom.

A trigger word (`data/flows/triggers.tsv`) opens a clause; its kind says where the
source and the target stand: «Санкт-Петербург поставляет в Татарстан лаки» (subject →
«в X»), «из Синьцзяна в Свердловскую область поставляются томаты» («из X» → «в Y»),
«у этой китайской компании приобретено 11 тыс. видеокамер» («у X» → the buyer),
«сушильные машины Вяземского машзавода используют на Оршанском льнокомбинате» (the
owner of the goods → «на Y»). A flow needs both ends; flows between the same two
parties are merged over the document.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from functools import lru_cache
from itertools import pairwise

from coopwatch.extract.cooperation.stage import plant_nouns
from coopwatch.extract.events.filters import cargo_nouns
from coopwatch.extract.events.parts import status
from coopwatch.extract.events.triggers import Trigger
from coopwatch.extract.figures.speaker import speaker_side
from coopwatch.extract.flows.clauses import CLAUSE_WORDS, Clause, clause_of, clause_starts
from coopwatch.extract.flows.goods import goods_heads, goods_of, measure_words, phrase_tokens
from coopwatch.extract.flows.lists import MEMBER_TAIL, list_groups, one_list
from coopwatch.extract.flows.members import (
    members_after,
    members_below,
    members_continued,
    members_gapped,
    members_in_next,
    same_kind,
)
from coopwatch.extract.flows.merge import merge
from coopwatch.extract.flows.parties import (
    ITEM_DASHES,
    an_acronym,
    country_of,
    follows_preposition,
    generic_nouns,
    inverted_subjects,
    named_parties,
    party_keys,
    referent,
)
from coopwatch.extract.flows.ranks import (
    leader_words,
    ranked_countries,
    ranked_flows,
    ranking_measure,
)
from coopwatch.extract.flows.shares import shares_after
from coopwatch.extract.flows.triggers import (
    FlowTrigger,
    flow_triggers,
    goods_words,
    named_only,
    trigger_table,
)
from coopwatch.extract.sectors.stage import sectors_of
from coopwatch.lexicon.datafiles import data_rows
from coopwatch.lexicon.folding import VOWELS, fold
from coopwatch.records import Document, Flow, Sentence, Status, Token
from coopwatch.text.attribution import passed_through
from coopwatch.text.mentions import entity_mentions
from coopwatch.text.metonymy import read_as_states
from coopwatch.text.passages import Passage
from coopwatch.text.regions import (
    clear_leader,
    is_country_key,
    is_place_key,
    is_russian_region,
    main_partner,
)
from coopwatch.text.token_tree import TokenTree
from coopwatch.tools import Toolkit

TO_PREPOSITIONS = frozenset({"в", "во", "на"})
FROM_PREPOSITIONS = frozenset({"из", "изо"})
SUBJECT_RELS = frozenset({"nsubj", "nsubj:pass"})
SELLER_PREPOSITIONS = frozenset({"у", "от"})  # «закупил у …», «получил от поставщиков …»
UNNAMED_SELLER_PREPOSITIONS = frozenset({"у"})  # «от 5 до 10 тонн» names no seller
FOR_PREPOSITIONS = frozenset({"для"})
# relative adverbs that stand for a preposition and «который»: «Китай, куда ушло…» is «в
# который», «Белоруссия, откуда завозят…» is «из которой»
RELATIVE_ADVERBS = {"куда": "в", "откуда": "из"}
WITH_PREPOSITIONS = frozenset({"с", "со"})
PHRASE_POS = frozenset({"ADJ", "DET", "NOUN", "PROPN", "NUM", "X"})
QUOTES = frozenset("«»\"'„“”")
NOMINATIVE = frozenset({"Nom"})
SUBJECT_LIKE = frozenset({"Nom", "Acc"})  # the parser often reads a subject as an object
ACCUSATIVE = frozenset({"Acc"})
STATUS_OF: dict[Status, Status] = {"ongoing": "done"}
PRODUCER_REACH = 1500
NOUN_CLIMB = 3  # a noun trigger, the nouns above it, and their verb
BRING_IN = frozenset({"ввезти", "ввозить", "завезти", "завозить"})
# «импортируют крупу в Узбекистан», no importer named: the place the goods go into
# receives («Брянская область импортирует в Беларуси технику» buys there)
IMPORT_INTO = frozenset({"импортировать"})
# verbs of taking goods out: a subject that takes them «из X» with no place they go to
# named is their receiver
TAKE_OUT = frozenset({"вывезти", "вывозить"})
# verbs of bringing goods here: with no receiver named, the document's region receives
BRING = frozenset({"привезти", "привозить"})
# participles of making: the place they name is where the goods come from
MAKING = frozenset({"произвести", "производить", "заготовить", "заготавливать", "выпустить",
                    "выпускать", "вырастить", "выращивать", "добыть", "добывать",
                    "изготовить", "изготавливать", "произведенный", "заготовленный",
                    "выпущенный", "выращенный", "добытый", "изготовленный"})
LINKING_VERBS = frozenset({"являться", "составлять", "стать", "становиться", "оставаться",
                           "остаться", "выступать", "выступить"})
PREDICATE_RELS = frozenset({"root", "xcomp", "appos"})  # a noun said of its subject
ORG = frozenset({"ORG"})
PARTIES = frozenset({"ORG", "GEO"})
NAME_REACH = 200  # characters: how far before a trigger an organization's name may begin
MIN_LISTED = 2  # receivers of one list
LAST_WORD = re.compile(r"(\w+)\s*$")
RANK_REACH = 2  # passages from a supply to a ranking that goes on with it (one between)


@lru_cache(maxsize=1)
def not_goods() -> frozenset[str]:
    """Nouns a supply verb may take that are never goods (`data/flows/not_goods.txt`)."""
    return frozenset(fold(row[0]) for row in data_rows("flows/not_goods.txt"))


def extract(doc: Document, tools: Toolkit) -> Document:
    """Fill `doc.flows`."""
    reading = doc.replace(main_region=_adjective_region(doc, tools) or _home_region(doc))
    found: list[Flow] = []
    last: list[Flow] = []  # the flows of the last passage that gave any
    since = 0  # passages read since that one
    before: Passage | None = None
    for passage in reading.passages:
        own = [_by_region(flow, tools, reading)
               for flow in _passage_flows(reading, passage, tools, found)]
        if not own:
            # «Объем экспорта области составил … Наибольшие объемы пришлись на Турцию»
            own = shares_after(reading, passage, before)
        before = passage
        if not own and since <= RANK_REACH:
            # «На втором месте – Япония, на третьем – Турция» after a supply to China
            own = ranked_flows(reading, passage, last, found)
        if not own and not found:
            # «На первом месте по поставкам находится Китай, далее идут Казахстан…» on a
            # page that has told of no supply yet
            own = _ranked_by_measure(reading, passage, tools)
        found += own
        last, since = (own, 1) if own else (last, since + 1)
    found = [_as_states(_local_end_at_home(flow, reading, tools), doc) for flow in found]
    return doc.replace(flows=tuple(merge(
        [flow for flow in found if _distinct(flow.source, flow.target, tools)])))


def _as_states(flow: Flow, doc: Document) -> Flow:
    """«Москва передала Белоруссии 25 тысяч тонн пшеницы»: Russia to Belarus
    (`text.metonymy`)."""
    source, target = read_as_states(doc, flow.source, flow.target, flow.evidence)
    return replace(flow, source=source, target=target)


def _local_end_at_home(flow: Flow, doc: Document, tools: Toolkit) -> Flow:
    """A trade abroad whose home end is a place the gazetteer does not know, on a page
    on a Russian region: a station, a plant's site or a village of that region («со
    станции Бирюлинская отправлено … угля в Китай», «уголь из Казахстана на Рефтинскую
    ГРЭС») stands for the region, as the flow is the region's trade."""
    home = doc.main_region
    if home is None or not is_russian_region(home) or not _named_near(doc, home, flow):
        return flow
    if _unknown_place(flow.source, tools) and _abroad(flow.target, doc, tools):
        return replace(flow, source=home)
    if _unknown_place(flow.target, tools) and _abroad(flow.source, doc, tools):
        return replace(flow, target=home)
    return flow


HOME_REACH = 800  # characters before a flow's evidence within which its region is named


def _named_near(doc: Document, key: str, flow: Flow) -> bool:
    """Whether the region is named more than once, once in the flow's evidence or
    shortly before it (not only in the page's headlines of other stories)."""
    entity = doc.entity(key)
    if entity is None or not flow.evidence or len(entity.mentions) < 2:
        return False
    start, stop = flow.evidence[0].start, flow.evidence[-1].stop
    return any(start - HOME_REACH <= mention.start < stop for mention in entity.mentions)


def _unknown_place(key: str, tools: Toolkit) -> bool:
    return key.startswith("geo:") and tools.gazetteer.get(key) is None


def _abroad(key: str, doc: Document, tools: Toolkit) -> bool:
    return is_place_key(key) and not key.startswith("geo:") and country_of(
        key, doc, tools) not in (None, "RU")


BUYING = frozenset({"import", "import_noun", "bought", "buyer"})


def _ranked_by_measure(doc: Document, passage: Passage, tools: Toolkit) -> list[Flow]:
    """A ranking that names what it ranks by, with no supply read before it to go on
    with: the countries it ranks buy from the page's side («по поставкам», «среди
    стран-импортёров»), or sell to it («по импорту», «среди поставщиков»)."""
    found = ranking_measure(passage)
    if found is None:
        return []
    way, index = found
    flows = []
    sectors = sectors_of(passage.tokens)
    for key in ranked_countries(doc, passage):
        source, target = ((_sender_home(doc, key, tools), key) if way == "export"
                          else (key, _home(doc, key, tools)))
        if source and target and _distinct(source, target, tools):
            flows.append(Flow(source=source, target=target, sectors=sectors,
                              status=_status(passage, FlowTrigger(index, way, False)),
                              evidence=(passage.span,)))
    return flows


def _partner_of_regions(doc: Document, targets: Sequence[str]) -> str | None:
    """The country abroad a text on no Russian region is about, as the sender of a
    supply into two or more Russian regions it lists with no sender named: «набирают
    обороты поставки в Омскую, Томскую и Новосибирскую области» in a text on Belarus."""
    regions = [key for key in targets if is_russian_region(key)]
    if len(regions) < MIN_LISTED or doc.main_region is not None:
        return None
    partner = main_partner(doc)
    return partner if partner and is_country_key(partner) and partner != "RU" else None


# kinds whose missing receivers, or senders, a list under a heading may give
SENDING = frozenset({"export", "noun", "passive", "arrive", "buyer"})
RECEIVING = frozenset({"import", "import_noun", "bought", "supplier"})
EARLIER_SENDERS = 2


def _members_below(doc: Document, passage: Passage, clause: Clause) -> list[str]:
    """The places listed in the lines under a heading whose last clause holds the trigger
    («Основные покупатели:», «Куда отправилась продукция:»)."""
    if clause.high < len(clause.tokens):
        return []
    return members_below(doc, passage, doc.passages)


def _earlier_senders(earlier: Sequence[Flow], members: Sequence[str]) -> list[str]:
    """The senders of the flows read so far, one or two and none of them listed: a
    list under a heading that names no sender goes on with the text's supply
    («Экспорт рыбы с Сахалина и Приморья вырос. Куда отправилась продукция: …»)."""
    senders = list(dict.fromkeys(flow.source for flow in earlier))
    if not 0 < len(senders) <= EARLIER_SENDERS or set(senders) & set(members):
        return []
    return senders


def _one_origin(earlier: Sequence[Flow], targets: Sequence[str],
                firms: bool = False) -> str | None:
    """The one source of every flow read so far: a buyer named with no seller in a text on
    one supplier's sales («Египет лидирует по закупкам пшеницы» after «закупкам российского
    зерна») buys from it; with `firms`, a company too is such a sender."""
    origins = {flow.source for flow in earlier}
    if len(origins) != 1:
        return None
    origin = next(iter(origins))
    if origin in targets or not all(is_country_key(key) for key in targets) or not (
            is_country_key(origin) or (firms and origin.startswith("org:"))):
        return None
    return origin


def _by_region(flow: Flow, tools: Toolkit, doc: Document | None = None) -> Flow:
    """A flow between regions and countries: a city stands for its region («из Перми
    отправили лес в Сирию», «экспорт из Астрахани в Иран»), and so does a district the
    page places in one («из Ивановского района Амурской области»)."""
    return replace(flow, source=_region_of(flow.source, tools, doc),
                   target=_region_of(flow.target, tools, doc))


def _region_of(key: str, tools: Toolkit, doc: Document | None = None) -> str:
    entity = doc.entity(key) if doc is not None and key.startswith("geo:") else None
    if entity is not None and entity.within and tools.gazetteer.get(key) is None and (
            is_place_key(entity.within)):
        return entity.within
    place = tools.gazetteer.get(key)
    if place is None or place.geo_kind != "city":
        return key
    regions = [around for around in tools.gazetteer.enclosing(key)
               if (found := tools.gazetteer.get(around)) and found.geo_kind == "region"]
    return regions[0] if regions else key


# a place opening a line and followed by a date: «МОСКВА, 7 ноя - РИА Новости»,
# «Москва. 1 сентября. INTERFAX.RU», «КАЗАНЬ, 10 июня. /ТАСС/»
DATELINE_TAIL = re.compile(r"\s*[,.]\s*\d")


def _home_region(doc: Document) -> str | None:
    """The document's region, unless it is named only in datelines (where the news
    agency filed a report on two countries is no side of their trade) or only as the
    place goods pass through («в Россию через пункты пропуска Краснодарского края»)."""
    region = doc.main_region
    entity = doc.entity(region) if region else None
    if entity is None or not entity.mentions:
        return region
    if all(_a_dateline(doc.text, m.start, m.stop) or passed_through(doc.text, m.start)
           for m in entity.mentions):
        return None
    return region


ADJECTIVE_REGION_MENTIONS = 2  # «белгородские аграрии… белгородского мяса»
NAMED_TYPES = frozenset({"ORG", "GEO"})  # an adjective inside a name is counted as the name


def _adjective_region(doc: Document, tools: Toolkit) -> str | None:
    """A Russian region the page never names but calls by its adjective at least twice,
    and twice as often as any other region is named or called: «Белгородские
    сельхозпроизводители … белгородским аграриям … белгородского мяса … опередив
    Ставропольский край» is a page on Belgorod oblast's exports."""
    counts: Counter[str] = Counter({entity.key: len(entity.mentions) for entity in doc.entities
                                    if is_russian_region(entity.key)})
    named = set(counts)
    for passage in doc.passages:
        for token in passage.tokens:
            if token.pos == "ADJ" and not _inside_name(doc, token, NAMED_TYPES):
                counts.update({place.key for place in tools.gazetteer.adjective(token.text)
                               if is_russian_region(place.key) and place.geo_kind == "region"})
    leader = clear_leader(counts)
    return leader if leader and leader not in named and (
        counts[leader] >= ADJECTIVE_REGION_MENTIONS) else None


# what stands before the agency on a dateline: «Москва. 2 ноября. », «КАЗАНЬ, 10 июня /»
DATELINE_HEAD = re.compile(r"[А-ЯЁA-Z][\w-]*(?:[ -][\w-]+)?\s*[,.]\s*\d{1,2}\s+[а-яё]+\.?"
                           r"\s*[./,]?\s*")
AGENCY_TAIL = re.compile(r"\s*[-—–/]")


def _an_agency(doc: Document, key: str) -> bool:
    """An organization named only right after a dateline, before its dash: «Москва. 2
    ноября. INTERFAX.RU - Турция вышла…» credits the news agency, no party."""
    entity = doc.entity(key)
    if entity is None or entity.type != "ORG" or not entity.mentions:
        return False
    text = doc.text
    return all(DATELINE_HEAD.fullmatch(text, text.rfind("\n", 0, m.start) + 1, m.start)
               and AGENCY_TAIL.match(text, m.stop) for m in entity.mentions)


def _a_dateline(text: str, start: int, stop: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip() and bool(DATELINE_TAIL.match(text, stop))


def _passage_flows(doc: Document, passage: Passage, tools: Toolkit,
                   earlier: Sequence[Flow] = ()) -> Iterator[Flow]:
    found = [trigger for trigger in flow_triggers(passage.tokens)
             if not _inside_name(doc, passage.tokens[trigger.index])]
    starts = clause_starts(passage.tokens)
    own: list[Flow] = []  # the passage's flows so far, for a counter supply after them
    for trigger in found:
        clause = clause_of(passage.tokens, starts, found, trigger.index)
        for flow in _read(doc, passage, clause, trigger, tools, earlier, own):
            own.append(flow)
            yield flow


PLACE_OR_PERSON = frozenset({"GEO", "PER"})
PLACES = frozenset({"GEO"})


# verbs of receiving that also tell a harvest or an output: a supply only from someone
# the sentence names
HARVEST_VERBS = frozenset({"получить", "получать"})
FROM_WORDS = FROM_PREPOSITIONS | SELLER_PREPOSITIONS | {"оттуда"}


def _inside_name(doc: Document, token: Token, types: frozenset[str] = ORG) -> bool:
    """A word inside the name of an entity of these types: a trigger inside an
    organization's name («Центр поддержки экспорта»), an object inside a party's."""
    return any(
        item.entity.type in types and item.start <= token.start and token.stop <= item.stop
        for item in entity_mentions(doc, max(0, token.start - NAME_REACH), token.stop + NAME_REACH)
    )


def _read(
    doc: Document, passage: Passage, clause: Clause, trigger: FlowTrigger, tools: Toolkit,
    earlier: Sequence[Flow] = (), own: Sequence[Flow] = (),
) -> Iterator[Flow]:
    if _banned(passage.tokens, trigger.index) or _negated(passage.tokens, trigger.index) or (
            _line_of_work(passage.tokens, trigger.index)) or (
            trigger.kind in INWARD and _consumers(passage.tokens, trigger.index)):
        # «Москва запретила ввозить помидоры», «мы не сможем импортировать нефтепродукты
        # из Китая»: a supply banned or denied is none
        return
    sources, targets, heads = _ends(doc, passage, clause, trigger, tools)
    if not sources and fold(passage.tokens[trigger.index].lemma or "") in HARVEST_VERBS and not any(
            token.text.lower() in FROM_WORDS for token in clause.tokens[clause.low:clause.high]):
        return  # «аграрии планируют получить 1650 тыс. тонн сои»: a harvest, from no one
    so_far = [*earlier, *own]
    returned = not (sources or targets) and trigger.kind in INWARD and bool(so_far) and (
        _in_return(passage.tokens))
    if returned:
        # «Беларусь планирует поставлять в регион технику. Взамен импортировать зерно»:
        # the one who supplied before buys in return
        sources, targets = [so_far[-1].target], [so_far[-1].source]
    # a union named as its countries («страны ЕАЭС — Россия и Казахстан») is no one end
    blocs = _blocs(doc, passage.tokens)
    sources = [key for key in sources if key not in blocs]
    targets = [key for key in targets if key not in blocs]
    # a place or a person is never the goods («БАКУ /Trend/ - … было поставлено»)
    heads = [i for i in heads if not _inside_name(doc, clause.tokens[i], PLACE_OR_PERSON)]
    if passage.tokens[trigger.index].pos == "NOUN" and _a_field(passage.tokens, trigger):
        # «в сфере экспорта предложили китайским партнёрам …»: a field frames the
        # sentence; its ends are only those named inside the supply noun's own phrase
        inside = _keys_in_phrase(doc, passage.tokens, trigger.index)
        sources = [key for key in sources if key in inside]
        targets = [key for key in targets if key in inside]
    if trigger.kind == "make" and not (sources and targets):
        return  # making is a supply only to a customer named with its maker
    if trigger.kind == "mutual":
        sources, targets = _counter_ends(doc, clause, own, tools) or (sources, targets)
    elif set(sources) & set(targets):
        sources, targets = _one_side_each(doc, passage, sources, targets)
    if not targets and trigger.kind in OUT_KINDS | {"arrive"}:  # «в 12 стран: Египет, …»
        targets = _plural_members(doc, passage, clause, tools)
        if targets and not sources:
            sources = _list_source(doc, targets[0], tools)
    sources, targets = _there(clause, trigger, own, sources, targets)
    if not targets and len(sources) == 1 and trigger.kind in OUT_KINDS and _said_there(
            clause) and _named_before_there(doc, clause, sources[0]):
        # «Лидером по объему поставок стал Китай — туда отгрузили 1,23 млн тонн»: the
        # parser hangs the place «туда» stands for on the verb as its subject
        sources, targets = [], sources
    if not targets and trigger.kind in OUT_KINDS | {"arrive"} and _said_there(clause):
        # «Самые крупные поставки направили в Казахстан. Туда было экспортировано 52 тыс.
        # т пшеницы»: where the sentence before sent them
        targets = _listed(_destination_before(doc, passage, tools))
    if not sources and targets and (trigger.kind in BUYING or (
            trigger.kind == "noun" and doc.main_region is None)):
        # «Объём экспорта электроэнергии в Киргизию составил…» after the company's supply
        # to Kazakhstan, on a page on no Russian region: the one sender so far
        sources = _listed(_one_origin(earlier, targets, firms=trigger.kind == "noun"))
    below = _members_below(doc, passage, clause)
    if below and not targets and trigger.kind in SENDING:
        # «Куда отправилась продукция:» over lines «Китай — 916 партий», «Корея — 229…»
        targets = below
        sources = sources or _list_source(doc, below[0], tools) or _earlier_senders(
            earlier, below)
    elif below and not sources and trigger.kind in RECEIVING:  # «Импорт из:», «Поставщики:»
        sources = below
        targets = targets or _listed(_home(doc, below[0], tools))
    if targets and clause.high == len(clause.tokens):
        # «…закупила Россия — 2,3 тыс. тонн. В Турцию — 538,8 тонны, Узбекистан — …»
        targets = list(dict.fromkeys(targets + [
            key for key in members_continued(doc, passage, doc.passages)
            if same_kind(targets[0], key) and key not in sources]))
    gapped: dict[str, tuple[str, ...]] = {}  # receivers told with no verb: their goods
    if targets and trigger.kind in SENDING:
        # «В Саратовскую область поставили 13 тонн свеклы, в Северную Осетию – 1,2 тонны
        # чеснока»
        gapped = {key: goods for key, goods in _gapped_receivers(doc, passage, clause,
                                                                targets, tools)
                  if key not in sources and key not in targets}
        targets = targets + list(gapped)
    tokens = passage.tokens
    # members of one list after the trigger are never both ends: the parser may take one
    # of the receivers for the subject («поставки в Сибирь, …, Уральский округа»)
    lists = list_groups(doc, tokens[clause.index].stop, tokens[clause.high - 1].stop)
    if trigger.kind in OUTWARD | {"passive", "arrive"} and all(
            key in targets or any(one_list(lists, key, other) for other in targets)
            for key in sources):
        # no sender but, maybe, a listed receiver the parser took for the subject
        sources = _listed(_partner_of_regions(doc, targets)) or sources
    goods_tokens = [tokens[i] for head in heads for i in range(max(0, head - 3), head + 1)]
    # goods named, or measured in units only goods are counted in («— 30 тысяч тонн»)
    named_goods = _goods_like(goods_tokens) or _measured(tokens, trigger.index, clause.high) or (
        trigger.kind == "passive" and _a_volume(tokens, heads))
    if trigger.weak and not named_goods:
        return
    if heads and all(fold(tokens[i].lemma or tokens[i].text) in not_goods() for i in heads):
        return  # «речь идёт о поставках», «делегация направляется в Минск»
    if named_goods and not (sources and targets):
        sources, targets = _our_end(doc, passage, trigger, sources, targets, tools)
    if named_goods and not (sources and targets) and fold(
            tokens[trigger.index].lemma or "") not in named_only() and not _a_field(
            tokens, trigger) and not (
            _a_topic(tokens, trigger.index)) and not (
            not targets and _unnamed_destination(doc, clause, tools)) and not (
            not (sources or targets) and _both_ways(tokens, trigger.index)) and not (
            not (sources or targets) and _cargo_subject(tokens, trigger.index)) and not (
            not (sources or targets) and _spread_within(doc, tokens, trigger.index)) and not (
            not (sources or targets) and trigger.kind in INWARD
            and _unnamed_seller(doc, clause, tools)):
        sides = trigger
        told = _told_direction(doc, trigger, sources, targets, [*earlier, *own])
        if told is not None:
            # «Беларусь нарастит поставки техники в Смоленскую область. … Традиционно это
            # вопросы поставки машиностроительной техники»: the way supplies went before
            sources, targets = [told[0]], [told[1]]
        if trigger.kind in INWARD and not (sources or targets) and _people_subject(
                tokens, trigger.index):
            # «зарубежные партнёры закупают мясо», «представители делегации
            # заинтересованы в закупке»: unnamed people buy — the visitors abroad
            sides = replace(trigger, kind="export")
        sources, targets = _document_sides(doc, sides, sources, targets, tools,
                                           tokens[trigger.index].start)
    sectors = sectors_of(goods_tokens) or sectors_of(tokens[clause.low:clause.high])
    flow_status = _status(passage, trigger)
    if returned and passage.tokens[trigger.index].feat("VerbForm") == "Inf":
        flow_status = so_far[-1].status  # «Взамен импортировать»: what «планирует» said
    # «в пять раз больше томатов, чем за тот же период»: a time is no goods, nor a word
    # of supplying («Поставки отправлялись в Беларусь»), nor a percent, nor a volume or a
    # part of goods named before («Остальные объёмы», «остальная часть»)
    goods = goods_of(tokens, [i for i in heads if fold(tokens[i].lemma or tokens[i].text)
                              not in time_nouns() | trigger_table().keys() | NAMED_NO_GOODS],
                     tools)
    for source in sources:
        for target in targets:
            if _distinct(source, target, tools) and _a_party(source, tools) and _a_party(
                target, tools
            ) and (trigger.kind == "mutual" or not one_list(lists, source, target)) and not (
                    _an_agency(doc, source) or _an_agency(doc, target)):
                yield Flow(source=source, target=target, goods=gapped.get(target) or goods,
                           sectors=sectors, status=flow_status, evidence=(passage.span,))


def _gapped_receivers(doc: Document, passage: Passage, clause: Clause, targets: list[str],
                      tools: Toolkit) -> list[tuple[str, tuple[str, ...]]]:
    """The receivers told after the clause's last one with their amounts and no verb of
    their own (`members.members_gapped`), each with the goods of its own amount («в
    Северную Осетию – 1,2 тонны чеснока»: garlic)."""
    tokens = clause.tokens
    named = [item for item in entity_mentions(doc, tokens[clause.low].start,
                                              tokens[clause.high - 1].stop)
             if item.key in targets]
    if not named:
        return []
    last = max(named, key=lambda item: item.stop)
    found = members_gapped(doc, last.stop, passage.stop, last.key)
    if not found:
        return []
    ends = [item.start for item in found[1:]] + [passage.stop]
    words = passage.tokens
    return [(item.key, goods_of(words, [i for i in range(len(words))
                                        if item.stop <= words[i].start < end
                                        and words[i].pos == "NOUN"][-1:], tools))
            for item, end in zip(found, ends, strict=True)]


def _one_side_each(doc: Document, passage: Passage, sources: list[str], targets: list[str]
                   ) -> tuple[list[str], list[str]]:
    """A key read as both a sender and a receiver keeps one side: a receiver when it is
    the only one, or when the text names it after another receiver («на экспорт в Китай –
    37,5 тыс. т, Республику Корея — 8,9 тыс. т. и Японию»: the parser took list members
    for senders); else a sender («молдавские фрукты экспортируются в РФ»)."""
    shared = set(sources) & set(targets)
    if not set(targets) - shared:  # «компании из РФ передали Зимбабве»: it receives
        return [key for key in sources if key not in shared], targets
    first_at: dict[str, int] = {}
    for item in entity_mentions(doc, passage.start, passage.stop):
        first_at.setdefault(item.key, item.start)
    first_target = min((first_at[key] for key in targets
                        if key not in shared and key in first_at), default=None)
    listed = {key for key in shared if first_target is not None
              and key in first_at and first_at[key] > first_target}
    return ([key for key in sources if key not in listed],
            [key for key in targets if key not in shared - listed])


def _keys_in_phrase(doc: Document, tokens: Sequence[Token], index: int) -> set[str]:
    """The keys of the entities named in the phrase a word heads."""
    inside = TokenTree(tokens).subtree_at(index)
    low, high = min(inside), max(inside)
    return {item.key for item in entity_mentions(doc, tokens[low].start, tokens[high].stop)}


FROM_THERE = frozenset({"оттуда"})
TO_THERE = frozenset({"туда"})


def _there(clause: Clause, trigger: FlowTrigger, own: Sequence[Flow], sources: list[str],
           targets: list[str]) -> tuple[list[str], list[str]]:
    """«оттуда», «туда» point at the far end of the supply the sentence named before:
    «экспортирует в Беларусь цемент, а импортирует оттуда молоко» buys from Belarus; a
    verb joined to that supply's with no end of its own trades with the same partner."""
    if not own:
        return sources, targets
    tokens = clause.tokens
    tree = TokenTree(tokens)
    words = {fold(tokens[i].text) for i in tree.children_at(clause.index,
                                                            frozenset({"advmod"}))}
    # a verb sharing its subject with the supply before names the same partner
    # («Татарстан поставляет в Китай каучук, а закупает оборудование»)
    joined = _shared_subject(tokens, clause.index) is not None
    last = own[-1]
    if not (sources or targets) and _backwards(clause):
        # «поставляются зерно и лес, в обратном направлении идут фрукты»
        return [last.target], [last.source]
    if not sources and trigger.kind in INWARD and (
            words & FROM_THERE or (joined and last.source in targets)):
        return [last.target], targets
    if not targets and trigger.kind in OUTWARD and (
            words & TO_THERE or (joined and last.target in sources)):
        return sources, [last.target if words & TO_THERE else last.source]
    return sources, targets


def _named_before_there(doc: Document, clause: Clause, key: str) -> bool:
    """Whether the place is named in the clause only before a dash that precedes
    «туда» and the trigger."""
    tokens = clause.tokens
    dashes = [i for i in range(clause.low, clause.index) if tokens[i].text in ASIDE_DASHES]
    if not dashes:
        return False
    found = {item.key for item in entity_mentions(doc, tokens[clause.low].start,
                                                  tokens[dashes[-1]].start)}
    after = {item.key for item in entity_mentions(doc, tokens[dashes[-1]].stop,
                                                  tokens[clause.high - 1].stop)}
    return key in found and key not in after


def _said_there(clause: Clause) -> bool:
    """Whether «туда» modifies the trigger."""
    tree = TokenTree(clause.tokens)
    return any(fold(clause.tokens[i].text) in TO_THERE
               for i in tree.children_at(clause.index, frozenset({"advmod"})))


def _destination_before(doc: Document, passage: Passage, tools: Toolkit) -> str | None:
    """The last place the sentence before names after «в», «во» or «на»; else the one
    country abroad it names («…рассказала на Совете регионов России и Узбекистана.
    Предприятия области отправляют туда стройматериалы»)."""
    earlier = [item for item in doc.passages if item.stop <= passage.start]
    if not earlier:
        return None
    before = max(earlier, key=lambda item: item.stop)
    tokens = before.tokens
    for index in range(len(tokens) - 1, 0, -1):
        # the place itself after the preposition (and its adjectives: «в соседний
        # Казахстан»), not one a phrase names («на Совете регионов России и Узбекистана»)
        head = next((i for i in range(index, len(tokens)) if tokens[i].pos != "ADJ"), index)
        if tokens[index - 1].text.lower() in TO_PREPOSITIONS and _inside_name(
                doc, tokens[head], PLACES):
            keys = party_keys(doc, _phrase_after(tokens, index - 1, len(tokens)), tools)
            if keys and is_place_key(keys[0]):
                return keys[0]
    abroad = {item.key for item in entity_mentions(doc, before.start, before.stop)
              if item.entity.type == "GEO" and is_country_key(item.key) and item.key != "RU"}
    return abroad.pop() if len(abroad) == 1 else None


BACK_WORDS = frozenset({"обратно"})
BACK_ADJECTIVES = frozenset({"обратный", "встречный"})  # «в обратном направлении»


def _backwards(clause: Clause) -> bool:
    """Goods that go the other way: «обратно», «в обратном (встречном) направлении»."""
    tokens = clause.tokens
    return any(fold(tokens[i].lemma or tokens[i].text) in BACK_WORDS or (
        fold(tokens[i].lemma or "") in BACK_ADJECTIVES and i + 1 < clause.high
        and fold(tokens[i + 1].lemma or "") == "направление")
        for i in range(clause.low, clause.high))


def _ends(
    doc: Document, passage: Passage, clause: Clause, trigger: FlowTrigger, tools: Toolkit
) -> tuple[list[str], list[str], list[int]]:
    """Sources, targets and goods head nouns, by the trigger's kind."""
    tokens, index = clause.tokens, clause.index
    tree = TokenTree(tokens)
    if trigger.kind == "export":
        carried = _goods_as_subject(doc, clause)
        sources = [] if carried else _subject(doc, clause, tools, inverted=True)
        if sources:  # the receiver may open the clause: «В Узбекистан поставляет … завод»
            targets = _targets(doc, clause, tools, either_side=True)
            taken_from = _from_party(doc, clause, tools) if not targets and fold(
                tokens[index].lemma or "") in TAKE_OUT else None
            if taken_from and taken_from not in sources:
                # «Китай вывез из Кузбасса 100 000 кубометров»: the subject takes them
                return [taken_from], sources, _objects(doc, clause)
            objects = _objects(doc, clause)
            sent_from = _from_party(doc, clause, tools) if _a_vehicle_sent(
                clause, objects) else None
            if sent_from and sent_from not in sources:
                # «РЖД Логистика отправило контейнерный поезд из Челябинска в Индию»: the
                # carrier sends the train, the goods leave from the place it sets out from
                sources = [sent_from]
            return sources, _all_targets(doc, clause, targets, tools), objects
        # no supplier named as the subject: «из X в Y будут поставлять зерно», or the
        # goods say where they are made («производимой в X продукции экспортируют в Y»)
        heads = _objects(doc, clause) or [i for child in carried
                                          for i in goods_heads(tokens, child)]
        source = _from_party(doc, clause, tools) or _made_in(doc, tokens, heads, tools)
        targets = _targets(doc, clause, tools, either_side=True)
        if source is None and targets:
            # «Более 500 фур узбекских дынь привезли в Россию»: the goods' adjective
            source = _home_goods(doc, _goods_origin(doc, tokens, heads, tools), targets[0], tools)
            source = None if source in targets else source
        if source and not targets and fold(tokens[index].lemma or "") in BRING:
            # «овощи привозили из Казахстана, Киргизии»: brought here from abroad
            targets = _home_receiver(doc, source, tools)
        return (_with_list(doc, clause, source, tools), _all_targets(doc, clause, targets, tools),
                heads)
    if trigger.kind == "import":
        # a weak verb («получила статус») may take no goods: buyers are read for strong ones
        buyer = None if trigger.weak else _subject_origin(doc, clause, tools)
        if buyer is not None:  # «закупили компании из Казахстана»: they buy, from «у X»
            seller = _prep_party(doc, clause, SELLER_PREPOSITIONS, tools)  # or from here
            return _listed(seller or _home(doc, buyer, tools)), [buyer], _objects(doc, clause)
        source = _prep_party(doc, clause, FROM_PREPOSITIONS | SELLER_PREPOSITIONS, tools)
        lemma = fold(tokens[index].lemma or "")
        if source is None and lemma in BRING_IN | IMPORT_INTO:
            # «Турция ввезла в регион товары»: bringing into a place, the subject supplies
            bringers = _subject(doc, clause, tools, inverted=True)
            into = _prep_party(doc, clause, TO_PREPOSITIONS, tools, direction=True) if (
                lemma in BRING_IN or not bringers) else None
            if into is not None:
                return bringers, _with_list(doc, clause, into, tools), _objects(doc, clause)
        located = source is None  # «импортирует в Беларуси технику»: where it buys
        if located:
            source = _located_party(doc, clause, tools)
        heads = _objects(doc, clause)
        if source is None:  # «закупить технику Минского тракторного завода»: its maker,
            # or the origin an adjective of the goods names («закупил узбекское сырьё»)
            source = _maker(doc, tokens, heads) or _goods_origin(doc, tokens, heads, tools)
        # «импортировала товары из Китая (45%), Германии (12%) и Италии»: each listed origin
        buyers = _subject(doc, clause, tools, inverted=True)
        if buyers:  # «Беларусь приобрела 15 518 тонн, Казахстан – 6 277 тонн»
            buyers += [key for key in _dashed_items(doc, clause, "Nom", tools)
                       if same_kind(buyers[0], key) and key not in buyers]
        origin = (_maker(doc, tokens, heads) or _goods_origin(doc, tokens, heads, tools)) if (
            located and not buyers and source is not None) else None
        if origin is not None and source is not None and origin != source and tokens[
                index].feat("Person") == "3" and (
                tokens[index].feat("Number") == "Plur"):
            # «Продукцию омских заводов покупают в Казахстане»: no one named buys, so the
            # place is the buyers', and the goods come from where they are made
            return [origin], [source], heads
        if not buyers and lemma in BRING_IN | IMPORT_INTO:
            # «овощи, которые ввезли в Омскую область из Узбекистана»: no one named brings
            # them in, the place they are brought into receives (with the places listed
            # after it: «импортируют алтайскую крупу в Узбекистан (5,5 тыс. тонн), Грузию»)
            buyers = _with_list(doc, clause,
                                _prep_party(doc, clause, TO_PREPOSITIONS, tools, direction=True),
                                tools)
        if source is None and buyers and not is_russian_region(doc.main_region or ""):
            # «Больше всего закупил Казахстан» on a page on Tajikistan's exports: it sells
            source = _page_country(doc, buyers, tools)
        return _all_sources(doc, clause, source, tools), buyers, heads
    if trigger.kind == "bought":
        source = _prep_party(doc, clause, FROM_PREPOSITIONS | SELLER_PREPOSITIONS, tools)
        # «в Россию из КНР завезено 62 тонны овощей»: the place they were brought into
        receivers = _targets(doc, clause, tools, either_side=True)
        return (_all_sources(doc, clause, source, tools), receivers or _listed(doc.main_region),
                _subjects(tokens, index))
    if trigger.kind in {"passive", "arrive"}:
        source = _from_party(doc, clause, tools)
        targets = _targets(doc, clause, tools, either_side=True)
        if trigger.kind == "arrive" and source is None and targets == [doc.main_region]:
            # «к нам приходят грузы с индийским чаем»: from the goods' origin
            source = _goods_origin(doc, tokens, _subjects(tokens, index), tools)
        if trigger.kind == "arrive" and source is None and targets:
            # «продукция Гомельской области идёт в Россию», «производимая в X продукция»
            # «значительная часть алтайской муки идёт в Казахстан»: the goods' adjective
            heads = _subjects(tokens, index)
            source = _made_in(doc, tokens, heads, tools) or _maker(doc, tokens, heads) or (
                _goods_origin(doc, tokens, heads, tools))
        if source is None and targets:
            # «уголь отправлялся в Корею» after a paragraph on the port: its shipper
            source = _producer(doc, passage.start, targets[0], tools,
                               at_home=trigger.kind == "arrive")
        if trigger.kind in {"passive", "arrive"} and source is None and targets:
            # «70% леса, заготовленного в крае, вывезено в Китай»: where the goods were
            # made, else the document's region when the receiver is abroad; «Поставки
            # отправлялись в Беларусь, Казахстан…»: the supplies are the region's too
            heads = _subjects(tokens, index)
            # no subject parsed («Больше всего зерна было экспортировано в …», the
            # quantifier hung apart): the words before the verb in its clause
            said = [tokens[i] for head in heads for i in tree.subtree_at(head)] or (
                clause.left())
            if _goods_like(said) or _a_volume(tokens, heads) or (
                    trigger.kind == "arrive" and any(
                        trigger_table().get(fold(token.lemma or "")) == ("noun", False)
                        for token in said[:1])):
                source = _made_in(doc, tokens, heads, tools) or _goods_origin(
                    doc, tokens, heads, tools) or _maker(doc, tokens, heads, firms_in_any_case=True) or (
                    _sender_home(doc, targets[0], tools))
        if trigger.kind == "passive" and source and not targets and tokens[index].rel in {
                "amod", "acl"}:
            # «Казахстан занял первое место по объёму вывозимых из области товаров»: a
            # participle's goods with their source named, the clause's subject receives
            targets = [key for key in _subject(doc, clause, tools) if key != source][:1]
        if source and not targets:  # «вся продукция поступала из Казахстана»: to here
            targets = _home_receiver(doc, source, tools)
        return (_all_sources(doc, clause, source, tools), _all_targets(doc, clause, targets, tools),
                _subjects(tokens, index))
    if trigger.kind == "use":
        return _used(doc, clause, tools)
    if trigger.kind == "make":
        return _made_for(doc, clause, tools)
    if trigger.kind == "supplier":
        return _supplier_ends(doc, clause, tools)
    if trigger.kind == "buyer":
        return _buyer_ends(doc, clause, tools)
    if trigger.kind == "mutual":
        return _mutual_ends(doc, clause, tools)
    return _noun_ends(doc, clause, trigger, tools)


MARKET_PREPOSITIONS = frozenset({"в", "во", "на", "за"})


@lru_cache(maxsize=1)
def market_nouns() -> frozenset[str]:
    """Nouns of destinations that are no party (`data/flows/market_nouns.txt`)."""
    return frozenset(fold(row[0]) for row in data_rows("flows/market_nouns.txt"))


@lru_cache(maxsize=1)
def scope_nouns() -> frozenset[str]:
    """Nouns of the spread of a supply's receivers (`data/flows/scope_nouns.txt`)."""
    return frozenset(fold(row[0]) for row in data_rows("flows/scope_nouns.txt"))


def _unnamed_destination(doc: Document, clause: Clause, tools: Toolkit) -> bool:
    """Whether the clause sends the goods somewhere it names as no party: «поставки
    продукции в третьи страны», «экспорт на внешние рынки», «вывоз за рубеж»."""
    return _unnamed_destination_end(doc, clause, tools) is not None


def _unnamed_destination_end(doc: Document, clause: Clause, tools: Toolkit) -> int | None:
    """Where the first destination named as no party ends: the offset after its phrase."""
    tokens = clause.tokens
    for index in range(clause.index + 1, clause.high):
        if tokens[index].text.lower() not in MARKET_PREPOSITIONS:
            continue
        phrase = _phrase_after(tokens, index, clause.high)
        if _a_market_phrase(phrase, tokens[index].text.lower()) and (
                _a_group_of_countries(phrase) or not party_keys(doc, phrase, tools)):
            return phrase[-1].stop
    return None


def _plural_members(doc: Document, passage: Passage, clause: Clause,
                    tools: Toolkit) -> list[str]:
    """The places a plural destination stands for, listed after it in its sentence or at
    the start of the next: «направляют в 12 стран. Это Египет, Турция…»."""
    end = _unnamed_destination_end(doc, clause, tools)
    if end is None:
        return []
    return members_after(doc, end, passage.stop) or members_in_next(
        doc, passage, doc.passages)


def _list_source(doc: Document, target: str, tools: Toolkit) -> list[str]:
    """Who sends goods to the members of a list when the clause names no sender: the
    document's region, else the one Russian region its headline names."""
    if country_of(target, doc, tools) in (None, "RU") and not is_russian_region(target):
        return []
    region = doc.main_region or _headline_region(doc)
    return [region] if region and region != target else []


def _headline_region(doc: Document) -> str | None:
    """The one Russian region the first line names: «Порты Кубани отгрузили…»."""
    line_end = doc.text.find("\n")
    stop = line_end if line_end >= 0 else len(doc.text)
    regions = {item.key for item in entity_mentions(doc, 0, stop)
               if item.entity.type == "GEO" and is_russian_region(item.key)}
    return next(iter(regions)) if len(regions) == 1 else None


# Words that point back at a party named before («в эту страну», «на данный рынок»)
POINTING_WORDS = frozenset({"этот", "данный", "тот", "наш", "такой"})


def _blocs(doc: Document, tokens: Sequence[Token]) -> set[str]:
    """The organizations and the parts of the world named right after a market noun in
    the plural: «страны ЕАЭС», «государства ШОС», «страны Центральной Азии» are their
    members, no single party."""
    found: set[str] = set()
    for token, after in pairwise(tokens):
        if fold(token.lemma or "") in market_nouns() and token.feat("Number") == "Plur":
            found |= {item.key for item in entity_mentions(doc, after.start, tokens[-1].stop)
                      if item.start == after.start and (item.entity.type == "ORG" or (
                          item.entity.type == "GEO" and not is_place_key(item.key)))}
    return found


def _a_group_of_countries(phrase: Sequence[Token]) -> bool:
    """A phrase headed by a market noun in the plural: «в 22 страны Арабского мира», «в
    страны Евросоюза» send to countries the text does not name, not to the part of the
    world or the union in the genitive."""
    nouns = [n for n, token in enumerate(phrase) if token.pos in {"NOUN", "PROPN"}]
    if not nouns or fold(phrase[nouns[0]].lemma or "") not in market_nouns():
        return False
    counted = any(token.pos == "NUM" for token in phrase[:nouns[0]])  # «в 22 страны»
    return counted or phrase[nouns[0]].feat("Number") == "Plur"


def _a_market_phrase(phrase: Sequence[Token], preposition: str) -> bool:
    """A destination named as no party: a market noun in the plural or with an adjective
    of its own («в третьи страны», «на внешний рынок»), never one pointing back at a
    party («в эту страну»), or counted («в 52 страны», a genitive singular after the
    number); «рубеж» only as «за рубеж» («выйти на рубеж» is a milestone)."""
    lemmas = {fold(token.lemma or token.text) for token in phrase}
    if lemmas & POINTING_WORDS:
        return False
    for token in phrase:
        lemma = fold(token.lemma or "")
        if token.pos != "NOUN" or lemma not in market_nouns():
            continue
        if lemma == "рубеж":
            return preposition == "за"
        if lemma == "зарубежье" or token.feat("Number") == "Plur" or any(
                other.pos in {"ADJ", "NUM"} for other in phrase):
            return True
    return False


OUT_KINDS = frozenset({"export", "noun", "passive"})
IN_KINDS = frozenset({"import", "import_noun", "bought"})


def _both_ways(tokens: Sequence[Token], index: int) -> bool:
    """A supply joined by «и» to one the other way: «экспорт и импорт продукции»,
    «ввоз и вывоз товаров» name trade as a topic, with no direction of its own; the
    parser may hang both on the first member of a longer list."""
    tree = TokenTree(tokens)
    kind = _direction(tokens[index])
    if kind is None or tree.children_at(index, frozenset({"obj"})):
        return False  # a verb with goods of its own: «экспортирует цемент, а ввозит молоко»
    joined = list(tree.children_at(index, frozenset({"conj"})))
    head = tree.head_at(index)
    if tokens[index].rel == "conj" and head is not None:
        # the head and the other members hung on it: «обсуждали туризм, экспорт и импорт»
        joined += [head, *tree.children_at(head, frozenset({"conj"}))]
    return any(_direction(tokens[i]) not in (None, kind) for i in joined)


def _direction(token: Token) -> str | None:
    """«out» or «in» for a flow trigger's lemma, else None."""
    entry = trigger_table().get(fold(token.lemma or token.text))
    if entry is None:
        return None
    if entry[0] in OUT_KINDS:
        return "out"
    return "in" if entry[0] in IN_KINDS else None


def _people_subject(tokens: Sequence[Token], index: int) -> bool:
    """Whether the trigger, or a word it hangs from, has people for its subject
    (партнёры, представители, чиновники) rather than a named party. A conjunct climbs to
    the first of its list for free («заинтересованы в приобретении оборудования,
    увеличении объема закупок продовольствия»)."""
    tree = TokenTree(tokens)
    at: int | None = index
    for _ in range(NOUN_CLIMB + 1):  # and the word of wanting over them
        while at is not None and tokens[at].rel == "conj":
            at = tree.head_at(at)
        if at is None:
            return False
        for child in tree.children_at(at, frozenset({"nsubj"})):
            return tokens[child].pos == "NOUN" and tokens[child].feat("Animacy") == "Anim" and (
                not _ours(tokens, child))
        at = tree.head_at(at)
    return False


OURS = frozenset({"наш"})


def _ours(tokens: Sequence[Token], index: int) -> bool:
    """People the speaker calls his own («наши бизнесмены»): the home side, not visitors."""
    tree = TokenTree(tokens)
    return any(fold(tokens[i].lemma or "") in OURS
               for i in tree.children_at(index, frozenset({"det", "amod"})))


OUTWARD = frozenset({"export", "noun"})
INWARD = frozenset({"import", "import_noun", "bought"})
WE = frozenset({"мы"})


def _our_end(doc: Document, passage: Passage, trigger: FlowTrigger, sources: list[str],
             targets: list[str], tools: Toolkit) -> tuple[list[str], list[str]]:
    """The end a quoted speaker from abroad names as «мы», «наш регион», «наш экспорт»:
    «И мы готовы обеспечивать поставки мяса», said by the governor of an Iranian
    province in a text on Astrakhan, sends from his province, not from Astrakhan. The
    other end is left to the document's sides."""
    if trigger.kind not in OUTWARD | INWARD or not doc.positions or not _we_said(
            passage.tokens, trigger.index):
        return sources, targets  # with no positions read, no speaker has a side
    side = speaker_side(doc, Sentence(passage.start, passage.stop, ""), tools)
    if side is None or tools.gazetteer.country(side) in (None, "RU"):
        return sources, targets
    if trigger.kind in OUTWARD and not sources and side not in targets:
        return [side], targets
    if trigger.kind in INWARD and not targets and side not in sources:
        return sources, [side]
    return sources, targets


def _we_said(tokens: Sequence[Token], index: int) -> bool:
    """The trigger, or the verb it hangs from, has «мы» or a phrase with «наш» for its
    subject, or the trigger noun has «наш» of its own («наш экспорт»)."""
    tree = TokenTree(tokens)
    if _ours(tokens, index):
        return True
    for at in _governors(tokens, index):
        for child in tree.children_at(at, frozenset({"nsubj"})):
            if fold(tokens[child].lemma or "") in WE or _ours(tokens, child):
                return True
    return False


def _document_sides(
    doc: Document, trigger: FlowTrigger, sources: list[str], targets: list[str],
    tools: Toolkit, at: int,
) -> tuple[list[str], list[str]]:
    """A supply of named goods with an end left unnamed («Дагестан стабильно поставляет
    рыбу», «экспорт молочной продукции в республику») runs between the document's two
    sides: its Russian region and its partner abroad. With no end named, the trigger's
    direction decides; with one named, the other end is the side across the border from
    it («Монголия является поставщиком материалов» in a text on Irkutsk's visit)."""
    home, partner = doc.main_region, _partner_so_far(doc, at, tools)
    if partner is None and targets and not sources and _home(doc, targets[0], tools):
        # no one partner abroad: a receiver abroad gets the goods from the document's
        # region («в ОАЭ отправили мясо», «Китай, в который отправили…»)
        return _listed(_home(doc, targets[0], tools)), targets
    if partner is None or (home is None and not (sources or targets)):
        return _between_regions(doc, sources, targets)
    if not sources and not targets and home is not None:
        if trigger.kind in OUTWARD:
            return [home], [partner]
        if trigger.kind in INWARD:
            return [partner], [home]
        return sources, targets
    if sources and not targets:
        return sources, _listed(_across(doc, sources[0], home, partner, tools))
    if targets and not sources:
        return _listed(_across(doc, targets[0], home, partner, tools)), targets
    return sources, targets


def _told_direction(doc: Document, trigger: FlowTrigger, sources: list[str],
                    targets: list[str], before: Sequence[Flow]) -> tuple[str, str] | None:
    """A supply noun with no end named, after flows across the border that all went one
    way (from abroad into Russia, or out of it): that way between the document's region
    and its partner (a bare «поставки» says no direction of its own)."""
    partner = main_partner(doc)
    if trigger.kind != "noun" or sources or targets or doc.main_region is None or (
            partner is None or partner.startswith("RU")):
        return None
    ways = {flow.source.startswith("RU") for flow in before
            if flow.source.startswith("RU") != flow.target.startswith("RU")}
    if len(ways) != 1:
        return None
    return (doc.main_region, partner) if ways.pop() else (partner, doc.main_region)


def _partner_so_far(doc: Document, at: int, tools: Toolkit) -> str | None:
    """The document's partner abroad as the reader knows it at a point: a region abroad
    first named only later gives way to its country named before («в Монголию» early,
    the aimag only in the last paragraph)."""
    partner = main_partner(doc)
    country = country_of(partner, doc, tools) if partner else None
    if partner and country and country != partner and _mentions(doc, partner) == 1 and (
            _mentions(doc, country) > 1):
        return country  # a region abroad named once in a text on its country
    if partner is None or _first_mention(doc, partner) < at:
        return partner
    if country and country != partner and _first_mention(doc, country) < at:
        return country
    return partner


def _mentions(doc: Document, key: str) -> int:
    entity = doc.entity(key)
    return len(entity.mentions) if entity else 0


def _first_mention(doc: Document, key: str) -> int:
    entity = doc.entity(key)
    starts = [mention.start for mention in entity.mentions] if entity else []
    return min(starts, default=len(doc.text))


def _between_regions(doc: Document, sources: list[str],
                     targets: list[str]) -> tuple[list[str], list[str]]:
    """In a text on two Russian regions and no one abroad, a supply with one end named
    runs to or from the other region («поставки морепродуктов в Алтайский край» in a
    text on Primorye and Altai Krai). In a text on more of them, it runs to or from the
    page's own region («В Саратовскую область поставили 13 тонн свеклы» in a text on
    Stavropol's vegetables sent round the country)."""
    regions = [entity.key for entity in doc.entities
               if entity.type == "GEO" and entity.mentions and is_place_key(entity.key)
               and entity.key != "RU"]
    if not all(is_russian_region(key) for key in regions):
        return sources, targets
    home = doc.main_region
    if len(regions) > 2 and home in regions:
        if sources and not targets and sources[0] in regions and sources[0] != home:
            return sources, [home]
        if targets and not sources and targets[0] in regions and targets[0] != home:
            return [home], targets
        return sources, targets
    if len(regions) != 2:
        return sources, targets
    if sources and not targets and sources[0] in regions:
        return sources, [key for key in regions if key != sources[0]]
    if targets and not sources and targets[0] in regions:
        return [key for key in regions if key != targets[0]], targets
    return sources, targets


def _across(doc: Document, key: str, home: str | None, partner: str,
            tools: Toolkit) -> str | None:
    """The document's side across the border from a party: the partner abroad for a
    party in Russia, the home region for a party abroad when that region is Russian
    («зерно отправлялось в Грузию» in a text on Kursk and Armenia), else only for a
    party in the partner's country."""
    country = country_of(key, doc, tools)
    abroad = country_of(partner, doc, tools)
    if country is None or abroad in (None, "RU"):
        return None
    if country == "RU":
        return partner
    return home if country == abroad or (home and is_russian_region(home)) else None


FIELD_WORDS = frozenset({"область", "сфера", "часть", "направление"})  # after «в», «по»
EXPERIENCE_WORDS = frozenset({"опыт"})


def _a_field(tokens: Sequence[Token], trigger: FlowTrigger) -> bool:
    """A supply named as a field of activity, not as one that happens: «опыт … в области
    производства и поставок продукции», «сотрудничество в сфере поставок»; a field word
    counts after a preposition only («Свердловская область поставляет» is a region)."""
    if _end_of_a_range(tokens, trigger.index) or _joined_to_a_field(tokens, trigger.index):
        return True
    low = max(0, trigger.index - 4)
    for i in range(low, trigger.index):
        word = fold(tokens[i].lemma or tokens[i].text)
        after_preposition = i > 0 and tokens[i - 1].pos == "ADP"
        if word in EXPERIENCE_WORDS or (word in FIELD_WORDS and after_preposition):
            return True
    return False


FIELD_CLIMB = 4  # conjuncts walked up from a supply noun to the first of its list


def _joined_to_a_field(tokens: Sequence[Token], index: int) -> bool:
    """A supply noun closing a list of fields that opens after a field word: «сотрудничество
    в сфере энергетики, транспорта и поставок зерна», «в области IT и поставке мебели»."""
    tree = TokenTree(tokens)
    at = index
    for _ in range(FIELD_CLIMB):
        if tokens[at].rel != "conj":
            return False
        head = tree.head_at(at)
        if head is None:
            return False
        if _a_field_word(tokens, head) or (
                tokens[head].rel == "nmod" and (up := tree.head_at(head)) is not None
                and _a_field_word(tokens, up)):
            return True
        at = head
    return False


def _a_field_word(tokens: Sequence[Token], index: int) -> bool:
    """«сфере», «области» right after a preposition."""
    return index > 0 and tokens[index - 1].pos == "ADP" and fold(
        tokens[index].lemma or tokens[index].text) in FIELD_WORDS


RANGE_REACH = 8  # words between «от» and the «до» of a range of fields


def _end_of_a_range(tokens: Sequence[Token], index: int) -> bool:
    """A supply that closes a range of fields: «от машиностроения до поставок зерна»."""
    before = index - 1
    if before < 1 or fold(tokens[before].text) != "до":
        return False
    return any(fold(tokens[i].text) == "от" and tokens[i].pos == "ADP"
               for i in range(max(0, before - RANGE_REACH), before))


def _listed(key: str | None) -> list[str]:
    return [key] if key else []


def _subject(
    doc: Document, clause: Clause, tools: Toolkit, inverted: bool = False
) -> list[str]:
    """The supplier or buyer: the syntactic subject, else a nominative party on the left;
    with `inverted` (a verb), else one named after the verb. A regulator that reports the
    supply («сообщает управление Россельхознадзора») is none: the ends are looked for
    as if no subject were named."""
    return [key for key in _subject_keys(doc, clause, tools, inverted)
            if _a_party(key, tools) and not _an_agency(doc, key)]


def _subject_keys(
    doc: Document, clause: Clause, tools: Toolkit, inverted: bool = False
) -> list[str]:
    tokens = clause.tokens
    tree = TokenTree(tokens)
    for head in _governors(tokens, clause.index):
        if head != clause.index:  # «предприятиям разрешили поставлять»: who is let supply
            for child in tree.children_at(head, frozenset({"iobj"})):
                keys = party_keys(doc, [tokens[i] for i in tree.subtree_at(child)], tools)
                if keys:
                    return keys
        subjects = tree.children_at(head, frozenset({"nsubj", "nsubj:pass"}))
        # two subjects parsed for one phrase («Российский экспортер … АО «Компания»
        # поставил»): the one with a name before one with an adjective only
        subjects = sorted(subjects, key=lambda child: not named_parties(
            doc, [tokens[i] for i in tree.subtree_at(child)], NOMINATIVE)) if len(
            subjects) > 1 else subjects
        for child in subjects:
            if fold(tokens[child].lemma or "") in PLURAL_PRONOUNS:  # «аграриям …: они начали»
                keys = _plural_antecedent(doc, tokens, child, tools)
                if keys:
                    return keys
            if fold(tokens[child].lemma or "") in RELATIVE:  # «Китай, который закупил…»
                keys = party_keys(doc, _antecedent(tokens, child), tools)
                if keys:
                    return keys
            if clause.low <= child < clause.high or _across_its_clause(tokens, child, clause):
                keys = party_keys(doc, [tokens[i] for i in _without_relative(tokens, child, head)],
                                  tools, NOMINATIVE)
                if keys:
                    return list(dict.fromkeys(keys + _joined_subjects(doc, tokens, child)))
    shared = next((found for head in _governors(tokens, clause.index)
                   if (found := _shared_subject(tokens, head)) is not None), None)
    if shared is not None:  # «область экспортирует цемент, а импортирует молоко»
        keys = party_keys(doc, [tokens[i] for i in _without_relative(tokens, shared)], tools,
                          NOMINATIVE)
        if keys:
            return keys
    for cases in (NOMINATIVE, SUBJECT_LIKE):
        kept = _words_in_cases(clause.left(), cases)
        # a subject never stands in a prepositional phrase («из Армении в край везут»)
        left = [token for token in kept if not follows_preposition(kept, token.start)]
        keys = party_keys(doc, left, tools, cases)
        if keys:
            return keys
    if inverted or _object_of_subjectless(tokens, clause.index):
        # «нарастил закупки Алжир»: the subject after the verb and its supply noun
        return inverted_subjects(doc, clause.right(), tools)
    return []


PLURAL_PRONOUNS = frozenset({"они"})


def _plural_antecedent(doc: Document, tokens: Sequence[Token], pronoun: int,
                       tools: Toolkit) -> list[str]:
    """The party of the nearest plural noun before «они» in its sentence that a place
    names: «белгородским аграриям удалось открыть рынок Вьетнама: в эту страну они
    начали поставлять свинину» — the Belgorod farmers supply, not Vietnam."""
    tree = TokenTree(tokens)
    for at in range(pronoun - 1, -1, -1):
        token = tokens[at]
        if token.pos != "NOUN" or token.feat("Number") != "Plur":
            continue
        # the noun with its adjectives and a genitive owner («представители Китая»)
        kept = {at, *tree.children_at(at, frozenset({"amod"}))}
        for owner in tree.children_at(at, frozenset({"nmod"})):
            if tokens[owner].feat("Case") == "Gen":
                kept |= set(tree.subtree_at(owner))
        keys = party_keys(doc, [tokens[i] for i in sorted(kept)], tools)
        if keys:
            return keys[:1]
    return []


def _shared_subject(tokens: Sequence[Token], index: int) -> int | None:
    """The subject a verb with none of its own shares with the verb it is joined to:
    «Брянская область экспортирует цемент, а импортирует оттуда молоко»."""
    tree = TokenTree(tokens)
    head = tree.head_at(index)
    if tokens[index].pos != "VERB" or tokens[index].rel != "conj" or head is None or (
            tokens[head].pos != "VERB") or tree.children_at(index, frozenset({"nsubj"})):
        return None
    subjects = tree.children_at(head, frozenset({"nsubj"}))
    return subjects[0] if subjects else None


def _joined_subjects(doc: Document, tokens: Sequence[Token], index: int) -> list[str]:
    """Names joined to a subject by «и» whatever case the tagger gives them: an
    indeclinable name after a participle's phrase («вошли Саудовская Аравия, увеличившая
    ввоз зерна, и Бангладеш») is read as a genitive."""
    tree = TokenTree(tokens)
    keys: list[str] = []
    for child in tree.children_at(index, frozenset({"conj"})):
        if tokens[child].pos == "PROPN":
            keys += [item.key for item in named_parties(doc, [tokens[child]])
                     if item.entity.type == "GEO" and is_place_key(item.key)]
    return keys


def _goods_as_subject(doc: Document, clause: Clause) -> list[int]:
    """Goods the parser took for the subject of an active verb of supply that has no
    subject of its own: «Белорусские тракторы поставят в Курскую область» (no one named
    supplies them). Goods supply nothing: an inanimate goods phrase that names no party is
    the verb's object."""
    tokens, index = clause.tokens, clause.index
    tree = TokenTree(tokens)
    if tree.children_at(index, frozenset({"obj"})):
        return []
    found = []
    for child in tree.children_at(index, frozenset({"nsubj"})):
        phrase = [tokens[i] for i in tree.subtree_at(child)]
        if tokens[child].pos == "NOUN" and tokens[child].feat("Animacy") != "Anim" and (
                _goods_like(phrase[phrase.index(tokens[child]):])) and not named_parties(
                doc, phrase) and referent(doc, tokens[child]) is None:
            found.append(child)
    return found


def _object_of_subjectless(tokens: Sequence[Token], index: int) -> bool:
    """A supply noun that is the object of a verb with no subject parsed."""
    tree = TokenTree(tokens)
    head = tree.head_at(index)
    return (tokens[index].pos == "NOUN" and tokens[index].rel == "obj" and head is not None
            and tokens[head].pos == "VERB"
            and not tree.children_at(head, frozenset({"nsubj", "nsubj:pass"})))


def _words_in_cases(tokens: Sequence[Token], cases: frozenset[str]) -> list[Token]:
    """The words in these cases or in none, less the preposition of a phrase of time left
    out: it would stand before the name after it («в этом году Загорский завод
    поставил…»)."""
    kept = [token for token in tokens if token.feat("Case") in (None, *cases)]
    ids = {token.id for token in kept}
    tree = TokenTree(tokens)
    return [token for token in kept if not (
        token.pos == "ADP" and token.head_id not in ids
        and (head := tree.head(token)) is not None and fold(head.lemma or "") in time_nouns())]


RELATIVE = frozenset({"который"})


ASIDE_DASHES = frozenset({"–", "—", "-"})


def _without_relative(tokens: Sequence[Token], index: int, verb: int | None = None) -> list[int]:
    """A phrase without the relative clauses hung on it: «регион, который ведёт с
    Монголией торговлю» is the region, not Mongolia. With `verb`, only the words on the
    subject's side of its verb: a subject does not reach over it, so a name after the
    verb that the parser hung on the subject («ОАО "БелАЗ" поставил … для предприятия
    "Кузбассразрезуголь"») is not part of it."""
    tree = TokenTree(tokens)
    inside = set(tree.subtree_at(index))
    for i in sorted(inside):
        if tokens[i].rel == "acl:relcl" and i != index:
            inside -= set(tree.subtree_at(i))
    if verb is not None:
        inside = {i for i in inside if (i < verb) == (index < verb)}
    # nor an aside between two dashes: «Амурская область – как основной аграрный регион
    # Дальнего Востока – поставляет» is the Amur Oblast alone
    dashes = [i for i in range(index + 1, max(inside) + 2 if inside else index + 1)
              if i < len(tokens) and tokens[i].text in ASIDE_DASHES]
    if len(dashes) >= 2:
        inside -= set(range(dashes[0], dashes[1] + 1))
    # nor over another clause's verb: «страны ЕАЭС — Россия и Казахстан, сообщил на
    # брифинге в пресс-центре Sputnik заведующий … Туратбек Идрисов», where the parser hung
    # the speaker's name on the subject
    stop = next((i for i in range(index + 1, len(tokens))
                 if i not in inside and _a_finite_verb(tokens[i])), len(tokens))
    return sorted(i for i in inside if i < stop)


def _across_its_clause(tokens: Sequence[Token], child: int, clause: Clause) -> bool:
    """A subject left of the clause with only its own relative clause between: «регион,
    который ведёт с Монголией торговлю, экспортировал корма»."""
    tree = TokenTree(tokens)
    if child >= clause.low:
        return False
    own = set(tree.subtree_at(child))
    return any(tokens[i].rel == "acl:relcl" for i in own) and all(
        i in own or tokens[i].pos == "PUNCT" for i in range(child + 1, clause.low))


def _antecedent(tokens: Sequence[Token], index: int) -> list[Token]:
    """The noun phrase a relative pronoun stands for: the noun its clause hangs from,
    without the clause («Китай, который закупил…», «Китай, в который отправили…»)."""
    tree = TokenTree(tokens)
    at = index
    for _ in range(NOUN_CLIMB):
        head = tree.head_at(at)
        if head is None:
            return []
        if tokens[at].rel == "acl:relcl":
            inside = set(tree.subtree_at(head)) - set(tree.subtree_at(at))
            return [tokens[i] for i in sorted(inside) if i < at]
        at = head
    return []


def _subject_origin(doc: Document, clause: Clause, tools: Toolkit) -> str | None:
    """Where the subject of a buying verb comes from, «из X» right after its noun
    («закупили компании из Казахстана»): X buys, it does not sell."""
    tokens = clause.tokens
    tree = TokenTree(tokens)
    for child in tree.children_at(clause.index, frozenset({"nsubj"})):
        after = child + 1
        if (clause.low <= child and after < clause.high
                and tokens[child].pos in {"NOUN", "PROPN"}
                and not _inside_name(doc, tokens[child], PARTIES)
                and tokens[after].text.lower() in FROM_PREPOSITIONS):
            keys = party_keys(doc, _phrase_after(tokens, after, clause.high), tools)
            if keys:
                return keys[0]
    return None


CLIMBING = frozenset({"NOUN", "NUM"})
CLIMBING_RELATIONS = frozenset({"obj", "nmod", "obl", "xcomp", "conj"})


def _governors(tokens: Sequence[Token], index: int) -> list[int]:
    """The trigger and the words it hangs from as a complement («готовы поставлять»);
    a noun trigger, from its verb, through up to two nouns above it («рассчитывает
    нарастить поставки», «второе место по объёмам экспорта в Китай занимает край»)."""
    chain = [index]
    tree = TokenTree(tokens)
    at = index
    for _ in range(NOUN_CLIMB):
        # «является одним из поставщиков», «одним из инвесторов и поставщиком»: a number
        # word or a conjunct passes its verb on as a noun does
        if tokens[at].pos not in CLIMBING or tokens[at].rel not in CLIMBING_RELATIONS:
            break
        head = tree.head_at(at)
        if head is None:
            break
        if tokens[head].pos == "VERB":
            chain.append(head)
            break
        at = head
    while tokens[chain[-1]].rel in {"xcomp", "csubj"} and (
            (up := tree.head_at(chain[-1])) is not None):
        chain.append(up)
    return chain


def _targets(
    doc: Document, clause: Clause, tools: Toolkit, either_side: bool = False
) -> list[str]:
    """The receiver: «в/на X» (accusative, or any case right of the verb), a dative
    party, or «для нужд X»."""
    listed = _listed_after_relative(doc, clause)
    if listed:
        return listed
    found = _prep_party(doc, clause, TO_PREPOSITIONS, tools, either_side=either_side,
                        direction=True)
    if found is None:
        found = _dative_party(doc, clause, tools)
    if found is None:  # «отправлена в адрес получателей из Нидерландов»
        found = next((keys[0] for i in range(clause.low, clause.high)
                      if i != clause.index and _buyers_home(clause.tokens, i)
                      and (keys := party_keys(doc, _phrase_after(clause.tokens, i, clause.high),
                                              tools))), None)
    if found is None and _to_us(clause):  # «к нам приходят грузы»: the document's region
        found = doc.main_region
    if found is not None:
        return _russian_regions_listed(doc, clause, found, tools) or [
            found, *_listed_after_party(doc, clause, found, tools)]
    listed = _destinations_after_mark(doc, clause)
    if listed:
        return listed
    found = _prep_party(doc, clause, FOR_PREPOSITIONS, tools, either_side=either_side)
    return _listed(found)


def _listed_after_relative(doc: Document, clause: Clause) -> list[str]:
    """The countries a dash lists after a clause that «куда» opens on a plural market
    noun: «Среди стран, куда экспортируется курганская пшеница, – Казахстан, Иран»."""
    tokens = clause.tokens
    adverb = next((i for i in range(clause.low, clause.index)
                   if tokens[i].text.lower() == "куда"), None)
    if adverb is None or not _a_group_of_countries(
            [token for token in _antecedent(tokens, adverb) if token.pos != "ADP"]):
        return []
    mark = next((i for i in range(clause.index + 1, len(tokens))
                 if tokens[i].text in DESTINATION_MARKS or tokens[i].text == "."), None)
    # the relative clause ends at a comma before the mark, or at a dash alone («куда
    # поставляется рыба из Хабаровского края – Япония, Республика Корея»)
    if mark is None or tokens[mark].text == "." or (
            tokens[mark - 1].text != "," and tokens[mark].text == ":"):
        return []
    return _countries_from(doc, tokens, mark)


DESTINATION_MARKS = frozenset({":", "—", "–", "-"})
MARK_REACH = 3  # words between a supply word and the mark that opens its destinations
FIRST_GAP = re.compile(r"\s*(?:(?:в|во|на)\s+)?$")
LIST_WORDS = frozenset({"PUNCT", "NOUN", "PROPN", "ADJ", "DET", "NUM"})


def _destinations_after_mark(doc: Document, clause: Clause) -> list[str]:
    """The countries a colon or a dash right after a supply word opens: «на экспорт: в
    Китай, Монголию», «направления экспорта — Китай, Корея и Япония». Each listed
    country is a receiver; a list with anything but places in it is no such list."""
    tokens = clause.tokens
    mark = _mark_after(tokens, clause.index)
    if mark is None:
        return []
    # «— страны Азиатско-Тихоокеанского региона: Китай, …»: a colon may follow a phrase
    # that names the kind of the places
    for at in (mark, _mark_after(tokens, mark, frozenset({":"}), EXPLAINED_REACH)):
        found = _countries_from(doc, tokens, at) if at is not None else []
        if found:
            return found
    return []


EXPLAINED_REACH = 6  # words of a phrase between a dash and the colon after it


def _mark_after(tokens: Sequence[Token], index: int, marks: frozenset[str] = DESTINATION_MARKS,
                reach: int = MARK_REACH) -> int | None:
    """A colon or a dash within a few nouns and adjectives after a word."""
    for at in range(index + 1, min(len(tokens), index + reach + 2)):
        if tokens[at].text in marks:
            return at
        if tokens[at].pos not in LIST_WORDS or tokens[at].text in {",", "."}:
            return None
    return None


def _countries_from(doc: Document, tokens: Sequence[Token], mark: int) -> list[str]:
    """The countries listed right after a mark, up to the first gap no list has."""
    places = [item for item in entity_mentions(doc, tokens[mark].stop, tokens[-1].stop)
              if item.entity.type == "GEO" and is_place_key(item.key)]
    if not places or not is_country_key(places[0].key) or not FIRST_GAP.fullmatch(
            doc.text[tokens[mark].stop:places[0].start]):
        return []
    found = [places[0].key]
    for before, item in pairwise(places):
        if not LIST_GAP.fullmatch(doc.text[before.stop:item.start]) or not same_kind(
                places[0].key, item.key):
            break
        found.append(item.key)
    return list(dict.fromkeys(found))


# what may stand between two receivers of one list: «в Китай, Монголию и Азербайджан»,
# «в Южную Корею (17,9%), на Тайвань (15,4%)», «Китай — 120 млн долларов, Монголия — 20 млн
# долларов», «в порты Японии, Республики Корея и Китая»,
# a lower-case adjective before a member («в Китай и соседнюю Монголию»), «не только в
# Китай, но и в Индию»
LIST_GAP = re.compile(rf"\s*{MEMBER_TAIL}?\s*(?:,|\bи\b|;|,?\s*(?:но|а)\s+(?:и|также)\b)\s*"
                      r"(?:(?:в|во|на)\s+)?"
                      r"(?:[а-яё]+(?:ую|юю|ой|ей|ий|ый|ая|яя|ые|ие|ых|их)\s+)?\s*$")


def _all_sources(doc: Document, clause: Clause, first: str | None,
                 tools: Toolkit) -> list[str]:
    """The source and its list, and the further «из X» of its kind the clause names, each
    with its own goods: «ввезено 700 т яблок из Новой Зеландии, 80 т винограда из ЮАР и
    80 т манго из Вьетнама»."""
    found = _with_list(doc, clause, first, tools)
    if first is None:
        return found
    found += [key for key in _ends_after(doc, clause, FROM_PREPOSITIONS, tools)
              + _dashed_items(doc, clause, "Gen", tools) if same_kind(first, key)]
    return list(dict.fromkeys(found))


ITEM_NAME_WORDS = 4  # the most words a list item's name takes before its dash


def _dashed_items(doc: Document, clause: Clause, case: str, tools: Toolkit) -> list[str]:
    """Countries opening the items of a list before a dash, their preposition left out
    and its case kept: «из Узбекистана поступило 200 тонн капусты, Китая – 152 тонны
    мандаринов, Таджикистана – 19 тонн винограда»."""
    tokens = clause.tokens
    keys: list[str] = []
    for index in range(clause.low, clause.high - 2):
        if tokens[index].text != ",":
            continue
        reach = range(index + 2, min(index + 2 + ITEM_NAME_WORDS, clause.high))
        dash = next((at for at in reach if tokens[at].text in ITEM_DASHES), None)
        if dash is None:
            continue
        phrase = list(tokens[index + 1:dash])
        nouns = [token for token in phrase if token.pos in ("NOUN", "PROPN")]
        if nouns and (nouns[0].feat("Case") == case or (case == "Acc" and any(
                "accs" in parse.tag for parse in tools.morph.parse(nouns[0].text.lower())))):
            # «Казахстан» tagged nominative may be the accusative
            keys += [key for key in party_keys(doc, phrase, tools) if is_country_key(key)][:1]
    return keys


def _all_targets(doc: Document, clause: Clause, found: list[str], tools: Toolkit) -> list[str]:
    """The receivers and the further countries «в X» (accusative) the clause names, each
    with its own amount: «в Германию направлено 5 тыс. тонн рыбы из Приморья, во Францию и
    во Вьетнам — по 1 тыс. тонн»."""
    if not found or not is_country_key(found[0]):
        return found
    more = [key for key in _ends_after(doc, clause, TO_PREPOSITIONS, tools, accusative=True)
            + _dashed_items(doc, clause, "Acc", tools) if is_country_key(key)]
    # each with the countries listed right after it («а остальная часть — в Грузию, ОАЭ,
    # Беларусь и Украину»)
    more = [listed for key in more if key not in found
            for listed in (key, *_listed_after_party(doc, clause, key, tools))]
    return list(dict.fromkeys(found + more))


def _ends_after(doc: Document, clause: Clause, prepositions: frozenset[str], tools: Toolkit,
                *, accusative: bool = False) -> list[str]:
    """The first party after each of these prepositions in the clause, the trigger's own
    apart; with `accusative`, only after a phrase in the accusative («в Германию»)."""
    tokens = clause.tokens
    keys: list[str] = []
    for index in range(clause.low, clause.high):
        if tokens[index].text.lower() in prepositions and index != clause.index:
            phrase = _phrase_after(tokens, index, clause.high)
            if not accusative or (phrase and _accusative(phrase)):
                keys += party_keys(doc, phrase, tools)[:1]
    return keys


def _with_list(doc: Document, clause: Clause, first: str | None,
               tools: Toolkit) -> list[str]:
    """A party and the parties of its kind listed right after it: «из Приморья и
    Сахалина», «в Китай, Монголию и Азербайджан»."""
    return [first, *_listed_after_party(doc, clause, first, tools)] if first else []


def _and_listed(doc: Document, clause: Clause, keys: list[str], tools: Toolkit) -> list[str]:
    """The keys found, with those listed right after the first of them (a list the parse
    broke: «Китай (27%), Киргизия (16%), Казахстан (14%)»)."""
    return list(dict.fromkeys([*keys, *_listed_after_party(doc, clause, keys[0], tools)]))


def _listed_after_party(doc: Document, clause: Clause, first: str,
                        tools: Toolkit) -> list[str]:
    """The countries listed right after a country, or the Russian regions right after a
    Russian region: each of them is an end of the flow too. A city stands for its region
    in the list («в Москву, Омск, Якутск»), as it does for a flow's ends."""
    kind = _region_of(first, tools, doc)
    if not (is_country_key(kind) or is_russian_region(kind)):
        return []
    tokens = clause.tokens
    low, high = tokens[clause.low].start, tokens[-1].stop  # a list may run past the clause
    places = [(item, _region_of(item.key, tools, doc)) for item in entity_mentions(doc, low, high)
              if item.entity.type == "GEO"]
    places = [(item, key) for item, key in places if is_place_key(key) or item.key == first]
    at = next((n for n, (item, _) in enumerate(places) if item.key == first), None)
    if at is None:
        return []
    found: list[str] = []
    for (before, _), (item, key) in zip(places[at:], places[at + 1:], strict=False):
        if not LIST_GAP.fullmatch(doc.text[before.stop:item.start]) or not same_kind(kind, key):
            break
        found.append(key)
    return [key for key in dict.fromkeys(found) if key not in (first, kind)]


def _russian_regions_listed(doc: Document, clause: Clause, first: str,
                            tools: Toolkit) -> list[str]:
    """The Russian regions of a list a part of Russia with no region key opens: «в Сибирь,
    Уральский округ, Омскую, Томскую и Новосибирскую области» sends to the regions; the
    parts of the country between them are no ends of their own."""
    if is_place_key(first) or country_of(first, doc, tools) != "RU":
        return []
    tokens = clause.tokens
    places = [item for item in entity_mentions(doc, tokens[clause.low].start, tokens[-1].stop)
              if item.entity.type == "GEO"]
    at = next((n for n, item in enumerate(places) if item.key == first), None)
    if at is None:
        return []
    found: list[str] = []
    for before, item in zip(places[at:], places[at + 1:], strict=False):
        if not LIST_GAP.fullmatch(doc.text[before.stop:item.start]) or country_of(
                item.key, doc, tools) != "RU":
            break
        if is_russian_region(item.key):
            found.append(item.key)
    found = list(dict.fromkeys(found))
    return found if len(found) >= MIN_LISTED else []


def _to_us(clause: Clause) -> bool:
    """«к нам», «к нам в регион»: the goods come to the speaker's region."""
    tokens = clause.tokens
    return any(tokens[i].text.lower() in {"к", "ко"} and tokens[i + 1].text.lower() == "нам"
               for i in range(clause.low, min(clause.high, len(tokens)) - 1))


def _from_party(doc: Document, clause: Clause, tools: Toolkit,
                prepositions: frozenset[str] = FROM_PREPOSITIONS) -> str | None:
    """Where goods come from: «из X», else «с» with a genitive place («экспорт рыбы с
    Камчатки»; «торговля с Китаем», in the instrumental, is no origin)."""
    return _prep_party(doc, clause, prepositions, tools) or _prep_party(
        doc, clause, WITH_PREPOSITIONS, tools, case="Gen")


def _prep_party(
    doc: Document, clause: Clause, prepositions: frozenset[str], tools: Toolkit,
    either_side: bool = True, direction: bool = False, case: str | None = None,
    destination: bool = False,
) -> str | None:
    """The party of the «preposition + noun phrase» nearest the trigger; with `case`,
    only a phrase whose first noun is in that case; with `destination`, no phrase in the
    locative («поставок цемента, отмечали на форуме в Туркмении» says where, not where to)."""
    tokens = clause.tokens
    candidates = []
    for index in range(clause.low, clause.high):
        word = tokens[index].text.lower()
        adverb = RELATIVE_ADVERBS.get(word) in prepositions and case is None
        if (word not in prepositions and not adverb) or index == clause.index:
            continue
        if index < clause.index and (not either_side or _another_verbs(tokens, index,
                                                                       clause.index)):
            continue
        if adverb:  # «Белоруссия, откуда завозят молоко»: its noun's keys
            phrase = [token for token in _antecedent(tokens, index) or _phrase_before(
                tokens, index) if token.pos != "ADP"]
            keys = party_keys(doc, phrase, tools) if phrase else []
            if keys:
                candidates.append((abs(index - clause.index), keys[0]))
            continue
        if _buyers_home(tokens, index) or _where_people_travel(tokens, index):
            continue
        phrase = _phrase_after(tokens, index, clause.high)
        relative = index + 1 < clause.high and fold(tokens[index + 1].lemma or "") in RELATIVE
        if case is not None and _first_case(phrase) != case:
            continue
        left_location = (direction and index < clause.index and not _accusative(phrase)) or (
            destination and _locative(phrase))
        if relative:  # «Китай, в который отправили…»: the pronoun's case, its noun's keys
            phrase = _antecedent(tokens, index + 1)
        group = _a_group_of_countries(phrase) and _a_market_phrase(phrase, tokens[index].text)
        made = direction and _made_there(tokens, index) and _locative(phrase)
        keys = [] if left_location or group or made else party_keys(doc, phrase, tools)
        if keys:
            candidates.append((abs(index - clause.index), keys[0]))
    return min(candidates)[1] if candidates else None


@lru_cache(maxsize=1)
def travel_nouns() -> frozenset[str]:
    """Nouns of people travelling (`data/flows/travel_nouns.txt`)."""
    return frozenset(fold(row[0]) for row in data_rows("flows/travel_nouns.txt"))


def _where_people_travel(tokens: Sequence[Token], preposition: int) -> bool:
    """A place phrase hung on a noun of travel: «в импорте узбекской продукции и
    организации поездок туристов в республику» names where tourists go."""
    owner = _phrase_owner(tokens, preposition)
    return owner is not None and fold(tokens[owner].lemma or "") in travel_nouns()


def _phrase_owner(tokens: Sequence[Token], preposition: int) -> int | None:
    """The word the phrase a preposition opens hangs on: «получателей» in «получателей
    из Нидерландов»."""
    tree = TokenTree(tokens)
    noun = tree.head_at(preposition)
    return tree.head_at(noun) if noun is not None else None


def _buyers_home(tokens: Sequence[Token], preposition: int) -> bool:
    """«из X» said of a buyer noun: «в адрес получателей из Нидерландов» names where the
    buyers are, never where the goods come from."""
    if tokens[preposition].text.lower() not in FROM_PREPOSITIONS:
        return False
    owner = _phrase_owner(tokens, preposition)
    return owner is not None and trigger_table().get(
        fold(tokens[owner].lemma or ""), ("", False))[0] == "buyer"


def _a_vehicle_sent(clause: Clause, objects: Sequence[int]) -> bool:
    """Whether a verb of sending sends a vehicle alone: a train, a ship (`cargo_nouns`
    that are no measure of goods, as «партия» and «вагон» are); ships offered among
    other goods («предложить автомобили, вертолеты и суда») are goods."""
    verb = fold(clause.tokens[clause.index].lemma or "")
    return verb in SENDING_VERBS and len(objects) == 1 and (
        fold(clause.tokens[objects[0]].lemma or "") in vehicle_nouns())


@lru_cache(maxsize=1)
def vehicle_nouns() -> frozenset[str]:
    """The cargo nouns that name a vehicle, not a measure of goods."""
    return cargo_nouns() - measure_words()


SENDING_VERBS = frozenset({"отправить", "отправлять", "направить", "направлять"})


def _phrase_before(tokens: Sequence[Token], index: int) -> list[Token]:
    """The words between a comma right before `index` and the verb or mark before them:
    the noun a relative word stands for when the parser hung its clause elsewhere
    («наращивает поставки в Казахстан, куда в этом году отгружено…»)."""
    if index == 0 or tokens[index - 1].text != ",":
        return []
    start = index - 1
    while start > 0 and tokens[start - 1].pos not in {"VERB", "AUX", "PUNCT", "SCONJ", "CCONJ"}:
        start -= 1
    return list(tokens[start:index - 1])


def _made_there(tokens: Sequence[Token], preposition: int) -> bool:
    """«партия гречихи, выращенной в регионе»: a place a word of making governs is where
    the goods were made, never where they go (in the locative: the parser may hang the
    destination there too, «произведённых в крае, вывезено в Египет»)."""
    maker = _phrase_owner(tokens, preposition)
    return maker is not None and fold(tokens[maker].lemma or "") in MAKING


def _another_verbs(tokens: Sequence[Token], preposition: int, trigger: int) -> bool:
    """A phrase before the trigger that hangs on a finite verb before it: «поставляет в
    Беларусь лён, из Могилёва поступают шины» — «в Беларусь» is the first verb's."""
    verb = _phrase_owner(tokens, preposition)
    return verb is not None and verb < preposition and _a_finite_verb(tokens[verb]) and (
        verb not in TokenTree(tokens).ancestors_at(trigger))


def _phrase_after(tokens: Sequence[Token], index: int, high: int) -> list[Token]:
    """The noun phrase after a preposition, up to the next preposition, verb or comma;
    a phrase of time ends with its noun («на этой неделе | брянские предприятия»)."""
    phrase = []
    for token in tokens[index + 1:high]:
        if token.pos not in PHRASE_POS and token.text not in QUOTES:
            break
        phrase.append(token)
        if token.pos == "NOUN" and fold(token.lemma or token.text) in time_nouns():
            break
    return phrase


@lru_cache(maxsize=1)
def time_nouns() -> frozenset[str]:
    """Nouns of time after «в/на» (`data/flows/time_nouns.txt`)."""
    return frozenset(fold(row[0]) for row in data_rows("flows/time_nouns.txt"))


def _first_case(phrase: Sequence[Token]) -> str | None:
    cases = [t.feat("Case") for t in phrase if t.pos in {"NOUN", "PROPN"}]
    return cases[0] if cases else None


def _locative(phrase: Sequence[Token]) -> bool:
    """A phrase whose first declined noun is in the locative: «в Туркмении», «в нашей
    области» say where, never where to."""
    cases = _noun_cases(phrase, skip_acronyms=True)
    return bool(cases) and cases[0] == "Loc"


def _accusative(phrase: Sequence[Token]) -> bool:
    """A phrase in the accusative, or one whose noun does not decline («в ОАЭ впервые
    экспортировали», an acronym the tagger gives any case); a plural read as a
    nominative after a preposition is its accusative («в Объединенные Арабские Эмираты»)."""
    cases = _noun_cases(phrase, skip_acronyms=True)
    return not cases or cases[0] == "Acc" or (cases[0] == "Nom" and any(
        t.feat("Number") == "Plur" for t in phrase if t.pos in {"NOUN", "PROPN"}))


def _noun_cases(phrase: Sequence[Token], *, skip_acronyms: bool = False) -> list[str]:
    """The cases the tagger gives the nouns of a phrase, in order; an acronym (КНР, ОАЭ)
    does not decline, so its case may be left out. A name in its bare form that ends in
    a consonant is no locative, whatever the tagger says: «в Башкортостан» goes there
    (the locative is «в Башкортостане»)."""
    return ["Acc" if case == "Loc" and _bare_form(t) else case
            for t in phrase if t.pos in {"NOUN", "PROPN"} and (case := t.feat("Case"))
            and not (skip_acronyms and an_acronym(t.text))]


def _bare_form(token: Token) -> bool:
    """A word written as its lemma that ends in a consonant: it cannot be a locative."""
    word = fold(token.text)
    return word == fold(token.lemma or "") and word[-1:].isalpha() and word[-1:] not in VOWELS


def _dative_party(doc: Document, clause: Clause, tools: Toolkit,
                  strict: bool = False) -> str | None:
    """A receiver in the dative right of the verb: «поставляет ткани компании «Глория Джинс»»;
    with `strict`, only a noun the tagger reads as dative."""
    tokens = clause.tokens
    tree = TokenTree(tokens)
    # right of the verb; left of it only hung on the verb itself and read as dative
    # («Иранским покупателям будет отгружено 8 тыс. тонн»)
    left = [index for index in range(clause.low, clause.index)
            if tree.head_at(index) == clause.index and tokens[index].feat("Case") == "Dat"]
    for index in [*range(clause.index + 1, clause.high), *left]:
        token = tokens[index]
        dative = token.feat("Case") == "Dat" if strict else _may_be_dative(token, tools)
        if token.pos in {"NOUN", "PROPN"} and dative and not tree.children_at(
            index, frozenset({"case"})
        ) and not _opened_by_preposition(tokens, index):
            phrase = [tokens[i] for i in tree.subtree_at(index) if clause.low <= i < clause.high]
            keys = party_keys(doc, phrase, tools)
            if keys:
                return keys[0]
    return None


def _opened_by_preposition(tokens: Sequence[Token], index: int) -> bool:
    """A noun whose phrase a preposition opens, past a list of adjectives the parser may
    hang elsewhere: «по Брянской, Смоленской и Калужской областям», or past the items of a
    list before it: «из Казахстана, Киргизии и Армении»."""
    at = index - 1
    while at >= 0 and (tokens[at].pos in {"ADJ", "DET", "PUNCT", "NUM"} or (
            tokens[at].pos == "CCONJ" and tokens[at].text.lower() == "и") or (
            tokens[at].pos in {"NOUN", "PROPN"} and at + 1 < index
            and tokens[at + 1].text.lower() in {",", "и"})):
        at -= 1
    return at >= 0 and tokens[at].pos == "ADP"


def _may_be_dative(token: Token, tools: Toolkit) -> bool:
    """Dative, or a genitive form that is also a dative («компании»): the parser often
    takes a receiver for the owner of the goods."""
    if token.feat("Case") == "Dat":
        return True
    return token.feat("Case") in {"Gen", "Loc"} and any(
        "datv" in parse.tag for parse in tools.morph.parse(token.text)
    )


def _objects(doc: Document, clause: Clause) -> list[int]:
    """The goods an active verb takes: its object that names no party (the parser takes a
    receiver or even the subject for one), else the first accusative noun right of it
    outside a prepositional phrase."""
    tokens, index = clause.tokens, clause.index
    tree = TokenTree(tokens)
    above = tree.ancestors_at(index)
    # an object the parser hung on it from another clause is the other verb's
    # («поставляет в Азербайджан рыбу, а Азербайджан отправляет…»)
    objects = sorted((i for i in tree.children_at(index, frozenset({"obj"}))
                      if not _inside_name(doc, tokens[i], PARTIES)
                      and not _across_a_clause(tokens, i, index, above)),
                     key=lambda i: (i < index, abs(i - index)))
    if not objects and any(tokens[i].feat("Case") == "Dat"
                           for i in tree.children_at(index, frozenset({"obj"}))):
        # the receiver in the dative taken for the object pushes the goods to an oblique
        # («направит России произведенное в стране продовольствие»)
        objects = [i for i in tree.children_at(index, frozenset({"obl"}))
                   if i > index and tokens[i].pos == "NOUN" and tokens[i].feat("Case") == "Acc"
                   and not tree.children_at(i, frozenset({"case"}))]
    if not objects and index + 1 < clause.high and tokens[index + 1].text == ":":
        # «Мы экспортируем: металлы, машиностроительную продукцию»: a list the colon
        # opens, which the parser hangs on the verb as a clause of its own
        objects = [i for i in tree.children_at(index, frozenset({"parataxis", "appos"}))
                   if i > index and tokens[i].pos == "NOUN"
                   and not _inside_name(doc, tokens[i], PARTIES)][:1]
    if not objects:
        objects = [
            i for i in range(index + 1, clause.high)
            if tokens[i].pos == "NOUN" and tokens[i].feat("Case") == "Acc"
            and not follows_preposition(tokens[clause.index:i + 1], tokens[i].start)
        ]
    head = tree.head_at(index)
    if not objects and tokens[index].rel == "conj" and head is not None and (
            tokens[head].pos == "VERB"):
        # «Продукцию поставляют по России, а также экспортируют в Казахстан»: the object
        # the verbs share hangs on the first
        objects = [i for i in tree.children_at(head, frozenset({"obj"}))
                   if not _inside_name(doc, tokens[i], PARTIES)]
    if not objects:
        return []
    # a second object that names goods is more of them («лес, а также продукцию»); the
    # parser may join the goods of the next clause to the list («экспортирует цемент,
    # сахар и бумагу, а импортирует оттуда молоко, сыр»): the first object's clause only
    heads = [head for n, i in enumerate(objects) for head in goods_heads(tokens, i)
             if n == 0 or _goods_like(phrase_tokens(tokens, head))]
    return [head for head in dict.fromkeys(heads)
            if not _across_a_clause(tokens, head, objects[0])]


def _across_a_clause(tokens: Sequence[Token], one: int, other: int,
                     own: Sequence[int] = ()) -> bool:
    """Whether a finite verb (other than `own`, the words the trigger hangs from: «продукции
    планируется экспортировать») or a clause word («а», «но») stands between two words."""
    low, high = sorted((one, other))
    return any((_a_finite_verb(tokens[i]) and i not in own) or (
        fold(tokens[i].text) in CLAUSE_WORDS and not _but_also(tokens, i))
        for i in range(low + 1, high))


BUT_ALSO = frozenset({("но", "и"), ("а", "также")})


def _but_also(tokens: Sequence[Token], index: int) -> bool:
    """«но и» of «не только зерно, но и технику», «а также» of «лес, а также продукцию»
    join a list, they open no clause (a verb after them still does)."""
    return index + 1 < len(tokens) and (
        fold(tokens[index].text), fold(tokens[index + 1].text)) in BUT_ALSO


def _a_finite_verb(token: Token) -> bool:
    return token.pos == "VERB" and token.feat("VerbForm") != "Part"


def _subjects(tokens: Sequence[Token], index: int) -> list[int]:
    tree = TokenTree(tokens)
    above = tree.ancestors_at(index)
    # the goods of its own clause (see `_objects`): «Курская область отгружает сахар, из
    # Гомеля поступают молоко и сыры» with «область» parsed as the subject of both
    subjects = [i for i in tree.children_at(index, frozenset({"nsubj", "nsubj:pass"}))
                if not _across_a_clause(tokens, i, index, above)]
    if not subjects and tokens[index].feat("Voice") in {"Mid", "Pass"}:
        # a verb in «-ся» takes no object: a nominative parsed as one is its subject («В
        # основном молдавские фрукты экспортируются в РФ»)
        subjects = [i for i in tree.children_at(index, frozenset({"obj"}))
                    if tokens[i].feat("Case") == "Nom" and i < index]
    if subjects and fold(tokens[subjects[0]].lemma or "") in cargo_nouns():
        # «прибыл контейнерный поезд с товарами»: what the vehicle carries
        carried = [i for i in tree.children_at(subjects[0], frozenset({"nmod"}))
                   if any(tokens[j].text.lower() in {"с", "со"}
                          for j in tree.children_at(i, frozenset({"case"})))]
        if carried:
            subjects = carried
    if subjects:
        return [head for head in goods_heads(tokens, subjects[0])
                if not _across_a_clause(tokens, head, subjects[0])]
    if tokens[index].rel in {"amod", "acl"}:  # a participle: its noun is the goods
        head = tree.head_at(index)
        if head is None or tokens[head].pos not in {"NOUN", "PROPN"}:
            head = _agreeing_noun(tokens, index)  # «Поставляемая в Китай продукция»
        return goods_heads(tokens, head) if head is not None else []
    # no subject parsed («отправлено 40 тысяч тонн ячменя»): the first noun right of the
    # verb outside a prepositional phrase
    after = [i for i in range(index + 1, len(tokens))
             if tokens[i].pos == "NOUN" and not follows_preposition(tokens[index:i + 1],
                                                                       tokens[i].start)]
    return goods_heads(tokens, after[0]) if after and tokens[index].pos == "VERB" else []


AGREEMENT = ("Case", "Number", "Gender")


def _agreeing_noun(tokens: Sequence[Token], index: int) -> int | None:
    """The noun a participle before it agrees with, past the participle's own phrase,
    when the parser hangs the participle elsewhere: «Поставляемая в Китай продукция»."""
    participle = tokens[index]
    for i in range(index + 1, len(tokens)):
        token = tokens[i]
        if token.pos == "NOUN" and not follows_preposition(tokens[index:i + 1], token.start) and all(
                participle.feat(name) in (None, token.feat(name)) for name in AGREEMENT):
            return i
        if token.pos in {"VERB", "PUNCT"}:
            return None
    return None


ORDER_NOUNS = frozenset({"заказ"})  # «по заказу X»: X is the customer


def _made_for(
    doc: Document, clause: Clause, tools: Toolkit
) -> tuple[list[str], list[str], list[int]]:
    """The maker (the subject) and its customer: «для X», or X in the genitive after «по
    заказу» («изготовит комбайн по заказу Минсельхоза Амурской области»)."""
    tokens = clause.tokens
    customer = _prep_party(doc, clause, FOR_PREPOSITIONS, tools)
    for index in range(clause.low, clause.high):
        if customer is None and fold(tokens[index].lemma or "") in ORDER_NOUNS and (
                index > 0 and tokens[index - 1].text.lower() == "по"):
            keys = party_keys(doc, _phrase_after(tokens, index, clause.high), tools)
            customer = keys[0] if keys else None
    makers = _subject(doc, clause, tools, inverted=True) if customer else []
    return [key for key in makers if key != customer], _listed(customer), _objects(doc, clause)


def _used(doc: Document, clause: Clause, tools: Toolkit) -> tuple[list[str], list[str], list[int]]:
    """X's goods used at Y: the owner is named inside the goods phrase."""
    tokens = clause.tokens
    tree = TokenTree(tokens)
    heads = _objects(doc, clause) or _subjects(tokens, clause.index)
    if not heads:
        return [], [], []
    phrase_ids = {i for head in heads for i in tree.subtree_at(head)}
    if tokens[clause.index].rel in {"amod", "acl"}:  # «техники, используемой в X»
        phrase_ids -= set(tree.subtree_at(clause.index))
    phrase = [tokens[i] for i in sorted(phrase_ids)]
    sources = party_keys(doc, phrase, tools)
    target = _prep_party(doc, replace(clause, low=clause.index), TO_PREPOSITIONS, tools)
    return sources[:1], _listed(target), heads


def _noun_ends(
    doc: Document, clause: Clause, trigger: FlowTrigger, tools: Toolkit
) -> tuple[list[str], list[str], list[int]]:
    """«поставки X из A в B», «экспорт в B» (the clause's subject supplies), «импорт из A в B»."""
    ranked = _ranked_partners(doc, clause, trigger, tools)
    if ranked is not None:
        return ranked
    after = replace(clause, low=clause.index)
    source = _from_party(doc, after, tools) or _fronted_origin(doc, clause, tools)
    # «поставки партии удобрений этой стране»: a receiver in the dative, tagged so
    target = _prep_party(doc, after, TO_PREPOSITIONS, tools, destination=True) or (
        _dative_party(doc, after, tools, strict=True))
    # «направления экспорта — Китай, Корея и Япония»: a list of receivers after a mark
    listed = [] if target or trigger.kind != "noun" else (
        _destinations_after_mark(doc, clause) or _countries_of_supply(doc, clause))
    target = target or (listed[0] if listed else None) or (
        _share_holder(doc, clause, tools) if trigger.kind == "noun" else None)
    # the subject of talks «о поставках» is an end only facing one the text names
    # («договорилась о поставке техники из Беларуси»)
    subject = _subject(doc, clause, tools)
    if _a_topic(clause.tokens, clause.index) and not (source or target):
        subject = []
    if trigger.kind == "import_noun" and not (source or target) and _a_leader_in(
            clause.tokens, clause.index) and (
            buyers := party_keys(doc, [clause.tokens[i] for i in _copula_subject(
                clause.tokens, clause.index, LINKING_VERBS)], tools)):
        # «Лидером по закупкам рыбопродукции остаётся Китай»: the leader buys, from the
        # page's region («…стали Китай и Казахстан»: each of them)
        return (_listed(_home(doc, buyers[0], tools)), _with_list(doc, clause, buyers[0], tools),
                _noun_goods(doc, clause))
    if _copula_subject(clause.tokens, clause.index, LINKING_VERBS) or _no_party(
            doc, clause.tokens, _copula_subject(clause.tokens, clause.index)):
        # «основную долю экспорта составляют алмазы»: the linking verb's subject is the
        # goods, and a subject further left belongs to another clause; with a verb of
        # share, only when that subject names no party («Казахстан занимает первое место
        # по объёму экспорта» is the receiver)
        subject = []
    heads = _noun_goods(doc, clause)
    # the document's region stands in for a missing end only when goods are named
    # («импорт иранских фруктов», not «в части импорта из Белоруссии»)
    goods = _goods_like([clause.tokens[i] for i in heads[:1]])
    own = _own_adjective(clause.tokens, clause.index, tools)
    if trigger.kind == "import_noun":
        counted = source is not None and _an_amount(after)
        source = source or (_origin_adjective(after, tools) if goods else None)
        target = target or own or (subject[0] if subject else None) or _our_country(
            clause.tokens) or (_home(doc, source, tools) if goods or counted else None)
    else:
        source = source or own
        if source is not None and target is None and subject and subject[0] != source:
            # «Татарстан наращивает поставки из Китая»: with the source named, the
            # subject receives
            target = subject[0]
        if source is None and target is None and subject and _wanted(clause.tokens,
                                                                      clause.index):
            # «казахстанские мукомолы заинтересованы в поставках зерна»: they receive
            target, subject = subject[0], []
        # the goods' own origin outweighs the clause's subject, who may be the buyer
        # («павлодарские предприятия заинтересованы в поставках омской нефтехимии»)
        source = source or _home_goods(doc, _goods_origin(doc, clause.tokens, heads, tools),
                                       target, tools) or (subject[0] if subject else None)
        if source is None and target is not None and goods and not is_russian_region(
                doc.main_region or "") and (
                country := _page_country(doc, [target], tools)) and (
                country != country_of(target, doc, tools)):
            # «доля России составляет 114 тыс. тонн» on a page on Armenia's exports,
            # «экспорт товаров в Китай увеличился в 2 раза» on one on Belarus's
            source = country
        if source is None and target is not None and (
                goods or listed or _abroad_from_home(doc, target)):  # «экспорт зерна в Китай»
            source = _home(doc, target, tools)
        if source is None and target is not None and target == doc.main_region and (
                _an_amount(after)):
            # «экспорт во Владимирскую область вырос в 4 раза»: counted into the
            # document's region, from its partner
            source = _partner_so_far(doc, clause.tokens[clause.index].start, tools)
    regions = _russian_regions_listed(doc, clause, target, tools) if target else []
    return (_with_list(doc, clause, source, tools),
            listed or regions or _all_targets(
                doc, clause, _with_list(doc, clause, target, tools), tools),
            heads)


def _fronted_origin(doc: Document, clause: Clause, tools: Toolkit) -> str | None:
    """«Из Омской области поставки зерна производились в …»: an origin put before the
    supply noun that is the subject of its clause hangs on the verb, not on the noun."""
    tokens, index = clause.tokens, clause.index
    tree = TokenTree(tokens)
    verb = tree.head_at(index)
    if tokens[index].rel not in SUBJECT_RELS or verb is None or verb < index:
        return None
    for child in tree.children_at(verb, frozenset({"obl"})):
        if clause.low <= child < index and tree.prepositions_at(child) & FROM_PREPOSITIONS:
            keys = party_keys(doc, [tokens[i] for i in tree.subtree_at(child)], tools)
            if keys:
                return keys[0]
    return None


# a group of the top partners by a volume of trade, and the verbs that put one in it
RANKED_GROUPS = frozenset({"тройка", "четверка", "пятерка", "шестерка", "семерка",
                           "десятка", "двадцатка", "топ", "число", "список", "перечень"})
JOINING_VERBS = frozenset({"входить", "войти", "попасть", "попадать", "оказаться"})
VOLUME_NOUNS = frozenset({"объем", "стоимость"})


def _ranked_partners(doc: Document, clause: Clause, trigger: FlowTrigger,
                     tools: Toolkit) -> tuple[list[str], list[str], list[int]] | None:
    """«В первую четверку по наибольшему объему экспорта входят Московская область и
    Москва, Смоленская область»: the partners named as the subjects of a verb of joining
    a group of the top ones by a volume of trade receive the page's exports (or supply
    its imports). None when the clause is not so worded."""
    tokens, index = clause.tokens, clause.index
    if not _by_volume_in_a_group(tokens, index) or not any(
            fold(token.lemma or "") in JOINING_VERBS for token in tokens[index + 1:]):
        return None
    partners = inverted_subjects(doc, clause.right(), tools)
    if not partners:
        return None
    partners = _and_listed(doc, clause, partners, tools)
    home = doc.main_region or _page_country(doc, partners, tools) or _first_place(
        doc, partners)
    if home is None or home in partners:
        return None
    heads = _noun_goods(doc, clause)
    if trigger.kind == "import_noun":
        return partners, [home], heads
    return [home], partners, heads


def _first_place(doc: Document, others: Sequence[str]) -> str | None:
    """The region or country the text names first, leaving out `others` and Russia as a
    whole (a page on a partner of Russia's regions names Russia too)."""
    places = [item for item in entity_mentions(doc, 0, len(doc.text))
              if item.entity.type == "GEO" and is_place_key(item.key)
              and item.key not in others and item.key != "RU"]
    return places[0].key if places else None


def _by_volume_in_a_group(tokens: Sequence[Token], index: int) -> bool:
    """Whether the supply noun at `index` follows «в (первую) четверку по (наибольшему)
    объему», adjectives and ordinals between."""
    at = index - 1

    def skip(pos: frozenset[str]) -> None:
        nonlocal at
        while at >= 0 and tokens[at].pos in pos:
            at -= 1

    skip(frozenset({"ADJ"}))
    if at >= 0 and fold(tokens[at].lemma or "") in VOLUME_NOUNS:
        at -= 1
        skip(frozenset({"ADJ"}))
    if at < 1 or tokens[at].text.lower() != "по":
        return False
    at -= 1
    if fold(tokens[at].lemma or "") not in RANKED_GROUPS:
        return False
    at -= 1
    skip(frozenset({"ADJ", "NUM"}))
    return at >= 0 and tokens[at].text.lower() in GROUP_PREPOSITIONS


SHARE_NOUNS = frozenset({"доля"})


def _share_holder(doc: Document, clause: Clause, tools: Toolkit) -> str | None:
    """The party whose share of an export the clause tells: it receives («В структуре
    экспорта фруктов доля России составляет около 114 тыс. тонн»)."""
    tokens = clause.tokens
    tree = TokenTree(tokens)
    for index in range(clause.low, clause.high):
        if fold(tokens[index].lemma or "") not in SHARE_NOUNS:
            continue
        for child in tree.children_at(index, frozenset({"nmod"})):
            if tokens[child].feat("Case") == "Gen":
                keys = party_keys(doc, [tokens[child]], tools)
                if keys and is_place_key(keys[0]):
                    return keys[0]
    return _falls_to(doc, clause, tools)


FALLING_VERBS = frozenset({"прийтись", "приходиться"})


def _falls_to(doc: Document, clause: Clause, tools: Toolkit) -> str | None:
    """The place a part of the export falls to: «На Китай приходится 30% курского
    экспорта» (the supply noun hangs on the part, the part is the subject of the verb of
    falling, and the place stands after «на»)."""
    tokens = clause.tokens
    tree = TokenTree(tokens)
    part = tree.head_at(clause.index)
    verb = tree.head_at(part) if part is not None and tokens[part].rel == "nsubj" else None
    if verb is None or fold(tokens[verb].lemma or "") not in FALLING_VERBS:
        return None
    for child in tree.children_at(verb, frozenset({"obl"})):
        if "на" in tree.prepositions_at(child):
            keys = party_keys(doc, [tokens[i] for i in tree.subtree_at(child)
                                    if tokens[i].rel != "case"], tools)
            if keys and is_place_key(keys[0]):
                return keys[0]
    return None


@lru_cache(maxsize=1)
def want_words() -> frozenset[str]:
    """Words of wanting goods (`data/flows/want_words.txt`)."""
    return frozenset(fold(row[0]) for row in data_rows("flows/want_words.txt"))


@lru_cache(maxsize=1)
def ban_words() -> frozenset[str]:
    """Words of banning or halting a supply (`data/flows/ban_words.txt`)."""
    return frozenset(fold(row[0]) for row in data_rows("flows/ban_words.txt"))


def _banned(tokens: Sequence[Token], index: int) -> bool:
    """A trigger a word of banning governs («запретила ввозить», «запрет на ввоз»,
    «приостановил поставки»), or one said to be done unlawfully («пытался незаконно
    продать», «ввезли контрабандой»): a crime, no trade."""
    tree = TokenTree(tokens)
    head = tree.head_at(index)
    return (head is not None and fold(tokens[head].lemma or "") in ban_words()) or any(
        fold(tokens[i].lemma or "") in ban_words() for i in tree.children_at(
            index, frozenset({"advmod", "obl"})))


WORK_NOUNS = frozenset({"центр", "компания", "организация", "площадка"})


def _line_of_work(tokens: Sequence[Token], index: int) -> bool:
    """A supply noun that names what a plant or a body does («предприятие по заготовке и
    закупу кормов», «центр по экспорту»): a line of work, no supply."""
    if tokens[index].pos != "NOUN":
        return False
    tree = TokenTree(tokens)
    at = index
    while tokens[at].rel == "conj" and (up := tree.head_at(at)) is not None:
        at = up
    head = tree.head_at(at)
    return head is not None and "по" in tree.prepositions_at(at) and fold(
        tokens[head].lemma or "") in plant_nouns() | WORK_NOUNS


NOT_NEGATING = frozenset({"только", "менее", "более", "раз", "реже", "позднее", "ранее"})


def _negated(tokens: Sequence[Token], index: int) -> bool:
    """A verb trigger denied by «не», on itself or on the verb it completes («не
    поставляет», «не сможем импортировать»); not «не только», «не менее»."""
    if tokens[index].pos != "VERB":
        return False
    tree = TokenTree(tokens)
    verbs = [index]
    head = tree.head_at(index)
    if tokens[index].rel == "xcomp" and head is not None:
        verbs.append(head)
    for verb in verbs:
        for child in tree.children_at(verb, frozenset({"advmod"})):
            after = tokens[child + 1].text.lower() if child + 1 < len(tokens) else ""
            if tokens[child].text.lower() == "не" and after not in NOT_NEGATING:
                return True
    return False


WANTED_SUPPLIES = frozenset({"поставка"})  # «заинтересованы в экспорте» want to sell


def _wanted(tokens: Sequence[Token], index: int) -> bool:
    """«поставки» after «в» that a word of wanting governs: «заинтересованы в поставках»,
    «нуждается в поставках», «потребность в поставках»."""
    tree = TokenTree(tokens)
    head = tree.head_at(index)
    if fold(tokens[index].lemma or "") not in WANTED_SUPPLIES:
        return False
    return head is not None and fold(tokens[head].lemma or "") in want_words() and any(
        fold(tokens[i].text) in TO_PREPOSITIONS
        for i in tree.children_at(index, frozenset({"case"})))


def _countries_of_supply(doc: Document, clause: Clause) -> list[str]:
    """The countries a sentence names after «страны экспорта» (the supply noun hung on a
    plural market noun, or on a noun of spread: «география экспорта представлена…»): «Среди стран экспорта пиломатериалов лидирует Египет, на втором
    месте — Италия, Дания» names the receivers, wherever they stand in it; a country after
    «из» is an origin, not one of them."""
    tokens, index = clause.tokens, clause.index
    tree = TokenTree(tokens)
    head = tree.head_at(index)
    if head is None or tokens[index].rel != "nmod" or not (
            _a_group_of_countries([tokens[head]]) or fold(tokens[head].lemma or "") in scope_nouns()):
        return []
    return _places_named_after(doc, tokens[index].stop, tokens[-1].stop,
                               lambda key: is_country_key(key) and key != "RU",
                               FROM_PREPOSITIONS)


def _places_named_after(doc: Document, start: int, stop: int, keep: Callable[[str], bool],
                        origins: frozenset[str]) -> list[str]:
    """The places named between `start` and `stop` whose keys `keep` takes, in order and
    once each, but for those right after a preposition of `origins` («из X» says where
    goods come from, not who receives them)."""
    found = []
    for item in entity_mentions(doc, start, stop):
        before = LAST_WORD.search(doc.text, max(0, item.start - 6), item.start)
        if item.entity.type == "GEO" and keep(item.key) and not (
                before and before.group(1).lower() in origins):
            found.append(item.key)
    return list(dict.fromkeys(found))


def _an_amount(clause: Clause) -> bool:
    """Whether a number follows the supply noun in its clause: «импорт из Узбекистана —
    на 48,6%, до 24,5 млн долларов» measures a flow that happens, not a topic."""
    return any((token.pos == "NUM" or token.text[:1].isdigit()) and not _a_year(token.text)
               for token in clause.tokens[clause.index + 1:clause.high])


def _a_year(text: str) -> bool:
    """«2024» of «импорт из Белоруссии в 2024 году» dates the flow; it measures nothing."""
    return len(text) == 4 and text.isdigit() and text[:2] in ("19", "20")


OUR_COUNTRY = frozenset({"страна", "государство"})


def _our_country(tokens: Sequence[Token]) -> str | None:
    """Russia, when the clause says «наша страна» («о намерении нашей страны нарастить
    закупку товаров из Индии»): the country, not the speaker's region."""
    tree = TokenTree(tokens)
    return "RU" if any(
        fold(token.lemma or "") in OUR_COUNTRY and any(
            fold(child.lemma or "") == "наш" for child in tree.children(token))
        for token in tokens) else None


def _own_adjective(tokens: Sequence[Token], index: int, tools: Toolkit) -> str | None:
    """The country or region an adjective of the supply noun itself names: «белорусский
    экспорт», «российские поставки» leave it, «российский импорт» comes into it."""
    tree = TokenTree(tokens)
    for i in tree.children_at(index, frozenset({"amod"})):
        places = [p.key for p in tools.gazetteer.adjective(tokens[i].text)
                  if p.geo_kind in ("country", "region")]
        if tokens[i].pos == "ADJ" and len(places) == 1:
            return places[0]
    return None


def _abroad_from_home(doc: Document, target: str) -> bool:
    """A country abroad receiving in a text on a Russian region: «экспорт региона в
    Беларусь вырос», «поставки были осуществлены в Молдову» leave the region, goods
    named or not."""
    return is_country_key(target) and target != "RU" and is_russian_region(doc.main_region or "")


TOPIC_PREPOSITIONS = frozenset({"о", "об", "обо"})


def _a_topic(tokens: Sequence[Token], index: int) -> bool:
    """A supply noun named as the topic of talks: «договорилась с Беларусью о поставке
    техники» says neither who ships nor who receives."""
    tree = TokenTree(tokens)
    return tokens[index].pos == "NOUN" and bool(tree.prepositions_at(index) & TOPIC_PREPOSITIONS)


def _noun_goods(doc: Document, clause: Clause) -> list[int]:
    """What a supply noun carries: its genitive dependent («поставки зерна»); else, as the
    parser often hangs the goods elsewhere, the first genitive noun after the trigger
    outside a prepositional phrase («поставок в Египет нефтехимической продукции»), also
    when the parser hung only a later item of a list on the noun; neither may name a
    party («экспорт Татарстана» is whose, not what)."""
    tokens, index = clause.tokens, clause.index
    tree = TokenTree(tokens)
    found = [i for i in tree.children_at(index, frozenset({"nmod"}))
             if not tree.children_at(i, frozenset({"case"}))]
    first = [
        i for i in range(index + 1, clause.high)
        if tokens[i].pos == "NOUN"
        and not follows_preposition(tokens[index:i + 1], tokens[i].start)
    ][:1]
    first = [i for i in first if tokens[i].feat("Case") == "Gen"]
    listed: list[int] = []  # goods listed after the first, which the parser hung apart
    if not found:
        found = first
    elif first and first[0] < found[0] and tokens[found[0]].feat("Case") == "Gen" and (
            _only_words_of_goods(tokens, first[0], found[0])):
        # «поставка белорусского лифтового оборудования, сельскохозяйственной и
        # коммунальной техники»: the parser may hang the first of listed goods elsewhere
        found, listed = first, found[:1]
    # a party there is whose supply it is («экспорта Астраханской области»): the goods
    # may then stand in brackets after it or as the subject of its linking verb
    kept = _no_party(doc, tokens, found) or _no_party(
        doc, tokens, _listed_after(tokens, clause.high)) or _no_party(
        doc, tokens, _copula_subject(tokens, index))
    heads = [head for i in kept[:1] for head in goods_heads(tokens, i)]
    if kept[:1] == found[:1]:
        heads += [head for i in _no_party(doc, tokens, listed) for head in goods_heads(tokens, i)
                  if head not in heads]
    return heads


def _only_words_of_goods(tokens: Sequence[Token], first: int, last: int) -> bool:
    """Whether the words between two goods nouns are only a list's: adjectives,
    commas and conjunctions («оборудования, сельскохозяйственной и коммунальной»)."""
    return all(token.pos in ("ADJ", "CCONJ", "PUNCT") and token.text not in (".", ":", ";")
               for token in tokens[first + 1:last])


def _no_party(doc: Document, tokens: Sequence[Token], found: Sequence[int]) -> list[int]:
    """The nouns that name no party, by name or by a generic noun of a place."""
    return [i for i in found if not _inside_name(doc, tokens[i], PARTIES)
            and generic_nouns().get(fold(tokens[i].lemma or ""), ("",))[0] != "GEO"]


def _listed_after(tokens: Sequence[Token], high: int) -> list[int]:
    """Goods listed in brackets right after the clause: «экспорта в ОАЭ (автомобили, суда)»."""
    if not 0 < high <= len(tokens) or tokens[high - 1].text != "(":  # a clause ends after «(»
        return []
    for i in range(high, len(tokens)):
        if tokens[i].text == ")":
            return []
        if tokens[i].pos == "NOUN":
            return [i]
    return []


def _copula_subject(tokens: Sequence[Token], index: int,
                    verbs: frozenset[str] | None = None) -> list[int]:
    """The goods a linking verb equates with a phrase of the supply noun: «основной
    статьёй экспорта являются металлы», «основу поставок составляет зерно», «в структуре
    экспорта преобладают жиры»."""
    tree = TokenTree(tokens)
    at = index
    for _ in range(3):  # the noun, the word it hangs from, and up to the verb
        head = tree.head_at(at)
        if head is None:
            return []
        if tokens[head].pos in {"VERB", "AUX"}:
            if fold(tokens[head].lemma or "") not in (verbs or LINKING_VERBS | share_verbs()):
                return []
            # a plural subject that reads as an accusative is often parsed as a second
            # object («долю в экспорте занимают нефтепродукты»)
            return ([i for i in tree.children_at(head, frozenset({"nsubj"})) if i != at]
                    or [i for i in tree.children_at(head, frozenset({"obj"})) if i != at])[:1]
        at = head
    return []


def _a_leader_in(tokens: Sequence[Token], index: int) -> bool:
    """A supply noun after «по» hung on a word of the leader: «лидером по закупкам»;
    or after «в» or «по» hung on the linking verb whose leader word it is: «в закупках
    рапса лидерами стали Беларусь и Казахстан»."""
    tree = TokenTree(tokens)
    head = tree.head_at(index)
    if head is None or not any(token.text.lower() in LEADER_PREPOSITIONS
                               for token in tokens[max(0, index - 2):index]):
        return False
    if fold(tokens[head].lemma or "") in leader_words():
        return any(token.text.lower() == "по" for token in tokens[max(0, index - 2):index])
    between = range(min(index, head) + 1, max(index, head))
    return fold(tokens[head].lemma or "") in LINKING_VERBS and any(
        fold(tokens[i].lemma or "") in leader_words()
        for i in [*tree.children_at(head), *between])


LEADER_PREPOSITIONS = frozenset({"по", "в"})


@lru_cache(maxsize=1)
def share_verbs() -> frozenset[str]:
    """Verbs of goods that make up the bulk of a trade (`data/flows/share_verbs.txt`)."""
    return frozenset(fold(row[0]) for row in data_rows("flows/share_verbs.txt"))


def _made_in(doc: Document, tokens: Sequence[Token], heads: Sequence[int],
             tools: Toolkit) -> str | None:
    """The place a participle of making hung on the goods names: «леса, заготовленного в
    Красноярском крае», «продукции, произведённой в Омской области»."""
    tree = TokenTree(tokens)
    for head in heads:
        for i in tree.children_at(head, frozenset({"acl", "amod"})):
            if fold(tokens[i].lemma or "") not in MAKING:
                continue
            sub = sorted(tree.subtree_at(i))
            phrase = [tokens[j] for j in sub]
            for n, token in enumerate(phrase):
                if token.text.lower() in TO_PREPOSITIONS:
                    keys = party_keys(doc, phrase[n + 1:n + 5], tools)
                    if keys:
                        return keys[0]
    return None


def _goods_origin(doc: Document, tokens: Sequence[Token], heads: Sequence[int],
                  tools: Toolkit) -> str | None:
    """A country or region named by an adjective inside the goods phrase: «техники
    белорусского производства», «узбекского сырья»; an adjective inside a region's name
    («продукции АПК Московской области») names that region, not the city; one inside an
    organization's name («техники Волгоградского тракторного завода») names no origin."""
    tree = TokenTree(tokens)
    for i in sorted({i for head in heads for i in tree.subtree_at(head)}):
        around = entity_mentions(doc, max(0, tokens[i].start - NAME_REACH),
                                 tokens[i].stop + NAME_REACH)
        named = [item.key for item in around
                 if item.entity.type == "GEO" and not item.key.startswith("geo:") and item.start <= tokens[i].start
                 and tokens[i].stop <= item.stop]
        if tokens[i].pos == "ADJ" and named:
            return named[0]
        if tokens[i].pos == "ADJ" and not _inside_name(doc, tokens[i]):
            origin = _adjective_origin(tokens[i], tools)
            if origin is not None:
                return origin
    return _origin_after(tokens, heads, tools) or _region_noun_of(doc, tokens, heads)


# nouns of making that an adjective of origin qualifies: «транспорта белорусского производства»
MAKING_NOUNS = frozenset({"производство", "выпуск", "изготовление", "происхождение", "сборка"})


def _origin_after(tokens: Sequence[Token], heads: Sequence[int], tools: Toolkit) -> str | None:
    """An adjective of origin with a noun of making right after the goods phrase, which the
    parser may hang on another word: «поставки общественного транспорта белорусского
    производства для городов Кузбасса»."""
    tree = TokenTree(tokens)
    for head in heads:
        end = max(tree.subtree_at(head))
        if end + 2 < len(tokens) and tokens[end + 1].pos == "ADJ" and fold(
                tokens[end + 2].lemma or "") in MAKING_NOUNS:
            origin = _adjective_origin(tokens[end + 1], tools)
            if origin is not None:
                return origin
    return None


def _adjective_origin(token: Token, tools: Toolkit) -> str | None:
    """The country or region an adjective names («иранских», «белорусского»), if any."""
    places = [p.key for p in tools.gazetteer.adjective(token.text)
              if p.geo_kind in ("country", "region")]
    return places[0] if places else None


def _region_noun_of(doc: Document, tokens: Sequence[Token], heads: Sequence[int]) -> str | None:
    """A region's noun in the genitive inside the goods phrase, standing for a region
    named before: «объёмы продукции агропромышленного комплекса области»."""
    tree = TokenTree(tokens)
    for i in sorted({i for head in heads for i in tree.subtree_at(head)} - set(heads)):
        token = tokens[i]
        rule = generic_nouns().get(fold(token.lemma or ""))
        if token.pos == "NOUN" and token.feat("Case") == "Gen" and rule and rule[0] == "GEO" and (
                rule[1] != "country"):
            key = referent(doc, token)
            if key and is_russian_region(key):
                return key
    return None


def _home_goods(doc: Document, origin: str | None, target: str | None,
                tools: Toolkit) -> str | None:
    """The goods' origin; goods of the home region's country sent abroad («поставки
    российских товаров в Индию» in a text on Astrakhan) come from the home region."""
    home = _home(doc, target, tools)
    if origin and home and origin == tools.gazetteer.country(home) != home:
        return home
    return origin


def _supplier_ends(
    doc: Document, clause: Clause, tools: Toolkit
) -> tuple[list[str], list[str], list[int]]:
    """«Монголия является поставщиком стройматериалов (в Y)»: the noun said of a subject
    names the supplier; as an argument («ищет в Китае поставщиков») it names someone sought,
    who supplies only when the phrase itself says from where («поставщики из Китая»)."""
    tokens, index = clause.tokens, clause.index
    after = replace(clause, low=index)
    listed: list[str] = []
    if _said_of_subject(tokens, index):
        sources = _subject(doc, clause, tools)
        # «Основные поставщики: Германия (45%), Италия (12%)»: listed after a mark
        listed = [] if sources else _destinations_after_mark(doc, clause)
        sources = sources or listed
    else:
        sources = _listed(_prep_party(doc, after, FROM_PREPOSITIONS, tools))
    targets = [key for key in _targets(doc, after, tools) if key not in listed]
    if listed and not targets:  # the listed suppliers abroad sell to the home region
        targets = _listed(_home(doc, listed[0], tools))
    return sources, targets, _noun_goods(doc, clause)


def _buyer_ends(
    doc: Document, clause: Clause, tools: Toolkit
) -> tuple[list[str], list[str], list[int]]:
    """«Основными покупателями омской продукции стали Казахстан и Китай»: the noun said of
    a subject names who buys; it buys from «из/у X», from the goods' origin («омской»), or,
    for named goods, from the document's region. As an argument («ищет покупателей») it
    names no one yet."""
    tokens, index = clause.tokens, clause.index
    verbless = _verbless_buyers(doc, clause)
    if not _said_of_subject(tokens, index) and not verbless:
        return [], [], []
    # «Основные покупатели: Китай — 120 млн долларов, Казахстан — …»: listed after a mark
    buyers = verbless or _subject(doc, clause, tools) or _destinations_after_mark(doc, clause) or (
        inverted_subjects(doc, clause.right(), tools) if _a_group_before(tokens, index) or (
            _a_verbless_group(tokens, index)) else [])
    if buyers:  # «Китай (27%), Киргизия (16%), Казахстан (14%)»: a list the parse broke
        buyers = _and_listed(doc, clause, buyers, tools)
    heads = _noun_goods(doc, clause)
    after = replace(clause, low=index)
    source = _prep_party(doc, after, FROM_PREPOSITIONS | SELLER_PREPOSITIONS, tools) or (
        _goods_origin(doc, tokens, heads, tools)) or _goods_owner(doc, tokens, heads)
    if source is None and buyers and (_goods_like([tokens[i] for i in heads[:1]]) or (
            is_russian_region(doc.main_region or ""))):
        # «другими покупателями выступили Албания, Израиль…» in a text on a region's
        # exports: a buyer abroad buys from the region, goods named or not
        source = _home(doc, buyers[0], tools)
    if source is None and buyers and doc.main_region is None:
        # «Главным покупателем овощей остается Россия» on a page about Kyrgyzstan's
        # exports: the country the page is about sells
        source = _page_country(doc, buyers, tools)
    return _listed(source), buyers, heads


def _goods_owner(doc: Document, tokens: Sequence[Token], heads: Sequence[int]) -> str | None:
    """The organization whose goods the buyers buy, named in the genitive inside the goods
    phrase: «покупателями угля АО «Дальтрансуголь» являются Китай, Индия»."""
    tree = TokenTree(tokens)
    for i in sorted({i for head in heads for i in tree.subtree_at(head)} - set(heads)):
        if tokens[i].pos == "ADP":  # «продукции для компании»: no owner after a preposition
            return None
        for item in entity_mentions(doc, tokens[i].start, tokens[i].stop):
            if item.entity.type == "ORG" and item.start <= tokens[i].start < item.stop:
                return item.key
    return None


def _verbless_buyers(doc: Document, clause: Clause) -> list[str]:
    """The countries a verbless sentence lists after a buyer noun that heads it: «Основные
    покупатели, помимо Вьетнама, Китай и Гонконг» (those after «из» or «у» sell)."""
    tokens, index = clause.tokens, clause.index
    if tokens[index].rel != "root" or tokens[index].feat("Case") != "Nom" or any(
            token.pos in {"VERB", "AUX"} for token in tokens):
        return []
    return _places_named_after(doc, tokens[index].stop, tokens[clause.high - 1].stop,
                               lambda key: is_country_key(key.split("-")[0]),
                               FROM_PREPOSITIONS | SELLER_PREPOSITIONS)


def _page_country(doc: Document, others: Sequence[str], tools: Toolkit) -> str | None:
    """The country a page is about: the place named most often, at least twice (the
    one named first of those named as often), leaving out `others`; the city of a
    dateline counts once for its country («БИШКЕК, 16 сен — Sputnik»)."""
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    for entity in doc.entities:
        if entity.type != "GEO" or not entity.mentions:
            continue
        votes = [(entity.key, m.start) for m in entity.mentions]
        if not is_place_key(entity.key):
            country = tools.gazetteer.country(entity.key)
            votes = [(country, m.start) for m in entity.mentions
                     if country and _a_dateline(doc.text, m.start, m.stop)]
        for key, start in votes:
            if key not in others:
                counts[key] = counts.get(key, 0) + 1
                first[key] = min(first.get(key, start), start)
    ranked = sorted((-count, first[key], key) for key, count in counts.items())
    if not ranked or -ranked[0][0] < 2:
        return None
    key = ranked[0][2]
    return key if is_country_key(key) and key != "RU" else None


def _said_of_subject(tokens: Sequence[Token], index: int) -> bool:
    """A noun said of the clause's subject: the predicate, or an instrumental a linking
    verb takes («покупателем остаётся Турция», which the parser hangs as obl)."""
    tree = TokenTree(tokens)
    token = tokens[index]
    if token.rel in PREDICATE_RELS:
        return True
    head = tree.head_at(index)
    if head is not None and (token.rel == "conj" or (
            token.rel == "nmod" and tokens[head].pos == "NUM")):
        # «является одним из инвесторов и поставщиком», «является одним из поставщиков»
        return _said_of_subject(tokens, head)
    return (token.rel == "obl" and token.feat("Case") == "Ins" and head is not None
            and fold(tokens[head].lemma or "") in LINKING_VERBS) or _in_a_group(tokens, index)


GROUP_PREPOSITIONS = frozenset({"в", "во"})


def _in_a_group(tokens: Sequence[Token], index: int) -> bool:
    """A noun in the genitive after a group a verb puts its subject in: «в топ-5
    покупателей вошли Турция и Иран», «входит в число крупнейших импортёров»."""
    tree = TokenTree(tokens)
    token = tokens[index]
    group = tree.head_at(index)
    if _a_verbless_group(tokens, index):
        return True
    if token.feat("Case") == "Gen" and token.rel != "nmod" and _a_group_before(tokens, index):
        return True  # the parser lost the group: «В первую тройку импортёров входят …»
    if token.rel != "nmod" or token.feat("Case") != "Gen" or group is None:
        return False
    verb = tree.head_at(group)
    return (tokens[group].rel == "obl" and verb is not None and tokens[verb].pos == "VERB"
            and bool(tree.prepositions_at(group) & GROUP_PREPOSITIONS))


def _a_verbless_group(tokens: Sequence[Token], index: int) -> bool:
    """A noun in the genitive hung on a group that opens a sentence with no verb: «Также
    в числе стран-импортеров — Китай, …», «в числе ее покупателей Египет и Иран»."""
    tree = TokenTree(tokens)
    group = tree.head_at(index)
    verb = next((at for at, token in enumerate(tokens) if token.pos == "VERB"), None)
    if group is None or tokens[index].feat("Case") != "Gen" or (
            verb is not None and not _a_later_clause(tokens, index, verb)) or (
            verb is None and tokens[group].rel != "root"):
        return False
    return bool(tree.prepositions_at(group) & (GROUP_PREPOSITIONS | {"среди"}))


def _a_later_clause(tokens: Sequence[Token], index: int, verb: int) -> bool:
    """Whether the sentence's first verb stands after the word, in a part of its own
    that a comma opens: «в числе стран-импортеров Китай (27%), Киргизия (16%), ещё 2%
    экспорта пришлись на Ирак»."""
    return verb > index and any(token.text == "," for token in tokens[index + 1:verb])


def _a_group_before(tokens: Sequence[Token], index: int) -> bool:
    """A noun right before the word, in a phrase «в» opens (adjectives between), with a
    verb later in the sentence: «В первую тройку импортёров … входят»."""
    if index < 2 or tokens[index - 1].pos != "NOUN":
        return False
    at = index - 2
    while at >= 0 and tokens[at].pos == "ADJ":
        at -= 1
    return at >= 0 and tokens[at].text.lower() in GROUP_PREPOSITIONS and any(
        token.pos == "VERB" for token in tokens[index + 1:])


def _mutual_ends(
    doc: Document, clause: Clause, tools: Toolkit
) -> tuple[list[str], list[str], list[int]]:
    """A supply both ways of named goods: between the two parties the clause names
    («взаимные поставки зерна между Омской областью и Казахстаном»), else between the
    document's region and its partner abroad; each party is then source and target."""
    # «обмен сельхозпродукцией», or a verb's object: «обмениваются сельхозпродукцией»
    heads = (_objects(doc, clause) or _instrumental(clause)) if (
        clause.tokens[clause.index].pos == "VERB") else _noun_goods(doc, clause)
    if not _goods_like([clause.tokens[i] for i in heads]):
        return [], [], heads
    first, last = clause.tokens[clause.low], clause.tokens[clause.high - 1]
    named = list(dict.fromkeys(
        item.key for item in entity_mentions(doc, first.start, last.stop)
        if item.entity.type in PARTIES
    ))
    home, partner = doc.main_region, main_partner(doc)
    if len(named) == 2:
        sides = named
    elif not named and home and partner:
        sides = [home, partner]
    else:
        sides = []
    return sides, sides, heads


def _instrumental(clause: Clause) -> list[int]:
    """The goods of a verb of exchange, a bare instrumental («обмениваются зерном»)."""
    tokens = clause.tokens
    tree = TokenTree(tokens)
    found = [i for i in tree.children_at(clause.index, frozenset({"obl"}))
             if tokens[i].feat("Case") == "Ins" and not tree.children_at(i, frozenset({"case"}))]
    return goods_heads(tokens, found[0]) if found else []


COUNTER = frozenset({"встречный"})
IN_RETURN = frozenset({"взамен"})


def _in_return(tokens: Sequence[Token]) -> bool:
    """A passage that opens with «Взамен» or «В обмен»: a supply the other way."""
    words = [token.text.lower() for token in tokens[:2]]
    return bool(words) and (words[0] in IN_RETURN or words[:2] == ["в", "обмен"])


def _counter_ends(doc: Document, clause: Clause, before: Sequence[Flow],
                  tools: Toolkit) -> tuple[list[str], list[str]] | None:
    """A counter supply to a receiver it names goes back the way of the supply its
    sentence named before (`before`, the flows of its passage so far): «экспорт в Китай
    полезных ископаемых из Якутии, а также встречные поставки в регион машин» brings the
    machines from China to Yakutia."""
    tokens = clause.tokens
    tree = TokenTree(tokens)
    if not any(fold(tokens[i].lemma or "") in COUNTER
               for i in tree.children_at(clause.index, frozenset({"amod"}))):
        return None
    receivers = _targets(doc, clause, tools)
    if not before or len(receivers) != 1:
        return None
    source, receiver = before[-1].target, receivers[0]
    if receiver != before[-1].source and _region_of(receiver, tools) != before[-1].source:
        return None
    return [source], [receiver]


def _maker(doc: Document, tokens: Sequence[Token], heads: Sequence[int],
           *, firms_in_any_case: bool = False) -> str | None:
    """A party named in the genitive inside the goods bought: their maker or seller; with
    `firms_in_any_case`, an organization in any case («Тракторы МТЗ поставляются в
    Брянскую область»: an acronym does not decline)."""
    tree = TokenTree(tokens)
    inside = sorted({i for head in heads for i in tree.subtree_at(head)} - set(heads))
    phrase = [tokens[i] for i in inside]
    found = [item for item in named_parties(doc, phrase, None) if item.entity.type in ORG] \
        if firms_in_any_case else named_parties(doc, phrase, frozenset({"Gen"}))
    return found[0].key if found else None


def _home(doc: Document, abroad: str | None, tools: Toolkit) -> str | None:
    """The document's region, as the other end of a flow with a partner abroad; on a
    page on no Russian region, Russia when it names it («Казахстан стал одним из
    крупнейших импортеров зерновых из России. … В эту страну было поставлено …»)."""
    if abroad is None or country_of(abroad, doc, tools) in (None, "RU"):
        return None
    return doc.main_region or _russia_named(doc)


def _unnamed_seller(doc: Document, clause: Clause, tools: Toolkit) -> bool:
    """Whether a purchase names its sellers as no party («закупке кормов у предприятий и
    населения»): bought where they are, not from the page's partner abroad."""
    tokens = clause.tokens
    for index in range(clause.index + 1, min(len(tokens) - 1, clause.index + SELLER_REACH)):
        if tokens[index].text in (",", ";") or _a_finite_verb(tokens[index]):
            return False
        if tokens[index].text.lower() in UNNAMED_SELLER_PREPOSITIONS:
            phrase = _phrase_after(tokens, index, len(tokens))
            return bool(phrase) and not party_keys(doc, phrase, tools)
    return False


SELLER_REACH = 10  # words from a purchase to the «у» of its seller


CONSUMER_NOUNS = frozenset({"посетитель", "житель", "горожанин", "гость", "турист",
                            "потребитель"})


def _consumers(tokens: Sequence[Token], index: int) -> bool:
    """Goods bought or sold by visitors, residents or tourists («посетители смогут купить
    грибы», «жители смогут приобрести»): retail at a fair, no trade between the sides."""
    tree = TokenTree(tokens)
    at: int | None = index
    for _ in range(3):  # the verb, and the verbs it hangs from («смогут купить»)
        if at is None:
            return False
        if any(fold(tokens[i].lemma or "") in CONSUMER_NOUNS
               for i in tree.children_at(at, frozenset({"nsubj", "iobj", "obl"}))):
            return True
        at = tree.head_at(at) if tokens[at].rel in {"xcomp", "conj"} else None
    return False


SPREAD_NOUNS = frozenset({"страна", "регион", "территория", "город", "область", "край"})


def _spread_within(doc: Document, tokens: Sequence[Token], index: int) -> bool:
    """Goods sent about a place («поставляют по России», «развозят по регионам страны»):
    they stay inside it, so the page's sides are no ends of the supply."""
    tree = TokenTree(tokens)
    for child in tree.children_at(index, frozenset({"obl"})):
        if "по" not in tree.prepositions_at(child):
            continue
        if fold(tokens[child].lemma or "") in SPREAD_NOUNS or _inside_name(
                doc, tokens[child], frozenset({"GEO"})):
            return True
    return False


def _cargo_subject(tokens: Sequence[Token], index: int) -> bool:
    """A vehicle or a load as the verb's subject («Поезд доставил 55 контейнеров»): it
    tells neither end, so the page's sides are no guess at them."""
    return any(fold(tokens[i].lemma or "") in cargo_nouns()
               for i in TokenTree(tokens).children_at(index, frozenset({"nsubj", "nsubj:pass"})))


PART_NOUNS = frozenset({"часть"})
VOLUME_NOUNS = frozenset({"объём", "объем"})
# words a goods phrase may catch that name no goods: a volume or a part of goods named
# before, and the words of `data/flows/no_goods_names.txt`
NAMED_NO_GOODS = PART_NOUNS | VOLUME_NOUNS | frozenset(
    fold(row[0]) for row in data_rows("flows/no_goods_names.txt"))


def _a_volume(tokens: Sequence[Token], heads: Sequence[int]) -> bool:
    """A subject that measures the goods the page speaks of, or is a part of them
    («Остальные объёмы экспортированы в Грузию», «часть отправлена в Китай»)."""
    return any(fold(tokens[head].lemma or "") in measure_words() | PART_NOUNS
               for head in heads)


def _sender_home(doc: Document, receiver: str, tools: Toolkit) -> str | None:
    """Who sends goods to a receiver abroad when no sender is named: the document's
    region; on a page on a country abroad, that country («Монголия экспортировала… В
    Китай, Россию, Японию было экспортировано 16,7 тыс. тонн конины»); else Russia."""
    country = _page_country(doc, [receiver], tools)
    receiving = country_of(receiver, doc, tools)
    if receiving in (None, "RU"):
        # into Russia on a page on a country abroad and no Russian region: that country
        # («Из них 62 тыс. тонн экспортировано в Россию» on Armenia's exports)
        return country if country and receiving == "RU" and not is_russian_region(
            doc.main_region or "") else None
    if not doc.main_region and country is not None and country != receiving:
        return country
    return _home(doc, receiver, tools)


def _origin_adjective(clause: Clause, tools: Toolkit) -> str | None:
    """A country or region named by an adjective of the goods: «импорт иранских фруктов»."""
    for token in clause.tokens[clause.index + 1:clause.high]:
        origin = _adjective_origin(token, tools) if token.pos == "ADJ" else None
        if origin is not None:
            return origin
    return None


def _located_party(doc: Document, clause: Clause, tools: Toolkit) -> str | None:
    """A party in the locative after «в»: where the goods are bought."""
    for index in range(clause.low, clause.high):
        if clause.tokens[index].text.lower() in TO_PREPOSITIONS and index != clause.index:
            phrase = _phrase_after(clause.tokens, index, clause.high)
            if phrase and phrase[0].feat("Case") == "Loc":
                keys = party_keys(doc, phrase, tools)
                if keys:
                    return keys[0]
    return None


def _home_receiver(doc: Document, source: str, tools: Toolkit) -> list[str]:
    """Goods supplied from abroad with no receiver named go to the document's region
    («субстанции будут поставляться из Сычуани»)."""
    region = doc.main_region or _russia_named(doc)
    foreign = country_of(source, doc, tools) not in (None, "RU")
    return [region] if region and foreign else []


def _russia_named(doc: Document) -> str | None:
    """Russia as the receiver in a text on no Russian region that names it outside
    datelines: «из Беларуси экспортировано сельхозпродукции» in a text on Belarus and
    Russia goes to Russia."""
    entity = doc.entity("RU")
    if entity is None or not any(not _a_dateline(doc.text, m.start, m.stop)
                                 for m in entity.mentions):
        return None
    return "RU"


def _producer(doc: Document, before: int, target: str, tools: Toolkit,
              at_home: bool = False) -> str | None:
    """The organization named last before this point, at home in another country than the
    receiver («Тракторы "Кировец" поставляются для нужд белорусского АПК» → the factory)."""
    target_country = country_of(target, doc, tools)
    mentions = sorted(
        ((m.start, entity.key) for entity in doc.entities if entity.type == "ORG"
         for m in entity.mentions if before - PRODUCER_REACH <= m.start < before
         and not _a_headline_phrase(doc.text, m.start, m.stop)),
        reverse=True,
    )
    # with `at_home`, an organization whose home is not named belongs to the document's
    # region
    region = doc.main_region if at_home and is_russian_region(doc.main_region or "") else None
    for _, key in mentions:
        if _a_regulator(key, tools):
            continue  # «управление … Россельхознадзора» names no producer
        country = country_of(key, doc, tools) or (country_of(region, doc, tools)
                                                  if region else None)
        if country and target_country and country != target_country:
            return key
    return None


@lru_cache(maxsize=1)
def service_sectors() -> frozenset[str]:
    """Sectors of services, which no goods belong to (`data/flows/service_sectors.txt`)."""
    return frozenset(row[0] for row in data_rows("flows/service_sectors.txt"))


def _a_headline_phrase(text: str, start: int, stop: int) -> bool:
    """A name that opens a line with no sentence end in it, unquoted, its later words in
    lower case: the first words of a headline («Сахалинские морепродукты популярны в
    странах АТР») taken for a firm."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", stop)
    line = text[line_start:line_end if line_end >= 0 else len(text)].rstrip()
    if not line or line[-1] in SENTENCE_ENDS or any(
            mark + " " in line for mark in SENTENCE_ENDS):
        return False  # a paragraph or a sentence, not a headline
    words = text[start:stop].split()
    return not text[line_start:start].strip() and len(words) > 1 and all(
        word[:1].islower() for word in words[1:])


SENTENCE_ENDS = ".!?…"


# units of goods that only goods are counted in (money is left out: «на 5 млн рублей»)
PHYSICAL_MEASURES = frozenset({"тонна", "т", "килограмм", "кг", "центнер", "кубометр",
                               "литр", "баррель", "партия", "вагон", "контейнер",
                               "киловатт-час", "мегаватт-час", "квт∙ча", "квт·ча"}) | {
    fold(row[0]) for row in data_rows("entities/unit_abbreviations.txt")}  # «кВт∙ч»


def _measured(tokens: Sequence[Token], index: int, high: int) -> bool:
    """A unit of goods after a weak trigger: «регион поставил в КНР — 30 тысяч тонн»,
    «отправлено в Беларусь 23 тысячи тонн»; what is so measured is goods."""
    return any(fold(token.lemma or token.text) in PHYSICAL_MEASURES
               for token in tokens[index + 1:high])


def _goods_like(tokens: Sequence[Token]) -> bool:
    """Whether the words name goods: a goods noun, or a sector of goods (not of services:
    «творческие выступления» are no goods)."""
    return bool(set(sectors_of(tokens)) - service_sectors()) or any(
        _a_goods_word(fold(token.lemma or token.text)) for token in tokens
    )


COMPOUND_TAIL = 6  # letters of the goods word a compound ends with
COMPOUND_HEAD = 3  # letters of the stem before it («рыбо-», «агро-», «сельхоз-»)


def _a_goods_word(lemma: str) -> bool:
    """A goods noun, or a compound ending in a long one: «рыбопродукция»,
    «сельхозтехника», «пиломатериалы», «электромашины»."""
    if lemma in goods_words():
        return True
    return len(lemma) >= COMPOUND_TAIL + COMPOUND_HEAD and any(
        lemma.endswith(word) for word in goods_words()
        if len(word) >= COMPOUND_TAIL and len(lemma) - len(word) >= COMPOUND_HEAD
    )


def _status(passage: Passage, trigger: FlowTrigger) -> Status:
    found = status(passage, Trigger(trigger.index, trigger.index + 1, "flow", False))
    return STATUS_OF.get(found, found)


@lru_cache(maxsize=1)
def not_parties() -> frozenset[str]:
    """Words of regulators' and ministries' names (`data/flows/not_parties.txt`)."""
    return frozenset(fold(row[0]) for row in data_rows("flows/not_parties.txt"))


def _a_regulator(key: str, tools: Toolkit) -> bool:
    """An organization that reports or allows supplies, never an end of one."""
    if not key.startswith("org:"):
        return False
    words = re.findall(r"[\w-]+", key[4:])
    return any(fold(tools.morph.parse(word)[0].normal_form) in not_parties() for word in words)


def _a_party(key: str, tools: Toolkit) -> bool:
    """Whether a key can be an end of a flow: not a part of the world lying in no country
    («продал газ в Европу» names a market, not a partner), not a regulator."""
    if _a_regulator(key, tools) or _a_world_part(key, tools):
        return False
    place = tools.gazetteer.get(key)
    return place is None or place.geo_kind != "other" or tools.gazetteer.country(key) is not None


def _a_world_part(key: str, tools: Toolkit) -> bool:
    """A place the gazetteer does not know whose last word names a part of the world
    lying in no country: «Западная Европа», «Юго-Восточная Азия» are markets too."""
    if not key.startswith("geo:") or tools.gazetteer.get(key) is not None:
        return False
    words = key[4:].split()
    if len(words) < 2:
        return False
    last = f"geo:{words[-1]}"
    place = tools.gazetteer.get(last)
    return place is not None and place.geo_kind == "other" and tools.gazetteer.country(last) is None


def _distinct(source: str, target: str, tools: Toolkit) -> bool:
    """Two different parties, neither lying within the other."""
    enclosing = tools.gazetteer.enclosing
    return source != target and target not in enclosing(source) and source not in enclosing(target)


