"""Goods of a flow: the noun phrases a supply verb takes, in the nominative.

«поставляет в Татарстан лаки и краски, моющие средства» → лаки, краски, моющие средства.
Each conjunct noun keeps the adjectives right before it, and adjectives coordinated before
a noun share it («коммунальную и дорожную технику» → коммунальная техника, дорожная
техника); words are put in the nominative with pymorphy3, keeping the noun's number.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from coopwatch.extract.flows.triggers import measure_words, trigger_table
from coopwatch.lexicon.datafiles import data_rows
from coopwatch.lexicon.folding import fold
from coopwatch.records import Token
from coopwatch.text.nominative import agreeing_words
from coopwatch.text.token_tree import TokenTree
from coopwatch.tools import Toolkit

NOUNS = frozenset({"NOUN", "PROPN"})
GENERAL_WORDS = frozenset({"такой", "товар", "как"})


def conjuncts(tokens: Sequence[Token], index: int) -> list[int]:
    """A noun and the nouns coordinated with it («лаки и краски, моющие средства»); an
    adjective or a conjunction the parser hung as a conjunct is none."""
    tree = TokenTree(tokens)
    found = [index]
    for i in found:
        found += [j for j in tree.children_at(i, frozenset({"conj"})) if j not in found]
        found += [j for j in tree.children_at(i, SPELLED_OUT)
                  if j not in found and tokens[j].pos == "NOUN" and _spelled_out(tokens, j)]
    found += _listed_between(tokens, index, max(found))
    found += _listed_after(tokens, max(found))
    return sorted(i for i in set(found) if i == index or tokens[i].pos in NOUNS)


SPELLED_OUT = frozenset({"parataxis", "appos"})
LIST_COLONS = frozenset({":", "—", "–"})


@lru_cache(maxsize=1)
def goods_leads() -> frozenset[str]:
    """Words that open the goods a general word stands for (`data/flows/goods_leads.txt`)."""
    return frozenset(" ".join(row[0].split()) for row in data_rows("flows/goods_leads.txt"))


def _spelled_out(tokens: Sequence[Token], index: int) -> bool:
    """A noun opening the goods a general word stands for: after a colon or a dash, or
    after a comma and «в частности», «в том числе»…"""
    mark = max((i for i in range(index) if tokens[i].text in LIST_COLONS | {","}), default=None)
    if mark is None:
        return False
    lead = " ".join(token.text.lower() for token in tokens[mark + 1:index])
    return (tokens[mark].text in LIST_COLONS and not lead) or lead in goods_leads()


def _listed_between(tokens: Sequence[Token], first: int, last: int) -> list[int]:
    """The nouns of a list between its first and last conjunct that the parser hung
    elsewhere («молоко, сыр и сливочное масло» with «сыр» joined to an earlier list):
    each one opening a phrase after a comma or «и», in a case the list may have."""
    return [i for i in range(first + 1, last)
            if _a_member(tokens, i, tokens[first]) and _opens_member(tokens, first, i)]


def _listed_after(tokens: Sequence[Token], last: int) -> list[int]:
    """The nouns that go on with a list after its last conjunct, the parser having hung
    them on another one («пшеницу, подсолнечное масло и нефтепродукты, из Турции…»)."""
    found: list[int] = []
    at = last + 1
    while at + 1 < len(tokens) and tokens[at].text.lower() in LIST_MARKS:
        noun = at + 1
        while noun < len(tokens) and tokens[noun].pos == "ADJ":
            noun += 1
        if noun >= len(tokens) or not _a_member(tokens, noun, tokens[last]):
            break
        at = _phrase_end(tokens, noun) + 1  # past its own words: «продукцию деревообработки»
        if at < len(tokens) and tokens[at].text.lower() not in LIST_ENDS:
            break  # a new clause, not a member: «трубы, предприятия региона также…»
        found.append(noun)
    return found


def _phrase_end(tokens: Sequence[Token], noun: int) -> int:
    """The last word of a noun's phrase right after it, its own list members apart
    («двигатели для тракторов», «продукцию лёгкой промышленности»)."""
    own = set(_own_words(tokens, noun))
    end = noun
    while end + 1 in own:
        end += 1
    return end


def _own_words(tokens: Sequence[Token], index: int) -> list[int]:
    """A word and the words below it, the branches of its own list members apart."""
    tree = TokenTree(tokens)
    found = [index]
    for i in found:
        found += [j for j in tree.children_at(i)
                  if tokens[j].rel not in OTHER_MEMBERS and j not in found]
    return found


OTHER_MEMBERS = frozenset({"conj", "cc", "punct"})


LIST_MARKS = frozenset({",", "и"})
LIST_ENDS = LIST_MARKS | frozenset({".", ";", ")", "!", "…"})
NOMINATIVE_LIKE = frozenset({"Nom", "Acc"})  # the tagger often reads one for the other


def _a_member(tokens: Sequence[Token], index: int, like: Token) -> bool:
    """A common noun in the case of another member of its list."""
    token = tokens[index]
    if token.pos != "NOUN" or _a_name(tokens, index):
        return False
    cases = {token.feat("Case"), like.feat("Case")}
    return len(cases) == 1 or cases <= NOMINATIVE_LIKE


def _opens_member(tokens: Sequence[Token], first: int, index: int) -> bool:
    """A noun after a comma or «и» and the adjectives of its own phrase."""
    before = index - 1
    while before > first and tokens[before].pos == "ADJ":
        before -= 1
    return tokens[before].text.lower() in LIST_MARKS


def goods_heads(tokens: Sequence[Token], index: int) -> list[int]:
    """The goods nouns starting from the head of an object or subject phrase; «такие
    товары, как X» gives X."""
    tree = TokenTree(tokens)
    head = _noun_of(tokens, index)
    if head is None:
        return []
    for _ in range(3):  # «тонн зерна», «тысяч тонн зерна»
        if fold(tokens[head].lemma or tokens[head].text) not in measure_words():
            break
        measured = _after_abbreviation(tokens, head) or [
            i for i in tree.children_at(head, frozenset({"nmod"})) if tokens[i].pos == "NOUN"]
        if not measured:
            break
        head = measured[0]
    listed = [i for i in tree.subtree_at(head) if tokens[i].rel == "obl" and i != head and
              any(tokens[j].lemma == "как" for j in tree.children_at(i, frozenset({"case"})))]
    return conjuncts(tokens, listed[0]) if listed else conjuncts(tokens, head)


def _after_abbreviation(tokens: Sequence[Token], index: int) -> list[int]:
    """The noun right after an abbreviated number noun and its dot, which the parser
    often hangs apart from it: «484 тыс. тонн рыбы», «2 млн. долларов», past an
    abbreviated measure: «29 тыс. т семян»."""
    after = index + 2
    if after >= len(tokens) or tokens[index + 1].text != ".":
        return []
    if fold(tokens[after].text) in ABBREVIATED_MEASURES:  # «29 тыс. т семян рапса»
        after += 1
    if after < len(tokens) and tokens[after].pos == "NOUN":
        return [after]
    return []


# measures written as one letter or two, which the tagger takes for anything («т» as a
# preposition)
ABBREVIATED_MEASURES = frozenset({"т", "кг", "м"})  # «м» after «куб.»: «куб. м леса»


def _noun_of(tokens: Sequence[Token], index: int) -> int | None:
    """The token itself when a noun; an adjective parsed as head gives its noun."""
    tree = TokenTree(tokens)
    if tokens[index].pos in NOUNS:
        return index
    nouns = [i for i in tree.children_at(index, frozenset({"nmod"})) if tokens[i].pos in NOUNS]
    return nouns[0] if nouns else None


def phrase_tokens(tokens: Sequence[Token], head: int) -> list[Token]:
    """The noun with the adjectives right before it, and the adverbs that modify those
    adjectives («жизненно важные препараты»; not «туда» in «поставляют туда оборудование»)."""
    first = head
    while first > 0 and (tokens[first - 1].pos in {"ADJ", "ADV"} or _a_participle(
            tokens[first - 1])) and (
        tokens[first - 1].lemma not in GENERAL_WORDS
    ) and not _a_name(tokens, first - 1) and not _a_trigger(tokens[first - 1]) and not (
        _adverbial(tokens, first - 1, tokens[head])
    ):
        first -= 1
    while first < head and tokens[first].pos == "ADV" and (
        tokens[first].head_id != tokens[first + 1].id or tokens[first + 1].pos != "ADJ"
    ):
        first += 1  # an adverb not said of the adjective after it belongs to the verb
    return [replace(token, pos="ADJ") if _a_participle(token) else token
            for token in tokens[first:head + 1]]


def _adverbial(tokens: Sequence[Token], index: int, noun: Token) -> bool:
    """An adjective right after a preposition, in another case than the noun: an
    adverbial phrase («в основном уголь» is no «основный уголь»)."""
    word = tokens[index]
    if word.pos != "ADJ" or index == 0 or tokens[index - 1].pos != "ADP":
        return False
    case, noun_case = word.feat("Case"), noun.feat("Case")
    return case is not None and noun_case is not None and case != noun_case


def _a_participle(token: Token) -> bool:
    """A participle said of the goods like an adjective: «замороженные овощи»."""
    return token.pos == "VERB" and token.feat("VerbForm") == "Part"


def _a_trigger(token: Token) -> bool:
    """A flow trigger the tagger took for an adjective («экспорт-импорт сельхозпродукции»)."""
    return fold(token.lemma or token.text) in trigger_table()


def _a_name(tokens: Sequence[Token], index: int) -> bool:
    """A capitalized word inside the sentence: a name the tagger took for an adjective
    («поставляет в Фергану оборудование»), not an adjective of the goods."""
    return index > 0 and tokens[index].text[:1].isupper()


def nominative(words: Sequence[Token], tools: Toolkit) -> str:
    """A phrase in the nominative, the adjectives agreeing with its noun, in lower case
    (acronyms kept: «тракторы МТЗ»)."""
    forms = agreeing_words(tools.morph, words)
    return " ".join(form if form.isupper() and len(form) > 1 else form.lower() for form in forms)


def goods_of(tokens: Sequence[Token], heads: Sequence[int], tools: Toolkit) -> tuple[str, ...]:
    """The goods named by these head nouns, in the nominative; a measure alone is no
    goods («первая партия объемом 500 тонн», «составил 413 тонн»; «50 пассажирских
    вагонов» are)."""
    names = [nominative(phrase, tools) for head in heads
             for phrase in shared_head_phrases(tokens, head, tools)
             if len(phrase) > 1 or fold(phrase[0].lemma or phrase[0].text) not in measure_words()]
    return tuple(dict.fromkeys(name for name in names if name))


COORDINATORS = frozenset({"и", "или", ","})


def shared_head_phrases(tokens: Sequence[Token], head: int,
                        tools: Toolkit) -> list[list[Token]]:
    """A noun phrase and the phrases of the adjectives coordinated before it, which share
    its noun: «коммунальную, дорожную и сельскохозяйственную технику» names three kinds
    of machinery; the parser hangs the first adjectives anywhere, so they are read off
    the words: an adjective in the noun's case, a comma or «и», the phrase."""
    phrase = phrase_tokens(tokens, head)
    first = head - len(phrase) + 1
    if phrase[0].pos != "ADJ":
        return [phrase]
    shared = phrase[1:]
    found = [phrase]
    at = first - 1
    while at >= 1 and tokens[at].text.lower() in COORDINATORS and _coordinated(
            tokens, at - 1, tokens[head], tools):
        found.insert(0, [replace(tokens[at - 1], pos="ADJ"), *shared])
        at -= 2
    return found


def _coordinated(tokens: Sequence[Token], index: int, noun: Token, tools: Toolkit) -> bool:
    """An adjective of goods in the noun's case («мясной и молочной продукции»); the
    tagger may take one for a noun of its own («молочная» as a dairy)."""
    token = tokens[index]
    adjective = token.pos == "ADJ" or _a_participle(token) or (token.pos == "NOUN" and any(
        parse.tag.POS == "ADJF" for parse in tools.morph.parse(token.text.lower())))
    return adjective and token.feat("Case") == noun.feat("Case") and (
        token.lemma not in GENERAL_WORDS) and not _a_name(tokens, index) and not (
        _a_trigger(token))
