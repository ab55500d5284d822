"""Both engines with real worker processes and stand-in tasks (no model: a few seconds)."""

from __future__ import annotations

import re
import time

import pytest

from eventwire.errors import DictionaryError, RunnerError
from eventwire.runners import ResourceOptions, plan_runner, run_batches
from eventwire.schema import DocInput
from runners.runner_tasks import bad_dictionary, die_on_marker, echo_batch

LOCAL = plan_runner(workers=2)


def articles(count, *, marker_at=None):
    return [DocInput(id=f"d{number}", text="DIE" if number == marker_at else f"text {number}")
            for number in range(count)]


def run(items, task):
    return list(run_batches(items, plan=LOCAL, options=ResourceOptions(), task=task, batch_size=3))


def test_two_processes_share_the_work_and_keep_input_order():
    records = run(articles(40), echo_batch)
    assert [record.doc_id for record in records] == [f"d{number}" for number in range(40)]
    assert len({record.source for record in records}) == 2  # the worker pids: both processes worked


def test_a_worker_that_dies_is_a_clear_error_not_a_hang():
    started = time.monotonic()
    delivered = []
    with pytest.raises(RunnerError) as caught:
        for record in run_batches(articles(30, marker_at=10), plan=LOCAL, options=ResourceOptions(),
                                  task=die_on_marker, batch_size=3):
            delivered.append(record.doc_id)
    assert caught.value.code == "E603" and "stopped unexpectedly" in str(caught.value)
    assert delivered == [f"d{number}" for number in range(len(delivered))] and len(delivered) <= 9
    # the error names the first document not delivered: the caller knows where to resume
    assert f"documents 'd{len(delivered)}' …" in str(caught.value)
    assert time.monotonic() - started < 30


def test_a_dictionary_error_in_a_worker_arrives_as_itself():
    with pytest.raises(DictionaryError) as caught:
        run(articles(3), bad_dictionary)
    assert caught.value.path == "mine.txt" and caught.value.line == 3 and caught.value.code == "E201"


def test_dask_workers_that_keep_dying_are_a_clear_error_not_a_hang():
    """Dask restarts a dead worker and retries the batch elsewhere; when every try dies, E603."""
    started = time.monotonic()
    with pytest.raises(RunnerError) as caught:
        list(run_batches(articles(6, marker_at=4), plan=plan_runner(engine="dask", workers=2),
                         options=ResourceOptions(), task=die_on_marker, batch_size=3))
    # Dask blames every task of a dying worker: on a loaded machine the innocent batch d0-d2, sharing the
    # worker, may use up its retries first. Either way the error names a batch, its documents and E603.
    assert caught.value.code == "E603"
    assert re.search(r"kept dying on documents '(d0' … 'd2|d3' … 'd5)'", str(caught.value)), str(caught.value)
    assert time.monotonic() - started < 300   # a hang, not a speed, is what this rules out
