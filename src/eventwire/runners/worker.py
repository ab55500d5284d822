"""The task every worker runs: one batch of articles in, their records out, in order.

It runs in a worker process (a local process or a Dask worker), never in the main one. Resources
load on the first batch a process sees and stay for the next ones; a lock keeps one batch at a
time per process, so a Dask worker started with several threads still shares one model safely.
"""

from __future__ import annotations

import threading
from dataclasses import replace
from typing import Callable

from eventwire.runners.options import ResourceOptions
from eventwire.schema import DocInput, DocumentRecord

# What an engine runs on each batch: extract_batch, or a stand-in in tests.
Task = Callable[[ResourceOptions, list[DocInput]], list[DocumentRecord]]

_lock = threading.Lock()
_loaded: dict[ResourceOptions, object] = {}


def extract_batch(options: ResourceOptions, articles: list[DocInput]) -> list[DocumentRecord]:
    """Records for `articles`, one each, in order (per-document failures are error records, as
    in the serial pipeline). A resource that cannot load raises, for the main process to report."""
    from eventwire.isolation import extract_isolated
    from eventwire.pipeline import extract_many

    with _lock:
        resources = _resources(options)
        return list(extract_isolated(articles, resources=resources, extract_many=extract_many))


def _resources(options: ResourceOptions):
    """The process's Resources for `options`. Options differing only in their learned aliases share
    the loaded model and dictionaries; the aliases are swapped in (a new ingest run, same worker)."""
    base = options.without_aliases()
    if base not in _loaded:
        _loaded.clear()  # one set of Resources per process: a new set replaces the old, never adds
        _loaded[base] = base.load()
    if options.aliases is None:
        return _loaded[base]
    if options not in _loaded:
        from eventwire.resources import with_aliases_for

        loaded = _loaded[base]
        _loaded.clear()
        _loaded[base] = loaded
        _loaded[options] = replace(loaded, aliases=with_aliases_for(loaded.kb, options.aliases))
    return _loaded[options]
