"""The one writer: document records -> tables, one transaction per batch, idempotent by content hash.

A batch is written with one statement per table (eventwire.store.bulk), and the deduplicated events it
touched are recomputed in the same transaction (eventwire.store.merged), so a batch is all-or-nothing.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

from eventwire.schema import DocumentRecord
from eventwire.store.bulk import in_list, insert_rows
from eventwire.store.copies import index_documents, unindex_documents
from eventwire.store.faults import rollback_quietly
from eventwire.store.merged import refresh_merged
from eventwire.store.neardup import signature
from eventwire.store.rows import CHILD_ROWS, GLOBAL_EVENT_ID_COLUMN, content_hash, document_row
from eventwire.store.schema import CHILD_TABLES

DEFAULT_BATCH_SIZE = 100


@dataclass
class WriteSummary:
    """What a write did. `failed` lists (doc_id, error) of error records, which are never stored."""

    new: int = 0
    unchanged: int = 0
    replaced: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)

    def add(self, other: "WriteSummary") -> None:
        self.new += other.new
        self.unchanged += other.unchanged
        self.replaced += other.replaced
        self.failed.extend(other.failed)

    def as_dict(self) -> dict:
        return {"new": self.new, "unchanged": self.unchanged, "replaced": self.replaced,
                "failed": len(self.failed)}


def write_records(con, records: Iterable[DocumentRecord], *, batch_size: int = DEFAULT_BATCH_SIZE,
                  batch_seconds: float | None = None, summary: WriteSummary | None = None,
                  on_batch: Callable[[], None] | None = None) -> WriteSummary:
    """Store records, one transaction per batch (see `batched`), so a failure never leaves half a document.
    `summary`, when given, is updated batch by batch: after a failure it says what was stored.
    `on_batch` is called after each committed batch (the server refreshes what it derives from the store)."""
    summary = summary if summary is not None else WriteSummary()
    for batch in batched(records, size=batch_size, seconds=batch_seconds):
        summary.add(_write_batch(con, batch))
        if on_batch is not None:
            on_batch()
    return summary


def batched(records: Iterable[DocumentRecord], *, size: int, seconds: float | None = None
            ) -> Iterator[list[DocumentRecord]]:
    """Records in batches of `size`; a batch also ends when a record arrives `seconds` after it began (slow
    extraction still commits often, so a crash loses little work). Should `records` itself fail (a worker
    died, Ctrl+C), the records it delivered come out as a last batch before its error goes on."""
    batch: list[DocumentRecord] = []
    started = time.monotonic()
    source = iter(records)
    while True:
        try:
            record = next(source)
        except StopIteration:
            break
        except BaseException:
            if batch:
                yield batch
            raise
        if not batch:
            started = time.monotonic()
        batch.append(record)
        if len(batch) >= size or (seconds is not None and time.monotonic() - started >= seconds):
            yield batch
            batch = []
    if batch:
        yield batch


def _write_batch(con, batch: list[DocumentRecord]) -> WriteSummary:
    con.execute("BEGIN TRANSACTION")
    try:
        summary, to_write, to_delete = _plan(con, batch)
        touched = delete_documents(con, to_delete)
        touched |= insert_documents(con, list(to_write.values()))
        refresh_merged(con, touched)
        con.execute("COMMIT")
    except BaseException:
        rollback_quietly(con)
        raise
    return summary


def _plan(con, batch: list[DocumentRecord]) -> tuple[WriteSummary, dict[str, tuple], list[str]]:
    """What the batch changes: (summary, doc_id -> (record, digest) to insert, stored doc_ids to delete).
    Decided as if the records were written one by one: a document repeated in the batch counts as
    unchanged or replaced against its earlier copy, and the last copy is the one stored."""
    summary, to_write = WriteSummary(), {}
    ids = sorted({record.doc_id for record in batch})
    stored = dict(con.execute(f"SELECT doc_id, content_hash FROM documents WHERE {in_list('doc_id')}",
                              [ids]).fetchall())
    for record in batch:
        if record.error is not None:
            # A failed extraction must not overwrite what a good one stored earlier: report it only.
            summary.failed.append((record.doc_id, record.error))
            continue
        digest = content_hash(record)
        current = to_write[record.doc_id][1] if record.doc_id in to_write else stored.get(record.doc_id)
        if current == digest:
            summary.unchanged += 1
            continue
        if current is None:
            summary.new += 1
        else:
            summary.replaced += 1
        to_write[record.doc_id] = (record, digest)
    return summary, to_write, sorted(doc_id for doc_id in to_write if doc_id in stored)


def delete_documents(con, doc_ids: list[str]) -> set[int]:
    """Remove the documents and everything derived from them; returns the events they mentioned."""
    if not doc_ids:
        return set()
    touched = {gid for (gid,) in con.execute(
        f"SELECT DISTINCT global_event_id FROM events WHERE {in_list('doc_id')}", [doc_ids]).fetchall()}
    unindex_documents(con, doc_ids)
    for table in (*CHILD_TABLES, "documents"):
        con.execute(f"DELETE FROM {table} WHERE {in_list('doc_id')}", [doc_ids])
    return touched


def insert_documents(con, planned: list[tuple[DocumentRecord, str]]) -> set[int]:
    """Insert (record, content digest) pairs, one statement per table; returns the events they mention."""
    signatures = {record.doc_id: signature(record.text) for record, _ in planned}
    insert_rows(con, "documents", [document_row(record, digest=digest, minhash=signatures[record.doc_id])
                                   for record, digest in planned])
    touched = set()
    for table, make_rows in CHILD_ROWS.items():
        rows = [row for record, _ in planned for row in make_rows(record)]
        insert_rows(con, table, rows)
        if table == "events":
            touched = {row[GLOBAL_EVENT_ID_COLUMN] for row in rows}
    index_documents(con, {record.doc_id: (signatures[record.doc_id], record.text) for record, _ in planned})
    return touched
