"""Organization names the NER model misses, found by rule:

- a capitalized quoted name after an organization-kind word («компании "Биокат" и
  "Герофарм"», «ОЭЗ «Иннополис»») or after a phrase one heads («предприятие по выпуску
  бумаги «Альфа»», «производитель тракторов «Кировец»»);
- a capitalized adjective before an organization-kind noun («Оршанском льнокомбинате»);
- a capitalized adjective before a noun for a fair or forum («Байкальском экономическом
  форуме», «Маргаритинской ярмарки»): not one that opens a description
  («Международного форума») and no ordinal («Второй форум»);
- a coined proper noun the dictionary does not know («Энерготехнохаб»);
- a run of capitalized Latin words ending in a legal form («Aucma Import and Export
  Co., Ltd»);
- a capitalized mission abroad with the place whose it is and the place it sits in
  («Посольство Индии в Москве», `entities/mission_words.txt`);
- an all-capital abbreviation that is no place and no common noun («МАЗ», «ПТЗ»), or a
  Latin one after a kind or goods word or listed with a named body («техники XCMG»);
- a state body in lower case («министерстве финансов», `org_bodies`);
- a body named by the adjective of its place («читинской таможни», `org_bodies`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from coopwatch.extract.entities.candidates import QUOTES, is_quoted, overlaps
from coopwatch.extract.entities.lexicon import (
    event_name_words,
    event_words,
    generic_event_adjectives,
    generic_org_words,
    is_designator,
    is_org_kind,
    legal_forms,
    maker_words,
    media_signs,
    mission_words,
    product_words,
    stop_acronyms,
)
from coopwatch.extract.entities.org_bodies import body_spans, place_body_spans
from coopwatch.extract.entities.orgs import has_cyrillic
from coopwatch.geo.gazetteer import Gazetteer
from coopwatch.lexicon.folding import fold
from coopwatch.nlp.morph import Morph, reading
from coopwatch.records import Document, Token
from coopwatch.text.token_index import TokenIndex

QUOTED_NAME = re.compile(r"[«\"„“]([A-ZА-ЯЁ0-9][^«»\"„“”\n]{0,59})[»\"“”]")
ACRONYM = re.compile(r"[А-ЯЁ][А-ЯЁа-яё]{1,9}(-\d{2,4})?")
MAX_QUOTED_WORDS = 6
QUOTE_AFTER = re.compile(r"\)?[ \t]*[«\"„“]")  # «ПОЭЗ «Тольятти»», «(ОЭЗ) "Ульяновск"»
ABBREVIATED = re.compile(r"[А-ЯЁA-Z]{2,}[а-яё]{0,2}")  # «НОЦ», «НОЦа»


@dataclass(frozen=True)
class OrgSpan:
    start: int
    stop: int
    partner: tuple[int, int] | None = None  # the span of the full name an acronym stands for
    quote: int | None = None  # where the quoted part of «зоне «Калуга»» begins
    body: bool = False  # a lower-case state body («министерстве финансов»)


def _kind_start(index: TokenIndex, start: int) -> int | None:
    """Where the organization-kind phrase before `start` begins (adjectives may come
    before the kind word: «особой экономической зоне»), or None if there is none."""
    tokens = index.before(start, 4)
    for position in range(len(tokens) - 1, -1, -1):
        if is_designator(tokens[position].lemma):
            while position > 0 and tokens[position - 1].pos == "ADJ":
                position -= 1
            return tokens[position].start
        if tokens[position].pos != "ADJ":
            return None
    return None


MAX_MAKER_PHRASE = 9  # words between a kind of organization and the thing it makes at most
VERBAL = ("VERB", "AUX")


def made_by_kind(morph: Morph, index: TokenIndex, last: Token) -> bool:
    """Whether a lower-case word in an oblique case before a quoted name ends a phrase
    headed by a kind of organization, so that the name is the organization's: a kind
    word and «по» («предприятие по выпуску бумажной продукции «Альфа»», «компанию по
    производству спутников «Бета»») or a maker's noun (`maker_words`: «производитель
    тракторов «Кировец»»). A verb between («завод выпускает тракторы …»), another kind
    word («партию тракторов …») or a last word that can only be a nominative or an
    accusative («тракторы "Беларус"») leaves the name to the thing."""
    if not last.text.isalpha() or not last.text.islower() or not any(
            parse.tag.case not in (None, "nomn", "accs") for parse in morph.parse(last.text)):
        return False
    following = last
    for token in reversed(index.before(last.start, MAX_MAKER_PHRASE + 1)):
        if not token.text.isalpha() or not token.text[1:].islower():
            return False
        found = reading(morph, token.text)
        if fold(found.lemma) in maker_words():
            return True
        if is_org_kind(found.lemma):
            return following.text == "по"
        if found.pos in VERBAL or not token.text.islower():
            return False
        following = token
    return False


def quoted_names(text: str, morph: Morph, index: TokenIndex,
                 gazetteer: Gazetteer) -> list[OrgSpan]:
    """Quoted capitalized names after an organization-kind word or a phrase it heads
    (`made_by_kind`), and those joined to one by «и» or a comma; a quoted place name
    keeps its kind phrase («особой экономической зоне «Калуга»» -> «Особая экономическая
    зона Калуга»)."""
    found: list[OrgSpan] = []
    for match in QUOTED_NAME.finditer(text):
        start, stop = match.start(1), match.end(1)
        if len(match.group(1).split()) > MAX_QUOTED_WORDS:
            continue
        # a list's comma put inside the quotes: «Брянконфи,» «Жуковское молоко,» и …
        comma = match.group(1).endswith(",")
        stop -= comma
        link = text[found[-1].stop:match.start()].strip(QUOTES + " ") if found else None
        if found and not link and text[found[-1].stop] == ",":
            link = ","
        kind = _kind_start(index, match.start())
        if kind is not None and gazetteer.resolve(match.group(1)) is not None:
            found.append(OrgSpan(kind, match.end(), quote=match.start()))
        elif kind is not None or link in ("и", ",") or _after_maker(
                morph, index, match.start()) or _such_as_kind(index, match.start()):
            found.append(OrgSpan(start, stop))
    return found


SUCH = frozenset({"такие", "таких", "таким", "такими", "такой", "такая", "такое"})
SUCH_AS_REACH = 14  # words back from «такие как» to the kind of organization it lists


def _such_as_kind(index: TokenIndex, start: int) -> bool:
    """«Предприятия пищевой промышленности, такие как «Брянконфи»»: the examples of a
    kind of organization named shortly before are organizations."""
    tokens = index.before(start, SUCH_AS_REACH + 2)
    if len(tokens) < 3 or tokens[-1].text.lower() != "как" or tokens[-2].text.lower() not in SUCH:
        return False
    return any(token.pos == "NOUN" and is_org_kind(token.lemma) for token in tokens[:-2])


QUOTED_SIGN = re.compile(r"[«\"„“]([^\s«»\"„“”]{1,3})[»\"“”]")


def quoted_media_signs(text: str) -> Iterator[OrgSpan]:
    """A medium's sign between quotes: «как сообщил «Ъ» источник» -> «Ъ»."""
    for match in QUOTED_SIGN.finditer(text):
        if match.group(1) in media_signs():
            yield OrgSpan(match.start(1), match.end(1))


def _after_maker(morph: Morph, index: TokenIndex, opening: int) -> bool:
    before = index.before(opening)
    return bool(before) and made_by_kind(morph, index, before[-1])


def sentence_starts(doc: Document) -> set[int]:
    return {next((t.start for t in sent.tokens if t.text[:1].isalpha()), sent.start)
            for sent in doc.sentences}


def _adjective(morph: Morph, token: Token) -> bool:
    return token.pos == "ADJ" or (token.pos == "PROPN" and any(
        parse.tag.POS == "ADJF" for parse in morph.parse(token.text)[:1]))


def _toponymic(gazetteer: Gazetteer, token: Token) -> bool:
    """An adjective of a town or region, not of a country: «Оршанский», «Брестский»."""
    places = gazetteer.adjective(token.text)
    return bool(places) and all(place.geo_kind != "country" for place in places)


def _names_kind(text: str, noun: Token, initial: bool) -> bool:
    """Whether a noun after a capitalized adjective makes an organization's name: a kind
    word, not a generic one; after a sentence's first word also singular, unquoted after."""
    if noun.pos != "NOUN" or not is_org_kind(noun.lemma):
        return False
    if fold(noun.lemma) in generic_org_words():
        return False
    return not initial or (noun.feat("Number") != "Plur"
                           and text[noun.stop + 1:noun.stop + 2] not in QUOTES)


def adjective_names(doc: Document, morph: Morph, index: TokenIndex,
                    gazetteer: Gazetteer) -> list[OrgSpan]:
    """A capitalized adjective, lower-case adjectives, then an organization-kind noun:
    «Оршанском льнокомбинате», «Вяземского машзавода». At the start of a sentence the
    adjective must be a town's or region's, the noun singular and unquoted after."""
    starts = sentence_starts(doc)
    found = []
    for token in index.tokens:
        if not token.text[:1].isupper() or not _adjective(morph, token):
            continue
        initial = token.start in starts
        if initial and not _toponymic(gazetteer, token):
            continue
        for following in _past_bracketed_adjective(morph, index.after(token.stop, 6))[:3]:
            if _names_kind(doc.text, following, initial):
                stop = _field_after(morph, index, following)
                namesake = NAMESAKE.match(doc.text, stop)
                found.append(OrgSpan(token.start, namesake.end() if namesake else stop))
            if following.pos != "ADJ" or not following.text.islower():
                break
    return found


# «имени М. В. Ломоносова», «им. Попова», «имени Галиасгара Камала» after a body's kind noun
NAMESAKE = re.compile(r"[ \t]+(?:имени|им\.)[ \t]*(?:[А-ЯЁ]\.[ \t]*){0,3}"
                      r"[А-ЯЁ][а-яё-]+(?:[ \t]+[А-ЯЁ][а-яё-]+)?")


def _past_bracketed_adjective(morph: Morph, tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """The tokens after a second, bracketed capitalized adjective of a name: «Северный
    (Арктический) федеральный университет», «Казанский (Приволжский) федеральный
    университет» go on to their kind noun past it."""
    if len(tokens) > 3 and tokens[0].text == "(" and tokens[2].text == ")" and tokens[
            1].text[:1].isupper() and _adjective(morph, tokens[1]):
        return tokens[3:]
    return tokens


def event_names(doc: Document, morph: Morph, index: TokenIndex,
                gazetteer: Gazetteer) -> list[OrgSpan]:
    """A capitalized adjective, lower-case adjectives, then a noun for a fair or forum:
    «Байкальском экономическом форуме», «Харбинской международной торгово-экономической
    ярмаркой». At the start of a sentence the adjective must be a town's or region's."""
    starts = sentence_starts(doc)
    found = []
    for token in index.tokens:
        if not token.text[:1].isupper() or not _named_event_adjective(morph, token):
            continue
        if token.start in starts and not _toponymic(gazetteer, token):
            continue
        for following in index.after(token.stop, 4):
            if fold(reading(morph, following.text).lemma) in event_name_words():
                found.append(OrgSpan(token.start, _genitive_tail(morph, index, following)))
                break
            if not following.text.islower() or reading(morph, following.text).pos != "ADJ":
                break
    return found


MAX_TAIL_WORDS = 6


def _genitive_tail(morph: Morph, index: TokenIndex, noun: Token) -> int:
    """Where the lower-case genitive phrase after a fair's noun ends: «ярмарка» +
    «культуры и искусства», «форум» + «инвестиционного развития и торгового
    сотрудничества»; the noun's own end when none follows."""
    stop = noun.stop
    for token in index.after(noun.stop, MAX_TAIL_WORDS):
        if token.text == "и":
            continue
        found = reading(morph, token.text)
        if not _word(token.text) or not token.text.islower() or found.feats.get(
                "Case") != "Gen" or found.pos not in ("ADJ", "NOUN"):
            break
        if found.pos == "NOUN":
            stop = token.stop
    return stop


def _word(text: str) -> bool:
    """A word of letters, hyphenated or not («российско-украинского»)."""
    return text.replace("-", "").isalpha() and not text.startswith("-") and not text.endswith("-")


def _named_event_adjective(morph: Morph, token: Token) -> bool:
    """A capitalized adjective that may name a fair: a relational one («Байкальский» of
    Байкал), no qualitative one («Восточный», «Новый»), no ordinal, no word that opens a
    description («Международный», «Всероссийский»)."""
    parses = morph.parse(token.text)
    return (bool(parses) and parses[0].tag.POS == "ADJF"
            and not {"Anum", "Qual"} & parses[0].tag.grammemes
            and fold(parses[0].normal_form) not in generic_event_adjectives())


def _field_after(morph: Morph, index: TokenIndex, noun: Token) -> int:
    """Where the field in the genitive after a kind noun ends: «Омский завод» +
    «инновационных технологий», «Минский завод» + «колёсных тягачей»: lower-case
    adjectives, at least one, then a noun, all in the genitive. A bare genitive noun
    («завода продукции») is left out: it is more often what the sentence says next."""
    stop, adjectives = noun.stop, 0
    for token in index.after(noun.stop, 4):
        if not token.text.isalpha() or not token.text.islower():
            break
        parses = [parse for parse in morph.parse(token.text) if "gent" in parse.tag]
        if any(parse.tag.POS == "ADJF" for parse in parses):
            adjectives += 1
        elif adjectives and any(parse.tag.POS == "NOUN" for parse in parses):
            stop = token.stop
            break
        else:
            break
    return stop


def _unknown_word(morph: Morph, text: str, token: Token) -> bool:
    """A coined name: unknown to the dictionary, or read by it as an organization."""
    if not (token.text[:1].isupper() and token.text.isalpha() and has_cyrillic(token.text)
            and not is_quoted(text, token.start, token.stop)):
        return False
    parses = morph.parse(token.text)
    if parses and "Orgn" in parses[0].tag:
        return True
    return token.pos == "PROPN" and not any(parse.is_known for parse in parses)


def unknown_names(doc: Document, morph: Morph, index: TokenIndex,
                  gazetteer: Gazetteer) -> list[OrgSpan]:
    """A proper noun inside a sentence that the dictionary does not know, that is no
    place and no tagged name: a coined organization name («функционирует
    Энерготехнохаб»)."""
    starts = sentence_starts(doc)
    taken = [(m.start, m.stop) for m in doc.mentions]
    return [OrgSpan(token.start, token.stop) for token in index.tokens
            if token.start not in starts and _unknown_word(morph, doc.text, token)
            and not overlaps(token.start, token.stop, taken)
            and gazetteer.resolve(token.text) is None]


DOCUMENT_NUMBER = re.compile(r"\d[-–]?\Z")


def document_code(text: str, start: int) -> bool:
    """Whether letters at `start` end a document's number: «№ 374-ФЗ», «№ 456-ОД»."""
    return DOCUMENT_NUMBER.search(text, max(0, start - 2), start) is not None


def acronyms(text: str, gazetteer: Gazetteer) -> list[OrgSpan]:
    """All-capital abbreviations that name neither a place nor a common thing, nor end a
    document's number."""
    found = []
    for match in ACRONYM.finditer(text):
        word, start = match.group(0), match.start()
        bare = word.split("-")[0]
        if (sum(char.isupper() for char in bare) < 2 or not (bare.isupper() or len(bare) <= 6)
                or (start > 0 and text[start - 1].isalnum()) or document_code(text, start)
                or (match.end() < len(text) and text[match.end()].isalnum())):
            continue
        if bare in stop_acronyms() or bare in legal_forms() or gazetteer.resolve(bare):
            continue
        found.append(OrgSpan(start, match.end()))
    return found


def supported_acronyms(text: str, index: TokenIndex, found: list[OrgSpan],
                       named: frozenset[tuple[int, int]] = frozenset()) -> Iterator[OrgSpan]:
    """The abbreviations the text supports as names: written at least twice, after a
    word for a kind of organization («компании ТВЕА», «завод МЗКТ») or for the goods
    it makes («автомобили УАЗ»), before a quoted name («ПОЭЗ «Тольятти»») or opening
    one («„ЭКСПО Узбекистан“»), in brackets («тракторов (МТЗ)»), listed with a name
    the NER model tagged («на УАЗ, КАМАЗ и АвтоВАЗ»), or spelled by the initials of a
    longer name of the page. One abbreviation alone is as often a common noun (НОЦ,
    ОЭЗ), a fragment of a site's name or a headline's word in capitals."""
    written = Counter(text[span.start:span.stop] for span in found)
    for span in found:
        word = text[span.start:span.stop]
        before = index.before(span.start)
        kind = bool(before) and (is_designator(before[0].lemma)
                                 or fold(before[0].lemma) in product_words())
        if written[word] >= 2 or kind or (
                QUOTE_AFTER.match(text, span.stop) or text[span.start - 1:span.start] in QUOTES
                or _bracketed(text, span.start) or _spelled_out(text, word)
                or _listed_with(text, span, named)):
            yield span


ROMAN = re.compile(r"[IVXLCDM]+")  # «XIV международной выставки»: an ordinal
LATIN_ACRONYM = re.compile(r"(?<![\w.@/-])[A-Z][A-Z0-9]{1,5}(?:-\d{1,3})?(?![\w@/-])")


def latin_acronyms(text: str, index: TokenIndex,
                   named: frozenset[tuple[int, int]]) -> list[OrgSpan]:
    """Latin abbreviations among Russian words after a word for a kind of organization or
    for the goods it makes («компании XCMG», «автомобили BYD»; not a fair's word:
    «выставки EXPO»), or listed right before or after an organization the NER model
    named or one found so («компаний CNCEC и CC-7»); no Roman numeral («XIV»)."""
    words = [match for match in LATIN_ACRONYM.finditer(text)
             if sum(char.isalpha() for char in match.group(0)) >= 2
             and match.group(0) not in stop_acronyms() and not ROMAN.fullmatch(match.group(0))]
    spans = [OrgSpan(match.start(), match.end()) for match in words]
    found = [span for span in spans if _after_kind_word(index, span)]
    known = named | {(span.start, span.stop) for span in found}
    found += [span for span in spans if span not in found and _listed_with(text, span, known)]
    return sorted(found, key=lambda span: span.start)


def _after_kind_word(index: TokenIndex, span: OrgSpan) -> bool:
    before = index.before(span.start)
    return bool(before) and before[0].text.islower() and (
        is_designator(before[0].lemma) or fold(before[0].lemma) in product_words()
    ) and fold(before[0].lemma) not in event_words()


LIST_JOINT = re.compile(r",[ \t]*|[ \t]+и[ \t]+")


def _listed_with(text: str, span: OrgSpan, named: frozenset[tuple[int, int]]) -> bool:
    """Whether an organization the NER model named is listed right before or after the
    span: «на УАЗ, КАМАЗ и АвтоВАЗ»."""
    after = LIST_JOINT.match(text, span.stop)
    starts = {start for start, _ in named}
    stops = {stop for _, stop in named}
    return (after is not None and after.end() in starts) or any(
        (joint := LIST_JOINT.match(text, stop)) is not None and joint.end() == span.start
        for stop in stops if stop < span.start)


def _bracketed(text: str, start: int) -> bool:
    """Whether a span lies in brackets: «грузовиков (МАЗ, КамАЗ)», «(ТПП)»."""
    opening = text.rfind("(", max(0, start - 40), start)
    return opening >= 0 and not any(char in text[opening:start] for char in ")\n")


def _spelled_out(text: str, word: str) -> bool:
    """Whether capitalized words of the text begin with the abbreviation's letters in
    turn: «Минский автомобильный завод» for МАЗ."""
    letters = [char.lower() for char in word if char.isupper()]
    if len(letters) < 2:
        return False
    pattern = r"(?<![\w-])" + r"\w*[\s-]+(?:(?:и|по|для|в|на|при)\s+)?".join(
        f"[{letter.upper()}{letter}]" for letter in letters) + r"\w*"
    return any(m.group(0)[:1].isupper() and m.group(0) != word
               for m in re.finditer(pattern, text))


def extra_spans(doc: Document, morph: Morph, index: TokenIndex,
                 gazetteer: Gazetteer) -> Iterator[OrgSpan]:
    yield from quoted_names(doc.text, morph, index, gazetteer)
    yield from quoted_media_signs(doc.text)
    yield from latin_legal_names(doc.text)
    yield from adjective_names(doc, morph, index, gazetteer)
    yield from event_names(doc, morph, index, gazetteer)
    named = frozenset((m.start, m.stop) for m in doc.mentions if m.type == "ORG")
    yield from supported_acronyms(doc.text, index, acronyms(doc.text, gazetteer), named)
    yield from latin_acronyms(doc.text, index, named)
    unknown = unknown_names(doc, morph, index, gazetteer)
    capitals = [span for span in unknown if ABBREVIATED.fullmatch(doc.text[span.start:span.stop])]
    yield from (span for span in unknown if span not in capitals)
    yield from supported_acronyms(doc.text, index, capitals, named)
    yield from (OrgSpan(start, stop, body=True)
                for start, stop in body_spans(doc.text, morph, index)
                if not _regional_place_after(doc, gazetteer, stop))
    yield from (OrgSpan(start, stop) for start, stop in place_body_spans(
        morph, index, lambda word: _country_adjective(gazetteer, word)))


# a run of capitalized Latin words (joined by «of», «and», «&» at most twice) that ends in
# a company's legal form: «Aucma Import and Export Co., Ltd», «Alfa Trade LLC»
LATIN_WORD = r"[A-Z][A-Za-z0-9&'-]*"
LATIN_LEGAL = re.compile(
    rf"(?<![\w.-]){LATIN_WORD}(?:[ \t]+(?:(?:of|and|&)[ \t]+)?{LATIN_WORD}){{0,7}}?"
    r",?[ \t]+(?:Co\.?,?[ \t]*Ltd\.?|Ltd\.?|LLC|Inc\.?|GmbH|Limited|JSC|PLC)(?![\w-])")


def latin_legal_names(text: str) -> list[OrgSpan]:
    """Latin names with a legal form after them, which the NER model may leave out
    when they stand among Russian words: «председатель Aucma Import and Export Co., Ltd
    Ван Инфэнь»."""
    return [OrgSpan(match.start(), match.end()) for match in LATIN_LEGAL.finditer(text)
            if match.group(0).split()[0] not in legal_forms()]


HOST_LINK = re.compile(r"[ \t]+во?[ \t]+")
OWNER_LINK = re.compile(r"[ \t]+")
MISSION_ADJECTIVE = "генеральн"  # «Генеральное консульство»


def mission_spans(doc: Document, morph: Morph, index: TokenIndex) -> list[OrgSpan]:
    """A capitalized mission abroad: its head noun, the place whose mission it is right
    after it and, after «в», the place it sits in: «Посольство Индии в Москве»,
    «Генеральное консульство Китая в Казани», «Торгпредство России». The head alone
    («Посольство заявило») names no body."""
    places = {m.start: m.stop for m in doc.mentions if m.type == "GEO"}
    found = []
    for token in index.tokens:
        if fold(reading(morph, token.text).lemma) not in mission_words():
            continue
        owner = OWNER_LINK.match(doc.text, token.stop)
        if owner is None or owner.end() not in places:
            continue
        stop = places[owner.end()]
        host = HOST_LINK.match(doc.text, stop)
        if host is not None and host.end() in places:
            stop = places[host.end()]
        start = token.start
        before = index.before(token.start)
        if before and before[-1].text[:1].isupper() and fold(before[-1].text).startswith(
                MISSION_ADJECTIVE):
            start = before[-1].start
        if doc.text[start:start + 1].isupper():
            found.append(OrgSpan(start, stop))
    return found


def _country_adjective(gazetteer: Gazetteer, word: str) -> bool:
    """An adjective of a country: «китайской», «Российского»."""
    return any(place.geo_kind == "country" for place in gazetteer.adjective(word))


def _regional_place_after(doc: Document, gazetteer: Gazetteer, stop: int) -> bool:
    """Whether a place other than a country follows right after `stop` («министерства
    экономического развития Самарской области»: the region's own body)."""
    for mention in doc.mentions:
        if (mention.type == "GEO" and 0 < mention.start - stop <= 2
                and doc.text[stop:mention.start].isspace()):
            place = gazetteer.resolve(mention.text)
            return place is not None and place.geo_kind != "country"
    return False
