"""A lighter `analyze` for NER-only runs: segmentation, morphology and NER, no syntax.

The entities stage reads tokens' lemmas, parts of speech and features but not the
dependency tree, so the NER benchmarks skip the syntax parser (about half the cost of
`analyze`). Sentences, tokens and mentions are converted by the same functions as
`coopwatch.nlp.analyze`, so the entities stage sees the same records minus heads.
"""

from __future__ import annotations

from functools import cached_property

from coopwatch.nlp import analyze as full
from coopwatch.nlp.models import NatashaModels
from coopwatch.records import Document, Mention
from coopwatch.tools import Toolkit


class NerToolkit(Toolkit):
    """A Toolkit whose natasha models leave out the syntax parser."""

    @cached_property
    def natasha(self) -> NatashaModels:
        import yargy  # noqa: F401  (imported before natasha: pymorphy2 on Python 3.11)
        from natasha import MorphVocab, NewsEmbedding, NewsMorphTagger, NewsNERTagger, Segmenter

        embedding = NewsEmbedding()
        return NatashaModels(
            segmenter=Segmenter(), morph_vocab=MorphVocab(),
            morph_tagger=NewsMorphTagger(embedding), syntax_parser=None,
            ner_tagger=NewsNERTagger(embedding),
        )


def analyze_without_syntax(doc: Document, tools: Toolkit) -> Document:
    """Stage `analyze` minus `parse_syntax`: tokens have no head_id / rel."""
    from natasha import Doc

    models = tools.natasha
    nat = Doc(doc.text)
    nat.segment(models.segmenter)
    full._resegment(nat)
    nat.tag_morph(models.morph_tagger)
    nat.tag_ner(models.ner_tagger)
    for token in nat.tokens:
        token.lemmatize(models.morph_vocab)
    mentions = []
    for span in nat.spans:
        span.normalize(models.morph_vocab)
        mentions.append(Mention(start=span.start, stop=span.stop, text=span.text,
                                type=full.NER_TYPES.get(span.type, span.type),
                                normal=span.normal))
    sentences = tuple(full._sentence(sent) for sent in nat.sents)
    return doc.replace(sentences=sentences, mentions=tuple(mentions))
