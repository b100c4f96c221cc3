"""Event triggers and status cues (`data/events/triggers.tsv`) found in a passage.

A multiword trigger may have adjectives between its words: «запуск
российско-китайского производства» matches «запуск производство»; a two-word trigger
also matches its words linked in the syntax tree, however far apart: «открыла в
Тульской области завод» matches «открыть завод».
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from coopwatch.lexicon.datafiles import data_rows
from coopwatch.lexicon.folding import fold
from coopwatch.lexicon.phrases import LemmaLexicon, PhraseMatch
from coopwatch.records import EVENT_STATUSES, EVENT_TYPES, Status, Token, one_of
from coopwatch.text.passages import Passage
from coopwatch.text.token_tree import TokenTree

WEAK = "weak"
# a verb's noun that may stand before it: «Завод построят», «Выпуск будет налажен»
FRONTED_RELS = frozenset({"obj", "nsubj:pass"})
RECALL = "recall"
NAMED = "named"
RECEIVED = "received"
AGREED = "agreed"
PLACE_NAME_NOUNS = frozenset({"область", "край", "республика", "округ", "провинция",
                              "город", "регион"})
SKIPPABLE_POS = frozenset({"ADJ", "DET"})
# nouns that count what follows them in the genitive: «ряд предприятий», «серия встреч»
QUANTITY_NOUNS = frozenset({"ряд", "серия", "несколько", "пара", "десяток", "множество"})


@dataclass(frozen=True)
class Trigger:
    """An event trigger at token indices [first, last) of a passage."""

    first: int
    last: int
    type: str  # an event type; the flows stage asks status() with its own "flow"
    weak: bool
    beside: bool = False  # named beside another event: kept, but silences no weak trigger
    reached: bool = False  # a word of agreeing that tells the agreement reached (`_agreements_reached`)


@dataclass(frozen=True)
class Cue:
    """A status cue at token indices [first, last) of a passage."""

    first: int
    last: int
    status: Status


@lru_cache(maxsize=1)
def trigger_lexicon() -> LemmaLexicon:
    rows = [row for row in data_rows("events/triggers.tsv") if row[0] == "trigger"]
    bad = {row[1] for row in rows} - set(EVENT_TYPES)
    if bad:
        raise ValueError(f"events/triggers.tsv: unknown event types {sorted(bad)}")
    return LemmaLexicon.from_pairs([(row[2], _label(row)) for row in rows])


@lru_cache(maxsize=1)
def cue_lexicon() -> LemmaLexicon:
    rows = [row for row in data_rows("events/triggers.tsv") if row[0] == "status"]
    bad = {row[1] for row in rows} - set(EVENT_STATUSES)
    if bad:
        raise ValueError(f"events/triggers.tsv: unknown statuses {sorted(bad)}")
    return LemmaLexicon.from_pairs([(row[2], row[1]) for row in rows])


@lru_cache(maxsize=1)
def recall_lexicon() -> LemmaLexicon:
    rows = [row for row in data_rows("events/triggers.tsv") if row[0] == RECALL]
    return LemmaLexicon.from_pairs([(row[2], RECALL) for row in rows])


def _label(row: list[str]) -> str:
    return f"{row[1]} {WEAK}" if len(row) > 3 and row[3] == WEAK else row[1]


@lru_cache(maxsize=1)
def named_nouns() -> dict[str, tuple[str, frozenset[str]]]:
    """Nouns that name an event with a place's name after them: lemma -> (event type,
    the only word forms that do, or none for every form)."""
    rows = [row for row in data_rows("events/triggers.tsv") if row[0] == NAMED]
    bad = {row[1] for row in rows} - set(EVENT_TYPES)
    if bad:
        raise ValueError(f"events/triggers.tsv: unknown event types {sorted(bad)}")
    return {fold(row[2]): (row[1], frozenset(row[3].split("|")) if len(row) > 3 else frozenset())
            for row in rows}


@lru_cache(maxsize=1)
def receiving_verbs() -> dict[str, tuple[str, frozenset[str]]]:
    """Verbs that name an event when their object is one of some nouns: verb lemma ->
    (event type, the nouns)."""
    rows = [row for row in data_rows("events/triggers.tsv") if row[0] == RECEIVED]
    bad = {row[1] for row in rows} - set(EVENT_TYPES)
    if bad:
        raise ValueError(f"events/triggers.tsv: unknown event types {sorted(bad)}")
    return {fold(row[2]): (row[1], frozenset(fold(word) for word in row[3].split("|")))
            for row in rows}


def triggers(passage: Passage) -> list[Trigger]:
    """The passage's triggers; weak ones only when no other event type is named, or
    when they name talks with a partner (`_with_partner`). Talks with a partner and a
    reception (`_receptions`) are told beside the visit or forum they belong to: they
    silence no weak trigger («принял делегацию» is talks with the host and a visit)."""
    found = [_joint(passage, _trigger(match))
             for match in _matches(trigger_lexicon(), passage)]
    found = [replace(item, beside=True) if _with_partner(passage, item) else item
             for item in found]
    taken = {index for item in found for index in range(item.first, item.last)}
    found += [item for item in (*_named_events(passage), *_receptions(passage),
                                *_agreements_reached(passage))
              if item.first not in taken]
    found.sort(key=lambda item: item.first)
    strong = {item.type for item in found if not item.weak and not item.beside}
    return [item for item in found
            if not item.weak or item.beside or not strong - {item.type}]


JOINT_WORDS = frozenset({"совместный", "совместно"})
JOINED_TYPES = frozenset({"localization"})


def _joint(passage: Passage, trigger: Trigger) -> Trigger:
    """Plants or enterprises to be set up jointly, in the plural, are a joint project of
    the sides: «о создании совместных нижегородско-индийских предприятий» matches
    «создание предприятие» over the adjectives, «совместных» among them. (One joint
    enterprise of two named firms stays the localization it was: made a joint project,
    it paired each region with the other side's firm in tests/gold/own.json.)"""
    tokens = passage.tokens
    if trigger.type in JOINED_TYPES and tokens[trigger.last - 1].feat("Number") == "Plur" and any(
            fold(passage.lemmas[index]) in JOINT_WORDS
            for index in range(trigger.first, trigger.last)):
        return replace(trigger, type="joint_project")
    return trigger


PARTNER_CASES = frozenset({"с", "со"})


def _with_partner(passage: Passage, trigger: Trigger) -> bool:
    """A weak talk verb with a partner in «с»: «они обсуждали с губернатором
    сотрудничество», «побеседовал с послом» are talks, even beside a visit; so is one whose
    subject names both sides (`_paired_subjects`). The partner is a name or a living
    being: «обсуждали с учётом пожеланий», «обсудили с интересом» have none."""
    verb = passage.tokens[trigger.first]
    if not trigger.weak or trigger.type != "meeting" or verb.pos != "VERB":
        return False
    tree = TokenTree(passage.tokens)
    return _paired_subjects(tree, verb) or any(
        _a_partner(child) and any(fold(case.lemma or "") in PARTNER_CASES
                                  for case in tree.children(child, {"case"}))
        for child in tree.children(verb, {"obl"}))


def _paired_subjects(tree: TokenTree, verb: Token) -> bool:
    """«Вопросы проекта обсудили губернатор и генеральный директор компании»: the verb's
    subject is two names or living beings joined by «и», the two sides of the talks."""
    return any(_a_partner(subject)
               and any(_a_partner(other) for other in tree.children(subject, {"conj"}))
               for subject in tree.children(verb, {"nsubj"}))


def _a_partner(token: Token) -> bool:
    """A name or a noun of living beings («с губернатором», «с представителями»); «учёт»
    of «с учётом» and «интерес» of «с интересом» are neither."""
    return token.pos == "PROPN" or token.feat("Animacy") == "Anim"


def _receptions(passage: Passage) -> list[Trigger]:
    """«Президент Армении принял губернатора»: a verb of `received` rows whose object is
    one of its nouns."""
    verbs = receiving_verbs()
    tree = TokenTree(passage.tokens)
    found = []
    for index, token in enumerate(passage.tokens):
        entry = verbs.get(fold(token.lemma or ""))
        if entry is not None and token.pos == "VERB" and (any(
                fold(child.lemma or "") in entry[1] for child in tree.children(token, {"obj"}))
                or _received_after(passage.tokens, index, entry[1])):
            found.append(Trigger(index, index + 1, entry[0], False, beside=True))
    return found


RECEIVED_REACH = 8  # words between a verb of receiving and its object the parser lost


def _received_after(tokens: Sequence[Token], index: int, nouns: frozenset[str]) -> bool:
    """The object of a verb of receiving past a place the parser hung it on: «принял
    сегодня в здании областного правительства посла Китая». One of the nouns comes
    after the verb, in the accusative (or the genitive an animate accusative looks
    like), before any other verb or accusative noun («принял участие» is no reception)."""
    for token in tokens[index + 1:index + 1 + RECEIVED_REACH]:
        if token.pos in {"VERB", "AUX"} or token.text in {".", ";", "!", "?"}:
            return False
        if token.pos not in {"NOUN", "PROPN"}:
            continue
        if fold(token.lemma or "") in nouns and token.feat("Case") in {"Acc", "Gen"}:
            return True
        if token.feat("Case") == "Acc":
            return False
    return False


@lru_cache(maxsize=1)
def agreeing_words() -> dict[str, tuple[str, frozenset[str]]]:
    """Words of agreeing that name an event when one of some words hangs below them:
    lemma -> (event type, the words)."""
    rows = [row for row in data_rows("events/triggers.tsv") if row[0] == AGREED]
    bad = {row[1] for row in rows} - set(EVENT_TYPES)
    if bad:
        raise ValueError(f"events/triggers.tsv: unknown event types {sorted(bad)}")
    return {fold(row[2]): (row[1], frozenset(fold(word) for word in row[3].split("|")))
            for row in rows}


AGREED_DEPTH = 2  # steps down from the word of agreeing to the word of cooperation


def _agreements_reached(passage: Passage) -> list[Trigger]:
    """«Стороны договорились о сотрудничестве», «достигнуты договорённости о развитии
    взаимодействия»: a word of `agreed` rows with one of its words below it, at most
    `AGREED_DEPTH` steps down."""
    words = agreeing_words()
    tree = TokenTree(passage.tokens)
    found = []
    for index, token in enumerate(passage.tokens):
        entry = words.get(fold(token.lemma or ""))
        if entry is None:
            continue
        for other in passage.tokens:
            if fold(other.lemma or "") in entry[1] and _steps_up(tree, other, index):
                found.append(Trigger(index, index + 1, entry[0], False, reached=True))
                break
    return found


def _steps_up(tree: TokenTree, token: Token, head: int) -> bool:
    """Whether the token hangs below the one at `head`, at most `AGREED_DEPTH` steps,
    through nouns only: «договорились о развитии сотрудничества», not «договорились
    развивать сотрудничество» (a plan)."""
    current = token
    for _ in range(AGREED_DEPTH):
        up = tree.head_position(current)
        if up is None:
            return False
        if up == head:
            return True
        current = tree.tokens[up]
        if current.pos != "NOUN":  # «договорились развивать сотрудничество»: a plan
            return False
    return False


def _named_events(passage: Passage) -> list[Trigger]:
    """«Дни Актюбинской области», «Презентация Иркутской области»: a noun of `named`
    rows with a proper name or a region's kind word in the genitive after it."""
    nouns = named_nouns()
    tokens = passage.tokens
    tree = TokenTree(tokens)
    found = []
    for index, token in enumerate(tokens):
        entry = nouns.get(fold(token.lemma or ""))
        if entry is None or (entry[1] and token.text.lower() not in entry[1]):
            continue
        if any(index < position and (tokens[position].pos == "PROPN"
                                     or fold(tokens[position].lemma or "") in PLACE_NAME_NOUNS)
               and not tree.children_at(position, {"case"})
               for position in tree.children_at(index, {"nmod"})):
            found.append(Trigger(index, index + 1, entry[0], False))
    return found


def cues(passage: Passage) -> list[Cue]:
    """The passage's status cues."""
    return [Cue(m.first, m.last, one_of(m.label, EVENT_STATUSES))
            for m in _matches(cue_lexicon(), passage)]


def retrospective_cues(passage: Passage) -> list[PhraseMatch]:
    """Words that recall an earlier event rather than report news: «напомним», «ранее»."""
    return recall_lexicon().matches(passage.lemmas)


def _trigger(match: PhraseMatch) -> Trigger:
    type_, _, weak = match.label.partition(" ")
    return Trigger(match.first, match.last, type_, weak == WEAK)


def _matches(lexicon: LemmaLexicon, passage: Passage) -> list[PhraseMatch]:
    """Matches on all tokens, then multiword matches with adjectives skipped."""
    direct = lexicon.matches(passage.lemmas)
    taken = {index for match in direct for index in range(match.first, match.last)}
    kept = [i for i, token in enumerate(passage.tokens) if token.pos not in SKIPPABLE_POS]
    spread = []
    for match in lexicon.matches([passage.lemmas[i] for i in kept]):
        first, last = kept[match.first], kept[match.last - 1] + 1
        if match.last - match.first > 1 and not taken & set(range(first, last)):
            spread.append(PhraseMatch(first, last, match.label, match.phrase))
    found = [*direct, *spread]
    found += _linked_pairs(lexicon, passage, {i for m in found for i in range(m.first, m.last)})
    return sorted(found, key=lambda match: match.first)


def _linked_pairs(lexicon: LemmaLexicon, passage: Passage, taken: set[int]) -> list[PhraseMatch]:
    """Two-word phrases whose words are head and dependent, reported at the first word;
    a verb's object or passive subject may come before it («Завод построят в Туле»,
    «Выпуск тракторов будет налажен»): the phrase of the verb and its noun matches in
    either order."""
    tokens = passage.tokens
    tree = TokenTree(tokens)
    found = []
    for index, token in enumerate(tokens):
        head = tree.head_at(index)
        if head is not None and fold(passage.lemmas[head]) in QUANTITY_NOUNS:
            # «открыть ряд предприятий»: the noun a quantity counts stands for it
            head = tree.head_at(head) if token.feat("Case") == "Gen" else None
        if head is None or index in taken or head in taken:
            continue
        first, second = sorted((index, head))
        phrase = (fold(passage.lemmas[first]), fold(passage.lemmas[second]))
        label = lexicon.entries.get(phrase)
        if label is None and index < head and token.rel in FRONTED_RELS:
            label = lexicon.entries.get((phrase[1], phrase[0]))
        if label is not None:
            found.append(PhraseMatch(first, first + 1, label, phrase))
            taken |= {first, second}
    return found
