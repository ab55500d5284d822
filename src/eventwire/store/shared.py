"""One process's connection to a store, shared by its threads: the server's (eventwire.server).

DuckDB lets one process write a file, or several processes read it; inside a process, every thread can
read on its own cursor while another writes, each read seeing the last committed state. So the server
keeps one connection and is the store's writer while it runs:

- idle, the connection is read-only, so other processes (`eventwire events`, `sql`, `export`) can read
  the file too;
- the first batch an ingest sends (`eventwire ingest` hands its records to a running server: docs/server.md)
  makes it read-write; it stays so while batches arrive and goes back to read-only when the ingest says
  it is done, or `idle_seconds` after its last batch (an ingest that was killed says nothing).

Requests never wait for a write, only for the switch between the two modes (closing and opening the file:
milliseconds), and never see half a batch: each batch is one transaction (eventwire.store.writer).
"""

from __future__ import annotations

import threading
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable, Iterator

from eventwire.errors import EventwireError
from eventwire.schema import DocumentRecord
from eventwire.store.faults import is_duckdb_error, store_error
from eventwire.store.schema import connect
from eventwire.store.writer import WriteSummary, write_records

# Well above the ingest's batch window (5 s: cli/documents.py), or the file would be closed and reopened
# between batches; a killed ingest leaves the store read-write (other processes locked out) this long.
DEFAULT_IDLE_SECONDS = 30.0
DEFAULT_OPEN_TIMEOUT = 10.0  # seconds to wait for other processes to close the file before writing
_RETRY_PAUSE = 0.05


class SharedStore:
    def __init__(self, path: str | Path, *, idle_seconds: float = DEFAULT_IDLE_SECONDS,
                 open_timeout: float = DEFAULT_OPEN_TIMEOUT):
        self.path = Path(path)
        self.idle_seconds = idle_seconds
        self.open_timeout = open_timeout
        self._con = connect(self.path, read_only=True)
        self._read_only = True
        self._readers = 0
        self._switching = False
        self._state = threading.Condition()
        self._write_lock = threading.Lock()  # one batch at a time, whoever sends it
        self._last_write = 0.0
        self._release_timer: threading.Timer | None = None
        self.generation = 0  # changes whenever the stored data may have: a cache key for derived answers
        self.closed = False

    @property
    def writing(self) -> bool:
        return not self._read_only

    @contextmanager
    def reading(self) -> Iterator:
        """A cursor for one request's reads (a consistent snapshot: the last committed batch)."""
        with self._state:
            while self._switching:
                self._state.wait()
            if self.closed:
                raise EventwireError("E402", f"{self.path}: the store was closed")
            self._readers += 1
            con = self._con
        try:
            cursor = con.cursor()
            try:
                yield cursor
            finally:
                cursor.close()
        finally:
            with self._state:
                self._readers -= 1
                self._state.notify_all()

    def write(self, records: Iterable[DocumentRecord], *, summary: WriteSummary | None = None) -> WriteSummary:
        """Store one ingest request's records (one transaction per batch); the store turns read-write first."""
        with self._write_lock:
            self._cancel_release()
            self._switch(read_only=False)
            try:
                with self.reading() as cursor:
                    return write_records(cursor, records, summary=summary, on_batch=self._batch_committed)
            except Exception as exc:
                if is_duckdb_error(exc):
                    raise store_error(exc, self.path) from exc
                raise
            finally:
                self.generation += 1
                self._last_write = time.monotonic()
                self._schedule_release(self.idle_seconds)

    def _batch_committed(self) -> None:
        """Readers see each committed batch at once: answers derived from the store (health, overview) are
        keyed by the generation, so it moves with every batch, not only when the whole write ends."""
        self.generation += 1

    def release(self) -> None:
        """Back to read-only now (an ingest said it is done); a later batch makes it read-write again."""
        with self._write_lock:
            self._cancel_release()
            self._switch(read_only=True)

    def close(self) -> None:
        self._cancel_release()
        with self._state:
            while self._switching or self._readers:
                self._state.wait()
            if self.closed:
                return
            self.closed = True
            self._con.close()

    # -- switching between read-only and read-write -------------------------------------------------

    def _switch(self, *, read_only: bool) -> None:
        with self._state:
            if self._read_only == read_only or self.closed:
                return
            self._switching = True
            while self._readers:
                self._state.wait()
        try:
            self._con.close()
            try:
                self._con = self._open(read_only=read_only)
                self._read_only = read_only
            except BaseException:
                self._con = self._open(read_only=self._read_only)  # serve on as before
                raise
            self.generation += 1
        finally:
            with self._state:
                self._switching = False
                self._state.notify_all()

    def _open(self, *, read_only: bool):
        """Open the file, waiting up to `open_timeout` for another process's lock (a CLI reader) to go."""
        deadline = time.monotonic() + self.open_timeout
        while True:
            try:
                return connect(self.path, read_only=read_only)
            except EventwireError as exc:
                if exc.code != "E402" or "locked" not in exc.message or time.monotonic() >= deadline:
                    raise
            time.sleep(_RETRY_PAUSE)

    def _schedule_release(self, delay: float) -> None:
        timer = threading.Timer(delay, self._release_if_idle)
        timer.daemon = True
        self._release_timer = timer
        timer.start()

    def _cancel_release(self) -> None:
        if self._release_timer is not None:
            self._release_timer.cancel()
            self._release_timer = None

    def _release_if_idle(self) -> None:
        if not self._write_lock.acquire(blocking=False):
            return  # a batch is being written; it schedules the next check
        try:
            if time.monotonic() - self._last_write >= self.idle_seconds * 0.99:
                self._switch(read_only=True)
        except EventwireError:
            pass  # still read-write; the next batch or release() tries again
        finally:
            self._write_lock.release()
