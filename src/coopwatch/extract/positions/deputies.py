"""A deputy named by a possessive after a titled person:

  TITLE [of-phrase] PERSON и его заместитель PERSON   «Председатель Законодательного
                                                      собрания Иван Петров и его
                                                      заместитель Пётр Сидоров»
  TITLE … PERSON со своим заместителем PERSON         «… встретился губернатор Иван
                                                      Петров со своим первым
                                                      заместителем Петром Сидоровым»
  … его заместитель по экономике PERSON               the portfolio is passed over

The deputy holds «заместитель» of the first person's title (in the genitive: «заместитель
председателя»), of the same place or body. The first person is the one named last
before the possessive in the passage. Deputy words are data
(`positions/deputy_words.txt`).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import lru_cache

from coopwatch.lexicon.datafiles import data_rows
from coopwatch.lexicon.folding import fold
from coopwatch.nlp.morph import Morph
from coopwatch.records import Document, Token
from coopwatch.text.mentions import mention_at, mentions_of_type

POSSESSIVES = frozenset({"его", "её", "ее", "свой"})
FIRST = "первый"  # «его первый заместитель»
DEPUTY = "заместитель"
HEAD_TAGS = ("NOUN", "ADJF")
PORTFOLIO = "по"  # «его заместитель по экономике»
MAX_PORTFOLIO = 4


@lru_cache(maxsize=1)
def deputy_words() -> frozenset[str]:
    return frozenset(fold(row[0]) for row in data_rows("positions/deputy_words.txt"))


def deputies(doc: Document, tokens: Sequence[Token]) -> Iterator[tuple[str, str, bool, int]]:
    """(deputy key, key of the person they deputize for, first deputy?, index after the
    deputy's name) for each possessive deputy word followed by a name."""
    for index, token in enumerate(tokens[:-1]):
        if fold(token.lemma) not in POSSESSIVES and token.text.lower() not in POSSESSIVES:
            continue
        word = index + 1
        first = fold(tokens[word].lemma) == FIRST
        word += first
        if word + 1 >= len(tokens) or fold(tokens[word].lemma) not in deputy_words():
            continue
        name = _past_portfolio(tokens, word + 1)
        deputy = mention_at(doc, tokens[name].start, "PER") if name < len(tokens) else None
        head = _named_before(doc, tokens[index].start, tokens[0].start)
        if deputy is None or head is None or head == deputy.key:
            continue
        after = next((i for i in range(name, len(tokens)) if tokens[i].start >= deputy.stop),
                     len(tokens))
        yield deputy.key, head, first, after


def _past_portfolio(tokens: Sequence[Token], index: int) -> int:
    """The index after a «по …» phrase of lower-case words at `index` («его заместитель
    по экономике Иван Петров»), or `index` when there is none."""
    if index >= len(tokens) or tokens[index].text.lower() != PORTFOLIO:
        return index
    after = index + 1
    while after < len(tokens) and after - index <= MAX_PORTFOLIO and tokens[after].text.islower():
        after += 1
    return after


def _named_before(doc: Document, start: int, passage_start: int) -> str | None:
    """The person named last before `start` in the passage."""
    before = [item for item in mentions_of_type(doc, "PER")
              if passage_start <= item.start and item.stop <= start]
    return max(before, key=lambda item: item.stop).key if before else None


def deputy_title(title: str, first: bool, morph: Morph) -> str | None:
    """«заместитель» of a title put in the genitive up to its head noun («председатель
    правительства» -> «заместитель председателя правительства»); None for a title that
    is itself a deputy's or a former one."""
    words = title.split()
    if not words or fold(words[0]) in deputy_words() or words[0] == FIRST \
            or title.startswith("экс-") or "." in title:
        return None
    genitive: list[str] = []
    for at, word in enumerate(words):
        parse = next((item for item in morph.parse(word)
                      if item.tag.POS in HEAD_TAGS and "nomn" in item.tag), None)
        if parse is None or (inflected := parse.inflect({"gent"})) is None:
            return None
        genitive.append(inflected.word)
        if parse.tag.POS == "NOUN":
            genitive.extend(words[at + 1:])
            break
    else:
        return None
    return " ".join([*([FIRST] if first else []), DEPUTY, *genitive])
