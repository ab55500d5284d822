"""Ordered streaming through an engine, in-process: order, bounded work in flight, errors in place."""

from __future__ import annotations

import random
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from eventwire.errors import DictionaryError, InputError, RunnerError
from eventwire.runners.stream import ordered_records
from eventwire.schema import DocInput, DocumentRecord


class ThreadEngine:
    """Runs batches on threads that finish in random order; counts batches submitted, not yet delivered."""

    def __init__(self, *, max_in_flight=3, task=None):
        self.max_in_flight = max_in_flight
        self.outstanding = 0
        self.peak = 0
        self.submitted: list[list[str]] = []
        self._task = task or self._echo
        self._pool = ThreadPoolExecutor(max_workers=4)

    @staticmethod
    def _echo(articles):
        time.sleep(random.uniform(0, 0.01))
        return [DocumentRecord(doc_id=article.id, text=article.text) for article in articles]

    def submit(self, articles):
        self.outstanding += 1
        self.peak = max(self.peak, self.outstanding)
        self.submitted.append([article.id for article in articles])
        return self._pool.submit(self._task, articles)

    def result(self, pending, articles):
        self.outstanding -= 1
        return pending.result()


def articles(count):
    return [DocInput(id=f"d{number}", text=f"text {number}") for number in range(count)]


def test_records_come_back_in_input_order_whatever_order_batches_finish():
    engine = ThreadEngine()
    records = list(ordered_records(articles(50), engine=engine, batch_size=3))
    assert [record.doc_id for record in records] == [f"d{number}" for number in range(50)]
    assert [record.text for record in records] == [f"text {number}" for number in range(50)]


def test_a_first_empty_batch_loads_the_workers_resources():
    engine = ThreadEngine()
    list(ordered_records(articles(4), engine=engine, batch_size=2))
    assert engine.submitted == [[], ["d0", "d1"], ["d2", "d3"]]


def test_work_in_flight_and_input_read_ahead_stay_bounded():
    engine = ThreadEngine(max_in_flight=3)
    read = []

    def source():
        for article in articles(200):
            read.append(article.id)
            yield article

    stream = ordered_records(source(), engine=engine, batch_size=4)
    first = next(stream)
    assert first.doc_id == "d0"
    assert len(read) <= 3 * 4  # never more than max_in_flight batches ahead of the consumer
    list(stream)
    assert engine.peak <= 3 and len(read) == 200


def test_input_errors_become_error_records_in_place_without_reaching_a_worker():
    items = [DocInput(id="a", text="x"), InputError("E105", "f.jsonl:2", "line is not valid JSON"),
             DocInput(id="b", text="y"), InputError("E101", "empty.txt", "empty document (no text)")]
    engine = ThreadEngine()
    records = list(ordered_records(items, engine=engine, batch_size=2))
    assert [record.doc_id for record in records] == ["a", "f.jsonl:2", "b", "empty.txt"]
    assert [record.error for record in records] == [
        None, "[E105] f.jsonl:2: line is not valid JSON", None, "[E101] empty.txt: empty document (no text)"]
    assert engine.submitted == [[], ["a"], ["b"]]


def test_a_resource_error_raises_before_any_record():
    def fail(articles):
        raise DictionaryError("E201", "mine.txt", 3, "malformed line")

    stream = ordered_records([InputError("E101", "empty.txt", "empty")], engine=ThreadEngine(task=fail),
                             batch_size=1)
    with pytest.raises(DictionaryError):
        next(stream)


def test_a_worker_returning_the_wrong_number_of_records_is_an_error_not_a_shift():
    engine = ThreadEngine(task=lambda batch: [DocumentRecord(doc_id=article.id) for article in batch[1:]])
    with pytest.raises(RunnerError) as caught:
        list(ordered_records(articles(4), engine=engine, batch_size=2))
    assert caught.value.code == "E603" and "1 records for documents 'd0' … 'd1' (2 documents)" in str(caught.value)
