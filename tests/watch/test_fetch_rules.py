"""The fetcher's rules one by one: the per-host pace (on a fake clock), robots.txt
answers, the charset of a page, and what feeds and sitemaps list."""

from __future__ import annotations

import pytest

from coopwatch.watch.decoding import page_text
from coopwatch.watch.listings import BadListing, read_feed, read_sitemap
from coopwatch.watch.pacing import HostPacer
from coopwatch.watch.robots import RobotsRules

PHRASE = "Губернатор Приморья встретился с делегацией провинции Цзилинь"


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


def test_the_pacer_spaces_requests_to_one_host_and_not_across_hosts() -> None:
    clock = FakeClock()
    pacer = HostPacer(2.0, clock=clock, sleep=clock.sleep)
    pacer.wait("a.ru")
    pacer.wait("b.ru")  # another host: no wait
    clock.now += 0.5
    pacer.wait("a.ru")  # 0.5 s after the first: 1.5 s to wait
    pacer.wait("a.ru")  # right after: a whole delay
    assert clock.slept == [1.5, 2.0]


@pytest.mark.parametrize(("status", "text", "url", "allowed"), [
    (200, "User-agent: *\nDisallow: /private/", "https://x.ru/news/1", True),
    (200, "User-agent: *\nDisallow: /private/", "https://x.ru/private/1", False),
    (200, "User-agent: coopwatch\nDisallow: /\n\nUser-agent: *\nAllow: /", "https://x.ru/a",
     False),
    (404, "", "https://x.ru/anything", True),   # no robots.txt: everything allowed
    (403, "", "https://x.ru/anything", False),  # robots.txt forbidden: nothing allowed
    (503, "", "https://x.ru/anything", False),  # unreadable: nothing, for now
    (0, "", "https://x.ru/anything", False),    # unreachable: nothing, for now
    (200, "", "ftp://x.ru/file", False),        # not http(s)
])
def test_robots_rules(status: int, text: str, url: str, allowed: bool) -> None:
    reads: list[str] = []

    def read(robots_url: str) -> tuple[int, str]:
        reads.append(robots_url)
        return status, text

    rules = RobotsRules("coopwatch/0.1 (+https://example.org)", read)
    assert rules.allows(url) is allowed
    rules.allows(url)
    assert reads in ([], ["https://x.ru/robots.txt"])  # once per host


def test_unreadable_robots_txt_is_asked_for_again_later() -> None:
    clock = FakeClock()
    answers = iter([(503, ""), (200, "User-agent: *\nAllow: /")])
    rules = RobotsRules("coopwatch", lambda _url: next(answers), clock=clock)
    assert not rules.allows("https://x.ru/a")
    clock.now += 3600
    assert rules.allows("https://x.ru/a")


@pytest.mark.parametrize(("body", "content_type"), [
    (PHRASE.encode("utf-8"), "text/html; charset=utf-8"),
    (PHRASE.encode("cp1251"), "text/html; charset=windows-1251"),
    (PHRASE.encode("koi8_r"), 'text/html; charset="KOI8-R"'),
    (f'<meta charset="windows-1251"><p>{PHRASE}'.encode("cp1251"), "text/html"),
    (f'<meta http-equiv="Content-Type" content="text/html; charset=koi8-r"><p>{PHRASE}'
     .encode("koi8_r"), None),
    (PHRASE.encode("cp1251"), "text/html"),                 # detected
    (PHRASE.encode("cp1251"), "text/html; charset=utf-8"),  # a wrong header: detected
    (PHRASE.encode("utf-8"), "text/html; charset=x-unknown"),
])
def test_page_text_finds_the_charset(body: bytes, content_type: str | None) -> None:
    text = page_text(body, content_type)
    assert text is not None and PHRASE in text


NEWS_SITEMAP = """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
  <url><loc>https://x.ru/news/1</loc><lastmod>2025-05-01</lastmod>
    <news:news><news:publication><news:name>X</news:name><news:language>ru</news:language>
    </news:publication><news:publication_date>2025-05-12T10:00:00+03:00</news:publication_date>
    <news:title>Приморье и Цзилинь</news:title></news:news></url>
  <url><loc> https://x.ru/news/2 </loc><lastmod>2025-05-02</lastmod></url>
  <url><lastmod>2025-05-03</lastmod></url>
</urlset>""".encode()


def test_a_news_sitemap_lists_its_pages_with_titles_and_dates() -> None:
    listing = read_sitemap(NEWS_SITEMAP)
    assert [(a.url, a.title, a.date, a.published) for a in listing.articles] == [
        ("https://x.ru/news/1", "Приморье и Цзилинь", "2025-05-01", "2025-05-12"),
        ("https://x.ru/news/2", None, "2025-05-02", None),
    ]


def test_a_sitemap_index_lists_sitemaps() -> None:
    body = (b'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            b"<sitemap><loc>https://x.ru/s1.xml</loc></sitemap>"
            b"<sitemap><loc>https://x.ru/s2.xml</loc></sitemap></sitemapindex>")
    assert read_sitemap(body).sitemaps == ("https://x.ru/s1.xml", "https://x.ru/s2.xml")


@pytest.mark.parametrize("body", [b"<html><body>nope</body></html>", b"<urlset><url>", b""])
def test_what_is_not_a_sitemap_raises(body: bytes) -> None:
    with pytest.raises(BadListing):
        read_sitemap(body)


def test_an_atom_feed_gives_links_titles_and_updated_dates() -> None:
    body = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Новости</title><id>urn:x</id>
<updated>2025-05-12T10:00:00Z</updated>
<entry><title>Первая</title><id>urn:1</id><link href="https://x.ru/1"/>
<updated>2025-05-12T10:00:00Z</updated><published>2025-05-11T09:00:00Z</published></entry>
<entry><title>Без ссылки</title><id>urn:2</id><updated>2025-05-12T10:00:00Z</updated></entry>
</feed>""".encode()
    listing = read_feed(body, "application/atom+xml")
    assert [(a.url, a.title, a.date, a.published) for a in listing.articles] == [
        ("https://x.ru/1", "Первая", "2025-05-12T10:00:00Z", "2025-05-11")]


def test_relative_links_of_a_feed_are_resolved_against_its_address() -> None:
    body = ('<rss version="2.0"><channel><title>Лента</title><item><title>Новость</title>'
            "<link>/news/1.html</link><pubDate>Mon, 12 May 2025 23:30:00 +0300</pubDate>"
            "</item></channel></rss>").encode()
    [item] = read_feed(body, "application/rss+xml", "https://x.ru/rss/all.xml").articles
    assert (item.url, item.date, item.published) == (
        "https://x.ru/news/1.html", "Mon, 12 May 2025 23:30:00 +0300", "2025-05-12")


def test_garbage_is_not_a_feed() -> None:
    with pytest.raises(BadListing):
        read_feed(b"\x00\x01 not xml at all <<<", "text/plain")
