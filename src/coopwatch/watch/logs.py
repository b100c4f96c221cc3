"""Structured logs: one JSON object a line, with the time, the level, the event and its
fields (`log_event(logger, "article", url=..., status=...)`)."""

from __future__ import annotations

import json
import logging
import sys
from datetime import UTC, datetime
from typing import Any

LOGGER = "coopwatch.watch"


class JsonLines(logging.Formatter):
    """A record -> {"time", "level", "event", ...its fields} as one line of JSON."""

    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "event": record.getMessage(),
        }
        line.update(getattr(record, "fields", {}))
        return json.dumps(line, ensure_ascii=False, default=str)


def log_event(logger: logging.Logger, event: str, *, level: int = logging.INFO,
              **fields: Any) -> None:
    logger.log(level, event, extra={"fields": fields})


def json_logger(stream: Any = None) -> logging.Logger:
    """The watch logger, writing JSON lines to `stream` (stderr by default)."""
    logger = logging.getLogger(LOGGER)
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(JsonLines())
    logger.handlers[:] = [handler]
    logger.setLevel(logging.INFO)
    logger.propagate = False
    return logger
