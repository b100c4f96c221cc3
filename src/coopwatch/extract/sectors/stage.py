"""Stage `sectors`: document-level sectors; `sectors_of` for any run of tokens.

Sectors come from a lemma lexicon (`data/sectors/lexicon.tsv`). A document's sectors are those
of its cooperation-bearing passages only (sentences that carry an event, a flow or a
cooperation fact, or that speak of cooperation), not of every word in the text. An event
whose own sentences name no sector takes those of the sentences around it that tell of it
(«Соглашение подписано. Документ предусматривает сотрудничество в сфере туризма»); so
does a cooperation pair that still has none.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence, Set
from dataclasses import replace
from functools import lru_cache
from itertools import pairwise
from typing import TypeVar

from coopwatch.lexicon.datafiles import data_rows
from coopwatch.lexicon.folding import fold
from coopwatch.lexicon.phrases import LemmaLexicon, PhraseMatch
from coopwatch.records import (
    SECTORS,
    Cooperation,
    Document,
    Event,
    Flow,
    Sector,
    Span,
    Token,
    one_of,
)
from coopwatch.text.passages import Passage
from coopwatch.text.token_tree import TokenTree
from coopwatch.tools import Toolkit

NOT_A_SECTOR = "-"
BOTH = ","  # «сельхозтехника»: machinery,agriculture

Fact = TypeVar("Fact", bound=Event | Flow | Cooperation)


@lru_cache(maxsize=1)
def sector_lexicon() -> LemmaLexicon:
    """The sector lexicon of `data/sectors/lexicon.tsv`."""
    pairs = [(row[0], row[1]) for row in data_rows("sectors/lexicon.tsv")]
    unknown = ({code for _, label in pairs for code in label.split(BOTH)}
               - set(SECTORS) - {NOT_A_SECTOR})
    if unknown:
        raise ValueError(f"sectors/lexicon.tsv: unknown sector codes {sorted(unknown)}")
    return LemmaLexicon.from_pairs(pairs)


@lru_cache(maxsize=1)
def cooperation_cues() -> LemmaLexicon:
    """Words that make a passage speak of cooperation (`cooperation` rows of the triggers)."""
    rows = data_rows("events/triggers.tsv")
    return LemmaLexicon.from_pairs([(row[2], "cue") for row in rows if row[0] == "cooperation"])


def sectors_of(tokens: Sequence[Token] | Sequence[str]) -> tuple[Sector, ...]:
    """Sector codes (SCHEMA.md) named by these tokens (or lemmas), in order of first mention.

    An adjective that only qualifies a noun of another sector is not counted:
    "туристических электробусов" is automotive, not tourism.
    """
    words = [token for token in tokens if isinstance(token, str)]
    if words:
        return _ordered(match.label for match in _lexicon_matches(words))
    token_list = [token for token in tokens if isinstance(token, Token)]
    tree = TokenTree(token_list)
    if _page_menu(token_list) or _lists_a_delegation(tree):
        return ()
    names = {index for index, token in enumerate(token_list) if token.pos == "PROPN"}
    found = _lexicon_matches([token.lemma or token.text for token in token_list], names)
    found = _with_shared_heads(found, tree)
    kept = [match for match in found if not _qualifies_other(match, found, tree)
            and not _builds_a_plant(match, found, tree)
            and not _measured(match, tree)
            and not _names_a_body(match, tree)
            and not _toured(match, tree)]
    kept += festival_matches(token_list)
    return _ordered(match.label for match in sorted(kept, key=lambda match: match.first))


def _with_shared_heads(found: list[PhraseMatch], tree: TokenTree) -> list[PhraseMatch]:
    """The matches, an adjective that shares its noun with coordinated ones read as the
    lexicon's phrase of the two: «сельскохозяйственной и дорожной техники» is
    «сельскохозяйственная техника» and «дорожная техника» (the lexicon's phrases join
    only an adjective right before its noun)."""
    entries = sector_lexicon().entries
    tokens = tree.tokens
    in_phrases = {index for match in found if match.last - match.first > 1
                  for index in range(match.first, match.last)}
    shared: dict[int, PhraseMatch] = {}
    for index, token in enumerate(tokens):
        head = tree.position(_noun_head(token, tree)) if _modifies(token) else None
        if head is None or head == index + 1 or index in in_phrases:
            continue
        words = (fold(token.lemma or token.text), fold(tokens[head].lemma or tokens[head].text))
        if words in entries:
            shared[index] = PhraseMatch(first=index, last=index + 1, label=entries[words],
                                        phrase=words)
    kept = [match for match in found if match.first not in shared]
    return sorted([*kept, *shared.values()], key=lambda match: match.first)


@lru_cache(maxsize=1)
def body_nouns() -> frozenset[str]:
    """Nouns of a government body (`data/sectors/bodies.txt`)."""
    return frozenset(fold(row[0]) for row in data_rows("sectors/bodies.txt"))


BODY_LINKS = frozenset({"nmod", "conj", "amod"})


HEAD_STEPS = 4


def _governed_by(match: PhraseMatch, tree: TokenTree, links: frozenset[str],
                 words: frozenset[str]) -> bool:
    """Whether one of `words` governs the match: climbing from its last token along
    `links`, at most HEAD_STEPS heads up, a head's lemma is among them."""
    token = tree.tokens[match.last - 1]
    for _ in range(HEAD_STEPS):
        head = tree.head(token) if token.rel in links else None
        if head is None:
            return False
        token = head
        if fold(token.lemma or token.text) in words:
            return True
    return False


def _names_a_body(match: PhraseMatch, tree: TokenTree) -> bool:
    """A match that names the branch of a body: its head, through the words of the
    name («Министерство экономического развития и торговли»), is a body noun."""
    return _governed_by(match, tree, BODY_LINKS, body_nouns())


@lru_cache(maxsize=1)
def membership_pairs() -> frozenset[tuple[str, str]]:
    """(noun, verb) pairs that list the members of a body (`data/sectors/members.tsv`)."""
    return frozenset((fold(row[0]), fold(row[1])) for row in data_rows("sectors/members.tsv"))


def _lists_a_delegation(tree: TokenTree) -> bool:
    """«В состав делегации вошли …», «В её состав входят …»: who makes up a delegation
    or a commission, by their posts and firms, not what it comes to talk about."""
    return any((head := tree.head(token)) is not None and (
        fold(token.lemma or token.text), fold(head.lemma or head.text)) in membership_pairs()
        for token in tree.tokens)


MENU_MIN = 5


def _page_menu(tokens: Sequence[Token]) -> bool:
    """A line of a site's menu or tags, not a sentence: most of its words, at least
    five past the first, are capitalized («Нацпроекты Строительство Транспорт
    Рейтинги»)."""
    words = [token for token in tokens if token.text[:1].isalpha()]
    capitals = sum(1 for token in words[1:] if _capitalized(token))
    return capitals >= MENU_MIN and 2 * capitals > len(words)


@lru_cache(maxsize=1)
def tour_words() -> frozenset[str]:
    """Verbs and nouns of touring a place (`data/sectors/tours.txt`)."""
    return frozenset(fold(row[0]) for row in data_rows("sectors/tours.txt"))


TOUR_LINKS = frozenset({"obj", "obl", "nmod", "conj", "amod"})


def _toured(match: PhraseMatch, tree: TokenTree) -> bool:
    """A match inside what a word of touring takes («посетит автомобильный завод»,
    «посещение музеев и вузов»): its head, through the words of the phrase, is one."""
    return _governed_by(match, tree, TOUR_LINKS, tour_words())


@lru_cache(maxsize=1)
def festival_forms() -> dict[str, str]:
    """Plural forms of nouns that name a festival of the place after them, with its
    sector (`data/sectors/festivals.tsv`)."""
    return {fold(form): row[1] for row in data_rows("sectors/festivals.tsv")
            for form in row[0].split()}


def festival_matches(tokens: Sequence[Token]) -> list[PhraseMatch]:
    """A festival noun in the plural whose genitive dependant is a name written with a
    capital letter, or a noun that one qualifies: «Дни Москвы», «дни Пензенской
    области», «Дней Дорнод аймака» (not «в эти дни», «Дни открытых дверей»)."""
    found = []
    tree = TokenTree(tokens)
    for index, token in enumerate(tokens):
        label = festival_forms().get(fold(token.text))
        if label and _of_a_name(token, tree):
            found.append(PhraseMatch(first=index, last=index + 1, label=label,
                                     phrase=(token.lemma or token.text,)))
    return found


def _of_a_name(token: Token, tree: TokenTree) -> bool:
    """The token has a genitive dependant that is a name, or is qualified by one."""
    dependants = [item for item in tree.children(token, {"nmod"}) if item.feat("Case") == "Gen"]
    return any(_capitalized(item) or any(_capitalized(other) for other in tree.children(item))
               for item in dependants)


def _capitalized(token: Token) -> bool:
    return token.text[:1].isupper()


def _lexicon_matches(lemmas: Sequence[str], names: Set[int] = frozenset()) -> list[PhraseMatch]:
    """The lexicon's phrase matches, and a compound the lexicon does not list read by its
    parts: a hyphenated adjective («гуманитарно-культурный», «мясо-молочный») or, unless it
    is a proper name (`names`: «Нефтеюганск»), a word opening with a combining form
    («нефтеперерабатывающий»)."""
    found = sector_lexicon().matches(lemmas)
    covered = {index for match in found for index in range(match.first, match.last)}
    for index, lemma in enumerate(lemmas):
        if index in covered:
            continue
        label = compound_label(lemma) or (None if index in names else stem_label(fold(lemma)))
        if label:
            found.append(PhraseMatch(first=index, last=index + 1, label=label, phrase=(lemma,)))
    return sorted(found, key=lambda match: match.first)


ADJECTIVE_ENDINGS = ("ый", "ий", "ой")


def compound_label(lemma: str) -> str | None:
    """The sectors of a hyphenated compound adjective, from its parts: the last part is an
    adjective lemma, each earlier one a stem with its linking vowel («научно», «историко»,
    «мясо») that names the sector of its full adjective or noun. A first part left hanging
    before a conjunction («научно- и культурно-гуманитарное», «лесо- и
    деревообрабатывающий») is read alone, or as a combining form."""
    parts = fold(lemma).split("-")
    if len(parts) == 2 and parts[0] and not parts[1]:
        return _hanging_label(parts[0])
    if len(parts) < 2 or not all(parts):
        return None
    if not parts[-1].endswith(ADJECTIVE_ENDINGS):
        return _noun_compound_label(parts)
    labels = [_part_label(part) for part in parts[:-1]]
    labels.append(sector_lexicon().entries.get((parts[-1],)))
    codes = [code for label in labels if label for code in label.split(BOTH)
             if code != NOT_A_SECTOR]
    return BOTH.join(dict.fromkeys(codes)) or None


def _noun_compound_label(parts: Sequence[str]) -> str | None:
    """The sectors of a hyphenated noun of two parts whose first part is a word of the
    lexicon: that word's and its head's («IT-сфера», «IT-компания»). A first part that
    names no sector gives none («бизнес-миссия», «пресс-служба»)."""
    entries = sector_lexicon().entries
    first = entries.get((parts[0],))
    if len(parts) != 2 or first in (None, NOT_A_SECTOR):
        return None
    head = entries.get((parts[1],))
    codes = [code for label in (first, head) if label for code in label.split(BOTH)
             if code != NOT_A_SECTOR]
    return BOTH.join(dict.fromkeys(codes)) or None


def _hanging_label(part: str) -> str | None:
    label = _part_label(part) or dict(combining_forms()).get(part)
    return None if label in (None, NOT_A_SECTOR) else label


@lru_cache(maxsize=1)
def combining_forms() -> tuple[tuple[str, str], ...]:
    """Combining forms and their sectors (`data/sectors/stems.tsv`), the longest first."""
    rows = [(row[0], row[1]) for row in data_rows("sectors/stems.tsv")]
    return tuple(sorted(rows, key=lambda row: -len(row[0])))


REST_MIN = 4


def stem_label(word: str) -> str | None:
    """The sectors of a compound word that opens with a combining form: the form's sector
    and those of the rest («лесохимический»: forestry and chemicals); None when no form
    opens the word or the rest is too short to be a word («агроном»)."""
    for form, label in combining_forms():
        rest = word[len(form):]
        if word.startswith(form) and len(rest) >= REST_MIN and rest.isalpha():
            inner = sector_lexicon().entries.get((rest,)) or stem_label(rest)
            codes = [code for item in (label, inner) if item for code in item.split(BOTH)
                     if code != NOT_A_SECTOR]
            return BOTH.join(dict.fromkeys(codes))
    return None


def _part_label(part: str) -> str | None:
    """The label of a first part of a compound: «научно» as «научный», «историко» as
    «исторический», «туристско» as «туристский», «мясо» as itself."""
    entries = sector_lexicon().entries
    forms = [part]
    if part.endswith(("о", "е")):
        stem = part[:-1]
        forms += [stem + ending for ending in ADJECTIVE_ENDINGS]
        if part.endswith("ико"):
            forms.append(part[:-3] + "ический")
    return next((entries[(form,)] for form in forms if (form,) in entries), None)


def _ordered(labels: Iterable[str]) -> tuple[Sector, ...]:
    return tuple(dict.fromkeys(one_of(code, SECTORS) for label in labels
                               for code in label.split(BOTH) if code != NOT_A_SECTOR))


def _qualifies_other(match: PhraseMatch, found: list[PhraseMatch], tree: TokenTree) -> bool:
    """A one-word adjective match whose syntactic head is another sector's one-word match."""
    tokens = tree.tokens
    token = tokens[match.first]
    if match.last - match.first != 1 or token.pos != "ADJ":
        return False
    head = _noun_head(token, tree)
    noun = tree.token(head)
    if noun is not None and (noun.lemma or noun.text) in BUILDING:
        return False  # «транспортная инфраструктура»: the building is of transport
    for other in found:
        single = other.last - other.first == 1
        if other.label == NOT_A_SECTOR or not single or other.label == match.label:
            continue
        if tokens[other.first].id == head:
            return True
    return False


@lru_cache(maxsize=1)
def plant_nouns() -> frozenset[str]:
    """What building makes no construction sector of (`data/sectors/plants.txt`)."""
    return frozenset(row[0] for row in data_rows("sectors/plants.txt"))


BUILDING = frozenset({"строительство", "стройка", "инфраструктура"})


def _builds_a_plant(match: PhraseMatch, found: list[PhraseMatch], tree: TokenTree) -> bool:
    """«строительство молочного завода», «строительство газопровода», «транспортная
    инфраструктура»: building a plant, or what another sector names, is that sector,
    not construction."""
    tokens = tree.tokens
    token = tokens[match.first]
    if match.last - match.first != 1 or (token.lemma or token.text) not in BUILDING:
        return False
    other_sector = {other.first for other in found if other.last - other.first == 1
                    and other.label not in (NOT_A_SECTOR, match.label)}
    before = match.first - 1
    if before in other_sector and _modifies(tokens[before]):
        return True  # «транспортно-логистической инфраструктуры», however it is parsed
    return any(
        (tokens[index].rel == "nmod" and (tokens[index].lemma or tokens[index].text) in plant_nouns())
        or (tokens[index].rel in ("nmod", "amod") and index in other_sector)
        for index in tree.children_at(match.first))


@lru_cache(maxsize=1)
def amount_nouns() -> frozenset[tuple[str, str]]:
    """(sector, noun) pairs: the nouns of amount under which a word of the sector names a
    figure (`data/sectors/amounts.tsv`)."""
    return frozenset((row[0], fold(row[1])) for row in data_rows("sectors/amounts.tsv"))


@lru_cache(maxsize=1)
def exchange_prepositions() -> frozenset[tuple[str, str]]:
    """(sector, preposition) pairs: a word of the sector with a party after the preposition
    is an exchange between parties (`data/sectors/exchanges.tsv`)."""
    return frozenset((row[0], fold(row[1])) for row in data_rows("sectors/exchanges.tsv"))


def _measured(match: PhraseMatch, tree: TokenTree) -> bool:
    """A one-word match that depends on a noun of amount of its sector («объём торговли»),
    or that has a party after a preposition of exchange («торговля с партнёрами»): the
    size of an exchange, or the exchange itself, not the sector of trade."""
    if match.last - match.first != 1:
        return False
    token = tree.tokens[match.first]
    head = tree.head(token)
    if token.rel == "nmod" and head is not None and (
            match.label, fold(head.lemma or head.text)) in amount_nouns():
        return True
    return any((match.label, fold(item.lemma or item.text)) in exchange_prepositions()
               for party in tree.children(token, {"nmod"})
               for item in tree.children(party, {"case"}))


def _noun_head(token: Token, tree: TokenTree) -> str:
    """The id of the noun an adjective qualifies, through coordinated adjectives (a first
    conjunct the tagger calls a noun still counts when it is an `amod` itself); none
    ("") when the adjective is a conjunct of a noun: «нефтегазовое машиностроение и
    агропромышленное производство» parsed with the second adjective joined to the first
    noun does not make it qualify that noun."""
    while token.rel == "conj" and (head := tree.head(token)) is not None and _modifies(head):
        token = head
    return "" if token.rel == "conj" else token.head_id


def _modifies(token: Token) -> bool:
    return token.pos == "ADJ" or token.rel == "amod"


def cooperation_spans(doc: Document) -> list[Span]:
    """Evidence of the document's events, flows and cooperation facts."""
    facts: tuple[Event | Flow | Cooperation, ...] = (*doc.events, *doc.flows, *doc.cooperation)
    return [span for fact in facts for span in fact.evidence]


def bearing_passages(doc: Document) -> list[Passage]:
    """Passages that carry a fact or speak of cooperation, with the list items they open."""
    spans = cooperation_spans(doc)
    chosen: list[Passage] = []
    opened = False
    for passage in doc.passages:
        bearing = _overlaps(passage, spans) or bool(cooperation_cues().matches(passage.lemmas))
        if bearing or (opened and passage.is_list_item):
            chosen.append(passage)
            opened = passage.opens_list or (opened and passage.is_list_item)
        else:
            opened = False
    return chosen


GAP = 3
TAIL = 1


def with_gaps(doc: Document, chosen: list[Passage]) -> list[Passage]:
    """The chosen passages, the few between two of them and the one after the last: a
    report of talks goes on about them in sentences with no cue of their own («Туда могут
    войти представители пищевой промышленности», «Кроме того, стороны будут развивать
    работу в сфере культуры»), in its paragraph (no blank line before it)."""
    passages = doc.passages
    starts = {passage.start for passage in chosen}
    marks = [index for index, passage in enumerate(passages) if passage.start in starts]
    filled = set(marks)
    for before, after in pairwise(marks):
        if 1 < after - before <= GAP + 1:
            filled.update(range(before + 1, after))
    if marks and marks[-1] + TAIL < len(passages):
        last = marks[-1]
        tail = range(last + 1, last + TAIL + 1)
        if "\n\n" not in doc.text[passages[last].stop:passages[tail[-1]].start]:
            filled.update(tail)
    return [passages[index] for index in sorted(filled)]


def of_other_pairs(passage: Passage, facts: Sequence[Cooperation], main: int) -> bool:
    """The passage carries cooperation facts, none of them the main pair's or the same
    pair at another level (a country for its region): what it names is the sector of
    those other pairs («Завод подписал соглашение с логистическим центром» in a story
    of two regions), not of the main one."""
    own = list(facts[main].evidence)
    others = [span for index, fact in enumerate(facts) if index != main
              and not _same_pair(fact.parties, facts[main].parties) for span in fact.evidence]
    return _overlaps(passage, others) and not _overlaps(passage, own)


def _same_pair(first: Sequence[str], second: Sequence[str]) -> bool:
    """Two pairs of the same sides, a side taken with the country it is a region of
    (RU-AST with RU, CN-JL with CN)."""
    if len(first) != 2 or len(second) != 2:
        return set(first) == set(second)
    return any(all(_nested(one, other) for one, other in zip(first, order, strict=True))
               for order in (second, second[::-1]))


def _nested(one: str, other: str) -> bool:
    return one == other or one.startswith(other + "-") or other.startswith(one + "-")


def _overlaps(passage: Passage, spans: list[Span]) -> bool:
    return any(span.start < passage.stop and passage.start < span.stop for span in spans)


def extract(doc: Document, tools: Toolkit) -> Document:
    """Fill `doc.sectors` from the cooperation-bearing passages and the few between them,
    and the sectors of the events and flows whose own passages name none from their
    neighbours."""
    passages = with_gaps(doc, bearing_passages(doc))
    labels = _ordered(label for passage in passages for label in sectors_of(passage.tokens))
    if not labels and doc.cooperation:
        # facts of cooperation, but no passage of theirs names a sector: the text's words
        labels = text_sectors(doc)
    events, flows = _with_neighbour_sectors(doc)
    cooperation = _with_fact_sectors(doc.cooperation, (*doc.events, *doc.flows), (*events, *flows))
    cooperation = _with_pair_neighbours(doc, cooperation)
    events = tuple(_without_names(doc, event) for event in events)
    return doc.replace(sectors=labels, events=events, flows=flows, cooperation=cooperation)


def _with_fact_sectors(facts: tuple[Cooperation, ...], before: Sequence[Event | Flow],
                       after: Sequence[Event | Flow]) -> tuple[Cooperation, ...]:
    """The cooperation facts, each with no sector of its own given those its supporting
    events and flows (those whose evidence it shares) took from their neighbours: a pair
    whose own passages name its fields keeps them, not a guess from around its events."""
    gained = [(set(new.evidence), new.sectors) for old, new in zip(before, after, strict=True)
              if new.sectors != old.sectors]
    result = []
    for fact in facts:
        own = set(fact.evidence)
        extra = [code for spans, codes in gained if spans & own for code in codes]
        result.append(replace(fact, sectors=_ordered(extra)) if extra and not fact.sectors
                      else fact)
    return tuple(result)


def _with_pair_neighbours(doc: Document,
                          facts: tuple[Cooperation, ...]) -> tuple[Cooperation, ...]:
    """The cooperation facts, one still with no sector given those of the passages around
    its own, as an event's (`_of_the_talks`), up to a passage of another pair: «Области
    договорились о партнёрстве. Речь идёт прежде всего о туризме»."""
    held = _own_passages(doc, facts)
    result = []
    for number, fact in enumerate(facts):
        if fact.sectors:
            result.append(fact)
            continue
        others = set().union(*(indexes for index, indexes in enumerate(held)
                               if index != number)) - held[number]
        near = _of_the_talks(doc, held[number], _neighbours(doc, held[number], others))
        result.append(_given_sectors_of(doc, fact, near))
    return tuple(result)


# A visit is a journey: its sectors are those of the talks and agreements it brings,
# which are events of their own, not of the sentences around the journey.
NO_NEIGHBOURS = frozenset({"visit"})
BEFORE = 1
AFTER = 3
# An event's report names its fields right after it («Документ предусматривает …»); a
# sentence further on is its only when it still speaks of cooperation («Стороны
# договорились развивать сотрудничество в сфере туризма»): others tell of other things
# (the region's plants, the weather, the guests' programme). A flow's goods may come in
# any of the three («Основу экспорта составляет рыбная продукция»).
EVENT_AFTER = 1


def _with_neighbour_sectors(doc: Document) -> tuple[tuple[Event, ...], tuple[Flow, ...]]:
    """The events and flows; one with no sector takes those of its own sentences (with the
    lines a sentence cut at line breaks runs on) and of the passage before and the three
    after them, up to a passage that carries another event or a flow with a side this
    one lacks (another of the same sides goes on about the same talks): «Документ
    предполагает взаимодействие в сферах культуры и туризма» after the signing, «Основу
    экспорта составляет рыбная продукция» after «Экспорт идёт в Китай и Японию». An
    event takes those past the first after it only when they speak of cooperation."""
    facts: tuple[Event | Flow, ...] = (*doc.events, *doc.flows)
    held = _own_passages(doc, facts)
    filled: list[Event | Flow] = []
    for number, fact in enumerate(facts):
        if fact.sectors or (isinstance(fact, Event) and fact.type in NO_NEIGHBOURS):
            filled.append(fact)
            continue
        others = set().union(*(indexes for index, indexes in enumerate(held) if index != number
                               and facts[index].evidence != fact.evidence
                               and not _same_sides(facts[index], fact)))
        near = _neighbours(doc, held[number], others)
        if isinstance(fact, Event):
            near = _of_the_talks(doc, held[number], near)
        filled.append(_given_sectors_of(doc, fact, near))
    events = tuple(fact for fact in filled if isinstance(fact, Event))
    flows = tuple(fact for fact in filled if isinstance(fact, Flow))
    return events, flows


def _own_passages(doc: Document, facts: Sequence[Event | Flow | Cooperation]) -> list[set[int]]:
    """For each fact, the indexes of its own passages and of the lines they run on."""
    return [_whole_lines(doc, set(_passage_indexes(doc, fact.evidence))) for fact in facts]


def _given_sectors_of(doc: Document, fact: Fact, indexes: Sequence[int]) -> Fact:
    """The fact with the sectors the passages at `indexes` name, if they name any."""
    labels = _ordered(label for index in indexes
                      for label in sectors_of(doc.passages[index].tokens))
    return replace(fact, sectors=labels) if labels else fact


def _sides(fact: Event | Flow) -> set[str]:
    """The regions, countries and organizations of a fact (its people left out)."""
    keys = fact.participants if isinstance(fact, Event) else (fact.source, fact.target)
    return {key for key in keys if key and not key.startswith(PERSON)}


PERSON = "per:"
ORGANIZATION = "org:"


def _same_sides(other: Event | Flow, fact: Event | Flow) -> bool:
    """The other fact has sides and brings none of its own: it goes on about the same
    parties («Стороны договорились обновить соглашение» after their talks, the visit whose
    meeting it is), and the sentences after it still tell of this fact. Organizations it
    adds among the same places are bodies or firms of those talks («соглашение между
    правительством области и Народным комитетом провинции»)."""
    sides = _sides(other)
    places = {key for key in sides if not key.startswith(ORGANIZATION)}
    return bool(sides) and (places or sides) <= _sides(fact)


NAMED_TYPES = frozenset({"ORG"})


def _without_names(doc: Document, event: Event) -> Event:
    """The event without the sectors that its sentences name only inside the name of an
    organization («Российский фонд прямых инвестиций», «Минпромторг»), when they name
    others outside names: what the sides do together, not what the body is."""
    if len(event.sectors) < 2:
        return event
    names = [(mention.start, mention.stop) for entity in doc.entities
             if entity.type in NAMED_TYPES for mention in entity.mentions]
    if not names:
        return event
    passages = [doc.passages[index] for index in _passage_indexes(doc, event.evidence)]
    tokens = [token for passage in passages for token in passage.tokens]
    outside = [token for token in tokens
               if not any(start <= token.start and token.stop <= stop for start, stop in names)]
    kept = set(sectors_of(outside))
    named = set(sectors_of(tokens)) - kept
    left = tuple(code for code in event.sectors if code not in named)
    return replace(event, sectors=left) if left and kept else event


def _passage_indexes(doc: Document, spans: Iterable[Span]) -> list[int]:
    spans = list(spans)
    return [index for index, passage in enumerate(doc.passages) if _overlaps(passage, spans)]


SENTENCE_ENDS = (".", "!", "?", "…")


def _whole_lines(doc: Document, indexes: set[int]) -> set[int]:
    """These passages and the lines their sentences run on: a line that ends with no
    full stop and is followed by the next after a single line break («подписал соглашение
    между / Гродненским облисполкомом …») is one sentence with it."""
    joined = set(indexes)
    for index in indexes:
        before = index
        while before > 0 and _runs_on(doc, before - 1):
            before -= 1
            joined.add(before)
        after = index
        while after + 1 < len(doc.passages) and _runs_on(doc, after):
            after += 1
            joined.add(after)
    return joined


def _runs_on(doc: Document, index: int) -> bool:
    """The passage's sentence goes on in the next passage, on the next line."""
    passage, following = doc.passages[index], doc.passages[index + 1]
    between = doc.text[passage.stop:following.start]
    ending = doc.text[passage.start:passage.stop].rstrip()
    return between.count("\n") == 1 and not between.strip() and not ending.endswith(SENTENCE_ENDS)


def _neighbours(doc: Document, own: set[int], others: set[int]) -> list[int]:
    """The fact's own passages, the one before and the three after them, walking away from
    them up to a passage of another fact."""
    near = set(own)
    for index in sorted(own):
        for steps in (range(index - 1, index - BEFORE - 1, -1), range(index + 1, index + AFTER + 1)):
            for step in steps:
                if not 0 <= step < len(doc.passages) or step in own or step in others:
                    break
                near.add(step)
    return sorted(near)


def _of_the_talks(doc: Document, own: set[int], near: list[int]) -> list[int]:
    """The neighbours an event's report goes on in: the passage before, the first after
    its own passages, and those further on that speak of cooperation."""
    close = {step for index in own for step in range(index - BEFORE, index + EVENT_AFTER + 1)}
    return [index for index in near if index in close
            or cooperation_cues().matches(doc.passages[index].lemmas)]


def text_sectors(doc: Document) -> tuple[Sector, ...]:
    """The sectors the words of the whole text name, in order of first mention."""
    return _ordered(label for passage in doc.passages for label in sectors_of(passage.tokens))
