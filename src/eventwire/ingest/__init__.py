"""Ingest: turn INPUT arguments (files, directories, stdin) into DocInput objects.

`read_inputs(paths, max_bytes=...)` yields, in input order, one item per document: a `DocInput`,
or an `InputError` (eventwire.errors) naming the document and what is wrong with it, so one bad
file never aborts a batch. `extract_inputs` runs the pipeline over such a stream and turns the
errors into error records, keeping the order.
"""

from eventwire.ingest.batch import extract_inputs
from eventwire.ingest.decode import DEFAULT_MAX_BYTES
from eventwire.ingest.sources import count_inputs, read_inputs

__all__ = ["DEFAULT_MAX_BYTES", "count_inputs", "extract_inputs", "read_inputs"]
