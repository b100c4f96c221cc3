"""Goods of a flow: the noun phrases a supply verb takes, in the nominative.

«поставляет в Татарстан лаки и краски, моющие средства» → лаки, краски, моющие средства.
Each conjunct noun keeps the adjectives right before it; words are put in the nominative
with pymorphy3, keeping the noun's number.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from coopwatch.extract.flows.triggers import trigger_table
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
    return sorted(i for i in found if i == index or tokens[i].pos in NOUNS)


@lru_cache(maxsize=1)
def measure_words() -> frozenset[str]:
    """Nouns that measure goods (`data/flows/measure_words.txt`)."""
    return frozenset(fold(row[0]) for row in data_rows("flows/measure_words.txt"))


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
        measured = [i for i in tree.children_at(head, frozenset({"nmod"}))
                    if tokens[i].pos == "NOUN"] or _after_abbreviation(tokens, head)
        if not measured:
            break
        head = measured[0]
    listed = [i for i in tree.subtree_at(head) if tokens[i].rel == "obl" and i != head and
              any(tokens[j].lemma == "как" for j in tree.children_at(i, frozenset({"case"})))]
    return conjuncts(tokens, listed[0]) if listed else conjuncts(tokens, head)


def _after_abbreviation(tokens: Sequence[Token], index: int) -> list[int]:
    """The noun right after an abbreviated number noun and its dot, which the parser
    often hangs apart from it: «484 тыс. тонн рыбы», «2 млн. долларов»."""
    after = index + 2
    if after < len(tokens) and tokens[index + 1].text == "." and tokens[after].pos == "NOUN":
        return [after]
    return []


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
    while first > 0 and tokens[first - 1].pos in {"ADJ", "ADV"} and (
        tokens[first - 1].lemma not in GENERAL_WORDS
    ) and not _a_name(tokens, first - 1) and not _a_trigger(tokens[first - 1]):
        first -= 1
    while first < head and tokens[first].pos == "ADV" and (
        tokens[first].head_id != tokens[first + 1].id or tokens[first + 1].pos != "ADJ"
    ):
        first += 1  # an adverb not said of the adjective after it belongs to the verb
    return list(tokens[first:head + 1])


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
    """The goods named by these head nouns, in the nominative."""
    names = [nominative(phrase_tokens(tokens, head), tools) for head in heads]
    return tuple(dict.fromkeys(name for name in names if name))
