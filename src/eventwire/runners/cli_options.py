"""The runner options of `eventwire extract` and `ingest`, and the records they route through.

Without any of them the commands keep their single-process path; with one, the work goes to
`extract_parallel` and runner failures become CLI errors: a bad combination of options, a bad
dictionary or an unreachable scheduler is a usage error (exit 2), a worker that died exits 1.
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import Iterable, Iterator

import click

from eventwire.errors import DictionaryError, EventwireError
from eventwire.runners.options import ResourceOptions
from eventwire.runners.plan import ENGINES
from eventwire.schema import DocumentRecord

USAGE_CODES = ("E601", "E602", "E604")  # options, scheduler address or missing Dask: the user fixes the command


def runner_options(command):
    options = [
        click.option("--workers", type=click.IntRange(min=1),
                     help="Process documents in this many worker processes, each loading the model once "
                          "(about 0.5 GB each). Default: this process only."),
        click.option("--engine", type=click.Choice(ENGINES),
                     help="With --workers: local worker processes (default), or a local Dask cluster."),
        click.option("--scheduler", metavar="tcp://HOST:PORT",
                     help="Send the work to this Dask scheduler's cluster (its workers need eventwire "
                          "installed); see docs/runners.md."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def uses_runner(*, workers=None, engine=None, scheduler=None) -> bool:
    return bool(workers or engine or scheduler)


def parallel_records(inputs, *, max_bytes: int, actor_files, verb_file, agent_files, no_default_dictionaries,
                     time_limit=None, min_confidence=None, aliases=None, csv_columns=None, workers=None, engine=None,
                     scheduler=None) -> Iterator[DocumentRecord]:
    """Records for every input document, in input order, from worker processes or Dask."""
    from eventwire.ingest import read_inputs
    from eventwire.runners.run import extract_parallel

    options = ResourceOptions.from_files(actor_files=actor_files, verb_file=verb_file, agent_files=agent_files,
                                         use_default_dictionaries=not no_default_dictionaries,
                                         time_limit=time_limit or None, min_confidence=min_confidence,
                                         aliases=aliases)
    with _as_cli_errors():
        records = extract_parallel(read_inputs(inputs, max_bytes=max_bytes, csv_columns=csv_columns),
                                   workers=workers, engine=engine,
                                   scheduler=scheduler, resource_options=options)
    return _cli_errors(records)


def _cli_errors(records: Iterable[DocumentRecord]) -> Iterator[DocumentRecord]:
    with _as_cli_errors():
        yield from records


@contextmanager
def _as_cli_errors():
    """Eventwire errors raised while running become Click's: usage errors exit 2, the others 1."""
    try:
        yield
    except DictionaryError as exc:
        raise click.UsageError(str(exc)) from exc
    except EventwireError as exc:
        if exc.code in USAGE_CODES:
            raise click.UsageError(str(exc)) from exc
        raise click.ClickException(str(exc)) from exc
