"""Parties of flows and cooperation: which region, country or organization a run of
tokens names.

In order: the entities mentioned in the run (not inside a prepositional phrase of it);
else a place adjective («белорусские компоненты», «Омские заводы»); else a noun for a
place's people («закупают азербайджанцы»); else a generic noun
that refers back to a party named before («Завод также поставляет…» → the last factory).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from coopwatch.geo.places import Place
from coopwatch.lexicon.datafiles import data_rows
from coopwatch.lexicon.folding import fold
from coopwatch.records import Document, Entity, Token
from coopwatch.text.attribution import filed_in
from coopwatch.text.mentions import EntityMention, entity_mentions
from coopwatch.text.regions import is_country_key
from coopwatch.text.token_tree import TokenTree
from coopwatch.tools import Toolkit

PARTY_TYPES = frozenset({"ORG", "GEO"})
SKIPPED_BEFORE = frozenset({"ADJ", "DET", "PUNCT", "NUM"})
DEMONSTRATIVES = frozenset({"этот", "данный", "тот"})
REGION_KINDS = frozenset({"область", "край", "округ", "республика"})


@lru_cache(maxsize=1)
def generic_nouns() -> dict[str, tuple[str, str]]:
    """Generic nouns (`data/flows/generic_nouns.tsv`): lemma -> (entity type, match rule)."""
    return {fold(row[0]): (row[1], row[2]) for row in data_rows("flows/generic_nouns.tsv")}


def named_parties(
    doc: Document, tokens: Sequence[Token], cases: frozenset[str] | None = None
) -> list[EntityMention]:
    """Mentions of organizations and places in the tokens, leaving out those that follow a
    preposition of the run; with `cases`, only mentions with a token in one of them."""
    if not tokens:
        return []
    found = entity_mentions(doc, tokens[0].start, tokens[-1].stop)
    kept = [
        item for item in found
        if item.entity.type in PARTY_TYPES and not follows_preposition(tokens, item.start)
        and (cases is None or _in_case(tokens, item, cases))
        and not filed_in(doc.passages, item.start)  # «Воронеж. 29.08.2023. ABIREG.RU –»
    ]
    return _outermost(kept)


def follows_preposition(tokens: Sequence[Token], start: int) -> bool:
    """Whether the word at `start` comes after a preposition (adjectives between), or is
    the next member of a list that does («в Китай и Монголию», «из Приморья, Сахалина»)."""
    if _right_after_preposition(tokens, start):
        return True
    before = [token for token in tokens if token.stop <= start]
    listed = False
    while before and before[-1].pos in SKIPPED_BEFORE:
        listed = listed or before[-1].text == ","
        before.pop()
    if before and before[-1].pos == "CCONJ" and before[-1].text.lower() in LIST_JOINS:
        listed = True
        before.pop()
    word = next((token for token in tokens if token.start >= start), None)
    return listed and word is not None and (
        _member_after_preposition(tokens, word)
        or _list_opened_by_preposition([token for token in tokens if token.stop <= start]))


MEMBER_WORDS = frozenset({"NOUN", "PROPN", "ADJ", "DET", "X"})


def _list_opened_by_preposition(before: list[Token]) -> bool:
    """Whether the words before a list member, read back through the members before it,
    reach a preposition: «в Узбекистан, Казахстан, Киргизию» when the parser hangs the
    later members elsewhere."""
    at = len(before)
    while at and before[at - 1].pos in {"ADJ", "DET"}:  # the member's own adjectives
        at -= 1
    for _ in range(MEMBER_REACH):
        if not (at > 1 and (before[at - 1].text == "," or before[at - 1].text.lower() in LIST_JOINS)
                and before[at - 2].pos in {"NOUN", "PROPN"}):  # a noun ends the member before
            return False
        at -= 1
        while at and before[at - 1].pos in MEMBER_WORDS:
            at -= 1
        if at and before[at - 1].pos == "ADP":
            return True
    return False


LIST_JOINS = frozenset({"и", "или"})
MEMBER_REACH = 8  # how many members of a list to climb back through


def _member_after_preposition(tokens: Sequence[Token], word: Token) -> bool:
    """Whether a word is a later member of a list whose first member a preposition opens:
    the parser hangs it as a conjunct, through the members before it, on a noun that
    comes after a preposition («в Китай и Монголию»; in «в Россию продукцию и текстиль»
    the list is of the goods, and «текстиль» hangs on «продукцию»)."""
    tree = TokenTree(tokens)
    at = word
    for _ in range(MEMBER_REACH):
        head = tree.head(at) if at.rel == "conj" else None
        if head is None:
            return False
        at = head
        if at.pos in {"NOUN", "PROPN"} and _right_after_preposition(tokens, at.start):
            return True
    return False


def _right_after_preposition(tokens: Sequence[Token], start: int) -> bool:
    before = [token for token in tokens if token.stop <= start]
    while before and before[-1].pos in SKIPPED_BEFORE:
        before.pop()
    return bool(before) and before[-1].pos == "ADP"


def _in_case(tokens: Sequence[Token], item: EntityMention, cases: frozenset[str]) -> bool:
    """A mention with a word in one of the cases; an acronym (РФ, КНР, ОАЭ) does not
    decline, so the case the tagger gives it says nothing."""
    marked = [
        token.feat("Case") for token in tokens
        if item.start <= token.start < item.stop and token.feat("Case")
        and not an_acronym(token.text)
    ]
    return not marked or any(case in cases for case in marked)


def an_acronym(word: str) -> bool:
    """A word that ends in capitals (РФ, КНР, ОАЭ, БелАЗ, АвтоВАЗ): it shows no case
    ending, so the case the tagger gives it is a guess."""
    return len(word) > 1 and word.isalpha() and word[-2:].isupper()


def _outermost(items: list[EntityMention]) -> list[EntityMention]:
    """Mentions not inside another kept mention («Минпромторга России» keeps the ORG)."""
    return [
        item for item in items
        if not any(
            other is not item and other.start <= item.start and item.stop <= other.stop
            for other in items
        )
    ]


def adjective_places(tokens: Sequence[Token], tools: Toolkit) -> list[str]:
    """Keys of the places named by the adjectives among the tokens, one place each."""
    keys = []
    for index, token in enumerate(tokens):
        # a rare place adjective may be tagged as a name («Сычуаньская сторона»)
        if token.pos != "ADJ" and not (token.pos == "PROPN" and token.rel == "amod"):
            continue
        if _country_of_a_region(tokens, index, tools):
            continue  # «российский регион» is the document's region, not Russia
        named = _region_named(tokens, index, tools)
        places = (named,) if named else tools.gazetteer.adjective(token.text)
        if len(places) == 1:
            keys.append(places[0].key)
    return list(dict.fromkeys(keys))


def _country_of_a_region(tokens: Sequence[Token], index: int, tools: Toolkit) -> bool:
    """An adjective of a country before a noun that stands for the document's region
    («российский регион», «казахстанский регион»): the noun, not the adjective, names it."""
    if index + 1 >= len(tokens):
        return False
    rule = generic_nouns().get(fold(tokens[index + 1].lemma or ""))
    places = tools.gazetteer.adjective(tokens[index].text)
    return (rule == ("GEO", "main") and len(places) == 1
            and places[0].geo_kind == "country")


def _region_named(tokens: Sequence[Token], index: int, tools: Toolkit) -> Place | None:
    """The region an adjective and the kind word after it name together: «Московской
    области» is the region, not the city its adjective alone would give."""
    if index + 1 >= len(tokens) or fold(tokens[index + 1].lemma or "") not in REGION_KINDS:
        return None
    found = tools.gazetteer.find(f"{tokens[index].text} {tokens[index + 1].text}")
    return found[0].place if len(found) == 1 else None


def resident_places(tokens: Sequence[Token], tools: Toolkit) -> list[str]:
    """Keys of the places whose people a noun names: «закупают азербайджанцы» → AZ."""
    keys = []
    for token in tokens:
        place = tools.gazetteer.demonym(token.text) if token.pos == "NOUN" else None
        if place is not None:
            keys.append(place.key)
    return list(dict.fromkeys(keys))


def referent(doc: Document, token: Token) -> str | None:
    """The party a generic noun («завод», «край», «регион») refers back to."""
    rule = generic_nouns().get(fold(token.lemma or token.text))
    if rule is None or token.feat("Number") == "Plur":  # «предприятия» are many, not one
        return None
    kind, match = rule
    if kind == "GEO" and match == "main":
        return doc.main_region
    word = fold(token.lemma or token.text)
    earlier = _mentioned_before(doc, kind, token.start)
    if match == "country":  # «в эту страну», «в соседнюю страну»: the last country abroad
        abroad = [entity for entity in earlier if is_country_key(entity.key) and entity.key != "RU"]
        return abroad[0].key if abroad else None
    named = [entity for entity in earlier if word in fold(entity.name) or any(
        word in fold(alias) for alias in entity.aliases)]
    if not named and word in REPUBLIC_WORDS and not any(
            entity.key in republics() for entity in earlier):
        # «вырос наш экспорт в республику» after «Республика Узбекистан»: the last
        # country abroad, when no Russian republic was named before
        named = [entity for entity in earlier if is_country_key(entity.key)
                 and entity.key != "RU"][:1]
    chosen = named or (earlier if match == "any" else [])
    return chosen[0].key if chosen else None


REPUBLIC_WORDS = frozenset({"республика"})


@lru_cache(maxsize=1)
def republics() -> frozenset[str]:
    """The keys of Russia's republics (`geo/ru_regions.tsv`, «Республика» in the name)."""
    return frozenset(row[0] for row in data_rows("geo/ru_regions.tsv")
                     if "республика" in fold(row[1]))


def _pointed_referent(doc: Document, tokens: Sequence[Token]) -> str | None:
    """«у этой китайской компании»: a demonstrative makes a generic noun refer back."""
    if not any(token.lemma in DEMONSTRATIVES for token in tokens):
        return None
    nouns = [token for token in tokens if token.pos == "NOUN"]
    return referent(doc, nouns[0]) if nouns else None


def _mentioned_before(doc: Document, kind: str, before: int) -> list[Entity]:
    """Entities of a type mentioned before an offset, the most recent first."""
    last_seen = {
        entity.key: max(m.stop for m in entity.mentions if m.stop <= before)
        for entity in doc.entities
        if entity.type == kind and any(m.stop <= before for m in entity.mentions)
    }
    ranked = sorted(last_seen, key=lambda key: -last_seen[key])
    return [entity for key in ranked if (entity := doc.entity(key)) is not None]


def party_keys(
    doc: Document, tokens: Sequence[Token], tools: Toolkit,
    cases: frozenset[str] | None = None,
) -> list[str]:
    """The parties a run of tokens names: entities, else adjectives, else a generic noun."""
    named = [item.key for item in named_parties(doc, tokens, cases)]
    home = _region_of_its_country(doc, tokens, named, tools)
    if home:
        return [home]
    if named:
        return list(dict.fromkeys(named))
    pointed = _pointed_referent(doc, tokens)
    if pointed:
        return [pointed]
    adjectives = adjective_places(tokens, tools)
    if adjectives:
        return adjectives[:1]
    residents = resident_places(tokens, tools)
    if residents:
        return residents[:1]
    for token in tokens:
        if _a_common_noun(token) and (key := referent(doc, token)):
            return [key]
    return []


def _a_common_noun(token: Token) -> bool:
    """A noun, or a lower-case word the tagger took for a name because it opens the
    sentence in capitals: «Регион закупает казахстанский уголь»."""
    return token.pos == "NOUN" or (token.pos == "PROPN" and token.text[:1].isupper()
                                   and token.text[1:].islower()
                                   and generic_nouns().get(fold(token.lemma or "")) is not None)


def _region_of_its_country(doc: Document, tokens: Sequence[Token], named: list[str],
                           tools: Toolkit) -> str | None:
    """«из приграничного региона РФ»: a noun that stands for the document's region, with
    the region's country in the genitive after it, names the region, not the country."""
    region = doc.main_region
    nouns = [token for token in tokens if token.pos == "NOUN"]
    if region is None or not nouns or len(set(named)) != 1:
        return None
    rule = generic_nouns().get(fold(nouns[0].lemma or ""))
    if rule != ("GEO", "main") or nouns[0].feat("Number") == "Plur":
        return None
    return region if tools.gazetteer.country(region) == named[0] != region else None


def inverted_subjects(doc: Document, tokens: Sequence[Token], tools: Toolkit) -> list[str]:
    """Parties named after the verb in a form that can be its subject: «Экспортируют в
    Китай – «Протон», «Микротензор»», «закупают узбекистанцы на Алтае». Only names and
    nouns for a place's people: an adjective or a generic noun there belongs to the goods."""
    run = [token for token in tokens if token.pos == "ADP" or _may_be_nominative(token, tools)]
    # whether a name follows a preposition is read on all the words: the run leaves out
    # the earlier members of a list («в Армению, Грузию и Монголию»)
    named = [item.key for item in named_parties(doc, run)
             if not follows_preposition(tokens, item.start)
             and not _dashed_item(tokens, item.start, item.stop)]
    return list(dict.fromkeys(named)) or resident_places(run, tools)[:1]


ITEM_DASHES = frozenset({"–", "—", "-", "−"})


def _dashed_item(tokens: Sequence[Token], start: int, stop: int) -> bool:
    """A name between a comma and a dash: an item of a list whose preposition is left
    out («В Таджикистан вывезли 5 600 кубометров, Вьетнам – 6 100 кубометров»)."""
    before = [token for token in tokens if token.stop <= start]
    after = [token for token in tokens if token.start >= stop]
    return bool(before and after) and before[-1].text == "," and after[0].text in ITEM_DASHES


def _may_be_nominative(token: Token, tools: Toolkit) -> bool:
    if token.feat("Case") in (None, "Nom"):
        return True
    return any("nomn" in parse.tag for parse in tools.morph.parse(token.text))


def home_of(doc: Document, entity: Entity, tools: Toolkit) -> str | None:
    """The place an organization belongs to: a place adjective in its name
    («Петербургский тракторный завод» → RU-SPE) or right before one of its mentions
    («белорусского «МотоВелоЗавод»» → BY)."""
    for word in entity.name.split():
        places = tools.gazetteer.adjective(word)
        if len(places) == 1:
            return places[0].key
    for mention in entity.mentions:
        before = doc.text[max(0, mention.start - 40):mention.start].split()
        for word in reversed(before[-2:]):
            places = tools.gazetteer.adjective(word.strip("«»\"'"))
            if len(places) == 1:
                return places[0].key
    return None


def country_of(key: str, doc: Document, tools: Toolkit) -> str | None:
    """The country of a party: a place's own country, an organization's home country."""
    if key.startswith("org:"):
        entity = doc.entity(key)
        home = home_of(doc, entity, tools) if entity else None
        return tools.gazetteer.country(home) if home else None
    return tools.gazetteer.country(key)
