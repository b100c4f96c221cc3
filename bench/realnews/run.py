"""Score coopwatch on real news: the shared dev set and the project's own dev and test parts.

    .venv/bin/python bench/realnews/run.py                 # dev and test, one table each
    .venv/bin/python bench/realnews/run.py --split dev --details
    .venv/bin/python bench/realnews/run.py --json

The texts are third-party and never committed: each gold record names its `url`, the
`query` that finds it in the search tool's `pages` corpus, and the `sha256` of the
excerpt. They are rebuilt into `corpus/realnews/` (git-ignored, `--texts` to change it);
this runner checks every hash first and, when a text is missing or differs, lists what
to rebuild instead of scoring a partial set.

The test part is scored, never read: `--details` (the per-document misses and extras)
is refused for it, so its errors cannot inform a rule.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from coopwatch.records import Document

ROOT = Path(__file__).resolve().parents[2]
SHARED_DEV = ROOT.parent / "shared" / "gold" / "realnews_dev.json"
OWN = ROOT / "bench" / "realnews"
TEXTS = ROOT / "corpus" / "realnews"
SPLITS: dict[str, tuple[Path, ...]] = {
    "dev": (SHARED_DEV, OWN / "dev.json"),
    "test": (OWN / "test.json",),
}


@dataclass(frozen=True)
class Missing:
    """A gold text that is absent or not the excerpt the gold was written on."""

    path: str
    url: str
    query: str
    why: str


def gold_records(split: str) -> list[dict]:
    """The gold records of a split, from every one of its files that exists."""
    records: list[dict] = []
    for path in SPLITS[split]:
        if path.is_file():
            records.extend(json.loads(path.read_text(encoding="utf-8")))
    return records


def missing_texts(records: list[dict], texts: Path) -> list[Missing]:
    """Records whose text is not in `texts` with the sha256 the record names."""
    found = []
    for record in records:
        path = texts / record["path"]
        if not path.is_file():
            why = "absent"
        elif hashlib.sha256(path.read_bytes()).hexdigest() != record["sha256"]:
            why = "sha256 differs"
        else:
            continue
        found.append(Missing(record["path"], record["url"], record["query"], why))
    return found


def rebuild_instructions(missing: list[Missing], texts: Path) -> str:
    lines = [
        f"{len(missing)} real-news texts are missing or differ under {texts}.",
        "Rebuild each: run its query in the search tool's `pages` corpus, take the result",
        "whose address is its url, and write the excerpt exactly as returned (UTF-8,",
        "nothing added) to the path; then run this again (it checks the sha256).",
        "",
    ]
    lines += [f"  {item.path} ({item.why})\n    url:   {item.url}\n    query: {item.query}"
              for item in missing]
    return "\n".join(lines)


def dev_texts_from_argv(description: str, *, skip_missing: bool = False) -> Path | None:
    """The `--texts` folder of a trainer's command line when every dev text is there with
    its sha256 (with `skip_missing`: when at least one is); otherwise the rebuild
    instructions go to stderr and the answer is None."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--texts", type=Path, default=TEXTS, help="folder of the texts")
    args = parser.parse_args()
    records = gold_records("dev")
    missing = missing_texts(records, args.texts)
    if missing and not (skip_missing and len(missing) < len(records)):
        print(rebuild_instructions(missing, args.texts), file=sys.stderr)
        return None
    return args.texts


def records_on_disk(records: list[dict], texts: Path) -> list[dict]:
    """The records whose text is in `texts` with the sha256 they name."""
    missing = {item.path for item in missing_texts(records, texts)}
    return [record for record in records if record["path"] not in missing]


def score_split(split: str, texts: Path, *, details: bool, as_json: bool,
                leave_out: frozenset[str] = frozenset()) -> dict | None:
    """Run the pipeline on a split's texts and print (or return) its scores."""
    from rich.console import Console

    from coopwatch.evaluate.cards import cards_from_pipeline
    from coopwatch.evaluate.gold import parse_gold_document
    from coopwatch.evaluate.report import details as details_view
    from coopwatch.evaluate.report import score_json, score_table
    from coopwatch.evaluate.scorer import score
    from coopwatch.pipeline import Pipeline
    from coopwatch.settings import get_settings

    records = [record for record in gold_records(split) if record["path"] not in leave_out]
    if not records:
        print(f"{split}: no gold records", file=sys.stderr)
        return None
    golds = [parse_gold_document(record) for record in records]
    found = cards_from_pipeline(SPLITS[split][0], golds, Pipeline(), get_settings(), texts)
    for problem in found.problems:
        print(f"warning {problem}", file=sys.stderr)
    result = score(golds, found.cards)
    topic = relevance_check(records, found.cards)
    if as_json:
        return {**score_json(result), "relevance": topic}
    out = Console()
    out.rule(f"real news, {split} part: {len(golds)} documents")
    if details:
        out.print(details_view(result))
    out.print(score_table(result))
    out.print(f"relevance: {topic['right']}/{topic['documents']} documents right "
              f"({topic['accuracy']:.3f}); facts on off-topic documents: "
              f"{topic['facts_off_topic']}", highlight=False)
    return None


FACT_FIELDS = ("positions", "events", "figures", "flows", "cooperation")


def relevance_check(records: list[dict], cards: Sequence[Document | None]) -> dict[str, Any]:
    """Relevance accuracy against the gold `on_topic` (absent means on topic), and the
    number of facts the cards of off-topic documents still carry."""
    right = facts = 0
    for record, card in zip(records, cards, strict=True):
        on_topic = record.get("on_topic", True) is not False
        said = card is not None and (card.relevance is None or card.relevance.on_topic)
        right += said == on_topic
        if not on_topic and card is not None:
            facts += sum(len(getattr(card, name)) for name in FACT_FIELDS)
    return {"documents": len(records), "right": right,
            "accuracy": right / len(records) if records else 0.0, "facts_off_topic": facts}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=[*SPLITS, "all"], default="all")
    parser.add_argument("--texts", type=Path, default=TEXTS, help="folder of the texts")
    parser.add_argument("--details", action="store_true",
                        help="per-document misses and extras (dev part only)")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument("--leave-out-missing", action="store_true",
                        help="score the texts that are there and list the ones left out "
                             "(a page can change after it was annotated)")
    args = parser.parse_args()
    splits = list(SPLITS) if args.split == "all" else [args.split]
    if args.details and "test" in splits:
        parser.error("--details is for the dev part only: the test part is never read")
    missing = [item for split in splits for item in missing_texts(gold_records(split), args.texts)]
    if missing:
        print(rebuild_instructions(missing, args.texts), file=sys.stderr)
        if not args.leave_out_missing:
            return 2
        print(f"\nleft out of the scores: {len(missing)} documents", file=sys.stderr)
    leave_out = frozenset(item.path for item in missing)
    scores = {split: score_split(split, args.texts, details=args.details, as_json=args.json,
                                 leave_out=leave_out)
              for split in splits}
    if args.json:
        print(json.dumps(scores, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
