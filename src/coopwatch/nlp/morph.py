"""pymorphy3 morphology: lemmas and inflection of words and phrases."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any


@dataclass(frozen=True)
class Morph:
    analyzer: Any

    @classmethod
    def load(cls) -> Morph:
        import pymorphy3

        return cls(analyzer=pymorphy3.MorphAnalyzer())

    def lemma(self, word: str) -> str:
        return _lemma(self.analyzer, word)

    def parse(self, word: str) -> list[Any]:
        """pymorphy3's parses of a word, best first (cached: the same list object for
        the same word, which callers must not change)."""
        return _parse(self.analyzer, word)


@lru_cache(maxsize=200_000)
def _parse(analyzer: Any, word: str) -> list[Any]:
    parses: list[Any] = analyzer.parse(word)
    return parses


@lru_cache(maxsize=200_000)
def _quick_parse(analyzer: Any, word: str) -> list[Any]:
    """The parses without pymorphy3's probability estimate (about half the cost): for
    lower-case context words, whose best reading rarely depends on it."""
    parses: list[Any] = _unscored(analyzer).parse(word)
    return parses


@lru_cache(maxsize=4)
def _unscored(analyzer: Any) -> Any:
    import copy

    quick = copy.copy(analyzer)  # shares the dictionaries
    quick.prob_estimator = None
    return quick


@lru_cache(maxsize=200_000)
def _lemma(analyzer: Any, word: str) -> str:
    parses = analyzer.parse(word)
    return parses[0].normal_form if parses else word.lower()


# OpenCorpora parts of speech -> Universal Dependencies, as natasha's tagger names them.
UD_POS = {"NOUN": "NOUN", "ADJF": "ADJ", "ADJS": "ADJ", "COMP": "ADJ", "PRTF": "ADJ",
          "PRTS": "VERB", "VERB": "VERB", "INFN": "VERB", "GRND": "VERB", "NUMR": "NUM",
          "ADVB": "ADV", "NPRO": "PRON", "PRED": "ADV", "PREP": "ADP", "CONJ": "CCONJ",
          "PRCL": "PART", "INTJ": "INTJ"}
UD_FEATS = {
    "Case": {"nomn": "Nom", "gent": "Gen", "gen2": "Gen", "datv": "Dat", "accs": "Acc",
             "acc2": "Acc", "ablt": "Ins", "loct": "Loc", "loc2": "Loc", "voct": "Voc"},
    "Gender": {"masc": "Masc", "femn": "Fem", "neut": "Neut"},
    "Number": {"sing": "Sing", "plur": "Plur"},
    "Animacy": {"anim": "Anim", "inan": "Inan"},
    "Tense": {"pres": "Pres", "past": "Past", "futr": "Fut"},
    "Aspect": {"perf": "Perf", "impf": "Imp"},
}
# Universal Dependencies cases, as natasha's tagger names them -> OpenCorpora grammemes.
CASE_GRAMMEMES = {"Nom": "nomn", "Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt",
                  "Loc": "loct"}
PROPER = ("Name", "Surn", "Patr", "Geox", "Orgn", "Trad")
SUBORDINATORS = frozenset({"что", "чтобы", "если", "когда", "хотя", "пока", "поскольку",
                           "потому", "так", "как", "будто", "ли", "раз"})
DETERMINERS = frozenset({"этот", "тот", "весь", "свой", "наш", "ваш", "мой", "твой", "такой",
                         "каждый", "сам", "любой", "какой", "чей", "их", "его", "её"})


@dataclass(frozen=True)
class Reading:
    """A word's context-free morphology in the terms of natasha's tagger: lemma, UD part
    of speech and features (the first pymorphy3 parse)."""

    lemma: str
    pos: str
    feats: dict[str, str]


def reading(morph: Morph, word: str) -> Reading:
    """The best context-free reading of one token (cached per word form)."""
    return _reading(morph.analyzer, word)


@lru_cache(maxsize=200_000)
def _reading(analyzer: Any, word: str) -> Reading:
    if not any(char.isalpha() for char in word):
        kind = "NUM" if any(char.isdigit() for char in word) else "PUNCT"
        return Reading(word, kind, {})
    if not any("а" <= char.lower() <= "я" or char in "ёЁ" for char in word):
        return Reading(word.lower(), "X", {"Foreign": "Yes"})
    parse = (_parse(analyzer, word) if word[:1].isupper() else _quick_parse(analyzer, word))[0]
    tag = parse.tag
    feats = {name: values[value] for name, values in UD_FEATS.items()
             if (value := getattr(tag, name.lower(), None)) in values}
    if tag.POS in ("ADJS", "PRTS"):
        feats["Variant"] = "Short"
    return Reading(parse.normal_form.replace("ё", "е"), _ud_pos(word, parse), feats)


def _ud_pos(word: str, parse: Any) -> str:
    tag, lemma = parse.tag, parse.normal_form
    if tag.POS is None:
        return "PROPN" if word[:1].isupper() else "X"
    if tag.POS == "NOUN" and (any(mark in tag for mark in PROPER) or (
            word[:1].isupper() and not parse.is_known)):
        return "PROPN"
    if lemma == "быть":
        return "AUX"
    if tag.POS == "CONJ" and lemma in SUBORDINATORS:
        return "SCONJ"
    if tag.POS in ("ADJF", "NPRO") and lemma in DETERMINERS:
        return "DET"
    return UD_POS.get(tag.POS or "", "X")


INFLECTED_POS = ("NOUN", "PROPN", "ADJ", "VERB")


def nominative(morph: Morph, word: str) -> str:
    """A word of a name in the nominative by its best context-free reading, written like
    the word («Москвы» -> «Москва», «Петрова» -> «Петров»): a cheap span normalizer
    for the NER-only analysis, which has no tagger to pick the parse."""
    return _shape_like(_nominative(morph.analyzer, word), word)


@lru_cache(maxsize=200_000)
def _nominative(analyzer: Any, word: str) -> str:
    lower = word.lower().replace("ё", "е")
    found = _reading(analyzer, word)
    if found.pos not in INFLECTED_POS or found.feats.get("Case") in (None, "Nom"):
        return lower
    parses = _parse(analyzer, word)
    if word[:1].isupper():
        # a name: a parse as a name if there is one; an unknown word stays as written
        # (the entities stage puts surnames in the nominative by their endings)
        names = [p for p in parses if any(mark in p.tag for mark in PROPER)]
        names.sort(key=lambda p: "sing" not in p.tag)  # one person, one place
        # otherwise a known singular word («Нижегородской»); a plural one may be an
        # indeclinable surname («Русских») and stays as written
        parses = names or [p for p in parses[:1] if p.is_known and "plur" not in p.tag]
    form = parses[0].inflect({"nomn"}) if parses else None
    return form.word.replace("ё", "е") if form is not None else lower


def _shape_like(word: str, like: str) -> str:
    """`word` with the capitals of `like`, part by part of a hyphenated word."""
    if like.isupper() and len(like) > 1:
        return word.upper()
    parts, shapes = word.split("-"), like.split("-")
    if len(parts) != len(shapes):
        return word[:1].upper() + word[1:] if like[:1].isupper() else word
    return "-".join(part[:1].upper() + part[1:] if shape[:1].isupper() else part
                    for part, shape in zip(parts, shapes, strict=True))
