"""Run the pipeline over an ingest stream, keeping input order and turning errors into records."""

from __future__ import annotations

from typing import Iterable, Iterator

from eventwire.errors import InputError
from eventwire.isolation import ExtractMany, extract_isolated
from eventwire.schema import DocInput, DocumentRecord, error_record


def extract_inputs(items: Iterable[DocInput | InputError], *, resources, extract_many: ExtractMany,
                   batch_size: int = 16) -> Iterator[DocumentRecord]:
    """One record per item, in order. Documents go to `extract_many` (the pipeline's, or a fake in
    tests) in batches so it can parse them together; errors become error records in place."""
    pending: list[DocInput | InputError] = []
    documents = 0
    for item in items:
        pending.append(item)
        documents += isinstance(item, DocInput)
        if documents >= batch_size:
            yield from _flush(pending, resources=resources, extract_many=extract_many)
            pending, documents = [], 0
    yield from _flush(pending, resources=resources, extract_many=extract_many)


def _flush(pending: list[DocInput | InputError], *, resources, extract_many: ExtractMany
           ) -> Iterator[DocumentRecord]:
    articles = [item for item in pending if isinstance(item, DocInput)]
    records = extract_isolated(articles, resources=resources, extract_many=extract_many)
    for item in pending:
        yield next(records) if isinstance(item, DocInput) else error_record(None, item.doc_id, str(item))
