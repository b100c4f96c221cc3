"""A per-host rate limit: at least `delay` seconds between two requests to one host."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class HostPacer:
    """Waits before a request until the host's last request is `delay` seconds old.

    The clock and the sleep are passed in (tests give fake ones); each host keeps the
    time its next request may start.
    """

    delay: float
    clock: Callable[[], float] = time.monotonic
    sleep: Callable[[float], None] = time.sleep
    _next: dict[str, float] = field(default_factory=dict)

    def wait(self, host: str) -> float:
        """Sleep as long as the host asks; the seconds slept."""
        now = self.clock()
        pause = max(0.0, self._next.get(host, now) - now)
        if pause:
            self.sleep(pause)
        self._next[host] = now + pause + self.delay
        return pause
