"""Ingest twice, or kill the writer mid-ingest and run it again: the database is the one a clean run gives.

Killed with SIGKILL: a writer process, the `eventwire ingest` command, one worker of `ingest --workers 2`
and an ingest handing its records to a server (tests/ingest_child.py runs the command with a fake pipeline).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

from eventwire.store import Store
from store_snapshot import snapshot
from synthetic_corpus import build_corpus

DOCS, BATCH, KILL_AFTER = 50, 10, 25  # killed inside the third batch

WRITER = """
import sys
sys.path.insert(0, {tests!r})
from store_snapshot import snapshot
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


def clean_run(path: Path) -> None:
    with Store(path) as store:
        store.write(build_corpus(seed=2).records[:DOCS], batch_size=BATCH)


def test_killed_mid_ingest_then_rerun_equals_one_clean_run(tmp_path):
    killed_db = tmp_path / "killed.duckdb"
    script = WRITER.format(tests=str(Path(__file__).parents[1]), db=str(killed_db), docs=DOCS, batch=BATCH)
    kill_after(subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True), KILL_AFTER)
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


# -- kill -9 of `eventwire ingest` itself: the command, one of its --workers, an ingest through a server ------

CHILD = Path(__file__).parents[1] / "ingest_child.py"
ARTICLES, KILL_AT = 60, 35


@pytest.fixture(scope="module")
def news(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("news")
    for number in range(ARTICLES):
        (folder / f"d{number:03d}.txt").write_text(f"Article {number}: the ministers met and agreed on trade.",
                                                   encoding="utf-8")
    return folder


def ingest_child(news: Path, db: Path, *options: str, env: dict | None = None) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, str(CHILD), str(news), "--db", str(db), *options],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, **(env or {})})


def kill_after(process: subprocess.Popen, lines: int) -> int:
    """SIGKILL the child once it has announced `lines` documents; returns how many it announced."""
    seen = 0
    for _ in process.stdout:
        seen += 1
        if seen == lines:
            os.kill(process.pid, signal.SIGKILL)
            break
    process.wait(timeout=60)
    assert process.returncode == -signal.SIGKILL
    return seen


def finish(process: subprocess.Popen) -> tuple[str, str]:
    out, err = process.communicate(timeout=120)
    return out, err


@pytest.fixture(scope="module")
def clean_news_db(news, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("clean") / "clean.duckdb"
    process = ingest_child(news, path)
    out, err = finish(process)
    assert process.returncode == 0, err
    return path


def test_kill_9_of_the_ingest_command_then_rerun_equals_one_clean_run(news, clean_news_db, tmp_path):
    path = tmp_path / "killed.duckdb"
    kill_after(ingest_child(news, path), KILL_AT)
    with Store(path, read_only=True) as partial:  # committed batches only, and some of them
        assert 0 < partial.counts()["documents"] < KILL_AT
    rerun = ingest_child(news, path)
    finish(rerun)
    assert rerun.returncode == 0
    assert snapshot(path) == snapshot(clean_news_db)


def test_a_worker_killed_during_ingest_workers_2_loses_no_delivered_record(news, clean_news_db, tmp_path):
    path = tmp_path / "workers.duckdb"
    process = ingest_child(news, path, "--workers", "2", env={"EVENTWIRE_TEST_KILL_DOC": "d050.txt"})
    out, err = finish(process)
    delivered = out.split()  # the batches before the killed one (16 documents each)
    assert process.returncode == 1 and "[E603]" in err and "stopped unexpectedly" in err
    assert len(delivered) >= 32
    with Store(path, read_only=True) as partial:  # every record that reached the writer was stored
        stored = {row[0] for row in partial.con.execute("SELECT doc_id FROM documents").fetchall()}
    assert delivered and stored == set(delivered) and "stored before the failure" in err
    rerun = ingest_child(news, path, "--workers", "2")
    finish(rerun)
    assert rerun.returncode == 0
    assert snapshot(path) == snapshot(clean_news_db)


def test_kill_9_of_an_ingest_handing_records_to_a_server(news, clean_news_db, tmp_path):
    from live_server import serving

    from eventwire.server import create_app
    from eventwire.store.served import ServingNote, write_note

    path = tmp_path / "served.duckdb"
    Store(path).close()
    app = create_app(path, ingest_token="token")
    with serving(app) as url:
        write_note(path, ServingNote(url=url, pid=os.getpid(), token="token"))
        kill_after(ingest_child(news, path), KILL_AT)
        assert urllib.request.urlopen(f"{url}/api/health").status == 200  # the server goes on
        rerun = ingest_child(news, path)
        out, err = finish(rerun)
        assert rerun.returncode == 0 and "handing the records" in err
    assert snapshot(path) == snapshot(clean_news_db)
