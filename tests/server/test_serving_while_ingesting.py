"""Serving and ingesting at once: the server is the store's writer while it runs (docs/server.md).

Reads answer during a write and never see half a batch; an ingest needs the server's token; other
processes can read the file while the server is idle; `eventwire ingest` finds a running server by its
note and hands it the records (CLI with a fake pipeline, real HTTP).
"""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import subprocess
import sys
import threading

import pytest
from click.testing import CliRunner

from eventwire import cli
from eventwire.cli import seams
from eventwire.schema import DocumentRecord
from eventwire.store import Store
from eventwire.store.served import ServedStore, ServingNote, note_path, read_note, write_note
from live_server import serving
from synthetic_corpus import build_corpus

TOKEN = "test-token"


def renamed(records: list[DocumentRecord], prefix: str) -> list[DocumentRecord]:
    return [dataclasses.replace(record, doc_id=f"{prefix}{record.doc_id}") for record in records]


def payload(records, *, done=False) -> str:
    return json.dumps({"records": [record.to_dict() for record in records], "done": done})


@pytest.fixture()
def store_copy(corpus_db, tmp_path):
    path = tmp_path / "served.duckdb"
    shutil.copy(corpus_db[1], path)
    return path


@pytest.fixture()
def served(store_copy, test_client):
    from eventwire.server import create_app

    app = create_app(store_copy, ingest_token=TOKEN)
    with test_client(app) as client:  # `with`: the app's shutdown closes the store
        yield client, app


def post(client, body: str, token: str | None = TOKEN):
    headers = {"Content-Type": "application/json"}
    if token is not None:
        headers["Authorization"] = f"Bearer {token}"
    return client.post("/api/ingest", content=body, headers=headers)


def documents(client) -> int:
    return client.get("/api/health").json()["counts"]["documents"]


def test_ingest_needs_the_server_s_token(served, store_copy, test_client):
    from eventwire.server import create_app

    client, _ = served
    body = payload(renamed(build_corpus(seed=3).records[:2], "new-"))
    assert post(client, body, token=None).status_code == 401
    assert post(client, body, token="wrong").status_code == 401
    assert documents(client) == 536
    with test_client(create_app(store_copy)) as without_token:
        assert post(without_token, body).status_code == 404


def test_an_ingest_is_stored_and_the_store_turns_read_only_when_it_is_done(served):
    client, app = served
    records = renamed(build_corpus(seed=3).records[:30], "new-")
    answer = post(client, payload(records[:20]))
    assert answer.status_code == 200 and answer.json()["new"] == 20
    assert client.get("/api/health").json()["writing"] is True
    again = post(client, payload(records[:25], done=True)).json()  # resent after a lost answer: no duplicate
    assert (again["new"], again["unchanged"]) == (5, 20)
    health = client.get("/api/health").json()
    assert health["writing"] is False and health["counts"]["documents"] == 536 + 25


def test_reads_answer_during_a_write_and_never_see_half_a_batch(served):
    client, app = served
    records = renamed(build_corpus(seed=3).records, "new-")  # 522 records: batches of 100
    first_batch_seen = threading.Event()

    def paced():
        """The second batch waits until a read has seen the first one (on a loaded machine the reads could
        otherwise all fall before the first commit, or after the last)."""
        for number, record in enumerate(records):
            if number == 100:
                first_batch_seen.wait(timeout=60)
            yield record

    writer = threading.Thread(target=app.state.store.write, args=(paced(),))
    writer.start()
    seen = []
    while writer.is_alive():
        response = client.get("/api/events", params={"limit": 5})
        assert response.status_code == 200
        seen.append(documents(client))
        if seen[-1] > 536:
            first_batch_seen.set()
    writer.join()
    total = 536 + len(records)
    assert documents(client) == total
    assert len(set(seen)) > 1 and all((count - 536) % 100 == 0 or count == total for count in seen)


def test_other_processes_read_the_file_while_the_server_is_idle(served, store_copy):
    client, _ = served

    def events_in_another_process():
        return subprocess.run([sys.executable, "-m", "eventwire.cli", "events", "--db", str(store_copy), "--json",
                               "--limit", "1"], capture_output=True, text=True, timeout=120)

    assert events_in_another_process().returncode == 0
    post(client, payload(renamed(build_corpus(seed=3).records[:3], "new-"), done=True))
    finished = events_in_another_process()
    assert finished.returncode == 0, finished.stderr


def test_a_malformed_or_oversized_batch_is_refused_without_echo(served, monkeypatch):
    client, _ = served
    bad = post(client, '{"records": [{"text": "<script>x</script>"}]}')
    assert bad.status_code == 422 and "script" not in bad.text
    monkeypatch.setattr("eventwire.server.ingest.MAX_REQUEST_BYTES", 1000)
    assert post(client, payload(build_corpus(seed=3).records[:5])).status_code == 413
    assert documents(client) == 536


def fake_extract_many(articles, *, resources):
    return [DocumentRecord(doc_id=article.id, text=article.text, sentences=[[0, len(article.text)]])
            for article in articles]


@pytest.fixture()
def fake_pipeline(monkeypatch):
    monkeypatch.setattr(seams, "load_resources", lambda **options: object())
    monkeypatch.setattr(seams, "extract_many", fake_extract_many)


def test_eventwire_ingest_hands_its_records_to_the_server_that_holds_the_store(store_copy, tmp_path,
                                                                                fake_pipeline):
    from eventwire.server import create_app

    folder = tmp_path / "news"
    folder.mkdir()
    for number in range(7):
        (folder / f"a{number}.txt").write_text(f"Article number {number} about nothing much.", encoding="utf-8")
    app = create_app(store_copy, ingest_token=TOKEN)
    with serving(app) as url:
        write_note(store_copy, ServingNote(url=url, pid=os.getpid(), token=TOKEN))
        assert read_note(store_copy).url == url and note_path(store_copy).stat().st_mode & 0o077 == 0
        result = CliRunner().invoke(cli.main, ["ingest", str(folder), "--db", str(store_copy)])
        assert result.exit_code == 0, result.output
        assert "7 new" in result.stdout and "handing the records" in result.stderr
        assert app.state.store.writing is False  # the ingest said it was done
        with ServedStore(url, TOKEN) as again:  # the Python client; a rerun stores nothing twice
            assert again.write(fake_extract_many([], resources=None)).new == 0
    with Store(store_copy, read_only=True) as store:
        assert store.counts()["documents"] == 536 + 7


def test_ingest_with_server_needs_a_token(store_copy, tmp_path, fake_pipeline, monkeypatch):
    monkeypatch.delenv("EVENTWIRE_TOKEN", raising=False)
    (tmp_path / "a.txt").write_text("Some text.", encoding="utf-8")
    result = CliRunner().invoke(cli.main, ["ingest", str(tmp_path / "a.txt"), "--db", str(tmp_path / "x.duckdb"),
                                           "--server", "http://127.0.0.1:9"])
    assert result.exit_code == 2 and "EVENTWIRE_TOKEN" in result.output


def test_a_dead_server_s_note_is_ignored(store_copy, tmp_path, fake_pipeline):
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    write_note(store_copy, ServingNote(url="http://127.0.0.1:9", pid=int(dead.stdout), token=TOKEN))
    assert read_note(store_copy) is None
    (tmp_path / "a.txt").write_text("Some text.", encoding="utf-8")
    result = CliRunner().invoke(cli.main, ["ingest", str(tmp_path / "a.txt"), "--db", str(store_copy)])
    assert result.exit_code == 0 and "1 new" in result.stdout
