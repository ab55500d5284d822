"""Serving while ingesting, on loopback: the API's answers during an ingest, and the ingest's own time.

    . .venv/bin/activate
    python bench/bench_serve_ingest.py                       # 100 Guardian articles (rows 0-99), 5 clients
    python bench/bench_serve_ingest.py --docs 50 --clients 10 --interval 0.5 --repeat 2 --json out.json

Both runs start from the same store (the tests' synthetic corpus, 536 documents) and ingest the same
articles with the real pipeline, each `eventwire ingest` in a fresh process:

1. baseline: `eventwire ingest` writes the file itself, no server;
2. served: `eventwire serve` holds the store, `--clients` threads poll the API like dashboards (each one
   request every `--interval` seconds, cycling through health, events, dyads, timeline, network and a
   document; at most `--max-requests` in all), and `eventwire ingest` on the same database hands its
   records to the server (found by its note).

It reports the requests' status codes and latency percentiles (p50/p95/p99/max), both ingest times and
their ratio, and whether the two stores hold the same rows (nothing lost or doubled); an idle phase before
the ingest gives the latencies without one. The machine's 1-minute load average is noted before and after
each served ingest (other programs' load shows in every figure). With --repeat N the two runs alternate N times (each on a
fresh copy of the store) and the slowdown is the ratio of the median times; latencies are over all runs. The run fails (exit 1) unless every request got 200, p99 is
at most 1 s, the ingest slowed by at most 2x and the stores are equal. Timings depend on the machine:
rerun the baseline on the machine you compare on.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "scripts"), str(ROOT / "tests")]

from guardian_rows import write_guardian_jsonl  # noqa: E402  (scripts/ is on the path from here)
EVENTWIRE = [sys.executable, "-m", "eventwire.cli"]
ENDPOINTS = ["/api/health", "/api/events?limit=50", "/api/dyads?limit=50", "/api/timeline?first=RUS&second=PAK",
             "/api/network", "/api/events?dyad=USA,CHN&limit=20", "/api/documents/doc-0001"]


def base_store(folder: Path) -> Path:
    from synthetic_corpus import SEED, build_corpus

    from eventwire.store import Store

    path = folder / "base.duckdb"
    with Store(path) as store:
        store.write(build_corpus(SEED).records)
    return path


def timed_ingest(inputs: Path, db: Path) -> tuple[float, str]:
    """(seconds, output) of one `eventwire ingest` in a fresh process."""
    started = time.perf_counter()
    done = subprocess.run([*EVENTWIRE, "ingest", str(inputs), "--db", str(db)], capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"ingest failed: {done.stderr}")
    return time.perf_counter() - started, done.stdout.strip() + " " + done.stderr.strip()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Load:
    """`clients` threads, each one request every `interval` seconds until stopped or `budget` requests in all."""

    def __init__(self, url: str, *, clients: int, interval: float, budget: int):
        self.url, self.interval, self.budget = url, interval, budget
        self.results: list[tuple[str, int | str, float]] = []  # (path, status or exception, seconds)
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._threads = [threading.Thread(target=self._client, args=(number,), daemon=True)
                         for number in range(clients)]

    def start(self) -> "Load":
        for thread in self._threads:
            thread.start()
        return self

    def stop(self) -> list[tuple[str, int | str, float]]:
        self._stop.set()
        for thread in self._threads:
            thread.join()
        with self._lock:
            found, self.results = self.results, []
        return found

    def _client(self, number: int) -> None:
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        turn = number
        while not self._stop.is_set():
            with self._lock:
                if len(self.results) >= self.budget:
                    return
            path = ENDPOINTS[turn % len(ENDPOINTS)]
            turn += 1
            started = time.perf_counter()
            try:
                with opener.open(self.url + path, timeout=30) as response:
                    response.read()
                    status: int | str = response.status
            except urllib.error.HTTPError as exc:
                status = exc.code
            except OSError as exc:
                status = type(exc).__name__
            elapsed = time.perf_counter() - started
            with self._lock:
                self.results.append((path, status, elapsed))
            self._stop.wait(max(0.0, self.interval - elapsed))


def latency_summary(results) -> dict:
    seconds = sorted(elapsed for _, _, elapsed in results)
    if not seconds:
        return {"requests": 0}

    def percentile(share: float) -> float:
        return round(seconds[min(len(seconds) - 1, int(share * len(seconds)))], 4)

    errors = [status for _, status, _ in results if status != 200]
    return {"requests": len(results), "errors": len(errors), "error_kinds": sorted(set(map(str, errors))),
            "p50_s": percentile(0.50), "p95_s": percentile(0.95), "p99_s": percentile(0.99),
            "max_s": round(seconds[-1], 4)}


def wait_for(url: str, process: subprocess.Popen, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"the server stopped: {process.stderr.read()}")
        try:
            with urllib.request.build_opener(urllib.request.ProxyHandler({})).open(url + "/api/health", timeout=5):
                return
        except OSError:
            time.sleep(0.2)
    raise SystemExit("the server did not start")


def served_run(inputs: Path, db: Path, *, clients: int, interval: float, budget: int, idle_seconds: float) -> dict:
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    server = subprocess.Popen([*EVENTWIRE, "serve", "--db", str(db), "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        wait_for(url, server)
        load = Load(url, clients=clients, interval=interval, budget=budget).start()
        time.sleep(idle_seconds)
        idle = load.stop()
        load = Load(url, clients=clients, interval=interval, budget=budget - len(idle)).start()
        load_before = os.getloadavg()[0]
        seconds, output = timed_ingest(inputs, db)
        during = load.stop()
        machine_load = [round(load_before, 2), round(os.getloadavg()[0], 2)]
    finally:
        server.terminate()
        server.wait(timeout=60)
    if "handing the records" not in output:
        raise SystemExit(f"the ingest did not go through the server: {output}")
    return {"ingest_seconds": round(seconds, 2), "ingest_output": output, "load_average": machine_load,
            "idle": latency_summary(idle),
            "during_ingest": latency_summary(during), "results": during,
            "by_endpoint": {path: latency_summary([row for row in during if row[0] == path]) for path in ENDPOINTS}}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=100, help="Guardian rows 0..N-1 to ingest (at most 200)")
    parser.add_argument("--clients", type=int, default=5)
    parser.add_argument("--interval", type=float, default=1.0, help="seconds between one client's requests")
    parser.add_argument("--max-requests", type=int, default=2000)
    parser.add_argument("--idle-seconds", type=float, default=10.0)
    parser.add_argument("--repeat", type=int, default=1, help="alternate the baseline and served runs N times")
    parser.add_argument("--json", type=Path, help="also write the report here")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="eventwire-serve-bench-") as folder:
        folder = Path(folder)
        inputs = write_guardian_jsonl(folder / "articles.jsonl", rows=args.docs)
        base = base_store(folder)
        baseline_times, baseline_load, runs, same = [], [], [], True
        for number in range(args.repeat):
            direct_db, served_db = folder / f"direct-{number}.duckdb", folder / f"served-{number}.duckdb"
            shutil.copy(base, direct_db)
            shutil.copy(base, served_db)
            baseline_times.append(timed_ingest(inputs, direct_db)[0])
            baseline_load.append(round(os.getloadavg()[0], 2))
            runs.append(served_run(inputs, served_db, clients=args.clients, interval=args.interval,
                                   budget=args.max_requests // args.repeat, idle_seconds=args.idle_seconds))
            from store_snapshot import snapshot

            same = same and snapshot(direct_db) == snapshot(served_db)
    served_times = [run["ingest_seconds"] for run in runs]
    during = latency_summary([row for run in runs for row in run.pop("results")])
    report = {
        "machine": f"{platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}",
        "docs": args.docs, "clients": args.clients, "interval_s": args.interval, "repeat": args.repeat,
        "baseline_ingest_seconds": [round(value, 2) for value in baseline_times],
        "baseline_load_average_after": baseline_load,
        "served_ingest_seconds": served_times,
        "slowdown": round(statistics.median(served_times) / statistics.median(baseline_times), 2),
        "during_ingest": during, "runs": runs, "stores_equal": same,
    }
    report["passed"] = (during["requests"] > 0 and during["errors"] == 0 and during["p99_s"] <= 1.0
                        and report["slowdown"] <= 2.0 and same)
    text = json.dumps(report, indent=2)
    print(text)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")
    sys.exit(0 if report["passed"] else 1)


if __name__ == "__main__":
    main()
