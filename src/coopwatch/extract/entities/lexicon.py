"""Word lists of the entity stage, read once from the data files.

Legal forms, organization-kind words, product words, common-noun abbreviations,
currency words and the NER types to correct live in `coopwatch/data/entities/`; this
module only loads them.
"""

from __future__ import annotations

from functools import lru_cache

from coopwatch.lexicon.datafiles import data_rows
from coopwatch.lexicon.folding import fold


def _words(name: str) -> frozenset[str]:
    return frozenset(row[0] for row in data_rows(name))


@lru_cache(maxsize=1)
def legal_forms() -> frozenset[str]:
    """Legal-form abbreviations as written: ОАО, ООО, LLC..."""
    return _words("entities/org_legal_forms.txt")


@lru_cache(maxsize=1)
def media_signs() -> frozenset[str]:
    """Short signs news media go by between quotes, as written: Ъ."""
    return _words("entities/quoted_media_signs.txt")


@lru_cache(maxsize=1)
def capitals() -> dict[str, str]:
    """The key of each region's or country's capital city: RU-TA -> geo:Казань."""
    return {row[0]: row[1] for row in data_rows("geo/capitals.tsv")}


@lru_cache(maxsize=1)
def place_kinds() -> frozenset[str]:
    """Lemmas of lower-case kinds of place: провинция, область (folded)."""
    return frozenset(fold(word) for word in _words("entities/place_kind_words.txt"))


@lru_cache(maxsize=1)
def place_name_kinds() -> frozenset[str]:
    """Lemmas of lower-case kinds of place a place's name follows: река, порт (folded)."""
    return frozenset(fold(word) for word in _words("entities/place_name_kinds.txt"))


@lru_cache(maxsize=1)
def org_kinds() -> frozenset[str]:
    """Lemmas naming a kind of organization: компания, завод, ОЭЗ (folded)."""
    return frozenset(fold(word) for word in _words("entities/org_kind_words.txt"))


@lru_cache(maxsize=1)
def maker_words() -> frozenset[str]:
    """Lemmas of nouns for an organization by what it makes or handles: производитель,
    поставщик (folded)."""
    return frozenset(fold(word) for word in _words("entities/maker_words.txt"))


@lru_cache(maxsize=1)
def mission_words() -> frozenset[str]:
    """Lemmas of the head nouns of a mission abroad: посольство, генконсульство (folded)."""
    return frozenset(fold(word) for word in _words("entities/mission_words.txt"))


@lru_cache(maxsize=1)
def product_words() -> frozenset[str]:
    """Lemmas of product words: трактор, автобус, препарат (folded)."""
    return frozenset(fold(word) for word in _words("entities/product_words.txt"))


@lru_cache(maxsize=1)
def event_words() -> frozenset[str]:
    """Lemmas of product words for events and schemes, whose quoted names the gold may
    list as bodies: выставка, форум, проект (folded)."""
    return frozenset(fold(word) for word in _words("entities/product_event_words.txt"))


@lru_cache(maxsize=1)
def stop_acronyms() -> frozenset[str]:
    """All-capital abbreviations that name no organization: ВВП, НДС, СМИ."""
    return _words("entities/stop_acronyms.txt")


@lru_cache(maxsize=1)
def retyped() -> dict[tuple[str, ...], str]:
    """Lemma sequences of names whose NER type is wrong, with the right type."""
    return {tuple(fold(row[0]).split()): row[1] for row in data_rows("entities/retype.tsv")}


def is_org_kind(lemma: str) -> bool:
    """A kind-of-organization lemma, or a compound ending in one (льнокомбинат)."""
    word = fold(lemma)
    return word in org_kinds() or any(
        len(kind) >= 5 and word.endswith(kind) for kind in org_kinds()
    )


@lru_cache(maxsize=1)
def designators() -> frozenset[str]:
    """Nouns that designate the kind of a quoted name: зона, парк, курорт (folded)."""
    return frozenset(fold(word) for word in _words("entities/org_designators.txt"))


def is_designator(lemma: str) -> bool:
    """A kind-of-organization lemma or a designator: a quoted name after it is a name."""
    return is_org_kind(lemma) or fold(lemma) in designators()


@lru_cache(maxsize=1)
def generic_tails() -> frozenset[str]:
    """Words after a company's short name in its full name: Group, Holding (folded)."""
    return frozenset(fold(word) for word in _words("entities/org_generic_tails.txt"))


@lru_cache(maxsize=1)
def company_kind_tails() -> frozenset[str]:
    """Lemmas of company-kind nouns after a short name: холдинг, банк, лизинг."""
    return _words("entities/company_kind_tails.txt")


@lru_cache(maxsize=1)
def compound_parts() -> tuple[str, ...]:
    """Parts of compound organization words, longest first: машзавод -> маш + завод."""
    return tuple(sorted(_words("entities/org_compound_parts.txt"), key=len, reverse=True))


@lru_cache(maxsize=1)
def person_titles() -> frozenset[str]:
    """Single-word titles (lemmas) that are not part of a person's name."""
    own = {fold(word) for word in _words("entities/person_titles.txt")}
    shared = {fold(row[0]) for row in data_rows("positions/titles.tsv") if " " not in row[0]}
    return frozenset(own | shared)


@lru_cache(maxsize=1)
def address_words() -> frozenset[str]:
    """Words of address before a name (lemmas): г-н, госпожа, мистер."""
    return frozenset(fold(word) for word in _words("entities/address_words.txt"))


EAST_ASIAN_COUNTRIES = frozenset({"CN", "VN"})  # whose family names the lexicon below lists


@lru_cache(maxsize=1)
def east_asian_family_names() -> frozenset[str]:
    """Chinese and Vietnamese family names as Russian news spell them: Ли, Нгуен."""
    return frozenset(row[0] for row in data_rows("entities/east_asian_surnames.txt"))


@lru_cache(maxsize=1)
def assembly_stems() -> tuple[str, ...]:
    """Stems of parliaments' proper names written before a member's name: мажлис."""
    return tuple(sorted(_words("entities/assembly_words.txt")))


@lru_cache(maxsize=1)
def surname_endings() -> dict[tuple[str, str], tuple[tuple[str, str], ...]]:
    """(case, gender) -> (oblique ending, nominative ending) pairs, longest first."""
    table: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for row in data_rows("entities/surname_endings.tsv"):
        row += [""] * (4 - len(row))
        table.setdefault((row[0], row[1]), []).append((row[2], row[3]))
    return {key: tuple(sorted(pairs, key=lambda pair: -len(pair[0])))
            for key, pairs in table.items()}


@lru_cache(maxsize=1)
def place_adjective_heads() -> frozenset[str]:
    """Lemmas of nouns a town's or region's adjective stands before for the place:
    делегация, губернатор (folded)."""
    return frozenset(fold(word) for word in _words("entities/place_adjective_heads.txt"))


@lru_cache(maxsize=1)
def government_words() -> frozenset[str]:
    """Head lemmas of regional government bodies: облисполком, правительство (folded)."""
    return frozenset(fold(word) for word in _words("entities/org_government_words.txt"))


@lru_cache(maxsize=1)
def generic_org_words() -> frozenset[str]:
    """Lemmas of generic organization words: компания, предприятие (folded)."""
    return frozenset(fold(word) for word in _words("entities/org_generic_words.txt"))


@lru_cache(maxsize=1)
def name_particles() -> frozenset[str]:
    """Lower-case particles inside people's names: аль, ибн, фон, ван (folded)."""
    return frozenset(fold(word) for word in _words("entities/name_particles.txt"))


@lru_cache(maxsize=1)
def event_name_words() -> frozenset[str]:
    """Nouns for a fair or forum that a capitalized adjective makes a name of (folded)."""
    return frozenset(fold(word) for word in _words("entities/event_name_words.txt"))


@lru_cache(maxsize=1)
def generic_event_adjectives() -> frozenset[str]:
    """Adjectives that open a fair's description rather than its name (folded)."""
    return frozenset(fold(word) for word in _words("entities/generic_event_adjectives.txt"))

