"""A cache of hot read answers, in front of the app (plain ASGI).

A GET of an API read or an HTML page that answered 200 is kept, whole, for
`read_cache_seconds`, keyed by its path and query; the same request within that time is
answered from memory without touching the routes or the store. The cache holds at most
`MAX_ENTRIES` answers of at most `MAX_BODY_BYTES` each (the least recently used go
first), and is emptied whenever a submitted document is stored here. Writes by another
process (`coopwatch ingest` on the same store) show after at most `read_cache_seconds`;
0 turns the cache off.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from dataclasses import dataclass

from starlette.types import ASGIApp, Message, Receive, Scope, Send

MAX_ENTRIES = 2048
MAX_BODY_BYTES = 512 * 1024
NOT_CACHED = ("/api/jobs/", "/api/export/", "/static/", "/docs", "/redoc", "/openapi.json")


@dataclass(frozen=True)
class _Answer:
    status: int
    headers: list[tuple[bytes, bytes]]
    body: bytes
    expires: float


class Answers:
    """The kept answers: shared by the middleware and whoever knows the store changed."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self._answers: OrderedDict[tuple[str, bytes], _Answer] = OrderedDict()
        self._lock = threading.Lock()  # held for dictionary operations only
        self.generation = 0

    def clear(self) -> None:
        """Forget every answer (the store has changed)."""
        with self._lock:
            self._answers.clear()
            self.generation += 1

    def get(self, key: tuple[str, bytes]) -> _Answer | None:
        with self._lock:
            found = self._answers.get(key)
            if found is None:
                return None
            if found.expires < time.monotonic():
                del self._answers[key]
                return None
            self._answers.move_to_end(key)
            return found

    def put(self, key: tuple[str, bytes], start: Message | None, body: bytes,
            generation: int) -> None:
        """Keep a 200 answer of bounded size, unless the store changed meanwhile."""
        if start is None or start["status"] != 200 or len(body) > MAX_BODY_BYTES:
            return
        answer = _Answer(start["status"], list(start.get("headers", [])), body,
                         time.monotonic() + self.seconds)
        with self._lock:
            if generation != self.generation:
                return
            self._answers[key] = answer
            self._answers.move_to_end(key)
            while len(self._answers) > MAX_ENTRIES:
                self._answers.popitem(last=False)


class ReadCache:
    """ASGI middleware: answers repeated GETs from `answers` while they are fresh."""

    def __init__(self, app: ASGIApp, *, answers: Answers) -> None:
        self.app = app
        self.answers = answers

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if not self._cacheable(scope):
            await self.app(scope, receive, send)
            return
        key = (scope["path"], scope.get("query_string", b""))
        found = self.answers.get(key)
        if found is not None:
            await send({"type": "http.response.start", "status": found.status,
                        "headers": found.headers})
            await send({"type": "http.response.body", "body": found.body})
            return
        await self._fill(key, scope, receive, send)

    def _cacheable(self, scope: Scope) -> bool:
        return (self.answers.seconds > 0 and scope["type"] == "http"
                and scope["method"] == "GET" and not scope["path"].startswith(NOT_CACHED))

    async def _fill(self, key: tuple[str, bytes], scope: Scope, receive: Receive,
                    send: Send) -> None:
        """Pass the request on, keeping a copy of the answer it gets."""
        generation = self.answers.generation
        start: Message | None = None
        parts: list[bytes] = []
        size = 0

        async def keep(message: Message) -> None:
            nonlocal start, size
            if message["type"] == "http.response.start":
                start = message
            elif message["type"] == "http.response.body" and size <= MAX_BODY_BYTES:
                parts.append(message.get("body", b""))
                size += len(parts[-1])
                if not message.get("more_body", False):
                    self.answers.put(key, start, b"".join(parts), generation)
            await send(message)

        await self.app(scope, receive, keep)
