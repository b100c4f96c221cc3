"""More mentions of the people and organizations a document has named: the name said
again, and another spelling in brackets.

- A name of two words or more, once read as an organization, is the same organization
  wherever the same words (by lemma, the first one capitalized) come again, whether the
  NER model missed them or read a place inside them: «в интервью «Голосу Америки»» makes
  the interviewer's «Голос Америки:» an organization too, and its «Америки» no country.
- A person named in full is the one meant where the surname alone comes again and the
  NER model did not see it («Путин подписал указ» in a headline, «Владимир Путин» in the
  text), unless two people of the document share the surname or the word is a
  dictionary word that is no name.
- A Latin name in brackets right after an organization's mention is that organization
  spelled in the original: «Международная амнистия (Amnesty International)», «Комитет
  защиты журналистов (КЗЖ) (Committee to Protect Journalists)».
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Sequence

from coopwatch.extract.entities.candidates import QUOTES, overlaps
from coopwatch.extract.entities.persons import surname_lemmas
from coopwatch.lexicon.folding import fold
from coopwatch.nlp.morph import PROPER, Morph
from coopwatch.records import Entity, Mention, Token
from coopwatch.text.token_index import TokenIndex

LATIN_NAME = re.compile(r"\)?[ \t]*\(([A-Z][\w.&'-]*(?:[ \t]+[\w.&'-]+){0,6})\)")
LATIN_WORD = re.compile(r"[A-Za-z][\w.&'-]*")
Span = tuple[int, int]
MIN_SURNAME = 4


def with_namings(text: str, morph: Morph, index: TokenIndex,
                 entities: Sequence[Entity]) -> list[Entity]:
    """The entities with the organizations' repeated and bracketed names and the people's
    repeated surnames as mentions; places named only inside an organization's repeated
    name are left out."""
    taken = [(m.start, m.stop) for e in entities if e.type != "GEO" for m in e.mentions]
    every = [(m.start, m.stop) for e in entities for m in e.mentions]
    found: dict[str, list[Mention]] = {}
    for key, mention in [*repeated_names(text, index, entities, taken),
                         *bracketed_names(text, entities, taken),
                         *repeated_surnames(text, morph, index, entities, every)]:
        if not overlaps(mention.start, mention.stop, taken):
            found.setdefault(key, []).append(mention)
            taken.append((mention.start, mention.stop))
    added = [(m.start, m.stop) for mentions in found.values() for m in mentions
             if m.type == "ORG"]
    result = []
    for entity in entities:
        mentions = tuple(sorted((*entity.mentions, *found.get(entity.key, ())),
                                key=lambda m: m.start))
        if entity.type == "GEO":
            mentions = tuple(m for m in mentions if not _within(m, added))
        if mentions:
            result.append(dataclasses.replace(entity, mentions=mentions))
    return result


def repeated_names(text: str, index: TokenIndex, entities: Sequence[Entity],
                   taken: Sequence[Span]) -> Iterable[tuple[str, Mention]]:
    """(entity key, mention) for each place where an organization's name of two or more
    words stands again, outside the mentions of people and organizations."""
    names: dict[str, dict[tuple[str, ...], str]] = {}
    for entity in entities:
        for mention in entity.mentions if entity.type == "ORG" else ():
            for words in _name_lemmas(index.inside(mention.start, mention.stop)):
                names.setdefault(words[0], {})[words] = entity.key
    tokens = index.tokens
    for first, token in enumerate(tokens):
        if not token.text[:1].isupper():
            continue
        for words, key in names.get(fold(token.lemma), {}).items():
            run = tokens[first:first + len(words)]
            if tuple(fold(t.lemma) for t in run) == words and (
                    not overlaps(run[0].start, run[-1].stop, taken)):
                start, stop = run[0].start, run[-1].stop
                yield key, Mention(start=start, stop=stop, text=text[start:stop], type="ORG")


def bracketed_names(text: str, entities: Sequence[Entity],
                    taken: Sequence[Span]) -> Iterable[tuple[str, Mention]]:
    """(entity key, mention) for a Latin name in brackets right after an organization's
    mention (or after its acronym in brackets)."""
    stops = sorted((m.stop, e.key) for e in entities if e.type == "ORG" for m in e.mentions)
    for stop, key in stops:
        match = LATIN_NAME.match(text, stop)
        if match and all(LATIN_WORD.fullmatch(word) for word in match.group(1).split()):
            start, end = match.span(1)
            if not overlaps(start, end, taken):
                yield key, Mention(start=start, stop=end, text=text[start:end], type="ORG")


def repeated_surnames(text: str, morph: Morph, index: TokenIndex, entities: Sequence[Entity],
                      taken: Sequence[Span]) -> Iterable[tuple[str, Mention]]:
    """(person key, mention) for each capitalized word outside all mentions that is the
    surname of exactly one person named in full: written as in one of the person's
    mentions, or another form of it that is no common dictionary word."""
    owners: dict[str, set[str]] = {}
    written: dict[str, str] = {}
    for entity in entities:
        words = entity.name.split() if entity.type == "PER" else []
        if len(words) > 1 and len(words[-1]) >= MIN_SURNAME:
            for lemma in surname_lemmas(morph, words[-1]):
                owners.setdefault(lemma, set()).add(entity.key)
            written.update((m.text.split()[-1], entity.key) for m in entity.mentions
                           if len(m.text.split()) > 1)
    tokens = index.tokens
    for position, token in enumerate(tokens):
        word = token.text
        if not (word[:1].isupper() and word.isalpha() and len(word) >= MIN_SURNAME) or (
                word.isupper() or overlaps(token.start, token.stop, taken)
                or _in_a_name(tokens, position)):
            continue
        lemmas = surname_lemmas(morph, word) | {fold(token.lemma)}
        keys = set().union(*(owners.get(lemma, set()) for lemma in lemmas))
        if len(keys) == 1 and (written.get(word) in keys or not _common_word(morph, word)):
            yield keys.pop(), Mention(start=token.start, stop=token.stop, text=word, type="PER")


def _common_word(morph: Morph, word: str) -> bool:
    """A dictionary word whose best reading is no name of any kind («Мир», «Белый»)."""
    parses = morph.parse(word)
    return bool(parses) and parses[0].is_known and not any(
        mark in parses[0].tag for mark in PROPER)


def _in_a_name(tokens: Sequence[Token], position: int) -> bool:
    """Whether a capitalized word stands next to another: part of some other name."""
    return any(0 <= i < len(tokens) and tokens[i].text[:1].isupper()
               and tokens[i].text.isalpha() and not _sentence_start(tokens, i)
               for i in (position - 1, position + 1))


def _sentence_start(tokens: Sequence[Token], i: int) -> bool:
    return i == 0 or tokens[i - 1].text in ".!?\n"


def _name_lemmas(tokens: Sequence[Token]) -> list[tuple[str, ...]]:
    """The names of two words or more a mention gives, as lemmas: all its words (quotes
    and other marks aside), and the words in its quotes («Русской службе «Голоса
    Америки»» gives both); a name is written with its first word capitalized, no digits."""
    quoted = [i for i, token in enumerate(tokens) if token.text in QUOTES]
    runs = [tokens, tokens[quoted[0] + 1:quoted[-1]] if len(quoted) > 1 else ()]
    names = []
    for run in runs:
        words = [token for token in run if token.text[:1].isalpha()]
        if len(words) > 1 and words[0].text[:1].isupper() and not any(
                char.isdigit() for token in run for char in token.text):
            names.append(tuple(fold(token.lemma) for token in words))
    return names


def _within(mention: Mention, spans: Sequence[Span]) -> bool:
    return any(start <= mention.start and mention.stop <= stop for start, stop in spans)
