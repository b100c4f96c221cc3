"""Following news sources: `coopwatch watch` (feeds and sitemaps) and `fetch` (URLs).

`fetcher` makes polite, bounded, conditional GETs (robots.txt in `robots`, a per-host
pace in `pacing`), `decoding` turns a page's bytes into text, `listings` reads what a
feed or sitemap lists, `articles` reads one article into the store as ingest would and
records its URL, and `runner` makes passes over the sources of the settings, once or
until stopped. What the watch knows lives in the store (`coopwatch.store.watch`).
"""

from coopwatch.watch.articles import ArticleOutcome, ArticleReader
from coopwatch.watch.fetcher import Fetched, Fetcher, FetchStats, Validators
from coopwatch.watch.listings import BadListing, Listed, Listing, read_feed, read_sitemap
from coopwatch.watch.runner import PassReport, Watcher

__all__ = [
    "ArticleOutcome",
    "ArticleReader",
    "BadListing",
    "FetchStats",
    "Fetched",
    "Fetcher",
    "Listed",
    "Listing",
    "PassReport",
    "Validators",
    "Watcher",
    "read_feed",
    "read_sitemap",
]
