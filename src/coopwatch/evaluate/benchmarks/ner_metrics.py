"""NER metrics: FactRuEval-2016 track 1, token-level IO F1 (as naeval) and exact-span F1.

Systems give typed character spans (`Typed`, types PER / ORG / GEO). Each metric turns
gold and predicted spans into its own units (token sets, token tags, exact spans).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from coopwatch.evaluate.benchmarks.factrueval import FactRuDoc, GoldObject, GoldToken
from coopwatch.evaluate.benchmarks.tally import Scores, Tally, with_overall


@dataclass(frozen=True)
class Typed:
    """A typed character span [start, stop)."""

    type: str
    start: int
    stop: int


# --- FactRuEval-2016 track 1 -------------------------------------------------------

TRACK1_GOLD = {"Person": "per", "Org": "org", "Location": "loc", "LocOrg": "locorg"}
TRACK1_OURS = {"PER": "per", "ORG": "org", "GEO": "loc"}
TRACK1_TYPES = ("per", "org", "loc", "locorg")
TRACK1_FOLDED_TYPES = ("per", "org", "loc")
NAME_SPANS = frozenset(
    {"name", "surname", "patronymic", "nickname", "org_name", "loc_name", "geo_adj", "prj_name"}
)


@dataclass(frozen=True)
class TokenMention:
    """A mention as token indexes; `optional` tokens (descriptors) neither help nor hurt."""

    type: str
    tokens: frozenset[int]
    optional: frozenset[int] = frozenset()


def covered_tokens(tokens: Sequence[GoldToken], start: int, stop: int) -> frozenset[int]:
    """Indexes of the tokens that share at least one character with [start, stop)."""
    return frozenset(i for i, token in enumerate(tokens) if token.start < stop and start < token.stop)


def track1_gold(doc: FactRuDoc, fold_locorg: bool = False) -> list[TokenMention]:
    """Gold mentions: one per Person/Org/Location/LocOrg object, descriptors optional."""
    mentions = []
    for item in doc.objects:
        kind = TRACK1_GOLD.get(item.type)
        if kind is None or not item.spans:
            continue
        if fold_locorg and kind == "locorg":
            kind = "loc"
        mentions.append(_object_mention(doc.tokens, item, kind))
    return mentions


def _object_mention(tokens: Sequence[GoldToken], item: GoldObject, kind: str) -> TokenMention:
    every = frozenset().union(*(covered_tokens(tokens, s.start, s.stop) for s in item.spans))
    names = frozenset().union(
        *(covered_tokens(tokens, s.start, s.stop) for s in item.spans if s.type in NAME_SPANS)
    )
    if not names:  # a mention made only of descriptors: all of it counts
        return TokenMention(kind, every)
    return TokenMention(kind, names, every - names)


def track1_predicted(tokens: Sequence[GoldToken], spans: Iterable[Typed]) -> list[TokenMention]:
    """Our PER/ORG/GEO spans as per/org/loc token mentions (other types are ignored)."""
    mentions = []
    for span in spans:
        kind = TRACK1_OURS.get(span.type)
        covered = covered_tokens(tokens, span.start, span.stop)
        if kind and covered:
            mentions.append(TokenMention(kind, covered))
    return mentions


def overlap_quality(gold: TokenMention, predicted: TokenMention) -> float:
    """|name ∩ predicted| / |name ∪ (predicted − optional)|; 0 for different types."""
    if gold.type != predicted.type:
        return 0.0
    kept = predicted.tokens - gold.optional
    union = gold.tokens | kept
    return len(gold.tokens & kept) / len(union) if union else 0.0


def match_one_to_one(golds: Sequence[TokenMention],
                     predicted: Sequence[TokenMention]) -> list[tuple[int, int, float]]:
    """Pairs (gold index, predicted index, quality), each mention used once, best first."""
    candidates = sorted(
        ((overlap_quality(gold, pred), g, p)
         for g, gold in enumerate(golds) for p, pred in enumerate(predicted)),
        key=lambda item: (-item[0], item[1], item[2]),
    )
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for quality, g, p in candidates:
        if quality <= 0:
            break
        if g not in used_gold and p not in used_pred:
            used_gold.add(g)
            used_pred.add(p)
            pairs.append((g, p, quality))
    return pairs


def score_track1(golds: Sequence[TokenMention], predicted: Sequence[TokenMention],
                 types: Sequence[str] = TRACK1_TYPES) -> Scores:
    """Per-type and overall tallies: matched = the summed quality of the matched pairs."""
    pairs = match_one_to_one(golds, predicted)
    scores = {}
    for kind in types:
        matched = sum(q for g, _, q in pairs if golds[g].type == kind)
        scores[kind] = Tally(matched, sum(p.type == kind for p in predicted),
                             sum(g.type == kind for g in golds))
    return with_overall(scores, types)


# --- token-level IO F1 (the metric naeval publishes) -----------------------------

IO_GOLD = {"Person": "PER", "Org": "ORG", "Location": "LOC", "LocOrg": "LOC"}
IO_OURS = {"PER": "PER", "ORG": "ORG", "GEO": "LOC"}
IO_TYPES = ("PER", "ORG", "LOC")
IO_NAME_SPAN = {"ORG": "org_name", "LOC": "loc_name"}


def io_gold_spans(doc: FactRuDoc) -> list[Typed]:
    """Person: the whole object; Org: its org_name spans; Location/LocOrg: loc_name spans."""
    spans = []
    for item in doc.objects:
        kind = IO_GOLD.get(item.type)
        if kind is None or not item.spans:
            continue
        if kind == "PER":
            spans.append(Typed(kind, min(s.start for s in item.spans),
                               max(s.stop for s in item.spans)))
        else:
            spans += [Typed(kind, s.start, s.stop) for s in item.spans
                      if s.type == IO_NAME_SPAN[kind]]
    return drop_overlapping(spans)


def drop_overlapping(spans: Iterable[Typed]) -> list[Typed]:
    """Left to right, longer first; a span overlapping one already kept is dropped."""
    kept: list[Typed] = []
    for span in sorted(spans, key=lambda s: (s.start, -(s.stop - s.start), s.type)):
        if not kept or span.start >= kept[-1].stop:
            kept.append(span)
    return kept


def io_tags(tokens: Sequence[GoldToken], spans: Iterable[Typed]) -> list[str | None]:
    """A tag per token: the type of the span that contains the token, or None."""
    tags: list[str | None] = [None] * len(tokens)
    for span in drop_overlapping(spans):
        for index in covered_tokens(tokens, span.start, span.stop):
            if span.start <= tokens[index].start and tokens[index].stop <= span.stop:
                tags[index] = span.type
    return tags


def io_predicted(spans: Iterable[Typed]) -> list[Typed]:
    return [Typed(IO_OURS[s.type], s.start, s.stop) for s in spans if s.type in IO_OURS]


def score_io(gold: Sequence[str | None], predicted: Sequence[str | None],
             types: Sequence[str] = IO_TYPES) -> Scores:
    """Per type: tokens tagged with it by both / by the system / by the gold."""
    scores = {
        kind: Tally(
            sum(g == p == kind for g, p in zip(gold, predicted, strict=True)),
            sum(p == kind for p in predicted),
            sum(g == kind for g in gold),
        )
        for kind in types
    }
    return with_overall(scores, types)


# --- exact-span F1 ----------------------------------------------------------------


def score_exact(gold: Iterable[Typed], predicted: Iterable[Typed],
                types: Sequence[str]) -> Scores:
    """Per type: spans with the same type, start and stop in both (each span counted once)."""
    gold_set, pred_set = set(gold), set(predicted)
    scores = {
        kind: Tally(
            len({s for s in gold_set & pred_set if s.type == kind}),
            sum(s.type == kind for s in pred_set),
            sum(s.type == kind for s in gold_set),
        )
        for kind in types
    }
    return with_overall(scores, types)
