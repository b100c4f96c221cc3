"""Large-request drills against a live server: the body limit and big documents.

    .venv/bin/python bench/server_drills.py [--db var/coopwatch.sqlite3] [--tries 20]

1. A POST announcing a 50 MB body: milliseconds from the end of the headers to the 413,
   with only the headers and 1 kB sent (the server reads no more).
2. A 50 MB body really sent with httpx: milliseconds to the 413.
3. Reads while 1 MB Russian texts are POSTed by 4 clients in a loop: the reads'
   p50 / p95, next to the same reads alone, and what the POSTs got.

The server is the app over a copy of --db (bench/contract.py's `served`), with the
default limits. Numbers move with the other load of a shared machine.
"""

from __future__ import annotations

import argparse
import socket
import sys
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from contract import ROOT, TOKEN, served
from latency import percentile

FIFTY_MB = 50 * 1024 * 1024
RUSSIAN = "Делегация Омской области обсудила поставки зерна в Казахстан. "


def announced(url: str) -> float:
    address = urlsplit(url)
    with socket.create_connection((address.hostname, address.port), timeout=30) as conn:
        conn.sendall(b"POST /api/documents HTTP/1.1\r\nHost: bench\r\n"
                     b"Content-Type: application/json\r\nAuthorization: Bearer "
                     + TOKEN.encode() + f"\r\nContent-Length: {FIFTY_MB}\r\n\r\n".encode())
        began = time.perf_counter()
        conn.sendall(b"{" * 1024)
        answer = conn.recv(4096)
        elapsed = (time.perf_counter() - began) * 1000
    assert answer.startswith(b"HTTP/1.1 413"), answer[:100]
    return elapsed


def sent_whole(url: str) -> tuple[float, str]:
    body = b'{"text": "' + b"x" * (FIFTY_MB - 20) + b'"}'
    began = time.perf_counter()
    try:
        response = httpx.post(f"{url}/api/documents", content=body, timeout=60, headers={
            "Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"})
        outcome = str(response.status_code)
    except httpx.HTTPError as error:  # the server may close while the client still sends
        outcome = type(error).__name__
    return (time.perf_counter() - began) * 1000, outcome


def reads(url: str, count: int) -> list[float]:
    timings = []
    with httpx.Client(base_url=url, timeout=120) as client:
        for number in range(count):
            began = time.perf_counter()
            response = client.get("/api/events", params={"limit": 20, "offset": number % 40})
            timings.append((time.perf_counter() - began) * 1000)
            assert response.status_code == 200
    return timings


def big_posts(url: str, stop: threading.Event, statuses: list[int]) -> None:
    text = (RUSSIAN * (1024 * 1024 // len(RUSSIAN.encode())))
    with httpx.Client(base_url=url, timeout=120) as client:
        while not stop.is_set():
            response = client.post("/api/documents", json={"text": text},
                                   headers={"Authorization": f"Bearer {TOKEN}"})
            statuses.append(response.status_code)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=ROOT / "var" / "coopwatch.sqlite3")
    parser.add_argument("--tries", type=int, default=20)
    args = parser.parse_args()
    with served(args.db) as url:
        refusals = [announced(url) for _ in range(args.tries)]
        print(f"50 MB announced -> 413: p50 {percentile(refusals, 0.5):.1f} ms, "
              f"max {max(refusals):.1f} ms over {args.tries}")
        whole, outcome = sent_whole(url)
        print(f"50 MB sent whole -> {outcome} after {whole:.0f} ms")
        alone = reads(url, 200)
        stop, statuses = threading.Event(), []
        posters = [threading.Thread(target=big_posts, args=(url, stop, statuses))
                   for _ in range(4)]
        for poster in posters:
            poster.start()
        loaded = reads(url, 200)
        stop.set()
        for poster in posters:
            poster.join()
    print(f"reads alone: p50 {percentile(alone, 0.5):.1f} ms, p95 {percentile(alone, 0.95):.1f}")
    print(f"reads beside 4 clients POSTing 1 MB texts: p50 {percentile(loaded, 0.5):.1f} ms, "
          f"p95 {percentile(loaded, 0.95):.1f} ms; the POSTs got "
          f"{ {code: statuses.count(code) for code in set(statuses)} }")


if __name__ == "__main__":
    main()
