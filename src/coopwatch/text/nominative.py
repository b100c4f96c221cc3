"""Nominative forms of names: a noun phrase's head and its adjectives put back in the
nominative with pymorphy3, capitalization copied from the text.

«Минского автомобильного завода» -> «Минский автомобильный завод»;
«Минпромторга России» -> «Минпромторг России» (words after the head stay as written).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from coopwatch.nlp.morph import CASE_GRAMMEMES, Morph
from coopwatch.records import Token

CASES = {**CASE_GRAMMEMES, "Par": "gent", "Voc": "nomn"}
GENDERS = {"Masc": "masc", "Fem": "femn", "Neut": "neut"}
HEAD_POS = ("NOUN", "PROPN")
MODIFIER_POS = ("ADJ", "DET", "NUM")


def match_case(word: str, like: str) -> str:
    """`word` with the capital letters of `like`, position by position."""
    if like.isupper() and len(like) > 1:
        return word.upper()
    return "".join(
        char.upper() if index < len(like) and like[index].isupper() else char
        for index, char in enumerate(word)
    )


def _case_of(token: Token) -> str | None:
    return CASES.get(token.feat("Case") or "")


def _pick(parses: Sequence[Any], pos: tuple[str, ...], case: str | None,
          lemma: str = "") -> Any | None:
    """The first parse with a part of speech in `pos`, in that case if one is, with the
    tagger's lemma if one has it."""
    fitting = [parse for parse in parses if parse.tag.POS in pos]
    in_case = [parse for parse in fitting if case is None or case in parse.tag] or fitting
    return next((parse for parse in in_case if parse.normal_form == lemma),
                in_case[0] if in_case else None)


def _inflected(parse: Any | None, grammemes: frozenset[str], like: str) -> str:
    form = parse.inflect({"nomn", *grammemes}) if parse else None
    if form is None and parse is not None and grammemes:
        form = parse.inflect({"nomn"})
    if form is not None and parse is not None and "Supr" in parse.tag:
        form = _closest_spelling(parse, form, like)
    return _cased(form.word, like) if form else like


def _closest_spelling(parse: Any, form: Any, like: str) -> Any:
    """The form of the lexeme with `form`'s grammemes that shares the most letters at
    the start with `like`: a superlative's lexeme holds both «высшая» and «высочайшая»,
    and «Высшей школы» is «Высшая школа»."""
    written = like.lower()
    rivals = [item for item in parse.lexeme if item.tag == form.tag]
    return max(rivals, default=form, key=lambda item: (
        _shared_start(item.word, written), item.word == form.word))


def _shared_start(one: str, other: str) -> int:
    """How many letters two words share at their start."""
    return next((at for at, (a, b) in enumerate(zip(one, other, strict=False)) if a != b),
                min(len(one), len(other)))


def _cased(word: str, like: str) -> str:
    """`word` cased like `like`; a hyphen the dictionary form dropped is put back
    («Южно-Уральской» -> «южноуральская» -> «Южно-Уральская»)."""
    head, _, last = like.rpartition("-")
    joined = head.replace("-", "")
    if not head or "-" in word or not word.lower().startswith(joined.lower()):
        return match_case(word, like)
    return f"{head}-{match_case(word[len(joined):], last)}"


def nominative_word(morph: Morph, token: Token, pos: tuple[str, ...],
                    grammemes: frozenset[str] = frozenset()) -> str:
    """The token in the nominative (with `grammemes` for agreement), or as written."""
    if token.feat("Case") == "Nom":
        return token.text
    parse = _pick(morph.parse(token.text), pos, _case_of(token), token.lemma)
    return _inflected(parse, grammemes, token.text)


def _modifier(morph: Morph, token: Token) -> bool:
    """An adjective, also one the tagger took for a proper noun («Оршанском»); not a noun
    the tagger took for an adjective, which the dictionary reads only as a noun
    («Аппарата Парламента»)."""
    if token.pos == "ADJ":
        return any(parse.tag.POS in ("ADJF", "PRTF", "NUMR") or not parse.is_known
                   for parse in morph.parse(token.text))
    return token.pos in MODIFIER_POS or (token.pos == "PROPN" and any(
        parse.tag.POS == "ADJF" for parse in morph.parse(token.text)[:1]))


def head_index(morph: Morph, tokens: Sequence[Token]) -> int | None:
    """The index of the head noun: the first noun after leading modifiers, brackets
    around one of them passed over («Северного (Арктического) федерального
    университета»)."""
    for index, token in enumerate(tokens):
        if index < len(tokens) - 1 and (_modifier(morph, token) or (
                token.text in "()" and index > 0)):
            continue
        # a noun the tagger took for an adjective heads too («Аппарата Парламента»)
        return index if token.pos in HEAD_POS or (
            token.pos == "ADJ" and not _modifier(morph, token)) else None
    return None


def _agreement(head: Token, parse: Any | None) -> frozenset[str]:
    """Gender and number grammemes the modifiers of this head take in the nominative."""
    if head.feat("Number") == "Plur" or (parse is not None and parse.tag.number == "plur"):
        return frozenset({"plur"})
    gender = parse.tag.gender if parse is not None else None
    gender = gender or GENDERS.get(head.feat("Gender") or "")
    return frozenset({gender}) if gender else frozenset()


def agreeing_words(morph: Morph, tokens: Sequence[Token]) -> list[str]:
    """A phrase ending in its head noun, word by word in the nominative: the adjectives
    agree with the head in gender and number, other words stay as written («алмазного
    сырья» -> «алмазное», «сырьё»; «кондитерских изделий» -> «кондитерские», «изделия»)."""
    head = tokens[-1]
    case = _case_of(head)
    nouns = [p for p in morph.parse(head.text) if p.tag.POS == "NOUN"]
    numbers = {p.tag.number for p in nouns}
    if len(numbers) == 1:  # the form says its number («льноволокно» is never plural)
        wanted = next(iter(numbers))
    else:  # the tagger's number decides («изделия»: genitive singular or plural)
        wanted = "plur" if head.feat("Number") == "Plur" else "sing"
    of_number = [p for p in nouns if p.tag.number == wanted] or nouns
    parse = _pick(of_number, ("NOUN",), case, head.lemma) or _pick(
        morph.parse(head.text), ("NOUN",), case, head.lemma)
    agree = _agreement_of(parse) if parse is not None else _agreement(head, parse)
    words = [
        nominative_word(morph, token, ("ADJF", "PRTF"), agree) if _modifier(morph, token)
        else token.text
        for token in tokens[:-1]
    ]
    if head.feat("Case") == "Nom" or parse is None:
        return [*words, head.text]
    number = frozenset({"plur"}) if "plur" in agree else frozenset()
    return [*words, _inflected(parse, number, head.text)]


def _agreement_of(parse: Any) -> frozenset[str]:
    """Gender and number grammemes of a chosen noun parse, for its adjectives."""
    if parse.tag.number == "plur":
        return frozenset({"plur"})
    return frozenset({parse.tag.gender}) if parse.tag.gender else frozenset()


def nominative_phrase(morph: Morph, text: str, tokens: Sequence[Token], start: int) -> str:
    """The phrase `text` (starting at offset `start`, made of `tokens`) with its head noun
    phrase in the nominative; the words after the head keep their form."""
    tokens = [token for token in tokens if token.stop <= start + len(text)]
    head = head_index(morph, tokens)
    if head is not None and _acronym(tokens[head].text):
        fixed = _fixed_gender(morph, tokens[head].text)
        words = [nominative_word(morph, token, ("ADJF", "PRTF"),
                                 fixed or _own_agreement(morph, token))
                 for token in tokens[:head]]
        words.append(tokens[head].text)
    elif head is None or tokens[head].feat("Case") in (None, "Nom"):
        return text
    else:
        case = _case_of(tokens[head])
        parse = _pick(morph.parse(tokens[head].text), ("NOUN",), case, tokens[head].lemma)
        if parse is not None and case == "accs" and case not in parse.tag and any(
                other.tag.case == "nomn" for other in morph.parse(tokens[head].text)):
            # no noun reading in the tagger's accusative, one in the nominative: an
            # inanimate name whose accusative is its nominative («на «Беларуськалий»»)
            return text
        agree = _agreement(tokens[head], parse)
        words = [nominative_word(morph, token, ("ADJF", "PRTF"), agree)
                 for token in tokens[:head]]
        words.append(_inflected(parse, frozenset(), tokens[head].text))
    pieces, cursor = [], start
    for token, word in zip(tokens[:head + 1], words, strict=True):
        pieces += [text[cursor - start:token.start - start], word]
        cursor = token.stop
    return "".join(pieces) + text[cursor - start:]


def _acronym(word: str) -> bool:
    """An abbreviation in capitals («ГМЦ», «ТПП»): it does not decline."""
    return word.isupper() and len(word) > 1


def _fixed_gender(morph: Morph, word: str) -> frozenset[str] | None:
    """The one gender the dictionary gives an undeclined abbreviation («ЭКСПО»: neuter),
    for the adjectives before it («Российско-китайского ЭКСПО» -> «Российско-китайское»)."""
    genders = {parse.tag.gender for parse in morph.parse(word)
               if parse.tag.POS == "NOUN" and "Fixd" in parse.tag and parse.tag.gender}
    return frozenset(genders) if len(genders) == 1 else None


def _own_agreement(morph: Morph, token: Token) -> frozenset[str]:
    """The gender or number an adjective shows by itself, for an undeclined head
    («Читинского ГМЦ» -> masculine, «Омской ТПП» -> feminine); a form masculine or
    neuter counts as masculine."""
    if token.feat("Number") == "Plur":
        return frozenset({"plur"})
    gender = GENDERS.get(token.feat("Gender") or "")
    genders = {parse.tag.gender for parse in morph.parse(token.text)
               if parse.tag.POS in ("ADJF", "PRTF")}
    if gender is None or "masc" in genders:  # «-ого»: masculine or neuter, the first more often
        gender = "masc" if "masc" in genders else next(iter(genders - {None}), None)
    return frozenset({gender}) if gender else frozenset()


# Endings that only the instrumental gives a name word («Бураком», «Боболовым»,
# «Мирзиёевым»), and surname endings of the nominative («Каримов», «Шойгу» has none).
INSTRUMENTAL_ENDINGS = ("ом", "ем", "ём", "ым", "им")
FIRST_NAME_INSTRUMENTAL = ("ом", "ем", "ём", "ой", "ией", "ьей")
NOMINATIVE_SURNAME = re.compile(r"(?:[оеё]в|[иы]н|[сц]кий|[оеё]ва|[иы]на|[сц]кая)$")


# Tajik and Azerbaijani surnames that never decline («с Абдуджаббором Баходурзода»)
INDECLINABLE_SURNAMES = ("зода", "заде")


def instrumental_name(words: Sequence[str]) -> bool:
    """Whether a name's own endings say it stands in the instrumental: its surname ends
    like one («Турой Боболовым»), or it has no case ending and another word has
    («Бураком Даглыоглу», «Хуршедом Шерали», «Абдуджаббором Баходурзода»), or it ends in «-ой»/«-ей» after a first
    name in the instrumental («Курбоном Хокирзодой»); never when the surname reads as a
    nominative («Ислом Каримов»)."""
    named = [word for word in words if word[:1].isupper()]
    if not named or NOMINATIVE_SURNAME.search(named[-1]):
        return False
    return named[-1].endswith(INSTRUMENTAL_ENDINGS) or (
        len(named) > 1 and (named[-1][-1:] not in "аяоейь"
                            or named[-1].endswith(INDECLINABLE_SURNAMES))
        and any(word.endswith(INSTRUMENTAL_ENDINGS) for word in named[:-1])) or (
        # «Курбоном Хокирзодой», «Гульнарой Исмаиловой»: a surname in «-ой»/«-ей» is
        # instrumental when the first name is («Лев Толстой», «Сергей Донской» are not)
        len(named) > 1 and named[-1].endswith(("ой", "ей"))
        and any(word.endswith(FIRST_NAME_INSTRUMENTAL) for word in named[:-1]))
