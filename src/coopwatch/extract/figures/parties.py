"""The parties a figure is about (SCHEMA: "the keys the figure is about").

The convention, as the gold annotations apply it:

- **Trade** (`trade_turnover`, `export`, `import`) and shares of it: the two trading
  sides, a Russian region (or Russia) and a foreign country or region, or two Russian
  regions. A foreign side alone ("товарооборот с Казахстаном") gets the document's main
  Russian region as the other side, and so does the document's partner region named
  alone when it is Russian too («поставляет в Республику Алтай»). A federal district
  is a Russian side by its own key. «Наш товарооборот» is the speaker's: a federal
  official speaks for RU, a governor for their region. "Взаимной торговли регионов"
  with one side or none named is about the document's two main sides. A business's own
  shipments («АО «Порт» отгрузило в Корею», or the sentence after it when that names no
  Russian side) have the business as the Russian side, not the region it stands in.
- **Investment**: the place invested in, plus the investor (an organization, or a
  country or region) when the text names it: "Сибнефтемаш" opening a plant in Актобе is
  (org:Сибнефтемаш, KZ-15). The main region is added only when no place is named, or
  when neither an organization nor a Russian place is ("китайские инвесторы вложат").
- **Count**: the region and, with one place only, the organization: enterprises «с
  белорусским капиталом» in a region are (region, BY); goods bought from a company
  are (region, org); jobs at an investor's plant are (region, investor), and a foreign
  country beside a company and a Russian region is the company's home, as with investment.

Where the keys come from: the clauses of the number (a clause, between commas, up to
the clause of the number before it), else the whole sentence, else the sentences
before it. A city or a special economic zone counts as its region; an adjective on a
named organization ("тюменский завод «Сибнефтемаш»") is that organization's home, not a
party; a demonstrative ("у этой китайской компании") refers back to the organization
named before. The most specific level wins: a country is dropped when one of its
regions is a party too.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from coopwatch.extract.entities.lexicon import government_words, person_titles, place_kinds
from coopwatch.extract.figures.cues import metric_matches
from coopwatch.extract.positions.of import diplomat_titles
from coopwatch.lexicon.currency import names_a_currency
from coopwatch.lexicon.datafiles import data_rows
from coopwatch.lexicon.folding import fold
from coopwatch.lexicon.phrases import LemmaLexicon
from coopwatch.records import Document, Entity, Sentence, Token
from coopwatch.text.attribution import (
    REGION_NOUNS,
    credit_or_venue,
    dateline_starts,
    passed_through,
    said_there,
)
from coopwatch.text.regions import is_country_key, is_place_key, is_russia_or_region
from coopwatch.text.token_tree import TokenTree
from coopwatch.tools import Toolkit

_WORDS = list(data_rows("figures/party_words.tsv"))
SITE_WORDS = tuple(row[1] for row in _WORDS if row[0] == "site")
POINTERS = frozenset(row[1] for row in _WORDS if row[0] == "pointer")
MUTUAL = {row[1]: (row[2] if len(row) > 2 else "") for row in _WORDS if row[0] == "mutual"}
OURS = frozenset(row[1] for row in _WORDS if row[0] == "ours")
DIRECTIONS = frozenset(row[1] for row in _WORDS if row[0] == "direction")
TOTAL = LemmaLexicon.from_pairs([(row[1], "total") for row in _WORDS if row[0] == "total"])
PART = frozenset(row[1] for row in _WORDS if row[0] == "part")
OWNED = frozenset(fold(row[1]) for row in _WORDS if row[0] == "owned")
OWNER_REACH = 2  # words after an «owned» word to the name of the figure's owner
WORLD = frozenset(fold(row[1]) for row in _WORDS if row[0] == "world")
TERRITORY = frozenset(fold(row[1]) for row in _WORDS if row[0] == "territory")
PEERS = frozenset(fold(row[1]) for row in _WORDS if row[0] == "peers")
RANKS = frozenset(fold(row[1]) for row in _WORDS if row[0] == "rank")
AMONG = "среди"
BETWEEN = "между"
IN = frozenset({"в", "во"})
ORG_NOUNS = frozenset(fold(row[0]) for row in data_rows("entities/org_generic_words.txt"))
TRADE = frozenset({"trade_turnover", "export", "import"})  # a share is no total
CLAUSE_MARKS = frozenset({",", ";"})
DISTRICT_KINDS = frozenset({"federal_district"})  # a party by its own key, inside Russia
DISTRICT_PREFIX = "geo:"


def is_russian(key: str) -> bool:
    """Russia, one of its regions, or a federal district (the only `geo:` party key)."""
    return is_russia_or_region(key) or is_district(key)


def is_district(key: str) -> bool:
    """A federal district as a party: trade «Сибирского федерального округа с Китаем»."""
    return key.startswith(DISTRICT_PREFIX)


@dataclass(frozen=True)
class Sides:
    """The document's main Russian region (else Russia) and its main partner."""

    main: str | None = None
    partner: str | None = None
    partner_in_lead: bool = True  # the partner is named in the first sentence

    @property
    def abroad(self) -> bool:
        """The page is about a country abroad: its home side is no Russian place."""
        return self.main is not None and not is_russian(self.main)


def document_sides(doc: Document, tools: Toolkit | None) -> Sides:
    """The Russian region the document mentions most, and the most mentioned other place
    that is neither it nor its country (cities counted as their regions)."""
    counts: Counter[str] = Counter()
    filed = dateline_starts(doc.sentences)  # a dateline's city is where the news was filed
    for entity in doc.entities:
        key = party_key(entity, tools)
        named = sum(mention.start not in filed for mention in entity.mentions)
        if key and is_place_key(key) and named:
            counts[key] += named
    regions = [key for key, _ in counts.most_common() if key.startswith("RU-")]
    main = regions[0] if regions else ("RU" if "RU" in counts else None)
    ranked = counts.most_common()
    top = ranked[0] if ranked else None
    rivals = [n for key, n in ranked[1:] if top and not _related(key, top[0], tools)]
    if not regions and top is not None and top[1] > _russia_named(doc, counts, tools) and (
            is_country_key(top[0])) and (not rivals or top[1] > rivals[0]):
        # a page about a country abroad and its trade («Узбекистан втрое увеличил
        # поставки в Белоруссию»): that country is the home side, not Russia. Only when
        # it leads: a tie (every destination of a list named once) tells no home
        main = top[0]
    if doc.main_region is not None and doc.main_region in counts:
        # the region the page is about, not a venue whose city is named more often
        # («губернатор Астраханской области находится с визитом в Уфе»)
        main = doc.main_region
    # the partner leads the other places, a place abroad before a Russian one as often
    # named (a venue city); a tie with a place of its own kind, not inside it, leaves the
    # page no partner
    others = sorted(((key, n) for key, n in counts.most_common()
                     if key not in (main, "RU") and not _related(key, main, tools)),
                    key=lambda item: (-item[1], is_russian(item[0])))
    rivals = [n for key, n in others[1:] if not _related(key, others[0][0], tools)
              and is_russian(key) == is_russian(others[0][0])]
    partner = others[0][0] if others and (not rivals or others[0][1] > rivals[0]) else None
    lead = doc.sentences[0] if doc.sentences else None
    in_lead = lead is not None and partner is not None and any(
        party_key(entity, tools) == partner for entity in doc.entities
        for m in entity.mentions if lead.start <= m.start < lead.stop)
    return Sides(main, partner, in_lead)


def _russia_named(doc: Document, counts: Counter[str], tools: Toolkit | None) -> int:
    """How often the page names Russia, by its name or by «российский» («Казахстан
    оказался в тройке лидеров по импорту российского зерна» is about Russia's export)."""
    if tools is None:
        return counts.get("RU", 0)
    adjectives = sum(1 for sentence in doc.sentences for token in sentence.tokens
                     if token.pos == "ADJ" and any(
                         place.key == "RU" for place in tools.gazetteer.adjective(token.text)))
    return counts.get("RU", 0) + adjectives


def _related(key: str, other: str | None, tools: Toolkit | None) -> bool:
    return other is not None and (other in ancestors(key, tools) or key in ancestors(other, tools))


def ancestors(key: str, tools: Toolkit | None) -> list[str]:
    """The enclosing regions and country of a place key, nearest first."""
    return tools.gazetteer.enclosing(key) if tools else []


def party_key(entity: Entity, tools: Toolkit | None) -> str | None:
    """The key an entity stands for as a party: a place key as it is, a city or district
    as its region, a special economic zone as the place in its name, an organization as
    itself; persons and federal districts are no parties."""
    if is_place_key(entity.key):
        return entity.key
    if entity.type == "GEO":
        if entity.geo_kind in DISTRICT_KINDS:
            return entity.key
        return _region_of(entity.within, tools)
    if entity.type == "ORG":
        return _site_place(entity.name, tools) or entity.key
    return None


def _region_of(key: str | None, tools: Toolkit | None) -> str | None:
    """The nearest place key at or above `key`."""
    if key is None or is_place_key(key):
        return key
    return next((k for k in ancestors(key, tools) if is_place_key(k)), None)


def _site_place(name: str, tools: Toolkit | None) -> str | None:
    """ОЭЗ «Липецк» -> RU-LIP: the place named in a special economic zone's name."""
    folded = fold(name)
    if tools is None or not any(folded.startswith(fold(word) + " ") for word in SITE_WORDS):
        return None
    for mention in tools.gazetteer.find(name):
        key = mention.place.key if is_place_key(mention.place.key) else mention.place.within
        region = _region_of(key, tools)
        if region:
            return region
    return None


@dataclass(frozen=True)
class PartyMention:
    """A place or an organization named in the text, as the key it is a party by."""

    start: int
    stop: int
    key: str


def party_mentions(doc: Document, tools: Toolkit | None) -> tuple[PartyMention, ...]:
    """The mentions of the document's entities that can be parties (places and
    organizations), each entity's key worked out once."""
    found: list[PartyMention] = []
    for entity in doc.entities:
        key = party_key(entity, tools)
        if key and (is_place_key(key) or is_district(key) or key.startswith("org:")):
            found += [PartyMention(m.start, m.stop, key) for m in entity.mentions]
    return tuple(found)


def sentence_parties(doc: Document, sentence: Sentence, mentions: Sequence[PartyMention],
                     tools: Toolkit | None) -> tuple[PartyMention, ...]:
    """The party mentions inside a sentence, place adjectives included, by offset."""
    offices = _office_spans(doc, sentence)
    tree = TokenTree(sentence.tokens)
    found = [m for m in mentions if sentence.start <= m.start and m.stop <= sentence.stop
             # the source or the venue of the news is no party («на полях форума в Сочи»)
             and not credit_or_venue(sentence.tokens, m.start, m.stop, where=True)
             and not said_there(sentence.tokens, m.start)
             and not _within(m, offices) and not _of_a_title(tree, m)
             and not passed_through(doc.text, m.start) and not _among_peers(tree, m)]
    # an adjective inside a name already found («Московской области») is not one more place,
    # nor one inside another place's name («в Ивановском районе Амурской области»)
    named = [(item.start, item.stop) for entity in doc.entities if entity.type == "GEO"
             for item in entity.mentions
             if sentence.start <= item.start and item.stop <= sentence.stop]
    found += [m for m in _adjective_mentions(doc, sentence, tree, tools)
              if not any(n.start <= m.start and m.stop <= n.stop for n in found)
              and not _within(m, named)
              and not _in_a_venue(tree, m) and not _within(m, offices)]
    found += _pointed_regions(sentence, tree, mentions, found)
    return tuple(sorted(found, key=lambda m: (m.start, m.key)))


def _among_peers(tree: TokenTree, mention: PartyMention) -> bool:
    """A place that names the group of regions a side ranks among («лидером по экспорту
    среди субъектов Сибирского федерального округа», «первое место в Южном федеральном
    округе»): the group is no party."""
    words = [t for t in tree.tokens if mention.start <= t.start and t.stop <= mention.stop]
    inside = {t.id for t in words}
    for word in words:
        if word.head_id in inside:
            continue
        head = tree.head(word)
        lemma = fold(head.lemma or "") if head is not None else ""
        if head is not None and lemma in PEERS and any(
                child.text.lower() == AMONG for child in tree.children(head)):
            return True
        ranked = lemma in RANKS or (head is not None and any(
            fold(child.lemma or "") in RANKS for child in tree.children(head)))
        if ranked and any(child.text.lower() in IN for child in tree.children(word)):
            return True  # «место в округе», «занимает место в округе»
    return False


def _office_spans(doc: Document, sentence: Sentence) -> list[tuple[int, int]]:
    """The stretches of an organization's name in the sentence after a word that makes
    the places its territory («управление Россельхознадзора по Брянской, Смоленской и
    Калужской областям»): a territorial office names where it works, not a party."""
    spans = []
    for entity in doc.entities:
        if entity.type != "ORG":
            continue
        for m in entity.mentions:
            if not (sentence.start <= m.start and m.stop <= sentence.stop):
                continue
            words = [t for t in sentence.tokens if m.start <= t.start and t.stop <= m.stop]
            mark = next((t for t in words if fold(t.text) in TERRITORY), None)
            if mark is not None:
                spans.append((mark.stop, m.stop))
    return spans


def _of_a_title(tree: TokenTree, mention: PartyMention) -> bool:
    """A foreign place named as a person's office («во главе с заместителем губернатора
    провинции Хэйлунцзян»): where the person serves, not a side of the figure; nor is
    the place an envoy is posted to («казахстанский посол в Москве»)."""
    if not is_place_key(mention.key):
        return False
    words = [t for t in tree.tokens if mention.start <= t.start and t.stop <= mention.stop]
    inside = {t.id for t in words}
    heads = [tree.head(t) for t in words if t.head_id not in inside]
    before = [t for t in tree.tokens if t.stop <= mention.start]
    if before and before[-1].text.lower() in ("в", "во") and any(
            head is not None and fold(head.lemma) in ENVOY_NOUNS for head in heads):
        return True
    if is_russian(mention.key):
        return False
    # over the kind of the place («губернатора провинции Хэйлунцзян»)
    heads = [tree.head(h) if fold(h.lemma) in place_kinds() else h
             for h in heads if h is not None]
    return any(head is not None and fold(head.lemma) in person_titles() for head in heads)


# the one-word titles of a state's envoys: «в X» after one names their host
ENVOY_NOUNS = frozenset(fold(title) for title in diplomat_titles() if " " not in title)


def _within(mention: PartyMention, spans: Sequence[tuple[int, int]]) -> bool:
    return any(start <= mention.start and mention.stop <= stop for start, stop in spans)


def _pointed_regions(sentence: Sentence, tree: TokenTree, mentions: Sequence[PartyMention],
                     found: Sequence[PartyMention]) -> list[PartyMention]:
    """«Этот регион», «данный регион»: the Russian region named last before the sentence
    (the document's own region is not always the one pointed at)."""
    earlier = [m for m in mentions if m.stop <= sentence.start and m.key.startswith("RU-")]
    if not earlier:
        return []
    referent = max(earlier, key=lambda m: m.start).key
    pointed = []
    for token in sentence.tokens:
        if fold(token.lemma) not in REGION_NOUNS or any(
                m.start <= token.start < m.stop for m in found):
            continue
        if any(fold(t.lemma) in POINTERS for t in tree.children(token)):
            pointed.append(PartyMention(token.start, token.stop, referent))
    return pointed


def _in_a_venue(tree: TokenTree, mention: PartyMention) -> bool:
    """A place adjective of a venue's name («на полях Российского инвестиционного
    форума»): the noun it describes is the venue."""
    word = next((t for t in tree.tokens if t.start == mention.start), None)
    head = tree.head(word) if word is not None else None
    return head is not None and credit_or_venue(tree.tokens, head.start, head.stop)


def keys_within(mentions: Sequence[PartyMention], start: int, stop: int) -> list[str]:
    """The keys named in [start, stop), in text order, each once."""
    return list(dict.fromkeys(m.key for m in mentions if start <= m.start and m.stop <= stop))


def _adjective_mentions(doc: Document, sentence: Sentence, tree: TokenTree,
                        tools: Toolkit | None) -> list[PartyMention]:
    if tools is None:
        return []
    found: list[PartyMention] = []
    for index, token in enumerate(sentence.tokens):
        # the people of a place stand for it: «140 тонн риса отправили китайцы в …»
        people = tools.gazetteer.demonym(token.text) if token.pos == "NOUN" else None
        if people is not None and is_place_key(people.key):
            found.append(PartyMention(token.start, token.stop, people.key))
            continue
        if token.pos != "ADJ" or names_a_currency(sentence.tokens, index):
            continue
        places = [p.key for p in tools.gazetteer.adjective(token.text) if is_place_key(p.key)]
        if places:
            found += [PartyMention(token.start, token.stop, key)
                      for key in _adjective_party(doc, sentence, tree, token, places)]
    return found


def _adjective_party(doc: Document, sentence: Sentence, tree: TokenTree, token: Token,
                     places: list[str]) -> list[str]:
    """What a place adjective makes a party: its places, or nothing when it describes a
    named organization, or the organization a demonstrative refers back to; «российский
    регион» is the document's own region."""
    head = tree.head(token)
    if head is not None and "RU" in places and fold(head.lemma) in REGION_NOUNS:
        # «этим российским регионом»: the region the document is about, not Russia
        return [doc.main_region] if doc.main_region else []
    if head is None or fold(head.lemma) not in ORG_NOUNS | {"завод", "комбинат", "фабрика"}:
        return places
    if _names_organization(doc, head):
        return []
    pointed = any(fold(t.lemma) in POINTERS for t in tree.children(head))
    if not pointed:
        return places
    referent = last_organization(doc, sentence.start)
    return [referent] if referent else places


def _names_organization(doc: Document, head: Token) -> bool:
    """The noun is part of an organization's name or right before it: "завод «Сибнефтемаш»"."""
    return any(m.start <= head.start < m.stop or 0 <= m.start - head.stop <= 2
               for entity in doc.entities if entity.type == "ORG" for m in entity.mentions)


def last_organization(doc: Document, before: int) -> str | None:
    """The organization mentioned last before an offset."""
    mentions = [(m.start, entity.key) for entity in doc.entities if entity.type == "ORG"
                for m in entity.mentions if m.stop <= before]
    return max(mentions)[1] if mentions else None


def clause_span(sentence: Sentence, at: int, numbers: Sequence[int]) -> tuple[int, int]:
    """The text a number's parties come from: its clause and the clauses before it back
    to the clause of the number before it; the last number also takes the clauses after
    it ("товарооборот с Казахстаном составил 412 млн долларов, с Актюбинской областью —
    около 37 млн": the second number's clause names only Актюбинская область)."""
    cuts = [t.start for t in sentence.tokens if t.text in CLAUSE_MARKS]
    bounds = [sentence.start, *cuts, sentence.stop]

    def clause(offset: int) -> int:
        return sum(1 for cut in cuts if cut < offset)

    mine = clause(at)
    before = [clause(n) for n in numbers if clause(n) < mine]
    after = [clause(n) for n in numbers if clause(n) > mine]
    first = max(before) + 1 if before else 0
    last = mine if after else len(bounds) - 2
    return bounds[first], bounds[last + 1]


def own_stretch(sentence: Sentence, at: int, numbers: Sequence[int]) -> tuple[int, int] | None:
    """In a clause with several numbers, the words before a number back to the number
    before it in that clause («Казахстан (20%) и Беларусь (10%)»: «и Беларусь» for 10%):
    a list names each item's place right before its number. None when the number is
    alone in its clause."""
    cuts = [t.start for t in sentence.tokens if t.text in CLAUSE_MARKS]
    start = max((cut for cut in cuts if cut < at), default=sentence.start)
    stop = min((cut for cut in cuts if cut > at), default=sentence.stop)
    others = [n for n in numbers if start <= n < stop and n != at]
    if not others:
        return None
    return max((n for n in others if n < at), default=start), at


PLACE_PREPOSITIONS = frozenset({"из", "изо", "в", "во", "на"})
POSTPOSED_STOPS = frozenset({";", ":", "–", "—", "-", "(", ")"})
POSTPOSED_JOINS = frozenset({"и", "а", "или"})


def postposed_place(sentence: Sentence, at: int, numbers: Sequence[int],
                    mentions: Sequence[PartyMention]) -> str | None:
    """The place a preposition names right after a number's goods, before the next
    number: «ввоз 493,6 тонн голубики из Грузии и 179 тонн шелковицы, поступившей из
    Армении» (a comma goes on only before a participle or «который»)."""
    tokens = sentence.tokens
    after = [n for n in numbers if n > at]
    stop = min(after, default=sentence.stop)
    run = [index for index, token in enumerate(tokens) if at < token.start < stop]
    for position in run:
        token = tokens[position]
        if token.text in POSTPOSED_STOPS or token.text.lower() in POSTPOSED_JOINS:
            return None  # «в Казахстан 40 млн долларов и в Узбекистан 15 млн»: the next item
        if token.text == ",":
            following = tokens[position + 1] if position + 1 < len(tokens) else None
            if following is None or not (following.feat("VerbForm") == "Part" or (
                    following.lemma or "").lower() == "который"):
                return None
            continue
        if token.text.lower() in PLACE_PREPOSITIONS and position + 1 < len(tokens):
            named = [m for m in mentions if m.start >= tokens[position + 1].start
                     and m.stop <= stop and is_place_key(m.key)
                     and not sentence.text[tokens[position].stop - sentence.start:
                                           m.start - sentence.start].strip(" «\"")]
            if named:
                return named[0].key
    return None


def bracket_owner(sentence: Sentence, at: int,
                  mentions: Sequence[PartyMention]) -> str | None:
    """The place named right before the bracket a number stands in: «вошли Румыния (объем
    закупок более 36 млн долларов) и Украина (порядка 30 млн)» tells Romania's sum."""
    text, offset = sentence.text, sentence.start
    opening = text.rfind("(", 0, at - offset)
    if opening < 0 or ")" in text[opening:at - offset]:
        return None
    before = [m for m in mentions if offset <= m.stop <= offset + opening
              and not text[m.stop - offset:opening].strip() and is_place_key(m.key)]
    return before[-1].key if before else None


def _stem(word: str) -> str:
    """A word without its ending, to match its other cases («парке», «зоны»)."""
    return re.escape(word) if len(word) <= 3 else re.escape(word[:max(3, len(word) - 2)]) + r"\w*"


# sentences before (and after) a figure searched for the company it is about
INVESTOR_BEFORE, INVESTOR_AFTER = 5, 2
_SITE_BEFORE = re.compile(
    r"(?<!\w)(?:" + "|".join(r"\s+".join(_stem(w) for w in phrase.lower().split())
                               for phrase in SITE_WORDS)
    + r")\s*[«\"“]?\s*$", re.IGNORECASE)


def is_site(doc: Document, entity: Entity) -> bool:
    """An organization that is a place others invest in: its name starts with a site
    word (ОЭЗ «Липецк»), or it is named right after one («в индустриальном парке
    «Узловая»»)."""
    names = [fold(entity.name).strip("«»\"“” "), fold(entity.key.removeprefix("org:"))]
    return any(name.startswith(fold(word) + " ") for word in SITE_WORDS for name in names) or any(
        _SITE_BEFORE.search(doc.text[max(0, m.start - 40):m.start]) for m in entity.mentions)


def investor_mentions(doc: Document, mentions: Sequence[PartyMention],
                      sentences: Sequence[Sentence]) -> tuple[PartyMention, ...]:
    """The mentions of companies that can be a project's investor: organizations that
    are no site, no government body, and neither the source nor the venue of the news."""
    entities = {entity.key: entity for entity in doc.entities if entity.type == "ORG"}
    bodies = government_words()
    found = []
    for sentence in sentences:
        for m in mentions:
            entity = entities.get(m.key)
            if entity is None or not (sentence.start <= m.start and m.stop <= sentence.stop):
                continue
            head = fold(entity.name.split()[0]) if entity.name.split() else ""
            if is_site(doc, entity) or head in bodies or credit_or_venue(
                    sentence.tokens, m.start, m.stop):
                continue
            found.append(m)
    return tuple(sorted(found, key=lambda m: m.start))


def nearest_investor(investors: Sequence[PartyMention], sentences: Sequence[Sentence],
                     index: int, at: int) -> str | None:
    """The company a project's figure in sentence `index` (number at offset `at`) is
    about: the one named last before it, in that sentence or the few before, else the
    first one named in the next sentences («будет создано 200 рабочих мест. Компания
    X планирует разместить завод»)."""
    first = sentences[max(0, index - INVESTOR_BEFORE)].start
    last = sentences[min(len(sentences) - 1, index + INVESTOR_AFTER)].stop
    before = [m.key for m in investors if first <= m.start < at]
    if before:
        return before[-1]
    after = [m.key for m in investors if at <= m.start < last]
    return after[0] if after else None


SHIPPED_METRICS = TRADE | {"share"}  # the metrics a company's own trade is told in
FIRM_WORDS = tuple(row[1] for row in _WORDS if row[0] == "firm")
SHIPPER_BEFORE = 2  # sentences searched back for the business whose trade goes on
FIRM_REACH = 25  # characters before a name searched for a firm word («АО «Порт»»)


def is_firm(doc: Document, mention: PartyMention) -> bool:
    """A mention of a business: its name, or the words right before it, say so («АО
    «Порт»», «компании «Сигма»», «Загорского трубного завода»), in any case."""
    start = max(0, mention.start - FIRM_REACH)
    words = set(re.findall(r"\w+", fold(doc.text[start:mention.stop])))
    words |= {fold(token.lemma) for sentence in doc.sentences
              if sentence.start < mention.stop and start < sentence.stop
              for token in sentence.tokens
              if token.lemma and start <= token.start and token.stop <= mention.stop}
    return any(fold(word) in words for word in FIRM_WORDS)


def shipping_company(doc: Document, investors: Sequence[PartyMention],
                     parties: Sequence[PartyMention], index: int, at: int) -> str | None:
    """The company a trade figure in sentence `index` (number at offset `at`) is the
    trade of: the last business named before the number in its sentence, else, when
    the sentence names no Russian place, the first one (its subject) of the nearest of
    the `SHIPPER_BEFORE` sentences before that names one, unless a sentence between
    names a Russian place."""
    sentences = doc.sentences
    firms = [m for m in investors if is_firm(doc, m)]
    start, stop = sentences[index].start, sentences[index].stop
    own = [m.key for m in firms if start <= m.start < at]
    if own:
        return own[-1]
    if index == 0 or any(is_russian(m.key) for m in parties if start <= m.start < stop):
        return None
    for before in reversed(sentences[max(0, index - SHIPPER_BEFORE):index]):
        earlier = [m.key for m in firms if before.start <= m.start < before.stop]
        if earlier:
            return earlier[0]
        if any(is_russian(m.key) for m in parties if before.start <= m.start < before.stop):
            return None
    return None


def is_mutual(tokens: Sequence[Token]) -> bool:
    """The words say the figure is about both sides: "взаимной торговли регионов"; a
    plural word that the goods go to or come from («поставлено в страны ближнего
    зарубежья», «из стран Азии») names destinations, not the two sides."""
    tree = TokenTree(tokens)
    for token in tokens:
        form = MUTUAL.get(fold(token.lemma))
        if form is None:
            continue
        if form != "plural":
            return True
        if token.feat("Number") == "Plur" and not _directed(tree, token) and not (
                _of_the_world(tree, token)):
            return True
    return False


def _of_the_world(tree: TokenTree, word: Token) -> bool:
    """An adjective of the whole world qualifies the word («с зарубежными странами»)."""
    return any(fold(t.lemma) in WORLD for t in tree.children(word))


def _directed(tree: TokenTree, word: Token) -> bool:
    """A preposition of direction governs the word («в страны», «из регионов»)."""
    return any(fold(t.lemma) in DIRECTIONS for t in tree.children(word, {"case"}))


def says_total(tokens: Sequence[Token]) -> bool:
    """The words say the figure is a trade total with the whole world («общий объём
    экспорта», «поставляет на экспорт», «с зарубежными странами»)."""
    words = [fold(token.lemma or token.text) for token in tokens]
    tree = TokenTree(tokens)
    world = any(fold(token.lemma) in MUTUAL and _of_the_world(tree, token) for token in tokens)
    # «внешнеторговый оборот между регионом и республикой» names its partner
    owned = any(word in OWNED and _owner_after(tokens, index) for index, word in enumerate(words))
    return (world or owned or bool(TOTAL.matches(words))) and PART.isdisjoint(words) and (
        BETWEEN not in words or world)


def _owner_after(tokens: Sequence[Token], index: int) -> bool:
    """Whether a name in the genitive follows within reach: «внешнеторговый оборот
    Красноярского края»."""
    return any(token.feat("Case") == "Gen" and token.text[:1].isupper()
               for token in tokens[index + 1:index + 2 + OWNER_REACH])


def says_ours(tokens: Sequence[Token]) -> bool:
    """«Наш товарооборот»: a possessive right before a metric word."""
    return any(fold(token.lemma) in OURS and any(m.first == 0 for m in
                                                 metric_matches(tokens[i + 1:i + 4]))
               for i, token in enumerate(tokens))


def says_our_region(tokens: Sequence[Token]) -> bool:
    """«партнёр нашего региона», «нашей области»: the speaker's own region named."""
    return any(fold(token.lemma) in OURS and i + 1 < len(tokens)
               and fold(tokens[i + 1].lemma) in REGION_NOUNS
               for i, token in enumerate(tokens))


@dataclass(frozen=True)
class Clues:
    """What the words around a figure say about its parties besides the keys."""

    speaker: str | None = None  # the speaker's side of «наш товарооборот»
    mutual: bool = False        # "взаимной торговли": both sides of the document
    total: bool = False         # «общий объём экспорта»: with the whole world
    ours: bool = False          # «нашего региона» said in the figure's sentence


def figure_parties(keys: Sequence[str], metric: str, sides: Sides, clues: Clues = Clues(),
                   parents: Callable[[str], list[str]] = lambda _key: [],
                   shipper: str | None = None) -> tuple[str, ...]:
    """The parties of a figure from the keys around it (see the module docstring).

    `parents(key)` gives the enclosing places of a key, for the most specific level; a
    `shipper` is the company whose own trade the figure tells.
    """
    places = _most_specific([k for k in keys if is_place_key(k) or is_district(k)], parents)
    orgs = [key for key in keys if key.startswith("org:")]
    foreign = [key for key in places if not is_russian(key)]
    if metric in SHIPPED_METRICS and shipper and foreign and not clues.speaker:
        # a company's own shipments: the company is the Russian side, the region it
        # stands in only its address («АО «Порт» в Приморском крае»)
        return (shipper, *foreign)
    if metric in ("investment", "count") and orgs and any(map(is_russian, places)):
        # a company investing or producing in a Russian place: a foreign country beside
        # it is the company's home («российско-индийский завод PSK Pharma»), not a party
        places = [key for key in places if is_russian(key) or "-" in key]
    if metric == "investment":
        chosen = places + orgs[:1]
        if not places or not (orgs or any(map(is_russian, places))):
            chosen = _with(sides.main, chosen, parents)
        return tuple(chosen)
    if metric == "count":
        chosen = places + (orgs[:1] if len(places) < 2 else [])
        if not any(map(is_russian, places)):
            chosen = _with(sides.main, chosen, parents)
        return tuple(chosen)
    if metric in TRADE and clues.total and not clues.mutual and all(
            key.startswith("RU-") or key == sides.main for key in places):
        # a region's trade with the whole world has no partner
        return tuple(places or _with(sides.main, places, parents))
    if metric in TRADE and places == [sides.partner] and is_russian(places[0]):
        # two Russian regions trading: the other region named alone is the partner of
        # the document's own («республика поставляет в Республику Алтай»)
        return tuple(_with(sides.main, places, parents))
    if metric in ("export", "import") and all(map(is_russian, places)) and places \
            and not sides.partner_in_lead and not sides.abroad:
        return tuple(places)
    return tuple(_trade_sides(places, sides, clues, parents))


def _trade_sides(places: list[str], sides: Sides, clues: Clues,
                 parents: Callable[[str], list[str]]) -> list[str]:
    if clues.speaker:
        places = _with(clues.speaker, places, parents)
    elif sides.abroad and sides.main not in places:
        # a page on a country abroad: every place its figure names is that country's
        # partner, Russia too («Основными покупателями стали Россия – 407 млн долларов»)
        places = _with(sides.main, places, parents)
    elif not any(map(is_russian, places)):
        places = _with(sides.main, places, parents)
    if len(places) < 2:
        # a Russian side the text names stays («российский экспорт в республику»): Russia
        # named is not the document's region
        if not any(map(is_russian, places)):
            places = _with(sides.main, places, parents)
        places = _with(sides.partner, places, parents)
    return places


def _with(key: str | None, chosen: list[str], parents: Callable[[str], list[str]]) -> list[str]:
    """`key` first, unless it or a place inside it is there already."""
    if key is None or any(k == key or key in parents(k) for k in chosen):
        return chosen
    return [key, *(k for k in chosen if k not in parents(key))]


def _most_specific(places: list[str], parents: Callable[[str], list[str]]) -> list[str]:
    """Drop a place when a place inside it is there too (CN beside CN-HB)."""
    inner = {parent for key in places for parent in parents(key)}
    return [key for key in places if key not in inner]
