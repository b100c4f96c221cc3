"""HTTP for `coopwatch watch` and `fetch`: polite, bounded, conditional GETs (httpx).

One `Fetcher` per process. Each `get`:
- asks robots.txt first (`robots`), and waits its turn for the host (`pacing`);
- sends If-None-Match / If-Modified-Since when validators are given: a 304 is
  `not_modified` and costs no body;
- follows redirects itself, at most `max_redirects`, and calls a loop a loop;
- gives up a response larger than `max_bytes` (by Content-Length, or while reading);
- retries timeouts, connection errors, 429 and 5xx `retries` times, waiting
  `backoff`, then twice that, ... (or the server's Retry-After, if shorter than a minute).
Every answer is a `Fetched` with a status; nothing raises. `stats` counts requests and
bytes, for the status log and the benchmark.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import httpx

from coopwatch.settings import Settings
from coopwatch.watch.pacing import HostPacer
from coopwatch.watch.robots import RobotsRules

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
MAX_RETRY_AFTER = 60.0
CHUNK = 65536


@dataclass(frozen=True)
class Validators:
    """What a server said identifies a response: its ETag and Last-Modified."""

    etag: str | None = None
    last_modified: str | None = None

    def headers(self) -> dict[str, str]:
        found = {}
        if self.etag:
            found["If-None-Match"] = self.etag
        if self.last_modified:
            found["If-Modified-Since"] = self.last_modified
        return found


@dataclass(frozen=True)
class Fetched:
    """The answer to one GET.

    `status` is `ok`, `not_modified` (304), or a failure: `robots_disallowed`,
    `http_error`, `timeout`, `network_error`, `too_large`, `redirect_loop`,
    `too_many_redirects`; `detail` says more.
    """

    url: str
    status: str
    body: bytes = b""
    content_type: str | None = None
    validators: Validators = Validators()
    detail: str = ""

    @property
    def ok(self) -> bool:
        return self.status == "ok"


@dataclass
class FetchStats:
    """Requests sent (conditional ones apart), 304s received and body bytes read."""

    requests: int = 0
    conditional: int = 0
    not_modified: int = 0
    bytes: int = 0


class _TooLarge(Exception):
    pass


@dataclass
class Fetcher:
    """GETs under the settings' limits; see the module's docstring."""

    settings: Settings
    pacer: HostPacer | None = None
    sleep: Callable[[float], None] = time.sleep
    stats: FetchStats = field(default_factory=FetchStats)

    def __post_init__(self) -> None:
        timeout = httpx.Timeout(self.settings.fetch_timeout)
        self.client = httpx.Client(timeout=timeout, follow_redirects=False,
                                   headers={"User-Agent": self.settings.user_agent})
        self.pacer = self.pacer or HostPacer(self.settings.host_delay)
        self.robots = RobotsRules(self.settings.user_agent, self._robots_txt)

    def close(self) -> None:
        self.client.close()

    def get(self, url: str, validators: Validators = Validators()) -> Fetched:
        """The resource at `url`, redirects followed; see `Fetched` for the outcomes."""
        seen = {url}
        for _hop in range(self.settings.fetch_max_redirects + 1):
            if not self.robots.allows(url):
                return Fetched(url, "robots_disallowed", detail="robots.txt disallows it")
            answer = self._with_retries(url, validators)
            if not isinstance(answer, str):
                return answer
            url = answer
            if url in seen:
                return Fetched(url, "redirect_loop", detail=f"back to {url}")
            seen.add(url)
        return Fetched(url, "too_many_redirects",
                       detail=f"more than {self.settings.fetch_max_redirects}")

    def _with_retries(self, url: str, validators: Validators) -> Fetched | str:
        """One URL, retried on passing failures; a redirect answers its target URL."""
        attempt = 0
        while True:
            answer, retry_after = self._once(url, validators)
            if retry_after is None or attempt >= self.settings.fetch_retries:
                return answer
            self.sleep(min(retry_after, self.settings.fetch_backoff * 2 ** attempt))
            attempt += 1

    def _once(self, url: str, validators: Validators) -> tuple[Fetched | str, float | None]:
        """One request: the answer, and how long to wait before a retry (None: no retry)."""
        headers = validators.headers()
        self._count(headers)
        self._pace(url)
        try:
            with self.client.stream("GET", url, headers=headers) as response:
                return self._read(url, response)
        except httpx.TimeoutException as error:
            return Fetched(url, "timeout", detail=type(error).__name__), MAX_RETRY_AFTER
        except _TooLarge as error:
            return Fetched(url, "too_large", detail=str(error)), None
        except (httpx.TransportError, httpx.InvalidURL) as error:
            detail = f"{type(error).__name__}: {error}"
            return Fetched(url, "network_error", detail=detail), MAX_RETRY_AFTER

    def _count(self, headers: dict[str, str]) -> None:
        self.stats.requests += 1
        self.stats.conditional += bool(headers)

    def _read(self, url: str, response: httpx.Response) -> tuple[Fetched | str, float | None]:
        status = response.status_code
        location = response.headers.get("location")
        if status in REDIRECT_STATUSES and location:
            return urljoin(url, location), None
        if status == 304:
            self.stats.not_modified += 1
            return Fetched(url, "not_modified", validators=_validators(response)), None
        if status != 200:
            retry = _retry_after(response) if status in RETRY_STATUSES else None
            return Fetched(url, "http_error", detail=f"HTTP {status}"), retry
        body = self._body(response)
        return Fetched(url, "ok", body=body, content_type=response.headers.get("content-type"),
                       validators=_validators(response)), None

    def _body(self, response: httpx.Response) -> bytes:
        """The body, read until `fetch_max_bytes`; more raises _TooLarge."""
        cap = self.settings.fetch_max_bytes
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > cap:
            raise _TooLarge(f"Content-Length {declared} > {cap} bytes")
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes(CHUNK):
            size += len(chunk)
            self.stats.bytes += len(chunk)
            if size > cap:
                raise _TooLarge(f"more than {cap} bytes")
            chunks.append(chunk)
        return b"".join(chunks)

    def _robots_txt(self, url: str) -> tuple[int, str]:
        """(HTTP status, text) of a robots.txt; status 0 when it could not be read."""
        answer = self._with_retries(url, Validators())
        if isinstance(answer, str):  # a redirected robots.txt is read as none
            return 404, ""
        if answer.status == "http_error":
            return int(answer.detail.removeprefix("HTTP ")), ""
        if not answer.ok:
            return 0, ""
        return 200, answer.body.decode("utf-8", "replace")

    def _pace(self, url: str) -> None:
        if self.pacer is not None:
            self.pacer.wait(urlsplit(url).netloc)


def _validators(response: httpx.Response) -> Validators:
    return Validators(etag=response.headers.get("etag"),
                      last_modified=response.headers.get("last-modified"))


def _retry_after(response: httpx.Response) -> float:
    value = response.headers.get("retry-after", "")
    return min(float(value), MAX_RETRY_AFTER) if value.isdigit() else MAX_RETRY_AFTER
