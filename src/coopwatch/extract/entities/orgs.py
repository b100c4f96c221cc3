"""Organizations: canonical names and grouping of one document's organization mentions.

Canonical name: the nominative, without quotes and legal forms, capitalization as
written («ОАО «МАЗ»» -> «МАЗ», «Вяземского машзавода» -> «Вяземский машзавод»).
Grouping: equal names, an acronym and the full name whose initials it spells
(МАЗ = Минский автомобильный завод), a short name and the one longer name it begins
(Alibaba -> Alibaba Group, Минпромторг -> Минпромторг России), a one-word name and
the one longer name it ends (Экспо -> Российско-китайское Экспо), names that differ
only in how they name the same place (Минпромторг РФ = Минпромторг России), and a name
written without its spaces (GreatWall = Great Wall Motors).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence

from coopwatch.extract.entities.candidates import QUOTES, Candidate, mixed_case_acronym
from coopwatch.extract.entities.lexicon import (
    company_kind_tails,
    compound_parts,
    generic_tails,
    legal_forms,
)
from coopwatch.lexicon.folding import fold
from coopwatch.nlp.morph import Morph
from coopwatch.records import Entity, Token
from coopwatch.text.nominative import match_case, nominative_phrase

FUNCTION_WORDS = frozenset({"и", "по", "для", "в", "на", "при", "of", "and", "the", "&"})
QUOTED = re.compile(f"[{QUOTES}]+([^{QUOTES}]+)[{QUOTES}]+")
Resolver = Callable[[str], object | None]
UNQUOTE = str.maketrans(QUOTES, " " * len(QUOTES))


def strip_legal_form(text: str) -> str:
    """The name without a leading or trailing legal form: «ОАО «МАЗ»» -> «МАЗ»»."""
    words = text.split()
    while len(words) > 1 and words[0].strip(QUOTES) in legal_forms():
        words = words[1:]
    while len(words) > 1 and words[-1].strip(QUOTES + ",") in legal_forms():
        words = words[:-1]
    return " ".join(words)


def unquote(text: str) -> tuple[str, str | None]:
    """A quoted name and the name inside the quotes: «ОЭЗ «Иннополис»» -> («ОЭЗ
    Иннополис», «Иннополис»); «компании "Биокат"» -> («Биокат», None)."""
    match = QUOTED.search(text)
    if match is None:  # an unclosed quote: «ООО " Ромашка» -> «Ромашка», «РИА "Новости» ->
        # «РИА Новости»: no quote and no extra space kept
        return " ".join(text.translate(UNQUOTE).split()), None
    inner = match.group(1).strip()
    before = text[:match.start()].strip().rstrip(")")  # «ОЭЗ) "Ульяновск"»
    if not before or before.split()[-1].islower():
        return inner, None
    return " ".join(f"{before} {inner} {text[match.end():].strip()}".split()), inner


def has_cyrillic(text: str) -> bool:
    return any("а" <= char.lower() <= "я" or char in "ёЁ" for char in text)


def org_name(morph: Morph, text: str, tokens: Sequence[Token], start: int) -> tuple[str, str | None]:
    """The canonical name of an organization mention, and the quoted inner name when
    the canonical one has more («ОЭЗ Иннополис», «Иннополис»)."""
    bare = strip_legal_form(text)
    if any(char in QUOTES for char in bare):
        name, alias = unquote(bare)
        offset = start + text.find(bare)
        name = _kind_in_nominative(morph, bare, tokens, offset, _organization_nominative(
            morph, name))
        return name, alias or _with_kind_name(morph, bare, tokens, offset, name)
    if not has_cyrillic(bare) or mixed_case_acronym(bare):
        return bare, None  # «ЮУрГУ» has no case forms
    offset = start + text.find(bare)
    kept = [token for token in tokens if token.start >= offset]
    if " " not in bare and _organization_nominative(morph, bare) != bare:
        return _organization_nominative(morph, bare), None  # «Белгидрометцентра»
    tail = _kind_tail_nominative(morph, bare)
    if tail:
        return tail, None
    return spelled_acronym(" ".join(nominative_phrase(morph, bare, kept, offset).split()))


OBLIQUE = frozenset({"gent", "datv", "ablt", "loct"})


def _kind_tail_nominative(morph: Morph, bare: str) -> str | None:
    """«АГР Холдинга» -> «АГР Холдинг», «ВТБ Лизинга» -> «ВТБ Лизинг»: a short name (an
    abbreviation, a company's name the dictionary knows, or a word it does not know) and
    a capitalized company-kind noun after it (`entities/company_kind_tails.txt`) in an
    oblique case. The kind noun is the head; the name before it does not decline. «Совет
    Федерации» or «Банк России» have no short name first and keep their form."""
    words = bare.split()
    if len(words) != 2 or not words[1][:1].isupper() or not words[1].isalpha():
        return None
    first, kind = words
    parses = [parse for parse in morph.parse(kind)
              if parse.tag.POS == "NOUN" and parse.normal_form in company_kind_tails()
              and parse.tag.number == "sing"]
    if not parses or any(parse.tag.case not in OBLIQUE for parse in parses):
        return None
    short = first.isupper() or not has_cyrillic(first) or all(
        not parse.is_known or "Orgn" in parse.tag for parse in morph.parse(first))
    return f"{first} {match_case(parses[0].normal_form, kind)}" if short else None


def _organization_nominative(morph: Morph, name: str) -> str:
    """A one-word company name, quoted or not, in an oblique case put in the nominative
    where the dictionary reads it only as an organization's name in that case: «ПАО
    «Ростелекома»» -> «Ростелеком», «ООО «Газпромнефти»» -> «Газпромнефть»,
    «Белгидрометцентра» -> «Белгидрометцентр»; a name that may be a nominative
    («Мечты», «Алабуги») stays as written."""
    if " " in name or not name.isalpha() or not name[:1].isupper() or name.isupper():
        return name
    parses = morph.parse(name)
    if not parses or "Orgn" not in parses[0].tag or "sing" not in parses[0].tag:
        return name
    if any(parse.tag.case not in OBLIQUE for parse in parses):
        return name
    return match_case(parses[0].normal_form, name)


DASHED_ACRONYM = re.compile(r"(.+?)\s+[–—-]\s+([А-ЯЁA-Z]{2,6})")


def spelled_acronym(name: str) -> tuple[str, str | None]:
    """A name followed by a dash and its own abbreviation: «Центр управления регионом –
    ЦУР» -> («Центр управления регионом», «ЦУР»); any other name as it is."""
    match = DASHED_ACRONYM.fullmatch(name)
    if match is None or fold(match.group(2)) not in acronyms_of(match.group(1)):
        return name, None
    return match.group(1), match.group(2)


HARD_END = re.compile(r"[бвгджзклмнпрстфхцчшщ]$", re.IGNORECASE)


def plural_of_a_bare_stem(bare: str, name: str) -> bool:
    """Whether the nominative added an ending to a quoted name's last word that ends in a
    consonant: «"Агро-Лайн"» read as the genitive plural of «Агро-Лайны». Such a word is
    the name's nominative far more often («с «Гомсельмашем»» still loses its ending)."""
    written, read = bare.split(), name.split()
    return (len(written) == len(read) and bool(written) and HARD_END.search(written[-1]) is not None
            and read[-1] != written[-1] and read[-1].startswith(written[-1])
            and read[:-1] == written[:-1])


def _kind_in_nominative(morph: Morph, text: str, tokens: Sequence[Token], offset: int,
                        name: str) -> str:
    """The name with the capitalized kind word before its quoted part in the nominative:
    «Фонда «Сколково»» -> «Фонд Сколково», «Центра "Мой бизнес» -> «Центр Мой бизнес»
    (the quoted part keeps its form)."""
    quote = min(text.find(q) for q in QUOTES if q in text)
    before = text[:quote].strip()
    if not before or not before[:1].isupper() or not name.startswith(before):
        return name
    kept = [token for token in tokens if offset <= token.start < offset + len(before)]
    phrase = " ".join(nominative_phrase(morph, before, kept, offset).split())
    return phrase + name[len(before):] if phrase else name


def _with_kind_name(morph: Morph, text: str, tokens: Sequence[Token], offset: int,
                    name: str) -> str | None:
    """A capitalized name of a body of two words or more before the quoted part, with it:
    «Группы стратегического видения «Россия – исламский мир»» -> «Группа
    стратегического видения Россия – исламский мир» (an alias: news cite either)."""
    match = QUOTED.search(text)
    before = text[:match.start()].strip() if match else ""
    if len(before.split()) < 2 or not before[:1].isupper() or any(q in before for q in QUOTES):
        return None
    kept = [token for token in tokens if offset <= token.start < offset + len(before)]
    return f"{' '.join(nominative_phrase(morph, before, kept, offset).split())} {name}"


def is_acronym(name: str) -> bool:
    """A one-word abbreviation of capital letters: МАЗ, ПТЗ, БелАЗ."""
    capitals = sum(char.isupper() for char in name)
    return " " not in name and capitals >= 2 and (name.isupper() or len(name) <= 6)


def _word_letters(word: str) -> set[str]:
    """The letters one word may give an acronym: its first, or one per compound part."""
    lower = fold(word)
    parts: list[str] = []
    while lower:
        part = next((p for p in compound_parts() if lower.startswith(p)), None)
        if part is None:
            break
        parts.append(part[0])
        lower = lower[len(part):]
    letters = {fold(word[:1])}
    if parts and not lower:
        letters.add("".join(parts))
    return letters


def acronyms_of(name: str) -> set[str]:
    """The acronyms a full name may have: Минский автомобильный завод -> {маз}."""
    words = [w for w in re.split(r"[\s\-]+", name) if w and fold(w) not in FUNCTION_WORDS]
    found = {""}
    for word in words:
        found = {prefix + letters for prefix in found for letters in _word_letters(word)}
    return found if len(words) >= 2 else set()


def _words(name: str) -> list[str]:
    return [fold(word.strip(".,")) for word in name.split()]


def _place_tail(name: str, resolve: Resolver) -> tuple[str, str] | None:
    """(the name without a trailing place, the place's key): Минпромторг РФ -> RU; a
    region followed by its country counts as the region («Министерство … Амурской
    области Российской Федерации» -> RU-AMU)."""
    tail = _last_place(name.split(), resolve)
    if tail is None:
        return None
    inner = _last_place(tail[0], resolve)
    if inner is not None and inner[1].startswith(tail[1] + "-"):
        tail = inner
    return fold(" ".join(tail[0])), tail[1]


def _last_place(words: list[str], resolve: Resolver) -> tuple[list[str], str] | None:
    """(the words before a trailing place, the place's key)."""
    for size in (3, 2, 1):
        if len(words) > size:
            place = resolve(" ".join(words[-size:]))
            if place is not None:
                return words[:-size], str(getattr(place, "key", place))
    return None


def _extends(short: str, long: str, resolve: Resolver) -> bool:
    """Whether `long` is `short` followed by a place, a generic word or more words."""
    head, whole = _words(short), _words(long)
    if len(whole) <= len(head) or whole[:len(head)] != head:
        return False
    rest = long.split()[len(head):]
    return (len(head) >= 2 or resolve(" ".join(rest)) is not None
            or all(fold(word) in generic_tails() for word in rest))


class _Groups:
    """Union-find over candidate indices."""

    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, item: int) -> int:
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def join(self, first: int, second: int) -> None:
        self.parent[max(self.find(first), self.find(second))] = min(
            self.find(first), self.find(second))


INITIAL = re.compile(r"(?<!\w)(?:[А-ЯЁA-Z]\.\s*){1,3}(?=[А-ЯЁA-Z][а-яёa-z]{2})")  # «А. А. » before a surname


def without_initials(name: str) -> str:
    """The name without a person's initials: «Театр имени А. А. Брянцева» -> «Театр имени
    Брянцева» (news cite a namesake body with or without them)."""
    return " ".join(INITIAL.sub(" ", name).split())


def _names(candidate: Candidate) -> set[str]:
    forms = {candidate.name, *((candidate.alias,) if candidate.alias else ())}
    return {fold(form) for form in forms} | {fold(without_initials(form)) for form in forms}


def _run_together(short: str, long: str) -> bool:
    """Whether a one-word name is the first words of another written without spaces:
    GreatWall = Great Wall Motors."""
    if " " in short or " " not in long:
        return False
    words, joined = _words(long), fold(short)
    return any("".join(words[:size]) == joined for size in range(2, len(words) + 1))


def _same(first: Candidate, second: Candidate, tails: dict[str, tuple[str, str] | None]) -> bool:
    """Whether two candidates name one organization; `tails` maps each name to its
    `_place_tail`."""
    if _names(first) & _names(second) or _run_together(first.name, second.name):
        return True
    if first.partner and fold(first.partner) == fold(second.name):
        return True
    if is_acronym(first.name) and not is_acronym(second.name):
        return fold(first.name) in acronyms_of(second.name)
    tail = tails[first.name]
    if tail is not None and tail == tails[second.name]:
        return True
    return _clipped_compound(first.name, second.name, tails)


MIN_COMPOUND = 6  # letters of a clipped compound at least («Минтранс»)
MIN_PIECE = 2  # letters each word gives it at least («обр» of «образования»)


def _clipped_compound(first: str, second: str,
                      tails: dict[str, tuple[str, str] | None]) -> bool:
    """Whether a one-word clipped compound (its place after it aside) is made of the
    beginnings of every word of a longer name, in order, about the same place or none:
    «Минпромторг РФ» = «Министерство промышленности и торговли России», «Минсельхоз» =
    «Министерство сельского хозяйства», «Минэкономразвития» = «Министерство
    экономического развития»."""
    short, long = sorted((first, second), key=lambda name: len(name.split()))
    short_tail, long_tail = tails.get(short), tails.get(long)
    if short_tail and long_tail and short_tail[1] != long_tail[1]:
        return False
    word = short_tail[0] if short_tail else fold(short)
    head = long_tail[0] if long_tail else fold(long)
    parts = [w for w in re.split(r"[\s\-]+", head) if w and w not in FUNCTION_WORDS]
    if " " in word or len(word) < MIN_COMPOUND or len(parts) < 2 or not word.isalpha():
        return False
    return _pieces(word, parts)


def _pieces(word: str, parts: list[str]) -> bool:
    """Whether `word` is a beginning of each of `parts` in turn, each at least
    MIN_PIECE letters (the last may be the whole word)."""
    if not parts:
        return not word
    first, rest = parts[0], parts[1:]
    longest = min(len(first), len(word))
    return any(first[:size] == word[:size] and _pieces(word[size:], rest)
               for size in range(longest, MIN_PIECE - 1, -1))


def group_orgs(candidates: Sequence[Candidate], resolve: Resolver) -> list[list[Candidate]]:
    """Candidates grouped into organizations, groups in order of first mention."""
    groups = _Groups(len(candidates))
    tails = {c.name: _place_tail(c.name, resolve) for c in candidates}
    for i, first in enumerate(candidates):
        for j, second in enumerate(candidates):
            if i != j and _same(first, second, tails):
                groups.join(i, j)
    _join_prefixes(candidates, groups, resolve)
    _join_heads(candidates, groups)
    clusters: dict[int, list[Candidate]] = {}
    for index, candidate in enumerate(candidates):
        clusters.setdefault(groups.find(index), []).append(candidate)
    return list(clusters.values())


def _join_prefixes(candidates: Sequence[Candidate], groups: _Groups, resolve: Resolver) -> None:
    """Join a short name to the one longer name group it begins, if only one."""
    for i, short in enumerate(candidates):
        longer = {groups.find(j) for j, long in enumerate(candidates)
                  if _extends(short.name, long.name, resolve)}
        if len(longer) == 1:
            groups.join(i, longer.pop())


def _join_heads(candidates: Sequence[Candidate], groups: _Groups) -> None:
    """Join a one-word name to the one longer name group it ends, if only one: «Экспо»
    is the «Российско-китайское Экспо» the page named in full, «Комиссия» its
    «Межправительственная комиссия»."""
    for i, short in enumerate(candidates):
        if " " in short.name or "-" in short.name or short.name.isupper():
            continue  # an acronym at the end names the parent: «Пограничная служба ГКНБ»
        longer = {groups.find(j) for j, long in enumerate(candidates)
                  if " " in long.name and fold(long.name).split()[-1] == fold(short.name)}
        if len(longer) == 1:
            groups.join(i, longer.pop())


def canonical_name(group: Sequence[Candidate]) -> str:
    """The group's name: a full name over an acronym, then the longest, then the most
    frequent, then the first seen."""
    counts = Counter(c.name for c in group)
    order = {name: index for index, name in reversed(list(enumerate(c.name for c in group)))}
    return min(counts, key=lambda n: (is_acronym(n), -len(n.split()), -counts[n], order[n]))


def org_entity(group: Sequence[Candidate]) -> Entity:
    """The ORG entity of a group of candidates."""
    name = " ".join(canonical_name(group).split())  # the key is `org:` + a name with no edge spaces
    seen = {fold(name)}
    aliases = []
    for candidate in group:
        for form in (candidate.name, candidate.alias):
            if form and fold(form) not in seen:
                seen.add(fold(form))
                aliases.append(form)
    return Entity(key="org:" + name, type="ORG", name=name, aliases=tuple(aliases),
                  mentions=tuple(sorted((c.mention for c in group), key=lambda m: m.start)))
