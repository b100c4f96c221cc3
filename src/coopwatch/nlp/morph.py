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
        return self.analyzer.parse(word)


@lru_cache(maxsize=200_000)
def _lemma(analyzer: Any, word: str) -> str:
    parses = analyzer.parse(word)
    return parses[0].normal_form if parses else word.lower()
