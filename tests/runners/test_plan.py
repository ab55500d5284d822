"""Runner options: defaults, conflicts (E601), resource options and errors that cross processes."""

from __future__ import annotations

import os
import pickle
from pathlib import Path

import pytest

from eventwire.errors import DictionaryError, InputError, RunnerError
from eventwire.runners import ResourceOptions, RunnerPlan, extract_parallel, plan_runner


def test_workers_alone_mean_local_processes():
    assert plan_runner(workers=3) == RunnerPlan(engine="local", workers=3)


def test_engine_without_workers_uses_every_cpu():
    assert plan_runner(engine="dask") == RunnerPlan(engine="dask", workers=os.cpu_count())


def test_scheduler_implies_dask_and_its_own_workers():
    assert plan_runner(scheduler="tcp://10.0.0.5:8786") == RunnerPlan(engine="dask", scheduler="tcp://10.0.0.5:8786")


@pytest.mark.parametrize("options, problem", [
    ({"scheduler": "tcp://h:1", "workers": 2}, "leave --workers out"),
    ({"scheduler": "tcp://h:1", "engine": "local"}, "--engine local"),
    ({"engine": "ray"}, "unknown engine 'ray'"),
    ({"workers": 0}, "at least 1"),
])
def test_conflicting_options_are_refused_before_any_work(options, problem):
    with pytest.raises(RunnerError) as caught:
        extract_parallel(iter(()), **options)
    assert caught.value.code == "E601" and problem in str(caught.value)


def test_resource_options_hold_absolute_paths_and_are_hashable(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    options = ResourceOptions.from_files(actor_files=[Path("mine.yaml")], verb_file="verbs.txt",
                                         use_default_dictionaries=False)
    assert options.actor_files == (Path.cwd() / "mine.yaml",) and options.verb_file == Path.cwd() / "verbs.txt"
    assert options.use_default_dictionaries is False
    same = ResourceOptions.from_files(actor_files=[Path.cwd() / "mine.yaml"], verb_file=Path.cwd() / "verbs.txt",
                                      use_default_dictionaries=False)
    assert {options: "loaded"}[same] == "loaded"  # workers keep one Resources per options value


@pytest.mark.parametrize("error", [
    DictionaryError("E201", "mine.txt", 3, "malformed line"),
    InputError("E101", "doc-1", "empty document"),
    RunnerError("E603", "a worker died"),
])
def test_errors_survive_pickling_with_their_class_and_fields(error):
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is type(error) and str(copy) == str(error) and copy.__dict__ == error.__dict__


def test_the_dask_engine_without_dask_installed_is_e604_before_any_work(monkeypatch):
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *rest: None if name == "distributed"
                        else real(name, *rest))
    for options in ({"engine": "dask", "workers": 2}, {"scheduler": "tcp://127.0.0.1:8786"}):
        with pytest.raises(RunnerError) as caught:
            plan_runner(**options)
        assert caught.value.code == "E604" and "eventwire[dask]" in str(caught.value)
    assert plan_runner(workers=2).engine == "local"  # the local engine needs no Dask
