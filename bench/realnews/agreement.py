"""How far two annotators agree: a second, blind annotation of dev records, scored
against the first as if it were a system's cards.

    .venv/bin/python bench/realnews/agreement.py
    .venv/bin/python bench/realnews/agreement.py --json

`second_annotation.json` holds records of the dev part annotated a second time by the
gold rules, by annotators who saw the text and the rules but not the first annotation.
The second annotation is scored twice: with its optional items left out, as a system's
card would be (the figure to set beside coopwatch's), and with them kept. Both
directions are given, since the scorer is not symmetric. With `--system`, coopwatch is
scored on the same records (their texts must be in `corpus/realnews/`).

No text is needed for the agreement itself: it compares two annotations.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from run import OWN, TEXTS, gold_records, records_on_disk

SECOND = OWN / "second_annotation.json"
CATEGORIES = ("positions", "events", "figures", "flows", "cooperation", "PER", "ORG", "GEO")


def agreement(with_system: bool, texts: Path) -> dict[str, dict]:
    from coopwatch.evaluate.gold import gold_as_card, parse_gold_document
    from coopwatch.evaluate.scorer import Score, score

    seconds = json.loads(SECOND.read_text(encoding="utf-8"))
    firsts = {record["path"]: record for record in gold_records("dev")}
    pairs = [(firsts[record["path"]], record) for record in seconds if record["path"] in firsts]
    first = [parse_gold_document(one) for one, _ in pairs]
    second = [parse_gold_document(two) for _, two in pairs]

    def row(result: Score) -> dict:
        means = {name: round(mean.value, 3) for name, mean in result.attributes.items()
                 if mean.value is not None}
        return {"documents": len(result.documents), "fact_f1": round(result.fact_f1, 3),
                **{name: round(result.counts[name].f1, 3) for name in CATEGORIES},
                "attributes": means}

    rows = {
        "second vs first, optional left out": row(
            score(first, [gold_as_card(doc, keep_optional=False) for doc in second])),
        "second vs first, optional kept": row(
            score(first, [gold_as_card(doc, keep_optional=True) for doc in second])),
        "first vs second, optional left out": row(
            score(second, [gold_as_card(doc, keep_optional=False) for doc in first])),
    }
    if with_system:
        rows["coopwatch vs first"] = row(_system(first, [one for one, _ in pairs], texts))
    return rows


def _system(first: list, records: list[dict], texts: Path):
    from coopwatch.evaluate.cards import cards_from_pipeline
    from coopwatch.evaluate.scorer import score
    from coopwatch.pipeline import Pipeline
    from coopwatch.settings import get_settings

    there = {record["path"] for record in records_on_disk(records, texts)}
    kept = [doc for doc in first if doc.path in there]
    found = cards_from_pipeline(OWN / "dev.json", kept, Pipeline(), get_settings(), texts)
    return score(kept, found.cards)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--system", action="store_true",
                        help="also score coopwatch on the same records")
    parser.add_argument("--texts", type=Path, default=TEXTS, help="folder of the texts")
    parser.add_argument("--json", action="store_true", help="print the rows as JSON")
    args = parser.parse_args()
    rows = agreement(args.system, args.texts)
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    print(f"{'':38} {'n':>3} {'fact':>6} " + " ".join(f"{name[:5]:>6}" for name in CATEGORIES))
    for name, row in rows.items():
        print(f"{name:38} {row['documents']:3d} {row['fact_f1']:6.3f} "
              + " ".join(f"{row[category]:6.3f}" for category in CATEGORIES))
    return 0


if __name__ == "__main__":
    sys.exit(main())
