"""A lighter `analyze` for NER-only runs: segmentation, morphology and NER, no syntax.

The entities stage reads tokens' lemmas, parts of speech and features but not the
dependency tree, so the NER benchmarks skip the syntax parser (about half the cost of
`analyze`). Sentences, tokens and mentions are converted by the same functions as
`coopwatch.nlp.analyze`, so the entities stage sees the same records minus heads.
"""

from __future__ import annotations

from functools import cached_property

from coopwatch.nlp.analyze import analyze_without_syntax
from coopwatch.nlp.models import NatashaModels
from coopwatch.tools import Toolkit

__all__ = ["NerToolkit", "analyze_without_syntax"]


class NerToolkit(Toolkit):
    """A Toolkit whose natasha models leave out the syntax parser."""

    @cached_property
    def natasha(self) -> NatashaModels:
        return NatashaModels.load(syntax=False)
