"""CSV files: one document per row, columns named as the JSON record's fields, or mapped onto them.

    id,title,published,url,text          <- the header names the columns (any order; others are ignored)
    a1,Talks resume,2021-04-08,https://…,"Russia and Pakistan agreed …"

The fields are the JSON record's: `text` (or `html`) is required, `id`, `title`, `published`, `url`,
`source` and `language` are optional. `--csv-column FIELD=COLUMN` (a `columns` mapping here) reads a field
from a column of another name (`--csv-column text=body`). Without an `id` column a row's id is
`<file>#<row>` (the first row after the header is 1). A bad row is that row's error (file:line); a file
that is not UTF-8 text, or has no text column, is one error for the file.
"""

from __future__ import annotations

import csv
import io
from typing import BinaryIO, Iterable, Iterator, Mapping

from eventwire.errors import InputError
from eventwire.ingest.decode import utf8_stream_problem
from eventwire.ingest.records import OPTIONAL_FIELDS, doc_input_from_object
from eventwire.schema import DocInput

CSV_SUFFIXES = {".csv"}
FIELDS = ("id", "text", "html", *OPTIONAL_FIELDS)


def parse_column_map(pairs: Iterable[str]) -> dict[str, str]:
    """["text=body", "id=article_id"] -> {"text": "body", "id": "article_id"}; ValueError says what is wrong."""
    mapping: dict[str, str] = {}
    for pair in pairs:
        field, separator, column = pair.partition("=")
        field, column = field.strip(), column.strip()
        if not separator or not column:
            raise ValueError(f"{pair!r} is not FIELD=COLUMN (e.g. text=body)")
        if field not in FIELDS:
            raise ValueError(f"{field!r} is not a field; fields are {', '.join(FIELDS)}")
        mapping[field] = column
    return mapping


def read_csv_stream(stream: BinaryIO, *, label: str, max_bytes: int,
                    columns: Mapping[str, str] | None = None) -> Iterator[DocInput | InputError]:
    """One DocInput (or InputError) per data row of a CSV file."""
    problem = utf8_stream_problem(stream, label=label, kind="CSV")
    if problem is not None:
        yield problem
        return
    text = io.TextIOWrapper(stream, encoding="utf-8-sig", errors="strict", newline="")
    previous_limit = csv.field_size_limit()
    csv.field_size_limit(max_bytes)
    try:
        yield from _rows(csv.reader(text), label=label, max_bytes=max_bytes, columns=dict(columns or {}))
    except UnicodeDecodeError:
        yield InputError("E103", label, "not valid UTF-8 (the rows before the bad bytes were read)")
    finally:
        csv.field_size_limit(previous_limit)


def _rows(reader, *, label: str, max_bytes: int, columns: dict[str, str]) -> Iterator[DocInput | InputError]:
    try:
        header = [name.strip() for name in next(reader)]
    except StopIteration:
        yield InputError("E101", label, "empty CSV file (no header row)")
        return
    positions = {field: header.index(columns.get(field, field)) for field in FIELDS
                 if columns.get(field, field) in header}
    if "text" not in positions and "html" not in positions:
        mapped = columns.get("text", "text")
        yield InputError("E107", label, f"no `{mapped}` column for the text (columns: {', '.join(header)}); "
                                        f"name it with --csv-column text=COLUMN")
        return
    number = 0
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:  # a field over the size limit, a NUL byte: the rest cannot be trusted
            code = "E104" if "field larger" in str(exc) else "E105"
            yield InputError(code, f"{label}:{reader.line_num}", f"cannot read the CSV from here on: {exc}")
            return
        if not any(cell.strip() for cell in row):
            continue
        number += 1
        where = f"{label}:{reader.line_num}"
        if sum(len(cell.encode("utf-8")) for cell in row) > max_bytes:
            yield InputError("E104", where, f"row larger than the limit of {max_bytes:,} bytes "
                                            "(raise it with --max-bytes)")
            continue
        record = {field: row[index] for field, index in positions.items() if index < len(row) and row[index] != ""}
        try:
            yield doc_input_from_object(record, where=where,
                                        default_id=None if "id" in positions else f"{label}#{number}")
        except InputError as exc:
            yield exc
