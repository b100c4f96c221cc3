"""Stage `analyze`: natasha segmentation, morphology, syntax and NER -> our records.

This module is the one adapter between natasha and coopwatch: nothing else imports
natasha's classes.
"""

from __future__ import annotations

from coopwatch.records import Document, Mention, Sentence, Token
from coopwatch.tools import Toolkit

NER_TYPES = {"PER": "PER", "ORG": "ORG", "LOC": "GEO"}


def analyze(doc: Document, tools: Toolkit) -> Document:
    from natasha import Doc

    models = tools.natasha
    nat = Doc(doc.text)
    nat.segment(models.segmenter)
    nat.tag_morph(models.morph_tagger)
    nat.parse_syntax(models.syntax_parser)
    nat.tag_ner(models.ner_tagger)
    for token in nat.tokens:
        token.lemmatize(models.morph_vocab)
    sentences = tuple(_sentence(sent) for sent in nat.sents)
    mentions = []
    for span in nat.spans:
        span.normalize(models.morph_vocab)
        mentions.append(
            Mention(start=span.start, stop=span.stop, text=span.text,
                    type=NER_TYPES.get(span.type, span.type), normal=span.normal)
        )
    return doc.replace(sentences=sentences, mentions=tuple(mentions))


def _sentence(sent) -> Sentence:
    tokens = tuple(
        Token(
            start=token.start, stop=token.stop, text=token.text, id=token.id,
            lemma=token.lemma or token.text.lower(), pos=token.pos or "",
            feats=tuple(sorted((token.feats or {}).items())),
            head_id=token.head_id or "", rel=token.rel or "",
        )
        for token in sent.tokens
    )
    return Sentence(start=sent.start, stop=sent.stop, text=sent.text, tokens=tokens)
