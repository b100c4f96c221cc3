"""Flow triggers: the verbs, participles and nouns (`data/flows/triggers.tsv`) that say
goods move, each with its kind (where the source and the target stand) and whether it
is weak (a flow only when goods are named)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from coopwatch.extract.events.filters import cargo_nouns
from coopwatch.lexicon.datafiles import data_rows
from coopwatch.lexicon.folding import fold
from coopwatch.records import Token
from coopwatch.text.token_tree import TokenTree

VERB_KINDS = frozenset({"export", "import", "passive", "bought", "arrive", "use", "make"})
NOUN_KINDS = frozenset({"noun", "import_noun", "supplier", "buyer", "mutual"})
MUTUAL_WORDS = frozenset({"взаимный", "встречный", "обоюдный"})  # «взаимные поставки»
MUTUAL_ADVERBS = frozenset({"взаимно"})  # «взаимно поставляют»


@dataclass(frozen=True)
class FlowTrigger:
    """A flow trigger at a token index of a passage."""

    index: int
    kind: str
    weak: bool


# third fields of `flows/triggers.tsv` that make a trigger weak (see its header)
WEAK_FLAGS = frozenset({"weak", "heading", "direct", "named", "cargo"})
MARKET_WORDS = frozenset({"рынок"})  # «вышли на рынок Китая», «на китайский рынок»
SALES_WORDS = frozenset({"сбыт"})  # «рынки сбыта»


@lru_cache(maxsize=1)
def trigger_table() -> dict[str, tuple[str, bool]]:
    """Lemma -> (kind, weak) from `data/flows/triggers.tsv`."""
    table = {}
    for row in data_rows("flows/triggers.tsv"):
        if row[1] not in VERB_KINDS | NOUN_KINDS:
            raise ValueError(f"flows/triggers.tsv: unknown kind {row[1]!r}")
        table[fold(row[0])] = (row[1], len(row) > 2 and row[2] in WEAK_FLAGS)
    return table


@cache
def _flagged(*flags: str) -> frozenset[str]:
    """Lemmas of `flows/triggers.tsv` whose third field is one of `flags`."""
    return frozenset(fold(row[0]) for row in data_rows("flows/triggers.tsv")
                     if len(row) > 2 and row[2] in flags)


def direct_only() -> frozenset[str]:
    """Lemmas that are triggers only with no verb hung on them: «предложить партнёрам
    автомобили», not «предложила увеличить поставки», whose supply is the noun's."""
    return _flagged("direct")


def heading_only() -> frozenset[str]:
    """Lemmas that are triggers only before a list after a colon («Куда отправилась
    продукция:», «Зерно уехало в пять стран: Китай, …»); in running text they say people
    travel."""
    return _flagged("heading")


def named_only() -> frozenset[str]:
    """Lemmas that are triggers only with both ends named in the text, never filled in
    from the page's sides («туда пошло 95 тысяч тонн рыбы из Приморья», not «продукция
    пойдёт на российский рынок»)."""
    return _flagged("named", "cargo")


def market_only() -> frozenset[str]:
    """Lemmas that are triggers only with a market as where they go: «вышли на рынок
    Китая», «выходит на казахстанский рынок» (one goes out to many other places)."""
    return _flagged("market")


def cargo_only() -> frozenset[str]:
    """Lemmas that are triggers only with a vehicle or a load as their subject («прибыл
    контейнерный поезд из Китая»; a delegation arrives too)."""
    return _flagged("cargo")


def flow_triggers(tokens: Sequence[Token]) -> list[FlowTrigger]:
    """The flow triggers among the tokens (verbs and participles, or nouns, by kind)."""
    tree = TokenTree(tokens)
    found = []
    for index, token in enumerate(tokens):
        lemma = fold(token.lemma or token.text)
        entry = _entry(lemma)
        if entry is None:
            continue
        kind, weak = entry
        if lemma in heading_only() and not any(
                other.text == ":" for other in tokens[index + 1:]) and not _goods_go(
                tree, token):
            continue
        if lemma in cargo_only() and not any(
                fold(other.lemma or "") in cargo_nouns()
                for other in tree.children(token, {"nsubj", "nsubj:pass"})):
            continue
        if lemma in market_only() and not any(
                fold(tokens[other].lemma or "") in MARKET_WORDS
                and "на" in tree.prepositions_at(other)
                for other in tree.children_at(index, {"obl", "nmod"})):
            continue
        if any(fold(other.lemma or "") in market_only()
               for other in tree.children(token, {"obj"})):
            continue  # «получила доступ на рынок Китая»: the access says who supplies
        if lemma in _flagged("sales") and not any(
                fold(other.lemma or "") in SALES_WORDS for other in tree.children(token, {"nmod"})):
            continue
        if lemma in direct_only() and any(
                other.pos == "VERB" for other in tree.children(token)):
            continue
        # the tagger may take a noun that opens a line for a name: «Экспорт продукции:»
        is_noun = token.pos == "NOUN" or (token.pos == "PROPN" and index == 0)
        if kind == "mutual" or is_noun == (kind in NOUN_KINDS):  # «экспорт-импорт» is any tag
            kind = "mutual" if (kind == "noun" and _mutual(tree, token)) or (
                kind in {"export", "import"} and _mutual_verb(tree, token)) else kind
            found.append(FlowTrigger(index, _voiced(kind, token), weak))
    return found


def _entry(lemma: str) -> tuple[str, bool] | None:
    """The trigger entry of a lemma; a compound noun ends in a supplier or buyer noun
    («страна-импортер», «компания-экспортер») reads as that noun."""
    entry = trigger_table().get(lemma)
    if entry is None and "-" in lemma:
        last = trigger_table().get(lemma.rsplit("-", 1)[1])
        if last is not None and last[0] in {"supplier", "buyer"}:
            return last
    return entry


@lru_cache(maxsize=1)
def goods_words() -> frozenset[str]:
    """Nouns naming goods in general (`data/flows/goods_words.txt`)."""
    return frozenset(fold(row[0]) for row in data_rows("flows/goods_words.txt"))


@lru_cache(maxsize=1)
def measure_words() -> frozenset[str]:
    """Nouns that measure goods (`data/flows/measure_words.txt`)."""
    return frozenset(fold(row[0]) for row in data_rows("flows/measure_words.txt"))


def _goods_go(tree: TokenTree, token: Token) -> bool:
    """Goods, a load or an amount of goods as the subject of a verb of heading off:
    «товары, произведенные в области, отправились в Оман, Нигерию…», «первая партия
    свинины отправилась в Китай», «86 тонн корма направились в Узбекистан» (people who
    travel are no goods)."""
    return any(fold(other.lemma or "") in goods_words() | cargo_nouns() | measure_words()
               for other in tree.children(token, {"nsubj"}))


def _mutual(tree: TokenTree, token: Token) -> bool:
    """A supply noun said to go both ways: «взаимные поставки», «встречные поставки»."""
    return any(fold(other.lemma) in MUTUAL_WORDS for other in tree.children(token, {"amod"}))


def _mutual_verb(tree: TokenTree, token: Token) -> bool:
    """A supply verb said to go both ways: «взаимно поставляют» (the parser hangs the
    adverb by any relation)."""
    return any(fold(other.lemma or other.text) in MUTUAL_ADVERBS for other in tree.children(token))


def _voiced(kind: str, token: Token) -> str:
    """A passive form of an active verb («отгружены», «приобретено», «ввозимой») reads
    as passive."""
    if kind in PASSIVE_OF and _passive(token):
        return PASSIVE_OF[kind]
    return kind


PASSIVE_OF = {"export": "passive", "import": "bought"}  # a verb's kind -> its passive's


# a present passive participle: «ввозимой», «экспортируемых», «поставляемая»
PRESENT_PASSIVE = re.compile(r"[иеё]м(?:ый|ая|ое|ые|ого|ой|ому|ым|ом|ую|ых|ыми|ою)$")


def _passive(token: Token) -> bool:
    """Whether a verb form is passive; the tagger often calls a present passive
    participle active, so its ending is read too."""
    return token.feat("Voice") == "Pass" or (
        token.feat("VerbForm") == "Part" and token.feat("Tense") == "Pres"
        and PRESENT_PASSIVE.search(token.text.lower()) is not None)
