"""Who holds a title the text links to a person by a verb or by the word «пост».

  PERSON [был] назначен/стал/является title-Ins   «Иван Петров назначен министром»
  назначил PERSON title-Ins                         «президент назначил Ивана Петрова послом»
  title-Ins [of-phrase] назначен/избран PERSON      «мэром города избран Иван Петров»
  PERSON … на пост / в должности title-Gen          «Иван Петров назначен на пост мэра»
  на пост / на должность title-Gen назначен PERSON  «на пост мэра избран Иван Петров»

The holder may be «он» / «она»: the person named last before it («Он является депутатом»).
A holder before a clause in commas that says more of them by a participle or «который»
is found past it («Иван Петров, ранее возглавлявший банк, назначен министром»); this one
is not in the grammar form of `bench/link_grammar.py`.
A candidate for a post is not its holder («кандидат на пост мэра»). Verbs of taking or
holding a post stand between the holder and «пост» («Иван Петров, занимающий пост мэра»,
«вступил в должность губернатора»), and so do verbs of leaving it («покидает пост
губернатора», «уходит в отставку с поста директора») and a verb before one of them in
the infinitive («согласился занять пост премьера»). Link verbs, post words, post verbs and the words of
seeking a post are data (`positions/link_verbs.txt`, `positions/post_words.txt`,
`positions/post_verbs.txt`, `positions/post_verb_leads.txt`,
`positions/seeker_words.txt`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from coopwatch.extract.positions.titles import TitleMatch, title_case
from coopwatch.lexicon.datafiles import data_rows
from coopwatch.lexicon.folding import fold
from coopwatch.records import Document, Token
from coopwatch.text.mentions import mention_ending_at, mentions_of_type

MAX_TO_HOLDER = 6  # tokens between a holder before and its verb or post word
MAX_VERB_TO_TITLE = 3  # «назначен новым министром», «был назначен губернатором»
MAX_HOLDER_AFTER = 8  # «назначен генерал-майор Иван Бувальцев»
MAX_CLAUSE = 15  # words of a participle or «который» clause between a holder and its verb
WHICH = "который"
PARTICIPLE_ENDING = re.compile(r"(?:вш|щ)(?:ий|ая|ее|ие|его|ей|ую|их|им|ими|ему)(?:ся|сь)?$")
MAX_ANTECEDENT = 400  # characters back from «он» to the person it stands for
PRONOUNS = frozenset({"он", "она"})
NOT_A_HOLDER_CASES = frozenset({"Gen", "Dat", "Ins", "Loc"})
BETWEEN_VERB_AND_TITLE = frozenset({"ADJ", "ADV", "AUX", "VERB", "DET", "NUM"})


@lru_cache(maxsize=1)
def link_verbs() -> frozenset[str]:
    return frozenset(fold(row[0]) for row in data_rows("positions/link_verbs.txt"))


@lru_cache(maxsize=1)
def object_verbs() -> frozenset[str]:
    """Verbs whose active form names the holder as its object («назначил Петрова послом»)."""
    return frozenset(fold(row[0]) for row in data_rows("positions/link_verbs.txt")
                     if row[1:] == ["object"])


@lru_cache(maxsize=1)
def post_words() -> frozenset[str]:
    return frozenset(fold(row[0]) for row in data_rows("positions/post_words.txt"))


@lru_cache(maxsize=1)
def post_verbs() -> frozenset[str]:
    """Verbs of holding or taking the post a post word names («занимать пост»)."""
    return frozenset(fold(row[0]) for row in data_rows("positions/post_verbs.txt"))


@lru_cache(maxsize=1)
def post_verb_leads() -> frozenset[str]:
    """Verbs of agreeing or deciding before an infinitive verb of a post («согласился
    занять»)."""
    return frozenset(fold(row[0]) for row in data_rows("positions/post_verb_leads.txt"))


@lru_cache(maxsize=1)
def seeker_words() -> frozenset[str]:
    return frozenset(fold(row[0]) for row in data_rows("positions/seeker_words.txt"))


def linked_holder(
    doc: Document, tokens: Sequence[Token], match: TitleMatch, last: int
) -> str | None:
    """The key of the person the text says holds `match` (its of-phrase ends at `last`)."""
    if match.first > 0 and fold(tokens[match.first - 1].lemma) in post_words():
        if _sought(tokens, match.first - 1):
            return None
        return _holder_before(doc, tokens, match.first - 1, post=True) or _taker_after(
            doc, tokens, last)
    if title_case(tokens, match) != "Ins":
        return None
    verb = _verb_before(doc, tokens, match.first)
    if verb is None:
        return _holder_after(doc, tokens, last)
    if _names_its_object(tokens[verb]):
        return _object(doc, tokens, verb, match.first)
    return _holder_before(doc, tokens, verb)


def _names_its_object(verb: Token) -> bool:
    """«назначил» (the holder is its object), not «назначен» or «назначенный»."""
    return fold(verb.lemma) in object_verbs() and verb.feat("Voice") != "Pass"


def is_link_verb(token: Token) -> bool:
    return token.pos in {"VERB", "AUX"} and fold(token.lemma) in link_verbs()


def _sought(tokens: Sequence[Token], post: int) -> bool:
    """A word of seeking a post before the post word: «кандидатуру Петрова на пост»."""
    window = tokens[max(0, post - MAX_TO_HOLDER):post]
    return any(fold(token.lemma) in seeker_words() for token in window)


def _verb_before(doc: Document, tokens: Sequence[Token], first: int) -> int | None:
    """The link verb just before the title, past adjectives and adverbs («стал новым») and
    the person an active verb names («избрал Олега Лаврова директором»)."""
    skipped = 0
    for index in range(first - 1, -1, -1):
        if is_link_verb(tokens[index]):
            return index
        inside = bool(_persons_at(doc, tokens[index]))
        if not inside and tokens[index].pos not in BETWEEN_VERB_AND_TITLE:
            return None
        skipped += not inside
        if skipped >= MAX_VERB_TO_TITLE or first - index > MAX_TO_HOLDER:
            return None
    return None


def _persons_at(doc: Document, token: Token) -> list[str]:
    """The persons a mention covering this token names."""
    return [item.key for item in mentions_of_type(doc, "PER")
            if item.start <= token.start and token.stop <= item.stop]


def _object(doc: Document, tokens: Sequence[Token], verb: int, first: int) -> str | None:
    """The person between an active verb and the title: «назначил Ивана Петрова послом»."""
    for index in range(first - 1, verb, -1):
        person = mention_ending_at(doc, tokens[index].stop, "PER")
        if person is not None:
            return person.key
    return None


def _holder_before(
    doc: Document, tokens: Sequence[Token], index: int, post: bool = False
) -> str | None:
    """The nearest person (or «он») before `index` in the passage, not in an oblique case;
    before a post word, a verb of holding or taking it is passed over too."""
    for before in range(index - 1, max(index - 1 - MAX_TO_HOLDER, -1), -1):
        token = tokens[before]
        if token.text.lower() in PRONOUNS and token.feat("Case") == "Nom":
            return antecedent(doc, token.start)
        person = mention_ending_at(doc, token.stop, "PER")
        if person is not None:
            return None if token.feat("Case") in NOT_A_HOLDER_CASES - {"Gen"} else person.key
        if token.text == ",":
            holder = _before_clause(doc, tokens, before)
            if holder is not None:  # «Иван Петров, ранее возглавлявший банк, назначен …»
                return holder
        if token.text in {".", ";", ":"} or (
            token.pos == "VERB" and not is_link_verb(token)
            and not (post and _of_post(tokens, before))
        ):
            return None
    return None


def _before_clause(doc: Document, tokens: Sequence[Token], comma: int) -> str | None:
    """The person right before a clause in commas that ends at `comma` and says more of
    them, by a participle or «который»: «Иван Петров, не имевший опыта работы, занял
    пост …», «Анна Лебедева, которая работала в банке, назначена …». A person right
    before `comma` is nearer: «…отставки Ивана Петрова, ныне занимающего пост …»."""
    if comma == 0 or mention_ending_at(doc, tokens[comma - 1].stop, "PER") is not None:
        return None
    for opening in range(comma - 1, max(comma - 1 - MAX_CLAUSE, 0), -1):
        if tokens[opening].text != ",":
            continue
        clause = tokens[opening + 1:comma]
        if not any(_participle(token) or fold(token.lemma) == WHICH for token in clause):
            return None
        person = mention_ending_at(doc, tokens[opening - 1].stop, "PER")
        if person is None or tokens[opening - 1].feat("Case") in NOT_A_HOLDER_CASES:
            return None
        return person.key
    return None


def _participle(token: Token) -> bool:
    """A participle, by its tag or, when the tagger gave none, by a verb's participle
    ending («руководившая», «занимающего»)."""
    if token.feat("VerbForm") == "Part":
        return True
    return token.pos == "VERB" and PARTICIPLE_ENDING.search(token.text.lower()) is not None


def _of_post(tokens: Sequence[Token], index: int) -> bool:
    """A verb of holding, taking or leaving a post, or one of agreeing or deciding right
    before such a verb in the infinitive: «согласился занять пост», «решил покинуть пост»."""
    lemma = fold(tokens[index].lemma)
    if lemma in post_verbs():
        return True
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    return lemma in post_verb_leads() and after is not None and (
        after.feat("VerbForm") == "Inf" and fold(after.lemma) in post_verbs())


def _holder_after(doc: Document, tokens: Sequence[Token], last: int) -> str | None:
    """«Мэром города избран Иван Петров», «директором он стал в 2006 году»."""
    verb = next((i for i in range(last, min(len(tokens), last + 2)) if is_link_verb(tokens[i])),
                None)
    if verb is None:
        return None
    while verb + 1 < len(tokens) and is_link_verb(tokens[verb + 1]):
        verb += 1  # «спикером был назначен Иван Петров»
    if verb > last and tokens[last].text.lower() in PRONOUNS:
        return antecedent(doc, tokens[last].start)
    return _person_after_verb(doc, tokens, verb)


def _taker_after(doc: Document, tokens: Sequence[Token], last: int) -> str | None:
    """«Пост губернатора занял Иван Петров», «место спикера … занял республиканец Джон
    Бенер», «На должность министра назначен Иван Петров»: a verb of taking the post, or
    a link verb, after its of-phrase, then the person in the nominative."""
    verb = next((i for i in range(last, min(len(tokens), last + MAX_VERB_TO_TITLE))
                 if fold(tokens[i].lemma) in post_verbs() or is_link_verb(tokens[i])), None)
    if verb is None:
        return None
    while verb + 1 < len(tokens) and (is_link_verb(tokens[verb + 1])
                                      or fold(tokens[verb + 1].lemma) in post_verbs()):
        verb += 1  # «был избран», «будет исполнять»
    return _person_after_verb(doc, tokens, verb)


def _person_after_verb(doc: Document, tokens: Sequence[Token], verb: int) -> str | None:
    """The person named in the nominative shortly after the verb, before any punctuation
    or other verb."""
    for index in range(verb + 1, min(len(tokens), verb + 1 + MAX_HOLDER_AFTER)):
        person = mention_ending_at(doc, tokens[index].stop, "PER")
        if person is not None:
            return person.key if tokens[index].feat("Case") not in NOT_A_HOLDER_CASES else None
        if tokens[index].text in {",", ".", ";", ":"} or tokens[index].pos == "VERB":
            return None
    return None


def antecedent(doc: Document, start: int) -> str | None:
    """The person named last before `start`, within a few sentences: whom «он» stands for."""
    before = [item for item in mentions_of_type(doc, "PER")
              if start - MAX_ANTECEDENT <= item.start and item.stop <= start]
    return max(before, key=lambda item: item.stop).key if before else None
