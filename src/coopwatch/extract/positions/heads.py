"""Who heads what, said by a verb rather than a title (`positions/head_verbs.txt`):

  PERSON [,] возглавляет / возглавлявший / возглавил BODY     «Иван Петров возглавляет
                                                               компанию «Ротор»»
  PERSON, который возглавляет / руководит BODY                 «Ивана Петрова, который
                                                               руководит банком «Вега»»
  BODY, возглавляемый / возглавляемая PERSON-Ins              «компания «Ротор»,
                                                               возглавляемая Иваном Петровым»

(the person right after the participle: «…, возглавляемая губернатором Иваном Петровым»
is left to the title).

The person holds «глава» of the organization or place the object names (a mention right
after the verb, past a kind word such as «компанию»); a place after a kind word is that
body's («возглавлявший отдел России» heads no Russia), and nothing is taken when the
verb is negated or when no entity follows within a few words.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import lru_cache

from coopwatch.lexicon.datafiles import data_rows
from coopwatch.lexicon.folding import fold
from coopwatch.records import Document, Token
from coopwatch.text.mentions import mention_at, mention_ending_at

HEAD_TITLE = "глава"
MAX_TO_OBJECT = 3  # «возглавил российскую компанию «Ротор»», «возглавлял в 2010 году»
MAX_TO_HOLDER = 4  # «Иван Петров, ранее возглавлявший …»
OBJECT_KINDS = ("ORG", "GEO")
QUOTES = frozenset("«»\"“”„")
HOLDER_CASES = frozenset({"Nom"})
RELATIVE = "который"  # «Иван Петров, который возглавляет …»
OBJECT_CASES = frozenset({"Acc", "Nom", "Ins", "Gen"})  # «возглавлявшая банк» reads as Nom


@lru_cache(maxsize=1)
def head_verbs() -> frozenset[str]:
    return frozenset(fold(row[0]) for row in data_rows("positions/head_verbs.txt"))


def heads(doc: Document, tokens: Sequence[Token]) -> Iterator[tuple[str, str, int, int]]:
    """(person key, key of what they head, index of the verb, index after the object)."""
    for index, token in enumerate(tokens):
        if token.pos != "VERB" or fold(token.lemma) not in head_verbs():
            continue
        if index > 0 and tokens[index - 1].lemma == "не":
            continue
        if token.feat("Voice") == "Pass":
            found = _passive(doc, tokens, index)
        else:
            holder = _holder(doc, tokens, index)
            headed = _object(doc, tokens, index + 1) if holder else None
            found = (holder, *headed) if holder and headed else None
        if found is not None:
            person, of, last = found
            yield person, of, index, last


def _holder(doc: Document, tokens: Sequence[Token], verb: int) -> str | None:
    """The nominative person just before the verb, past a comma and adverbs («Иван
    Петров, ранее возглавлявший»), a person in the case of a participle («Ивана
    Петрова, возглавлявшего …»), or the person in any case a «который» after the
    comma stands for («уволил Ивана Петрова, который возглавлял компанию …»)."""
    relative = False
    for index in range(verb - 1, max(verb - 1 - MAX_TO_HOLDER, -1), -1):
        token = tokens[index]
        person = mention_ending_at(doc, token.stop, "PER")
        if person is not None:
            if tokens[index + 1].text != "," and relative:
                return None
            return person.key if relative or token.feat("Case") in (
                None, *HOLDER_CASES) or _agrees(tokens[verb], token) else None
        if token.lemma == RELATIVE and token.feat("Case") in HOLDER_CASES and not relative:
            relative = True
            continue
        if token.text != "," and token.pos not in {"ADV", "AUX"}:
            return None
    return None


# an animate accusative is spelled as the genitive: the tagger may give either
SAME_FORM = frozenset({"Gen", "Acc"})


def _agrees(verb: Token, name: Token) -> bool:
    """A participle in the case of the name before it: «Ивана Петрова, возглавлявшего
    компанию …», «с Иваном Петровым, возглавляющим …»."""
    cases = {verb.feat("Case"), name.feat("Case")}
    return verb.feat("VerbForm") == "Part" and None not in cases and (
        len(cases) == 1 or cases <= SAME_FORM)


def _object(doc: Document, tokens: Sequence[Token], first: int) -> tuple[str, int] | None:
    """The organization or place named right after the verb (past a kind word and an
    opening quote), and the index after it."""
    noun = False  # a kind word passed: «компанию «Ротор»»; a place after one is its body's
    for index in range(first, min(len(tokens), first + MAX_TO_OBJECT + 1)):
        token = tokens[index]
        named = next((item for kind in OBJECT_KINDS
                      if (item := mention_at(doc, token.start, kind)) is not None), None)
        if named is not None and noun and named.entity.type == "GEO":
            return None  # «возглавлявший отдел России» heads no Russia
        if named is not None:
            last = next((i for i in range(index, len(tokens)) if tokens[i].start >= named.stop),
                        len(tokens))
            return named.key, last
        if token.text not in QUOTES and (
                token.pos not in {"NOUN", "ADJ"} or token.feat("Case") not in OBJECT_CASES):
            return None
        noun = noun or token.pos == "NOUN"
    return None


def _passive(doc: Document, tokens: Sequence[Token], verb: int) -> tuple[str, str, int] | None:
    """«компания «Ротор», возглавляемая Иваном Петровым»: the body before the comma, the
    person after the participle in the instrumental."""
    if verb < 2 or tokens[verb - 1].text != ",":
        return None
    end = verb - 2 if tokens[verb - 2].text not in QUOTES else verb - 3
    body = next((item for kind in OBJECT_KINDS
                 if (item := mention_ending_at(doc, tokens[max(end, 0)].stop, kind))), None)
    if body is None or (body.entity.type == "GEO" and _after_kind_word(tokens, body.start)):
        return None  # «делегация Орловской области, возглавляемая …» heads no region
    for index in range(verb + 1, min(len(tokens), verb + 1 + MAX_TO_OBJECT)):
        person = mention_ending_at(doc, tokens[index].stop, "PER")
        if person is not None:
            return (person.key, body.key, index + 1) if tokens[index].feat(
                "Case") == "Ins" and person.start == tokens[verb + 1].start else None
    return None


def _after_kind_word(tokens: Sequence[Token], start: int) -> bool:
    """A lower-case noun right before the mention that starts at `start`."""
    before = [token for token in tokens if token.stop <= start]
    return bool(before) and before[-1].pos == "NOUN" and before[-1].text.islower()
