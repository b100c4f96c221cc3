"""`coopwatch watch` against a real local HTTP server: conditional GETs, ETag changes,
bad feeds, encodings, redirect loops, timeouts, size caps, robots.txt, restarts, and
changed articles stored as new versions.

The pipeline is the identity (the article's cleaned text is its card): these tests are
about fetching and state, not extraction.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import replace

import pytest
from sqlalchemy import func, select

from coopwatch.records import Document
from coopwatch.settings import Settings, WatchSource
from coopwatch.store import read
from coopwatch.store import watch as state
from coopwatch.store.db import Database
from coopwatch.store.models import DocumentRow, WatchUrlRow
from coopwatch.watch import Fetcher, Listed, Watcher
from news_server import Page, Site, article, rss, serving

pytest_plugins = ["db_fixtures"]

ARTICLES = 6


def _same(doc: Document) -> Document:
    return doc


def news_site(count: int = ARTICLES) -> Site:
    site = Site()
    for number in range(count):
        site.pages[f"/news/{number}.html"] = Page(article(number).encode())
    site.pages["/robots.txt"] = Page(b"User-agent: *\nDisallow: /private/\n", "text/plain")
    return site


def publish_feed(site: Site, paths: list[str], etag: str = '"v1"',
                 encoding: str = "utf-8") -> None:
    items = [(site.url(path), f"Новость {path}") for path in paths]
    site.pages["/feed.xml"] = Page(rss(items, encoding),
                                   f"application/rss+xml; charset={encoding}", etag=etag)


@pytest.fixture()
def site() -> Iterator[Site]:
    with serving(news_site()) as served:
        publish_feed(served, [f"/news/{number}.html" for number in range(ARTICLES)])
        yield served


def settings_for(database: Database, *sources: WatchSource, **limits: object) -> Settings:
    base = Settings(database_url=str(database.engine.url), fetch_timeout=2.0,
                    fetch_retries=1, fetch_backoff=0.01, host_delay=0.0, sources=sources)
    return replace(base, **limits)


def watcher(settings: Settings, database: Database, stop: threading.Event | None = None
            ) -> Watcher:
    return Watcher(settings=settings, database=database, pipeline=_same,
                   fetcher=Fetcher(settings), stop=stop or threading.Event())


def stored_documents(database: Database) -> int:
    with database.sessions() as session:
        return session.scalar(select(func.count()).select_from(DocumentRow)) or 0


def test_a_second_pass_is_one_conditional_request_that_stores_nothing(
    site: Site, database: Database
) -> None:
    settings = settings_for(database, WatchSource(name="region", url=site.url("/feed.xml")))
    first = watcher(settings, database).run_once()
    assert [(r.status, r.stored) for r in first] == [("ok", ARTICLES)]
    before = len(site.hits)
    second = watcher(settings, database).run_once()
    hits = site.hits[before:]
    assert [(r.status, r.stored) for r in second] == [("not_modified", 0)]
    feed_hits = [hit for hit in hits if hit.path != "/robots.txt"]
    assert [(hit.path, hit.if_none_match, hit.status) for hit in feed_hits] == [
        ("/feed.xml", '"v1"', 304)]
    assert stored_documents(database) == ARTICLES


def test_a_new_etag_reads_the_feed_again_and_only_the_new_article(
    site: Site, database: Database
) -> None:
    settings = settings_for(database, WatchSource(name="region", url=site.url("/feed.xml")))
    watcher(settings, database).run_once()
    site.pages["/news/new.html"] = Page(article(100).encode())
    publish_feed(site, ["/news/new.html", *(f"/news/{n}.html" for n in range(ARTICLES))],
                 etag='"v2"')
    before = len(site.hits)
    reports = watcher(settings, database).run_once()
    pages = [hit.path for hit in site.hits[before:] if hit.path.startswith("/news/")]
    assert [(r.status, r.stored) for r in reports] == [("ok", 1)]
    assert pages == ["/news/new.html"]  # the articles already stored are not fetched
    with database.sessions() as session:
        assert state.source_status(session, name="region").etag == '"v2"'  # type: ignore[union-attr]


def test_a_feed_in_cp1251_is_read_with_its_titles(site: Site, database: Database) -> None:
    publish_feed(site, ["/news/0.html", "/news/1.html"], encoding="windows-1251")
    settings = settings_for(database, WatchSource(name="cp", url=site.url("/feed.xml")))
    reports = watcher(settings, database).run_once()
    assert [(r.status, r.stored) for r in reports] == [("ok", 2)]
    with database.sessions() as session:
        documents = read.list_documents(session)
    assert {doc.title for doc in documents} == {"Новость /news/0.html", "Новость /news/1.html"}
    assert {doc.published for doc in documents} == {"2025-05-12"}  # the feed's pubDate


def test_an_article_page_in_cp1251_is_decoded_by_its_meta_tag(
    site: Site, database: Database
) -> None:
    page = article(7).replace('charset="utf-8"', 'charset="windows-1251"')
    site.pages["/news/cp.html"] = Page(page.encode("cp1251"), "text/html")
    publish_feed(site, ["/news/cp.html"])
    settings = settings_for(database, WatchSource(name="cp", url=site.url("/feed.xml")))
    watcher(settings, database).run_once()
    with database.sessions() as session:
        [doc] = read.list_documents(session)
        card = read.get_card(session, doc_id=doc.id)
    assert card is not None and "Делегация региона номер 7" in card.text


def test_a_malformed_feed_is_an_error_of_its_source_and_the_others_go_on(
    site: Site, database: Database
) -> None:
    site.pages["/broken.xml"] = Page(b"<rss><channel><item><title>\x00 oops", "text/xml")
    settings = settings_for(
        database, WatchSource(name="broken", url=site.url("/broken.xml")),
        WatchSource(name="region", url=site.url("/feed.xml")))
    reports = watcher(settings, database).run_once()
    assert [(r.source, r.status) for r in reports] == [("broken", "bad_listing"),
                                                       ("region", "ok")]
    with database.sessions() as session:
        broken = state.source_status(session, name="broken")
    assert broken is not None and broken.errors == 1 and broken.last_success_at is None
    assert broken.last_error is not None and broken.last_error.startswith("not a feed")


def test_a_feed_broken_after_its_first_items_gives_those_items(
    site: Site, database: Database
) -> None:
    whole = rss([(site.url("/news/0.html"), "Первая"), (site.url("/news/1.html"), "Вторая")])
    site.pages["/cut.xml"] = Page(whole[: whole.index(b"</item>", 200) + 7] + b"<item><ti",
                                  "application/rss+xml")
    settings = settings_for(database, WatchSource(name="cut", url=site.url("/cut.xml")))
    [report] = watcher(settings, database).run_once()
    assert (report.status, report.stored) == ("ok", 1)


def test_a_redirect_loop_fails_that_article_only(site: Site, database: Database) -> None:
    site.pages["/news/a.html"] = Page(status=302, location="/news/b.html")
    site.pages["/news/b.html"] = Page(status=302, location="/news/a.html")
    publish_feed(site, ["/news/a.html", "/news/0.html"])
    settings = settings_for(database, WatchSource(name="region", url=site.url("/feed.xml")))
    [report] = watcher(settings, database).run_once()
    assert [(o.status, o.reason) for o in report.outcomes] == [
        ("failed", "redirect_loop"), ("stored", "")]
    assert site.count("/news/a.html") == 1 and site.count("/news/b.html") == 1


def test_a_redirect_is_followed_to_the_article(site: Site, database: Database) -> None:
    site.pages["/short/0"] = Page(status=301, location=site.url("/news/0.html"))
    settings = settings_for(database)
    outcome = Fetcher(settings).get(site.url("/short/0"))
    assert outcome.ok and outcome.url.endswith("/news/0.html")


def test_a_slow_server_times_out_after_bounded_retries(site: Site, database: Database) -> None:
    site.pages["/news/slow.html"] = Page(article(9).encode(), delay=1.0)
    settings = settings_for(database, fetch_timeout=0.3, fetch_retries=1)
    fetched = Fetcher(settings).get(site.url("/news/slow.html"))
    assert fetched.status == "timeout"
    assert site.count("/news/slow.html") == 2  # the first try and one retry


@pytest.mark.parametrize("declared", [True, False])
def test_a_huge_page_is_given_up_at_the_cap(
    site: Site, database: Database, declared: bool
) -> None:
    site.pages["/news/huge.html"] = Page(b"<p>" + "слово ".encode() * 400_000,
                                         declare_length=declared)
    settings = settings_for(database, fetch_max_bytes=200_000)
    fetcher = Fetcher(settings)
    fetched = fetcher.get(site.url("/news/huge.html"))
    assert fetched.status == "too_large" and fetched.body == b""
    assert fetcher.stats.bytes <= 200_000 + 65536  # at most one chunk past the cap


def test_robots_txt_disallow_is_honoured(site: Site, database: Database) -> None:
    site.pages["/private/1.html"] = Page(article(11).encode())
    publish_feed(site, ["/private/1.html", "/news/0.html"])
    settings = settings_for(database, WatchSource(name="region", url=site.url("/feed.xml")))
    [report] = watcher(settings, database).run_once()
    assert [(o.url.rsplit("/", 2)[-2], o.status, o.reason) for o in report.outcomes] == [
        ("private", "failed", "robots_disallowed"), ("news", "stored", "")]
    assert site.count("/private/1.html") == 0
    assert site.count("/robots.txt") == 1  # read once per host


def test_include_and_exclude_patterns_choose_the_articles(
    site: Site, database: Database
) -> None:
    source = WatchSource(name="region", url=site.url("/feed.xml"), include=(r"/news/\d",),
                         exclude=(r"/news/[45]",))
    [report] = watcher(settings_for(database, source), database).run_once()
    assert sorted(o.url.rsplit("/", 1)[-1] for o in report.outcomes) == [
        "0.html", "1.html", "2.html", "3.html"]


def test_a_restart_in_the_middle_of_a_pass_loses_nothing_and_duplicates_nothing(
    site: Site, database: Database
) -> None:
    settings = settings_for(database, WatchSource(name="region", url=site.url("/feed.xml")))
    stop = threading.Event()
    seen: list[str] = []

    def stopping_after_three(doc: Document) -> Document:
        seen.append(doc.id)
        if len(seen) == 3:
            stop.set()  # SIGTERM while the third article is in hand
        return doc

    first = Watcher(settings=settings, database=database, pipeline=stopping_after_three,
                    fetcher=Fetcher(settings), stop=stop)
    [cut] = first.run_once()
    assert (cut.status, cut.stored) == ("stopped", 3)  # the article in hand was finished
    with database.sessions() as session:
        assert state.source_status(session, name="region").etag is None  # type: ignore[union-attr]
    [resumed] = watcher(settings, database).run_once()
    assert (resumed.status, resumed.stored) == ("ok", ARTICLES - 3)
    assert [o.status for o in resumed.outcomes[:3]] == ["known"] * 3
    assert stored_documents(database) == ARTICLES
    assert all(site.count(f"/news/{n}.html") == 1 for n in range(ARTICLES))


def test_a_document_stored_but_not_recorded_is_recorded_not_stored_again(
    site: Site, database: Database
) -> None:
    """The crash between storing a document and recording its URL."""
    settings = settings_for(database, WatchSource(name="region", url=site.url("/feed.xml")))
    watcher(settings, database).run_once()
    with database.sessions.begin() as session:
        session.execute(WatchUrlRow.__table__.delete().where(  # type: ignore[attr-defined]
            WatchUrlRow.url == site.url("/news/2.html")))
    site.pages["/feed.xml"].etag = '"v2"'
    [report] = watcher(settings, database).run_once()
    assert [o.status for o in report.outcomes].count("duplicate") == 1
    assert stored_documents(database) == ARTICLES
    with database.sessions() as session:
        assert len(state.versions_of(session, url=site.url("/news/2.html"))) == 1


def test_a_changed_article_is_a_new_version_of_the_same_document(
    site: Site, database: Database
) -> None:
    settings = settings_for(database, WatchSource(name="region", url=site.url("/feed.xml")))
    watcher(settings, database).run_once()
    url = site.url("/news/1.html")
    site.pages["/news/1.html"] = Page(article(1, lead=(
        "Обновлено: губернатор встретился с делегацией партнёров и подписал соглашение о "
        "торгово-экономическом сотрудничестве.")).encode())
    reader = watcher(settings, database).reader
    changed = reader.read(Listed(url, date="2025-05-13"), source="region")
    again = reader.read(Listed(url, date="2025-05-14"), source="region")
    assert (changed.status, again.status) == ("new_version", "unchanged")
    with database.sessions() as session:
        versions = state.versions_of(session, url=url)
        groups = {session.get(DocumentRow, doc_id).group_id  # type: ignore[union-attr]
                  for doc_id in versions}
        known = state.known_url(session, url=url)
    assert len(versions) == 2 and versions[1] == changed.doc_id
    assert len(groups) == 1  # one article, one independent source
    assert known is not None and (known.version, known.document_id) == (2, changed.doc_id)
    assert stored_documents(database) == ARTICLES + 1


def test_an_article_listed_again_with_a_new_date_is_fetched_conditionally(
    site: Site, database: Database
) -> None:
    site.pages["/news/0.html"].etag = '"a0"'
    settings = settings_for(database, WatchSource(name="region", url=site.url("/feed.xml")))
    watcher(settings, database).run_once()
    outcome = watcher(settings, database).reader.read(
        Listed(site.url("/news/0.html"), date="2025-06-01"), source="region")
    last = [hit for hit in site.hits if hit.path == "/news/0.html"][-1]
    assert outcome.status == "unchanged"
    assert (last.if_none_match, last.status) == ('"a0"', 304)


def test_a_sitemap_index_and_its_sitemaps_are_read(site: Site, database: Database) -> None:
    def urlset(numbers: range) -> bytes:
        pages = "".join(f"<url><loc>{site.url(f'/news/{n}.html')}</loc>"
                        f"<lastmod>2025-05-0{n + 1}</lastmod></url>" for n in numbers)
        return (f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{pages}'
                "</urlset>").encode()

    site.pages["/sitemap-1.xml"] = Page(urlset(range(3)), "application/xml")
    site.pages["/sitemap-2.xml"] = Page(urlset(range(3, ARTICLES)), "application/xml")
    site.pages["/sitemap.xml"] = Page((
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<sitemap><loc>{site.url('/sitemap-1.xml')}</loc></sitemap>"
        f"<sitemap><loc>{site.url('/sitemap-2.xml')}</loc></sitemap>"
        f"<sitemap><loc>{site.url('/sitemap-gone.xml')}</loc></sitemap>"
        f"<sitemap><loc>{site.url('/news/0.html')}</loc></sitemap></sitemapindex>"
    ).encode(), "application/xml", etag='"s1"')
    source = WatchSource(name="map", url=site.url("/sitemap.xml"), kind="sitemap")
    # a missing sitemap and a page that is no sitemap are skipped, the others read
    [report] = watcher(settings_for(database, source), database).run_once()
    assert (report.status, report.listed, report.stored) == ("ok", ARTICLES, ARTICLES)
    [again] = watcher(settings_for(database, source), database).run_once()
    assert (again.status, again.stored) == ("not_modified", 0)


def test_the_status_endpoint_shows_each_source(site: Site, database: Database) -> None:
    from fastapi.testclient import TestClient

    from coopwatch.api import create_app

    good = WatchSource(name="region", url=site.url("/feed.xml"), interval=600)
    bad = WatchSource(name="gone", url=site.url("/missing.xml"))
    idle = WatchSource(name="idle", url=site.url("/idle.xml"))
    settings = settings_for(database, good, bad)
    watcher(settings, database).run_once()
    app = create_app(replace(settings, sources=(good, bad, idle)), pipeline=_same)
    with TestClient(app) as client:
        sources = {item["name"]: item for item in client.get("/api/watch/sources").json()}
        html = client.get("/watch").text
    assert list(sources) == ["region", "gone", "idle"]
    region, gone, never = sources["region"], sources["gone"], sources["idle"]
    assert (region["last_status"], region["new_documents"], region["errors"]) == (
        "ok", ARTICLES, 0)
    assert region["next_run_at"] > region["last_fetch_at"]
    assert (gone["last_status"], gone["errors"], gone["last_error"]) == (
        "http_error", 1, "http_error: HTTP 404")
    assert (never["last_fetch_at"], never["next_run_at"]) == (None, None)
    assert "Наблюдение за источниками" in html and "ошибка HTTP" in html
    assert html.index(">region<") < html.index(">gone<") < html.index(">idle<")
    assert "Сохранённых поисков нет" in html


def test_server_errors_are_retried_with_a_doubling_backoff(
    site: Site, database: Database
) -> None:
    site.pages["/news/busy.html"] = Page(b"busy", "text/plain", status=503)
    settings = settings_for(database, fetch_retries=2, fetch_backoff=0.5)
    slept: list[float] = []
    fetched = Fetcher(settings, sleep=slept.append).get(site.url("/news/busy.html"))
    assert (fetched.status, fetched.detail) == ("http_error", "HTTP 503")
    assert site.count("/news/busy.html") == 3 and slept == [0.5, 1.0]


def test_a_client_error_is_not_retried(site: Site, database: Database) -> None:
    slept: list[float] = []
    fetched = Fetcher(settings_for(database), sleep=slept.append).get(site.url("/gone.html"))
    assert (fetched.status, site.count("/gone.html"), slept) == ("http_error", 1, [])


def test_last_modified_alone_makes_the_next_pass_conditional(
    site: Site, database: Database
) -> None:
    stamp = "Mon, 12 May 2025 08:00:00 GMT"
    page = site.pages["/feed.xml"]
    page.etag, page.last_modified = None, stamp
    settings = settings_for(database, WatchSource(name="region", url=site.url("/feed.xml")))
    watcher(settings, database).run_once()
    [again] = watcher(settings, database).run_once()
    last = [hit for hit in site.hits if hit.path == "/feed.xml"][-1]
    assert again.status == "not_modified"
    assert (last.if_modified_since, last.if_none_match, last.status) == (stamp, None, 304)


def test_run_forever_waits_for_the_next_run_and_stops_on_the_event(
    site: Site, database: Database
) -> None:
    settings = settings_for(database, WatchSource(name="region", url=site.url("/feed.xml"),
                                                  interval=3600))
    stop = threading.Event()
    service = watcher(settings, database, stop)
    thread = threading.Thread(target=service.run_forever)
    thread.start()
    try:
        for _ in range(600):  # until the first pass is recorded (at most a minute)
            with database.sessions() as session:
                if state.source_status(session, name="region") is not None:
                    break
            stop.wait(0.1)
    finally:
        stop.set()
        thread.join(timeout=30)
    assert not thread.is_alive()
    assert site.count("/feed.xml") == 1  # the next run is an hour away
    assert stored_documents(database) == ARTICLES
