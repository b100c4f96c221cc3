"""Rankings after a supply: «Лес вывозят в Китай. На втором месте – Япония, на третьем –
Турция». A sentence with no supply word of its own that ranks places («на втором месте»,
«первое место занимает», «лидером стала Япония») names more ends of the supply read just before it: the one
sender of those flows sends to each country it ranks, or the one receiver gets goods
from each of them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from typing import Literal

from coopwatch.lexicon.datafiles import data_rows
from coopwatch.lexicon.folding import fold
from coopwatch.records import Document, Flow
from coopwatch.text.mentions import entity_mentions
from coopwatch.text.passages import Passage
from coopwatch.text.regions import is_country_key, is_place_key, is_russian_region

PLACE_NOUN = "место"
GENITIVE = "Gen"


@lru_cache(maxsize=1)
def rank_words() -> frozenset[str]:
    """Ordinal lemmas of a ranking (`data/flows/rank_words.txt`)."""
    return frozenset(fold(row[0]) for row in data_rows("flows/rank_words.txt"))


@lru_cache(maxsize=1)
def leader_words() -> frozenset[str]:
    """Lemmas that rank first on their own (`data/flows/leader_words.txt`)."""
    return frozenset(fold(row[0]) for row in data_rows("flows/leader_words.txt"))


@lru_cache(maxsize=1)
def rank_measures() -> dict[str, str]:
    """What a ranking ranks by, lemma to direction (`data/flows/rank_measures.tsv`)."""
    return {fold(row[0]): row[1] for row in data_rows("flows/rank_measures.tsv")}


def ranking_measure(passage: Passage) -> tuple[Literal["export", "import"], int] | None:
    """The way goods go in a ranking that names what it ranks by («по поставкам», «среди
    стран-импортёров»), when every such word of it agrees and none ranks by trade as a
    whole, and the index of the first."""
    found = [(way, index) for index, lemma in enumerate(passage.lemmas)
             if (way := rank_measures().get(fold(lemma).rsplit("-", 1)[-1]))]
    if len({way for way, _ in found}) != 1 or not a_ranking(passage):
        return None
    way, index = found[0]
    if way not in ("export", "import"):
        return None
    return ("export" if way == "export" else "import"), index


def ranked_countries(doc: Document, passage: Passage) -> list[str]:
    """The countries a ranking names, in order, none in the genitive («лидеры Монголии и
    Китая» rank no one) nor after a preposition («Далее речь шла о Монголии»)."""
    return list(dict.fromkeys(
        item.key for item in entity_mentions(doc, passage.start, passage.stop)
        if item.entity.type == "GEO" and is_country_key(item.key)
        and not _genitive(passage, item.start, item.stop)
        and not _after_preposition(passage, item.start)))


def _after_preposition(passage: Passage, start: int) -> bool:
    before = [token for token in passage.tokens if token.stop <= start]
    return bool(before) and before[-1].pos == "ADP"


@lru_cache(maxsize=1)
def next_words() -> frozenset[str]:
    """Words that rank places next (`data/flows/next_words.txt`)."""
    return frozenset(fold(row[0]) for row in data_rows("flows/next_words.txt"))


GOING_ON = frozenset({"идти", "следовать"})


def a_ranking(passage: Passage) -> bool:
    """A sentence that ranks: an ordinal and «место» in it, a word of the leader, or a
    word of the next ones with a verb of going on («Далее идут Пакистан, Казахстан»)."""
    lemmas = {fold(lemma) for lemma in passage.lemmas}
    return bool(lemmas & leader_words()) or (PLACE_NOUN in lemmas and bool(
        lemmas & rank_words())) or (bool(lemmas & next_words()) and bool(lemmas & GOING_ON))


def _abroad(keys: set[str]) -> bool:
    """Countries, or regions abroad listed among them («на Тайвань»)."""
    return all(is_country_key(key) or (is_place_key(key) and not is_russian_region(key))
               for key in keys)


def ranked_flows(doc: Document, passage: Passage, before: Sequence[Flow],
                 earlier: Sequence[Flow]) -> list[Flow]:
    """The flows a ranking adds to `before`, the flows of the sentence just before it:
    with one sender, the only one of all the flows read so far (`earlier`), and
    countries for receivers, each ranked country receives; with one receiver, the only
    one so far, and countries for senders, each ranked country sends. The goods are
    those of the flows before."""
    if not before or not a_ranking(passage):
        return []
    ranked = ranked_countries(doc, passage)
    sources = {flow.source for flow in before}
    targets = {flow.target for flow in before}
    goods = tuple(dict.fromkeys(good for flow in before for good in flow.goods))
    model = replace(before[0], goods=goods, evidence=(passage.span,))
    if len(sources) == 1 and _abroad(targets) and {flow.source for flow in earlier} == sources:
        source = next(iter(sources))
        return [replace(model, target=key) for key in ranked if key != source]
    if len(targets) == 1 and _abroad(sources) and {flow.target for flow in earlier} == targets:
        target = next(iter(targets))
        return [replace(model, source=key) for key in ranked if key != target]
    return []


def _genitive(passage: Passage, start: int, stop: int) -> bool:
    """A name whose every word the tagger reads in the genitive."""
    cases = [token.feat("Case") for token in passage.tokens
             if start <= token.start < stop and token.feat("Case")]
    return bool(cases) and all(case == GENITIVE for case in cases)
