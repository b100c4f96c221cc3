"""The ends of organization names that spans found so far leave out: what comes after the
body's own words and still belongs to its name.

- a lower-case kind of place and the place: «народным комитетом» + «провинции
  Бариа-Вунгтау», «Управления коммерции» + «провинции Гуандун»;
- «по» and the field or territory a body serves: «Канцелярии» + «по иностранным делам»,
  «УМВД России» + «по Тульской области»; a person's title ends the field («Совета … по
  развитию информационного общества» + no «глава РФ»);
- «при» and the body it is attached to: «Следственного комитета» + «при прокуратуре»;
- «в» and the host place of a mission: «Генконсульство Турции» + «в Санкт-Петербурге»;
- «и» and a second place after a first one: «Совета регионов России» + «и Узбекистана»;
- «и» and a second field after a name that ends in a lower-case noun: «Министерства
  морских дел» + «и рыболовства», «Союза писателей» + «и журналистов», «Комитета по
  регламенту» + «и организации парламентской деятельности» (the second noun in a case
  the first can have, and no body of its own: «и посольства» is another organization);
- a country in the genitive after a lower-case state body: «министерстве промышленности
  и новых технологий» + «Таджикистана»;
- the rest of a quoted name the span stops short of: «„Иннопром“» + «. Беларусь»;
- an edition after a media's abbreviation: «РИА» + «Стрела»;
- a quoted name after an abbreviation of a kind of organization: «ПОЭЗ» + «„Ульяновск“»,
  «(ОЭЗ)» + «„Ульяновск“», «СМЦ» + «„Алабуга“».

Which heads take «по», «в» or «и» is data (`entities/org_tail_heads.tsv`); the kinds of
place are too (`entities/place_kind_words.txt`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from coopwatch.extract.entities.lexicon import (
    designators,
    is_org_kind,
    person_titles,
    place_kinds,
)
from coopwatch.extract.entities.org_finders import OrgSpan
from coopwatch.lexicon.datafiles import data_rows
from coopwatch.lexicon.folding import fold
from coopwatch.nlp.morph import CASE_GRAMMEMES, Morph, reading
from coopwatch.records import Token
from coopwatch.text.token_index import TokenIndex

MAX_FIELD_WORDS = 5
QUOTED_AFTER = re.compile(r"\)?[ \t]*[«\"„“]([A-ZА-ЯЁ0-9][^«»\"„“”\n]{0,59})[»\"“”]")
ABBREVIATION = re.compile(r"[A-ZА-ЯЁ]{2,6}")
OPENING, CLOSING = "«„“\"", "»“”\""
# the rest of a quoted name: capitalized words (a place, a year) up to the closing quote
REST_OF_QUOTE = re.compile(r"((?:[.,]?[ \t]+[A-ZА-ЯЁ0-9][\w-]*){1,4})[»“”\"]")
FIELD_POS = ("ADJ", "NOUN")


@lru_cache(maxsize=1)
def tail_heads() -> dict[str, frozenset[str]]:
    """Head lemma (folded) -> the tails it takes: «по», «в», «и»."""
    return {fold(row[0]): frozenset(row[1].split(",")) for row in
            data_rows("entities/org_tail_heads.tsv")}


@dataclass(frozen=True)
class Places:
    """The places of a document by where they begin: their end, and whether a country;
    and the words that are adjectives of a town or region («Витебский»), whose bodies
    are named by them and take no place after."""

    stops: dict[int, tuple[int, bool]]
    local_adjective: Callable[[str], bool] = lambda word: False

    def at(self, start: int) -> int | None:
        found = self.stops.get(start)
        return found[0] if found else None

    def country_at(self, start: int) -> int | None:
        found = self.stops.get(start)
        return found[0] if found and found[1] else None

    def ends(self) -> frozenset[int]:
        return frozenset(stop for stop, _ in self.stops.values())


def extend_tails(text: str, morph: Morph, index: TokenIndex, spans: Sequence[OrgSpan],
                 places: Places) -> list[OrgSpan]:
    """Each span with the tails of its name taken in; a lower-case state body may also
    take a country in the genitive."""
    return [_extended(text, morph, index, span, places, span.body) for span in spans]


def _extended(text: str, morph: Morph, index: TokenIndex, span: OrgSpan, places: Places,
              body: bool) -> OrgSpan:
    if span.partner is not None:  # an acronym in brackets: no tail of its own
        return span
    span = _with_unit(text, morph, index, span)
    closing = _closing_quote(text, span)
    if closing is not None:
        return replace(span, stop=closing)
    edition = _edition(text, index, span)
    if edition is not None:
        return replace(span, stop=edition)
    quoted = QUOTED_AFTER.match(text, span.stop)
    if quoted is not None and _kind_abbreviation(morph, index, text[span.start:span.stop],
                                                 span.start):
        return replace(span, stop=quoted.end())
    open_tails = set(_tails_of(morph, index, span, places))
    stop = _noun_of_adjective(text, morph, index, span)
    first = index.at(span.start)
    local = first is not None and places.local_adjective(first.text)
    named = text[span.start:span.start + 1].isupper()
    while True:
        found = None
        if named and stop not in places.ends():  # a lower-case body is no name of its own
            found = _kind_place(text, morph, index, stop, places)
            if found is None and not local:
                found = _genitive_place(text, morph, index, stop, places)
        if found is None and named:
            found = _kind_of_adjective(text, morph, index, stop)
        if found is None and named:
            found = _second_field(text, morph, index, span.start, stop)
        if found is None and body:
            following = _next(text, index, stop)
            found = places.country_at(following.start) if following else None
            body = False
        for tail in sorted(open_tails):
            if found is not None:
                break
            found = _TAILS[tail](text, morph, index, stop, places)
            if found is not None:
                open_tails.discard(tail)
        if found is None:
            return span if stop == span.stop else replace(span, stop=stop)
        stop = found


@lru_cache(maxsize=1)
def unit_words() -> frozenset[str]:
    return frozenset(fold(row[0]) for row in data_rows("entities/org_unit_words.txt"))


def _with_unit(text: str, morph: Morph, index: TokenIndex, span: OrgSpan) -> OrgSpan:
    """A body's abbreviation with the lower-case unit word before it: «отдел» + «МВД по
    городу Донской»."""
    first = index.at(span.start)
    before = index.before(span.start)
    if first is None or not ABBREVIATION.fullmatch(first.text) or not before:
        return span
    unit = before[0]
    if not unit.text.islower() or not _spaces(text, unit.stop, span.start) or fold(
            reading(morph, unit.text).lemma) not in unit_words():
        return span
    return replace(span, start=unit.start)


@lru_cache(maxsize=1)
def media_abbreviations() -> frozenset[str]:
    return frozenset(row[0] for row in data_rows("entities/media_abbreviations.txt"))


def _edition(text: str, index: TokenIndex, span: OrgSpan) -> int | None:
    """The end of a media's edition or service named right after its abbreviation:
    «РИА» + «Стрела», «РБК» + «Уфа» (one capitalized word on the same line)."""
    if text[span.start:span.stop] not in media_abbreviations():
        return None
    word = _next(text, index, span.stop)
    if word is None or not word.text.isalpha() or not word.text[:1].isupper() or word.text.isupper():
        return None
    return word.stop


def _closing_quote(text: str, span: OrgSpan) -> int | None:
    """Where the quoted name a span begins goes on to, when the span stops short of the
    closing quote: «„Иннопром“» + «. Центральная Азия»», «„ИННОПРОМ“ + Беларусь»»."""
    if text[span.start - 1:span.start] not in OPENING or text[span.stop:span.stop + 1] in CLOSING:
        return None
    rest = REST_OF_QUOTE.match(text, span.stop)
    return rest.end(1) if rest is not None else None


def _kind_abbreviation(morph: Morph, index: TokenIndex, word: str, start: int) -> bool:
    """Whether an abbreviation may take the quoted name after it: one of a kind of
    organization (ОЭЗ), or one that is not a noun's genitive («команд РПЛ «Факел»»: the
    quote names a club of the league, not the league)."""
    if not ABBREVIATION.fullmatch(word):
        return False
    if is_org_kind(word):
        return True
    before = index.before(start)
    return not (before and before[0].text.islower() and reading(morph, before[0].text).pos == "NOUN")


def _noun_of_adjective(text: str, morph: Morph, index: TokenIndex, span: OrgSpan) -> int:
    """The end of a name of a bilateral body the NER model cut after its adjective:
    «Российско-Эмиратского» + «делового совета» (lower-case adjectives, then the noun
    they go with). Only a compound adjective of two sides: after a plain one the noun
    is more often a building («Белого» + «дома») than part of a name."""
    tokens = index.inside(span.start, span.stop)
    last = tokens[-1] if tokens else None
    if last is None or last.pos != "ADJ" or not last.text[:1].isupper() or not any(
            dash in last.text.strip("-‑–") for dash in "-‑–"):
        return span.stop
    case = tokens[-1].feat("Case")
    current = _next(text, index, span.stop)
    for _ in range(MAX_FIELD_WORDS):
        if current is None or not current.text.isalpha() or not current.text.islower():
            return span.stop
        found = reading(morph, current.text)
        if found.pos == "NOUN":
            return current.stop if case is None or found.feats.get("Case") in (case, None) or any(
                parse.tag.case == CASE_GRAMMEMES.get(case) for parse in morph.parse(
                    current.text)) else span.stop
        if found.pos != "ADJ":
            return span.stop
        current = _next(text, index, current.stop)
    return span.stop


def _tails_of(morph: Morph, index: TokenIndex, span: OrgSpan, places: Places) -> set[str]:
    """The tails the words of a span take (those of the places inside it aside)."""
    tails: set[str] = set()
    skip_until = -1
    for token in index.inside(span.start, span.stop):
        place_stop = places.at(token.start)
        if place_stop is not None:
            skip_until = place_stop
        if token.start < skip_until:
            continue
        for lemma in (token.lemma, reading(morph, token.text).lemma):
            tails |= tail_heads().get(fold(lemma), frozenset())
    return tails


def _next(text: str, index: TokenIndex, stop: int) -> Token | None:
    """The token right after `stop`, with only spaces (no line break) between."""
    following = index.after(stop)
    if not following or not _spaces(text, stop, following[0].start):
        return None
    return following[0]


def _spaces(text: str, stop: int, start: int) -> bool:
    gap = text[stop:start]
    return bool(gap) and gap.isspace() and "\n" not in gap


def _is_genitive(morph: Morph, word: str) -> bool:
    return any("gent" in parse.tag for parse in morph.parse(word))


def _kind_place(text: str, morph: Morph, index: TokenIndex, stop: int,
                places: Places) -> int | None:
    """The end of «провинции Гуандун» right after `stop`, or None."""
    kind = _next(text, index, stop)
    if kind is None or not kind.text.islower() or not _is_genitive(morph, kind.text):
        return None
    if fold(reading(morph, kind.text).lemma) not in place_kinds():
        return None
    name = _next(text, index, kind.stop)
    return places.at(name.start) if name is not None else None


PLACE_ADJECTIVE_END = re.compile(r"[A-ZА-ЯЁ][\w-]*(?:ск|цк)(?:ого|ой|их)")


def _kind_of_adjective(text: str, morph: Morph, index: TokenIndex, stop: int) -> int | None:
    """The end of the kind of place a span ending in a place's adjective leaves out:
    «Народного собрания Говь-Сумбэрского» + «аймака»."""
    last = index.before(stop)
    if not last or last[0].stop != stop or not PLACE_ADJECTIVE_END.fullmatch(last[0].text):
        return None
    kind = _next(text, index, stop)
    if kind is None or not kind.text.islower() or not _is_genitive(morph, kind.text):
        return None
    return kind.stop if fold(reading(morph, kind.text).lemma) in place_kinds() else None


def _genitive_place(text: str, morph: Morph, index: TokenIndex, stop: int,
                    places: Places) -> int | None:
    """The end of a place in the genitive right after `stop` («Народным комитетом»
    + «Хайфона»)."""
    name = _next(text, index, stop)
    if name is None or not name.text[:1].isupper():
        return None
    if not _is_genitive(morph, name.text) and not _designated(morph, index, stop):
        return None
    return places.at(name.start)


def _designated(morph: Morph, index: TokenIndex, stop: int) -> bool:
    """Whether a span ends in a designator, after which a place's name stands in
    apposition in any case («Международным морским портом» + «Туркменбаши»)."""
    last = index.before(stop)
    return bool(last) and last[0].text.islower() and any(
        fold(parse.normal_form) in designators() for parse in morph.parse(last[0].text))


def _field(text: str, morph: Morph, index: TokenIndex, stop: int,
           places: Places) -> int | None:
    """The end of «по иностранным делам», «по Тульской области», «по городу Донской»."""
    word = _next(text, index, stop)
    if word is None or word.text != "по":
        return None
    first = _next(text, index, word.stop)
    if first is None:
        return None
    place = places.at(first.start)
    if place is not None:  # «по Санкт-Петербургу и Ленинградской области»
        link = _next(text, index, place)
        second = _next(text, index, link.stop) if link is not None and link.text == "и" else None
        other = places.at(second.start) if second is not None else None
        return other if other is not None else place
    end, last = _field_words(text, morph, index, first)
    if end is None or last is None:
        return None
    if fold(last) in place_kinds():  # «по городу Донской»: the place must follow
        name = _next(text, index, end)
        return places.at(name.start) if name is not None else None
    return end


def _field_words(text: str, morph: Morph, index: TokenIndex,
                 first: Token) -> tuple[int | None, str | None]:
    """Where the lower-case adjectives and nouns from `first` on end (at a noun), and the
    lemma of that noun: «иностранным делам», «содействию международной торговле»;
    adjectives joined by «и» or a comma share the noun («торговому, экономическому и
    техническому сотрудничеству»)."""
    end: int | None = None
    last: str | None = None
    adjective = False  # the word before was an adjective still waiting for its noun
    current: Token | None = first
    words = 0
    while current is not None and words < MAX_FIELD_WORDS:
        if current.text == "и" and (end is not None or adjective):
            current = _next(text, index, current.stop)
            continue
        if not current.text.replace("-", "").isalpha():
            break
        found = reading(morph, current.text)
        if not current.text.islower() or found.pos not in FIELD_POS:
            break
        if fold(found.lemma) in person_titles():  # «… общества глава РФ Дмитрий Медведев»
            break
        if found.pos == "NOUN":
            end, last = current.stop, found.lemma
        adjective = found.pos == "ADJ"
        words += 1
        comma = _comma_after(text, index, current.stop) if adjective else None
        current = _next(text, index, comma if comma is not None else current.stop)
    return end, last


def _second_field(text: str, morph: Morph, index: TokenIndex, start: int,
                  stop: int) -> int | None:
    """The end of «и рыболовства» after a span ending in «морских дел»: the span's last
    noun is a field (in the genitive, or after «по»), not its head («Футбольная
    ассоциация» + «и профсоюз игроков» are two bodies); then «и», lower-case adjectives
    and a noun in the case that noun has in context, heading no body of its own, then
    the lower-case genitive words that go with it."""
    last = index.before(stop)
    if not last or last[0].stop != stop or not _lower_noun(morph, last[0]):
        return None
    if last[0].feat("Case") != "Gen" and "по" not in (t.text for t in index.inside(start, stop)):
        return None
    link = _next(text, index, stop)
    if link is None or link.text != "и":
        return None
    case = CASE_GRAMMEMES.get(last[0].feat("Case") or "")
    end: int | None = None
    current = _next(text, index, link.stop)
    for _ in range(MAX_FIELD_WORDS):
        if current is None or not current.text.isalpha() or not current.text.islower():
            break
        found = reading(morph, current.text)
        if found.pos not in FIELD_POS or _function_word(morph, current.text):  # «и в …»
            break
        if end is None:
            if case is None or not _can_be(morph, current.text, found.pos, case):
                return None
            if found.pos == "NOUN":
                if _heads_a_body(fold(found.lemma)) and not _members(morph, current.text, case):
                    return None
                end = current.stop
        else:
            if not _is_genitive(morph, current.text):
                break
            end = current.stop if found.pos == "NOUN" else end
        current = _next(text, index, current.stop)
    return end


def _function_word(morph: Morph, word: str) -> bool:
    """A word that can be a preposition, a conjunction or a particle («в», «с»)."""
    return any(parse.tag.POS in {"PREP", "CONJ", "PRCL"} for parse in morph.parse(word))


def _can_be(morph: Morph, word: str, pos: str, case: str) -> bool:
    """Whether a word has a reading of the part of speech in the case."""
    wanted = "NOUN" if pos == "NOUN" else "ADJF"
    return any(wanted == parse.tag.POS and parse.tag.case == case for parse in morph.parse(word))


def _lower_noun(morph: Morph, token: Token) -> bool:
    return token.text.isalpha() and token.text.islower() and reading(
        morph, token.text).pos == "NOUN"


def _heads_a_body(lemma: str) -> bool:
    """A noun that names an organization or a person's post by itself: after «и» it
    begins another name («и посольства», «и губернатора»)."""
    return is_org_kind(lemma) or lemma in tail_heads() or lemma in person_titles()


def _members(morph: Morph, word: str, case: str) -> bool:
    """A person's post in the plural, who a union is of: «и журналистов»."""
    return any(parse.tag.POS == "NOUN" and parse.tag.case == case and parse.tag.number == "plur"
               and fold(parse.normal_form) in person_titles() for parse in morph.parse(word))


def _comma_after(text: str, index: TokenIndex, stop: int) -> int | None:
    """The end of a comma right after `stop`, or None."""
    following = index.after(stop)
    if following and following[0].start == stop and following[0].text == ",":
        return following[0].stop
    return None


def _host(text: str, morph: Morph, index: TokenIndex, stop: int,
          places: Places) -> int | None:
    """The end of «в Санкт-Петербурге» after a mission's name."""
    word = _next(text, index, stop)
    if word is None or word.text not in ("в", "во"):
        return None
    name = _next(text, index, word.stop)
    return places.at(name.start) if name is not None else None


def _between(text: str, morph: Morph, index: TokenIndex, stop: int,
             places: Places) -> int | None:
    """The end of «между Азербайджанской Республикой и Российской Федерацией»."""
    word = _next(text, index, stop)
    if word is None or word.text != "между":
        return None
    first = _next(text, index, word.stop)
    end = places.at(first.start) if first is not None else None
    link = _next(text, index, end) if end is not None else None
    if link is None or link.text != "и":
        return None
    second = _next(text, index, link.stop)
    return places.at(second.start) if second is not None else None


def _attached(text: str, morph: Morph, index: TokenIndex, stop: int,
              places: Places) -> int | None:
    """The end of «при прокуратуре», «при главном архитекторе Москвы», «при
    Минпромторге России»: «при», then lower-case adjectives and a noun or a capitalized
    name, then a place or name in the genitive."""
    word = _next(text, index, stop)
    if word is None or word.text != "при":
        return None
    end: int | None = None
    current = _next(text, index, word.stop)
    for _ in range(MAX_FIELD_WORDS):
        if current is None or not current.text.replace("-", "").isalpha():
            break
        parses = morph.parse(current.text)
        adjective = end is None and current.text.islower() and any(
            parse.tag.POS == "ADJF" for parse in parses)
        if not adjective and reading(morph, current.text).pos not in ("NOUN", "PROPN", "ADJ"):
            break
        if end is not None and not any("gent" in parse.tag for parse in parses):
            break
        if not adjective:
            end = current.stop
        current = _next(text, index, current.stop)
    return end


def _second_place(text: str, morph: Morph, index: TokenIndex, stop: int,
                  places: Places) -> int | None:
    """The end of «и Узбекистана» after a name ending in a place in the genitive."""
    if stop not in places.ends():
        return None
    word = _next(text, index, stop)
    if word is None or word.text != "и":
        return None
    name = _next(text, index, word.stop)
    if name is None or not _is_genitive(morph, name.text):
        return None
    return places.at(name.start)


_TAILS = {"по": _field, "в": _host, "и": _second_place, "между": _between, "при": _attached}
