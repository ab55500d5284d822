"""Ingest readers: every input kind, and every kind of bad input as a per-document error."""

from __future__ import annotations

import io
import json
import time

import pytest

from eventwire.errors import InputError
from eventwire.ingest import read_inputs
from eventwire.schema import DocInput


def read(paths, **options):
    return list(read_inputs([str(path) for path in paths], **options))


def codes(items):
    return [item.code if isinstance(item, InputError) else "ok" for item in items]


def write_jsonl(path, *lines):
    path.write_text("\n".join(line if isinstance(line, str) else json.dumps(line) for line in lines) + "\n",
                    encoding="utf-8")
    return path


def test_text_file_is_read_unchanged_with_its_name_as_id(tmp_path):
    text = "  Russia and “Pakistan”  agreed.\r\n\nSecond line\u00a0here. "
    path = tmp_path / "story.txt"
    path.write_bytes(text.encode("utf-8"))
    [item] = read([path])
    assert item == DocInput(id="story.txt", text=text)


def test_html_file_becomes_html_input(tmp_path):
    path = tmp_path / "page.htm"
    path.write_text("<html><body><p>Hello</p></body></html>", encoding="utf-8")
    [item] = read([path])
    assert item.id == "page.htm" and item.html.startswith("<html>") and item.text is None


def test_jsonl_records_with_metadata(tmp_path):
    path = write_jsonl(tmp_path / "batch.jsonl",
                       {"id": "a", "text": "Alpha.", "title": "T", "published": "2021-04-08", "url": "u",
                        "source": "S", "language": "en"},
                       "",
                       {"id": 7, "html": "<p>Beta</p>"})
    first, second = read([path])
    assert first == DocInput(id="a", text="Alpha.", title="T", published="2021-04-08", url="u", source="S",
                             language="en")
    assert second == DocInput(id="7", html="<p>Beta</p>")


def test_json_file_holds_one_record_whose_id_defaults_to_the_file(tmp_path):
    (tmp_path / "one.json").write_text(json.dumps({"text": "Gamma."}), encoding="utf-8")
    (tmp_path / "two.json").write_text(json.dumps({"id": "x", "text": "Delta."}), encoding="utf-8")
    assert [item.id for item in read([tmp_path / "one.json", tmp_path / "two.json"])] == ["one.json", "x"]


def test_directory_walk_is_recursive_sorted_and_ids_are_relative_paths(tmp_path):
    for name in ["b.txt", "a/z.txt", "a/b/c.html", "A.txt", "notes.md", ".hidden.txt", ".git/x.txt"]:
        path = tmp_path / "root" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"text of {name}", encoding="utf-8")
    items = read([tmp_path / "root"])
    assert [item.id for item in items] == ["A.txt", "a/b/c.html", "a/z.txt", "b.txt"]


def test_empty_and_blank_documents_fail_with_e101(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_text(" \n\t\n", encoding="utf-8")
    write_jsonl(tmp_path / "b.jsonl", {"id": "e", "text": "   "})
    items = read([tmp_path / "empty.txt", tmp_path / "blank.txt", tmp_path / "b.jsonl"])
    assert codes(items) == ["E101", "E101", "E101"]
    assert [item.doc_id for item in items] == ["empty.txt", "blank.txt", "e"]


def test_binary_file_fails_with_e102(tmp_path):
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (tmp_path / "controls.txt").write_bytes(bytes([1, 2, 3, 4, 5, 6, 7, 8]) * 20 + b"some text")
    [png, controls] = read([tmp_path / "image.txt", tmp_path / "controls.txt"])
    assert (png.code, controls.code) == ("E102", "E102")
    assert "image.txt" in str(png)


def test_invalid_utf8_names_the_byte_offset(tmp_path):
    (tmp_path / "latin1.txt").write_bytes("Caf\u00e9 talks".encode("utf-8") + b" in Sa\xefgon")
    [item] = read([tmp_path / "latin1.txt"])
    assert item.code == "E103" and "byte offset 17" in str(item) and "latin1.txt" in str(item)


def test_invalid_utf8_in_a_jsonl_line_counts_from_the_file_start(tmp_path):
    path = tmp_path / "b.jsonl"
    path.write_bytes(b'{"id": "a", "text": "ok"}\n{"id": "b", "text": "bad \xff"}\n')
    ok, bad = read([path])
    assert ok.id == "a" and bad.code == "E103" and "b.jsonl:2" in str(bad) and "byte offset 51" in str(bad)


def test_twenty_megabyte_text_is_rejected_quickly(tmp_path):
    path = tmp_path / "huge.txt"
    path.write_bytes(b"Russia and Pakistan agreed to cooperate. " * 500_000)  # ~20 MB
    started = time.perf_counter()
    items = read([path, path.parent / "huge.txt"])
    assert codes(items) == ["E104", "E104"]
    assert time.perf_counter() - started < 1.0
    assert "limit 5,000,000" in str(items[0])


def test_max_bytes_is_configurable_and_applies_per_jsonl_line(tmp_path):
    path = write_jsonl(tmp_path / "b.jsonl", {"id": "small", "text": "x" * 10}, {"id": "big", "text": "y" * 500},
                       {"id": "after", "text": "z"})
    items = read([path], max_bytes=100)
    assert codes(items) == ["ok", "E104", "ok"]
    assert "b.jsonl:2" in str(items[1]) and items[2].id == "after"


def test_bad_jsonl_lines_name_file_and_line(tmp_path):
    path = write_jsonl(tmp_path / "mixed.jsonl",
                       {"id": "a", "text": "One."},
                       "{not json",
                       {"text": "no id"},
                       {"id": "c"},
                       {"id": "d", "text": 5},
                       "[1, 2]",
                       {"id": "e", "text": "Two."})
    items = read([path])
    assert codes(items) == ["ok", "E105", "E106", "E107", "E107", "E105", "ok"]
    assert items[1].doc_id == "mixed.jsonl:2" and items[2].doc_id == "mixed.jsonl:3"
    assert items[3].doc_id == "c"


def test_duplicate_ids_fail_after_the_first(tmp_path):
    write_jsonl(tmp_path / "a.jsonl", {"id": "same", "text": "First."}, {"id": "same", "text": "Second."})
    (tmp_path / "same").mkdir()
    items = read([tmp_path / "a.jsonl"])
    assert codes(items) == ["ok", "E108"] and items[0].text == "First." and items[1].doc_id == "same"


def test_same_file_name_in_two_inputs_is_a_duplicate(tmp_path):
    for folder in ("x", "y"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "story.txt").write_text("Text.", encoding="utf-8")
    assert codes(read([tmp_path / "x" / "story.txt", tmp_path / "y" / "story.txt"])) == ["ok", "E108"]


def test_unreadable_and_missing_files_fail_with_e109(tmp_path):
    path = tmp_path / "locked.txt"
    path.write_text("secret", encoding="utf-8")
    path.chmod(0)
    try:
        items = read([path, tmp_path / "missing.txt"])
    finally:
        path.chmod(0o644)
    expected = ["E109", "E109"] if not _running_as_root() else ["ok", "E109"]
    assert codes(items) == expected


def _running_as_root() -> bool:
    import os

    return hasattr(os, "geteuid") and os.geteuid() == 0


def test_stdin_json_lines(tmp_path):
    stream = io.BytesIO(b'{"id": "s1", "text": "One."}\n{"id": "s2", "text": "Two."}\n')
    assert [item.id for item in read(["-"], stdin=stream)] == ["s1", "s2"]


def test_stdin_plain_text_is_one_document():
    text = "{braces} open this text.\nIt is not JSON."
    [item] = read(["-"], stdin=io.BytesIO(text.encode("utf-8")))
    assert item == DocInput(id="stdin", text=text)


def test_stdin_single_json_object():
    stream = io.BytesIO(b'{\n  "id": "pretty",\n  "text": "Formatted JSON."\n}\n')
    [item] = read(["-"], stdin=stream)
    assert item.id == "pretty" and item.text == "Formatted JSON."


def test_one_bad_document_does_not_stop_the_batch(tmp_path):
    (tmp_path / "1.txt").write_text("Good one.", encoding="utf-8")
    (tmp_path / "2.txt").write_bytes(b"\x00\x01binary")
    (tmp_path / "3.txt").write_text("Good two.", encoding="utf-8")
    assert codes(read([tmp_path])) == ["ok", "E102", "ok"]


@pytest.mark.parametrize("suffix", [".jsonl", ".json"])
def test_binary_json_files_fail_once(tmp_path, suffix):
    path = tmp_path / f"data{suffix}"
    path.write_bytes(b"\x1f\x8b\x08\x00" + bytes(200))
    assert codes(read([path])) == ["E102"]
