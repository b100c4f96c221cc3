"""Organization mentions: the NER model's ORG spans, cleaned and completed, joined with
the organizations it misses (`org_finders`) into candidates.

NER spans are cut before a verb, joined to a following place in the genitive
(«Минпромторга» + «России»), an acronym in brackets split off («(ПТЗ)»), a quoted
product name dropped («тракторы "Кировец"»).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from coopwatch.extract.entities.candidates import (
    OPENING_QUOTES,
    QUOTES,
    Candidate,
    is_quoted,
    mention_at,
    non_overlapping,
    overlaps,
)
from coopwatch.extract.entities.furniture import is_org_furniture, trimmed
from coopwatch.extract.entities.lexicon import (
    event_words,
    generic_org_words,
    government_words,
    is_designator,
    is_org_kind,
    person_titles,
    product_words,
    stop_acronyms,
)
from coopwatch.extract.entities.org_finders import (
    MAX_QUOTED_WORDS,
    QUOTED_NAME,
    OrgSpan,
    document_code,
    extra_spans,
    made_by_kind,
    mission_spans,
    sentence_starts,
)
from coopwatch.extract.entities.org_tails import Places, extend_tails
from coopwatch.extract.entities.orgs import org_name, plural_of_a_bare_stem
from coopwatch.extract.entities.places import is_retyped
from coopwatch.geo.gazetteer import Gazetteer
from coopwatch.lexicon.folding import fold
from coopwatch.nlp.morph import Morph, reading
from coopwatch.records import Document, Mention, Token
from coopwatch.text.nominative import head_index, nominative_phrase
from coopwatch.text.token_index import TokenIndex

BRACKETED = re.compile(r"\s*\(([A-ZА-ЯЁ][A-Za-zА-Яа-яЁё\-]{1,11})\)")
UNCLOSED_BRACKET = re.compile(r"\s*\([^()]*\Z")
CUT_POS = ("VERB", "AUX", "SCONJ")
NAME_NOUNS = ("NOUN", "PROPN")


def _cut_at_verb(index: TokenIndex, start: int, stop: int) -> int:
    """The end of a span before its first verb or short participle."""
    for token in index.inside(start, stop):
        if token.pos in CUT_POS or token.feat("Variant") == "Short":
            return index.before(token.start)[-1].stop if token.start > start else start
    return stop


def _is_common(morph: Morph, token: Token) -> bool:
    """A word that is no name by itself: a kind of organization («Фармкомпания»), an
    adjective («Самаркандская»), a common noun («Делегация»)."""
    if not token.text[1:].islower():
        return False
    parse = morph.parse(token.text)[0]
    if "Orgn" in parse.tag or "Geox" in parse.tag:
        return False
    return is_org_kind(token.lemma) or parse.tag.POS == "ADJF" or (
        parse.is_known and parse.tag.POS == "NOUN")


def _no_name(doc: Document, morph: Morph, index: TokenIndex, span: OrgSpan,
             taken: Sequence[tuple[int, int]], starts: set[int]) -> bool:
    """A span that names no organization: one common word at a sentence's start
    («Делегация»), a common word and a place («Делегация Челябинской области»), or a
    generic phrase («Новосибирская компания»). A common noun capitalized inside a sentence
    («здания Конгресса») or a quoted one («партии «Яблоко»») is a name."""
    start, stop = span.start, span.stop
    tokens = index.inside(start, stop)
    if not tokens or not _is_common(morph, tokens[0]) or _quoted_inside(doc.text, start, stop):
        return False
    if tokens[0].start not in starts and tokens[0].pos in NAME_NOUNS and (
            len(tokens) > 1 or not is_org_kind(tokens[0].lemma)):
        return False  # «Конгресса», «Университете Лос-Анджелеса»
    generic = len(tokens) <= 2 and fold(tokens[-1].lemma) in generic_org_words()
    return len(tokens) == 1 or (generic and all(_is_common(morph, t) for t in tokens)) or (
        (tokens[1].start, stop) in taken)


def _quoted_inside(text: str, start: int, stop: int) -> bool:
    """Whether a span is a quoted name or lies inside quotes («Яблоко», «Яблока»)."""
    return is_quoted(text, start, stop) or (text[start:start + 1] in QUOTES
                                            and text[stop - 1:stop] in QUOTES)


def _is_product(text: str, morph: Morph, index: TokenIndex, start: int, stop: int) -> bool:
    """A quoted name right after a product word («тракторы "Кировец"», «станции «Водный
    стадион»»), in apposition to it; a name that can only be a genitive is its owner
    («станция „Водоканала“», «продукция «Биоката»»), and so is one after a phrase a kind
    of organization heads («производитель тракторов «Кировец»», `made_by_kind`)."""
    if not (is_quoted(text, start, stop) or text[start:start + 1] in QUOTES):
        return False
    before = index.before(start - 1 if is_quoted(text, start, stop) else start)
    first = next((t for t in index.inside(start, stop) if t.text[:1].isalnum()), None)
    return bool(before) and fold(before[-1].lemma) in product_words() and not (
        first is not None and _only_genitive(morph, first.text)) and not made_by_kind(
        morph, index, before[-1])


# the end of a quoted item of a list before the next one: «…», «…» (1989 год) и «…
LISTED_BEFORE = re.compile(r"[»\"“”](?:[ \t]*\([^()\n]{1,30}\))?[ \t]*(?:,|[ \t]и|[ \t]или)[ \t]*\Z")
MAX_LISTED = 12


def _named_product(text: str, morph: Morph, index: TokenIndex, start: int, stop: int) -> bool:
    """A quoted name after a word for a thing made (a machine, a brand, a drug, a work:
    `product_words` less `event_words`), with or without a colon, or in a list of quoted
    names that begins there, whichever finder found it: «тракторы «Беларус», «Кировец»
    и «Агромаш»», «фильмы: «Воры в законе» (1988), «Созвездие Козлотура» (1989)». A
    name that can only be a genitive is the maker's («техника „Гомсельмаша“»); an
    exhibition's or a forum's name stays (the gold lists them as optional bodies)."""
    opening = start - 1 if text[start - 1:start] in QUOTES else start
    if text[opening:opening + 1] not in QUOTES:  # a span inside a quoted title
        opening = max(text.rfind(q, max(0, start - 60), start) for q in OPENING_QUOTES)
        between = text[opening + 1:start] if opening >= 0 else "\n"
        if "\n" in between or any(q in between for q in "»“”\""):
            return False
    first = next((t for t in index.inside(start, stop) if t.text[:1].isalnum()), None)
    if first is not None and _only_genitive(morph, first.text):
        return False
    for _ in range(MAX_LISTED):
        link = LISTED_BEFORE.search(text, max(0, opening - 40), opening)
        if link is None:
            break
        previous = max(text.rfind(q, max(0, link.start() - 80), link.start())
                       for q in OPENING_QUOTES)
        if previous < 0:
            break
        opening = previous
    before = index.before(opening, 2)
    if before and before[-1].text == ":":
        before = before[:-1]
    word = fold(before[-1].lemma) if before else ""
    return word in product_words() and word not in event_words() and not made_by_kind(
        morph, index, before[-1])


def _only_genitive(morph: Morph, word: str) -> bool:
    cases = {parse.tag.case for parse in morph.parse(word)}
    return bool(cases) and cases <= {"gent", "gen2"}


def ner_spans(doc: Document, morph: Morph, index: TokenIndex,
              places: Sequence[Candidate]) -> list[OrgSpan]:
    """The NER model's ORG spans (and GEO spans the lexicon retypes), cleaned."""
    taken = [(c.start, c.stop) for c in places]
    spans = []
    for mention in doc.mentions:
        if overlaps(mention.start, mention.stop, taken):
            continue
        if mention.text in stop_acronyms() or document_code(doc.text, mention.start):
            continue
        if mention.type == "ORG" or (mention.type == "GEO" and is_retyped(index, mention, morph)):
            start, stop = trimmed(doc.text, mention.start, mention.stop)
            stop = _close_quote(doc.text, start, _cut_at_verb(index, start, stop))
            if stop > start and not _is_product(doc.text, morph, index, start, stop):
                spans.append(OrgSpan(start, stop))
    return spans


def _close_quote(text: str, start: int, stop: int) -> int:
    """The end of a span, taking in the closing quote it lacks («компания «Сибирский
    сухофрукт»)."""
    inner = text[start:stop]
    opened = sum(inner.count(q) for q in "«„") - sum(inner.count(q) for q in "»“")
    return stop + 1 if opened > 0 and text[stop:stop + 1] in ("»", "“", "\"") else stop


def _gap(text: str, stop: int, start: int) -> bool:
    return 0 < start - stop <= 1 and text[stop:start].isspace()


def join_adjacent(doc: Document, index: TokenIndex, spans: list[OrgSpan],
                  places: Sequence[Candidate],
                  local: Callable[[str], bool] = lambda word: False) -> list[OrgSpan]:
    """Join each span to a genitive place or organization right after it:
    «Минпромторга» «России», «Нового банка» «Развития»; a body named by a town's or
    region's adjective takes no country after it («Витебским областным исполнительным
    комитетом Республики Беларусь»: the country only says where the region is)."""
    countries = {c.start for c in places if c.place is not None and c.place.geo_kind == "country"}
    nexts = sorted([(c.start, c.stop) for c in places] + [(s.start, s.stop) for s in spans])
    joined: list[OrgSpan] = []
    absorbed: set[int] = set()
    for span in spans:
        if span.start in absorbed:
            continue
        stop = span.stop
        for start, end in nexts:
            first = index.at(start)
            words = index.inside(span.start, stop)
            if start in countries and bool(words) and local(words[0].text) and all(
                    word.text.islower() for word in words[1:]):
                continue
            if _gap(doc.text, stop, start) and first is not None and (
                    first.feat("Case") == "Gen" or first.text.isupper()):
                absorbed.add(start)
                stop = end
        joined.append(OrgSpan(span.start, stop))
    return joined


def split_brackets(text: str, spans: list[OrgSpan],
                   is_place: Callable[[str], bool] = lambda word: False) -> list[OrgSpan]:
    """Split «Петербургского тракторного завода (ПТЗ)» into the name and the acronym,
    the acronym pointing at the name; also an acronym in brackets right after a span. A
    span running into a bracket it does not close ends before it: «Министерства
    промышленности (БЕЛАЗ, МТЗ, МАЗ)» names the ministry, and the list is of others. A
    place in brackets is where the body is, not its acronym: «Sinopec (Китай)», «Haier
    (Татарстан)»."""
    result = []
    for span in spans:
        inner = text[span.start:span.stop]
        match = BRACKETED.search(inner) or UNCLOSED_BRACKET.search(inner)
        stop = span.start + match.start() if match and match.start() else span.stop
        full = OrgSpan(span.start, stop)
        result.append(full)
        after = BRACKETED.match(text, stop)
        if after and after.start(1) <= span.stop + len(after.group(0)) and not is_place(
                after.group(1)):
            result.append(OrgSpan(after.start(1), after.end(1), partner=(full.start, full.stop)))
    return result


def _country_adjective_before(text: str, index: TokenIndex, gazetteer: Gazetteer,
                              start: int) -> int:
    """Where a lower-case country adjective right before a capitalized name begins
    («японского МИДа», «российском Минфине»), or `start`."""
    if not text[start:start + 1].isupper():
        return start
    before = index.before(start)
    if not before or not text[before[0].stop:start].isspace() or "\n" in text[before[0].stop:start]:
        return start
    word = before[0].text
    places = gazetteer.adjective(word) if word.isalpha() and word.islower() else ()
    if len(places) == 1 and places[0].geo_kind == "country":
        return before[0].start
    return start


def _candidate(doc: Document, morph: Morph, index: TokenIndex, span: OrgSpan,
               names: dict[tuple[int, int], str], lead: int) -> Candidate:
    """The candidate of a span; its mention begins at `lead` (a country adjective before
    the name), its name does not."""
    mention = mention_at(doc.text, span.start, span.stop, "ORG")
    name, alias = org_name(morph, mention.text, index.inside(span.start, span.stop), span.start)
    if is_quoted(doc.text, span.start, span.stop) and plural_of_a_bare_stem(mention.text, name):
        name = mention.text
    if lead < span.start:
        mention = mention_at(doc.text, lead, span.stop, "ORG", mention.normal)
    if span.quote is not None:
        kind = doc.text[span.start:span.quote].rstrip()
        phrase = nominative_phrase(morph, kind, index.inside(span.start, span.quote), span.start)
        name = f"{phrase[:1].upper()}{phrase[1:]} {name}"
    if re.fullmatch(r"[А-ЯЁA-Z][^\s]*-\d{2,4}", name):
        name, alias = name.rsplit("-", 1)[0], name
    if alias is None and span.quote is None and is_quoted(doc.text, span.start, span.stop):
        designated = kind_phrase(doc.text, morph, index, span.start - 1)
        alias = f"{designated} {name}" if designated else None
    partner = names.get(span.partner) if span.partner else None
    return Candidate(mention=mention, type="ORG", name=name, alias=alias, partner=partner)


def kind_phrase(text: str, morph: Morph, index: TokenIndex, quote: int) -> str | None:
    """The lower-case noun right before a quoted name, with its adjectives, in the
    nominative: «в особой экономической зоне «Алга»» -> «особая экономическая зона»; the
    name with it is an alias (news name such places both ways)."""
    before = index.before(quote, 4)
    if not before or (not text[before[-1].stop:quote].isspace() and before[-1].stop != quote):
        return None
    position = len(before) - 1
    noun = before[position]
    if not noun.text.isalpha() or not noun.text.islower():
        return None
    lemmas = {fold(parse.normal_form) for parse in morph.parse(noun.text)}
    if not any(is_designator(lemma) for lemma in lemmas):
        return None
    while position > 0 and before[position - 1].text.islower() and any(
            parse.tag.POS == "ADJF" for parse in morph.parse(before[position - 1].text)):
        position -= 1
    start = before[position].start
    phrase = nominative_phrase(morph, text[start:noun.stop], before[position:], start)
    return " ".join(phrase.split()) or None


def org_candidates(doc: Document, morph: Morph, gazetteer: Gazetteer, index: TokenIndex,
                   places: Sequence[Candidate], people: Sequence[Mention],
                   retyped: Sequence[Mention] = ()) -> list[Candidate]:
    """ORG candidates of a document, non-overlapping, in text order; `retyped` are
    spans of other types that name organizations."""
    spans = ner_spans(doc, morph, index, places) + [OrgSpan(m.start, m.stop) for m in retyped]
    spans.sort(key=lambda span: span.start)
    places_at = [(c.start, c.stop) for c in places]
    starts = sentence_starts(doc)
    known = _places(doc, places, gazetteer)
    joined = join_adjacent(doc, index, spans, places, known.local_adjective)
    trimmed = [without_common_lead(morph, index, found)
               for span in extend_tails(doc.text, morph, index, joined, known)
               if (found := without_title(doc.text, morph, index, span, known)) is not None]
    ner = [span for span in split_brackets(doc.text, trimmed,
                                           lambda word: gazetteer.resolve(word) is not None)
           if not _no_name(doc, morph, index, span, places_at, starts)]
    taken = [(c.start, c.stop) for c in places] + [(m.start, m.stop) for m in people]
    named = [(m.start, m.stop) for m in doc.mentions if m.type == "PER"]
    extra = [span for span in extra_spans(doc, morph, index, gazetteer)
             if not overlaps(span.start, span.stop, taken)
             and not overlaps(span.start, span.stop, named)
             and not _person_word(doc.text[span.start:span.stop], people)
             and doc.text[span.start:span.stop] not in stop_acronyms()]
    extra += [span for span in mission_spans(doc, morph, index)  # its places inside it
              if not overlaps(span.start, span.stop, named)]
    names: dict[tuple[int, int], str] = {}
    chosen = []
    extra = [found for span in extend_tails(doc.text, morph, index, extra, known)
             if (found := without_title(doc.text, morph, index, span, known)) is not None]
    kept = [span for span in ner + extra
            if not is_org_furniture(doc.text, morph, span.start, span.stop)
            and not in_title(doc.text, morph, index, span)
            and not _place_abbreviation(doc.text, span, known,
                                        {other.stop for other in ner + extra})]
    kept += listed_beside(doc.text, _non_overlapping_spans(kept), taken, gazetteer)
    kept = [span for span in kept
            if not _named_product(doc.text, morph, index, span.start, span.stop)]
    for span in _non_overlapping_spans(kept):
        lead = _country_adjective_before(doc.text, index, gazetteer, span.start)
        candidate = _candidate(doc, morph, index, span, names, lead)
        names[(span.start, span.stop)] = candidate.name
        chosen.append(candidate)
    return [c for c in non_overlapping(chosen)
            if c.name and not is_government(morph, index.inside(c.start, c.stop))]


STEM = 4  # letters two forms of one name share at least («Каземом», «Казему»)


def _person_word(word: str, people: Sequence[Mention]) -> bool:
    """Whether one word found by rule is a form of a word of a person's name in the
    document («Каземом» beside «Казему Джалали»): a name the NER model tagged once and
    missed elsewhere, not an organization."""
    if " " in word or not word[:1].isupper():
        return False
    folded = fold(word)
    for mention in people:
        for part in fold(mention.text).split():
            shared = next((i for i, (a, b) in enumerate(zip(folded, part, strict=False))
                           if a != b), min(len(folded), len(part)))
            if shared >= max(STEM, min(len(folded), len(part)) - 2):
                return True
    return False


LIST_LINKS = (",", "и", "—", "-", "–")


def listed_beside(text: str, spans: Sequence[OrgSpan], taken: Sequence[tuple[int, int]],
                  gazetteer: Gazetteer) -> list[OrgSpan]:
    """Quoted names in a list with a quoted organization: «"Протон", "Протон-Электротекс",
    "Микротензор"», «СМЦ «Алабуга», «Колуман»» (a list of companies names companies)."""
    quoted = [match for match in QUOTED_NAME.finditer(text)
              if len(match.group(1).split()) <= MAX_QUOTED_WORDS]
    bounds = [(span.start, span.stop) for span in spans]
    added: list[OrgSpan] = []
    grown = True
    while grown:
        grown = False
        for match in quoted:
            start, stop = match.start(1), match.end(1)
            if overlaps(start, stop, bounds) or overlaps(start, stop, taken) or gazetteer.resolve(
                    match.group(1)) is not None:
                continue
            if any(_in_list(text, match.end(), other_start) or _in_list(text, other_stop,
                                                                        match.start())
                   for other_start, other_stop in bounds
                   if _quoted_span(text, other_start, other_stop)):
                added.append(OrgSpan(start, stop))
                bounds.append((start, stop))
                grown = True
    return added


def _quoted_span(text: str, start: int, stop: int) -> bool:
    """Whether a span is, or ends in, a quoted name."""
    return text[start - 1:start] in QUOTES or text[stop - 1:stop] in QUOTES or text[
        stop:stop + 1] in QUOTES


def _in_list(text: str, stop: int, start: int) -> bool:
    """Whether only a list's link lies between `stop` and `start` («», », «», «» и «»)."""
    if not 0 <= start - stop <= 6:
        return False
    return text[stop:start].strip(QUOTES + " ") in LIST_LINKS


def without_common_lead(morph: Morph, index: TokenIndex, span: OrgSpan) -> OrgSpan:
    """A span without a plural common noun before the name it holds: «Материалы
    ИноСМИ» -> «ИноСМИ» (what the materials are is no part of the agency's name)."""
    tokens = index.inside(span.start, span.stop)
    if len(tokens) < 2 or not tokens[1].text[:1].isupper():
        return span
    lead, name = tokens[0], tokens[1]
    if lead.feat("Number") != "Plur" or lead.feat("Case") != "Nom" or name.pos == "ADJ":
        return span  # «Правительства Пензенской области»: a genitive, not a plural
    parses = morph.parse(lead.text)
    if {"Orgn", "Geox", "Name", "Surn"} & set(map(str, parses[0].tag.grammemes)):
        return span
    if not any(parse.is_known and parse.tag.POS == "NOUN" and {"plur", "nomn"} <= set(
            map(str, parse.tag.grammemes)) and not is_org_kind(parse.normal_form)
            for parse in parses):
        return span
    return replace(span, start=tokens[1].start)


def _place_abbreviation(text: str, span: OrgSpan, places: Places, ends: set[int]) -> bool:
    """Whether a span is the abbreviation in brackets after a place: «Исламскую
    Республику Иран (ИРИ)» (another name of the place, not an organization); `ends` are
    where organization spans end (after «Канцелярии … провинции Гуандун (КИД)» the
    brackets abbreviate the organization)."""
    if text[span.start - 1:span.start] != "(" or text[span.stop:span.stop + 1] != ")":
        return False
    before = len(text[:span.start - 1].rstrip())
    return before in places.ends() and before not in ends


def in_title(text: str, morph: Morph, index: TokenIndex, span: OrgSpan) -> bool:
    """Whether a lower-case body is part of a person's title that goes on to say whose
    it is: «член постоянного комитета» + «горкома», «секретарем партийного комитета» +
    «Чанчуня», «председателем народного комитета» + «провинции …». The words name the
    post; the place or party after them is what it is of («представитель японского
    дипломатического ведомства» stands alone and stays an organization)."""
    if not text[span.start:span.start + 1].islower():
        return False
    before, after = index.before(span.start), index.after(span.stop)
    if not before or fold(reading(morph, before[0].text).lemma) not in person_titles():
        return False
    return bool(after) and after[0].text.isalpha() and len(after[0].text) > 2 and any(
        "gent" in parse.tag and parse.tag.POS in ("NOUN", "ADJF")
        for parse in morph.parse(after[0].text))


def without_title(text: str, morph: Morph, index: TokenIndex, span: OrgSpan,
                  places: Places) -> OrgSpan | None:
    """A span without the person's title it begins with: «Генерального Консула
    Генконсульства Турции» -> «Генконсульства Турции»; None when only a title and a place
    are left («Губернаторы Минской», «Генконсулом» + «Турции», «ПОСЛА ТУРКМЕНИСТАНА»):
    such a span names a post, not an organization. A quoted name is left as it is."""
    tokens = index.inside(span.start, span.stop)
    if not tokens or text[span.start - 1:span.start] in QUOTES:
        return span
    position = 0
    while position < len(tokens) - 1 and reading(morph, tokens[position].text).pos == "ADJ":
        position += 1
    title = tokens[position]
    lemma = fold(reading(morph, title.text).lemma)
    if lemma not in person_titles() or is_org_kind(lemma):
        return span
    rest = tokens[position + 1:]
    if not rest:
        following = index.after(span.stop)
        place_after = bool(following) and places.at(following[0].start) is not None
        return None if place_after else span
    if places.at(rest[0].start) == span.stop:
        return None
    return replace(span, start=rest[0].start)


def _places(doc: Document, places: Sequence[Candidate], gazetteer: Gazetteer) -> Places:
    """The places of the gazetteer and the NER model's other GEO spans, by start."""
    stops = {m.start: (m.stop, False) for m in doc.mentions if m.type == "GEO"}
    stops.update({c.start: (c.stop, c.place is not None and c.place.geo_kind == "country")
                  for c in places})
    return Places(stops, lambda word: local_adjective(gazetteer, word))


def local_adjective(gazetteer: Gazetteer, word: str) -> bool:
    """An adjective of a town or region, not of a country: «Витебский», «Минском»."""
    found = gazetteer.adjective(word) if word[:1].isupper() else ()
    return bool(found) and all(place.geo_kind != "country" for place in found)


PLACE_SHAPED = re.compile(r"\w+(?:ск|цк)\w{1,3}")


def is_government(morph: Morph, tokens: Sequence[Token]) -> bool:
    """A region's or city's government body («Гродненского облисполкома»); not one with a
    name of its own, a capitalized adjective that is no place's before the head and the
    place after it («Народного Правительства города Цзямусы», China's people's
    governments)."""
    head = head_index(morph, tokens)
    if head is None or fold(tokens[head].lemma) not in government_words():
        return False
    return head == len(tokens) - 1 or not any(token.text[:1].isupper() and token.text[1:].islower()
                   and PLACE_SHAPED.fullmatch(token.text) is None
                   and reading(morph, token.text).pos == "ADJ" for token in tokens[:head])


def _non_overlapping_spans(spans: Sequence[OrgSpan]) -> list[OrgSpan]:
    """The spans that overlap no other kept one; a span holding another whole one is
    kept first («СМЦ «Алабуга»» over «Алабуга»)."""
    kept: list[OrgSpan] = []
    holding = [span for span in spans if any(
        span.start <= other.start and other.stop <= span.stop and other != span
        and (other.start, other.stop) != (span.start, span.stop) for other in spans)]
    for span in holding + [span for span in spans if span not in holding]:
        if not overlaps(span.start, span.stop, ((s.start, s.stop) for s in kept)):
            kept.append(span)
    return sorted(kept, key=lambda s: s.start)
