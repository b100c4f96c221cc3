"""Stage `positions`: person ↔ title ↔ the region, country or organization it is of.

Two orders are read in every passage:
  title [of-phrase] PERSON   «вице-губернатор Санкт-Петербурга Кирилл Поляков»
  PERSON, title [of-phrase]  «Рустамом Миннихановым, главой Республики Татарстан»
The of-phrase is the genitive run after the title; it names the entity (a mention of
the document's entities), or says «республики», «области» (the document's main
region). A regional title with no of-phrase («губернатор Александр Беглов») is of the
document's main Russian region when one clearly dominates and no one else holds it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from coopwatch.extract.entities.lexicon import EAST_ASIAN_COUNTRIES, east_asian_family_names
from coopwatch.extract.positions.deputies import deputies, deputy_title
from coopwatch.extract.positions.heads import HEAD_TITLE, heads
from coopwatch.extract.positions.links import is_link_verb, linked_holder, post_words
from coopwatch.extract.positions.of import CITY, resolve_of, unnamed_place_before
from coopwatch.extract.positions.paired import paired_kind, passage_at, places_in_order
from coopwatch.extract.positions.territorial import in_assembly, of_territory
from coopwatch.extract.positions.titles import FORMER, TitleMatch, title_case, title_lexicon
from coopwatch.extract.positions.unnamed import (
    named_first,
    nameless,
    near,
    protagonist,
    unnamed_position,
)
from coopwatch.extract.positions.wrapped import wrapped_passages
from coopwatch.lexicon.datafiles import data_rows
from coopwatch.lexicon.folding import fold
from coopwatch.nlp.morph import CASE_GRAMMEMES, Morph
from coopwatch.records import Document, Position, Span, Token
from coopwatch.text.mentions import entity_mentions, mention_at, mention_ending_at
from coopwatch.text.nominative import INSTRUMENTAL_ENDINGS, instrumental_name
from coopwatch.text.passages import Passage
from coopwatch.text.regions import (
    is_place_key,
    is_russian_region,
    main_foreign_region,
    main_partner,
    main_region,
)
from coopwatch.tools import Toolkit

MAX_OF_PHRASE = 10
LEADER_TITLES = frozenset({  # a state's head or head of government (state_leaders.tsv)
    "президент", "председатель", "председатель правительства", "премьер-министр", "премьер",
    "глава государства", "глава правительства", "лидер", "председатель кнр",
})
JOB = "job"
FOREIGN_REGION = "foreign_region"  # a profession is a position only where the text says of what
OF_KINDS = frozenset({"GEO", "ORG"})
OF_PHRASE_POS = frozenset({"NOUN", "PROPN", "ADJ", "DET", "X"})
QUOTES = frozenset("«»\"“”„'")
# «Иван Петров, глава …», «Иван Петров — глава …», «Иван Петров (глава …)»
APPOSITION_MARKS = frozenset({",", "—", "–", "-", "("})
# «посол Китая в России», «депутат от партии», «министр по делам…», «посол ЕС на Кавказе»,
# «представитель комитета при прокуратуре», «движение против…»
OF_PHRASE_PREPOSITIONS = frozenset({"в", "во", "от", "по", "на", "при", "против"})
ATTACHED_TO = frozenset({"при"})  # «представитель при президенте», «совет при губернаторе»
WITH = frozenset({"с", "со"})  # in «по связям с общественностью», «по работе с инвесторами»
OTHER_THAN_GENITIVE = frozenset({"Nom", "Dat", "Ins", "Loc"})
MAX_APPOSED_ADJECTIVES = 2  # «Иван Петров, бывший российский посол …»
MAX_LINK_WORDS = 3  # «, был назначен новым» between an apposition and a title
MAX_FIRST_APPOSITION = 5  # words of «известного правозащитника» before a second apposition
SECOND_APPOSITION_POS = frozenset({"ADJ", "NOUN", "ADP", "CCONJ"})
ONE_OF = ("один", "из")  # «один из руководителей»: a plural title that is one person's
ABBREVIATED_DEPUTY = "зам"  # «замминистра», «замглавы»
DASHES = frozenset({"—", "–", "―"})  # «с консулом Китая — Ли Мином»: a dash before the name
MAX_GLOSS = 3  # words in a parenthesis between a title and a name: «губернатором (остандаром)»


@dataclass(frozen=True)
class Found:
    """A person's title as read in a passage, before the document-level defaults."""

    person: str
    title: str
    scope: str
    of: str | None
    generic: bool  # the of-phrase says only «республики», «области»
    span: Span
    last: int  # index of the token after the of-phrase
    phrase: bool = False  # the text says of what, whether or not it names an entity
    unnamed: bool = False  # a place adjective names a place the document does not name


def extract(doc: Document, tools: Toolkit) -> Document:
    """Fill `doc.positions`."""
    found = _sharing_list(doc, _sharing_region(doc, tools, _sharing_place([
        item for passage in wrapped_passages(doc, doc.passages)
        for item in _with_deputies(doc, passage, list(_read(doc, passage, tools)), tools)])))
    explicit: dict[tuple[str, str], set[str]] = {}
    for item in found:
        if item.of:
            explicit.setdefault((item.person, item.title), set()).add(item.of)
    positions = [
        # a title that the text gives its of-phrase elsewhere keeps that one
        Position(person=item.person, title=item.title, evidence=(item.span,),
                 of=next(iter(ofs)) if len(ofs) == 1 else None)
        if item.of is None and (ofs := explicit.get((item.person, item.title)))
        else _with_defaults(doc, item, _held(found, item), tools.morph,
                            titled=any(other.person == item.person and other.of
                                       for other in found),
                            shared=any(other.person != item.person and other.title == item.title
                                       for other in found))
        for item in found if item.of or item.scope != JOB or item.phrase
    ]
    positions = [item for position in positions
                 for item in dict.fromkeys((*in_assembly(doc, position, tools),
                                            of_territory(doc, position, tools)))]
    return doc.replace(positions=_dedupe([*positions, *_unnamed_heads(doc, tools, positions)]))


def _with_deputies(
    doc: Document, passage: Passage, items: list[Found], tools: Toolkit
) -> list[Found]:
    """The passage's positions and those of the deputies a possessive ties to a titled
    person before (`deputies.py`): «Председатель собрания Иван Петров и его
    заместитель Пётр Сидоров» — the deputy of the same body, unless the text gives the
    deputy a title of their own there."""
    added = []
    for deputy, head, first, last in deputies(doc, passage.tokens):
        if any(item.person == deputy for item in items):
            continue
        held = next((item for item in items if item.person == head and item.scope != JOB
                     and (item.of or item.generic)), None)
        title = deputy_title(held.title, first, tools.morph) if held else None
        if held is not None and title is not None:
            added.append(replace(held, person=deputy, title=title, last=last))
    return [*items, *added]


def _unnamed_heads(doc: Document, tools: Toolkit, positions: list[Position]) -> list[Position]:
    """Head titles that name no one («Губернатор области отметил …»), as the posts of
    the document's protagonist (`unnamed.py`): on a page that names them or their post
    first, or right after a passage that names them first («Переговоры провёл Иван Петров.
    Губернатор отметил …»)."""
    person = protagonist(doc, positions)
    if person is None or not doc.passages:
        return []
    opened = near(doc, doc.passages[:1], person) or _headline_post(doc, tools)
    held = frozenset(position.of for position in positions
                     if position.of and position.person != person
                     and _post(position.title) == "head" and is_russian_region(position.of))
    added: list[Position] = []
    for at, passage in enumerate(doc.passages):
        tokens = passage.tokens
        if not opened and not (at and named_first(doc, doc.passages[at - 1], person)):
            continue
        matches = list(title_lexicon(tools.morph).find(tokens))
        for match in matches:
            if _post(match.title) != "head" or not nameless(doc, tokens, match.first):
                continue
            if any(other.last < match.first or other.first > match.last for other in matches):
                # «встреча министра иностранных дел с губернатором области»: two posts,
                # two people; which of them the protagonist holds the passage leaves open
                continue
            last = _of_phrase_end(tokens, match, {})
            of, generic = resolve_of(doc, tokens, match, last, tools)
            item = Found(person, match.title, match.scope, of, generic, passage.span, last,
                         last > match.last)
            default = _with_defaults(doc, item, held, tools.morph)
            new = unnamed_position(person, default.title, default.of, passage.span,
                                   [*positions, *added])
            if new is not None:
                added.append(new)
    return added


def _headline_post(doc: Document, tools: Toolkit) -> bool:
    """Whether the page's first passage is a sentence that gives a head's post naming
    no one: a headline of regional news names its protagonist by the post alone
    («Губернатор области провёл встречу с делегацией»), and the text names them after.
    A post alone on its line is no such sentence."""
    tokens = doc.passages[0].tokens
    return any(token.pos == "VERB" for token in tokens) and any(
        _post(match.title) == "head" and nameless(doc, tokens, match.first)
        for match in title_lexicon(tools.morph).find(tokens))


def _sharing_place(found: list[Found]) -> list[Found]:
    """A title with no of-phrase takes the place of the same person's other titles in
    its passage: «заместитель председателя правительства Курской области – министр
    экономики Иван Петров» is the region's minister. Only a country or a region is
    shared, and only when the person's titles there name no other place."""
    places: dict[tuple[str, Span], set[str]] = {}
    for item in found:
        if item.of and not item.of.startswith("org:"):
            places.setdefault((item.person, item.span), set()).add(item.of)
    shared = []
    for item in found:
        keys = places.get((item.person, item.span), set())
        if item.of is None and not item.generic and not item.unnamed and item.scope != JOB \
                and len(keys) == 1 \
                and is_place_key(key := next(iter(keys))):
            item = replace(item, of=key)
        shared.append(item)
    return shared


def _sharing_region(doc: Document, tools: Toolkit, found: list[Found]) -> list[Found]:
    """A regional title that names no place («вице-губернатор Иван Петров») is of the one
    Russian region that the other people's titles of its passage name: «В делегацию
    вошли вице-губернатор Иван Петров и начальник управления администрации Тамбовской
    области Пётр Сидоров», also by the region's assembly or government they name
    («губернатор Иван Петров и председатель Законодательного Собрания Калужской области
    Пётр Сидоров»). Not where someone else holds that post there."""
    shared = []
    for item in found:
        if item.of is None and not item.generic and not item.unnamed and item.scope == "region":
            places = {_region_of_body(doc, other, tools) for other in found
                      if other.span == item.span and other.person != item.person
                      and other.of} - {None}
            key = next(iter(places)) if len(places) == 1 else None
            if key is not None and key not in _held(found, item):
                item = replace(item, of=key)
        shared.append(item)
    return shared


# what stands between two people of one list of officials: a comma or «и», then the
# second one's title in lower case («…Джансух Нанба, министр экономики Теймураз
# Миквабия»)
LIST_GAP = re.compile(r"\s*(?:,|,?\s+и)\s+[а-яё][а-яё\s-]*")


def _region_of_body(doc: Document, item: Found, tools: Toolkit) -> str | None:
    """The Russian region a title's of names: the region itself, or the territory of the
    governing body it names («Законодательного Собрания Калужской области»)."""
    of = item.of
    if of is not None and of.startswith("org:"):
        of = of_territory(doc, Position(person=item.person, title=item.title, of=of,
                                        evidence=(item.span,)), tools).of
    return of if of is not None and is_russian_region(of) else None


def _sharing_list(doc: Document, found: list[Found]) -> list[Found]:
    """A title that names no place in a list of officials after one whose title names a
    country or a region is of that place too: «вице-премьер правительства Абхазии
    Джансух Нанба, министр экономики Теймураз Миквабия, министр туризма Астамур Логуа».
    A title of a country's post («министр иностранных дел») never takes a Russian
    region. A deputy's title after the head of a body is of that body."""
    starts = {}
    for item in found:
        mention = next((m for m in entity_mentions(doc, item.span.start, item.span.stop)
                        if m.key == item.person), None)
        if mention is not None:
            starts[id(item)] = (mention.start, mention.stop)
    shared: dict[int, Found] = {}  # id of an item -> the item with the place it takes
    # the readings of the person before (one per title or of), and where they are named
    previous: tuple[list[Found], tuple[int, int]] | None = None
    for item in sorted(found, key=lambda one: starts.get(id(one), (-1, -1))):
        at = starts.get(id(item))
        kept = item
        before = _shared_reading(previous[0], item) if previous is not None else None
        if previous is not None and at is not None and before is not None \
                and not item.generic and not item.unnamed and item.scope != JOB \
                and before.span == item.span \
                and not (item.scope == "country" and is_russian_region(before.of or "")) \
                and LIST_GAP.fullmatch(doc.text, previous[1][1], at[0]):
            kept = shared[id(item)] = replace(item, of=before.of)
        if at is not None:
            previous = ([*previous[0], kept] if previous is not None and previous[1] == at
                        else [kept], at)
    return [shared.get(id(item), item) for item in found]  # in the order found


def _shared_reading(readings: list[Found], item: Found) -> Found | None:
    """Of the readings of the person before, the one whose of an item with none takes:
    the last with a country or a region, else, for a deputy's title, one with a body."""
    if item.of is not None:
        return None
    places = [one for one in readings if one.of and is_place_key(one.of)]
    if places:
        return places[-1]
    if _a_deputys_title(item.title):
        return next((one for one in readings if (one.of or "").startswith("org:")), None)
    return None


VICE = "вице-"  # «вице-спикер», «вице-губернатор»


def _a_deputys_title(title: str) -> bool:
    """A deputy's title with no body of its own: «первый вице-спикер», «заместитель
    председателя»; in a list after the head of a body it is of that body («председатель
    Законодательного Собрания Иркутской области Иван Петров и первый вице-спикер Пётр
    Сидоров»)."""
    return any(word.startswith((VICE, ABBREVIATED_DEPUTY)) for word in title.split()[:2])


def _read(doc: Document, passage: Passage, tools: Toolkit) -> Iterator[Found]:
    tokens = passage.tokens
    used = 0
    every = [match for match in title_lexicon(tools.morph).find(tokens)
             if not _honorary(tokens, match)]
    matches = [  # a plural title is no one person's: «представители власти, глава …»,
        # unless it says one of them: «один из руководителей компании»
        match for match in every
        if not _plural(tokens[match.first], tools.morph) or _one_of(tokens, match.first)
    ]
    titles = {match.first: match for match in matches}
    apposed: Found | None = None
    listed: set[int] = set()  # the tokens of a plural title and the names it lists
    for match in every:
        if match.first in titles or match.first in listed:
            continue
        holders = (_listed_holders(doc, tokens, match, tools)  # «сенаторы Маккейн и Рубио»
                   or _listed_before(doc, tokens, match, tools, titles))
        for holder in holders:
            yield replace(holder, span=passage.span)
            listed.update(range(match.first, holder.last))
    for person, of, _verb, last in heads(doc, tokens):  # «Иван Петров возглавляет …»
        yield Found(person, HEAD_TITLE, "any", of, False, passage.span, last, True)
    for match in matches:
        if (match.first < used and not _rank_before_name(doc, tokens, match)) \
                or match.first in listed:
            continue
        # after «пост» the holder the text names before it comes first: «Путин согласился
        # занять пост премьера в случае победы Медведева» is Putin's
        item = (_linked(doc, tokens, match, tools, titles) if _after_post_word(tokens, match)
                else None) or _title_person(doc, tokens, match, tools, titles)
        before = apposed
        if item is None and not _after_listed(tokens, match, listed) \
                and not _named_further(doc, tokens, match):
            item = _person_title(doc, tokens, match, tools, titles, apposed)
            for shared in _sharing_of(apposed, item, tokens):
                yield replace(shared, span=passage.span)
            apposed = item
        if item is None:
            item = _linked(doc, tokens, match, tools, titles, before)
            apposed = item or apposed  # «он был премьером, министром обороны и …»
        if item is not None and _of_a_group(tokens, match, titles, item):
            used = item.last  # «лидер оппозиции Иван Петров»: no post
        elif item is not None:
            used = item.last
            if item.of is None and not item.generic \
                    and unnamed_place_before(doc, tokens, match.first, tools):
                item = replace(item, unnamed=True)  # «подмосковный губернатор»
            yield replace(item, span=passage.span)
            second = _second_body(doc, tokens, match, titles, item)
            if second is not None:  # «член Торговой палаты и Совета директоров банка»
                yield replace(item, of=second, span=passage.span)


CLAUSE_MARKS = frozenset({",", ";", ":", "(", "—", "–"})


def _named_further(doc: Document, tokens: Sequence[Token], match: TitleMatch) -> bool:
    """Whether a person is named after the title in the same list item, beyond the
    of-phrase the reading walks: «…, руководитель отделения в г. Чебоксары
    Представительства МИД России в Нижнем Новгороде Александр Погодейкин» is his
    title, not an apposition to the name before the comma. An abbreviation's dot («г.»)
    does not end the item."""
    for index in range(match.last, len(tokens)):
        token = tokens[index]
        if token.text in CLAUSE_MARKS or (
                token.text in SENTENCE_ENDS and len(tokens[index - 1].text) > 1):
            return False
        if mention_at(doc, token.start, "PER") is not None:
            return True
    return False


def _rank_before_name(doc: Document, tokens: Sequence[Token], match: TitleMatch) -> bool:
    """A lower-case title right before a name in the name's case, inside the of-phrase
    another title ran through to that name: the holder's rank or second post, read too
    («командующего флотом адмирала Ивана Петрова»). A title in another case is whose
    the post before is («пресс-секретарь президента Иван Петров»)."""
    if match.last >= len(tokens) or not tokens[match.first].text.islower():
        return False
    case = title_case(tokens, match)
    return mention_at(doc, tokens[match.last].start, "PER") is not None \
        and case is not None and tokens[match.last].feat("Case") == case


def _listed_holders(
    doc: Document, tokens: Sequence[Token], match: TitleMatch, tools: Toolkit
) -> list[Found]:
    """A plural title before a list of two or more names is each one's: «сенаторы Джон
    Маккейн и Марко Рубио». The of-phrase is theirs when it names one place or body, or
    one each in the order of the names («министры иностранных дел России и Китая Сергей
    Лавров и Ван И»)."""
    index = match.last
    while index < min(len(tokens), match.last + MAX_OF_PHRASE + 1):
        if mention_at(doc, tokens[index].start, "PER") is not None:
            break
        if not (_of_phrase_word(tokens, match.last, index) or tokens[index].text == "и"
                or tokens[index].lemma in PAIR_NUMERALS
                or _named_after_dash(doc, tokens, match, index)):
            return []
        index += 1
    else:
        return []
    people, last = _name_list(doc, tokens, index)
    if len(people) < 2 or _whose(tokens[match.first], tokens[index], people[0][1],
                                 people[0][0], _of_a_person(match)):
        return []
    phrase = [token for token in tokens[match.last:index] if token.text not in DASHES]
    named = [item.key for item in entity_mentions(doc, phrase[0].start, phrase[-1].stop)
             if item.entity.type in OF_KINDS] if phrase else []
    paired = _paired(doc, tokens, match, phrase, len(people))
    if paired is not None:  # «мэры городов …» after the two cities are named
        ofs: list[tuple[str | None, bool]] = [(key, False) for key in paired]
    elif phrase and not named:  # «мэры городов …»: each of a place the text does not name
        return []
    elif len(named) == len(people):
        ofs = [(key, False) for key in named]
    else:
        shared = resolve_of(doc, tokens, match, index, tools) if len(named) < 2 else (None, False)
        ofs = [shared] * len(people)
    return [Found(person, match.title, match.scope, of, generic, Span(0, 0), last)
            for (person, _), (of, generic) in zip(people, ofs, strict=True)]


def _listed_before(
    doc: Document, tokens: Sequence[Token], match: TitleMatch, tools: Toolkit,
    titles: dict[int, TitleMatch],
) -> list[Found]:
    """A plural title apposed to a list of two or more names before it is each one's:
    «Иван Петров и Пётр Сидоров, депутаты Госдумы, …». The of-phrase after the title is
    theirs. The title is in the names' case («По предложению Ивана Петрова и Петра
    Сидорова, депутаты думы приняли …» is about other people). An of-phrase that names
    one place or body per name gives them in order: «Иван Петров и Пётр Сидоров, главы
    Тамбовской и Липецкой областей»."""
    if match.first < 2 or tokens[match.first - 1].text not in APPOSITION_MARKS:
        return []
    case, named = tokens[match.first].feat("Case"), tokens[match.first - 2].feat("Case")
    if case is None or named is None or case != named:
        return []
    people: list[str] = []
    index = match.first - 2  # the last token of the last name
    while index >= 0:
        person = mention_ending_at(doc, tokens[index].stop, "PER")
        if person is None:
            break
        people.insert(0, person.key)
        first = next((i for i in range(index, -1, -1) if tokens[i].start <= person.start), 0)
        if first < 2 or tokens[first - 1].text not in {",", "и"}:
            break
        index = first - 2
    if len(people) < 2:
        return []
    last = _of_phrase_end(tokens, match, titles)
    bodies = _named_bodies(doc, tokens[match.last:last])
    if len(bodies) == len(people):  # «…, главы Тамбовской и Липецкой областей»: in order
        return [Found(holder, match.title, match.scope, key, False, Span(0, 0), last)
                for holder, key in zip(people, bodies, strict=True)]
    of, generic = resolve_of(doc, tokens, match, last, tools)
    return [Found(person, match.title, match.scope, of, generic, Span(0, 0), last)
            for person in people]


def _named_bodies(doc: Document, phrase: Sequence[Token]) -> list[str]:
    """The places and organizations an of-phrase names, in order."""
    return [item.key for item in entity_mentions(doc, phrase[0].start, phrase[-1].stop)
            if item.entity.type in OF_KINDS] if phrase else []


# plural titles whose holders head one place each: «мэры городов», «руководители регионов»
PAIRED_TITLES = frozenset({"мэр", "руководитель"})
PAIR_NUMERALS = frozenset({"два", "оба"})  # «главы двух регионов Иван Петров и …»


def _paired(
    doc: Document, tokens: Sequence[Token], match: TitleMatch, phrase: Sequence[Token],
    count: int,
) -> list[str] | None:
    """The places, one per listed name, of a plural head title whose of-phrase names only
    their kind (`paired.py`)."""
    if match.title not in PAIRED_TITLES and _post(match.title) != "head":
        return None
    kind = paired_kind(phrase, match.scope)
    at = passage_at(doc.passages, tokens[match.first].start)
    if kind is None or at is None:
        return None
    return places_in_order(doc, doc.passages, at, kind, count)


def _name_list(
    doc: Document, tokens: Sequence[Token], index: int
) -> tuple[list[tuple[str, str]], int]:
    """The people (key, text as written) named from `index` on, joined by commas and «и»,
    and the index after the last of them."""
    people: list[tuple[str, str]] = []
    end = index
    while index < len(tokens):
        person = mention_at(doc, tokens[index].start, "PER")
        if person is None:
            break
        people.append((person.key, person.mention.text))
        end = next((i for i in range(index, len(tokens)) if tokens[i].start >= person.stop),
                   len(tokens))
        if end + 1 >= len(tokens) or tokens[end].text not in {",", "и"}:
            break
        index = end + 1
    return people, end


def _after_listed(tokens: Sequence[Token], match: TitleMatch, listed: set[int]) -> bool:
    """A title after a comma that closes names a plural title lists is the next item of
    the list, not the last name's: «губернаторы … Иван Петров и Ли Мин, генеральный
    консул Китая Ван Ган»."""
    return match.first >= 2 and tokens[match.first - 1].text == "," \
        and match.first - 2 in listed


def _sharing_of(before: Found | None, item: Found | None, tokens: Sequence[Token]) -> list[Found]:
    """The first of two titles joined by «и» holds the of-phrase of the second:
    «Иван Петров, директор и совладелец агентства …»."""
    if before is None or item is None or before.of or before.generic or item.of is None:
        return []
    if before.person != item.person or tokens[before.last].text != "и":
        return []
    return [replace(before, of=item.of)]


def _honorary(tokens: Sequence[Token], match: TitleMatch) -> bool:
    """A profession after an adjective of honour is an honorary title: «заслуженный
    художник России Иван Петров» names no post."""
    if (match.scope != JOB and match.title not in honorary_titles()) or match.first == 0:
        return False
    word = fold(tokens[match.first - 1].text.lower())
    return any(word.startswith(stem) for stem in honorary_stems())


@lru_cache(maxsize=1)
def honorary_titles() -> frozenset[str]:
    """Titles other than professions an adjective of honour makes an honour:
    «общенациональный лидер» (`honorary_titles.txt`)."""
    return frozenset(row[0] for row in data_rows("positions/honorary_titles.txt"))


@lru_cache(maxsize=1)
def honorary_stems() -> tuple[str, ...]:
    """The adjectives of `honorary_words.txt` without their ending (the tagger gives
    «заслуженный» the lemma «заслужить»), to be matched at the start of a word."""
    return tuple(fold(row[0])[:-2] for row in data_rows("positions/honorary_words.txt"))


def _plural(token: Token, morph: Morph) -> bool:
    """Plural as tagged, unless the word has a singular reading in the case it is tagged
    with («хокимом» tagged plural). A singular reading in another case says nothing:
    «главы» tagged a nominative plural («Иван Петров и Пётр Сидоров, главы двух
    областей») is plural, though a genitive singular is spelled the same."""
    if token.feat("Number") != "Plur":
        # a compound the tagger does not know: its last part says («вице-мэры»)
        last = token.text.lower().rpartition("-")[2]
        parses = morph.parse(last) if "-" in token.text else []
        return bool(parses) and all("plur" in parse.tag and "NOUN" in parse.tag
                                    for parse in parses)
    case = CASE_GRAMMEMES.get(token.feat("Case") or "")
    return not any("sing" in parse.tag and (case is None or case in parse.tag)
                   for parse in morph.parse(token.text.lower()))


def _title_person(
    doc: Document, tokens: Sequence[Token], match: TitleMatch, tools: Toolkit,
    titles: dict[int, TitleMatch] | None = None,
) -> Found | None:
    """title [of-phrase] [(gloss)] PERSON; the of-phrase may join words with «и»
    («министра промышленности и минеральных ресурсов Монголии») but not run into
    another title; a second title after a comma or in the same case is the same
    person's («депутат Госдумы, лидер партии …», «наблюдатель от ОБСЕ парламентарий …»)."""
    titles = titles or {}
    index = match.last
    while index < len(tokens) and _words(tokens, match.last, index) <= MAX_OF_PHRASE:
        person = mention_at(doc, tokens[index].start, "PER")
        if person is not None and (
            _whose(tokens[match.first], tokens[index], person.mention.text, person.key,
                   _of_a_person(match) or _second_head(tokens, match, index))
            or (not _after_post_word(tokens, match) and not _one_of(tokens, match.first)
                and _nominative_after_genitive(
                tokens[match.first], _last_of(tokens, index, person.stop),
                person.mention.text, tools.morph))
        ):
            return None
        if person is not None:
            of, generic = resolve_of(doc, tokens, match, index, tools)
            return Found(person.key, match.title, match.scope, of, generic, Span(0, 0), index,
                         _says_of_what(tokens, match, index))
        if tokens[index].text == "(":
            index = _after_parenthesis(tokens, index)
            continue
        if tokens[index].text in DASHES and _named_after_dash(doc, tokens, match, index):
            index += 1  # the name after the dash holds the title
            continue
        if tokens[index].text == ",":
            holder = _named_after_comma(doc, tokens, match, index)
            if holder is not None:
                of, generic = resolve_of(doc, tokens, match, index, tools)
                return Found(holder, match.title, match.scope, of, generic, Span(0, 0), index,
                             _says_of_what(tokens, match, index))
        second = _chained_title(tokens, match, index, titles)
        if second is not None:
            return _chain(doc, tokens, match, second, index, tools, titles)
        if index in titles and tokens[index].feat("Case") not in (None, "Gen") \
                and not _in_attached_phrase(tokens, index):
            return None  # another title in another case: «с корреспондентом X лидер Y …»
        if index == match.last and tokens[index].text == "и" and index + 1 in titles:
            return _coordinated(doc, tokens, match, titles[index + 1], tools, titles)
        if tokens[index].text == "и" and index + 1 in titles and index > match.last:
            return _joined_after_phrase(doc, tokens, match, titles[index + 1], index, tools,
                                        titles)
        joins = _joining_and(tokens, index) or _listing_comma(tokens, index, titles)
        if (joins and index + 1 in titles) or not (
                _of_phrase_word(tokens, match.last, index) or joins):
            return None
        index += 1
    return None


MARKS = QUOTES | {"(", ")"}  # no word of an of-phrase: «ассоциации «Сибирское соглашение» (МАСС)»


def _words(tokens: Sequence[Token], first: int, index: int) -> int:
    """The tokens from `first` to `index` less quote marks and parentheses: the length of
    an of-phrase that names a body in quotes is that of its words."""
    return sum(token.text not in MARKS for token in tokens[first:index])


def _named_after_comma(
    doc: Document, tokens: Sequence[Token], match: TitleMatch, comma: int
) -> str | None:
    """A nominative title, its of-phrase, a comma and a nominative name closed by a comma
    or followed by its verb: «Бывший спикер палаты представителей, Нэнси Пелоси, отметила
    …», «Другой пресс-секретарь, Иван Петров, сообщил …». Lower-case adjectives may
    stand before the name, and then it may close the sentence: «Со своего поста ушёл
    вице-губернатор края, 35-летний Иван Петров»."""
    first = _past_adjectives_after(tokens, comma + 1)
    if first >= len(tokens) or title_case(tokens, match) != "Nom":
        return None
    person = mention_at(doc, tokens[first].start, "PER")
    if person is None:
        return None
    end = next((i for i in range(first, len(tokens)) if tokens[i].start >= person.stop),
               len(tokens))
    last = tokens[end - 1]
    if last.feat("Case") not in (None, "Nom") or end >= len(tokens):
        return None
    after = tokens[end]
    closes = first > comma + 1 and after.text in SENTENCE_ENDS
    return person.key if after.text == "," or after.pos == "VERB" or closes else None


SENTENCE_ENDS = frozenset({".", "!", "?"})


def _past_adjectives_after(tokens: Sequence[Token], first: int) -> int:
    """The index after up to two lower-case adjectives from `first` («35-летний»)."""
    index = first
    while index < len(tokens) and index - first < MAX_APPOSED_ADJECTIVES \
            and tokens[index].pos == "ADJ" and not tokens[index].text[:1].isupper():
        index += 1
    return index


def _named_after_dash(
    doc: Document, tokens: Sequence[Token], match: TitleMatch, dash: int
) -> bool:
    """Whether a dash after a title and its of-phrase stands before the title's holder:
    a name in the title's case («с генеральным консулом Китая — Ли Мином», «главы двух
    областей – Иван Петров и Пётр Сидоров»), not a name in another case. A genitive
    title is whose the person after it is more often than not: «супруге президента —
    Анне Петровой»."""
    if tokens[dash].text not in DASHES or dash + 1 >= len(tokens):
        return False
    person = mention_at(doc, tokens[dash + 1].start, "PER")
    case = title_case(tokens, match)
    if person is None or case in (None, "Gen"):
        return False
    words = person.mention.text.split()
    if instrumental_name(words):
        return case == "Ins"
    return _last_of(tokens, dash + 1, person.stop).feat("Case") == case


def _coordinated(
    doc: Document, tokens: Sequence[Token], match: TitleMatch, second: TitleMatch,
    tools: Toolkit, titles: dict[int, TitleMatch],
) -> Found | None:
    """Two titles joined by «и» right after the first, before one name, are that person's
    and share the second's of-phrase: «президент и премьер-министр Израиля Шимон Перес»,
    «директор и совладелец компании «Вега» Иван Петров». A title with its own of-phrase
    before «и» is another person's («губернатор Кузбасса и министр Иван Петров»)."""
    found = _title_person(doc, tokens, second, tools, titles)
    if found is None:
        return None
    return Found(found.person, match.title, match.scope, found.of, found.generic, Span(0, 0),
                 second.first)


MEMBERSHIPS = frozenset({"член"})  # not carried to the name after a second title


def _joined_after_phrase(
    doc: Document, tokens: Sequence[Token], match: TitleMatch, second: TitleMatch, joint: int,
    tools: Toolkit, titles: dict[int, TitleMatch],
) -> Found | None:
    """Two titles, each with its own of-phrase, joined by «и» before one name are that
    person's: «председатель правительства Чувашии и министр финансов республики Иван
    Петров», unless the verb after the name is plural, which makes them two people's
    («Губернатор Кузбасса и министр промышленности Иван Петров открыли выставку»), and
    so does a plural verb just before them («Соглашение подписали губернатор области и
    посол Вьетнама …»). The of-phrase of the first ends at «и» (`joint`). A membership before a post
    («членом группы совета провинции и председателем академии …») is left to the post:
    on real news the post alone is annotated."""
    found = _title_person(doc, tokens, second, tools, titles)
    if found is None or _plural_predicate(tokens, found.last) or match.title in MEMBERSHIPS \
            or _plural_verb_before(tokens, match.first):
        return None
    of, generic = resolve_of(doc, tokens, match, joint, tools)
    if _two_places(of, found.of):
        return None  # «главы Хабаровска и мэра Фуюаня Фань Цзитао»: two places, two people
    return Found(found.person, match.title, match.scope, of, generic, Span(0, 0), second.first,
                 _says_of_what(tokens, match, joint))


def _two_places(first: str | None, second: str | None) -> bool:
    """Two titles' of-phrases that name two different places: no one holds a post in
    both («глава Хабаровска и мэр Фуюаня»); one body's posts («председатель правительства
    Чувашии и министр финансов республики») or an organization's are left alone."""
    return (first is not None and second is not None and first != second
            and not first.startswith("org:") and not second.startswith("org:"))


def _plural_verb_before(tokens: Sequence[Token], first: int) -> bool:
    """Whether the verb right before a title, with no comma between, is plural: «Соглашение
    подписали губернатор области и посол Вьетнама Данг Минь Кхой» names two people."""
    for token in reversed(tokens[:first]):
        if token.text in APPOSITION_MARKS:
            return False
        if token.pos in {"VERB", "AUX"}:
            return token.feat("Number") == "Plur"
    return False


def _plural_predicate(tokens: Sequence[Token], index: int) -> bool:
    """Whether the first verb after `index` in the passage is plural."""
    verb = next((token for token in tokens[index:] if token.pos in {"VERB", "AUX"}), None)
    return verb is not None and verb.feat("Number") == "Plur"


def _whose(title: Token, name: Token, written: str, key: str, of_a_person: bool = True) -> bool:
    """A genitive name after a title in another case is whose the title is, not who holds
    it: «пресс-секретарь Путина», «представители Путина» (an animate accusative title
    reads as a genitive: «генерал-майора МВД Рамзана Кадырова»). A name whose own
    endings say instrumental is held by an instrumental title only: «с главой офиса при
    администрации президента Турции Бураком Даглыоглу» is no president. A name written
    as its person's key is in no case of its own, whatever the tagger reads: «с
    заместителем губернатора провинции Ван Лин» is Wang Ling's post. A nominative title
    of a body, not of a person's staff (`of_a_person`), has no person as its of-phrase:
    a name after it that the tagger reads as a genitive holds it («Председатель
    правления Вега Ивана Петрова» is a misread «Иван Петров»). After a nominative title
    a name is the holder, whatever its words end in: «посол Ирана Казем Джалали»,
    «министр Катара шейх Хамад бен Джасем Аль Тани»."""
    if instrumental_name(written.split()) and title.feat("Case") != "Nom":
        return title.feat("Case") not in (None, "Ins")
    if title.feat("Case") == "Nom" and not of_a_person:
        return False
    return (_genitive(name) and title.feat("Case") in OTHER_THAN_GENITIVE
            and not _as_its_key(written, key))


def _of_a_person(match: TitleMatch) -> bool:
    """Whether a title may be of a person (a profession, or a post on a person's staff:
    «пресс-секретарь Путина», `positions/staff_titles.txt`)."""
    return match.scope == JOB or any(
        fold(match.title).removeprefix(FORMER).startswith(title) for title in staff_titles())


def _second_head(tokens: Sequence[Token], match: TitleMatch, index: int) -> bool:
    """Whether «и» or another lower-case noun in the title's case stands between the
    title and the name at `index`: the name may be that word's («духовный лидер и
    ближайший соратник Ивана Петрова»)."""
    case = title_case(tokens, match)
    return any(token.text == "и" or (token.pos == "NOUN" and token.text.islower()
                                     and token.feat("Case") == case)
               for token in tokens[match.last:index])


@lru_cache(maxsize=1)
def staff_titles() -> tuple[str, ...]:
    return tuple(fold(row[0]) for row in data_rows("positions/staff_titles.txt"))


def _as_its_key(written: str, key: str) -> bool:
    """Whether a name is written as the key of the person it names (a name that does not
    decline, or a nominative)."""
    return written.split() == key.removeprefix("per:").split()


def _genitive(name: Token) -> bool:
    """A name's first word tagged genitive, unless it ends as no genitive does: a tagger
    may read «Нгуеном» of «с руководителем провинции Нгуеном Ван Тхо» as one."""
    return name.feat("Case") == "Gen" and not name.text.lower().endswith(INSTRUMENTAL_ENDINGS)


def _after_post_word(tokens: Sequence[Token], match: TitleMatch) -> bool:
    """«занимающая пост премьер-министра Тереза Мэй»: the genitive is the post's."""
    return match.first > 0 and fold(tokens[match.first - 1].lemma) in post_words()


def _last_of(tokens: Sequence[Token], index: int, stop: int) -> Token:
    """The last token of the mention that starts at `index` and ends at `stop`."""
    return next((token for token in tokens[index:] if token.stop >= stop), tokens[index])


def _nominative_after_genitive(title: Token, last: Token, written: str, morph: Morph) -> bool:
    """A genitive title is not held by a nominative name whose first name is plainly
    nominative: in «спецпосланник президента США Джордж Митчелл» the president is the
    of-phrase of a title we do not know, and Mitchell is no president. A first name that
    does not decline, or may be genitive, or is not known as one, says nothing, nor does
    a surname tagged in another case («посла Китая Чжан Ханьхуэя»)."""
    words = written.split()
    if title.feat("Case") != "Gen" or len(words) < 2 or last.feat("Case") != "Nom":
        return False
    if _deputy_compound(title) or _indeclinable(title, morph):
        return False  # «Замминистра финансов Иван Петров», «Врио губернатора Иван Петров»
    parses = morph.parse(words[0].lower())
    return any("Name" in parse.tag for parse in parses) and not any(
        "gen" in str(parse.tag) or "Fixd" in parse.tag for parse in parses
    )


def _indeclinable(title: Token, morph: Morph) -> bool:
    """A title word that does not decline («врио») or that the dictionary does not know
    («ИО»): the case the tagger gives it is a guess from its neighbours."""
    parses = morph.parse(title.text.lower())
    return bool(parses) and all("Fixd" in parse.tag or "UNKN" in parse.tag for parse in parses)


def _deputy_compound(title: Token) -> bool:
    """A «зам-» title written as one word («замминистра», «зампредседателя») ends in the
    genitive of its second half, whatever its own case is."""
    word = fold(title.text.lower())
    return word.startswith(ABBREVIATED_DEPUTY) and not word.startswith("заместител")


# what may stand between two titles of one person: «заместитель председателя
# правительства области ― председатель комитета … Иван Петров»
CHAIN_MARKS = frozenset({",", "—", "–", "―", "-"})


def _chained_title(
    tokens: Sequence[Token], match: TitleMatch, index: int, titles: dict[int, TitleMatch]
) -> TitleMatch | None:
    """The title that follows `match`'s of-phrase at `index` as a second title of the same
    person: after a comma or a dash, or in the head's case when that case is not the genitive of an
    of-phrase («заместитель руководителя пресс-службы главы республики» is one title)."""
    if tokens[index].text in CHAIN_MARKS and index + 1 in titles:
        return titles[index + 1]
    second = titles.get(index)
    if second is None:
        return None
    case = tokens[match.first].feat("Case")
    return second if case and case != "Gen" and tokens[index].feat("Case") == case else None


def _chain(
    doc: Document, tokens: Sequence[Token], match: TitleMatch, second: TitleMatch,
    index: int, tools: Toolkit, titles: dict[int, TitleMatch],
) -> Found | None:
    """`match` held by the person the `second` title names; the of-phrase of `match` ends
    before the comma or before the place adjectives of the second title."""
    found = _title_person(doc, tokens, second, tools, titles)
    if found is None:
        return None
    stop = index
    while stop > match.last and tokens[stop - 1].pos == "ADJ":
        stop -= 1
    of, generic = resolve_of(doc, tokens, match, stop, tools)
    return Found(found.person, match.title, match.scope, of, generic, Span(0, 0), second.first)


def _after_parenthesis(tokens: Sequence[Token], index: int) -> int:
    """The index after the «)» closing the parenthesis at `index` (a short gloss; its
    marks are not counted: «советником хокима (губернатора - ред.) Акмалом Пулатовым»)."""
    words = 0
    for after in range(index + 1, len(tokens)):
        if tokens[after].text == ")":
            return after + 1
        words += tokens[after].pos != "PUNCT"
        if words > MAX_GLOSS:
            break
    return len(tokens)


def _joining_and(tokens: Sequence[Token], index: int) -> bool:
    """«и» between two lower-case words of an of-phrase, two adjectives in one case
    («Тамбовской и Липецкой областей»), or two genitive bodies («председатель Госсовета
    и Совета министров Кубы»; a name after «и» is someone else)."""
    if tokens[index].text != "и" or not 0 < index < len(tokens) - 1:
        return False
    before, after = tokens[index - 1], tokens[index + 1]
    if before.text in QUOTES and index > 1:  # «нападающий «Реала» и сборной Португалии»
        before = tokens[index - 2]
    if after.text[:1].islower() and before.text[:1].islower():
        return True
    if before.pos == after.pos == "ADJ" and before.feat("Case") == after.feat("Case"):
        return True  # «главы Тамбовской и Липецкой областей»
    return (after.pos in {"NOUN", "PROPN"} and before.pos in {"NOUN", "PROPN"}
            and after.feat("Animacy") == "Inan"
            and after.feat("Case") == before.feat("Case") == "Gen")


def _person_title(
    doc: Document, tokens: Sequence[Token], match: TitleMatch, tools: Toolkit,
    titles: dict[int, TitleMatch] | None = None, before: Found | None = None,
) -> Found | None:
    """PERSON, title [of-phrase]; the of-phrase stops at «и» before another title, which
    is the same person's, as is a title after a comma that ends the apposition before
    («Иван Петров, депутат Думы, лидер партии …»)."""
    person = _apposed_to(doc, tokens, match, before)
    if person is None:
        return None
    last = _of_phrase_end(tokens, match, titles or {})
    of, generic = resolve_of(doc, tokens, match, last, tools)
    return Found(person, match.title, match.scope, of, generic, Span(0, 0), last,
                 _says_of_what(tokens, match, last))


def _linked(
    doc: Document, tokens: Sequence[Token], match: TitleMatch, tools: Toolkit,
    titles: dict[int, TitleMatch], before: Found | None = None,
) -> Found | None:
    """A title the text links to its holder by a verb or «на пост» (`links.py`); the
    holder may be the person of an apposition that ends just before the verb («Иван
    Петров, глава компании «Вега», назначен министром»)."""
    last = _of_phrase_end(tokens, match, titles)
    person = linked_holder(doc, tokens, match, last) or _past_apposition(tokens, match, before)
    if person is None:
        return None
    of, generic = resolve_of(doc, tokens, match, last, tools)
    return Found(person, match.title, match.scope, of, generic, Span(0, 0), last,
                 _says_of_what(tokens, match, last))


def _past_apposition(
    tokens: Sequence[Token], match: TitleMatch, before: Found | None
) -> str | None:
    """The person of an apposition closed by a comma right before the link verbs of an
    instrumental title: «Иван Петров, глава компании, был назначен министром»."""
    if before is None or before.last >= match.first or tokens[before.last].text != ",":
        return None
    between = tokens[before.last + 1:match.first]
    if not between or len(between) > MAX_LINK_WORDS or title_case(tokens, match) != "Ins":
        return None
    if not any(is_link_verb(token) for token in between) or not all(
        is_link_verb(token) or token.pos in {"ADV", "ADJ"} for token in between
    ):
        return None
    return before.person


def _of_a_group(
    tokens: Sequence[Token], match: TitleMatch, titles: dict[int, TitleMatch], item: Found
) -> bool:
    """A title whose of-phrase names no entity but a group of people
    (`data/positions/group_words.txt`) as its first noun: «лидер оппозиции», «глава
    меньшинства», but not «руководитель совета оппозиции»."""
    if item.of is not None or not item.phrase:
        return False
    phrase = tokens[match.last:_of_phrase_end(tokens, match, titles)]
    noun = next((token for token in phrase if token.pos == "NOUN"), None)
    return noun is not None and fold(noun.lemma) in group_words()


@lru_cache(maxsize=1)
def group_words() -> frozenset[str]:
    return frozenset(fold(row[0]) for row in data_rows("positions/group_words.txt"))


def _second_body(
    doc: Document, tokens: Sequence[Token], match: TitleMatch, titles: dict[int, TitleMatch],
    item: Found,
) -> str | None:
    """A second organization joined by «и» to the one the of-phrase names, in the
    genitive too: «член Общественной палаты и Попечительского совета фонда» is a member
    of both; not past the holder's name, where «и» joins another party."""
    if item.of is None or not item.of.startswith("org:"):
        return None
    stop = _of_phrase_end(tokens, match, titles)
    if stop + 1 >= len(tokens) or tokens[stop].text != "и" \
            or tokens[stop + 1].feat("Case") != "Gen":
        return None
    if any(mention_at(doc, tokens[index].start, "PER") for index in range(match.last, stop)):
        return None  # «председатель «Вега» Иван Петров и АО «Сокол» подписали»: a party
    mention = mention_at(doc, tokens[stop + 1].start, "ORG")
    return mention.key if mention is not None and mention.key != item.of else None


def _of_phrase_end(tokens: Sequence[Token], match: TitleMatch, titles: dict[int, TitleMatch]) -> int:
    """The index after the of-phrase of a title; it stops at «и» before another title."""
    last = match.last
    while last < len(tokens) and last - match.last < MAX_OF_PHRASE and (
        _of_phrase_word(tokens, match.last, last) or _joining_and(tokens, last)
        or _listing_comma(tokens, last, titles)
    ):
        if tokens[last].text == "и" and last + 1 in titles:
            break
        last += 1
    return last


MAX_LISTED = 4  # words after a listing comma before the «и» that closes the list


def _listing_comma(tokens: Sequence[Token], index: int, titles: dict[int, TitleMatch]) -> bool:
    """A comma inside a list that «и» closes, between lower-case words of one part of
    speech and one case: «заместитель губернатора по экономике, финансам и инвестициям»,
    «департамента внешнеэкономических, межрегиональных и международных связей». A title
    after the comma is a second post, not a listed word."""
    if tokens[index].text != "," or index < 1 or index + 1 in titles:
        return False
    before = tokens[index - 1]
    if not before.text.islower():
        return False
    if _field_after(tokens, index):
        return True  # «министр культуры, по делам национальностей и архивного дела»
    for token in tokens[index + 1:index + 1 + MAX_LISTED]:
        if token.text == "и":
            return True
        if not (token.text.islower() and token.pos == before.pos
                and token.pos in LISTED_POS and token.feat("Case") == before.feat("Case")):
            return False
    return False


LISTED_POS = frozenset({"ADJ", "NOUN"})
# a ministry's or committee's further field after a comma: «по делам …», «по вопросам …»
FIELD_NOUNS = frozenset({"дело", "вопрос"})


def _field_after(tokens: Sequence[Token], comma: int) -> bool:
    """Whether «по делам …» or «по вопросам …» follows the comma, after a genitive noun:
    one more field of the body's name («министерства культуры, по делам
    национальностей»), never «по словам …»."""
    if comma + 2 >= len(tokens) or tokens[comma - 1].feat("Case") != "Gen":
        return False
    return (tokens[comma + 1].text.lower() == "по"
            and fold(tokens[comma + 2].lemma or "") in FIELD_NOUNS)


def _apposed_to(
    doc: Document, tokens: Sequence[Token], match: TitleMatch, before: Found | None
) -> str | None:
    """The person a title after an apposition mark is of: the name just before the mark,
    or the person of the apposition that ends there. Adjectives may stand between the
    mark and the title: «Иван Петров, бывший министр финансов», «…, 45-летний директор»,
    and so may a word for what the person is, joined by «и»: «Иван Петров, журналист и
    главный редактор газеты …»."""
    first = _past_adjectives(tokens, match.first)
    if _one_of(tokens, first):  # «Иван Петров, один из руководителей компании»
        first -= len(ONE_OF)
    if first > 2 and tokens[first - 1].text == "и" and _profession(tokens, first - 2, match):
        first = _past_adjectives(tokens, first - 2)  # «Гергей Ковач — политик и лидер …»
    if first < 2:
        return None
    mark = tokens[first - 1].text
    if before is not None and before.last == first - 1 and mark in {",", "и"}:
        return before.person
    if mark not in APPOSITION_MARKS:
        return None
    person = mention_ending_at(doc, tokens[first - 2].stop, "PER")
    if person is None and mark == ",":
        return _second_apposition(doc, tokens, match, first - 1)
    return person.key if person else None


def _one_of(tokens: Sequence[Token], first: int) -> bool:
    """«один из» / «одним из» / «одна из» right before `first`."""
    return first >= len(ONE_OF) and [
        tokens[first - 2].lemma, tokens[first - 1].text.lower()] == list(ONE_OF)


def _past_adjectives(tokens: Sequence[Token], first: int) -> int:
    """The index of the first of up to two lower-case adjectives or adverbs ending before
    `first`: «бывший министр», «ныне министр», «некогда секретарь»."""
    start = first
    while start > 0 and first - start < MAX_APPOSED_ADJECTIVES \
            and tokens[start - 1].pos in {"ADJ", "ADV"} \
            and not tokens[start - 1].text[:1].isupper():  # «45-летний» too
        start -= 1
    return start


def _profession(tokens: Sequence[Token], index: int, match: TitleMatch) -> bool:
    """A lower-case noun in the title's case before «и» and the title: a word for what the
    person is («политик», «журналист») joined to the title by «и»."""
    token, case = tokens[index], tokens[match.first].feat("Case")
    return (token.pos == "NOUN" and token.text.islower() and case is not None
            and token.feat("Case") == case and token.feat("Animacy") == "Anim")


def _second_apposition(
    doc: Document, tokens: Sequence[Token], match: TitleMatch, comma: int
) -> str | None:
    """A title in a second apposition, after a short phrase that is not a title: «Александра
    Брода, известного правозащитника, члена Общественной палаты». The name must be
    in the title's case, which keeps lists of other things out."""
    case = tokens[match.first].feat("Case")
    for index in range(comma - 1, max(comma - 1 - MAX_FIRST_APPOSITION, 0), -1):
        token = tokens[index]
        if token.text == "," and index > 0:
            person = mention_ending_at(doc, tokens[index - 1].stop, "PER")
            agrees = case is not None and tokens[index - 1].feat("Case") == case
            return person.key if person is not None and agrees else None
        if token.pos not in SECOND_APPOSITION_POS and token.text not in QUOTES:
            return None
    return None


def _says_of_what(tokens: Sequence[Token], match: TitleMatch, stop: int) -> bool:
    """Whether the words between a title and `stop` say what it is of: a name, a quote or
    a noun in a case other than the title's or in the genitive («режиссёр театра»,
    «фотограф Ассошиэйтед Пресс»). A second word for the person in the title's case says
    nothing: «певец, актёр и общественный деятель»."""
    case = title_case(tokens, match)
    return any(
        token.pos in {"PROPN", "X"} or token.text in QUOTES
        or (token.pos == "NOUN" and token.feat("Case") in {"Gen", None}) or (
            token.pos == "NOUN" and token.feat("Case") != case)
        for token in tokens[match.last:stop]
    )


def _in_attached_phrase(tokens: Sequence[Token], index: int) -> bool:
    """A title right after «при» is the office a post is attached to, inside the
    of-phrase: «постпред республики при президенте страны Иван Петров»."""
    return index > 0 and tokens[index - 1].text.lower() in ATTACHED_TO


def _of_phrase_word(tokens: Sequence[Token], first: int, index: int) -> bool:
    """A word of the of-phrase that begins at `first`: an of-phrase token, or «с» in a
    «по …» phrase before a word that is no name («директор по связям с общественностью»,
    «начальник отдела по работе со СМИ»)."""
    token = tokens[index]
    if _inside_quotes(tokens, first, index):  # «группы «Экозащита!»», «Свобода, правда»
        return True
    if token.text.lower() in WITH and 0 < index + 1 < len(tokens):
        return (not tokens[index + 1].text.istitle()  # a name after «с» is someone else
                and any(word.text.lower() == "по" for word in tokens[first:index]))
    return _of_phrase_token(token)


def _inside_quotes(tokens: Sequence[Token], first: int, index: int) -> bool:
    """Whether a «…» opened after `first` is still open at `index`: a name in quotes
    may hold any punctuation."""
    texts = [token.text for token in tokens[first:index]]
    return texts.count("«") > texts.count("»") and tokens[index].text != "«"


ORDINAL = re.compile(r"\d{1,3}-(?:й|го|му|м|ом|ый|ого|ому|ым)")


def _of_phrase_token(token: Token) -> bool:
    """A word of the genitive run after a title; «в» for «посол Китая в России»; the
    number of a school or a hospital («директор школы № 5»); a participle in the genitive read as a verb («Объединенного комитета начальников
    штабов»)."""
    return (
        token.pos in OF_PHRASE_POS or token.text in QUOTES or token.text in {".", "№"}
        or token.text.isdigit()  # «главный врач больницы № 17»
        or ORDINAL.fullmatch(token.text) is not None  # «губернатора 47-го региона»
        or token.text.lower() in OF_PHRASE_PREPOSITIONS
        or (token.pos == "VERB" and token.feat("Case") == "Gen")
    )


def _held(found: Sequence[Found], item: Found) -> frozenset[str]:
    """Russian regions whose post someone else holds by an explicit title: one region has
    one head (`data/positions/head_titles.txt`), while its governor and its deputy
    speaker can both be named."""
    post = _post(item.title)
    return frozenset(
        other.of for other in found
        if other.of and other.person != item.person and _post(other.title) == post
        and is_russian_region(other.of)
    )


def _post(title: str) -> str:
    return "head" if title in head_titles() else title


def _first_last(person: str) -> tuple[str, str]:
    words = fold(person.removeprefix("per:")).split()
    return (words[0], words[-1]) if words else ("", "")


@lru_cache(maxsize=1)
def state_leaders() -> dict[tuple[str, str], str]:
    """(first name, surname) of a head of state or government -> the country key."""
    return {_first_last(row[0]): row[1] for row in data_rows("positions/state_leaders.tsv")}


@lru_cache(maxsize=1)
def leaders_by_surname() -> dict[str, str]:
    """Surname -> country key, for the surnames of `state_leaders` that name one country:
    «президент Обама» when the text names him by his surname alone."""
    countries: dict[str, set[str]] = {}
    for (_, surname), country in state_leaders().items():
        countries.setdefault(surname, set()).add(country)
    return {surname: next(iter(keys)) for surname, keys in countries.items() if len(keys) == 1}


def _leader_country(person: str, morph: Morph) -> str | None:
    first, last = _first_last(person)
    if first == last:  # one word: a surname alone, maybe as written («Обамы»)
        return leaders_by_surname().get(last) or leaders_by_surname().get(
            fold(morph.lemma(last)))
    return state_leaders().get((first, last))


@lru_cache(maxsize=1)
def head_titles() -> frozenset[str]:
    return frozenset(fold(row[0]) for row in data_rows("positions/head_titles.txt"))


# a diplomat named by a bare title is of the foreign country the document is about
DIPLOMAT_TITLES = frozenset({"посол", "чрезвычайный и полномочный посол", "генеральный консул",
                             "генконсул", "консул"})


def _east_asian_name(person: str) -> bool:
    """Whether a person's key begins with a Chinese or Vietnamese family name."""
    words = person.removeprefix("per:").split()
    return len(words) >= 2 and words[0] in east_asian_family_names()


def _partner_country(doc: Document) -> str | None:
    """The country of the document's partner abroad (CN for CN-HL), if it has one."""
    partner = main_partner(doc)
    if partner is None or ":" in partner:
        return None
    return partner.partition("-")[0]


def _with_defaults(
    doc: Document, item: Found, held: frozenset[str], morph: Morph, titled: bool = False,
    shared: bool = False,
) -> Position:
    """A position whose text gives no of: the default its title's scope allows; `titled`
    says the same person has a title with an of elsewhere (which that one keeps), `shared`
    that someone else holds the same title on the page."""
    of = item.of
    if item.unnamed:  # «подмосковный губернатор»: of a place the page does not name
        return Position(person=item.person, title=item.title, of=None, evidence=(item.span,))
    if of is None and item.generic:  # «аким области» is of the region abroad
        of = (main_foreign_region(doc) if item.scope == FOREIGN_REGION
              else _unheld_main_region(doc, held) or _region_of_city(doc, held))
    elif of is None and item.scope == "region" and _east_asian_name(item.person) and (
            abroad := main_foreign_region(doc)) and abroad[:2] in EAST_ASIAN_COUNTRIES:
        # «встреча с губернатором Ли Гоином» on a page on Bashkortostan and Anhui: a
        # Chinese family name holds the post in the region abroad
        of = abroad
    elif of is None and item.scope == "region":
        of = main_region(doc, exclude=held) or _region_of_city(doc, held)
    elif of is None and item.scope == FOREIGN_REGION:  # «председатель облисполкома»
        of = main_foreign_region(doc)
    elif of is None and item.scope == CITY and not (shared or item.phrase):
        # «рассказал мэр Владимир Городецкий»; not people a plural title lists («вице-мэры
        # А и Б»), who share their title
        of = _home_city(doc, held, abroad=_east_asian_name(item.person))
    elif of is None and item.title in DIPLOMAT_TITLES and not titled:  # «Посол Чжан …»
        of = _partner_country(doc)
    if of is None and item.title in LEADER_TITLES:  # «Президент Касым-Жомарт Токаев»
        country = _leader_country(item.person, morph)
        of = country if country and any(e.key == country for e in doc.entities) else None
    if of is None and item.title in government_titles() and not titled:
        of = _government_region(doc, item, held, morph)
    return Position(person=item.person, title=item.title, of=of, evidence=(item.span,))


@lru_cache(maxsize=1)
def government_titles() -> dict[str, bool]:
    """Titles in a government that regional news gives without saying whose -> whether
    the post has one holder (`data/positions/government_titles.txt`)."""
    return {row[0]: len(row) > 1 and row[1] == "one"
            for row in data_rows("positions/government_titles.txt")}


def _government_region(
    doc: Document, item: Found, held: frozenset[str], morph: Morph
) -> str | None:
    """The main Russian region for a government title that says no whose
    («заместитель председателя правительства Иван Петров» on a region's page), unless
    its holder is a known head of state or government."""
    if _leader_country(item.person, morph) is not None:
        return None
    return main_region(doc, exclude=held if government_titles()[item.title] else frozenset())


def _unheld_main_region(doc: Document, held: frozenset[str]) -> str | None:
    """The document's main region for «губернатор региона», unless someone else holds
    that post there by an explicit title: then the region that leads the rest
    («губернатор региона … подписал договор с главой Орловской области» on a page
    that names the Orel region most is not of it)."""
    if doc.main_region is None or doc.main_region not in held:
        return doc.main_region
    return main_region(doc, exclude=held)


def _home_city(doc: Document, held: frozenset[str], abroad: bool = False) -> str | None:
    """The one Russian city the document names, for a city's title that names none
    («Городом-побратимом Новосибирска станет Шеньян, рассказал мэр Владимир
    Городецкий»); with `abroad` (a Chinese or Vietnamese name), the one city abroad."""
    cities = {entity.key for entity in doc.entities
              if entity.type == "GEO" and entity.geo_kind == "city" and entity.mentions
              and entity.within and is_russian_region(entity.within) != abroad}
    city = next(iter(cities)) if len(cities) == 1 else None
    return city if city not in held else None


def _region_of_city(doc: Document, held: frozenset[str]) -> str | None:
    """The Russian region of the cities the document names, when they lie in one region
    and it names no region itself: «заместитель губернатора» on a page that names only
    Челябинск is of RU-CHE."""
    if any(entity.type == "GEO" and entity.geo_kind == "region" and entity.mentions
           and is_russian_region(entity.key) for entity in doc.entities):
        return None
    regions = {entity.within for entity in doc.entities
               if entity.type == "GEO" and entity.geo_kind == "city" and entity.mentions
               and entity.within and is_russian_region(entity.within)}
    region = next(iter(regions)) if len(regions) == 1 else None
    return region if region not in held else None


GENERIC_HEAD = "глава"


def _dedupe(positions: list[Position]) -> tuple[Position, ...]:
    """One position per (person, title, of), evidence merged; a null `of` yields to a
    key of the same person's same or containing title («посол» to «чрезвычайный и
    полномочный посол» of TR)."""
    merged: dict[tuple[str, str, str | None], Position] = {}
    for position in positions:
        key = (position.person, position.title, position.of)
        if key in merged:
            evidence = tuple(dict.fromkeys((*merged[key].evidence, *position.evidence)))
            merged[key] = Position(position.person, position.title, position.of, evidence)
        else:
            merged[key] = position
    known = [(person, title) for person, title, of in merged if of is not None]
    return tuple(
        position for (person, title, of), position in merged.items()
        if (of is not None or not any(
            person == holder and (_spelled_out(title) in held or held in title)
            for holder, held in known
        )) and not _head_said_twice(person, title, of, merged)
    )


def _head_said_twice(
    person: str, title: str, of: str | None, merged: dict[tuple[str, str, str | None], Position]
) -> bool:
    """«глава» of a place the same person is its governor or president of says that post
    again: «губернатор Свердловской области … глава области» is one post."""
    return title == GENERIC_HEAD and of is not None and any(
        holder == person and other != title and other in head_titles() and where == of
        for holder, other, where in merged
    )


def _spelled_out(title: str) -> str:
    """A «зам-» title as «заместитель …»: «замминистра» is «заместитель министра», so a
    bare «Замминистра Энхболд» yields to the same person's «заместитель министра … X»."""
    if title.startswith(ABBREVIATED_DEPUTY) and not title.startswith("заместитель"):
        return f"заместитель {title.removeprefix(ABBREVIATED_DEPUTY)}"
    return title
