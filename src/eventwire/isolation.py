"""The last line of per-document isolation, for callers that hand a batch to `extract_many`.

`eventwire.pipeline.extract_many` keeps every failure with its document. Should an exception still
escape it (a bug), the batch must not be lost: the documents it had not delivered are run again one
at a time, and one that fails alone gets an E301 error record. Used by the serial CLI path
(ingest/batch.py) and by every worker (runners/worker.py). Light on purpose: no spaCy import here.
"""

from __future__ import annotations

from typing import Callable, Iterable, Iterator

from eventwire.schema import DocInput, DocumentRecord, error_record

ExtractMany = Callable[..., Iterable[DocumentRecord]]


def extract_isolated(articles: list[DocInput], *, resources, extract_many: ExtractMany) -> Iterator[DocumentRecord]:
    """One record per article, in order, whatever `extract_many` raises."""
    delivered = 0
    try:
        for record in extract_many(articles, resources=resources):
            delivered += 1
            yield record
        return
    except Exception:  # retried below, one document at a time
        pass
    for article in articles[delivered:]:
        yield _alone(article, resources=resources, extract_many=extract_many)


def _alone(article: DocInput, *, resources, extract_many: ExtractMany) -> DocumentRecord:
    try:
        records = list(extract_many([article], resources=resources))
        if len(records) == 1:
            return records[0]
        problem = f"the pipeline returned {len(records)} records for it"
    except Exception as exc:
        problem = f"{type(exc).__name__}: {exc}"
    return error_record(article, article.id, f"[E301] {article.id}: processing failed: {problem}")
