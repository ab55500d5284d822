"""One reader per input kind. Each yields DocInput or InputError items, one per document."""

from __future__ import annotations

import json
from pathlib import Path
from typing import BinaryIO, Iterator, Mapping

from eventwire.errors import InputError
from eventwire.ingest.csv_input import CSV_SUFFIXES, read_csv_stream
from eventwire.ingest.decode import UTF16_BOMS, check_size, decode_text, reject_binary, utf8_stream_problem
from eventwire.ingest.records import doc_input_from_object
from eventwire.schema import DocInput

Item = DocInput | InputError

TEXT_SUFFIXES = {".txt"}
HTML_SUFFIXES = {".html", ".htm"}
JSON_SUFFIXES = {".json"}
JSONL_SUFFIXES = {".jsonl"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES | CSV_SUFFIXES
_TOO_DEEP = "JSON nested too deeply to read (arrays or objects inside each other thousands of levels deep)"


def read_file(path: Path, *, doc_id: str, max_bytes: int, csv_columns: Mapping[str, str] | None = None
              ) -> Iterator[Item]:
    """Dispatch on the suffix; an unknown suffix is read as plain text. Never raises InputError.
    `csv_columns`: CSV columns to read the record fields from (ingest.csv_input)."""
    suffix = path.suffix.lower()
    try:
        if suffix in JSONL_SUFFIXES:
            with path.open("rb") as stream:
                yield from read_jsonl_stream(stream, label=doc_id, max_bytes=max_bytes)
        elif suffix in CSV_SUFFIXES:
            with path.open("rb") as stream:
                yield from read_csv_stream(stream, label=doc_id, max_bytes=max_bytes, columns=csv_columns)
        elif suffix in JSON_SUFFIXES:
            yield from read_json_bytes(_read_bytes(path, doc_id=doc_id, max_bytes=max_bytes),
                                       label=doc_id, max_bytes=max_bytes)
        else:
            text = decode_text(_read_bytes(path, doc_id=doc_id, max_bytes=max_bytes),
                               doc_id=doc_id, max_bytes=max_bytes)
            yield DocInput(id=doc_id, html=text) if suffix in HTML_SUFFIXES else DocInput(id=doc_id, text=text)
    except InputError as exc:
        yield exc
    except OSError as exc:
        yield InputError("E109", doc_id, f"cannot read file: {exc.strerror or exc}")
    except Exception as exc:  # a reader bug or an input nobody foresaw: this file only
        yield InputError("E109", doc_id, f"cannot read file: {type(exc).__name__}: {exc}")


def read_json_bytes(data: bytes, *, label: str, max_bytes: int) -> Iterator[Item]:
    """A .json file (UTF-8, or UTF-16 with a byte-order mark): one record object (its id defaults
    to the file's id), or a list of records."""
    if data.startswith(UTF16_BOMS):
        data = decode_text(data, doc_id=label, max_bytes=len(data)).encode("utf-8")
    reject_binary(data, doc_id=label, what="JSON text")
    try:
        obj = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise InputError("E103", label, f"invalid UTF-8 at byte offset {exc.start}") from exc
    except json.JSONDecodeError as exc:
        raise InputError("E105", label, f"not valid JSON: {exc.msg} (line {exc.lineno})") from exc
    except RecursionError:
        raise InputError("E112", label, _TOO_DEEP) from None
    if isinstance(obj, list):
        for index, element in enumerate(obj):
            yield _record_or_error(element, where=f"{label}[{index}]")
    else:
        yield _record_or_error(obj, where=label, default_id=label)


def read_jsonl_stream(stream: BinaryIO, *, label: str, max_bytes: int) -> Iterator[Item]:
    """JSON lines: one record per non-blank line; a bad line is an error naming file:line."""
    problem = utf8_stream_problem(stream, label=label, kind="JSON lines")
    if problem is not None:
        yield problem
        return
    for lineno, offset, line in _lines(stream, max_bytes=max_bytes):
        where = f"{label}:{lineno}"
        if line is None:
            yield InputError("E104", where, f"JSON line longer than the limit of {max_bytes:,} bytes "
                                            "(raise it with --max-bytes)")
            continue
        if not line.strip():
            continue
        yield _parse_jsonl_line(line, where=where, offset=offset, first=lineno == 1)


def _parse_jsonl_line(line: bytes, *, where: str, offset: int, first: bool) -> Item:
    if b"\x00" in line:
        return InputError("E102", where, "binary data (NUL bytes) in a JSON line")
    try:
        decoded = line.decode("utf-8-sig" if first else "utf-8")
    except UnicodeDecodeError as exc:
        return InputError("E103", where, f"invalid UTF-8 at byte offset {offset + exc.start}")
    try:
        obj = json.loads(decoded)
    except json.JSONDecodeError as exc:
        return InputError("E105", where, f"line is not valid JSON: {exc.msg} (column {exc.colno})")
    except RecursionError:
        return InputError("E112", where, _TOO_DEEP)
    return _record_or_error(obj, where=where)


def _record_or_error(obj, *, where: str, default_id: str | None = None) -> Item:
    try:
        return doc_input_from_object(obj, where=where, default_id=default_id)
    except InputError as exc:
        return exc


def _lines(stream: BinaryIO, *, max_bytes: int) -> Iterator[tuple[int, int, bytes | None]]:
    """(line number, byte offset, line) — line is None when it exceeds max_bytes (it is skipped
    without being held in memory)."""
    lineno, offset = 0, 0
    while True:
        line = stream.readline(max_bytes + 1)
        if not line:
            return
        lineno += 1
        start = offset
        offset += len(line)
        if len(line) > max_bytes and not line.endswith(b"\n"):
            offset += _skip_rest_of_line(stream)
            yield lineno, start, None
        else:
            yield lineno, start, line


def _skip_rest_of_line(stream: BinaryIO) -> int:
    skipped = 0
    while True:
        chunk = stream.readline(1 << 20)
        skipped += len(chunk)
        if not chunk or chunk.endswith(b"\n"):
            return skipped


def _read_bytes(path: Path, *, doc_id: str, max_bytes: int) -> bytes:
    check_size(path.stat().st_size, doc_id=doc_id, max_bytes=max_bytes)
    with path.open("rb") as stream:
        return stream.read(max_bytes + 1)  # the file may have grown since stat()
