"""People: canonical «First Last» names and coreference inside one document.

A full name («Кирилла Полякова») gives the canonical name in the nominative; a bare
surname («Беглов», «Полякова») or initials with a surname («Р.Н. Минниханов») join
the full name with the same surname (surname lemma, initial and gender must agree).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from coopwatch.extract.entities.lexicon import (
    address_words,
    assembly_stems,
    compound_parts,
    east_asian_family_names,
    person_titles,
    surname_endings,
)
from coopwatch.lexicon.folding import fold
from coopwatch.nlp.morph import Morph
from coopwatch.records import Entity, Mention, Token
from coopwatch.text.nominative import NOMINATIVE_SURNAME, instrumental_name

INITIAL_MARK = "."
REGNAL_NUMBER = re.compile(r"[IVX]{1,4}")


@dataclass(frozen=True)
class PersonName:
    """The parts of a person's name as one mention gives them (nominative)."""

    first: str | None
    last: str
    initials: str | None = None   # «Р.Н.» when the first name is given as initials
    middle: str | None = None     # a patronymic, when given

    @property
    def full(self) -> bool:
        return self.first is not None

    @property
    def canonical(self) -> str:
        return f"{self.first} {self.last}" if self.first else self.last

    @property
    def written(self) -> str:
        """The name as the mention shows it: «Р.Н. Минниханов», «Беглов»."""
        return f"{self.initials} {self.last}" if self.initials else self.canonical


def _tag_of(morph: Morph, word: str, grammeme: str) -> bool:
    return any(grammeme in parse.tag and parse.score >= 0.1 for parse in morph.parse(word))


def _initials(words: Sequence[str]) -> tuple[str | None, list[str]]:
    marks = [word for word in words if word.endswith(INITIAL_MARK) and len(word) <= 5]
    rest = [word for word in words if word not in marks]
    return ("".join(marks) or None), rest


def person_name(morph: Morph, normal: str) -> PersonName | None:
    """Split a nominative name into parts: «Рустам Нургалиевич Минниханов»,
    «Минниханов Рустам», «Р.Н. Минниханов», «Беглов». A patronymic is set apart; other
    middle words stay in the first name («Нгуен Ван Тхо», «Халед бен Фейсал Аль Сауд»)."""
    initials, words = _initials(normal.replace(". ", ".").replace(".", ". ").split())
    if not words:
        return None
    if initials or len(words) == 1:
        return PersonName(first=None, last=words[-1], initials=initials)
    if REGNAL_NUMBER.fullmatch(words[-1]):  # «Иоанн Павел II»: the numeral is the last part
        return PersonName(first=" ".join(words[:-1]), last=words[-1])
    middle = next((w for w in words[1:] if _tag_of(morph, w, "Patr")), None) if len(
        words) >= 3 else None
    names = [word for word in words if word != middle]
    if len(names) == 2 and _surname_first(morph, names):
        names = [names[-1], names[0]]
    return PersonName(first=" ".join(names[:-1]), last=names[-1], middle=middle)


def _surname_first(morph: Morph, names: Sequence[str]) -> bool:
    """«Минниханов Рустам»: a dictionary surname, then a dictionary first name that does
    not end like a surname (not «Бердыбек Сапарбаев», «Гомбожавин Занданшатар»)."""
    if names[0] in east_asian_family_names():  # «Ли Хай»: the family name comes first
        return False
    return (_known_tag(morph, names[-1], "Name") and not _known_tag(morph, names[-1], "Surn")
            and _known_tag(morph, names[0], "Surn")
            and not NOMINATIVE_SURNAME.search(names[-1]))


def _known_tag(morph: Morph, word: str, grammeme: str) -> bool:
    return any(grammeme in parse.tag and parse.is_known for parse in morph.parse(word))


def trim_titles(mention: Mention, tokens: Sequence[Token]) -> Mention | None:
    """The mention without the title words and words of address the NER model took
    in: «Хоким Эркинжон Турдимов» -> «Эркинжон Турдимов», «Г-н Капур» -> «Капур»;
    a parliament's name before the name too («Олий Мажлиса Нуриддин Исмоилов» ->
    «Нуриддин Исмоилов»). None if nothing is left."""
    kept = list(tokens)
    assembly = [i for i, token in enumerate(kept) if _assembly(token.text)]
    if assembly:
        kept = kept[assembly[-1] + 1:]
    # a clipped title is known as written: «Замгубернатора» has no lemma of its own
    while kept and (fold(kept[0].lemma) in person_titles() or _address(kept[0])
                    or (len(kept) > 1 and fold(kept[0].text) in person_titles())):
        kept = kept[1:]
    if len(kept) == len(tokens) or not tokens:
        return mention
    if not kept:
        return None
    cut = len(tokens) - len(kept)
    words = (mention.normal or "").split()
    normal = " ".join(words[cut:]) if len(words) == len(tokens) else None
    text = mention.text[kept[0].start - mention.start:]
    return Mention(start=kept[0].start, stop=mention.stop, text=text, type=mention.type,
                   normal=normal or text)


ASSEMBLY_ENDINGS = ("", "а", "у", "ом", "ем", "е", "я", "ю")


def _assembly(word: str) -> bool:
    """A case form of a parliament's name: «Мажлиса», «Кенешем» (not «Хуралов»)."""
    lower = fold(word)
    return any(lower == stem + ending for stem in assembly_stems()
               for ending in ASSEMBLY_ENDINGS)


def _address(token: Token) -> bool:
    """A word of address: «г-н», «Госпожа», «мистером»."""
    return fold(token.lemma) in address_words() or fold(token.text) in address_words()


GLUE = re.compile(r"(?<=[А-ЯЁа-яё][а-яё]{3})(?=[А-ЯЁ])")  # not «МакКарти», «ДиКаприо»


def unglued(mention: Mention) -> Mention:
    """A name glued by the page to the word before or after it («Covid-19Кристина
    АсмусДом 2», «Президента АбхазииБадра Гунба»): the mention starts after a capital
    inside its first word and ends before one inside its last; its normal form is then
    the written name."""
    text = mention.text
    words = text.split()
    if len(words) < 2:
        return mention
    start, stop = 0, len(text)
    first = GLUE.search(words[0])
    if first is not None:
        start = first.start()
    last = [m.start() for m in GLUE.finditer(words[-1])]
    if last:
        stop = len(text) - len(words[-1]) + last[-1]
    if (start, stop) == (0, len(text)):
        return mention
    return Mention(start=mention.start + start, stop=mention.start + stop,
                   text=text[start:stop], type=mention.type, normal=text[start:stop])


def nominative_surname(word: str, case: str | None, gender: str | None) -> str:
    """A surname the normalizer left in an oblique case, put in the nominative by its
    ending: («Аксакаловым», Ins, Masc) -> «Аксакалов». In the instrumental the other
    gender's endings are tried second: the tagger's gender of a foreign name is often
    wrong («Бураком»), and no instrumental ending is a nominative of the other gender
    (a genitive one is: «Галимова»)."""
    table = surname_endings()
    both = ("Fem", "Masc") if gender == "Fem" else ("Masc", "Fem")
    genders = both if case == "Ins" else both[:1]
    for ending, nominative in (row for g in genders for row in table.get((case or "", g), ())):
        if word.endswith(ending) and len(word) - len(ending) >= 2:
            return word[:len(word) - len(ending)] + nominative
    return word


def fix_normal(mention: Mention, tokens: Sequence[Token], head: Token | None = None) -> Mention:
    """The mention with its name in the nominative where the normalizer failed;
    `head` is the word the name stands in apposition to, which shares its case. The
    name's own instrumental endings outrank the tagger's case (it often reads a
    foreign name after a genitive as one more genitive)."""
    words = (mention.normal or mention.text).split()
    if tokens and len(words) != len(tokens):
        return _initialled_genitive(mention, words, tokens, head)
    if not tokens:
        return mention
    gender = next((t.feat("Gender") for t in tokens if t.feat("Gender")), None)
    cases = [t.feat("Case") for t in (*tokens, *([head] if head else []))]
    case = next((case for case in cases if case not in (None, "Nom")), None)
    if instrumental_name([token.text for token in tokens]):
        case = "Ins"
    fixed = [token.text if number and token.text.endswith(FIXED_SURNAMES)
             else nominative_surname(token.text, case, gender) if _same(word, token.text)
             else _with_yo(word, token.text)
             for number, (word, token) in enumerate(zip(words, tokens, strict=True))]
    return Mention(start=mention.start, stop=mention.stop, text=mention.text,
                   type=mention.type, normal=" ".join(fixed))


MASCULINE_GENITIVE = ("ова", "ева", "ёва", "ина", "ына")
# surnames that never decline, whoever bears them: «Альбины Черных», «с Иваном Седых»
FIXED_SURNAMES = ("ых", "их")


def _initialled_genitive(mention: Mention, words: list[str], tokens: Sequence[Token],
                         head: Token | None) -> Mention:
    """«встреча министра А.Х.Хакимова»: initials and a surname after a title in the
    genitive or accusative; a woman's surname there would end in «-ой», so «-ова» is a
    man's, in the nominative «Хакимов»."""
    surname = tokens[-1].text
    if head is None or head.feat("Case") not in ("Gen", "Acc") or not words[-1].endswith(
            surname) or not surname.endswith(MASCULINE_GENITIVE):
        return mention
    fixed = words[-1][:len(words[-1]) - len(surname)] + nominative_surname(surname, "Gen", "Masc")
    return Mention(start=mention.start, stop=mention.stop, text=mention.text,
                   type=mention.type, normal=" ".join([*words[:-1], fixed]))


def _same(normal: str, written: str) -> bool:
    """The normalizer left the word as written (it may have turned ё into е)."""
    return normal == written.replace("ё", "е") or normal == written


def _with_yo(normal: str, written: str) -> str:
    """The normalizer's form with the ё the text wrote: («Мирзоеев», «Мирзоёевым»)
    -> «Мирзоёев»."""
    if "ё" in written and written.replace("ё", "е").startswith(normal):
        return written[:len(normal)]
    return normal


def is_name_word(morph: Morph, word: str) -> bool:
    """Whether the dictionary reads a word as a surname, first name or patronymic."""
    return any(tag in parse.tag for parse in morph.parse(word) for tag in ("Surn", "Name", "Patr"))


def surname_lemmas(morph: Morph, surname: str) -> frozenset[str]:
    """The lemmas a surname form may have («Полякова» -> {поляков, полякова})."""
    return frozenset({fold(surname)} | {
        fold(parse.normal_form) for parse in morph.parse(surname) if "Surn" in parse.tag
    })


def gender_of(morph: Morph, first: str) -> str | None:
    """masc or femn, from the first name."""
    for parse in morph.parse(first):
        if "Name" in parse.tag:
            return parse.tag.gender
    return None


def _may_be_female(morph: Morph, surname: str) -> bool:
    return any("Surn" in p.tag and "femn" in p.tag and "nomn" in p.tag
               for p in morph.parse(surname)) or surname.endswith(("ова", "ева", "ина", "ая"))


@dataclass
class Person:
    """A person being built: the full name, and every mention of them."""

    name: PersonName
    mentions: list[Mention]
    written: list[str]

    def aliases(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(form for form in self.written if form != self.name.canonical))


def _matches(morph: Morph, person: Person, name: PersonName) -> bool:
    if not surname_lemmas(morph, name.last) & surname_lemmas(morph, person.name.last):
        return False
    first = person.name.first or ""
    return not name.initials or fold(name.initials[:1]) == fold(first[:1])


def _prefer_gender(morph: Morph, people: list[Person], name: PersonName) -> list[Person]:
    """Among several people with the surname, those whose gender fits the bare form."""
    female = _may_be_female(morph, name.last)
    fitting = [p for p in people if (gender_of(morph, p.name.first or "") == "femn") == female]
    return fitting or people


def _bare_form(person: Person, name: PersonName) -> str:
    last = person.name.last
    return f"{name.initials} {last}" if name.initials else last


def cluster_people(morph: Morph, mentions: Iterable[Mention]) -> list[Person]:
    """Group person mentions: full names by name, then bare surnames and initials."""
    parsed = [(m, name) for m in mentions if (name := person_name(morph, m.normal or m.text))]
    people: dict[str, Person] = {}
    for mention, name in parsed:
        if name.full:
            person = people.setdefault(fold(name.canonical), Person(name, [], []))
            person.mentions.append(mention)
            person.written.append(name.canonical)
    people = _case_variants_merged(people)
    full = list(people.values())
    for mention, name in parsed:
        if name.full:
            continue
        found = [p for p in full if _matches(morph, p, name)]
        if found:
            person = _prefer_gender(morph, found, name)[0]
            person.written.append(_bare_form(person, name))
        else:
            person = _bare_person(morph, people, name)
            person.written.append(name.written)
        person.mentions.append(mention)
    return [_with_initials(person) for person in people.values()]


def _bare_person(morph: Morph, people: dict[str, Person], name: PersonName) -> Person:
    """The person of a surname with no full name in the document: one already seen with
    this surname in another case («А.Х. Хакимов», «А.Х. Хакимова») and the same
    initials, or a new one. The shorter form is kept as the nominative."""
    for key, person in people.items():
        if key.startswith("bare:") and person.name.initials == name.initials and (
                surname_lemmas(morph, name.last) & surname_lemmas(morph, person.name.last)
                or (name.initials and case_variants(name.last, person.name.last))):
            if len(name.last) < len(person.name.last):
                person.name = PersonName(None, name.last, name.initials)
            return person
    # «Я.Я. Винокуров … — подчеркнул Винокуров»: the surname alone and the one person with
    # initials and that surname (either told first) are one
    namesakes = [person for key, person in people.items() if key.startswith("bare:")
                 and bool(person.name.initials) != bool(name.initials)
                 and surname_lemmas(morph, name.last) & surname_lemmas(morph, person.name.last)]
    if len(namesakes) == 1:
        person = namesakes[0]
        if name.initials:
            person.name = PersonName(None, person.name.last, name.initials)
        return person
    key = "bare:" + fold(name.written)
    return people.setdefault(key, Person(PersonName(None, name.last, name.initials), [], []))


def _with_initials(person: Person) -> Person:
    """A person known only by initials and surname is named so, initials spaced: «А. Х.
    Хакимов» (the other people keep their full name)."""
    initials = person.name.initials
    if person.name.full or not initials:
        return person
    spaced = " ".join(part + INITIAL_MARK for part in initials.split(INITIAL_MARK) if part)
    return Person(PersonName(spaced, person.name.last), person.mentions, person.written)


MAX_ENDING = 3  # letters of a case ending: «Хайцяна» / «Хайцян», «Шапшой» / «Шапша»
MIN_STEM = 3


def case_variants(first: str, second: str) -> bool:
    """Two forms of one name word that differ only in a case ending the normalizer
    left: a common stem of three letters or more, and at most three letters after it."""
    if first == second:
        return True
    stem = 0
    while stem < min(len(first), len(second)) and first[stem] == second[stem]:
        stem += 1
    return stem >= MIN_STEM and max(len(first), len(second)) - stem <= MAX_ENDING


def _same_person(first: PersonName, second: PersonName) -> bool:
    words, other = first.canonical.split(), second.canonical.split()
    return len(words) == len(other) and all(
        case_variants(a, b) for a, b in zip(words, other, strict=True))


def _case_variants_merged(people: dict[str, Person]) -> dict[str, Person]:
    """One person for the forms of a foreign name in several cases («Люй Хайцяна», «Люй
    Хайцян»): the shortest form is taken for the nominative, the others become aliases."""
    merged: dict[str, Person] = {}
    for key, person in sorted(people.items(), key=lambda item: len(item[1].name.canonical)):
        same = next((kept for kept in merged.values() if _same_person(kept.name, person.name)),
                    None)
        if same is None:
            merged[key] = person
        else:
            same.mentions.extend(person.mentions)
            same.written.extend(person.written)
    return {key: merged[key] for key in people if key in merged}


FEMALE_PATRONYMIC = ("овна", "евна", "ична")


def person_entities(morph: Morph, mentions: Iterable[Mention]) -> list[Entity]:
    """One PER entity per person, keyed `per:First Last` (or `per:Surname`). A first
    name and patronymic joins the person named in full with them; a person the page
    names only so, a woman («Наталья Владимировна»), is left out: with no surname there
    is no key that names her."""
    return [
        Entity(key="per:" + person.name.canonical, type="PER", name=person.name.canonical,
               aliases=person.aliases(),
               mentions=tuple(sorted(person.mentions, key=lambda m: m.start)))
        for person in _address_forms_joined(
            morph, _patronymic_forms_joined(cluster_people(morph, mentions)))
        if not _first_and_patronymic(morph, person.name)
    ]


def _patronymic_forms_joined(people: list[Person]) -> list[Person]:
    """«Рустам Нургалиевич» after «Рустам Нургалиевич Минниханов»: a first name and
    patronymic that one person of the page was named with in full is that person, the
    form an alias."""
    def owners(person: Person, others: list[Person]) -> list[Person]:
        name = person.name
        if name.first is None or name.middle is not None or " " in name.first:
            return []
        return [other for other in others
                if other.name.first == name.first and other.name.middle == name.last]

    return _forms_joined(people, owners)


PATRONYMIC_ENDINGS = ("ович", "евич", *FEMALE_PATRONYMIC)


def _address_forms_joined(morph: Morph, people: list[Person]) -> list[Person]:
    """«Владимир Владимирович подчеркнул» after «Владимир Путин»: a first name and a
    patronymic with no surname, said after the one person of the page with that first
    name was named in full, is that person addressed politely, not a second person. The
    form must come later: a Belarusian or Serbian surname ends like a patronymic
    («Владимир Карпович»), and a page names its people in full first."""
    def owners(person: Person, others: list[Person]) -> list[Person]:
        name = person.name
        if name.first is None or name.middle is not None or " " in name.first or not (
                name.last.endswith(PATRONYMIC_ENDINGS) and _tag_of(morph, name.last, "Patr")):
            return []
        first_seen = min(mention.start for mention in person.mentions)
        found = [other for other in others
                 if other.name.first == name.first and other.name.last != name.last
                 and not other.name.last.endswith(PATRONYMIC_ENDINGS)]
        return found if len(found) == 1 and min(
            m.start for m in found[0].mentions) < first_seen else []

    return _forms_joined(people, owners)


def _forms_joined(people: list[Person],
                  owners: Callable[[Person, list[Person]], list[Person]]) -> list[Person]:
    """People with each one whose form has exactly one owner among the others (not
    joined already) merged into that owner, the form kept as an alias."""
    joined: set[int] = set()
    for person in people:
        found = owners(person, [other for other in people
                                if other is not person and id(other) not in joined])
        if len(found) == 1:
            found[0].mentions.extend(person.mentions)
            found[0].written.append(person.name.canonical)
            joined.add(id(person))
    return [person for person in people if id(person) not in joined]


def _first_and_patronymic(morph: Morph, name: PersonName) -> bool:
    """«Наталья Владимировна»: a woman's patronymic, which no surname ends like. A man's
    («-ович», «-евич») is left alone, even one the dictionary knows: Belarusian and
    Serbian surnames end so («Владимир Устинович», «Любиша Чосич»)."""
    return (name.first is not None and name.middle is None and " " not in name.first
            and name.last.endswith(FEMALE_PATRONYMIC)
            and _tag_of(morph, name.first, "Name") and _tag_of(morph, name.last, "Patr"))


def is_org_compound(word: str) -> bool:
    """A word built like an organization's name: a stem and an organization word
    («Хабаровсктамстата», «Гомсельмаш»), not a foreign surname («Лоуенкрон»)."""
    lower = fold(word)
    return any(char.isdigit() for char in word) or any(
        len(part) >= 4 and lower.find(part) > 0 for part in compound_parts())


def _organization_word(morph: Morph, word: str) -> bool:
    """A word the dictionary reads first as an organization's name («Белгидромет»,
    «Могилевлифтмаш», «Интерфакс»)."""
    parses = morph.parse(word)
    return bool(parses) and "Orgn" in parses[0].tag


def _known_common(morph: Morph, word: str) -> bool:
    """A dictionary word that is no name (a common noun or adjective)."""
    parses = morph.parse(word)
    return bool(parses) and parses[0].is_known and "Name" not in parses[0].tag


def split_people(morph: Morph, mentions: Sequence[Mention]) -> tuple[list[Mention], list[Mention]]:
    """(people, not people): a lone word that joins no full name, that the dictionary
    does not read as a name and that is built like an organization's name
    («Хабаровсктамстата») or read first as one («Белгидромет») is no person; a lone
    unknown word («Нострадамус») is one; a lone title or hyphenated common noun
    («Замгубернатора», «Телеграм-канал») is neither, and is dropped."""
    names = {id(m): person_name(morph, m.normal or m.text) for m in mentions}
    surnames = [surname_lemmas(morph, name.last) for name in names.values()
                if name is not None and name.full]
    people: list[Mention] = []
    others: list[Mention] = []
    for mention in mentions:
        name = names[id(mention)]
        lone = (name is not None and not name.full and not name.initials
                and not any(surname_lemmas(morph, name.last) & known for known in surnames))
        organization = name is not None and lone and not is_name_word(morph, name.last) and (
            is_org_compound(name.last) or _known_common(morph, name.last)
            or _organization_word(morph, name.last))
        if name is not None and lone and _no_name_word(morph, name.last):
            continue
        (others if organization else people).append(mention)
    return people, others


def _no_name_word(morph: Morph, word: str) -> bool:
    """A lone capitalized word that names no one and nothing: a title
    («Замгубернатора»), or a compound whose last part is a common noun
    («Телеграм-канал»)."""
    if fold(word) in person_titles() or any(
            fold(parse.normal_form) in person_titles() for parse in morph.parse(word)):
        return True
    last = word.rsplit("-", 1)[-1]
    return ("-" in word and len(last) >= 3 and _known_common(morph, last.lower())
            and not is_name_word(morph, last))
