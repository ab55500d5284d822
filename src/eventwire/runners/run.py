"""Run the pipeline over many articles on worker processes or Dask; records come back in order."""

from __future__ import annotations

from contextlib import contextmanager
from typing import Iterable, Iterator

from eventwire.errors import InputError
from eventwire.runners.local import LocalEngine
from eventwire.runners.options import ResourceOptions
from eventwire.runners.plan import RunnerPlan, plan_runner
from eventwire.runners.stream import ordered_records
from eventwire.runners.worker import Task, extract_batch
from eventwire.schema import DocInput, DocumentRecord

DEFAULT_BATCH_SIZE = 16
DEFAULT_CONNECT_TIMEOUT = 10.0  # seconds to reach a --scheduler before giving up


def extract_parallel(articles: Iterable[DocInput | InputError], *, workers: int | None = None,
                     engine: str | None = None, scheduler: str | None = None,
                     resource_options: ResourceOptions | None = None, batch_size: int = DEFAULT_BATCH_SIZE,
                     max_in_flight: int | None = None,
                     connect_timeout: float | None = None) -> Iterator[DocumentRecord]:
    """Records for `articles`, one each, in input order: the same records `pipeline.extract_many`
    gives, computed by `workers` local processes (engine "local", the default), a local Dask
    cluster (engine "dask") or the Dask cluster at `scheduler`. Each worker loads its Resources
    from `resource_options` once. Items may be `InputError`s (as `ingest.read_inputs` yields):
    they become error records in place. Options are checked now (RunnerError E601); the workers
    start when the first record is asked for and stop when the iterator is exhausted or closed.
    `connect_timeout`: seconds to reach `scheduler` (default DEFAULT_CONNECT_TIMEOUT), else E602."""
    plan = plan_runner(workers=workers, engine=engine, scheduler=scheduler)
    return run_batches(articles, plan=plan, options=resource_options or ResourceOptions(),
                       batch_size=batch_size, max_in_flight=max_in_flight, connect_timeout=connect_timeout)


def run_batches(items: Iterable[DocInput | InputError], *, plan: RunnerPlan, options: ResourceOptions,
                task: Task = extract_batch, batch_size: int = DEFAULT_BATCH_SIZE,
                max_in_flight: int | None = None,
                connect_timeout: float | None = None) -> Iterator[DocumentRecord]:
    """`extract_parallel` for a checked plan, with the task each worker runs on a batch
    (`worker.extract_batch`; tests pass others)."""
    timeout = DEFAULT_CONNECT_TIMEOUT if connect_timeout is None else connect_timeout
    with open_engine(plan, options=options, task=task, max_in_flight=max_in_flight,
                     connect_timeout=timeout) as engine:
        yield from ordered_records(items, engine=engine, batch_size=batch_size)


@contextmanager
def open_engine(plan: RunnerPlan, *, options: ResourceOptions, task: Task, max_in_flight: int | None,
                connect_timeout: float):
    engine = _start(plan, options=options, task=task, max_in_flight=max_in_flight, connect_timeout=connect_timeout)
    try:
        yield engine
    finally:
        engine.close()


def _start(plan: RunnerPlan, *, options, task, max_in_flight, connect_timeout):
    if plan.engine == "local":
        return LocalEngine(workers=plan.workers, options=options, task=task,
                           max_in_flight=max_in_flight or 2 * plan.workers)
    from eventwire.runners.dask_engine import DaskEngine

    engine_options = dict(options=options, task=task, max_in_flight=max_in_flight)
    if plan.scheduler:
        return DaskEngine.connect(plan.scheduler, timeout=connect_timeout, **engine_options)
    return DaskEngine.start_local(workers=plan.workers, **engine_options)
