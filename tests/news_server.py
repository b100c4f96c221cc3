"""A small news site for the watch tests: a real HTTP server on 127.0.0.1 in a thread.

Each path is a `Page`: a body, a content type, an ETag (a 304 answers a matching
If-None-Match), a redirect, a delay before answering. The site logs every request with
its conditional headers and counts the body bytes it sent. Nothing here is a test.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ARTICLE = """<!doctype html>
<html><head><meta charset="utf-8"><title>{title}</title></head>
<body><nav>Главная | Новости | Контакты</nav>
<article><h1>{title}</h1>
<p>{lead}</p>
<p>Стороны обсудили поставки сельскохозяйственной техники, строительство совместного
логистического центра и расширение прямого авиасообщения между регионами.</p>
<p>По итогам встречи подписана дорожная карта на 2025-2027 годы, в которую вошли
{number} совместных проектов в промышленности, образовании и туризме.</p>
</article><footer>© Региональное информагентство</footer></body></html>
"""


def article(number: int, lead: str | None = None) -> str:
    """A Russian news page, different for each number."""
    title = f"Делегация региона номер {number} провела переговоры с партнёрами"
    lead = lead or (f"Губернатор встретился с делегацией партнёров, визит номер {number}, "
                    "и обсудил торгово-экономическое сотрудничество.")
    return ARTICLE.format(title=title, lead=lead, number=number)


def rss(items: list[tuple[str, str]], encoding: str = "utf-8") -> bytes:
    """An RSS 2.0 feed of (link, title) items, in the given encoding."""
    entries = "".join(
        f"<item><title>{title}</title><link>{link}</link>"
        f"<pubDate>Mon, 12 May 2025 10:{sum(map(ord, link)) % 60:02d}:00 +0300</pubDate>"
        "</item>" for link, title in items)
    text = (f'<?xml version="1.0" encoding="{encoding}"?>\n<rss version="2.0"><channel>'
            f"<title>Новости региона</title><link>/</link>{entries}</channel></rss>")
    return text.encode(encoding)


@dataclass
class Page:
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    etag: str | None = None
    last_modified: str | None = None
    location: str | None = None
    delay: float = 0.0
    declare_length: bool = True  # False: the body runs until the connection closes


@dataclass(frozen=True)
class Hit:
    path: str
    if_none_match: str | None
    if_modified_since: str | None
    status: int


@dataclass
class Site:
    pages: dict[str, Page] = field(default_factory=dict)
    hits: list[Hit] = field(default_factory=list)  # answered requests
    arrivals: list[str] = field(default_factory=list)  # every request, answered or not
    sent_bytes: int = 0
    base: str = ""
    lock: threading.Lock = field(default_factory=threading.Lock)

    def url(self, path: str) -> str:
        return self.base + path

    def paths(self) -> list[str]:
        with self.lock:
            return [hit.path for hit in self.hits]

    def count(self, path: str) -> int:
        """Requests for the path, including those whose client gave up waiting."""
        with self.lock:
            return self.arrivals.count(path)


def _handler(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            page = site.pages.get(self.path) or Page(b"not found", "text/plain", 404)
            with site.lock:
                site.arrivals.append(self.path)
            if page.delay:
                time.sleep(page.delay)
            tag = self.headers.get("If-None-Match")
            since = self.headers.get("If-Modified-Since")
            fresh = (page.etag is not None and tag == page.etag) or (
                page.etag is None and page.last_modified is not None
                and since == page.last_modified)
            status = 304 if fresh and page.status == 200 else page.status
            with site.lock:
                site.hits.append(Hit(self.path, tag, since, status))
            self.send_response(status)
            if page.etag:
                self.send_header("ETag", page.etag)
            if page.last_modified:
                self.send_header("Last-Modified", page.last_modified)
            if page.location:
                self.send_header("Location", page.location)
            body = b"" if status == 304 else page.body
            self.send_header("Content-Type", page.content_type)
            if page.declare_length:
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            try:
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                return
            with site.lock:
                site.sent_bytes += len(body)

        def log_message(self, format: str, *args: object) -> None:
            return

    return Handler


@contextmanager
def serving(site: Site) -> Iterator[Site]:
    """The site served on a free port of 127.0.0.1 until the block ends."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(site))
    server.daemon_threads = True
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()
