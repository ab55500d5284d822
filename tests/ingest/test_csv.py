"""CSV input: one document per row, fields by column name or mapped with --csv-column; bad rows and bad
files are errors naming them, the other rows go on. The CLI flags: tests/cli/test_input_options.py."""

from __future__ import annotations

import csv
import io

import pytest
from eventwire.errors import InputError
from eventwire.ingest import read_inputs
from eventwire.ingest.csv_input import parse_column_map
from eventwire.schema import DocInput

LONG_TEXT = "Russia and Pakistan agreed to expand trade.\nThe ministers met in Islamabad, \"cordially\"."


def write_csv(path, header, rows, *, encoding="utf-8"):
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    writer.writerows(rows)
    path.write_text(buffer.getvalue(), encoding=encoding, newline="")
    return path


def read(path, **options):
    return list(read_inputs([str(path)], **options))


def test_rows_become_documents_with_the_named_fields(tmp_path):
    path = write_csv(tmp_path / "news.csv", ["id", "title", "published", "url", "text", "extra"],
                     [["a1", "Talks", "2021-04-08", "https://example.org/a1", LONG_TEXT, "ignored"],
                      ["a2", "", "", "", "Second article.", ""]])
    first, second = read(path)
    assert first == DocInput(id="a1", text=LONG_TEXT, title="Talks", published="2021-04-08",
                             url="https://example.org/a1")
    assert second == DocInput(id="a2", text="Second article.")  # empty cells are absent fields


def test_columns_of_other_names_are_mapped_and_ids_default_to_file_and_row(tmp_path):
    path = write_csv(tmp_path / "export.csv", ["headline", "body", "date"],
                     [["One", "First body.", "2022-01-02"], ["Two", "Second body.", "2022-01-03"]])
    mapping = parse_column_map(["text=body", "title=headline", "published=date"])
    items = read(path, csv_columns=mapping)
    assert [(item.id, item.title, item.published, item.text) for item in items] == [
        ("export.csv#1", "One", "2022-01-02", "First body."), ("export.csv#2", "Two", "2022-01-03", "Second body.")]


def test_bad_rows_are_their_own_errors(tmp_path):
    path = write_csv(tmp_path / "mixed.csv", ["id", "text", "published"],
                     [["ok", "Fine text.", ""], ["", "No id here.", ""], ["blank", "  ", ""],
                      ["ok", "Same id again.", ""], ["date", "Text.", "not a date at all"], ["last", "Fine.", ""]])
    items = read(path)
    codes = [item.code if isinstance(item, InputError) else item.id for item in items]
    assert codes == ["ok", "E106", "E101", "E108", "date", "last"]
    assert str(items[1]).startswith("[E106] mixed.csv:3")


def test_a_file_without_a_text_column_is_one_error_naming_its_columns(tmp_path):
    path = write_csv(tmp_path / "wrong.csv", ["id", "body"], [["a", "text"]])
    [error] = read(path)
    assert error.code == "E107" and "columns: id, body" in str(error) and "--csv-column text=" in str(error)


def test_files_that_are_not_utf8_csv(tmp_path):
    latin = tmp_path / "latin.csv"
    latin.write_bytes("id,text\na,caf\xe9 au lait\n".encode("latin-1"))
    utf16 = tmp_path / "wide.csv"
    utf16.write_bytes("id,text\na,text\n".encode("utf-16"))
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    assert [item.code for item in read(latin)] == ["E103"]
    assert [item.code for item in read(utf16)] == ["E103"]
    assert [item.code for item in read(empty)] == ["E101"]


def test_a_row_over_the_size_limit_is_e104_and_the_file_goes_on_where_it_can(tmp_path):
    path = write_csv(tmp_path / "big.csv", ["id", "text"], [["a", "short"], ["b", "x" * 5000], ["c", "fine"]])
    items = read(path, max_bytes=1000)
    assert [item.code if isinstance(item, InputError) else item.id for item in items][:2] == ["a", "E104"]


def test_a_folder_reads_its_csv_files(tmp_path):
    write_csv(tmp_path / "batch.csv", ["id", "text"], [["x1", "One."], ["x2", "Two."]])
    (tmp_path / "note.txt").write_text("A text file.", encoding="utf-8")
    assert [item.id for item in read(tmp_path)] == ["x1", "x2", "note.txt"]


@pytest.mark.parametrize("pairs, problem", [(["text"], "FIELD=COLUMN"), (["body=text"], "not a field"),
                                            (["text="], "FIELD=COLUMN")])
def test_bad_column_maps_are_refused(pairs, problem):
    with pytest.raises(ValueError, match=problem):
        parse_column_map(pairs)
