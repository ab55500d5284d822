"""Property tests over the readers (text, HTML, JSON, JSON lines, CSV): whatever bytes a file holds, no
exception escapes, every item is a document or its error, and a text document's text is exactly what was
written (so every offset the pipeline reports into it points into the caller's own copy). The dictionary
readers: tests/dictionaries/test_dictionary_properties.py."""

from __future__ import annotations

import csv
import io
import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwire.errors import InputError
from eventwire.ingest import read_inputs
from eventwire.schema import DocInput
from eventwire.windows import split_windows

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
# Bytes that stress the checks: NULs, BOMs, control characters, broken UTF-8, brackets, quotes, newlines.
NASTY = st.lists(st.sampled_from([b"\x00", b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf", b"\x01", b"\x7f", b"\xc3",
                                  b"\xe2\x80", b"[", b"{", b"}", b"]", b'"', b"\\", b"\n", b"\r\n", b" ",
                                  b"text", b"id", b":", b",", b"Russia praised Pakistan."]), max_size=60)
RAW = st.one_of(st.binary(max_size=400), NASTY.map(b"".join))


def read_file(name: str, data: bytes, *, max_bytes: int = 5_000_000) -> list:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, name)
        path.write_bytes(data)
        return list(read_inputs([str(path)], max_bytes=max_bytes))


def well_formed(items) -> bool:
    return all(isinstance(item, (DocInput, InputError)) for item in items)


@SETTINGS
@given(RAW, st.sampled_from(["a.txt", "a.html", "a.json", "a.jsonl", "a.csv", "a.dat"]))
def test_no_exception_escapes_any_reader(data, name):
    assert well_formed(read_file(name, data))


@SETTINGS
@given(RAW)
def test_no_exception_escapes_stdin(data):
    assert well_formed(list(read_inputs(["-"], stdin=io.BytesIO(data))))


@SETTINGS
@given(st.text(min_size=1, max_size=2000))
def test_a_text_file_is_read_exactly_or_refused(text):
    [item] = read_file("story.txt", text.encode("utf-8"))
    if isinstance(item, DocInput):
        assert item.text == text  # offsets into it are offsets into the caller's text
        windows = split_windows(item.text, max_chars=97)
        assert "".join(item.text[w.start:w.end] for w in windows) == text
    else:
        assert item.code in ("E101", "E102")  # blank, or NUL / control characters


@SETTINGS
@given(st.lists(st.one_of(st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=200),
                          st.dictionaries(st.sampled_from(["id", "text", "html", "title"]),
                                                                  st.one_of(st.text(max_size=50), st.integers(),
                                                                            st.none()))), max_size=8))
def test_json_lines_give_one_item_per_non_blank_line(values):
    lines = [json.dumps(value) if not isinstance(value, str) else value for value in values]
    data = "\n".join(lines).encode("utf-8")
    items = read_file("feed.jsonl", data)
    assert well_formed(items)
    assert len(items) == len([line for line in data.split(b"\n") if line.strip()])
    for item in items:
        if isinstance(item, DocInput):
            source = next(v for v in values if isinstance(v, dict) and str(v.get("id")) == item.id)
            assert item.text == source.get("text") or item.html == source.get("html")


@SETTINGS
@given(st.integers(min_value=1, max_value=3000), st.sampled_from(["[", "{\"a\": "]))
def test_nesting_of_any_depth_is_read_or_refused(depth, opener):
    closer = "]" if opener == "[" else "}"
    body = opener * depth + "1" + closer * depth
    items = read_file("deep.jsonl", ('{"id": "d", "text": ' + body + "}\n").encode())
    assert [item.code for item in items] in (["E107"], ["E112"])  # not a string, or too deep to read


# Cells of any text, quotes, commas and line breaks included (csv quotes them); control characters other than
# tab and line breaks make a file binary (E102), which test_no_exception_escapes_any_reader covers.
CELL = st.text(st.characters(blacklist_categories=("Cs", "Cc"), whitelist_characters="\t\n\r"), max_size=80)


@SETTINGS
@given(st.lists(st.tuples(st.booleans(), CELL), max_size=8))
def test_csv_rows_give_one_item_each_and_their_text_exactly(rows):
    rows = [(f"r{number}" if has_id else "", text) for number, (has_id, text) in enumerate(rows)]
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["id", "text"])
    writer.writerows(rows)
    items = read_file("news.csv", buffer.getvalue().encode("utf-8"))
    written = [row for row in rows if any(cell.strip() for cell in row)]  # blank rows are skipped
    assert well_formed(items) and len(items) == len(written)
    for item, (doc_id, text) in zip(items, written):
        if not doc_id:
            assert item.code == "E106"  # the file has an id column: every row needs its id
        elif not text.strip():
            assert item.code == ("E101" if text else "E107")  # blank text, or an empty cell: no text at all
        else:
            assert item == DocInput(id=doc_id, text=text)
