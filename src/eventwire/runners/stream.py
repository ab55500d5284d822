"""Stream batches through an engine: a bounded number in flight, records back in input order.

Memory stays flat however long the input: at most `engine.max_in_flight` batches are submitted
and not yet delivered, and the oldest is always delivered first, so order needs no buffer beyond
them. Items that are already errors (an unreadable file, a bad JSON line) never reach a worker:
they become error records in place, exactly as on the serial path.
"""

from __future__ import annotations

from collections import deque
from typing import Any, Iterable, Iterator, NamedTuple, Protocol

from eventwire.errors import InputError, RunnerError
from eventwire.schema import DocInput, DocumentRecord, error_record

Item = DocInput | InputError


class Engine(Protocol):
    max_in_flight: int

    def submit(self, articles: list[DocInput]) -> Any: ...

    def result(self, pending: Any, articles: list[DocInput]) -> list[DocumentRecord]: ...


class _Batch(NamedTuple):
    items: list[Item]
    articles: list[DocInput]
    pending: Any  # the engine's future; None when the batch holds no document to process


def ordered_records(items: Iterable[Item], *, engine: Engine, batch_size: int) -> Iterator[DocumentRecord]:
    """One record per item, in input order. A first, empty batch makes a worker load its resources:
    a bad dictionary or a missing model raises before any record is delivered, as on the serial path."""
    in_flight: deque[_Batch] = deque([_Batch([], [], engine.submit([]))])
    for chunk in _chunks(items, batch_size):
        in_flight.append(_submit(chunk, engine))
        if len(in_flight) >= engine.max_in_flight:
            yield from _delivered(in_flight.popleft(), engine)
    while in_flight:
        yield from _delivered(in_flight.popleft(), engine)


def _chunks(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    chunk: list[Item] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _submit(chunk: list[Item], engine: Engine) -> _Batch:
    articles = [item for item in chunk if isinstance(item, DocInput)]
    return _Batch(chunk, articles, engine.submit(articles) if articles else None)


def _delivered(batch: _Batch, engine: Engine) -> Iterator[DocumentRecord]:
    records = [] if batch.pending is None else engine.result(batch.pending, batch.articles)
    if len(records) != len(batch.articles):  # a worker that drops or adds records is a bug: never guess
        raise RunnerError("E603", f"a worker returned {len(records)} records for {span(batch.articles)} "
                                  f"({len(batch.articles)} documents)")
    returned = iter(records)
    for item in batch.items:
        yield next(returned) if isinstance(item, DocInput) else error_record(None, item.doc_id, str(item))


def span(articles: list[DocInput]) -> str:
    """"documents 'a' … 'z'": the documents of a batch, for error messages."""
    if not articles:
        return "the first batch (loading the model and dictionaries)"
    if len(articles) == 1:
        return f"document {articles[0].id!r}"
    return f"documents {articles[0].id!r} … {articles[-1].id!r}"
