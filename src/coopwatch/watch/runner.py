"""Passes over the sources of the settings: once (`--once`, for cron) or until stopped.

A pass over a source fetches its feed or sitemap conditionally, reads each article it
lists that passes the source's include / exclude patterns (`articles`), and records the
pass (`store.watch.finish_pass`). The stop event is looked at between articles: the
article in hand is finished, the pass is recorded as `stopped` without its validators,
and the next start reads the source again and skips what is stored.
"""

from __future__ import annotations

import logging
import re
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime

from coopwatch.parallel import PipelineFn
from coopwatch.settings import Settings, WatchSource
from coopwatch.store import watch as state
from coopwatch.store.db import Database
from coopwatch.watch.articles import ArticleOutcome, ArticleReader
from coopwatch.watch.fetcher import Fetched, Fetcher, Validators
from coopwatch.watch.listings import BadListing, Listed, Listing, read_feed, read_sitemap
from coopwatch.watch.logs import LOGGER, log_event

MAX_SITEMAPS = 50  # the sitemaps of one sitemap index read in a pass
IDLE_CHECK = 60.0  # seconds between looks at the clock while no source is due


@dataclass(frozen=True)
class PassReport:
    """One pass over one source: how it ended and what became of each article."""

    source: str
    status: str
    listed: int = 0
    outcomes: tuple[ArticleOutcome, ...] = ()
    error: str | None = None

    @property
    def stored(self) -> int:
        return sum(outcome.stored for outcome in self.outcomes)


@dataclass
class Watcher:
    """Follows the sources of `settings`; one per process."""

    settings: Settings
    database: Database
    pipeline: PipelineFn
    fetcher: Fetcher
    stop: threading.Event = field(default_factory=threading.Event)
    log: logging.Logger = field(default_factory=lambda: logging.getLogger(LOGGER))

    def __post_init__(self) -> None:
        self.reader = ArticleReader(self.settings, self.database, self.fetcher, self.pipeline)

    def run_once(self) -> list[PassReport]:
        """One pass over every source (until stopped)."""
        reports = []
        for source in self.settings.sources:
            if self.stop.is_set():
                break
            reports.append(self.run_source(source))
        return reports

    def run_forever(self) -> None:
        """Each source whenever it is due, until the stop event is set."""
        while not self.stop.is_set():
            for source in self._due():
                if self.stop.is_set():
                    return
                self.run_source(source)
            self.stop.wait(self._seconds_to_next())

    def run_source(self, source: WatchSource) -> PassReport:
        """One pass over a source, recorded in the store and logged."""
        with self.database.sessions() as session:
            known = state.source_status(session, name=source.name)
        validators = (Validators(known.etag, known.last_modified)
                      if known is not None and known.url == source.url else Validators())
        fetched = self.fetcher.get(source.url, validators)
        try:
            report = self._pass(source, fetched)
        except Exception as error:  # one broken source must not end the service
            report = PassReport(source.name, "error", error=f"{type(error).__name__}: {error}")
        self._finish(source, report, fetched)
        return report

    def _pass(self, source: WatchSource, fetched: Fetched) -> PassReport:
        if fetched.status == "not_modified":
            return PassReport(source.name, "not_modified")
        if not fetched.ok:
            return PassReport(source.name, fetched.status,
                              error=f"{fetched.status}: {fetched.detail}")
        try:
            listing = self._listing(source, fetched)
        except BadListing as error:
            return PassReport(source.name, "bad_listing", error=str(error))
        articles = [item for item in _unique(listing.articles) if _wanted(source, item.url)]
        outcomes: list[ArticleOutcome] = []
        for item in articles:
            if self.stop.is_set():
                return PassReport(source.name, "stopped", len(articles), tuple(outcomes))
            outcome = self.reader.read(item, source=source.name)
            log_event(self.log, "article", source=source.name, url=item.url,
                      status=outcome.status, doc_id=outcome.doc_id, reason=outcome.reason)
            outcomes.append(outcome)
        return PassReport(source.name, "ok", len(articles), tuple(outcomes))

    def _listing(self, source: WatchSource, fetched: Fetched) -> Listing:
        if source.kind == "feed":
            return read_feed(fetched.body, fetched.content_type, fetched.url)
        listing = read_sitemap(fetched.body)
        articles = list(listing.articles)
        for url in listing.sitemaps[:MAX_SITEMAPS]:
            child = self.fetcher.get(url)
            try:
                articles += read_sitemap(child.body).articles if child.ok else ()
            except BadListing as error:
                log_event(self.log, "sitemap", level=logging.WARNING, source=source.name,
                          url=url, error=str(error))
            if not child.ok:
                log_event(self.log, "sitemap", level=logging.WARNING, source=source.name,
                          url=url, error=f"{child.status}: {child.detail}")
        return Listing(articles=tuple(articles))

    def _finish(self, source: WatchSource, report: PassReport, fetched: Fetched) -> None:
        complete = report.status in ("ok", "not_modified")
        with self.database.sessions.begin() as session:
            state.finish_pass(
                session, name=source.name, url=source.url, status=report.status,
                interval=source.interval, new_documents=report.stored, error=report.error,
                etag=fetched.validators.etag, last_modified=fetched.validators.last_modified,
                save_validators=complete and fetched.ok)
        log_event(self.log, "pass", level=logging.WARNING if report.error else logging.INFO,
                  source=source.name, status=report.status, listed=report.listed,
                  stored=report.stored, error=report.error)

    def _due(self) -> list[WatchSource]:
        now = datetime.now(UTC)
        with self.database.sessions() as session:
            due = []
            for source in self.settings.sources:
                known = state.source_status(session, name=source.name)
                next_run = known.next_run_at if known is not None else None
                if next_run is None or _aware(next_run) <= now:
                    due.append(source)
        return due

    def _seconds_to_next(self) -> float:
        names = {source.name for source in self.settings.sources}
        with self.database.sessions() as session:
            runs = [status.next_run_at for status in state.source_statuses(session)
                    if status.name in names and status.next_run_at is not None]
        if not runs:
            return IDLE_CHECK
        wait = (min(_aware(run) for run in runs) - datetime.now(UTC)).total_seconds()
        return min(max(wait, 0.0), IDLE_CHECK)


def _aware(moment: datetime) -> datetime:
    """SQLite gives back naive datetimes; the store writes UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _unique(articles: tuple[Listed, ...]) -> list[Listed]:
    """The articles in order, each URL once (its first listing)."""
    first: dict[str, Listed] = {}
    for item in articles:
        first.setdefault(item.url, item)
    return list(first.values())


def _wanted(source: WatchSource, url: str) -> bool:
    """Whether the URL matches an include pattern (if any) and no exclude pattern."""
    if source.include and not any(re.search(pattern, url) for pattern in source.include):
        return False
    return not any(re.search(pattern, url) for pattern in source.exclude)
