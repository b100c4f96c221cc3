"""Flows merged over a document: one per (source, target)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from coopwatch.records import Flow

STATUS_RANK = {"done": 0, "ongoing": 0, "planned": 1, "proposed": 2}


def merge(flows: Sequence[Flow]) -> list[Flow]:
    """One flow per (from, to): goods, sectors and evidence united, the firmest status."""
    merged: dict[tuple[str, str], Flow] = {}
    for flow in flows:
        key = (flow.source, flow.target)
        kept = merged.get(key)
        merged[key] = flow if kept is None else _union(kept, flow)
    return list(merged.values())


def _union(kept: Flow, new: Flow) -> Flow:
    return replace(
        kept,
        goods=tuple(dict.fromkeys((*kept.goods, *new.goods))),
        sectors=tuple(dict.fromkeys((*kept.sectors, *new.sectors))),
        status=min(kept.status, new.status, key=STATUS_RANK.__getitem__),
        evidence=tuple(sorted({*kept.evidence, *new.evidence}, key=lambda span: span.start)),
    )
