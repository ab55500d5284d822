"""Schema versions: new databases and version-1 databases reach the current version the same way."""

from __future__ import annotations

import duckdb
import pytest

from eventwire.errors import EventwireError
from eventwire.store import SCHEMA_VERSION, Store
from eventwire.store.migrations import V1_DDL
from eventwire.schema import Actor, DocumentRecord
from eventwire.store.rows import CHILD_ROWS, content_hash, document_row
from eventwire.store.schema import LEARNING_TABLES


V1_COLUMNS = {"events": 23, "actors": 9, "event_participants": 11}  # tables that have gained columns since version 1


def write_v1(path, records) -> None:
    """A database as the first release wrote it (its DDL, its rows, without the later columns)."""
    con = duckdb.connect(str(path))
    con.execute(V1_DDL)
    con.execute("INSERT INTO schema_version VALUES (1)")
    for record in records:
        con.execute(f"INSERT INTO documents VALUES ({', '.join('?' * 13)})",
                    document_row(record, digest=content_hash(record))[:13])
        for table, make_rows in CHILD_ROWS.items():
            if table in LEARNING_TABLES:  # version 5's
                continue
            for row in make_rows(record):
                row = row[:V1_COLUMNS[table]] if table in V1_COLUMNS else row
                con.execute(f"INSERT INTO {table} VALUES ({', '.join('?' * len(row))})", row)
    con.close()


def rows(store, sql):
    return sorted(store.con.execute(sql).fetchall(), key=repr)


def test_a_version_1_database_is_upgraded_to_what_a_fresh_ingest_gives(tmp_path, make_record, make_event, make_ref):
    text = " ".join(f"word{n}" for n in range(60))
    suez = make_event("e1", sentence=0, sources=[make_ref("USA", "Lavrov", 0)], targets=[], cameo="138", quad=3,
                      goldstein=-7.0, plover="THREATEN", date="1956-01-01")
    suez.date_end, suez.historical = "1956-12-31", True
    records = [make_record("doc-1"), make_record("doc-2"), make_record("doc-3", text=text + ". Copy one."),
               make_record("doc-4", text=text + ". Copy two."),
               make_record("doc-5", text="Washington warned Britain over Suez in 1956. Remarks by Mattis were ridiculous.",
                           events=[suez]),
               introducing_record()]
    write_v1(tmp_path / "old.duckdb", records)
    with pytest.raises(EventwireError, match="E403.*open it once for writing"):
        Store(tmp_path / "old.duckdb", read_only=True)
    with Store(tmp_path / "old.duckdb") as upgraded, Store(tmp_path / "new.duckdb") as fresh:
        fresh.write(records)
        assert upgraded.con.execute("SELECT version FROM schema_version").fetchall() == [(SCHEMA_VERSION,)]
        for sql in ("SELECT doc_id, event_id, dedup_key, global_event_id, historical FROM events",
                    "SELECT * FROM event_dyads",
                    "SELECT doc_id, minhash FROM documents", "SELECT * FROM document_bands",
                    "SELECT * FROM near_duplicates", "SELECT * EXCLUDE (date_added) FROM v_global_events",
                    "SELECT * FROM alias_observations"):
            assert rows(upgraded, sql) == rows(fresh, sql)
        assert [(alias.alias, alias.code) for alias in upgraded.learned_aliases()] == [
            ("Kamau Otieno", "KENGOV"), ("Otieno", "KENGOV")]  # learned from what version 1 stored
        assert rows(fresh, "SELECT doc_a, doc_b FROM near_duplicates") == [("doc-1", "doc-2"), ("doc-3", "doc-4")]  # 1 and 2 share a text
        # the stored 1956 mention is computed historical on upgrade, and keyed apart from current events
        assert rows(upgraded, "SELECT doc_id, historical FROM events WHERE historical") == [("doc-5", True)]
        assert rows(upgraded, "SELECT dedup_key LIKE '%|historical' FROM global_events WHERE historical") == [(True,)]


def introducing_record() -> DocumentRecord:
    """A record that introduces an official with a title (what learned aliases are made of)."""
    text = "Kenya's interior minister, Kamau Otieno, extended the curfew. Otieno said it would end soon."
    otieno = Actor(id="a1", name="Kamau Otieno", kind="person", country="KEN", sector="GOV", code="KENGOV",
                   role="interior minister", mentions=[[0, 39], [62, 68]])
    return DocumentRecord(doc_id="doc-6", text=text, published="2019-03-01", sentences=[[0, 61], [62, len(text)]],
                          actors=[otieno])


def test_a_newer_database_is_refused(tmp_path, make_record):
    with Store(tmp_path / "x.duckdb") as store:
        store.con.execute("UPDATE schema_version SET version = ?", [SCHEMA_VERSION + 1])
    with pytest.raises(EventwireError, match="E403.*newer"):
        Store(tmp_path / "x.duckdb")


def test_a_foreign_database_is_refused(tmp_path):
    con = duckdb.connect(str(tmp_path / "other.duckdb"))
    con.execute("CREATE TABLE t (x INTEGER)")
    con.close()
    with pytest.raises(EventwireError, match="E403.*not an eventwire database"):
        Store(tmp_path / "other.duckdb")
