"""POST /api/ingest: `eventwire ingest` hands its records to the server that holds the store.

The server is then the store's one writer and keeps answering reads while it writes (store.shared). Only
a client holding the server's token may write: `eventwire serve` makes one at start and leaves it, readable
by its user only, next to the database (eventwire.store.served). Each request is one batch of records,
written as one transaction and answered with what it changed; sending a batch again changes nothing
(writes are idempotent by content hash), so a client may resend after a lost answer.
"""

from __future__ import annotations

import hmac
import json

from fastapi import APIRouter, HTTPException, Request
from starlette.concurrency import run_in_threadpool

from eventwire.schema import DocumentRecord
from eventwire.store.served import MAX_REQUEST_BYTES

router = APIRouter(prefix="/api")


@router.post("/ingest", include_in_schema=False)
async def ingest(request: Request) -> dict:
    _check_token(request)
    body = await _read_body(request)
    try:
        payload = json.loads(body)
        records = [DocumentRecord.from_dict(item) for item in payload["records"]]
        done = bool(payload.get("done", False))
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise HTTPException(status_code=422, detail=f"not a batch of eventwire/1 records ({type(exc).__name__})")
    shared = request.app.state.store
    summary = await run_in_threadpool(shared.write, records) if records else None
    if done:
        await run_in_threadpool(shared.release)
    return {**(summary.as_dict() if summary else {"new": 0, "unchanged": 0, "replaced": 0, "failed": 0}),
            "errors": [list(failure) for failure in summary.failed] if summary else []}


def _check_token(request: Request) -> None:
    expected = request.app.state.ingest_token
    if expected is None:
        raise HTTPException(status_code=404, detail="this server takes no ingest (it was not started by `eventwire serve`)")
    given = request.headers.get("authorization", "")
    if not hmac.compare_digest(given.encode(), f"Bearer {expected}".encode()):
        raise HTTPException(status_code=401, detail="ingest needs the server's token")


async def _read_body(request: Request) -> bytes:
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > MAX_REQUEST_BYTES:
        raise HTTPException(status_code=413, detail=f"a batch may hold at most {MAX_REQUEST_BYTES:,} bytes")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_REQUEST_BYTES:
            raise HTTPException(status_code=413, detail=f"a batch may hold at most {MAX_REQUEST_BYTES:,} bytes")
        chunks.append(chunk)
    return b"".join(chunks)
