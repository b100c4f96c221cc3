"""One settings object: defaults, then a TOML file, then the environment, then CLI flags."""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, fields, replace
from functools import cache
from pathlib import Path
from typing import Any

ENV_PREFIX = "COOPWATCH_"
CONFIG_FILE_ENV = "COOPWATCH_CONFIG"
DEFAULT_TOKEN = "change-me"


@dataclass(frozen=True, kw_only=True)
class Settings:
    database_url: str = "sqlite:///var/coopwatch.sqlite3"
    shared_dir: str = "../shared"
    api_token: str = DEFAULT_TOKEN
    max_document_bytes: int = 5 * 1024 * 1024
    max_request_bytes: int = 6 * 1024 * 1024
    max_text_chars: int = 100_000
    job_queue_size: int = 16
    read_cache_seconds: float = 10.0
    min_cyrillic_ratio: float = 0.3
    min_text_chars: int = 40
    workers: int = 1
    host: str = "127.0.0.1"
    port: int = 8000

    @property
    def api_tokens(self) -> tuple[str, ...]:
        """The tokens the API accepts: `api_token` split at commas, so a new one can be
        added before the old one is withdrawn."""
        return tuple(token for part in self.api_token.split(",") if (token := part.strip()))

    def with_overrides(self, **changes: Any) -> Settings:
        """CLI flags: a copy with the given non-None values."""
        return replace(self, **{key: value for key, value in changes.items() if value is not None})


def _coerce(value: str, like: Any) -> Any:
    if isinstance(like, bool):
        return value.strip().lower() in {"1", "true", "yes", "on"}
    if isinstance(like, int):
        return int(value)
    if isinstance(like, float):
        return float(value)
    return value


def load_settings(environ: dict[str, str] | None = None, path: str | None = None) -> Settings:
    environ = dict(os.environ if environ is None else environ)
    defaults = Settings()
    values: dict[str, Any] = {}
    config_path = path or environ.get(CONFIG_FILE_ENV)
    if config_path and Path(config_path).is_file():
        with open(config_path, "rb") as handle:
            values.update(tomllib.load(handle).get("coopwatch", {}))
    for item in fields(Settings):
        raw = environ.get(ENV_PREFIX + item.name.upper())
        if raw is not None:
            values[item.name] = _coerce(raw, getattr(defaults, item.name))
    return replace(defaults, **values)


@cache
def get_settings() -> Settings:
    return load_settings()
