"""Which engine runs the work, with how many workers: the runner options, checked once."""

from __future__ import annotations

import importlib.util
import os
from dataclasses import dataclass

from eventwire.errors import RunnerError

ENGINES = ("local", "dask")


@dataclass(frozen=True)
class RunnerPlan:
    """`engine` "local" (worker processes of this machine) or "dask" (a Dask cluster: `scheduler`'s,
    or a local one of `workers` processes when `scheduler` is None)."""

    engine: str
    workers: int | None = None
    scheduler: str | None = None

    def describe(self) -> str:
        if self.scheduler:
            return f"the Dask cluster at {self.scheduler}"
        kind = "local Dask workers" if self.engine == "dask" else "local worker processes"
        return f"{self.workers} {kind}"


def plan_runner(*, workers: int | None = None, engine: str | None = None,
                scheduler: str | None = None) -> RunnerPlan:
    """The plan the options ask for. `--scheduler` implies Dask and brings its own workers;
    otherwise the engine defaults to local processes and the workers to the CPU count."""
    if engine is not None and engine not in ENGINES:
        raise RunnerError("E601", f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
    if workers is not None and workers < 1:
        raise RunnerError("E601", f"--workers must be at least 1, not {workers}")
    if scheduler:
        if engine == "local":
            raise RunnerError("E601", "--scheduler sends the work to a Dask cluster; it cannot go with --engine local")
        if workers is not None:
            raise RunnerError("E601", "--scheduler uses the cluster's own workers; leave --workers out "
                                      "(start the cluster with as many workers as you want)")
        return _with_dask(RunnerPlan(engine="dask", scheduler=scheduler))
    plan = RunnerPlan(engine=engine or "local", workers=workers or os.cpu_count() or 1)
    return _with_dask(plan) if plan.engine == "dask" else plan


def _with_dask(plan: RunnerPlan) -> RunnerPlan:
    """Dask is an extra (`eventwire[dask]`): say so before any work rather than fail on the first batch."""
    if importlib.util.find_spec("distributed") is None:
        raise RunnerError("E604", "the Dask engine needs Dask, which is not installed: "
                                  "pip install 'eventwire[dask]' (or use --workers without --engine dask)")
    return plan
