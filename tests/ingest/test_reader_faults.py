"""Hostile inputs at the readers: each is its document's error (or is read correctly) and the good
documents around it are still read. The pipeline side of the same inputs: tests/test_faults.py."""

from __future__ import annotations

import io
import json

from eventwire.errors import InputError
from eventwire.ingest import read_inputs
from eventwire.schema import DocInput

GOOD = "Russia and Pakistan agreed to hold joint exercises next spring, the ministers said."
DEEP = 100_000


def read(paths, **options):
    return list(read_inputs([str(path) for path in paths], **options))


def outcome(items):
    return [(item.doc_id, item.code) if isinstance(item, InputError) else (item.id, "ok") for item in items]


def good_line(doc_id: str) -> str:
    return json.dumps({"id": doc_id, "text": GOOD})


def test_deeply_nested_json_is_e112_and_the_lines_around_it_are_read(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join([good_line("before"), '{"id": "deep", "text": ' + "[" * DEEP + "]" * DEEP + "}",
                               good_line("after")]) + "\n", encoding="utf-8")
    assert outcome(read([path])) == [("before", "ok"), ("feed.jsonl:2", "E112"), ("after", "ok")]


def test_a_deeply_nested_json_file_is_its_own_error(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.json").write_text('{"text": ' + "[" * DEEP + "]" * DEEP + "}", encoding="utf-8")
    (tmp_path / "c.txt").write_text(GOOD, encoding="utf-8")
    assert outcome(read([tmp_path])) == [("a.txt", "ok"), ("b.json", "E112"), ("c.txt", "ok")]


def test_deeply_nested_json_on_stdin_never_escapes():
    data = ('{"id": "x", "text": ' + "[" * DEEP + "]" * DEEP + "}\n").encode()
    [item] = list(read_inputs(["-"], stdin=io.BytesIO(data)))
    assert item.code == "E112" and item.doc_id == "stdin:1"


def test_nul_bytes_after_the_first_block_make_a_file_binary(tmp_path):
    (tmp_path / "late.txt").write_bytes(((GOOD + " ") * 1000).encode() + b"\x00 more text")
    (tmp_path / "ok.txt").write_text(GOOD, encoding="utf-8")
    assert outcome(read([tmp_path])) == [("late.txt", "E102"), ("ok.txt", "ok")]


def test_nul_in_a_late_json_line_or_escaped_in_a_text_is_that_record_only(tmp_path):
    filler = [good_line(f"filler-{n}") for n in range(100)]  # past the first 8 KB
    escaped = json.dumps({"id": "escaped", "text": GOOD + "\u0000"})
    raw = b'{"id": "raw", "text": "a\x00b"}'
    path = tmp_path / "feed.jsonl"
    path.write_bytes(("\n".join(filler + [escaped]) + "\n").encode() + raw + b"\n" + good_line("last").encode())
    results = outcome(read([path]))
    assert results[-3:] == [("escaped", "E102"), ("feed.jsonl:102", "E102"), ("last", "ok")]
    assert all(code == "ok" for _, code in results[:100])


def test_a_binary_file_is_e102(tmp_path):
    (tmp_path / "image.txt").write_bytes(bytes(range(256)) * 40)
    (tmp_path / "story.txt").write_text(GOOD, encoding="utf-8")
    assert outcome(read([tmp_path])) == [("image.txt", "E102"), ("story.txt", "ok")]


def test_utf16_with_a_byte_order_mark_is_read(tmp_path):
    text = "Pakistan\u2019s army chief met Russia\u2019s foreign minister in Islamabad.\n"
    (tmp_path / "le.txt").write_bytes(text.encode("utf-16"))        # BOM + little-endian
    (tmp_path / "be.txt").write_bytes(b"\xfe\xff" + text.encode("utf-16-be"))
    (tmp_path / "record.json").write_bytes(json.dumps({"id": "j", "text": text}).encode("utf-16"))
    items = read([tmp_path])
    assert [(item.id, item.text) for item in items] == [("be.txt", text), ("le.txt", text), ("j", text)]


def test_utf16_without_a_byte_order_mark_names_the_problem(tmp_path):
    path = tmp_path / "no-bom.txt"
    path.write_bytes(GOOD.encode("utf-16-le"))
    [item] = read([path])
    assert item.code == "E102" and "UTF-16 without a byte-order mark" in str(item)


def test_utf16_json_lines_are_refused_with_a_reason(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_bytes(good_line("a").encode("utf-16"))
    [item] = read([path])
    assert item.code == "E103" and "UTF-16" in str(item)


def test_a_huge_single_line_of_text_is_read_whole(tmp_path):
    path = tmp_path / "one-line.txt"
    text = "Russia praised Pakistan " * 100_000  # 2.4 MB, no newline
    path.write_text(text, encoding="utf-8")
    assert read([path]) == [DocInput(id="one-line.txt", text=text)]


def test_a_reader_bug_is_that_file_s_error_only(tmp_path, monkeypatch):
    from eventwire.ingest import readers

    (tmp_path / "a.json").write_text(json.dumps({"text": GOOD}), encoding="utf-8")
    (tmp_path / "b.txt").write_text(GOOD, encoding="utf-8")

    def broken(*args, **kwargs):
        raise ValueError("unforeseen")

    monkeypatch.setattr(readers, "read_json_bytes", broken)
    items = read([tmp_path])
    assert outcome(items) == [("a.json", "E109"), ("b.txt", "ok")] and "unforeseen" in str(items[0])
