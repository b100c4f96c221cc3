"""Places: GEO candidates from the NER mentions and the gazetteer, and their entities.

The gazetteer decides: a span it resolves is a place whatever type the NER model gave
it («Смоленщины» tagged PER); a GEO span it does not know is kept only if it looks
like a proper place name («Шушар» -> geo:Шушары), not a junk span («Помимо
автопроизводства») nor an adjective. A word right after a word for its kind («реке
Славянка», «порт Козьмино», `entities/place_name_kinds.txt`) is a place wherever the page
writes it, and so is one no dictionary knows («Бургас»), whatever the dictionary or the
tagger read in it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import lru_cache

from coopwatch.extract.entities.candidates import (
    Candidate,
    is_quoted,
    mixed_case_acronym,
    non_overlapping,
    overlaps,
    strictly_inside,
)
from coopwatch.extract.entities.lexicon import place_kinds, place_name_kinds, retyped
from coopwatch.geo.gazetteer import Gazetteer
from coopwatch.geo.places import Place
from coopwatch.lexicon.currency import currency_words
from coopwatch.lexicon.datafiles import data_rows
from coopwatch.lexicon.folding import VOWELS, fold
from coopwatch.nlp.morph import Morph
from coopwatch.records import GEO_KINDS, Document, Entity, Mention, Token, one_of
from coopwatch.text.nominative import agreeing_words, match_case
from coopwatch.text.token_index import TokenIndex

# an adjective of a place: «Черкасской», «Абыйском», «Донецкой»
PLACE_ADJECTIVE = re.compile(r"(?:ск|цк)(?:ий|ый|ого|ому|ом|им|ым|ой|ую|ая|ое|ие|ые|их|ими)$")
MIN_FOREIGN_STEM = 3  # letters a foreign name keeps before its case ending at least
NOT_IN_NAMES = ("ADP", "ADV", "VERB", "AUX", "SCONJ", "CCONJ", "PRON", "PART", "NUM")
SOFT_ENDINGS = "гкхжшщч"  # after these the plural ending is -и, not -ы


def lemma_sets(morph: Morph, phrase: str) -> tuple[frozenset[str], ...]:
    """For each word of a phrase, the set of its possible lemmas (folded)."""
    return tuple(
        frozenset({fold(word)} | {fold(parse.normal_form) for parse in morph.parse(word)})
        for word in phrase.split()
    )


def same_lemmas(first: Sequence[frozenset[str]], second: Sequence[frozenset[str]]) -> bool:
    """Whether two phrases can be forms of each other, word by word."""
    return len(first) == len(second) and all(a & b for a, b in zip(first, second, strict=True))


def surface_alias(morph: Morph, place: Place, text: str) -> str | None:
    """The gazetteer name of `place` that `text` is a form of, unless it is the canonical
    name: «Поднебесной» -> «Поднебесная», «Петербурге» -> «Петербург»."""
    lemmas = lemma_sets(morph, text)
    for name in (place.name, *place.aliases):
        if same_lemmas(lemmas, lemma_sets(morph, name)):
            return None if name == place.name else name
    return None


def looks_like_place(tokens: Sequence[Token]) -> bool:
    """A proper name: capitalized, ending in a noun, without function words or verbs."""
    return bool(tokens) and tokens[0].text[:1].isupper() and tokens[-1].pos in (
        "PROPN", "NOUN") and not any(token.pos in NOT_IN_NAMES for token in tokens)


def plural_nominative(word: str) -> str:
    """The nominative of a plural place name seen in the genitive with no ending:
    «Шушар» -> «Шушары», «Мытищ» -> «Мытищи»."""
    return word + ("и" if word[-1].lower() in SOFT_ENDINGS else "ы")


@lru_cache(maxsize=1)
def foreign_place_endings() -> dict[tuple[str, str], tuple[str, str]]:
    """(case, oblique ending) -> (its replacement after a consonant, after a vowel)."""
    return {(row[0], row[1]): (row[2], row[3])
            for row in data_rows("entities/foreign_place_endings.tsv")}


NO_READING = "x"


def foreign_nominative(token: Token) -> str | None:
    """The nominative of a foreign place name no dictionary knows, from its case ending
    (`entities/foreign_place_endings.tsv`): «Цзинане» -> «Цзинан», «Дубая» -> «Дубай»."""
    word = token.text
    case = token.feat("Case")
    if token.feat("Number") == "Plur" or not word.isalpha():
        return None
    for length in (2, 1):
        ending = word[-length:].lower()
        stem = word[:-length]
        tails = foreign_place_endings().get((case or "", ending))
        if tails is None or len(stem) < MIN_FOREIGN_STEM:
            continue
        tail = tails[1] if stem[-1].lower() in VOWELS else tails[0]
        if tail == NO_READING:
            return None
        return stem + ("" if tail == "-" else match_case(tail, word[-1]))
    return None


def single_place_name(morph: Morph, token: Token) -> str:
    """The nominative of a one-word place name the gazetteer does not know."""
    if token.text.isupper() or mixed_case_acronym(token.text):
        return token.text  # initials have no case forms: «РБ», not «РБы»; «ЮУрГУ»
    parses = morph.parse(token.text)
    unknown = not any(parse.is_known for parse in parses)
    # a word no dictionary knows: its case ending before the guesser's analogies
    if unknown and (foreign := foreign_nominative(token)) is not None:
        return foreign
    known = [parse for parse in parses if "Geox" in parse.tag]
    if known:
        return match_case(known[0].normal_form, token.text)
    if unknown:
        if token.feat("Case") == "Gen" and token.text[-1].lower() not in "аяиыуюоеьй":
            return plural_nominative(token.text)
        if token.feat("Number") == "Plur" and parses:
            form = parses[0].inflect({"nomn", "plur"})
            if form is not None:
                return match_case(form.word, token.text)
    # no noun ends in «-о» outside its nominative: «Козьмино», «Уэйко» are as written; a
    # village named by a neuter adjective reads the same in the accusative («соединяет
    # Тунцзян и Нижнеленинское»)
    if token.feat("Case") in (None, "Nom") or not parses or token.text[-1].lower() == "о" or (
            token.text.lower().endswith(("ское", "цкое")) and "ADJF" in parses[0].tag):
        return token.text
    return match_case(parses[0].normal_form, token.text)


def unknown_place_name(morph: Morph, mention: Mention, tokens: Sequence[Token]) -> str:
    """The canonical nominative name of a place the gazetteer does not know."""
    if len(tokens) == 1:
        return single_place_name(morph, tokens[0])
    return shared_kind_name(morph, tokens) or _adjective_and_kind(morph, tokens) or (
        mention.normal or mention.text)


def _adjective_and_kind(morph: Morph, tokens: Sequence[Token]) -> str | None:
    """Adjectives and a lower-case kind noun in an oblique case, put in the nominative
    together: «Скадовского округа» -> «Скадовский округ», «Вилюйским улусом» ->
    «Вилюйский улус» (the NER normalizer may leave the adjective as written)."""
    head = tokens[-1]
    if head.pos != "NOUN" or not head.text.islower() or head.feat("Case") in (None, "Nom") or (
            not all(token.pos == "ADJ" or SK_OBLIQUE.search(token.text) for token in tokens[:-1])):
        return None
    words = agreeing_words(morph, tokens)
    gender = _kind_gender(morph, words[-1])
    # only the adjectives the dictionary left as written («Скадовского»), not those it put
    # in the nominative already («морской»)
    return " ".join([*(_sk_nominative(word, gender) if word == token.text else word
                       for word, token in zip(words[:-1], tokens[:-1], strict=True)), words[-1]])


# the oblique endings of a «-ский»/«-цкий» adjective the dictionary does not know
SK_OBLIQUE = re.compile(r"([сц]к)(?:ого|ому|им|ом|ой|ую|ая|ое|ие|их|ими)$")
SK_NOMINATIVE = {"masc": "ий", "femn": "ая", "neut": "ое"}


def _kind_gender(morph: Morph, noun: str) -> str:
    parses = [parse for parse in morph.parse(noun) if parse.tag.POS == "NOUN"]
    return (parses[0].tag.gender if parses else None) or "masc"


def _sk_nominative(word: str, gender: str) -> str:
    """«Скадовского» -> «Скадовский» beside a masculine kind noun: a place adjective the
    dictionary does not know keeps its case ending in `agreeing_words`."""
    ending = SK_NOMINATIVE.get(gender)
    return SK_OBLIQUE.sub(lambda match: match.group(1) + ending, word) if ending else word


def shared_kind_name(morph: Morph, tokens: Sequence[Token]) -> str | None:
    """An adjective and a plural kind word it shares with adjectives before it, named
    in the singular: «Черкасской областями» -> «Черкасская область», «Абыйском
    районах» -> «Абыйский район»."""
    if len(tokens) != 2 or tokens[1].feat("Number") != "Plur":
        return None
    kind = fold(tokens[1].lemma)
    if kind not in place_kinds() or tokens[1].text[:1].isupper():
        return None
    nouns = [p for p in morph.parse(kind) if p.tag.POS == "NOUN" and "nomn" in p.tag]
    adjectives = [p for p in morph.parse(tokens[0].text) if p.tag.POS == "ADJF"]
    if not nouns or not adjectives or not tokens[0].text[:1].isupper():
        return None
    if not PLACE_ADJECTIVE.search(tokens[0].text.lower()):
        return None  # «Новом и Старом районах»: no place's adjective
    form = adjectives[0].inflect({"nomn", "sing", nouns[0].tag.gender or "masc"})
    return f"{match_case(form.word, tokens[0].text)} {kind}" if form else None


def _after_currency(index: TokenIndex, start: int) -> bool:
    """«долларов США», «долл. США», «$ США»: the country names the currency."""
    before = index.before(start, 2)
    if len(before) == 2 and before[-1].text == ".":
        # an abbreviation's dot («долл. США»), not a sentence's end («… долларов. США …»)
        return fold(before[0].text) in currency_words() and before[0].stop == before[1].start
    return bool(before) and fold(before[-1].lemma or before[-1].text) in currency_words()


def is_retyped(index: TokenIndex, mention: Mention, morph: Morph | None = None) -> bool:
    """Whether a GEO span names an organization: the lexicon of NER corrections says so,
    or the dictionary reads its one word as an organization name («Гомсельмашем»)."""
    tokens = index.inside(mention.start, mention.stop)
    if tuple(fold(token.lemma) for token in tokens) in retyped():
        return True
    if len(tokens) == 1 and mixed_case_acronym(tokens[0].text):
        return True  # «ЮУрГУ», «СибГУ»: places are abbreviated in capitals only («ХМАО»)
    parses = morph.parse(tokens[0].text) if morph is not None and len(tokens) == 1 else []
    return bool(parses) and "Orgn" in parses[0].tag


# Kind words as pages abbreviate them: «Могилевская обл.», «Чуйская обл»
ABBREVIATED_KINDS = {"обл": "область", "респ": "республика", "р-н": "район"}
ABBREVIATED_TAIL = re.compile(r"\s(обл|респ|р-н)\.?$", re.IGNORECASE)


def resolve_mention(gazetteer: Gazetteer, mention: Mention) -> Place | None:
    """The place an NER span names, trying the text as written, then its normal form,
    then with an abbreviated kind word written out."""
    place = gazetteer.resolve(mention.text)
    if place is None and mention.normal and mention.normal != mention.text:
        place = gazetteer.resolve(mention.normal)
    tail = ABBREVIATED_TAIL.search(mention.text)
    if place is None and tail:
        full = ABBREVIATED_KINDS[tail.group(1).lower()]
        place = gazetteer.resolve(f"{mention.text[:tail.start()]} {full}")
    return place


def _ner_candidate(morph: Morph, gazetteer: Gazetteer, index: TokenIndex,
                   mention: Mention, vouched: frozenset[str] = frozenset()) -> Candidate | None:
    place = resolve_mention(gazetteer, mention)
    if place is not None:
        return Candidate(mention=_as_geo(mention), type="GEO", name=place.name, place=place,
                         alias=surface_alias(morph, place, mention.text))
    tokens = index.inside(mention.start, mention.stop)
    # «в районе Челси»: the kind word makes a place of what names a club elsewhere
    after_kind = len(tokens) == 1 and _after_kind_word(index, tokens[0])
    district = mention.type == "ORG" and _a_district(tokens)
    if (mention.type != "GEO" and not district) or "\n" in mention.text or CRUMB_MARK.search(
            mention.text) or (not after_kind and is_retyped(index, mention, morph)):
        return None
    if len(tokens) > 1 and (place := gazetteer.resolve(tokens[0].text)) is not None:
        first = Mention(start=tokens[0].start, stop=tokens[0].stop, text=tokens[0].text,
                        type="GEO")
        return Candidate(mention=first, type="GEO", name=place.name, place=place,
                         alias=surface_alias(morph, place, first.text))
    region = _adjective_region(gazetteer, tokens) or _bare_region_adjective(
        gazetteer, index, tokens)
    if region is not None:
        return Candidate(mention=_as_geo(mention), type="GEO", name=region.name, place=region)
    if len(tokens) > 1 and gazetteer.adjective(tokens[0].text) and tokens[-1].text.islower() and (
            fold(tokens[-1].lemma) not in place_kinds() | place_name_kinds() | STATE_NOUNS):
        return None  # «Белгородские свиноводы»: people of a place, no place of their own
    if not _vouched(morph, tokens, vouched) and (not looks_like_place(tokens) or (
            len(tokens) == 1 and (_common_noun(morph, tokens[0])
                                  or _no_noun(morph, tokens[0])))):
        return None
    if _things_of_a_place(morph, tokens):
        return None
    name = unknown_place_name(morph, mention, tokens)
    place = gazetteer.resolve(name) if name != mention.text else None
    if place is not None:
        return Candidate(mention=_as_geo(mention), type="GEO", name=place.name, place=place,
                         alias=surface_alias(morph, place, name))
    return Candidate(mention=_as_geo(mention), type="GEO", name=name)


# a mark between the crumbs of a page's path («Главная / Новости района»): no place name
CRUMB_MARK = re.compile(r"\s[/\\|>›]\s")


def vouched_names(index: TokenIndex, mentions: Iterable[Mention]) -> frozenset[str]:
    """Lemmas of the one-word NER places that follow a word for their kind («в реке
    Славянка», «порт Козьмино», «района Отрадное»): the page names that place, also
    where it writes the name alone («сбросы в Славянку»)."""
    return frozenset(
        fold(tokens[0].lemma) for mention in mentions if mention.type == "GEO"
        and len(tokens := index.inside(mention.start, mention.stop)) == 1
        and _after_kind_word(index, tokens[0]))


def _after_kind_word(index: TokenIndex, token: Token) -> bool:
    before = index.before(token.start, 1)
    return bool(before) and before[0].text.islower() and fold(
        before[0].lemma) in place_name_kinds()


def _vouched(morph: Morph, tokens: Sequence[Token], vouched: frozenset[str]) -> bool:
    """One capitalized word the page names after its kind word, or one no dictionary
    knows («Уэйко», «Бургас»), whatever part of speech the tagger guessed for it or
    the common noun the dictionary reads in it («Феникс», «Славянки»); not an
    adjective of a place."""
    if len(tokens) != 1 or not tokens[0].text[:1].isupper():
        return False
    word = tokens[0].text
    if not word.replace("-", "").isalpha() or PLACE_ADJECTIVE.search(word.lower()):
        return False  # «Карачаганакского» месторождения: a place's adjective
    if "-" in word and _common_noun(morph, tokens[0]):
        return False  # «Бизнес-миссия»: common nouns joined, unknown only as a whole
    return fold(tokens[0].lemma) in vouched or not any(
        parse.is_known for parse in morph.parse(word))


# «Палестинское государство», «Южно-Китайское море»: a place named by an adjective and
# the noun of its kind (besides the kinds of `place_kinds` and `place_name_kinds`: «озеро»,
# «остров»…)
STATE_NOUNS = frozenset({"государство", "страна", "держава", "автономия", "море", "океан",
                         "залив", "пролив", "нагорье", "плато", "равнина", "низменность",
                         "пустыня", "хребет", "горы"})
REGION_NOUNS = frozenset({"регион", "край", "область", "республика", "провинция", "земля"})


def _common_noun(morph: Morph, token: Token) -> bool:
    """A dictionary common noun that is no place name: «Товарооборот» opening a sentence;
    or a compound of such nouns («Бизнес-миссия»)."""
    parts = token.text.lower().split("-")
    return all(_a_common_noun(morph, part) for part in parts) if len(parts) > 1 else (
        _a_common_noun(morph, parts[0]))


def _a_common_noun(morph: Morph, word: str) -> bool:
    parses = morph.parse(word)
    return bool(parses) and parses[0].is_known and "NOUN" in parses[0].tag and not any(
        {"Geox", "Name", "Surn", "Orgn", "Abbr"} & set(map(str, parse.tag.grammemes))
        for parse in parses)


def _things_of_a_place(morph: Morph, tokens: Sequence[Token]) -> bool:
    """A common noun opening a sentence and a kind word in the genitive: «Предприятия
    области экспортировали…», «Компании региона» are the region's firms, no place of
    their own (a place's name before its kind is an adjective: «Курская область»)."""
    return len(tokens) == 2 and tokens[1].text.islower() and tokens[1].feat("Case") == "Gen" \
        and fold(tokens[1].lemma) in place_kinds() | REGION_NOUNS \
        and _common_noun(morph, tokens[0])


NOT_NOUNS = frozenset({"VERB", "INFN", "GRND", "PRTS", "ADVB", "CONJ", "PRCL", "PREP", "PRED"})


def _no_noun(morph: Morph, token: Token) -> bool:
    """A word the dictionary knows only as a verb or another word that names nothing:
    «Напомню, Хабаровский край…» opening a sentence."""
    parses = morph.parse(token.text.lower())
    return bool(parses) and all(parse.is_known and parse.tag.POS in NOT_NOUNS
                                for parse in parses)


def _adjective_region(gazetteer: Gazetteer, tokens: Sequence[Token]) -> Place | None:
    """«Владимирский регион», «Донской край»: a region named by its adjective and a word
    for a region that is not part of its name."""
    if len(tokens) != 2 or fold(tokens[1].lemma) not in REGION_NOUNS:
        return None
    return next((p for p in gazetteer.adjective(tokens[0].text) if p.geo_kind == "region"), None)


DISTRICT_NOUNS = frozenset({"район", "улус", "округ"})


def _a_district(tokens: Sequence[Token]) -> bool:
    """A place's adjective and a singular word for a district, as the NER model may tag
    an organization: «Перевальский район», «Амвросиевского района»."""
    return len(tokens) == 2 and tokens[0].text[:1].isupper() and bool(
        PLACE_ADJECTIVE.search(tokens[0].text.lower())) and tokens[1].text.islower() and (
        fold(tokens[1].lemma) in DISTRICT_NOUNS) and tokens[1].feat("Number") != "Plur"


def _bare_region_adjective(gazetteer: Gazetteer, index: TokenIndex,
                           tokens: Sequence[Token]) -> Place | None:
    """A region's adjective standing alone for the region its list names the kind of
    («приграничными областями Казахстана - Атырауской и Мангистауской -»): the NER span
    is the adjective, no noun follows it."""
    if len(tokens) != 1 or not PLACE_ADJECTIVE.search(tokens[0].text.lower()):
        return None
    after = index.after(tokens[0].stop)
    if after and after[0].pos in ("NOUN", "PROPN") and after[0].text.islower():
        return None  # «Мангистауской нефти»: an adjective of something else
    return next((p for p in gazetteer.adjective(tokens[0].text) if p.geo_kind == "region"), None)


def _as_geo(mention: Mention) -> Mention:
    return Mention(start=mention.start, stop=mention.stop, text=mention.text, type="GEO",
                   normal=mention.normal)


def _gazetteer_candidates(text: str, morph: Morph, gazetteer: Gazetteer) -> list[Candidate]:
    return [
        Candidate(mention=Mention(start=hit.start, stop=hit.stop, text=hit.text, type="GEO"),
                  type="GEO", name=hit.place.name, place=hit.place,
                  alias=surface_alias(morph, hit.place, hit.text))
        for hit in gazetteer.find(text)
    ]


def _acceptable(doc: Document, index: TokenIndex, candidate: Candidate,
                blocked: Sequence[tuple[int, int]]) -> bool:
    start, stop = candidate.start, candidate.stop
    return not (is_quoted(doc.text, start, stop) or _after_currency(index, start)
                or strictly_inside(start, stop, blocked) or _adjective_of_noun(index, candidate))


ADJECTIVE_NAME_ENDINGS = ("ий", "ый", "ой", "ая", "яя", "ое", "ее", "ые", "ие")


def _adjective_of_noun(index: TokenIndex, candidate: Candidate) -> bool:
    """«на Красноярском экономическом форуме», «в Дзержинском районе»: a word that
    reads as a city's instrumental but is an adjective in the locative agreeing with
    the next word; not a place whose own name is an adjective."""
    tokens = index.inside(candidate.start, candidate.stop)
    place = candidate.place
    if place is None or len(tokens) != 1 or tokens[0].pos != "ADJ":
        return False
    if " " in place.name or place.name.endswith(ADJECTIVE_NAME_ENDINGS):
        return False
    # the locative: a city's instrumental («с Брестом новым поездом») keeps its place
    following = index.after(candidate.stop)
    return tokens[0].feat("Case") == "Loc" and bool(following) and following[0].pos in (
        "ADJ", "NOUN") and following[0].feat("Case") == "Loc"


def place_candidates(doc: Document, morph: Morph, gazetteer: Gazetteer,
                     index: TokenIndex) -> list[Candidate]:
    """GEO candidates of a document, non-overlapping, in text order."""
    vouched = vouched_names(index, doc.mentions)
    ner = [candidate for mention in doc.mentions
           if (candidate := _ner_candidate(morph, gazetteer, index, mention, vouched))]
    ner_spans = [(c.start, c.stop) for c in ner]
    others = [(m.start, m.stop) for m in doc.mentions if not overlaps(m.start, m.stop, ner_spans)]
    orgs = [(m.start, m.stop) for m in doc.mentions if m.type == "ORG"]
    people = [(m.start, m.stop) for m in doc.mentions if m.type == "PER"
              and not _lone_adjective(morph, index, m)]
    found = [c for c in _gazetteer_candidates(doc.text, morph, gazetteer)
             if not overlaps(c.start, c.stop, [s for s in ner_spans if not _unknown_within(
                 ner, c, s)] + [s for s in people if s in others])]
    ranked = sorted(ner + found, key=lambda c: (c.place is None, c.start - c.stop, c.start))
    blocked = [span for span in orgs if span in others]
    kept = [c for c in non_overlapping(ranked) if _acceptable(doc, index, c, blocked)]
    # a region adjective that shares the kind word of the next one is that region, also
    # where the NER or the gazetteer read the lone adjective otherwise («Московской,
    # Кемеровской и Омской областями»: the oblast, not the city)
    shared = {(c.start, c.stop): c for c in [
        *coordinated_regions(morph, gazetteer, index, kept), *listed_regions(gazetteer, index)]}
    kept = [shared.pop((c.start, c.stop), c) for c in kept]
    spans = [(c.start, c.stop) for c in kept]
    rest = [c for c in shared.values() if not overlaps(c.start, c.stop, spans)]
    return with_other_readings(morph, gazetteer, sorted([*kept, *rest], key=lambda c: c.start))


def _unknown_within(ner: Sequence[Candidate], found: Candidate,
                    span: tuple[int, int]) -> bool:
    """Whether an NER span is a place the gazetteer does not know inside a longer name it
    knows: «Говь-Сумбэрского» of «Говь-Сумбэрского аймака»."""
    start, stop = span
    return found.start <= start and stop <= found.stop and (stop - start) < (
        found.stop - found.start) and all(
        c.place is None for c in ner if (c.start, c.stop) == span)


def _lone_adjective(morph: Morph, index: TokenIndex, mention: Mention) -> bool:
    """A «person» of one adjective: the NER's reading of a region's adjective before its
    kind word («губернаторами Хубсугульского и Дорногобийского аймаков»), which blocks
    no place the gazetteer finds there."""
    tokens = index.inside(mention.start, mention.stop)
    return len(tokens) == 1 and _adjective_word(morph, tokens[0])


def _adjective_word(morph: Morph, token: Token) -> bool:
    """An adjective, also one the tagger took for a proper noun («Дорногобийского»)."""
    parses = morph.parse(token.text)
    return token.pos == "ADJ" or (bool(parses) and "ADJF" in parses[0].tag)


def with_other_readings(morph: Morph, gazetteer: Gazetteer,
                        candidates: Sequence[Candidate]) -> list[Candidate]:
    """Names with two readings read as the place the rest of the page names: the NER's
    «Алтаем» beside «Алтайского края» is Altai Krai, as the gazetteer's own finds are."""
    keys = {c.place.key for c in candidates if c.place is not None}
    result = []
    for candidate in candidates:
        place = candidate.place
        other = gazetteer.prefer(place, candidate.mention.text, keys - {place.key}) if (
            place is not None) else None
        if other is not None and other is not place:
            candidate = replace(candidate, name=other.name, place=other,
                                alias=surface_alias(morph, other, candidate.mention.text))
        result.append(candidate)
    return result


COORDINATION = frozenset({"и", ",", "или"})
# kinds whose names share a plural kind word: «Омской и Томской областей», «Уральский и
# Сибирский округа» (federal districts known by their short aliases)
SHARED_KINDS = ("region", "federal_district")


def coordinated_regions(morph: Morph, gazetteer: Gazetteer, index: TokenIndex,
                        candidates: Sequence[Candidate]) -> list[Candidate]:
    """Regions that share the kind word of the next one: «между Брянской и Гомельской
    областями», «Омской, Томской и Новосибирской областей» name three regions, though
    the gazetteer reads only the last as a name."""
    found = []
    for candidate in candidates:
        place = candidate.place
        tokens = index.inside(candidate.start, candidate.stop)
        if place is None and candidate.name == shared_kind_name(morph, tokens):
            found.extend(_shared_unknown_kind(morph, gazetteer, index, tokens))
            continue
        if place is None or place.geo_kind not in SHARED_KINDS or len(tokens) != 2:
            continue
        if not _adjective_word(morph, tokens[0]) or not _may_be_plural(morph, tokens[1]):
            continue
        found.extend(_shared_kind(gazetteer, index, candidate.start, tokens[1].text,
                                  place.geo_kind))
    return found


def _may_be_plural(morph: Morph, token: Token) -> bool:
    """A kind word in the plural, also one the tagger read as a singular genitive that
    is a plural as well («Алтайский, Ставропольский края»)."""
    return token.feat("Number") == "Plur" or any(
        "plur" in parse.tag for parse in morph.parse(token.text))


def _shared_unknown_kind(morph: Morph, gazetteer: Gazetteer, index: TokenIndex,
                         tokens: Sequence[Token]) -> list[Candidate]:
    """Places that share the kind word of an unknown one before it: «Винницкой и
    Черкасской областями» names two oblasts the gazetteer may not know."""
    found = []
    before = index.before(tokens[0].start, 12)
    at = len(before)
    while at >= 2 and before[at - 1].text in COORDINATION:
        token = before[at - 2]
        if not token.text[:1].isupper() or not _adjective_word(morph, token):
            break
        place = gazetteer.resolve(f"{token.text} {tokens[1].text}")
        name = place.name if place is not None else shared_kind_name(morph, (token, tokens[1]))
        if name is None:
            break
        mention = Mention(start=token.start, stop=token.stop, text=token.text, type="GEO")
        found.append(Candidate(mention=mention, type="GEO", name=name, place=place))
        at -= 2
    return found


def _shared_kind(gazetteer: Gazetteer, index: TokenIndex, start: int,
                 kind: str, geo_kind: str = "region") -> list[Candidate]:
    found = []
    before = index.before(start, 12)
    at = len(before)
    while (at >= 2 and before[at - 1].text in COORDINATION
           and before[at - 2].pos in ("ADJ", "PROPN")):
        token = before[at - 2]
        # read with the shared kind word: «Московской … областями» is the oblast
        place = gazetteer.resolve(f"{token.text} {kind}")
        if place is None or place.geo_kind != geo_kind:
            place = next((p for p in gazetteer.adjective(token.text)
                          if p.geo_kind == geo_kind), None)
        if place is None or not token.text[:1].isupper():
            break
        mention = Mention(start=token.start, stop=token.stop, text=token.text, type="GEO")
        found.append(Candidate(mention=mention, type="GEO", name=place.name, place=place))
        at -= 2
    return found


LIST_OPENERS = frozenset({":", "—", "–"})


def listed_regions(gazetteer: Gazetteer, index: TokenIndex) -> list[Candidate]:
    """Regions listed by their adjectives after the plural kind word they share:
    «с тремя областями: Омской, Томской и Новосибирской» names three oblasts."""
    found = []
    for at, token in enumerate(index.tokens[:-2]):
        if (fold(token.lemma) not in REGION_NOUNS or token.feat("Number") != "Plur"
                or index.tokens[at + 1].text not in LIST_OPENERS):
            continue
        found.extend(_list_after(gazetteer, index.tokens[at + 2:at + 14], token.text))
    return found


def _list_after(gazetteer: Gazetteer, tokens: Sequence[Token], kind: str) -> list[Candidate]:
    found = []
    for at in range(0, len(tokens), 2):
        token = tokens[at]
        if token.pos not in ("ADJ", "PROPN") or not token.text[:1].isupper():
            break
        place = gazetteer.resolve(f"{token.text} {kind}")
        if place is None or place.geo_kind != "region":
            break
        mention = Mention(start=token.start, stop=token.stop, text=token.text, type="GEO")
        found.append(Candidate(mention=mention, type="GEO", name=place.name, place=place))
        if at + 1 >= len(tokens) or tokens[at + 1].text not in COORDINATION:
            break
    return found


def geo_entities(candidates: Iterable[Candidate]) -> list[Entity]:
    """One entity per place key, mentions and aliases in text order."""
    groups: dict[str, list[Candidate]] = {}
    for candidate in candidates:
        key = candidate.place.key if candidate.place else "geo:" + candidate.name
        groups.setdefault(key, []).append(candidate)
    return [_entity(key, group) for key, group in groups.items()]


def place_entity(place: Place, mentions: tuple[Mention, ...] = ()) -> Entity:
    """The GEO entity of a place the gazetteer knows."""
    return Entity(key=place.key, type="GEO", name=place.name,
                  geo_kind=one_of(place.geo_kind, GEO_KINDS), within=place.within,
                  mentions=mentions)


def _entity(key: str, group: list[Candidate]) -> Entity:
    place = group[0].place
    aliases = tuple(dict.fromkeys(c.alias for c in group if c.alias and c.alias != group[0].name))
    return Entity(
        key=key, type="GEO", name=group[0].name,
        geo_kind=one_of(place.geo_kind, GEO_KINDS) if place else "other",
        within=place.within if place else None,
        aliases=aliases, mentions=tuple(c.mention for c in group),
    )
