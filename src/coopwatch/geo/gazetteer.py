"""Gazetteer of places: Russian federal subjects, countries, partner-country regions,
federal districts and cities, loaded from the data files in `coopwatch/data/geo/`.

Every name and alias is indexed by the lemmas of its words (pymorphy3), so a name is
found in any case form: "Смоленщины", "Республикой Татарстан", "Санкт-Петербургом".
Abbreviations (РТ, ХМАО, КНР) match case-sensitively, as written. Adjectives
("белорусского") and nouns for residents ("вологжане", "китайцев") lead to their place;
a name with two readings («Алтай») takes the one the rest of the document names.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import product

from coopwatch.geo.names import (
    IndexedName,
    Word,
    acceptable,
    is_abbreviation,
    joiner,
    words_of,
    written_as,
)
from coopwatch.geo.places import Place, PlaceMention, read_place
from coopwatch.lexicon.datafiles import data_rows
from coopwatch.lexicon.folding import fold_dashes
from coopwatch.nlp.morph import Morph

# Load order matters: when two entries claim the same name, the first one keeps it.
PLACE_FILES = (
    "geo/countries.tsv",
    "geo/ru_regions.tsv",
    "geo/foreign_regions.tsv",
    "geo/districts.tsv",
    "geo/cities.tsv",
)
ADJECTIVE_FILE = "geo/adjectives.tsv"
DEMONYM_FILE = "geo/demonyms.tsv"
ALTERNATIVES_FILE = "geo/alternatives.tsv"
ADJECTIVE_TWINS_FILE = "geo/adjective_twins.tsv"
SHARED_ADJECTIVE_FILE = "geo/shared_adjectives.tsv"
COMPOUND_PARTS_FILE = "geo/compound_parts.tsv"
AMBIGUOUS_FILE = "geo/ambiguous.tsv"
PRONOUN_TAGS = frozenset({"Apro", "NPRO"})
NOT_AFTER_FILE = "geo/not_after.tsv"
PERSON_TAGS = frozenset({"Name", "Surn", "Patr"})

# Words that may precede a name without being part of it: "провинции Чжэцзян", "г. Казань".
DESIGNATORS = frozenset({"город", "г", "провинция", "штат", "пгт", "посёлок", "поселок",
                         "село", "станица", "деревня", "регион"})
# Endings of an adjective after its stem, "о" being the first part of a compound.
ADJECTIVE_ENDINGS = frozenset({
    "ий", "ый", "ой", "ая", "яя", "ое", "ее", "ые", "ие", "ого", "его", "ому", "ему",
    "ым", "им", "ом", "ем", "ую", "юю", "ых", "их", "ыми", "ими", "ей", "о",
})
MAX_FORMS = 4  # lemma candidates kept per word
FORMS_CACHE_SIZE = 100_000  # words whose lemma candidates are kept


@dataclass
class _Node:
    """A node of the lemma trie: one word of a name per level."""

    children: dict[str, _Node] = field(default_factory=dict)
    name: IndexedName | None = None


class Gazetteer:
    """Places by key, by name in any case form, in running text, and by adjective."""

    def __init__(self, morph: Morph, policies: dict[str, str],
                 not_after: frozenset[str] = frozenset()) -> None:
        self.morph = morph
        self._not_after = not_after
        self.places: dict[str, Place] = {}
        self.collisions: list[tuple[str, str, str]] = []  # (name, kept key, dropped key)
        self._policies = policies
        self._root = _Node()
        self._adjectives: dict[str, str] = {}  # adjective stem -> place key
        self._demonyms: dict[str, str] = {}  # resident noun lemma -> place key
        self._alternatives: dict[str, tuple[str, str]] = {}  # name -> (first, other) key
        self._forms: dict[str, frozenset[str]] = {}
        self._twins: dict[str, str] = {}  # city key -> region key its adjective means here
        self._shared: dict[str, tuple[str, ...]] = {}  # adjective stem -> places it may mean
        self._page_adjectives: dict[str, str] = {}  # shared stem -> the one place named here
        self._compound_parts: dict[str, str] = {}  # «армяно» of «армяно-российский» -> key

    @classmethod
    def load(cls, morph: Morph) -> Gazetteer:
        """Read every data file of `data/geo/` and index the names."""
        policies = {fold_dashes(f[0]): f[1] for f in data_rows(AMBIGUOUS_FILE)}
        not_after = frozenset(fold_dashes(f[0]) for f in data_rows(NOT_AFTER_FILE))
        gazetteer = cls(morph, policies, not_after)
        for file_name in PLACE_FILES:
            for fields in data_rows(file_name):
                gazetteer.add(*read_place(fields))
        for key, lemmas in data_rows(ADJECTIVE_FILE):
            for lemma in lemmas.split("|"):
                gazetteer.add_adjective(key, lemma)
        for key, lemmas in data_rows(DEMONYM_FILE):
            for lemma in lemmas.split("|"):
                gazetteer.add_demonym(key, lemma)
        for name, first, other in data_rows(ALTERNATIVES_FILE):
            gazetteer.add_alternative(name, first, other)
        for lemma, keys in data_rows(SHARED_ADJECTIVE_FILE):
            gazetteer._shared[fold_dashes(lemma)[:-2]] = tuple(keys.split("|"))
        for key, parts in data_rows(COMPOUND_PARTS_FILE):
            for part in parts.split("|"):
                gazetteer._compound_parts[fold_dashes(part)] = key
        return gazetteer

    # building

    def add(self, place: Place, flags: Collection[str] = ()) -> None:
        """Register a place and (unless flagged `keyonly`) index its names."""
        if place.key in self.places:
            raise ValueError(f"duplicate place key {place.key}")
        self.places[place.key] = place
        if "keyonly" not in flags:
            for text in (place.name, *place.aliases):
                self._index(place.key, text)
                for variant in _e_spellings(text) if _chinese(place) else ():
                    self._index(place.key, variant)

    def add_adjective(self, key: str, lemma: str) -> None:
        """Register an adjective lemma ("смоленский") of a place."""
        stem = fold_dashes(lemma)[:-2]
        self._adjectives.setdefault(stem, key)

    def add_demonym(self, key: str, lemma: str) -> None:
        """Register a noun for the people of a place ("вологжанин", "вологжане")."""
        self._demonyms.setdefault(fold_dashes(lemma), key)

    def add_alternative(self, name: str, first: str, other: str) -> None:
        """A name read as `first` unless the document names `other` (or a place in it)."""
        self._alternatives[fold_dashes(name)] = (first, other)

    def _index(self, key: str, text: str) -> None:
        words = words_of(text)
        abbreviation = len(words) == 1 and is_abbreviation(text)
        name = IndexedName(key, text, abbreviation, self._policies.get(fold_dashes(text), ""))
        forms = [self.forms(w.text) for w in words]
        for path in product(*forms):
            self._insert(path, name)

    def _insert(self, path: Sequence[str], name: IndexedName) -> None:
        node = self._root
        for lemma in path:
            node = node.children.setdefault(lemma, _Node())
        if node.name is None:
            node.name = name
        elif node.name.key != name.key:
            self.collisions.append((name.text, node.name.key, name.key))

    # lookups

    def get(self, key: str) -> Place | None:
        """The place with this key."""
        return self.places.get(key)

    def country(self, key: str) -> str | None:
        """Key of the country a place lies in (itself for a country)."""
        place = self.places.get(key)
        while place is not None and place.geo_kind != "country":
            place = self.places.get(place.within) if place.within else None
        return place.key if place else None

    def forms(self, word: str) -> frozenset[str]:
        """Lemma candidates of a word: its folded form and pymorphy3 normal forms (of the
        best parse and of the geographic (Geox) parses, if any). Abbreviations as written."""
        cached = self._forms.get(word)
        if cached is None:
            if len(self._forms) >= FORMS_CACHE_SIZE:
                self._forms.clear()
            cached = self._forms[word] = self._compute_forms(word)
        return cached

    def _compute_forms(self, word: str) -> frozenset[str]:
        folded = fold_dashes(word)
        if is_abbreviation(word):
            return frozenset({folded})
        parses = self.morph.parse(word)
        geographic = [p for p in parses if "Geox" in p.tag]
        chosen = [*parses[:1], *geographic] if geographic else parses[:MAX_FORMS]
        return with_region_nicknames(
            frozenset({folded, *(fold_dashes(p.normal_form) for p in chosen)}))

    def resolve(self, name: str, context: Collection[str] = ()) -> Place | None:
        """The place a name denotes, in any case form: "Смоленщины", "Поднебесной", "РТ".

        `context`: keys of the other places of the document; «Алтай» beside RU-ALT or a
        place in it (geo:Барнаул) is RU-ALT (see `geo/alternatives.tsv`).
        """
        words = words_of(name)
        if len(words) > 1 and self.forms(words[0].text) & DESIGNATORS:
            place = self._resolve_words(words) or self._resolve_words(words[1:])
        else:
            place = self._resolve_words(words)
        return self.prefer(place, name, context) if place else None

    def prefer(self, place: Place, name: str, context: Collection[str]) -> Place:
        """The other reading of an ambiguous name when the context names that place."""
        first, other = self._alternatives.get(self._base_name(name), ("", ""))
        if place.key != first or other == first or other not in self.places:
            return place
        if any(key == other or other in self.enclosing(key) for key in context):
            return self.places[other]
        return place

    def _base_name(self, name: str) -> str:
        """A name folded and in its lemma form when it is one word ("Алтая" -> "алтай")."""
        words = words_of(name)
        if len(words) != 1:
            return fold_dashes(name)
        known = [form for form in self.forms(words[0].text) if form in self._alternatives]
        return known[0] if known else fold_dashes(name)

    def enclosing(self, key: str) -> list[str]:
        """Keys of the places around a place, nearest first."""
        found: list[str] = []
        place = self.places.get(key)
        while place is not None and place.within and place.within not in found:
            found.append(place.within)
            place = self.places.get(place.within)
        return found

    def _resolve_words(self, words: list[Word]) -> Place | None:
        if not words:
            return None
        for stop, name in self._walk(words, 0, lambda _j: True):
            if stop == len(words) - 1 and written_as(name, words):
                person = stop == 0 and self._person_reading(words[0].text, name)
                return None if person else self.places[name.key]
        return None

    def _walk(self, words: list[Word], i: int,
              joined: Callable[[int], bool]) -> Iterator[tuple[int, IndexedName]]:
        """Names starting at word i, as (index of their last word, name), shortest first."""
        frontier = [self._root]
        for j in range(i, len(words)):
            if j > i and not joined(j):
                return
            forms = self.forms(words[j].text)
            frontier = [n.children[f] for n in frontier for f in forms if f in n.children]
            if not frontier:
                return
            for node in frontier:
                if node.name is not None:
                    yield j, node.name

    def find(self, text: str) -> list[PlaceMention]:
        """Every place name in a text, longest match first, non-overlapping, in order."""
        words = words_of(text)
        mentions: list[PlaceMention] = []
        i = 0
        while i < len(words):
            found = self._match_at(text, words, i)
            if found is None:
                i += 1
                continue
            stop, name = found
            start, end = words[i].start, words[stop].stop
            mentions.append(PlaceMention(start, end, text[start:end], self.places[name.key]))
            i = stop + 1
        context = {mention.place.key for mention in mentions}
        return [replace(m, place=self.prefer(m.place, m.text, context - {m.place.key}))
                for m in mentions]

    def _match_at(self, text: str, words: list[Word], i: int) -> tuple[int, IndexedName] | None:
        if not words[i].text[0].isupper():
            return None
        joined = joiner(text, words)
        matches = sorted(self._walk(words, i, joined), key=lambda m: -m[0])
        for stop, name in matches:
            if acceptable(text, words, i, stop, name) and self._plausible(
                text, words, i, stop, name
            ):
                return stop, name
        return None

    def _plausible(
        self, text: str, words: list[Word], i: int, stop: int, name: IndexedName
    ) -> bool:
        """Not part of a currency ("долларов США"), not a person's name read as a place
        ("Пушкина" is the surname, not a form of Пушкино)."""
        if i > 0 and self._after_stopword(text, words[i - 1], words[i]):
            return False
        if i == stop and self._pronoun_form(words[i].text, name):
            return False
        return i != stop or not self._person_reading(words[i].text, name)

    def _pronoun_form(self, word: str, name: IndexedName) -> bool:
        """A pronoun that shares its lemma with a place name but is not written as it
        («Ту», «Той», «Те» are forms of «тот», as is «Того», the country)."""
        if name.abbreviation or fold_dashes(word) == fold_dashes(name.text):
            return False
        grammemes = set(map(str, self.morph.parse(word)[0].tag.grammemes))
        return bool(PRONOUN_TAGS & grammemes)

    def _person_reading(self, word: str, name: IndexedName) -> bool:
        """Whether a one-word name is rather read as a person's name: pymorphy3's best
        parse is a first name, surname or patronymic, and the place name is ambiguous or
        not what that parse is a form of ("Пушкина" is Пушкин, not Пушкино)."""
        if name.abbreviation:
            return False
        top = self.morph.parse(word)[0]
        if not PERSON_TAGS & set(map(str, top.tag.grammemes)):
            return False
        return name.policy == "strict" or fold_dashes(top.normal_form) not in self.forms(name.text)

    def _after_stopword(self, text: str, previous: Word, word: Word) -> bool:
        gap = text[previous.stop:word.start]
        return gap in (" ", "\u00a0") and bool(self.forms(previous.text) & self._not_after)

    def adjective(self, word: str) -> tuple[Place, ...]:
        """Places an adjective refers to, in any form, compounds split:
        "белорусского" -> (BY,), "российско-китайского" -> (RU, CN), "петербургские" -> (RU-SPE,);
        a compound's first part may be a stem of its own (`data/geo/compound_parts.tsv`):
        "армяно-российский" -> (AM, RU).
        """
        folded = fold_dashes(word.strip())
        whole = self._adjective_key(folded)
        parts = folded.split("-")
        keys = [whole] if whole else [
            self._adjective_key(part) or (
                self._compound_parts.get(part) if position < len(parts) - 1 else None)
            for position, part in enumerate(parts)]
        unique = dict.fromkeys(self._twins.get(k, k) for k in keys if k)
        return tuple(self.places[k] for k in unique if k in self.places)

    def for_page(self, named: Collection[str]) -> Gazetteer:
        """This gazetteer for a page that names the places `named`: an adjective of a
        city means the region around it when the page names the region and not the city
        (`data/geo/adjective_twins.tsv`); an adjective several countries share means the
        one of them the page names (`data/geo/shared_adjectives.tsv`). The same object
        when nothing changes; else a shallow copy that shares the indexes."""
        twins = {city: region for city, region in _adjective_twins()
                 if region in named and city not in named}
        # an adjective that several places share («корейский») means the one the page names
        shared = {stem: mine[0] for stem, keys in self._shared.items()
                  if len(mine := [key for key in keys if key in named]) == 1}
        if twins == self._twins and shared == self._page_adjectives:
            return self
        page = copy.copy(self)
        page._twins = twins
        page._page_adjectives = shared
        return page

    def demonym(self, word: str) -> Place | None:
        """The place a noun for its people refers to: "вологжан" -> RU-VLG, "китайцы" -> CN."""
        if not word:
            return None
        key = next((self._demonyms[f] for f in sorted(self.forms(word)) if f in self._demonyms),
                   None)
        return self.places.get(key) if key else None

    def _adjective_key(self, word: str) -> str | None:
        for cut in range(max(1, len(word) - 3), len(word)):
            if word[cut:] not in ADJECTIVE_ENDINGS:
                continue
            key = self._adjectives.get(word[:cut]) or self._page_adjectives.get(word[:cut])
            if key is not None:
                return key
        return None


def _chinese(place: Place) -> bool:
    """A place of China, whose names pages spell with «е» for «э» as often as not
    («Хейлунцзян», «Шеньян», «Хенань»)."""
    return place.key.startswith("CN") or (place.within or "").startswith("CN")


def _e_spellings(text: str) -> list[str]:
    """The spellings of a name with «е» for some or all of its «э» (at most three), the
    name itself left out: «Хэйхэ» -> «Хейхэ», «Хэйхе», «Хейхе»."""
    parts = text.split("э")
    if not 1 < len(parts) <= 4:
        return []
    spellings = ("".join(p + (c or "") for p, c in zip(parts, (*choice, None), strict=True))
                 for choice in product("эе", repeat=len(parts) - 1))
    return [variant for variant in spellings if variant != text]


def with_region_nicknames(forms: frozenset[str]) -> frozenset[str]:
    """A region's nickname in «-щина» («Брянщине», «Курщине»), which the dictionary's
    guess for an unknown word puts back as «-щиня»: the «-щина» lemma too."""
    return forms | {form[:-1] + "а" for form in forms if form.endswith("щиня")}


@lru_cache(maxsize=1)
def _adjective_twins() -> tuple[tuple[str, str], ...]:
    return tuple((row[0], row[1]) for row in data_rows(ADJECTIVE_TWINS_FILE))
