"""Two passes of `coopwatch watch` over unchanged sources: what the second one costs.

A local news site (the test suite's `tests/news_server.py`, a real HTTP server on
127.0.0.1) serves an RSS feed and a news sitemap of N articles each (default 40, 2N in
all) with ETags; the watch runs the full pipeline into a fresh SQLite store:

    .venv/bin/python bench/watch_passes.py [--articles N] [--json]

Reported per pass: wall seconds, requests (conditional ones, 304s), body bytes the
client read and the server sent, documents stored. Pass 2 runs in the same process as
pass 1 (a long-running `watch`); pass 3 in a new Watcher, as `watch --once` from cron
does (it reads robots.txt again: one plain request per host). The script exits 1 when
a later pass sends an unconditional request other than robots.txt or stores anything.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from coopwatch.parallel import PipelineFn  # noqa: E402
from coopwatch.settings import Settings, WatchSource  # noqa: E402
from coopwatch.store.db import Database, migrate  # noqa: E402
from coopwatch.watch import Fetcher, Watcher  # noqa: E402
from news_server import Page, Site, article, rss, serving  # noqa: E402


def news_site(site: Site, count: int) -> tuple[WatchSource, WatchSource]:
    """N articles in a feed and N others in a news sitemap, all with ETags."""
    for number in range(2 * count):
        site.pages[f"/news/{number}.html"] = Page(article(number).encode(), etag=f'"a{number}"')
    items = [(site.url(f"/news/{n}.html"), f"Новость {n}") for n in range(count)]
    site.pages["/feed.xml"] = Page(rss(items), "application/rss+xml", etag='"feed-1"')
    urls = "".join(
        f"<url><loc>{site.url(f'/news/{n}.html')}</loc><news:news><news:publication_date>"
        f"2025-05-12T10:{n % 60:02d}:00+03:00</news:publication_date></news:news></url>"
        for n in range(count, 2 * count))
    site.pages["/news-sitemap.xml"] = Page((
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        f'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">{urls}</urlset>'
    ).encode(), "application/xml", last_modified="Mon, 12 May 2025 08:00:00 GMT")
    return (WatchSource(name="feed", url=site.url("/feed.xml")),
            WatchSource(name="sitemap", url=site.url("/news-sitemap.xml"), kind="sitemap"))


def measure(name: str, watcher: Watcher, site: Site) -> dict[str, object]:
    hits, sent = len(site.hits), site.sent_bytes
    stats_before = vars(watcher.fetcher.stats).copy()
    began = time.perf_counter()
    reports = watcher.run_once()
    seconds = time.perf_counter() - began
    stats = {key: value - stats_before[key] for key, value in vars(watcher.fetcher.stats).items()}
    new_hits = site.hits[hits:]
    plain = [hit.path for hit in new_hits if not (hit.if_none_match or hit.if_modified_since)]
    return {"pass": name, "seconds": round(seconds, 3), "requests": stats["requests"],
            "conditional": stats["conditional"], "not_modified": stats["not_modified"],
            "bytes_read": stats["bytes"], "bytes_sent": site.sent_bytes - sent,
            "stored": sum(report.stored for report in reports), "plain_requests": plain}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=40, help="articles per source")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    from coopwatch.pipeline import Pipeline

    pipeline: PipelineFn = Pipeline()
    with tempfile.TemporaryDirectory() as folder, serving(Site()) as site:
        sources = news_site(site, args.articles)
        settings = Settings(database_url=f"sqlite:///{folder}/watch.sqlite3", host_delay=0.0,
                            sources=sources)
        migrate(settings)
        database = Database.connect(settings)
        first = Watcher(settings=settings, database=database, pipeline=pipeline,
                        fetcher=Fetcher(settings))
        rows = [measure("1: first", first, site), measure("2: same process", first, site)]
        cron = Watcher(settings=settings, database=database, pipeline=pipeline,
                       fetcher=Fetcher(settings))
        rows.append(measure("3: new process (cron)", cron, site))
        database.dispose()
    if args.json:
        print(json.dumps(rows, indent=2))
    else:
        _table(rows, 2 * args.articles)
    later = rows[1:]
    ok = all(row["stored"] == 0 and all(path == "/robots.txt" for path in row["plain_requests"])
             for row in later)
    return 0 if ok else 1


def _table(rows: list[dict[str, object]], articles: int) -> None:
    print(f"{articles} articles in 2 sources (RSS feed, news sitemap), full pipeline, SQLite\n")
    columns = ["pass", "seconds", "requests", "conditional", "not_modified", "bytes_read",
               "bytes_sent", "stored"]
    print("| " + " | ".join(columns) + " | unconditional |")
    print("|" + "---|" * (len(columns) + 1))
    for row in rows:
        plain = row["plain_requests"]
        assert isinstance(plain, list)
        shown = ", ".join(plain) if len(plain) < 4 else f"{len(plain)} (all)"
        print("| " + " | ".join(str(row[column]) for column in columns) + f" | {shown} |")


if __name__ == "__main__":
    sys.exit(main())
