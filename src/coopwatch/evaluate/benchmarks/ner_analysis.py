"""A lighter toolkit for NER-only runs: segmentation and NER, no syntax, no morph tagger.

The entities stage reads tokens' lemmas, parts of speech and features but not the
dependency tree, so the NER benchmarks run `analyze_without_syntax`, which reads each
token's morphology from pymorphy3 (cached) instead of natasha's morphology tagger and
lemmatizer (together more costly than the NER model). Sentences, tokens and mentions are
converted by the same functions as `coopwatch.nlp.analyze`.
"""

from __future__ import annotations

from functools import cached_property

from coopwatch.nlp.analyze import analyze_for_entities, analyze_without_syntax
from coopwatch.nlp.models import NatashaModels
from coopwatch.tools import Toolkit

__all__ = ["NerToolkit", "analyze_for_entities", "analyze_without_syntax"]


class NerToolkit(Toolkit):
    """A Toolkit whose natasha models are the segmenter, the NER tagger and the
    vocabulary that normalizes NER spans: no syntax parser, no morphology tagger."""

    @cached_property
    def natasha(self) -> NatashaModels:
        return NatashaModels.load(syntax=False)
