"""INPUT arguments -> a stream of documents: files, directories (walked, sorted) and stdin."""

from __future__ import annotations

import io
import json
import os
import sys
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator, Mapping

from eventwire.errors import InputError
from eventwire.ingest.decode import DEFAULT_MAX_BYTES, check_size, decode_text
from eventwire.ingest.readers import KNOWN_SUFFIXES, Item, read_file, read_json_bytes, read_jsonl_stream
from eventwire.schema import DocInput

STDIN = "-"
STDIN_ID = "stdin"


def read_inputs(paths: Iterable[str | Path], *, max_bytes: int = DEFAULT_MAX_BYTES,
                stdin: BinaryIO | None = None, csv_columns: Mapping[str, str] | None = None) -> Iterator[Item]:
    """Documents from every INPUT in order; a repeated id becomes an E108 error (first one wins).

    `stdin` is the byte stream read for "-" (default: sys.stdin.buffer). `csv_columns`: the CSV
    columns to read record fields from, {field: column} (ingest.csv_input)."""
    seen: set[str] = set()
    for path in paths:
        for item in _read_one(path, max_bytes=max_bytes, stdin=stdin, csv_columns=csv_columns):
            if isinstance(item, DocInput):
                if item.id in seen:
                    item = InputError("E108", item.id, "duplicate id (an earlier document in this batch has it)")
                else:
                    seen.add(item.id)
            yield item


def count_inputs(paths: Iterable[str | Path], *, max_bytes: int = DEFAULT_MAX_BYTES,
                 csv_columns: Mapping[str, str] | None = None) -> int | None:
    """How many items `read_inputs` will give (documents and errors), for a progress total; None when
    stdin is among the inputs (it can be read once only). Reads the inputs once without processing them:
    little next to extracting them."""
    paths = list(paths)
    if any(str(path) == STDIN for path in paths):
        return None
    return sum(1 for _ in read_inputs(paths, max_bytes=max_bytes, csv_columns=csv_columns))


def _read_one(path: str | Path, *, max_bytes: int, stdin: BinaryIO | None,
              csv_columns: Mapping[str, str] | None) -> Iterator[Item]:
    if str(path) == STDIN:
        yield from read_stdin(stdin if stdin is not None else sys.stdin.buffer, max_bytes=max_bytes)
        return
    path = Path(path)
    if path.is_dir():
        yield from read_directory(path, max_bytes=max_bytes, csv_columns=csv_columns)
    elif path.exists():
        yield from read_file(path, doc_id=path.name, max_bytes=max_bytes, csv_columns=csv_columns)
    else:
        yield InputError("E109", str(path), "no such file or directory")


def read_directory(root: Path, *, max_bytes: int, csv_columns: Mapping[str, str] | None = None) -> Iterator[Item]:
    """Every file with a known suffix below `root`, sorted by relative path; ids are those paths.
    Hidden files and folders (".git") are skipped."""
    unreadable: list[InputError] = []

    def note_error(exc: OSError) -> None:
        name = Path(exc.filename).relative_to(root).as_posix() if exc.filename else root.as_posix()
        unreadable.append(InputError("E109", name, f"cannot read folder: {exc.strerror or exc}"))

    relative_paths = []
    for folder, subfolders, files in os.walk(root, onerror=note_error):
        subfolders[:] = [name for name in subfolders if not name.startswith(".")]
        for name in files:
            path = Path(folder, name)
            if not name.startswith(".") and path.suffix.lower() in KNOWN_SUFFIXES:
                relative_paths.append(path.relative_to(root))
    yield from unreadable
    for relative in sorted(relative_paths, key=lambda rel: rel.parts):
        yield from read_file(root / relative, doc_id=relative.as_posix(), max_bytes=max_bytes,
                             csv_columns=csv_columns)


def read_stdin(stream: BinaryIO, *, max_bytes: int) -> Iterator[Item]:
    """JSON lines when the first non-blank line is a JSON object (or the whole input is one),
    otherwise one text document with id "stdin"."""
    data = stream.read()
    kind = _sniff_json(data)
    try:
        if kind == "jsonl":
            yield from read_jsonl_stream(io.BufferedReader(io.BytesIO(data)), label=STDIN_ID, max_bytes=max_bytes)
        elif kind == "json":
            check_size(len(data), doc_id=STDIN_ID, max_bytes=max_bytes)
            yield from read_json_bytes(data, label=STDIN_ID, max_bytes=max_bytes)
        else:
            yield DocInput(id=STDIN_ID, text=decode_text(data, doc_id=STDIN_ID, max_bytes=max_bytes))
    except InputError as exc:
        yield exc
    except RecursionError:
        yield InputError("E112", STDIN_ID, "JSON nested too deeply to read")
    except Exception as exc:  # a reader bug must not end the run
        yield InputError("E109", STDIN_ID, f"cannot read standard input: {type(exc).__name__}: {exc}")


def _sniff_json(data: bytes) -> str:
    stripped = data.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not stripped.startswith(b"{"):
        return "text"
    first_line = stripped.split(b"\n", 1)[0]
    if _is_json_object(first_line):
        return "jsonl"
    return "json" if _is_json_object(stripped) else "text"


def _is_json_object(data: bytes) -> bool:
    try:
        return isinstance(json.loads(data.decode("utf-8")), dict)
    except (UnicodeDecodeError, json.JSONDecodeError):
        return False
    except RecursionError:
        return True  # JSON nested too deeply: read as JSON, so the reader reports it (E112)
