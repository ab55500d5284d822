"""The local engine: worker processes of this machine (concurrent.futures, spawn start method).

Spawn, not fork: a worker starts from a clean interpreter and loads its own model, the same on
Linux and macOS, and never inherits the main process's threads or open database.
"""

from __future__ import annotations

import multiprocessing
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from eventwire.errors import EventwireError, RunnerError
from eventwire.runners.options import ResourceOptions
from eventwire.runners.stream import span
from eventwire.runners.worker import Task
from eventwire.schema import DocInput, DocumentRecord


class LocalEngine:
    def __init__(self, *, workers: int, options: ResourceOptions, task: Task, max_in_flight: int):
        self.max_in_flight = max_in_flight
        self._options = options
        self._task = task
        self._pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"))

    def submit(self, articles: list[DocInput]) -> Future:
        try:
            return self._pool.submit(self._task, self._options, articles)
        except BrokenProcessPool as exc:
            # a worker already died: the failure is reported in order, when this batch's turn comes
            failed: Future = Future()
            failed.set_exception(exc)
            return failed

    def result(self, pending: Future, articles: list[DocInput]) -> list[DocumentRecord]:
        try:
            return pending.result()
        except BrokenProcessPool:
            raise RunnerError("E603", f"a worker process stopped unexpectedly (killed, out of memory or crashed) "
                                      f"with {span(articles)} and later batches in flight; every record before "
                                      f"them was delivered") from None
        except EventwireError:
            raise  # a dictionary or model problem, reported as the serial path reports it
        except Exception as exc:
            raise RunnerError("E603", f"{span(articles)} failed in a worker process: "
                                      f"{type(exc).__name__}: {exc}") from exc

    def close(self) -> None:
        """Stop the workers; batches not started are dropped (the consumer stopped reading)."""
        self._pool.shutdown(wait=True, cancel_futures=True)
