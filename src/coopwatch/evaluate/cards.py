"""The cards to score: run the pipeline on the gold texts, or read a cards file.

Gold paths are relative to the gold file's grandparent: `shared/gold/seeds.json` lists
`corpus/seeds/…`, which lives in `shared/corpus/seeds/`.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePath

from coopwatch.evaluate.gold import GoldDocument
from coopwatch.ingest import read_inputs
from coopwatch.records import Document, Rejection
from coopwatch.settings import Settings


@dataclass(frozen=True)
class Cards:
    """One card (or None) per gold document, in gold order, and what went wrong."""

    cards: tuple[Document | None, ...]
    problems: tuple[str, ...] = ()


def gold_text_path(gold_file: Path, gold: GoldDocument, texts: Path | None = None) -> Path:
    """Where a gold document's text is: under `texts`, else beside the gold folder."""
    if texts is not None:
        return Path(texts) / gold.path
    return Path(gold_file).resolve().parent.parent / gold.path


def cards_from_pipeline(
    gold_file: Path, golds: Sequence[GoldDocument],
    pipeline: Callable[[Document], Document], settings: Settings, texts: Path | None = None,
) -> Cards:
    """Ingest each gold text and run the pipeline on it; failures become problems."""
    cards: list[Document | None] = []
    problems: list[str] = []
    for gold in golds:
        card, problem = _card_for(gold_text_path(gold_file, gold, texts), pipeline, settings)
        cards.append(card)
        if problem:
            problems.append(f"{gold.path}: {problem}")
    return Cards(tuple(cards), tuple(problems))


def _card_for(
    path: Path, pipeline: Callable[[Document], Document], settings: Settings
) -> tuple[Document | None, str | None]:
    item = next(iter(read_inputs([path], settings)), None)
    if item is None or isinstance(item, Rejection):
        reason = f"{item.reason} {item.detail}" if item else "nothing read"
        return None, f"not ingested ({reason.strip()})"
    try:
        return pipeline(item), None
    except Exception as error:
        return None, f"pipeline failed: {type(error).__name__}: {error}"


def read_cards(path: Path) -> list[Document]:
    """Cards from a JSON lines file, blank lines skipped."""
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    return [Document.from_json(json.loads(line)) for line in lines if line.strip()]


def same_path(card_path: str | None, gold_path: str) -> bool:
    """One path ends with the other, compared by whole components."""
    if not card_path:
        return False
    card, gold = PurePath(card_path).parts, PurePath(gold_path).parts
    shorter = min(len(card), len(gold))
    return shorter > 0 and card[-shorter:] == gold[-shorter:]


def cards_from_file(cards_file: Path, golds: Sequence[GoldDocument]) -> Cards:
    """Pair the cards of a file with gold documents by the suffix of `source.path`."""
    available = read_cards(cards_file)
    cards: list[Document | None] = []
    problems: list[str] = []
    for gold in golds:
        card = next((item for item in available if same_path(item.source.path, gold.path)), None)
        cards.append(card)
        if card is None:
            problems.append(f"{gold.path}: no card with this path in {cards_file}")
    return Cards(tuple(cards), tuple(problems))
