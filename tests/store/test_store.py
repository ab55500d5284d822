"""Store: idempotent writes, replacement, transactions, queries and dyad aggregates."""

from __future__ import annotations

from dataclasses import replace

import pytest

from eventwire.errors import EventwireError
from eventwire.schema import error_record
from eventwire.store import Store
from eventwire.store import writer as writer_module
from eventwire.store.schema import ALL_TABLES



@pytest.fixture()
def store(tmp_path):
    with Store(tmp_path / "test.duckdb") as opened:
        yield opened


def snapshot(store: Store) -> dict[str, list]:
    """Every table's rows, sorted (ingested_at included: a skipped write must not touch it)."""
    return {table: sorted(store.con.execute(f"SELECT * FROM {table}").fetchall(), key=repr) for table in ALL_TABLES}


def test_write_stores_every_part_of_a_record(store, make_record):
    summary = store.write([make_record("doc-1")])
    assert summary.as_dict() == {"new": 1, "unchanged": 0, "replaced": 0, "failed": 0}
    assert store.counts() == {"documents": 1, "sentences": 2, "actors": 5, "events": 2,
                              "event_participants": 4, "quotes": 1, "places": 1, "global_events": 2}
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
    real_refresh = writer_module.refresh_merged
    seen = []

    def refresh_then_fail(con, touched):
        real_refresh(con, touched)  # every row of the batch is in by now
        seen.append(con.execute("SELECT count(*) FROM documents").fetchall()[0][0])
        raise RuntimeError("disk full")

    monkeypatch.setattr(writer_module, "refresh_merged", refresh_then_fail)
    with pytest.raises(RuntimeError):
        store.write([make_record("doc-1"), make_record("doc-2"), make_record("doc-3")])
    assert seen == [4]
    assert snapshot(store) == before


def test_a_failing_batch_keeps_earlier_committed_batches(store, monkeypatch, make_record):
    real_insert = writer_module.insert_rows

    def fail_on_third(con, table, rows):
        if table == "events" and any(row[0] == "doc-3" for row in rows):
            raise RuntimeError("boom")
        real_insert(con, table, rows)

    monkeypatch.setattr(writer_module, "insert_rows", fail_on_third)
    with pytest.raises(RuntimeError):
        store.write([make_record(f"doc-{n}") for n in range(1, 5)], batch_size=2)
    ids = store.con.execute("SELECT doc_id FROM documents ORDER BY doc_id").fetchall()
    assert ids == [("doc-1",), ("doc-2",)]
    assert store.con.execute("SELECT count(*) FROM sentences WHERE doc_id = 'doc-3'").fetchall() == [(0,)]


def test_a_document_repeated_in_one_batch_counts_as_if_written_one_by_one(store, make_record, make_event,
                                                                         make_ref):
    changed = make_record("doc-1", events=[make_event("e9", sentence=0, sources=[make_ref("USA", "Washington", 0)],
                                                 targets=[make_ref("PAK", "Islamabad", 20)], cameo="173", quad=4,
                                                 goldstein=-5.0, plover="COERCE", date="2021-05-01")])
    summary = store.write([make_record("doc-1"), make_record("doc-1"), changed])
    assert summary.as_dict() == {"new": 1, "unchanged": 1, "replaced": 1, "failed": 0}
    assert store.con.execute("SELECT event_id FROM events").fetchall() == [("e9",)]
    assert store.con.execute("SELECT cameo, num_mentions FROM global_events").fetchall() == [("173", 1)]


def test_merged_events_follow_replacements(store, make_record, make_event, make_ref):
    store.write([make_record("doc-1"), make_record("doc-2")])  # same events: each merged from two mentions
    assert sorted(store.con.execute("SELECT num_mentions FROM global_events").fetchall()) == [(2,), (2,)]
    store.write([make_record("doc-2", events=[])])
    assert sorted(store.con.execute("SELECT num_mentions, first_doc_id FROM global_events").fetchall()) == [
        (1, "doc-1"), (1, "doc-1")]
    assert store.con.execute("SELECT count(*) FROM event_dyads").fetchall() == [(2,)]  # RUS→PAK, CHN–RUS


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


def test_event_date_precision_and_tone_round_trip(store, make_record, make_event, make_ref):
    dated = replace(make_event("e1", sentence=0, sources=[make_ref("RUS", "Russia", 0)],
                               targets=[make_ref("PAK", "Pakistan", 20)], cameo="040", quad=1, goldstein=1.0,
                               plover="CONSULT", date="2021-04"), date_precision="month", tone=-2.5)
    store.write([make_record("doc-1", events=[dated]), make_record("doc-2", events=[replace(dated, tone=-1.5)])])
    assert sorted(store.con.execute("SELECT doc_id, date, date_precision, tone FROM events").fetchall()) == [
        ("doc-1", "2021-04", "month", -2.5), ("doc-2", "2021-04", "month", -1.5)]
    [merged] = store.events()
    assert (merged["date_precision"], merged["tone"], merged["num_mentions"]) == ("month", -2.0, 2)
    assert [row["tone"] for row in store.events(mentions=True)] == [-2.5, -1.5]
