"""Train the ORG filter on the read real-news dev part; write data/entities/org_filter.json.

    .venv/bin/python bench/realnews/train_org_filter.py [--texts corpus/realnews]

Runs the pipeline without its `org_filter` stage on the dev texts whose errors are read:
every dev record on disk with its sha256 except the held-out records n721–n940 (never the
test part; a text missing on disk is left out and counted). It scores the cards against
the gold and fits a logistic regression of «the predicted ORG matched a gold ORG» on the
features of `coopwatch.extract.org_filter.signals`. A predicted ORG that matches only an
`optional` gold item is left out: the scorer counts it neither right nor wrong.

Wider candidates. The pages the rules were read from keep little of the junk the rules of
`entities.org_noise`, `entities.furniture` (`is_named_org`) and `entities.org_facilities`
drop, but unseen pages keep the junk no rule was written for. So the organizations those
rules drop on the read pages join the rows too, each scored against the gold on its own
(a wrong one, or one whose gold item a kept organization already matches, is a wrong row;
a fact never needs one). They teach the model what a name that names nothing looks like.

The lemma features (`lemma=…`) are kept only for lemmas of MIN_DOCUMENTS training
documents or more, so the model file stays small and names no particular body.

Strength: scikit-learn's lbfgs with C chosen by grouped cross-validation (a document's
ORGs stay together), as in `train_confidence.py`. Floor: out-of-fold estimates from
REPEATS random splits of the documents into FOLDS folds (fixed seeds), the F1 at each
floor of FLOORS computed twice, on the pipeline's ORGs (an ORG a fact needs always kept)
and on them with the rule-dropped ones as if no rule had dropped them; the floor with the
best mean of the two, the lowest of equals. Everything is deterministic: the same texts
give the same file.

Session 17 (read part: 477 records, 385 pipeline ORGs decided by gold, 76 dropped by
rules): out-of-fold ORG F1 on the pipeline's ORGs 0.889 at floor 0.4 (the session-11
features without the dropped rows: 0.893 at their best floor, but 0.82 instead of 0.85
with the dropped rows kept), held-out ORG 0.744 -> 0.752 (59/21/18; precision 0.70 ->
0.74), never-read test ORG 0.700 -> 0.707.

Session 30 retrained it on 553 read records (533 pipeline ORGs, 60 dropped by rules; C
0.3, floor 0.4, out-of-fold F1 0.815 / 0.792): held-out ORG 0.820 -> 0.830, but the
seeds' ORG fell from 1.000 to 0.950 and the written dev gold's below its floor, so the
session-17 model was kept.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from run import SPLITS, dev_texts_from_argv, gold_records, records_on_disk
from train_confidence import learner, record_number, weights_of

ROOT = Path(__file__).resolve().parents[2]
MODEL = ROOT / "src" / "coopwatch" / "data" / "entities" / "org_filter.json"
FLOORS = (0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6)
HELD_OUT = range(721, 941)  # session 16 on: every other dev record is read
MIN_DOCUMENTS = 5
VOCABULARY = ("lemma=",)  # feature prefixes kept only for lemmas of MIN_DOCUMENTS documents
FOLDS = 5
REPEATS = 3


@dataclass(frozen=True)
class Row:
    """One ORG: its features, whether gold has it, its document, whether a fact needs it
    (the stage keeps it then), and whether a rule dropped it before the card."""

    values: dict[str, float]
    right: bool
    document: int
    needed: bool
    dropped: bool = False


def held_out(path: str) -> bool:
    """Whether a dev record is held out (n721–n940): its errors are never read."""
    number = record_number(path)
    return number is not None and number in HELD_OUT


@contextmanager
def recording_dropped() -> Iterator[dict[str, list[Any]]]:
    """While open, the ORG entities that the entity stage's junk rules drop, by text."""
    import coopwatch.extract.entities.stage as stage

    dropped: dict[str, list[Any]] = defaultdict(list)
    current = [""]
    saved = (stage.link, stage.without_org_noise, stage.without_facilities, stage.is_named_org)

    def listed(rule: Callable[..., Any]) -> Callable[..., Any]:
        def run(*args: Any) -> Any:
            kept = rule(*args)
            spans = {(m.start, m.stop) for e in kept for m in e.mentions}
            dropped[current[0]].extend(
                e for e in args[-1] if e.type == "ORG" and e.mentions
                and not any((m.start, m.stop) in spans for m in e.mentions))
            return kept
        return run

    def named(entity: Any, index: Any, morph: Any) -> bool:
        if not saved[3](entity, index, morph):
            dropped[current[0]].append(entity)
            return False
        return True

    def link(doc: Any, tools: Any) -> Any:
        current[0] = doc.text
        return saved[0](doc, tools)

    stage.without_org_noise, stage.without_facilities = listed(saved[1]), listed(saved[2])
    stage.is_named_org = named
    stage.link = link
    try:
        yield dropped
    finally:
        stage.link, stage.without_org_noise, stage.without_facilities, stage.is_named_org = saved


def _pipeline() -> Any:
    """The pipeline without `org_filter`, its entity stage reading `stage.link` at call
    time (so `recording_dropped` sees every document)."""
    from dataclasses import replace

    import coopwatch.extract.entities.stage as entity_stage
    from coopwatch.pipeline import STAGES, Pipeline

    def link(doc: Any, tools: Any) -> Any:
        return entity_stage.link(doc, tools)

    stages = tuple(replace(s, run=link) if s.run is entity_stage.link else s
                   for s in STAGES if s.name != "org_filter")
    return Pipeline(stages=stages)


def _dropped_label(gold: Any, card: Any, matched: set[str], entity: Any) -> bool | None:
    """Whether gold has a rule-dropped ORG (None: only as an optional item)."""
    from coopwatch.evaluate.scorer import score_document

    alone = card.replace(entities=(*(e for e in card.entities if e.type != "ORG"), entity))
    for item, _ in score_document(gold, alone).matchings["ORG"].pairs:
        if item.item.key in matched:
            return False  # a kept organization has that gold item already
        return None if item.optional else True
    return False


def outcomes(texts: Path) -> tuple[list[Row], int, int]:
    """The rows of the read dev part, its number of gold ORGs (non-optional), and the
    number of read records used."""
    from coopwatch.evaluate.cards import cards_from_pipeline
    from coopwatch.evaluate.gold import parse_gold_document
    from coopwatch.evaluate.scorer import score
    from coopwatch.extract.org_filter.signals import CardContext, card_org_features, org_features
    from coopwatch.extract.org_filter.stage import needed
    from coopwatch.settings import get_settings

    records = [r for r in records_on_disk(gold_records("dev"), texts) if not held_out(r["path"])]
    golds = [parse_gold_document(r) for r in records]
    pipeline = _pipeline()
    with recording_dropped() as dropped:
        found = cards_from_pipeline(SPLITS["dev"][0], golds, pipeline, get_settings(), texts)
    result = score(golds, found.cards)
    rows: list[Row] = []
    for number, (gold, card, document) in enumerate(zip(golds, found.cards, result.documents,
                                                         strict=True)):
        if card is None:
            continue
        matching = document.matchings["ORG"]
        right = {id(pred) for item, pred in matching.pairs if not item.optional}
        wrong = {id(pred) for pred in matching.spurious}
        keep = needed(card)
        for entity, values in card_org_features(card, pipeline.tools):
            if id(entity) in right or id(entity) in wrong:
                rows.append(Row(values, id(entity) in right, number, entity.key in keep))
        matched = {item.item.key for item, _ in matching.pairs}
        context, seen = CardContext.of(card), {e.key for e in card.entities}
        for entity in dropped.get(card.text, ()):
            if entity.key in seen:
                continue
            seen.add(entity.key)
            label = _dropped_label(gold, card, matched, entity)
            if label is not None:
                rows.append(Row(org_features(card, context, pipeline.tools, entity), label,
                                number, False, dropped=True))
    counts = result.counts["ORG"]
    return rows, counts.tp + counts.fn, len(records)


def with_vocabulary(rows: list[Row], least: int = MIN_DOCUMENTS) -> list[Row]:
    """The rows without the lemma features of fewer than `least` documents."""
    documents: dict[str, set[int]] = defaultdict(set)
    for row in rows:
        for name in row.values:
            documents[name].add(row.document)

    def kept(name: str) -> bool:
        return not name.startswith(VOCABULARY) or len(documents[name]) >= least

    return [Row({k: v for k, v in row.values.items() if kept(k)}, row.right, row.document,
                row.needed, row.dropped) for row in rows]


def _matrix(rows: list[Row]) -> tuple[Any, Any, list[int], Any]:
    import numpy as np
    from sklearn.feature_extraction import DictVectorizer

    vectorizer = DictVectorizer(sparse=False)
    x = vectorizer.fit_transform([row.values for row in rows])
    y = np.array([int(row.right) for row in rows])
    return x, y, [row.document for row in rows], vectorizer


def out_of_fold(rows: list[Row], repeats: int = REPEATS) -> list[Any]:
    """Per repeat, each ORG's estimate from a model fitted without its document's fold
    (documents dealt to FOLDS folds by a permutation with a fixed seed)."""
    import numpy as np

    x, y, groups, _ = _matrix(rows)
    documents = sorted(set(groups))
    estimates = []
    for seed in range(repeats):
        order = np.random.RandomState(seed).permutation(len(documents))
        fold_of = {document: int(order[n]) % FOLDS for n, document in enumerate(documents)}
        folds = np.array([fold_of[g] for g in groups])
        estimate = np.zeros(len(y))
        for fold in range(FOLDS):
            train, held = np.flatnonzero(folds != fold), np.flatnonzero(folds == fold)
            model = learner(x[train], list(y[train]), [groups[i] for i in train])
            estimate[held] = model.predict_proba(x[held])[:, 1]
        estimates.append(estimate)
    return estimates


def f1_at(rows: list[Row], estimate: Any, gold: int, value: float, dropped: bool) -> float:
    """ORG F1 with the ORGs under `value` left out (a needed one kept); with `dropped`,
    the rule-dropped ORGs counted as if the pipeline had kept them."""
    kept = [row.right for row, p in zip(rows, estimate, strict=True)
            if (dropped or not row.dropped) and (row.needed or p >= value)]
    extra = sum(row.right for row in rows if row.dropped) if dropped else 0
    tp = sum(kept)
    fp = len(kept) - tp
    return 2 * tp / (2 * tp + fp + gold + extra - tp) if tp else 0.0


def floor(rows: list[Row], gold: int, estimates: list[Any]) -> tuple[float, dict[float, tuple[
        float, float]]]:
    """The floor with the best mean of the two out-of-fold F1 (the pipeline's ORGs; the
    same with the rule-dropped ones), the lowest of equals, and both F1 at each floor."""
    scores = {}
    for value in FLOORS:
        pipeline = sum(f1_at(rows, e, gold, value, False) for e in estimates) / len(estimates)
        wider = sum(f1_at(rows, e, gold, value, True) for e in estimates) / len(estimates)
        scores[value] = (round(pipeline, 4), round(wider, 4))
    best = max(sum(pair) for pair in scores.values())
    return min(value for value, pair in scores.items() if sum(pair) == best), scores


def fit(rows: list[Row]) -> dict[str, Any]:
    """The logistic model as bias and weights."""
    x, y, groups, vectorizer = _matrix(rows)
    return {**weights_of(learner(x, list(y), groups), vectorizer), "orgs": len(rows),
            "right": int(sum(y))}


def train(rows: list[Row], gold: int) -> tuple[dict[str, Any], dict[float, tuple[float, float]]]:
    """The model file's content from the rows, and the out-of-fold F1 pairs by floor."""
    rows = with_vocabulary(rows)
    value, scores = floor(rows, gold, out_of_fold(rows))
    model = fit(rows)
    model["keep_from"] = value
    model["trained_on"] = ("real-news dev part without held-out records n721-n940, with the "
                           "ORGs the junk rules drop, by bench/realnews/train_org_filter.py")
    return model, scores


def main() -> int:
    texts = dev_texts_from_argv(__doc__.splitlines()[0], skip_missing=True)
    if texts is None:
        return 2
    rows, gold, used = outcomes(texts)
    model, scores = train(rows, gold)
    MODEL.write_text(json.dumps(model, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
                     encoding="utf-8")
    by_floor = " ".join(f"{key}:{a:.4f}/{b:.4f}" for key, (a, b) in scores.items())
    dropped = sum(row.dropped for row in rows)
    print(f"{used} read records, {len(rows)} ORGs ({dropped} dropped by rules, "
          f"{model['right']} right, {gold} gold), C {model['C']}, floor {model['keep_from']}")
    print(f"out-of-fold F1 by floor (pipeline/with dropped): {by_floor}")
    print(f"wrote {MODEL.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
