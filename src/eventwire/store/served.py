"""A store that `eventwire serve` holds: the note that says so, and the client that writes through it.

While a server runs, it is the store's one writer (eventwire.store.shared): another process cannot open the
file for writing. So the server leaves a note next to the database, `<db>.serving.json` (readable by its
user only: it holds the token that lets a client write), and `eventwire ingest` finds it there and hands
its records to the server (POST /api/ingest, docs/server.md) instead of opening the file.

`ServedStore` has the writing half of `Store`'s interface: `write(records, …)` batches the records as the
store's writer does (eventwire.store.writer.batched) and sends each batch as one request; the server
writes each as one transaction. A batch is sent again after a lost connection or a 503 that says the store
is busy, for up to `retry_seconds`: writes are idempotent, so a batch that arrived twice is stored once.
"""

from __future__ import annotations

import json
import os
import secrets
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from eventwire.errors import EventwireError
from eventwire.schema import DocumentRecord
from eventwire.store.writer import DEFAULT_BATCH_SIZE, WriteSummary, batched

MAX_REQUEST_BYTES = 64 * 1024 * 1024  # the server refuses larger batches (413)
SEND_BYTES = 8 * 1024 * 1024  # the client sends a batch in requests of about this size
DEFAULT_RETRY_SECONDS = 60.0
_TIMEOUT = 120.0  # seconds for one request: a batch of long documents takes a while to write


def note_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".serving.json")


@dataclass(frozen=True)
class ServingNote:
    url: str
    pid: int
    token: str

    def is_live(self) -> bool:
        """Does the process that wrote the note still run? (A server killed with -9 leaves its note.)"""
        try:
            os.kill(self.pid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            return True
        return True


def new_token() -> str:
    return secrets.token_urlsafe(32)


def write_note(db_path: Path, note: ServingNote) -> Path:
    """Leave the note (mode 0600: the token lets its reader write to the store)."""
    path = note_path(db_path)
    temporary = path.with_name(path.name + f".{os.getpid()}.tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        json.dump({"url": note.url, "pid": note.pid, "token": note.token}, handle)
    os.replace(temporary, path)
    return path


def read_note(db_path: Path) -> ServingNote | None:
    """The note of a server that still runs, else None (no note, an unreadable one, or a dead server's)."""
    try:
        data = json.loads(note_path(db_path).read_text(encoding="utf-8"))
        note = ServingNote(url=str(data["url"]), pid=int(data["pid"]), token=str(data["token"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return note if note.is_live() else None


def remove_note(db_path: Path, *, pid: int) -> None:
    """Remove the note if it is still this process's (another server may have started since)."""
    path = note_path(db_path)
    try:
        if int(json.loads(path.read_text(encoding="utf-8"))["pid"]) == pid:
            path.unlink()
    except (OSError, ValueError, KeyError, TypeError):
        pass


class ServedStore:
    """Writes records through the server at `url` (its POST /api/ingest), with its `token`."""

    def __init__(self, url: str, token: str, *, retry_seconds: float = DEFAULT_RETRY_SECONDS):
        self.url = url.rstrip("/")
        self.token = token
        self.retry_seconds = retry_seconds

    def write(self, records: Iterable[DocumentRecord], *, batch_size: int = DEFAULT_BATCH_SIZE,
              batch_seconds: float | None = None, summary: WriteSummary | None = None) -> WriteSummary:
        summary = summary if summary is not None else WriteSummary()
        for batch in batched(records, size=batch_size, seconds=batch_seconds):
            for payload in _payloads(batch):
                summary.add(self._send(payload))
        return summary

    def close(self) -> None:
        """Tell the server this ingest is done, so it lets other processes read the file again at once."""
        try:
            self._send(b'{"records": [], "done": true}', retry=False)
        except EventwireError:
            pass  # the server goes back to read-only by itself a few seconds after the last batch

    def __enter__(self) -> "ServedStore":
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    def _send(self, payload: bytes, *, retry: bool = True) -> WriteSummary:
        deadline = time.monotonic() + (self.retry_seconds if retry else 0)
        pause = 0.2
        while True:
            try:
                return _summary(self._post(payload))
            except _Busy as busy:
                if time.monotonic() + pause > deadline:
                    raise EventwireError("E409", f"the server at {self.url} could not take the batch within "
                                                 f"{self.retry_seconds:g} s: {busy}") from None
            time.sleep(pause)
            pause = min(pause * 2, 5.0)

    def _post(self, payload: bytes) -> dict:
        request = urllib.request.Request(f"{self.url}/api/ingest", data=payload, method="POST", headers={
            "Content-Type": "application/json", "Authorization": f"Bearer {self.token}"})
        try:
            with _opener().open(request, timeout=_TIMEOUT) as response:
                return json.loads(response.read())
        except urllib.error.HTTPError as exc:
            detail = _detail(exc)
            if exc.code == 503 and detail.get("code") == "E402":
                raise _Busy(detail.get("detail", "store busy")) from None
            if exc.code == 503:  # a store fault on the server (E407 damaged, E408 disk full): say which
                raise EventwireError(detail.get("code", "E409"), f"the server at {self.url} could not write: "
                                                                 f"{detail.get('detail', exc.reason)}") from None
            raise EventwireError("E409", f"the server at {self.url} refused the batch: HTTP {exc.code} "
                                         f"{detail.get('detail', exc.reason)}") from None
        except (urllib.error.URLError, ConnectionError, TimeoutError) as exc:
            raise _Busy(f"no answer ({getattr(exc, 'reason', exc)})") from None


class _Busy(Exception):
    """The server is not reachable now, or the store is busy: worth sending again."""


def _payloads(batch: list[DocumentRecord]) -> Iterable[bytes]:
    """The batch as requests of at most about SEND_BYTES each (a long document makes a large record)."""
    pending: list[bytes] = []
    size = 0
    for record in batch:
        encoded = json.dumps(record.to_dict(), ensure_ascii=False).encode("utf-8")
        if pending and size + len(encoded) > SEND_BYTES:
            yield _payload(pending)
            pending, size = [], 0
        pending.append(encoded)
        size += len(encoded)
    if pending:
        yield _payload(pending)


def _payload(encoded: list[bytes]) -> bytes:
    return b'{"records": [' + b", ".join(encoded) + b"]}"


def _summary(answer: dict) -> WriteSummary:
    return WriteSummary(new=answer["new"], unchanged=answer["unchanged"], replaced=answer["replaced"],
                        failed=[tuple(failure) for failure in answer.get("errors", [])])


def _detail(exc: urllib.error.HTTPError) -> dict:
    try:
        body = json.loads(exc.read())
        return body if isinstance(body, dict) else {}
    except (ValueError, OSError):
        return {}


def _opener():
    """No proxy: the server is this machine's (a proxy from the environment must not see the token)."""
    return urllib.request.build_opener(urllib.request.ProxyHandler({}))
