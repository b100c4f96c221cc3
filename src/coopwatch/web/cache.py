"""Answers of heavy aggregate queries kept while the store does not change.

The overview's totals, events per month and most active pairs, and the graph for a
given set of filters, scan every fact of a large store. They change only when
documents are added (the store only adds: a document is never replaced under its id),
so each answer is kept under the store's fingerprint, how many documents and rejections
it holds: a new document gives a new fingerprint, and the old answers age out.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coopwatch.store.models import DocumentRow, RejectionRow

Answer = TypeVar("Answer")
KEPT = 256

_lock = threading.Lock()
_answers: OrderedDict[tuple[Hashable, ...], Any] = OrderedDict()
_computing: dict[tuple[Hashable, ...], threading.Lock] = {}  # one lock per answer computed


def fingerprint(session: Session) -> tuple[Any, ...]:
    """What changes whenever documents or rejections are stored."""
    documents = session.scalar(select(func.count()).select_from(DocumentRow))
    rejections = session.scalar(select(func.count()).select_from(RejectionRow))
    return (str(session.get_bind().engine.url), documents, rejections)


def kept(session: Session, key: Hashable, compute: Callable[[], Answer]) -> Answer:
    """The answer under `key` for the store as it is now, computed once: requests that
    ask for it while it is being computed wait for that computation instead of running
    their own (under load, eight first visits of the overview were eight scans)."""
    stamp = fingerprint(session)
    full_key = (stamp, key)
    with _lock:
        if full_key in _answers:
            _answers.move_to_end(full_key)
            found: Answer = _answers[full_key]
            return found
        computing = _computing.setdefault(full_key, threading.Lock())
    with computing:
        with _lock:
            if full_key in _answers:  # computed by the request this one waited for
                _answers.move_to_end(full_key)
                ready: Answer = _answers[full_key]
                return ready
        try:
            answer = compute()
            with _lock:
                _answers[full_key] = answer
                while len(_answers) > KEPT:
                    _answers.popitem(last=False)
        finally:
            with _lock:
                _computing.pop(full_key, None)
    return answer
