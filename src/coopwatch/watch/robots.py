"""robots.txt, read once per host (urllib.robotparser) and asked before every request.

As the convention goes: no robots.txt (4xx) allows everything, 401 and 403 forbid
everything, and one that cannot be read (5xx, network) forbids the host for now and is
asked for again after `RETRY_UNREADABLE` seconds.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urlsplit, urlunsplit
from urllib.robotparser import RobotFileParser

RETRY_UNREADABLE = 600.0
KEEP = 24 * 3600.0
FORBID_ALL = ["User-agent: *", "Disallow: /"]


@dataclass
class RobotsRules:
    """Per host, whether our user agent may fetch a URL; `read(url)` gives (status, text)."""

    user_agent: str
    read: Callable[[str], tuple[int, str]]
    clock: Callable[[], float] = time.monotonic
    _hosts: dict[str, tuple[RobotFileParser, float]] = field(default_factory=dict)

    def allows(self, url: str) -> bool:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            return False
        host = f"{parts.scheme}://{parts.netloc}"
        known = self._hosts.get(host)
        if known is None or known[1] < self.clock():
            known = self._load(host)
            self._hosts[host] = known
        return known[0].can_fetch(self.user_agent, url)

    def _load(self, host: str) -> tuple[RobotFileParser, float]:
        robots_url = urlunsplit((*urlsplit(host)[:2], "/robots.txt", "", ""))
        status, text = self.read(robots_url)
        parser = RobotFileParser(robots_url)
        readable = status == 200 or 400 <= status < 500
        forbidden = status in (401, 403) or not readable
        rules = text.splitlines() if status == 200 else FORBID_ALL if forbidden else []
        parser.parse(rules)
        keep = KEEP if readable else RETRY_UNREADABLE
        return parser, self.clock() + keep
