"""Stage `analyze`: natasha segmentation, morphology, syntax and NER -> our records.

This module is the one adapter between natasha and coopwatch: nothing else imports
natasha's classes.
"""

from __future__ import annotations

from coopwatch.nlp.morph import Morph, reading
from coopwatch.records import Document, Mention, Sentence, Token
from coopwatch.tools import Toolkit

NER_TYPES = {"PER": "PER", "ORG": "ORG", "LOC": "GEO"}


def analyze(doc: Document, tools: Toolkit) -> Document:
    """Segmentation, morphology, syntax and NER."""
    return _annotate(doc, tools, syntax=True)


def analyze_without_syntax(doc: Document, tools: Toolkit) -> Document:
    """Segmentation and NER, no dependency parse (tokens get no head_id / rel) and no
    morphology tagger: each token's lemma, part of speech and features are its best
    context-free pymorphy3 reading (`coopwatch.nlp.morph.reading`, cached per word form).
    Enough for the entities stage at a fraction of the cost; the NER benchmarks use it."""
    return _annotate(doc, tools, syntax=False)


def _annotate(doc: Document, tools: Toolkit, *, syntax: bool) -> Document:
    from natasha import Doc

    models = tools.natasha
    nat = Doc(doc.text)
    nat.segment(models.segmenter)
    _resegment(nat)
    if syntax:
        nat.tag_morph(models.morph_tagger)
        nat.parse_syntax(models.syntax_parser)
    nat.tag_ner(models.ner_tagger)
    if syntax:
        for token in nat.tokens:
            token.lemmatize(models.morph_vocab)
    else:
        _read_tokens(nat, tools.morph)
    sentences = tuple(_sentence(sent) for sent in nat.sents)
    mentions = []
    for span in nat.spans:
        span.normalize(models.morph_vocab)
        mentions.append(
            Mention(start=span.start, stop=span.stop, text=span.text,
                    type=NER_TYPES.get(span.type, span.type), normal=span.normal)
        )
    return doc.replace(sentences=sentences, mentions=tuple(mentions))


def _read_tokens(nat, morph: Morph) -> None:
    """Give natasha's tokens pymorphy3's context-free lemma, part of speech and features."""
    for token in nat.tokens:
        found = reading(morph, token.text)
        token.lemma, token.pos, token.feats = found.lemma, found.pos, found.feats


def _resegment(nat) -> None:
    """Sentences never cross a line break (headlines, bullets), and a short quoted name
    with a dot inside («ИННОПРОМ. Беларусь») stays in one sentence."""
    from natasha.doc import DocSent

    ranges = [piece for sent in nat.sents for piece in _line_pieces(nat.text, sent.start, sent.stop)]
    ranges = _join_quoted_names(nat.text, ranges)
    nat.sents = [DocSent(start, stop, nat.text[start:stop]) for start, stop in ranges]
    nat.envelop_sent_tokens()


def _line_pieces(text: str, start: int, stop: int) -> list[tuple[int, int]]:
    pieces = []
    for line in text[start:stop].split("\n"):
        stripped = line.strip()
        if stripped:
            begin = text.index(stripped, start)
            pieces.append((begin, begin + len(stripped)))
        start += len(line) + 1
    return pieces


def _join_quoted_names(text: str, ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    joined: list[tuple[int, int]] = []
    for start, stop in ranges:
        if joined and _opens_short_quote(text, joined[-1], (start, stop)):
            joined[-1] = (joined[-1][0], stop)
        else:
            joined.append((start, stop))
    return joined


def _opens_short_quote(text: str, before: tuple[int, int], after: tuple[int, int]) -> bool:
    """The sentence before leaves a quote open on the same line and the next closes it soon."""
    left, right = text[before[0]:before[1]], text[after[0]:after[1]]
    if "\n" in text[before[1]:after[0]]:
        return False
    unbalanced = left.count("«") > left.count("»") or left.count('"') % 2 == 1
    closing = min((right.find(q) for q in "»\"" if q in right), default=-1)
    return unbalanced and 0 <= closing <= 40


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
