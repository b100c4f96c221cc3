"""Mixed read load with concurrent clients against `coopwatch serve`.

    .venv/bin/python bench/load.py [--db sqlite:///var/coopwatch.sqlite3] [--clients 8]
                                   [--requests 2000] [--seed 7] [--json]

Starts `coopwatch serve` on a free loopback port over --db (the example base from
`make ingest` by default), then --clients threads, each with its own httpx client
(keep-alive), send --requests GETs in all, drawn with a fixed seed from a mix of the
pages and API reads an analyst makes: document lists and cards, events, figures, the
graph, entity profiles, searches and the HTML pages. Prints throughput (req/s) and
p50 / p95 / p99 in milliseconds overall and per kind of request. Any answer other than
200 stops the run. On a shared machine the numbers move with the other load on it.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import threading
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from latency import free_port, percentile, start_server, wait_until_up

SEARCHES = ("поставки тракторов", "соглашение о сотрудничестве", "товарооборот", "соя",
            "Татарстан", "Китай", "визит делегации", "инвестиции")
SECTORS = ("automotive", "agriculture", "machinery", "energy", None)
Request = tuple[str, str, dict[str, object]]


def request_mix(keys: list[str], doc_ids: list[str]) -> list[Callable[[random.Random], Request]]:
    """Kinds of requests; each gives (kind, path, params) from a random source."""
    return [
        lambda r: ("documents", "/api/documents", {"limit": 50}),
        lambda r: ("card", f"/api/documents/{r.choice(doc_ids)}", {}),
        lambda r: ("events", "/api/events", {"party": r.choice(keys), "limit": 50}),
        lambda r: ("figures", "/api/figures", {"limit": 50}),
        lambda r: ("graph", "/api/graph", {k: v for k, v in {
            "sector": r.choice(SECTORS)}.items() if v is not None}),
        lambda r: ("profile", f"/api/entities/{r.choice(keys)}/profile", {}),
        lambda r: ("search", "/api/search", {"q": r.choice(SEARCHES), "limit": 20}),
        lambda r: ("entities", "/api/entities", {"limit": 50}),
        lambda r: ("page_index", "/", {}),
        lambda r: ("page_document", f"/documents/{r.choice(doc_ids)}", {}),
    ]


def client_loop(base_url: str, plan: list[Request], timings: dict[str, list[float]],
                lock: threading.Lock, failures: list[str]) -> None:
    with httpx.Client(base_url=base_url, timeout=120) as client:
        for kind, path, params in plan:
            began = time.perf_counter()
            response = client.get(path, params=params)
            elapsed = (time.perf_counter() - began) * 1000
            if response.status_code != 200:
                failures.append(f"{path} {params}: {response.status_code}")
                return
            with lock:
                timings[kind].append(elapsed)


def run(db: str, clients: int, requests: int, seed: int) -> dict[str, object]:
    port = free_port()
    server = start_server(db, port)
    base_url = f"http://127.0.0.1:{port}"
    try:
        with httpx.Client(base_url=base_url, timeout=120) as client:
            wait_until_up(client, server)
            keys = [e["key"] for e in client.get("/api/entities", params={"limit": 100}).json()["items"]]
            doc_ids = [d["id"] for d in client.get("/api/documents", params={"limit": 500}).json()["items"]]
        pick = random.Random(seed)
        mix = request_mix(keys, doc_ids)
        plans: list[list[Request]] = [[] for _ in range(clients)]
        for number in range(requests):
            plans[number % clients].append(pick.choice(mix)(pick))
        timings: dict[str, list[float]] = defaultdict(list)
        lock = threading.Lock()
        failures: list[str] = []
        threads = [threading.Thread(target=client_loop, args=(base_url, plan, timings, lock,
                                                              failures)) for plan in plans]
        began = time.perf_counter()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        seconds = time.perf_counter() - began
    finally:
        server.terminate()
        server.wait(timeout=30)
    if failures:
        raise SystemExit("non-200 answers: " + "; ".join(failures[:5]))
    everything = [value for values in timings.values() for value in values]
    rows = {kind: _row(values) for kind, values in sorted(timings.items())}
    return {"database": db.split("://")[0], "clients": clients, "requests": len(everything),
            "seconds": round(seconds, 2), "requests_per_second": round(len(everything) / seconds, 1),
            "overall": _row(everything), "kinds": rows}


def _row(values: list[float]) -> dict[str, float]:
    return {"n": len(values), "p50": round(percentile(values, 0.5), 1),
            "p95": round(percentile(values, 0.95), 1), "p99": round(percentile(values, 0.99), 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default="sqlite:///var/coopwatch.sqlite3")
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    report = run(args.db, args.clients, args.requests, args.seed)
    if args.json:
        print(json.dumps(report, indent=2, ensure_ascii=False))
        return
    print(f"{report['requests']} requests, {report['clients']} clients, "
          f"{report['seconds']} s: {report['requests_per_second']} req/s")
    print(f"{'kind':14} {'n':>5} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8}")
    for kind, row in {"overall": report["overall"], **report["kinds"]}.items():  # type: ignore[dict-item]
        print(f"{kind:14} {row['n']:>5} {row['p50']:>8} {row['p95']:>8} {row['p99']:>8}")


if __name__ == "__main__":
    main()
