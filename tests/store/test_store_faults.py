"""Store faults get their code and real cause: disk full (E408), a damaged file (E407), a file that is no
store (E403), a lock held by another process (E402); from Python, the CLI and the server alike.

Disk full runs on a 2 MB tmpfs where the test may mount one (root on Linux), else on a connection whose
COMMIT fails as DuckDB's does on a full disk.
"""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from eventwire import cli
from eventwire.cli import seams
from eventwire.errors import EventwireError
from eventwire.schema import DocumentRecord
from eventwire.store import Store
from eventwire.store.faults import store_error
from synthetic_corpus import SEED, build_corpus, ingested_corpus

HEADER_BYTES = 3 * 4096  # DuckDB's file header and its two database headers come before block 0


@contextmanager
def small_disk(tmp_path: Path):
    """A folder on a 2 MB tmpfs, or None where mounting is not allowed."""
    folder = tmp_path / "small"
    folder.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(folder)],
                             capture_output=True).returncode == 0
    try:
        yield folder if mounted else None
    finally:
        if mounted:
            subprocess.run(["umount", "-l", str(folder)], capture_output=True)


class FullDiskConnection:
    """A connection whose COMMIT fails as DuckDB's does when the disk is full: the transaction is gone."""

    def __init__(self, con):
        self._con = con

    def execute(self, query, *args):
        if query == "COMMIT":
            self._con.execute("ROLLBACK")
            raise duckdb.TransactionException('TransactionContext Error: Failed to commit: Could not write file '
                                              '"x.duckdb.wal": No space left on device')
        return self._con.execute(query, *args)

    def __getattr__(self, name):
        return getattr(self._con, name)


def big_records(count: int, prefix: str = "big") -> list[DocumentRecord]:
    """Records of ~100 KB of text each: 30 of them do not fit on the small disk."""
    base = build_corpus(seed=2).records[0]
    text = ("Filler words for a long article. " * 3000)[:100_000]
    return [dataclasses.replace(base, doc_id=f"{prefix}-{number}", text=text, sentences=[[0, len(text)]],
                                events=[], actors=[], quotes=[], places=[]) for number in range(count)]


def test_disk_full_is_e408_with_its_cause_and_whole_batches_stay(tmp_path):
    with small_disk(tmp_path) as folder:
        if folder is not None:
            path = folder / "full.duckdb"
            with pytest.raises(EventwireError) as raised, Store(path) as store:
                store.write(big_records(30), batch_size=5)
            shutil.copy(path, tmp_path / "copy.duckdb")  # read it back off the full disk
            if path.with_name("full.duckdb.wal").exists():
                shutil.copy(path.with_name("full.duckdb.wal"), tmp_path / "copy.duckdb.wal")
            path = tmp_path / "copy.duckdb"
        else:
            path = tmp_path / "simulated.duckdb"
            with Store(path) as store:
                store.write(big_records(5), batch_size=5)
                store.con = FullDiskConnection(store.con)
                with pytest.raises(EventwireError) as raised:
                    store.write(big_records(5, prefix="more"), batch_size=5)
    error = raised.value
    assert error.code == "E408" and "disk full" in str(error) and "No space left on device" in str(error)
    assert "rollback" not in str(error)
    with Store(path, read_only=True) as store:
        assert 0 < store.counts()["documents"] < 35 and store.counts()["documents"] % 5 == 0


def test_ingest_on_a_full_disk_exits_1_naming_the_cause(tmp_path, monkeypatch):
    monkeypatch.setattr(seams, "load_resources", lambda **options: object())
    monkeypatch.setattr(seams, "extract_many", lambda articles, resources: big_records(len(articles)))
    folder = tmp_path / "news"
    folder.mkdir()
    for number in range(30):
        (folder / f"{number:02d}.txt").write_text("An article.", encoding="utf-8")
    with small_disk(tmp_path) as disk:
        if disk is None:
            pytest.skip("cannot mount a tmpfs here; test_disk_full_is_e408… simulates the full disk instead")
        result = CliRunner().invoke(cli.main, ["ingest", str(folder), "--db", str(disk / "x.duckdb")])
    assert result.exit_code == 1 and "[E408]" in result.output and "No space left" in result.output
    assert "rollback" not in result.output and "Traceback" not in result.output


def damaged_copy(source: Path, target: Path, *, table: str = "documents", column: str = "text") -> Path:
    """A copy of the store with garbage written into the block holding `table`.`column`'s data."""
    shutil.copy(source, target)
    with duckdb.connect(str(target), read_only=True) as con:
        block = con.execute(f"SELECT block_id FROM pragma_storage_info('{table}') WHERE block_id >= 0 "
                            "AND column_name = ? AND segment_type <> 'VALIDITY' LIMIT 1", [column]).fetchall()[0][0]
        block_size = con.execute("PRAGMA database_size").fetchall()[0][2]
    with open(target, "r+b") as handle:
        handle.seek(HEADER_BYTES + block * block_size + 64)
        handle.write(b"\xde\xad\xbe\xef" * 256)
    return target


@pytest.fixture(scope="module")
def corpus_db():
    return ingested_corpus(SEED)


@pytest.fixture()
def damaged(corpus_db, tmp_path):
    return damaged_copy(corpus_db[1], tmp_path / "damaged.duckdb")


def test_a_damaged_block_is_e407_in_events_and_ingest(damaged, tmp_path, monkeypatch):
    result = CliRunner().invoke(cli.main, ["events", "--db", str(damaged), "--limit", "10000"])
    listed = CliRunner().invoke(cli.main, ["sql", "SELECT max(length(text)) FROM documents", "--db", str(damaged)])
    assert "[E407]" in result.output + listed.output and "damaged" in result.output + listed.output
    monkeypatch.setattr(seams, "load_resources", lambda **options: object())
    monkeypatch.setattr(seams, "extract_many", lambda articles, resources: build_corpus(seed=2).records[:3])
    (tmp_path / "a.txt").write_text("An article.", encoding="utf-8")
    ingested = CliRunner().invoke(cli.main, ["ingest", str(tmp_path / "a.txt"), "--db", str(damaged)])
    assert ingested.exit_code == 1 and "[E407]" in ingested.output, ingested.output
    for output in (result.output, listed.output, ingested.output):
        assert "Traceback" not in output


def test_a_damaged_header_or_a_file_that_is_no_database(corpus_db, tmp_path):
    header = tmp_path / "header.duckdb"
    shutil.copy(corpus_db[1], header)
    with open(header, "r+b") as handle:
        handle.seek(4096)
        handle.write(b"\x00" * 4096)
    text = tmp_path / "notes.duckdb"
    text.write_text("not a database\n" * 100)
    empty = tmp_path / "empty.duckdb"
    empty.touch()
    codes = {}
    for path in (header, text, empty):
        with pytest.raises(EventwireError) as raised:
            Store(path, read_only=True)
        codes[path.name] = (raised.value.code, str(raised.value))
    assert codes["header.duckdb"][0] == "E407" and "damaged" in codes["header.duckdb"][1]
    assert codes["notes.duckdb"][0] == "E403" and "not a DuckDB database" in codes["notes.duckdb"][1]
    assert codes["empty.duckdb"][0] == "E403" and "empty file" in codes["empty.duckdb"][1]


def test_a_lock_held_by_another_process_is_e402_naming_it(corpus_db, tmp_path):
    path = tmp_path / "locked.duckdb"
    shutil.copy(corpus_db[1], path)
    holder = subprocess.Popen([sys.executable, "-c", f"import duckdb, sys; con = duckdb.connect({str(path)!r}); "
                               "print('open', flush=True); sys.stdin.read()"],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        result = CliRunner().invoke(cli.main, ["events", "--db", str(path)])
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)
    assert result.exit_code == 1 and "[E402]" in result.output and f"PID {holder.pid}" in result.output
    assert sys.executable not in result.output  # the holder's interpreter path is no help


def test_unknown_duckdb_failures_keep_their_text():
    error = store_error(duckdb.Error("Binder Error: something new"), "x.duckdb")
    assert error.code == "E402" and "something new" in str(error)


def test_the_server_refuses_a_damaged_store_at_start_and_reports_damage_found_later(damaged, corpus_db, tmp_path):
    from fastapi.testclient import TestClient

    from eventwire.server import create_app

    with pytest.raises(EventwireError) as raised:
        create_app(damaged)
    assert raised.value.code == "E407"
    path = tmp_path / "later.duckdb"
    shutil.copy(corpus_db[1], path)
    app = create_app(path)
    app.state.store.close()  # damage the file the server holds, as a failing disk would
    damaged_copy(corpus_db[1], path, table="global_events", column="cameo")
    app.state.store = type(app.state.store)(path)
    app.state.health = type(app.state.health)(app.state.store)
    client = TestClient(app, base_url="http://127.0.0.1")
    health = client.get("/api/health")
    data = client.get("/api/events", params={"limit": 10_000})
    assert health.status_code == 503 and health.json()["status"] == "error" and health.json()["code"] == "E407"
    assert data.status_code == 503 and data.json()["code"] == "E407"
    for response in (health, data):
        assert str(path) not in response.text and "checksum" not in response.text
