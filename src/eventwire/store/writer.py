"""The one writer: document records -> tables, one transaction per batch, idempotent by content hash."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable

from eventwire.schema import DocumentRecord
from eventwire.store.copies import index_document, unindex_document
from eventwire.store.neardup import signature
from eventwire.store.rows import CHILD_ROWS, content_hash, document_row
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


def write_records(con, records: Iterable[DocumentRecord], *, batch_size: int = DEFAULT_BATCH_SIZE
                  ) -> WriteSummary:
    """Store records; a batch is all-or-nothing, so a failure never leaves half a document."""
    summary = WriteSummary()
    batch: list[DocumentRecord] = []
    for record in records:
        batch.append(record)
        if len(batch) >= batch_size:
            summary.add(_write_batch(con, batch))
            batch = []
    if batch:
        summary.add(_write_batch(con, batch))
    return summary


def _write_batch(con, batch: list[DocumentRecord]) -> WriteSummary:
    summary = WriteSummary()
    con.execute("BEGIN TRANSACTION")
    try:
        for record in batch:
            _write_one(con, record, summary=summary)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return summary


def _write_one(con, record: DocumentRecord, *, summary: WriteSummary) -> None:
    if record.error is not None:
        # A failed extraction must not overwrite what a good one stored earlier: report it only.
        summary.failed.append((record.doc_id, record.error))
        return
    digest = content_hash(record)
    stored = con.execute("SELECT content_hash FROM documents WHERE doc_id = ?", [record.doc_id]).fetchall()
    if stored and stored[0][0] == digest:
        summary.unchanged += 1
        return
    if stored:
        delete_document(con, record.doc_id)
        summary.replaced += 1
    else:
        summary.new += 1
    insert_document(con, record, digest=digest)


def delete_document(con, doc_id: str) -> None:
    unindex_document(con, doc_id)
    for table in (*CHILD_TABLES, "documents"):
        con.execute(f"DELETE FROM {table} WHERE doc_id = ?", [doc_id])


def insert_document(con, record: DocumentRecord, *, digest: str) -> None:
    sig = signature(record.text)
    row = document_row(record, digest=digest, minhash=sig)
    con.execute(f"INSERT INTO documents VALUES ({_placeholders(len(row))})", row)
    for table, make_rows in CHILD_ROWS.items():
        rows = make_rows(record)
        if rows:
            con.executemany(f"INSERT INTO {table} VALUES ({_placeholders(len(rows[0]))})", rows)
    index_document(con, record.doc_id, sig, record.text)


def _placeholders(count: int) -> str:
    return ", ".join("?" * count)
