"""extract_inputs: documents go through the pipeline in batches, errors keep their place."""

from __future__ import annotations

from eventwire.errors import InputError
from eventwire.ingest import extract_inputs
from eventwire.schema import DocInput, DocumentRecord


def test_records_keep_input_order_and_errors_become_error_records():
    batches = []

    def fake_extract_many(articles, *, resources):
        batches.append([article.id for article in articles])
        return [DocumentRecord(doc_id=article.id, text=article.text) for article in articles]

    items = [DocInput(id="a", text="A."), InputError("E101", "b", "empty document"), DocInput(id="c", text="C."),
             DocInput(id="d", text="D."), InputError("E105", "f.jsonl:5", "line is not valid JSON")]
    records = list(extract_inputs(items, resources=object(), extract_many=fake_extract_many, batch_size=2))
    assert [record.doc_id for record in records] == ["a", "b", "c", "d", "f.jsonl:5"]
    assert [record.error for record in records] == [None, "[E101] b: empty document", None, None,
                                                    "[E105] f.jsonl:5: line is not valid JSON"]
    assert batches == [["a", "c"], ["d"]]
    assert records[1].to_dict()["events"] == [] and records[1].to_dict()["schema"] == "eventwire/1"


def test_only_errors_never_call_the_pipeline():
    def must_not_run(articles, *, resources):
        raise AssertionError("pipeline called")

    items = [InputError("E104", "huge.txt", "document too large")]
    [record] = extract_inputs(items, resources=None, extract_many=must_not_run)
    assert record.error.startswith("[E104]")
