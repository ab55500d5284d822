"""The server's store: one connection for the app's life (eventwire.store.shared), a cursor per request.

The server is the store's writer while it runs: reads never wait for an ingest, and an ingest never waits
for reads (docs/server.md, "Serving while ingesting"). A fault (a damaged file, a full disk) is answered
503 with its code and the kind of fault, never DuckDB's text, a path or a process id.
"""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from fastapi import Request
from fastapi.responses import JSONResponse

from eventwire.errors import EventwireError
from eventwire.store import Store
from eventwire.store.faults import public_message, store_error
from eventwire.store.health import verify_tables
from eventwire.store.shared import SharedStore


def open_shared(db_path: Path) -> SharedStore:
    """Fail at start (E401-E403, E407) rather than on the first request: no store, not one, too old, or damaged."""
    shared = SharedStore(db_path)
    try:
        with shared.reading() as cursor:
            verify_tables(cursor, db_path)
    except BaseException:
        shared.close()
        raise
    return shared


@contextmanager
def reading(request: Request) -> Iterator[Store]:
    """The store for one request's reads, on its own cursor."""
    shared: SharedStore = request.app.state.store
    with shared.reading() as cursor:
        yield Store(shared.path, con=cursor)


class HealthCheck:
    """The health answer, from a full read of every table (store.health), redone only when the store changed."""

    def __init__(self, shared: SharedStore):
        self._shared = shared
        self._cached: tuple[int, dict] | None = None

    def report(self) -> tuple[int, dict]:
        generation = self._shared.generation
        if self._cached and self._cached[0] == generation:
            return 200, self._cached[1]
        with self._shared.reading() as cursor:
            counts = verify_tables(cursor, self._shared.path)
        from eventwire.store import SCHEMA_VERSION
        from eventwire.store.schema import TABLES

        body = {"status": "ok", "schema_version": SCHEMA_VERSION, "database": self._shared.path.name,
                "writing": self._shared.writing,
                "counts": {table: counts[table] for table in (*TABLES, "global_events")}}
        self._cached = (generation, body)
        return 200, body


def fault_response(error: EventwireError, **extra) -> JSONResponse:
    return JSONResponse({**extra, "detail": public_message(error), "code": error.code}, status_code=503,
                        headers={"Retry-After": "5"} if error.code == "E402" else None)


def duckdb_fault_response(exc: Exception) -> JSONResponse:
    return fault_response(store_error(exc))
