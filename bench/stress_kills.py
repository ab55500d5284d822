"""Randomized kill -9 of ingests: after every kill the store is whole, and a rerun completes it exactly.

    . .venv/bin/activate
    python bench/stress_kills.py                         # 20 kills, Guardian rows 0-59, seed 1
    python bench/stress_kills.py --kills 30 --docs 40 --seed 7 --json out.json

The real pipeline, real processes. A reference store is ingested once, undisturbed. Then, again and again,
an ingest of the same articles into the test store is started in one of three ways, chosen at random:

- direct:  `eventwire ingest` writing the file itself; the victim is the ingest;
- workers: `eventwire ingest --workers 2`; the victim is the ingest or one of its worker processes;
- server:  `eventwire serve` holds the store and `eventwire ingest` hands it the records; the victim is
           the ingest or the server (a killed server's ingest is killed too: it would retry for a minute);

and the victim gets SIGKILL after a random delay (uniform between 1 s and the reference run's time). A
run that ends before its kill is let be (it does not count). An ingest whose worker was killed must end by
itself (E603) within 120 s; one that does not counts as a failure, with the stack of every thread (the
ingest runs with faulthandler on SIGUSR1) in the JSON log. After each kill the store must open, every
row of every table must read back (no damaged block), and every stored document must hold exactly the
rows the reference holds for it (no half document, no stale copy). When a run completes the store, its
whole content must equal the reference (derived tables included: deduplicated events, dyads, wire
copies), and the next round starts from an empty store. The run ends with a last, undisturbed ingest and
that comparison. Exit 1 on any violation.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "scripts"), str(ROOT / "tests")]

from guardian_rows import write_guardian_jsonl  # noqa: E402  (scripts/ is on the path from here)
EVENTWIRE = [sys.executable, "-m", "eventwire.cli"]
DOC_TABLES = ("documents", "sentences", "actors", "events", "event_participants", "quotes", "places",
              "document_bands")


# `eventwire` with Python's faulthandler on SIGUSR1: a process that hangs can be asked where it is.
EVENTWIRE_TRACEABLE = [sys.executable, "-c", "import faulthandler, signal, sys; faulthandler.register("
                       "signal.SIGUSR1, all_threads=True); sys.argv[0] = 'eventwire'; from eventwire.cli import main; "
                       "main()"]
HANG_SECONDS = 120  # an ingest whose worker was killed must have ended by then (E603)


def start(command: list[str], log: Path) -> subprocess.Popen:
    """A process in its own session (it and its workers are killed as one group), output to a file (a pipe
    nobody reads could fill and stop it)."""
    with log.open("w") as output:
        return subprocess.Popen(command, stdout=output, stderr=subprocess.STDOUT, start_new_session=True)


def kill_group(process: subprocess.Popen) -> None:
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    process.wait()


def workers_of(pid: int) -> list[int]:
    """The worker processes of an `ingest --workers` (spawned children, not multiprocessing's resource tracker)."""
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        for child in (task / "children").read_text().split():
            try:
                command = Path(f"/proc/{child}/cmdline").read_bytes().decode(errors="replace")
            except OSError:
                continue
            if "spawn_main" in command and "resource_tracker" not in command:
                found.append(int(child))
    return found


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(db: Path, log: Path) -> subprocess.Popen:
    """`eventwire serve` on `db` (created first when a kill left none: a server serves existing stores only)."""
    from eventwire.store import Store

    Store(db).close()
    port = free_port()
    server = start([*EVENTWIRE, "serve", "--db", str(db), "--port", str(port)], log)
    deadline = time.monotonic() + 60
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    while time.monotonic() < deadline:
        try:
            with opener.open(f"http://127.0.0.1:{port}/api/health", timeout=5):
                return server
        except OSError:
            if server.poll() is not None:
                raise SystemExit(f"the server did not start: {log.read_text()}")
            time.sleep(0.2)
    raise SystemExit("the server did not start in 60 s")


def doc_rows(path: Path) -> dict[str, dict[str, list]]:
    """doc_id -> table -> that document's rows (sorted, without ingest times)."""
    from store_snapshot import CLOCK_COLUMNS

    from eventwire.store import Store

    found: dict[str, dict[str, list]] = {}
    with Store(path, read_only=True) as store:
        for table in DOC_TABLES:
            result = store.con.execute(f"SELECT *{CLOCK_COLUMNS.get(table, '')} FROM {table}")
            index = [column[0] for column in result.description].index("doc_id")
            for row in result.fetchall():
                found.setdefault(row[index], {}).setdefault(table, []).append(row)
    return {doc: {table: sorted(rows, key=repr) for table, rows in tables.items()} for doc, tables in found.items()}


def check_after_kill(path: Path, reference: dict) -> tuple[int, list[str]]:
    """(documents stored, problems)."""
    from eventwire.errors import EventwireError
    from eventwire.store import Store
    from eventwire.store.health import verify_tables

    if not path.exists():
        return 0, []
    try:
        with Store(path, read_only=True) as store:
            verify_tables(store.con, path)
    except EventwireError as exc:
        if exc.code == "E403" and "schema version None" in str(exc):
            return 0, []  # killed while creating the file: nothing committed yet, the next run creates it
        return 0, [f"store unreadable: {exc}"]
    stored = doc_rows(path)
    problems = [f"{doc}: rows differ from the reference" for doc, tables in stored.items()
                if tables != reference.get(doc)]
    return len(stored), problems


def run_once(mode: str, inputs: Path, db: Path, *, rng: random.Random, delay: float) -> dict:
    """One ingest in `mode`, its victim killed after `delay` s unless the ingest ends first."""
    logs = db.parent
    server = start_server(db, logs / "serve.log") if mode == "server" else None
    workers = ["--workers", "2"] if mode == "workers" else []
    ingest = start([*EVENTWIRE_TRACEABLE, "ingest", str(inputs), "--db", str(db), *workers], logs / "ingest.log")
    victim_kind = "ingest" if mode == "direct" else rng.choice(["ingest", "worker" if mode == "workers" else "server"])
    deadline = time.monotonic() + delay
    while time.monotonic() < deadline and ingest.poll() is None:
        time.sleep(0.05)
    entry = {"mode": mode, "victim": victim_kind, "delay_s": round(delay, 2)}
    if ingest.poll() is not None:
        entry["killed"] = False
        entry["exit"] = ingest.returncode
        entry["output"] = (logs / "ingest.log").read_text().strip().splitlines()[-1:]
    else:
        entry["killed"] = True
        if victim_kind == "worker":
            pids = workers_of(ingest.pid)
            if pids:
                os.kill(rng.choice(pids), signal.SIGKILL)
                try:
                    ingest.wait(timeout=HANG_SECONDS)  # the ingest reports E603 and stores what it was delivered
                except subprocess.TimeoutExpired:
                    os.kill(ingest.pid, signal.SIGUSR1)  # where is it stuck? (faulthandler, into its log)
                    time.sleep(2)
                    entry["hung"] = (logs / "ingest.log").read_text()[-6000:]
                entry["exit"] = ingest.returncode
                entry["output"] = (logs / "ingest.log").read_text().strip().splitlines()[-1:]
            else:
                entry["victim"] = "ingest"  # workers not started yet: kill the ingest instead
        elif victim_kind == "server":
            os.kill(server.pid, signal.SIGKILL)
            server.wait()
        kill_group(ingest)
    if server is not None:
        if server.poll() is None:
            server.send_signal(signal.SIGTERM)  # a graceful stop closes the store
            server.wait(timeout=60)
    return entry


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--docs", type=int, default=60, help="Guardian rows 0..N-1 (at most 200)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", type=Path, help="also write the report here")
    args = parser.parse_args()
    from store_snapshot import snapshot

    rng = random.Random(args.seed)
    log: list[dict] = []
    failures: list[str] = []
    with tempfile.TemporaryDirectory(prefix="eventwire-kills-") as folder:
        folder = Path(folder)
        inputs = write_guardian_jsonl(folder / "articles.jsonl", rows=args.docs)
        reference_db, db = folder / "reference.duckdb", folder / "stress.duckdb"
        started = time.perf_counter()
        done = subprocess.run([*EVENTWIRE, "ingest", str(inputs), "--db", str(reference_db)], capture_output=True)
        reference_seconds = time.perf_counter() - started
        if done.returncode != 0:
            raise SystemExit(done.stderr.decode())
        reference, whole = doc_rows(reference_db), snapshot(reference_db)
        kills, rounds, attempts = 0, 0, 0
        while kills < args.kills and attempts < 4 * args.kills:
            attempts += 1
            mode = rng.choice(["direct", "workers", "server"])
            entry = run_once(mode, inputs, db, rng=rng, delay=rng.uniform(1.0, reference_seconds))
            stored, problems = check_after_kill(db, reference)
            entry.update(stored=stored, problems=problems)
            kills += entry["killed"]
            failures += problems
            if "hung" in entry:
                failures.append(f"run {attempts}: the ingest did not end within {HANG_SECONDS} s of its worker's death")
            if stored == len(reference):  # the store is complete: it must be the reference, then start over
                rounds += 1
                if snapshot(db) != whole:
                    failures.append(f"round {rounds}: the complete store differs from the reference")
                db.unlink()
                db.with_name(db.name + ".wal").unlink(missing_ok=True)
                entry["round_complete"] = rounds
            log.append(entry)
            print(json.dumps(entry), flush=True)
        final = subprocess.run([*EVENTWIRE, "ingest", str(inputs), "--db", str(db)], capture_output=True, text=True)
        if final.returncode != 0 or snapshot(db) != whole:
            failures.append(f"the final ingest did not give the reference store: {final.stdout} {final.stderr}")
    report = {"docs": args.docs, "seed": args.seed, "reference_ingest_seconds": round(reference_seconds, 2),
              "hangs": sum("hung" in entry for entry in log),
              "kills": kills, "runs": len(log), "rounds_completed": rounds,
              "kills_by_victim": {f"{mode}/{victim}": sum(1 for entry in log if entry["killed"] and
                                                           (entry["mode"], entry["victim"]) == (mode, victim))
                                  for mode, victim in sorted({(entry["mode"], entry["victim"]) for entry in log})},
              "failures": failures, "passed": not failures and kills >= args.kills}
    print(json.dumps(report, indent=2))
    if args.json:
        args.json.write_text(json.dumps({**report, "log": log}, indent=2) + "\n", encoding="utf-8")
    sys.exit(0 if report["passed"] else 1)


if __name__ == "__main__":
    main()
