"""The position link rules of `positions/links.py` as yargy grammars, run on our tokens.

A measured alternative, kept with its benchmark (`rules_as_grammars.py`): it gives the same
holder as `links.linked_holder` on every call but is slower (see bench/README.md,
"Rules as grammars"). Each window of a passage's tokens becomes yargy tokens whose value
is a `Word` (our token and the person mention that ends at it); the grammars read only
those, and the code around them picks the rule and resolves «он» to its antecedent.

  ON_POST         PERSON [gap] на пост/в должности title      «Петров назначен на пост мэра»
  SUBJECT_LINK    PERSON [gap] назначен/стал [adj] title-Ins  «Петров назначен министром»
  OBJECT_LINK     назначил PERSON title-Ins                   «назначил Петрова послом»
  HOLDER_AFTER    title-Ins [of-phrase] избран [gap] PERSON   «мэром города избран Петров»
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cached_property

from yargy import and_, not_, or_, rule
from yargy.predicates import custom

from coopwatch.extract.positions.links import (
    BETWEEN_VERB_AND_TITLE,
    NOT_A_HOLDER_CASES,
    PRONOUNS,
    antecedent,
    link_verbs,
    object_verbs,
    post_words,
    seeker_words,
)
from coopwatch.extract.positions.titles import TitleMatch
from coopwatch.lexicon.folding import fold
from coopwatch.records import Document, Token
from coopwatch.text.mentions import mention_ending_at, mentions_of_type
from yargy_words import parser, ranges

BEFORE = 13  # tokens before a title the rules look at: a verb 7 back, its subject 6 more
AFTER = 10  # tokens from the end of the of-phrase: a verb 2 on, its subject 8 more


@dataclass
class Word:
    """A token of a window with what the grammars need to know of the document, looked
    up only when a grammar asks."""

    doc: Document
    token: Token

    @cached_property
    def person(self) -> str | None:
        """The key of the person mention that ends at this token."""
        found = mention_ending_at(self.doc, self.token.stop, "PER")
        return found.key if found else None

    @cached_property
    def in_person(self) -> bool:
        return any(item.start <= self.token.start and self.token.stop <= item.stop
                   for item in mentions_of_type(self.doc, "PER"))


def _is(test: Callable[[Word], bool]) -> custom:
    return custom(test)


def _lemma_in(words: Callable[[], frozenset[str]]) -> Callable[[Word], bool]:
    return lambda word: fold(word.token.lemma) in words()


def _link(word: Word) -> bool:
    return word.token.pos in {"VERB", "AUX"} and fold(word.token.lemma) in link_verbs()


def _names_object(word: Word) -> bool:
    return (_link(word) and fold(word.token.lemma) in object_verbs()
            and word.token.feat("Voice") != "Pass")


LINK_VERB = _is(_link)
OBJECT_VERB = _is(_names_object)
SUBJECT_VERB = _is(lambda word: _link(word) and not _names_object(word))
POST_WORD = _is(_lemma_in(post_words))
SEEKER_WORD = _is(_lemma_in(seeker_words))
PRONOUN = _is(lambda word: word.token.text.lower() in PRONOUNS)
PRONOUN_NOM = and_(PRONOUN, _is(lambda word: word.token.feat("Case") == "Nom"))
PERSON_END = _is(lambda word: word.person is not None)
IN_PERSON = _is(lambda word: word.in_person)
ANY = _is(lambda word: True)
TITLE_INS = _is(lambda word: word.token.feat("Case") == "Ins")
OTHER_VERB = and_(_is(lambda word: word.token.pos == "VERB"), not_(LINK_VERB))
PERSON_NOT_OBLIQUE = and_(
    PERSON_END, not_(_is(lambda word: word.token.feat("Case") in NOT_A_HOLDER_CASES - {"Gen"})))
PERSON_NOMINATIVE_LIKE = and_(
    PERSON_END, not_(_is(lambda word: word.token.feat("Case") in NOT_A_HOLDER_CASES)))

# PERSON (or «он») and a gap of up to five words, no clause mark, no other verb.
BEFORE_GAP = not_(or_(
    PERSON_END, PRONOUN_NOM, OTHER_VERB, _is(lambda word: word.token.text in {".", ";", ":"})))
HOLDER_BEFORE = rule(
    or_(PRONOUN_NOM, and_(PERSON_NOT_OBLIQUE, not_(PRONOUN_NOM))),
    BEFORE_GAP.repeatable(max=5).optional(),
)

# PERSON … на пост / в должности title; a word of seeking before the post word voids it.
POST = rule(POST_WORD, ANY)
SOUGHT = rule(SEEKER_WORD, ANY.repeatable(max=5).optional(), POST_WORD, ANY)
ON_POST = rule(HOLDER_BEFORE, POST_WORD, ANY)

# Between a link verb and its title: names of persons and at most two adjectives,
# adverbs, auxiliaries, numerals (at most six words in all, checked on the match).
NAME_WORDS = and_(IN_PERSON, not_(LINK_VERB)).repeatable(max=6).optional()
SKIPPED = and_(_is(lambda word: word.token.pos in BETWEEN_VERB_AND_TITLE),
               not_(IN_PERSON), not_(LINK_VERB))
BETWEEN = or_(
    rule(NAME_WORDS),
    rule(NAME_WORDS, SKIPPED, NAME_WORDS),
    rule(NAME_WORDS, SKIPPED, NAME_WORDS, SKIPPED, NAME_WORDS),
)
VERB_TITLE = rule(LINK_VERB, BETWEEN, TITLE_INS)
SUBJECT_LINK = rule(HOLDER_BEFORE, SUBJECT_VERB, BETWEEN, TITLE_INS)
OBJECT_LINK = rule(OBJECT_VERB, BETWEEN, TITLE_INS)

# From the end of the of-phrase: [word] link verb, then the person within eight words.
AFTER_GAP = not_(or_(PERSON_END, _is(lambda word: word.token.pos == "VERB"),
                     _is(lambda word: word.token.text in {",", ".", ";", ":"})))
HOLDER_AFTER = rule(
    and_(not_(LINK_VERB), not_(PRONOUN)).optional(), LINK_VERB,
    AFTER_GAP.repeatable(max=7).optional(), PERSON_NOMINATIVE_LIKE,
)
PRONOUN_AFTER = rule(and_(PRONOUN, not_(LINK_VERB)), LINK_VERB)
MAX_BETWEEN = 6


PARSERS = {name: parser(grammar) for name, grammar in {
    "post": POST, "sought": SOUGHT, "on_post": ON_POST, "verb_title": VERB_TITLE,
    "subject": SUBJECT_LINK, "object": OBJECT_LINK, "after": HOLDER_AFTER,
    "pronoun_after": PRONOUN_AFTER,
}.items()}


def _ranges(name: str, words: Sequence[Word], *, at_start: bool = False) -> list[tuple[int, int]]:
    """The matches of a grammar that end at the window's end (or begin at its start)."""
    return ranges(PARSERS[name], words, where="start" if at_start else "end")


def _words(doc: Document, tokens: Sequence[Token]) -> list[Word]:
    return [Word(doc, token) for token in tokens]


def grammar_holder(
    doc: Document, tokens: Sequence[Token], match: TitleMatch, last: int
) -> str | None:
    """The same answer as `links.linked_holder`, from the grammars above."""
    low = max(0, match.first - BEFORE)
    before = _words(doc, tokens[low:match.first + 1])
    if _ranges("post", before[-2:]):
        if _ranges("sought", before):
            return None
        return _holder(doc, before, _ranges("on_post", before))
    if tokens[match.first].feat("Case") != "Ins":
        return None
    if not any(stop - start - 2 <= MAX_BETWEEN for start, stop in _ranges("verb_title", before)):
        return _after(doc, _words(doc, tokens[last:last + AFTER]))
    objects = [(start, stop) for start, stop in _ranges("object", before)
               if stop - start - 2 <= MAX_BETWEEN]
    if objects:
        start, stop = objects[-1]
        return next((word.person for word in reversed(before[start + 1:stop - 1])
                     if word.person), None)
    return _holder(doc, before, _ranges("subject", before))


def _holder(doc: Document, words: Sequence[Word], found: list[tuple[int, int]]) -> str | None:
    """The person (or the antecedent of «он») the match of a before-rule begins with."""
    if not found:
        return None
    word = words[max(found, key=lambda pair: pair[0])[0]]
    if word.token.text.lower() in PRONOUNS and word.token.feat("Case") == "Nom":
        return antecedent(doc, word.token.start)
    return word.person


def _after(doc: Document, words: Sequence[Word]) -> str | None:
    if _ranges("pronoun_after", words, at_start=True):
        return antecedent(doc, words[0].token.start)
    found = _ranges("after", words, at_start=True)
    return words[min(found, key=lambda pair: pair[1])[1] - 1].person if found else None
