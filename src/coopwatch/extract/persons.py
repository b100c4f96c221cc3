"""People: canonical «First Last» names and coreference inside one document.

A full name («Кирилла Полякова») gives the canonical name in the nominative; a bare
surname («Беглов», «Полякова») or initials with a surname («Р.Н. Минниханов») join
the full name with the same surname (surname lemma, initial and gender must agree).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from coopwatch.extract.lexicon import fold
from coopwatch.nlp.morph import Morph
from coopwatch.records import Entity, Mention

INITIAL_MARK = "."


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
    «Минниханов Рустам», «Р.Н. Минниханов», «Беглов»."""
    initials, words = _initials(normal.replace(". ", ".").replace(".", ". ").split())
    if not words:
        return None
    if initials or len(words) == 1:
        return PersonName(first=None, last=words[-1], initials=initials)
    middle = next((w for w in words if _tag_of(morph, w, "Patr")), None)
    names = [word for word in words if word != middle]
    if len(names) >= 2 and _tag_of(morph, names[-1], "Name") and not _tag_of(
            morph, names[-1], "Surn") and _tag_of(morph, names[0], "Surn"):
        names = [names[-1], names[0]]
    return PersonName(first=names[0], last=names[-1], middle=middle)


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
    full = list(people.values())
    for mention, name in parsed:
        if name.full:
            continue
        found = [p for p in full if _matches(morph, p, name)]
        if found:
            person = _prefer_gender(morph, found, name)[0]
            person.written.append(_bare_form(person, name))
        else:
            key = "bare:" + fold(name.last)
            person = people.setdefault(key, Person(PersonName(None, name.last), [], []))
            person.written.append(name.written)
        person.mentions.append(mention)
    return list(people.values())


def person_entities(morph: Morph, mentions: Iterable[Mention]) -> list[Entity]:
    """One PER entity per person, keyed `per:First Last` (or `per:Surname`)."""
    return [
        Entity(key="per:" + person.name.canonical, type="PER", name=person.name.canonical,
               aliases=person.aliases(),
               mentions=tuple(sorted(person.mentions, key=lambda m: m.start)))
        for person in cluster_people(morph, mentions)
    ]
