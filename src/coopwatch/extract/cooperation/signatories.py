"""Organizations that the text says sign with each other or with a region.

The place rules pair regions and countries; an agreement between two companies, or
between a company and a region, needs its sides read from the sentence:

- «соглашение между A и B», «меморандум о сотрудничестве между A и B, C и D»: the
  list after «между» that follows an agreement word, two by two;
- «A и B подписали соглашение»: the subjects of a verb of signing;
- «A подписала соглашение с B», «A заключил контракт с компанией B», «A подписал
  меморандум о сотрудничестве с B»: the subject and the «с» phrase of the verb, of its
  object or of the object's «о …» topic.

A person signs for what their title is of («губернатор … подписал соглашение с
компанией B» is the region's); a ministry or another executive body for the one
region or country its name holds («меморандум между «Татнефтью» и министерством
промышленности Турции» pairs the company with Turkey).

A region's government body («с правительством Тульской области») stands for its
region. Only pairs with an organization on one side come from here; pairs of places
are the place rules' (`parties.pairs`); the executive bodies that sign for a place are
listed in `cooperation/not_signatories.txt`, and blocs are no side.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import lru_cache

from coopwatch.extract.cooperation.parties import ordered
from coopwatch.extract.entities.lexicon import government_words
from coopwatch.extract.events.stage import blocs
from coopwatch.lexicon.datafiles import data_rows
from coopwatch.lexicon.folding import fold
from coopwatch.records import Document, Token
from coopwatch.text.mentions import EntityMention, entity_mentions
from coopwatch.text.passages import Passage
from coopwatch.text.token_tree import TokenTree
from coopwatch.tools import Toolkit

# what may stand between the sides in a list after «между»: joints, brackets, and the
# lower-case words around a name («вьетнамской TH Group», «компанией «Радиан»»)
JOINTS = frozenset({"и", ","})
BRACKETS = frozenset({"(", ")", "«", "»", "\"", "“", "”", "„"})
LIST_POS = frozenset({"ADJ", "NOUN", "PROPN", "X"})


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    """Lemmas by kind: `agreement` (the thing signed), `sign` (verbs of signing),
    `document` (a paper signed)."""
    kinds: dict[str, set[str]] = {}
    for row in data_rows("cooperation/signing_words.tsv"):
        kinds.setdefault(row[1], set()).add(row[0])
    return {kind: frozenset(lemmas) for kind, lemmas in kinds.items()}


def signed_pairs(doc: Document, passage: Passage, tools: Toolkit) -> Iterator[tuple[str, str]]:
    """The pairs with an organization on one side that the passage says sign with each
    other (or cooperate, after «сотрудничество между»)."""
    items = entity_mentions(doc, passage.start, passage.stop)
    if not any(item.entity.type == "ORG" for item in items):
        return
    held = _held(doc)
    found = [*_between(passage.tokens, items), *_of_agreement(passage.tokens, items),
             *_signers(passage.tokens, items)]
    for first, second in found:
        one, other = (_signs_for(side, passage.tokens, held, tools) for side in (first, second))
        if one and other and one != other and "org:" in (one[:4], other[:4]):
            yield ordered(one, other)


def _signs_for(side: EntityMention, tokens: Sequence[Token], held: dict[str, str],
               tools: Toolkit) -> str:
    """The key a side signs for: a person's title's, a body's place («министерство
    промышленности Турции» signs for Turkey), else its own; "" for none."""
    if side.entity.type == "PER":
        return held.get(side.key, "")
    if not for_a_place(side, tokens):
        return side.key
    places = [mention.place.key for mention in tools.gazetteer.find(side.entity.name)
              if mention.place.geo_kind in ("region", "country")]
    return places[0] if len(set(places)) == 1 else ""


def _held(doc: Document) -> dict[str, str]:
    """What a person signs for: the region, country or organization of their title
    («губернатор Калужской области … подписал меморандум с компанией SINOMA»)."""
    held: dict[str, str] = {}
    for position in doc.positions:
        if position.of:
            held.setdefault(position.person, position.of)
    return held


@lru_cache(maxsize=1)
def _not_sides() -> tuple[frozenset[str], ...]:
    return tuple(frozenset(fold(word) for word in row[0].split())
                 for row in data_rows("cooperation/not_signatories.txt"))


def for_a_place(item: EntityMention, tokens: Sequence[Token]) -> bool:
    """An executive body of a region or country («Витебский областной исполнительный
    комитет», «МИД Белоруссии»), or a bloc: it signs for its place, or is no side. The
    one-word bodies and the blocs are the lists the entities and events stages keep
    (`government_words`, `blocs`); the phrases beyond them are `not_signatories.txt`."""
    if item.entity.type != "ORG":
        return False
    lemmas = {fold(token.lemma) for token in tokens if item.start <= token.start < item.stop}
    lemmas |= {fold(word) for word in item.entity.name.split()}
    return bool(lemmas & (government_words() | blocs())) or any(
        line <= lemmas for line in _not_sides())


def names_a_body(name: str) -> bool:
    """Whether an organization's name is that of an executive body of a place
    («Народный комитет Хайфона», «Министерство промышленности Турции»), not a bloc."""
    words = {fold(word) for word in name.lower().split()}
    return not words & blocs() and (bool(words & government_words()) or any(
        line <= words for line in _not_sides()))


def _item_at(items: Sequence[EntityMention], token: Token) -> EntityMention | None:
    return next((item for item in items if item.start <= token.start < item.stop), None)


def _between(tokens: Sequence[Token], items: Sequence[EntityMention]
             ) -> Iterator[tuple[EntityMention, EntityMention]]:
    agreements = _words()["agreement"]
    for at, token in enumerate(tokens):
        if token.text.lower() != "между" or not any(
                other.lemma in agreements for other in tokens[max(0, at - 8):at]):
            continue
        listed, joints = _listed(tokens[at + 1:], items)
        yield from _two_by_two(listed, joints)


def _of_agreement(tokens: Sequence[Token], items: Sequence[EntityMention]
                  ) -> Iterator[tuple[EntityMention, EntityMention]]:
    """«соглашение ВЭБ.РФ и ПАО «РусГидро» о …»: two names joined by «и» right after
    a word of a paper signed (`document`), in the genitive, are its sides as after
    «между»."""
    documents = _words()["document"]
    for at, token in enumerate(tokens[:-1]):
        if token.lemma not in documents:
            continue
        rest = list(tokens[at + 1:])
        while rest and _item_at(items, rest[0]) is None and (
                rest[0].text in BRACKETS or (rest[0].text.isupper() and len(rest[0].text) <= 4)):
            rest.pop(0)  # a quote, a legal form: «ПАО «X»»
        first = _item_at(items, rest[0]) if rest else None
        if first is None or rest[0].feat("Case") not in (None, "Gen"):
            continue
        listed, joints = _listed(rest, items)
        if len(listed) == 2:
            yield from _two_by_two(listed, joints)


def _listed(tokens: Sequence[Token], items: Sequence[EntityMention]
            ) -> tuple[list[EntityMention], list[str]]:
    """The names listed from the start of `tokens`, and the joint before each after the
    first («и» or «,»); the list ends at the first word that cannot be in it."""
    listed: list[EntityMention] = []
    joints: list[str] = []
    joint = ""
    depth = 0
    for token in tokens:
        item = _item_at(items, token)
        word = token.text.lower()
        if word in ("(", ")"):
            depth += 1 if word == "(" else -1
            continue
        if depth > 0 or word in BRACKETS:
            continue  # «(РФПИ)», «(Харбин)»: what a name is called or where it is
        if item is not None:
            if not listed or listed[-1].key != item.key:
                if listed and not joint:
                    break
                if listed:
                    joints.append(joint)
                listed.append(item)
                joint = ""
            continue
        if word in JOINTS:
            if joint:
                break
            joint = word
            continue
        if token.pos in LIST_POS and not token.text[:1].isupper():
            continue
        if token.text.isupper() and len(token.text) <= 4:  # a legal form: ОАО, ЗАО
            continue
        break
    return listed, joints


def _two_by_two(listed: list[EntityMention], joints: list[str]
                ) -> Iterator[tuple[EntityMention, EntityMention]]:
    """«A и B» is one pair; «A и B, C и D» two; any other list is left alone."""
    if len(listed) < 2 or len(listed) % 2:
        return
    expected = ["и" if index % 2 == 0 else "," for index in range(len(joints))]
    if joints != expected:
        return
    for index in range(0, len(listed), 2):
        yield listed[index], listed[index + 1]


def _signers(tokens: Sequence[Token], items: Sequence[EntityMention]
             ) -> Iterator[tuple[EntityMention, EntityMention]]:
    verbs = _words()["sign"]
    tree = TokenTree(tokens)
    for verb in tokens:
        if verb.lemma not in verbs or verb.pos != "VERB":
            continue
        below = tree.children(verb)
        subjects = [side for token in below if token.rel == "nsubj"
                    for side in _sides(token, tree, items)]
        partners = [side for token in below for side in _with_phrase(token, tree, items)]
        for token in below:
            if token.rel == "obj":
                partners += [side for child in _topic_of(token, tree)
                             for side in _with_phrase(child, tree, items)]
        if len(subjects) == 2 and not partners:
            yield subjects[0], subjects[1]
        elif len(subjects) == 1 and len(partners) == 1:
            yield subjects[0], partners[0]


def _topic_of(thing: Token, tree: TokenTree) -> list[Token]:
    """The words under what is signed where a «с X» phrase may hang: its own, and those
    of its «о …» topic («подписал меморандум о сотрудничестве с компанией X»)."""
    below = tree.children(thing)
    topics = [child for child in below if child.rel == "nmod" and any(
        grand.rel == "case" and grand.text.lower() in ("о", "об") for grand in
        tree.children(child))]
    return [*below, *(grand for topic in topics for grand in tree.children(topic))]


def _with_phrase(token: Token, tree: TokenTree,
                 items: Sequence[EntityMention]) -> list[EntityMention]:
    """The sides of a «с X» phrase headed by this token, if it is one."""
    if token.rel not in ("obl", "nmod") or not any(
            child.rel == "case" and child.text.lower() in ("с", "со")
            for child in tree.children(token)):
        return []
    return _sides(token, tree, items)


def _sides(token: Token, tree: TokenTree,
           items: Sequence[EntityMention]) -> list[EntityMention]:
    """The named sides a noun phrase stands for: its own name and the names joined to
    it by «и»; a kind word («компанией», «правительством») stands for the name it
    governs."""
    found = []
    for head in [token, *(child for child in tree.children(token)
                          if child.rel == "conj")]:
        item = _item_at(items, head) or _governed_name(head, tree, items)
        if item is not None and item not in found:
            found.append(item)
    return found


def _governed_name(token: Token, tree: TokenTree,
                   items: Sequence[EntityMention]) -> EntityMention | None:
    """«компанией UzAuto», «Компания «Техмаш»», «с правительством Тульской области»: the
    name under a kind word that is no name itself."""
    for child in tree.children(token):
        if child.rel in ("nmod", "appos", "flat", "flat:name", "nummod"):
            item = _item_at(items, child)
            if item is not None:
                return item
    return None
