"""Ingest twice, or kill the writer mid-ingest and run it again: the database is the one a clean run gives."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from eventwire.store import Store
from eventwire.store.schema import ALL_TABLES
from synthetic_corpus import build_corpus

DOCS, BATCH, KILL_AFTER = 50, 10, 25  # killed inside the third batch

WRITER = """
import sys
sys.path.insert(0, {tests!r})
from synthetic_corpus import build_corpus
from eventwire.store import Store

def announced(records):
    for record in records:
        print(record.doc_id, flush=True)
        yield record

with Store({db!r}) as store:
    store.write(announced(build_corpus(seed=2).records[:{docs}]), batch_size={batch})
print("done", flush=True)
"""


def snapshot(path: Path) -> dict[str, list]:
    """Every table's rows, sorted; wall-clock times (ingested_at, date_added = first ingest) left out."""
    clock = {"documents": " EXCLUDE (ingested_at)", "global_events": " EXCLUDE (date_added)"}
    with Store(path, read_only=True) as store:
        found = {}
        for table in ALL_TABLES:
            exclude = clock.get(table, "")
            found[table] = sorted(store.con.execute(f"SELECT *{exclude} FROM {table}").fetchall(), key=repr)
        return found


def clean_run(path: Path) -> None:
    with Store(path) as store:
        store.write(build_corpus(seed=2).records[:DOCS], batch_size=BATCH)


def test_killed_mid_ingest_then_rerun_equals_one_clean_run(tmp_path):
    killed_db = tmp_path / "killed.duckdb"
    script = WRITER.format(tests=str(Path(__file__).parents[1]), db=str(killed_db), docs=DOCS, batch=BATCH)
    process = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    seen = 0
    for line in process.stdout:
        seen += 1
        if seen == KILL_AFTER:
            os.kill(process.pid, signal.SIGKILL)
            break
    process.wait()
    assert process.returncode == -signal.SIGKILL
    with Store(killed_db, read_only=True) as partial:  # whole batches only: no half documents
        stored = partial.counts()["documents"]
        assert stored % BATCH == 0 and stored < DOCS
    clean_run(killed_db)
    clean_run(tmp_path / "clean.duckdb")
    assert snapshot(killed_db) == snapshot(tmp_path / "clean.duckdb")


def test_ingesting_twice_equals_ingesting_once(tmp_path):
    clean_run(tmp_path / "twice.duckdb")
    clean_run(tmp_path / "twice.duckdb")
    clean_run(tmp_path / "once.duckdb")
    assert snapshot(tmp_path / "twice.duckdb") == snapshot(tmp_path / "once.duckdb")
