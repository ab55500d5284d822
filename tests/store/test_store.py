"""Store: idempotent writes, replacement, transactions, queries and dyad aggregates."""

from __future__ import annotations

import pytest

from eventwire.errors import EventwireError
from eventwire.schema import error_record
from eventwire.store import Store
from eventwire.store import writer as writer_module
from eventwire.store.schema import TABLES



@pytest.fixture()
def store(tmp_path):
    with Store(tmp_path / "test.duckdb") as opened:
        yield opened


def snapshot(store: Store) -> dict[str, list]:
    """Every table's rows, sorted (ingested_at included: a skipped write must not touch it)."""
    return {table: sorted(store.con.execute(f"SELECT * FROM {table}").fetchall(), key=repr) for table in TABLES}


def test_write_stores_every_part_of_a_record(store, make_record):
    summary = store.write([make_record("doc-1")])
    assert summary.as_dict() == {"new": 1, "unchanged": 0, "replaced": 0, "failed": 0}
    assert store.counts() == {"documents": 1, "sentences": 2, "actors": 5, "events": 2,
                              "event_participants": 4, "quotes": 1, "places": 1}
    sentence = store.con.execute("SELECT text FROM sentences WHERE idx = 0").fetchall()[0][0]
    assert sentence == "Lavrov met Pakistani officials in Islamabad."


def test_writing_the_same_records_twice_changes_nothing(store, make_record):
    records = [make_record("doc-1"), make_record("doc-2")]
    store.write(records)
    before = snapshot(store)
    summary = store.write(records)
    assert summary.as_dict() == {"new": 0, "unchanged": 2, "replaced": 0, "failed": 0}
    assert snapshot(store) == before


def test_a_changed_document_replaces_its_old_rows(store, make_record, make_event, make_ref):
    store.write([make_record("doc-1"), make_record("doc-2")])
    changed = make_record("doc-1", events=[make_event("e9", sentence=0, sources=[make_ref("USA", "Washington", 0)],
                                                 targets=[make_ref("PAK", "Islamabad", 20)], cameo="173", quad=4,
                                                 goldstein=-5.0, plover="COERCE", date="2021-05-01")])
    summary = store.write([changed])
    assert summary.as_dict() == {"new": 0, "unchanged": 0, "replaced": 1, "failed": 0}
    rows = store.con.execute("SELECT event_id FROM events WHERE doc_id = 'doc-1'").fetchall()
    assert rows == [("e9",)]
    assert store.counts()["documents"] == 2
    assert store.counts()["event_participants"] == 4 + 2  # doc-2's four plus the new event's two


def test_error_records_are_reported_not_stored(store, make_record):
    store.write([make_record("doc-1")])
    failed = error_record(None, "doc-1", "[E301] doc-1: processing failed")
    summary = store.write([failed, error_record(None, "bad", "[E101] bad: empty document")])
    assert summary.as_dict()["failed"] == 2
    assert [doc_id for doc_id, _ in summary.failed] == ["doc-1", "bad"]
    assert store.counts()["documents"] == 1 and store.counts()["events"] == 2  # the good copy is kept


def test_a_failing_write_leaves_no_half_document(store, monkeypatch, make_record):
    store.write([make_record("doc-0")])
    before = snapshot(store)
    real_insert = writer_module.insert_document
    calls = []

    def insert_then_fail(con, record, *, digest):
        calls.append(record.doc_id)
        real_insert(con, record, digest=digest)
        if record.doc_id == "doc-2":
            raise RuntimeError("disk full")

    monkeypatch.setattr(writer_module, "insert_document", insert_then_fail)
    with pytest.raises(RuntimeError):
        store.write([make_record("doc-1"), make_record("doc-2"), make_record("doc-3")])
    assert calls == ["doc-1", "doc-2"]
    assert snapshot(store) == before


def test_a_failing_batch_keeps_earlier_committed_batches(store, monkeypatch, make_record):
    real_insert = writer_module.insert_document

    def fail_on_third(con, record, *, digest):
        if record.doc_id == "doc-3":
            raise RuntimeError("boom")
        real_insert(con, record, digest=digest)

    monkeypatch.setattr(writer_module, "insert_document", fail_on_third)
    with pytest.raises(RuntimeError):
        store.write([make_record(f"doc-{n}") for n in range(1, 5)], batch_size=2)
    ids = store.con.execute("SELECT doc_id FROM documents ORDER BY doc_id").fetchall()
    assert ids == [("doc-1",), ("doc-2",)]


def test_store_reopens_and_checks_schema_version(tmp_path, make_record):
    path = tmp_path / "again.duckdb"
    with Store(path) as first:
        first.write([make_record("doc-1")])
    with Store(path, read_only=True) as reader:
        assert reader.counts()["documents"] == 1
    with Store(path) as writer:
        writer.con.execute("UPDATE schema_version SET version = 99")
    with pytest.raises(EventwireError, match="E403"):
        Store(path)


def test_reading_a_missing_database_is_a_clear_error(tmp_path):
    with pytest.raises(EventwireError, match="E401"):
        Store(tmp_path / "absent.duckdb", read_only=True)


def test_default_path_comes_from_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("EVENTWIRE_DB", str(tmp_path / "env.duckdb"))
    with Store() as store:
        assert store.path == tmp_path / "env.duckdb"
