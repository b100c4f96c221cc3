"""natasha/slovnet models, loaded once (the weights ship inside the natasha wheel)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class NatashaModels:
    segmenter: Any
    morph_vocab: Any
    morph_tagger: Any | None
    syntax_parser: Any | None
    ner_tagger: Any
    vocabulary: Any = None  # the words the embedding knows (a mapping; None: unknown)

    @classmethod
    def load(cls, *, syntax: bool = True) -> NatashaModels:
        """All models; without `syntax`, neither the syntax parser nor the morphology tagger
        (the analysis without syntax reads tokens with pymorphy3 instead)."""
        import yargy  # noqa: F401  (imported before natasha: pymorphy2 on Python 3.11)
        from natasha import (
            MorphVocab,
            NewsEmbedding,
            NewsMorphTagger,
            NewsNERTagger,
            NewsSyntaxParser,
            Segmenter,
        )

        embedding = NewsEmbedding()
        return cls(
            segmenter=Segmenter(),
            morph_vocab=MorphVocab(),
            morph_tagger=NewsMorphTagger(embedding) if syntax else None,
            syntax_parser=NewsSyntaxParser(embedding) if syntax else None,
            ner_tagger=NewsNERTagger(embedding),
            vocabulary=embedding.vocab.word_ids,
        )
