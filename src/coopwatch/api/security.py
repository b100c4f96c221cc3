"""What guards the server: headers on every answer, the body-size limit, NULs, the token.

The two middlewares are plain ASGI, so they act before FastAPI reads anything: a body
announced (or found, while it streams) to be over `max_request_bytes` is answered 413
without being read further, and a NUL in the path or query is a 422 before any route or
database sees it.
"""

from __future__ import annotations

import ipaddress
import json
import logging
import secrets
from collections.abc import Iterable
from typing import Any

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from coopwatch.settings import DEFAULT_TOKEN, Settings

log = logging.getLogger("coopwatch.api")

CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; "
    "form-action 'self'"
)
SECURITY_HEADERS: tuple[tuple[bytes, bytes], ...] = tuple(
    (name.encode("latin-1"), value.encode("latin-1")) for name, value in (
        ("content-security-policy", CONTENT_SECURITY_POLICY),
        ("x-content-type-options", "nosniff"),
        ("x-frame-options", "DENY"),
        ("referrer-policy", "no-referrer"),
        ("cross-origin-opener-policy", "same-origin"),
        ("cross-origin-resource-policy", "same-origin"),
        ("permissions-policy", "camera=(), microphone=(), geolocation=(), payment=()"),
    )
)
NUL_MARKS = (b"\x00", b"%00")
LOOPBACK_NAMES = ("localhost",)


class UnsafeToken(RuntimeError):
    """The server would listen beyond this machine with no real token."""


def token_matches(given: str, accepted: Iterable[str]) -> bool:
    """Whether `given` is one of the `accepted` tokens, compared in constant time.

    Every token is compared, so the time taken says nothing of which one (or how much
    of one) matched.
    """
    given_bytes = given.encode()
    results = [secrets.compare_digest(given_bytes, token.encode()) for token in accepted]
    return any(results)


def is_loopback(host: str) -> bool:
    """Whether `host` is reachable from this machine only."""
    if host.lower() in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_token(settings: Settings) -> None:
    """Refuse the default or an empty token beyond loopback (`UnsafeToken`); warn on it."""
    tokens = settings.api_tokens
    problem = ("no API token is set" if not tokens
               else f"the API token is the default {DEFAULT_TOKEN!r}"
               if DEFAULT_TOKEN in tokens else None)
    if problem is None:
        return
    if not is_loopback(settings.host):
        raise UnsafeToken(f"{problem}: refusing to listen on {settings.host}; set "
                          "COOPWATCH_API_TOKEN to a secret (several: comma-separated)")
    log.warning("%s: POST /api/documents is %s; set COOPWATCH_API_TOKEN before listening "
                "beyond this machine", problem,
                "closed to everyone" if not tokens else "open to anyone who can reach it")


def _json_answer(status: int, content: dict[str, Any]) -> tuple[Message, Message]:
    body = json.dumps(content, ensure_ascii=False).encode()
    start: Message = {"type": "http.response.start", "status": status, "headers": [
        (b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]}
    return start, {"type": "http.response.body", "body": body}


class _BodyTooLarge(HTTPException):
    """Raised from `receive`: FastAPI passes an HTTPException on to its handler (413)."""

    def __init__(self, limit: int) -> None:
        super().__init__(413, _too_large_message(limit))


def _too_large_message(limit: int) -> str:
    return f"the request body is over {limit} bytes"


class Guard:
    """ASGI middleware: security headers, the body-size limit and the NUL check."""

    def __init__(self, app: ASGIApp, *, max_body_bytes: int) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *SECURITY_HEADERS]
            await send(message)

        problem = self._problem(scope)
        if problem is not None:
            for message in _json_answer(*problem):
                await send_with_headers(message)
            return
        started = False

        async def send_tracked(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send_with_headers(message)

        try:
            await self.app(scope, self._limited(receive), send_tracked)
        except _BodyTooLarge:
            if not started:
                for message in _json_answer(*self._too_large()):
                    await send_with_headers(message)

    def _problem(self, scope: Scope) -> tuple[int, dict[str, Any]] | None:
        """413 for a body announced too large, 422 for a NUL in the path or query."""
        headers = dict(scope.get("headers", []))
        length = headers.get(b"content-length", b"")
        if length.isdigit() and int(length) > self.max_body_bytes:
            return self._too_large()
        raw_path: bytes = scope.get("raw_path") or scope["path"].encode()
        for where, raw in (("path", raw_path), ("query", scope.get("query_string", b""))):
            if any(mark in raw.lower() for mark in NUL_MARKS):
                return 422, {"detail": [{"loc": [where], "type": "nul_character",
                                         "msg": "NUL characters are not allowed"}]}
        return None

    def _too_large(self) -> tuple[int, dict[str, Any]]:
        return 413, {"detail": _too_large_message(self.max_body_bytes)}

    def _limited(self, receive: Receive) -> Receive:
        """`receive` that stops with `_BodyTooLarge` once the body passes the limit."""
        received = 0

        async def limited() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body_bytes:
                    raise _BodyTooLarge(self.max_body_bytes)
            return message

        return limited
