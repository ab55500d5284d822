"""Opening the store for one request, read-only.

Why per request: DuckDB lets one process write a file while it is open, and a reader holding the file
open would lock `eventwire ingest` out. Opening per request lets an ingest run between requests; a
request that arrives while a writer holds the file gets 503 and can be retried.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import HTTPException

from eventwire.errors import EventwireError
from eventwire.store import Store


def check_store(db_path: Path) -> None:
    """Fail at start (E401/E402/E403) rather than on the first request: no store, not one, or too old."""
    Store(db_path, read_only=True).close()


def open_store(db_path: Path) -> Store:
    try:
        return Store(db_path, read_only=True)
    except EventwireError as exc:
        raise HTTPException(status_code=503, detail=f"store unavailable: {exc}") from exc
