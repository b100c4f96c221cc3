"""Query latency of the knowledge base: the API's profile, graph and search endpoints and
the web pages (overview, profile, graph, a graph edge, facts, search, document).

    .venv/bin/python bench/latency.py --db sqlite:///var/kb100k.sqlite3 [--requests 200]

Starts `coopwatch serve` on a free loopback port against --db (a store filled e.g. by
bench/synthetic_kb.py), waits until it answers, then sends --requests sequential GETs
per endpoint with httpx (one client, keep-alive): entity profiles of keys drawn from
the stored entities, the cooperation graph with and without sector and period filters,
and full-text searches of domain phrases; then each web page (`page:…`) with filters drawn
the same way (a graph edge between the most reported entity and another of the top 20
may have no facts, a page of a party's facts may be past the last: their 404 pages are
timed too). Prints p50 / p95 / p99 / max in milliseconds
per endpoint (--json for machine-readable output). The server is stopped at the end.
"""

from __future__ import annotations

import argparse
import json
import random
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import httpx

SEARCHES = ("поставки тракторов", "соглашение о сотрудничестве", "товарооборот",
            "совместное предприятие", "локализация производства", "инвестиционный проект",
            "молочная продукция", "международный форум", "визит делегации", "удобрения")
SECTORS = ("automotive", "machinery", "agriculture", "food", "energy", "electronics", None)
PERIODS = (None, "2023", "2024-01/2024-06", None)
STARTUP_SECONDS = 120


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_server(db: str, port: int) -> subprocess.Popen[bytes]:
    command = [str(Path(sys.executable).parent / "coopwatch"), "serve", "--db", db,
               "--host", "127.0.0.1", "--port", str(port)]
    return subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def wait_until_up(client: httpx.Client, server: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"server exited: {server.stderr.read().decode()[-2000:]}")
        try:
            if client.get("/api/stats").status_code == 200:
                return
        except httpx.TransportError:
            time.sleep(0.2)
    raise SystemExit("server did not answer in time")


def entity_keys(client: httpx.Client) -> list[str]:
    """Keys of the most reported entities (the store's own order), for profile requests."""
    items = client.get("/api/entities", params={"limit": 300}).json()["items"]
    return [item["key"] for item in items]


def document_ids(client: httpx.Client) -> list[str]:
    """Ids of a few hundred documents, newest first, for document page requests."""
    items = client.get("/api/documents", params={"limit": 300}).json()["items"]
    return [item["id"] for item in items]


def request_makers(keys: list[str], pick: random.Random, documents: list[str] | None = None
                   ) -> dict[str, Callable[[], tuple]]:
    """Endpoint name -> a function giving (path, params) for one request; with
    `documents`, the web pages too (names starting with `page:`)."""
    pages = {} if documents is None else {
        "page:overview": lambda: ("/", {}),
        "page:profile": lambda: (f"/entities/{pick.choice(keys)}", {}),
        "page:graph": lambda: ("/graph", {k: v for k, v in {
            "sector": pick.choice(SECTORS), "since": pick.choice(PERIODS),
            "country": pick.choice((None, None, *keys[:20]))}.items() if v is not None}),
        "page:graph-edge": lambda: ("/graph", {
            "country": keys[0], "edge": f"{keys[0]},{pick.choice(keys[1:20])}"}),
        "page:facts": lambda: ("/facts", {k: v for k, v in {
            "view": pick.choice(("events", "figures", "flows")),
            "party": pick.choice((None, *keys[:50])), "since": pick.choice(PERIODS),
            "page": pick.choice(("1", "2", "5"))}.items() if v is not None}),
        "page:search": lambda: ("/search", {"q": pick.choice(SEARCHES)}),
        "page:document": lambda: (f"/documents/{pick.choice(documents)}", {}),
    }
    return pages | {
        "profile": lambda: (f"/api/entities/{pick.choice(keys)}/profile", {}),
        "graph": lambda: ("/api/graph", {k: v for k, v in {
            "sector": pick.choice(SECTORS), "period": pick.choice(PERIODS),
            "limit": 200}.items() if v is not None}),
        "search": lambda: ("/api/search", {"q": pick.choice(SEARCHES), "limit": 20}),
    }


def measure(client: httpx.Client, make: Callable[[], tuple], count: int) -> list[float]:
    """Milliseconds of `count` requests; any non-200 answer stops the run."""
    timings = []
    for _ in range(count):
        path, params = make()
        began = time.perf_counter()
        response = client.get(path, params=params)
        timings.append((time.perf_counter() - began) * 1000)
        if response.status_code not in (200, 404) or (
                response.status_code == 404 and not {"edge", "page"} & set(params)):
            raise SystemExit(f"{path} {params}: {response.status_code} {response.text[:300]}")
    return timings


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def summary(timings: list[float]) -> dict[str, float]:
    return {"requests": len(timings), "p50": percentile(timings, 0.5),
            "p95": percentile(timings, 0.95), "p99": percentile(timings, 0.99),
            "mean": statistics.fmean(timings), "max": max(timings)}


def run(db: str, requests: int, seed: int, pages: bool = True) -> dict[str, object]:
    port = free_port()
    server = start_server(db, port)
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=120) as client:
            wait_until_up(client, server)
            stats = client.get("/api/stats").json()
            makers = request_makers(entity_keys(client), random.Random(seed),
                                    document_ids(client) if pages else None)
            results = {name: summary(measure(client, make, requests))
                       for name, make in makers.items()}
    finally:
        server.terminate()
        server.wait(timeout=30)
    return {"database": db.split("://")[0], "store": stats, "endpoints": results}


def print_table(report: dict[str, object]) -> None:
    print(f"backend {report['database']}, store {report['store']}")
    print(f"{'endpoint':16} {'n':>5} {'p50 ms':>9} {'p95 ms':>9} {'p99 ms':>9} {'max ms':>9}")
    for name, row in report["endpoints"].items():  # type: ignore[attr-defined]
        print(f"{name:16} {row['requests']:>5} {row['p50']:>9.1f} {row['p95']:>9.1f} "
              f"{row['p99']:>9.1f} {row['max']:>9.1f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="Database URL of a filled store.")
    parser.add_argument("--requests", type=int, default=200, help="Requests per endpoint.")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--json", action="store_true", help="Print JSON instead of a table.")
    parser.add_argument("--api-only", action="store_true", help="Leave out the web pages.")
    args = parser.parse_args()
    report = run(args.db, args.requests, args.seed, pages=not args.api_only)
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        print_table(report)


if __name__ == "__main__":
    main()
