"""The dashboard's pages and API on a 100k-event store, over loopback: requests/s and latency percentiles.

    . .venv/bin/activate
    python bench/bench_dashboard.py                                # 100,000 events, 2,000 requests, 2 clients
    python bench/bench_dashboard.py --events 20000 --requests 500 --clients 2 --json out.json

The store is filled by SQL (as bench_aggregation.py: documents with one sentence per event, events with
source/target participants, trigger and participant offsets, a location in one of 40 countries,
confidences 0-0.99; 4 events per document, 2019-2024), then the merged tables are derived in one refresh.
`eventwire serve` then holds it, in its own process, and `--clients` threads send `--requests` requests in
all (at most 2,000: a bounded run, not a load test), each client cycling through the same list: the
dashboard's page and assets, the overview, map cells, network, a timeline, a document, and the events
explorer's search with filters (actor, quad, dates, text, confidence, country, PLOVER, map box, a second
page by cursor). A first pass over the list warms the server and is not counted.

It reports requests/s over the run, and per endpoint the count, p50, p95 and max latency; `search: …` are the
filtered events endpoint with each set of filters, and `search (all filters)` all of them together. The run fails (exit 1) unless every answer is 200 and
every endpoint's p95 is under 300 ms. Timings depend on the machine and its other load (noted).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

MAX_REQUESTS = 2_000
BUDGET_SECONDS = 0.3
# 40 countries and a point inside each (degrees), for the events' locations.
COUNTRIES = {
    "USA": (39.8, -98.6), "CAN": (56.1, -106.3), "MEX": (23.6, -102.6), "BRA": (-14.2, -51.9), "ARG": (-38.4, -63.6),
    "COL": (4.6, -74.3), "VEN": (6.4, -66.6), "GBR": (55.4, -3.4), "FRA": (46.2, 2.2), "DEU": (51.2, 10.5),
    "ITA": (41.9, 12.6), "ESP": (40.5, -3.7), "POL": (51.9, 19.1), "UKR": (48.4, 31.2), "RUS": (61.5, 105.3),
    "BLR": (53.7, 27.9), "TUR": (39.0, 35.2), "IRN": (32.4, 53.7), "IRQ": (33.2, 43.7), "SYR": (34.8, 39.0),
    "ISR": (31.0, 34.9), "PSE": (31.9, 35.2), "SAU": (23.9, 45.1), "EGY": (26.8, 30.8), "LBY": (26.3, 17.2),
    "NGA": (9.1, 8.7), "ETH": (9.1, 40.5), "KEN": (-0.02, 37.9), "ZAF": (-30.6, 22.9), "SDN": (12.9, 30.2),
    "PAK": (30.4, 69.3), "AFG": (33.9, 67.7), "IND": (20.6, 79.0), "CHN": (35.9, 104.2), "PRK": (40.3, 127.5),
    "KOR": (35.9, 127.8), "JPN": (36.2, 138.3), "IDN": (-0.8, 113.9), "PHL": (12.9, 121.8), "AUS": (-25.3, 133.8),
}
VERBS = {1: "praised", 2: "aided", 3: "condemned", 4: "attacked"}  # one trigger word per quad class
ROOT_OF_QUAD = {1: ("05", "051", "COOPERATE"), 2: ("07", "070", "AID"), 3: ("11", "111", "DISAPPROVE"),
                4: ("19", "190", "ASSAULT")}


def build(path: Path, events: int) -> float:
    """Fill the store by SQL; returns the seconds the merged tables took."""
    from eventwire.store import Store
    from eventwire.store.merged import refresh_merged

    codes = list(COUNTRIES)
    with Store(path) as store:
        con = store.con
        con.execute("CREATE TEMP TABLE countries (n INTEGER, code VARCHAR, lat DOUBLE, lon DOUBLE)")
        con.executemany("INSERT INTO countries VALUES (?, ?, ?, ?)",
                        [(n, code, *COUNTRIES[code]) for n, code in enumerate(codes)])
        con.execute("CREATE TEMP TABLE quads (quad INTEGER, verb VARCHAR, root VARCHAR, cameo VARCHAR, plover VARCHAR)")
        con.executemany("INSERT INTO quads VALUES (?, ?, ?, ?, ?)",
                        [(quad, VERBS[quad], *ROOT_OF_QUAD[quad]) for quad in VERBS])
        con.execute(f"""
            CREATE TEMP TABLE planned AS
            SELECT i, 'd' || (i // 4) AS doc_id, 'e' || (i % 4) AS event_id, i % 4 AS idx,
                   strftime(DATE '2019-01-01' + CAST((i // 4) % 2190 AS INTEGER), '%Y-%m-%d') AS day,
                   1 + (i * 7) % 4 AS quad, CAST(hash(i) % {len(codes)} AS INTEGER) AS s,
                   CAST((hash(i) + 1 + hash(i * 3) % {len(codes) - 1}) % {len(codes)} AS INTEGER) AS t
            FROM range({events}) r(i)""")
        con.execute("""
            CREATE TEMP TABLE sentence_rows AS
            SELECT p.*, q.verb, q.root, q.cameo, q.plover, sc.code AS source, tc.code AS target, tc.lat, tc.lon,
                   sc.code || ' ' || q.verb || ' ' || tc.code || ' over item ' || p.i || ' on ' || p.day || '.' AS text
            FROM planned p JOIN quads q ON q.quad = p.quad JOIN countries sc ON sc.n = p.s JOIN countries tc ON tc.n = p.t""")
        # Each document's text is its four sentences, each 100 characters wide (padded), so offsets are simple.
        con.execute("""
            INSERT INTO documents (doc_id, title, published, url, source, text, content_hash, tone_score, ingested_at)
            SELECT doc_id, 'Report ' || doc_id, min(day), 'https://news.example/' || doc_id, 'outlet ' || (min(i) % 50),
                   string_agg(rpad(text, 100, ' '), '' ORDER BY idx), doc_id, 0, TIMESTAMP '2025-01-01'
            FROM sentence_rows GROUP BY doc_id""")
        con.execute("""
            INSERT INTO sentences SELECT doc_id, idx, idx * 100, idx * 100 + length(text), text FROM sentence_rows""")
        con.execute("""
            INSERT INTO events (doc_id, event_id, sentence, trigger_text, trigger_start, trigger_end, cameo, root,
                                quad_class, goldstein, plover, modality, date, location_text, location_country,
                                location_lat, location_lon, confidence, dedup_key, global_event_id)
            SELECT doc_id, event_id, idx, verb, idx * 100 + 4, idx * 100 + 4 + length(verb), cameo, root, quad,
                   CASE quad WHEN 1 THEN 3.4 WHEN 2 THEN 7.0 WHEN 3 THEN -2.0 ELSE -10.0 END, plover,
                   CASE WHEN i % 20 = 0 THEN 'negated' ELSE 'asserted' END, day, target, target,
                   lat + (i % 7) - 3, lon + (i % 11) - 5, ((i * 37) % 100) / 100.0, 'k' || i, i
            FROM sentence_rows""")
        con.execute("""
            INSERT INTO event_participants (doc_id, event_id, side, position, text, start_char, end_char, country, code)
            SELECT doc_id, event_id, 'source', 0, source, idx * 100, idx * 100 + 3, source, source || 'GOV'
            FROM sentence_rows
            UNION ALL
            SELECT doc_id, event_id, 'target', 0, target, idx * 100 + 5 + length(verb), idx * 100 + 8 + length(verb),
                   target, target
            FROM sentence_rows""")
        started = time.perf_counter()
        refresh_merged(con)
        return time.perf_counter() - started


def endpoints(base: str) -> list[tuple[str, str]]:
    """(name, path) in the order each client cycles through them; the cursor page needs a first page."""
    with urllib.request.urlopen(f"{base}/api/search?actor=RUS&limit=50", timeout=30) as answer:
        cursor = json.load(answer)["next"]
    search = {
        "actor": "actor=RUS&limit=50", "actor+quad+dates": "actor=RUS&quad=4&since=2022-01-01&until=2022-12-31&limit=50",
        "dyad": "dyad=USA,CHN&limit=50", "text+country": "q=attacked&country=UKR&limit=50",
        "confidence+plover": "min_confidence=0.9&plover=ASSAULT&limit=50", "bbox": "bbox=20,40,40,55&limit=50",
        "second page": f"actor=RUS&limit=50&cursor={cursor}", "root+modality": "root=19&modality=negated&limit=50",
        "dyad by reports": "dyad=IND,PAK&order=reports&limit=10",
    }
    return ([("page", "/"), ("asset", "/static/app.js"), ("asset", "/static/world.json"), ("overview", "/api/overview"),
             ("map", "/api/map?cell=10"), ("map", "/api/map?cell=5&quad=4&since=2023-01-01"), ("network", "/api/network"),
             ("timeline", "/api/timeline?first=RUS&second=UKR&period=month"), ("document", "/api/documents/d123")]
            + [(f"search: {label}", f"/api/search?{params}") for label, params in search.items()])


def run_clients(base: str, plan: list[tuple[str, str]], clients: int, total: int) -> tuple[list[tuple], float]:
    results: list[tuple[str, int, float]] = []
    lock = threading.Lock()
    counter = iter(range(total))

    def client(offset: int) -> None:
        step = offset
        while True:
            with lock:
                if next(counter, None) is None:
                    return
            name, path = plan[step % len(plan)]
            step += 1
            started = time.perf_counter()
            with urllib.request.urlopen(base + path, timeout=30) as answer:
                answer.read()
                status = answer.status
            elapsed = time.perf_counter() - started
            with lock:
                results.append((name, status, elapsed))

    threads = [threading.Thread(target=client, args=(n * 3,)) for n in range(clients)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results, time.perf_counter() - started


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def summary(results: list[tuple], seconds: float) -> dict:
    by_name: dict[str, list[float]] = {}
    for name, _, elapsed in results:
        by_name.setdefault(name, []).append(elapsed)
        if name.startswith("search: "):
            by_name.setdefault("search (all filters)", []).append(elapsed)
    return {"requests": len(results), "seconds": round(seconds, 2), "requests_per_s": round(len(results) / seconds, 1),
            "statuses": sorted({status for _, status, _ in results}),
            "endpoints": {name: {"count": len(times), "p50_ms": round(statistics.median(times) * 1000, 1),
                                 "p95_ms": round(percentile(times, 0.95) * 1000, 1),
                                 "max_ms": round(max(times) * 1000, 1),
                                 "requests_per_s": round(len(times) / seconds, 1)}
                          for name, times in sorted(by_name.items())}}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=MAX_REQUESTS)
    parser.add_argument("--clients", type=int, default=2)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    if not 1 <= args.requests <= MAX_REQUESTS:
        parser.error(f"--requests must be 1-{MAX_REQUESTS}")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "dashboard.duckdb"
        started = time.perf_counter()
        merge_seconds = build(path, args.events)
        print(f"store: {args.events:,} events in {time.perf_counter() - started:.1f} s "
              f"(merged tables {merge_seconds:.1f} s)", flush=True)
        port = free_port()
        server = subprocess.Popen([sys.executable, "-m", "eventwire.cli", "serve", "--db", str(path), "--port",
                                   str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        base = f"http://127.0.0.1:{port}"
        try:
            wait_until_up(base, server)
            plan = endpoints(base)
            run_clients(base, plan, 1, len(plan))  # warm-up: every endpoint once, not counted
            load_before = os.getloadavg()[0]
            results, seconds = run_clients(base, plan, args.clients, args.requests)
            report = {**summary(results, seconds), "events": args.events, "clients": args.clients,
                      "load_1min_before": round(load_before, 2), "load_1min_after": round(os.getloadavg()[0], 2),
                      "cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform()}
        finally:
            server.terminate()
            server.wait(timeout=30)
    if args.json:
        args.json.write_text(json.dumps(report, indent=2), encoding="utf-8")
    slow = [name for name, figures in report["endpoints"].items() if figures["p95_ms"] > BUDGET_SECONDS * 1000]
    print(f"{report['requests']} requests in {report['seconds']} s: {report['requests_per_s']}/s")
    for name, figures in report["endpoints"].items():
        print(f"  {name:28} {figures['count']:5} requests  {figures['requests_per_s']:6}/s  p50 {figures['p50_ms']:6} ms"
              f"  p95 {figures['p95_ms']:6} ms  max {figures['max_ms']:6} ms")
    if report["statuses"] != [200] or slow:
        print(f"FAILED: statuses {report['statuses']}, p95 over {BUDGET_SECONDS * 1000:.0f} ms: {slow}", file=sys.stderr)
        sys.exit(1)


def wait_until_up(base: str, server: subprocess.Popen) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"eventwire serve stopped: {server.stderr.read().decode(errors='replace')[-2000:]}")
        try:
            with urllib.request.urlopen(f"{base}/api/health", timeout=5):
                return
        except OSError:
            time.sleep(0.5)
    raise SystemExit("eventwire serve did not answer within 120 s")


if __name__ == "__main__":
    main()
