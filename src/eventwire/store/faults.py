"""DuckDB's failures, named: which stable code a store fault gets, and its real cause.

DuckDB reports every fault as an exception whose message carries the cause ("No space left on device",
"Corrupt database file", "Could not set lock on file … (PID n)"). `store_error` turns one into an
EventwireError with the code docs/errors.md gives for it; `public_message` is the same without paths or
process ids, for answers that leave the machine (the HTTP API).
"""

from __future__ import annotations

import re
from pathlib import Path

from eventwire.errors import EventwireError

DUCKDB_MAGIC = b"DUCK"  # bytes 8-11 of every DuckDB file
_LOCK_HOLDER = re.compile(r"Conflicting lock is held in .* \(PID (\d+)\)")

# (code, what the user is told, patterns in DuckDB's message); the first match wins.
_KINDS = (
    ("E408", "disk full: nothing of the batch being written was stored; free space and run the same "
             "ingest again", ("no space left on device", "disk quota exceeded", "file too large")),
    ("E402", "locked by another process", ("could not set lock on file", "conflicting lock")),
    ("E402", "no permission to open it", ("permission denied", "read-only file system")),
    ("E407", "the database file is damaged", ("corrupt database file", "checksum", "failed to read block",
                                               "truncated", "serialization error", "invalid block")),
    ("E403", "written by a newer DuckDB than this eventwire's", ("version number", "newer version")),
    ("E408", "an earlier write failed and the database refuses more until it is reopened",
     ("database has been invalidated",)),
)


def store_error(exc: BaseException, path: Path | str | None = None) -> EventwireError:
    """The EventwireError for a DuckDB failure on the store at `path` (an EventwireError passes through)."""
    if isinstance(exc, EventwireError):
        return exc
    cause = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    where = f"{path}: " if path is not None else ""
    lowered = cause.lower()
    if "not a valid duckdb database file" in lowered:
        return _not_a_database(Path(path) if path is not None else None, where, cause)
    for code, meaning, patterns in _KINDS:
        if any(pattern in lowered for pattern in patterns):
            holder = _LOCK_HOLDER.search(cause)
            if holder:  # the holder's PID helps here; its interpreter path does not
                meaning += f" (PID {holder.group(1)}: an `eventwire ingest`, `serve` or a program of yours)"
                cause = ""
            return EventwireError(code, f"{where}{meaning}" + (f" ({cause})" if cause else ""))
    return EventwireError("E402", f"{where}database error: {cause}")


def _not_a_database(path: Path | None, where: str, cause: str) -> EventwireError:
    """DuckDB says the same of a text file and of a store whose first block is damaged: its magic bytes
    tell them apart."""
    try:
        head = path.read_bytes()[:16] if path is not None else b""
    except OSError:
        head = b""
    if head[8:12] == DUCKDB_MAGIC:
        return EventwireError("E407", f"{where}the database file is damaged (its header cannot be read)")
    if path is not None and not head:
        return EventwireError("E403", f"{where}an empty file, not an eventwire database")
    return EventwireError("E403", f"{where}not a DuckDB database file, so not an eventwire store")


def public_message(error: EventwireError) -> str:
    """What an HTTP client may read: the code and the kind of fault, without paths, PIDs or DuckDB's text."""
    kinds = {"E401": "no store", "E402": "the store cannot be opened now (locked or not readable)",
             "E403": "not a store this server can read", "E407": "the database file is damaged",
             "E408": "the store cannot be written (disk full or I/O failure)"}
    return f"[{error.code}] {kinds.get(error.code, 'store error')}"


def rollback_quietly(con) -> None:
    """Undo the transaction, if DuckDB has not already: a failed COMMIT (a full disk) ends the transaction
    itself, and ROLLBACK would then fail with an error ("no transaction is active") hiding the real one."""
    try:
        con.execute("ROLLBACK")
    except Exception:  # no transaction left to undo, or the database was invalidated by the failure
        pass


def is_duckdb_error(exc: BaseException) -> bool:
    return type(exc).__module__.lstrip("_").startswith("duckdb")
