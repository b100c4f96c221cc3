"""One settings object: defaults, then a TOML file, then the environment, then CLI flags.

The news sources `coopwatch watch` follows are tables of the TOML file only
(`[[coopwatch.sources]]`, see `WatchSource`); the environment sets scalars.
"""

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
SOURCE_KINDS = ("feed", "sitemap")


@dataclass(frozen=True, kw_only=True)
class WatchSource:
    """A news source `coopwatch watch` follows: an RSS/Atom feed or a (news) sitemap.

    `interval` is the number of seconds between two passes over it; an article URL is
    taken when it matches one of the `include` regular expressions (any URL when there
    are none) and none of the `exclude` ones.
    """

    name: str
    url: str
    kind: str = "feed"
    interval: int = 900
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()

    @classmethod
    def from_toml(cls, table: dict[str, Any]) -> WatchSource:
        """One `[[coopwatch.sources]]` table; a missing or bad value raises ValueError."""
        unknown = set(table) - {item.name for item in fields(cls)}
        if unknown or "name" not in table or "url" not in table:
            raise ValueError(f"a source needs name and url, and knows no {sorted(unknown)}: "
                             f"{table!r}")
        source = cls(**{**table, "include": tuple(table.get("include", ())),
                        "exclude": tuple(table.get("exclude", ()))})
        if source.kind not in SOURCE_KINDS or source.interval < 1:
            raise ValueError(f"source {source.name!r}: kind is one of {SOURCE_KINDS} "
                             "and interval a positive number of seconds")
        return source


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
    # coopwatch watch / fetch: the sources, then how politely and how far to fetch
    sources: tuple[WatchSource, ...] = ()
    user_agent: str = "coopwatch/0.1 (+https://example.org/coopwatch)"
    fetch_timeout: float = 20.0
    fetch_retries: int = 2
    fetch_backoff: float = 1.0
    fetch_max_redirects: int = 5
    fetch_max_bytes: int = 5 * 1024 * 1024
    host_delay: float = 1.0

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
    values["sources"] = tuple(WatchSource.from_toml(table) for table in values.get("sources", ()))
    for item in fields(Settings):
        if item.name == "sources":
            continue
        raw = environ.get(ENV_PREFIX + item.name.upper())
        if raw is not None:
            values[item.name] = _coerce(raw, getattr(defaults, item.name))
    return replace(defaults, **values)


@cache
def get_settings() -> Settings:
    return load_settings()
